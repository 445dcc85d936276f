"""Where extraction batches run: in the driver's process, in a local process pool, or on a Dask cluster.

Every executor takes batches of :class:`~kg.build.work.Task` and yields their outcomes batch by batch in
the order the batches were given, keeping only a few batches in flight, so the driver holds a bounded
number of files' bytes whatever the corpus. The output does not depend on the executor or on ``jobs``:
the driver sorts what it writes.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future

from kg.build.work import Listen, Outcome, Settings, Task, extract_batch, warm
from kg.errors import KgError

EXECUTORS = ("local", "dask")
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: enough to keep it busy, few enough to bound memory


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def run_batches(batches: Iterable[list[Task]], settings: Settings, *, executor: str = "local", jobs: int = 1,
                scheduler: str | None = None, listen: Listen | None = None, helper: "Helper | None" = None
                ) -> Iterator[list[Outcome]]:
    """The outcomes of each batch, in the batches' order; ``listen`` hears the stages of each document
    extracted in this process (the outcomes' time per stage is empty then: the listener has it); ``helper`` (local,
    ``jobs`` > 1) extracts a single batch."""
    if executor == "dask":
        yield from _dask(batches, settings, scheduler)
    elif executor != "local":
        raise KgError(f"unknown executor {executor!r} ({' or '.join(EXECUTORS)})")
    elif jobs <= 1:
        for batch in batches:
            yield extract_batch(batch, settings, listen)
    else:
        yield from _pool(batches, settings, jobs, listen, helper)


def _ordered(submit: Callable[[list[Task]], Future], batches: Iterable[list[Task]], window: int
             ) -> Iterator[list[Outcome]]:
    """Submit batches keeping ``window`` in flight; yield results in order."""
    pending: deque[Future] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _pool(batches: Iterable[list[Task]], settings: Settings, jobs: int, listen: Listen | None = None,
          helper: "Helper | None" = None) -> Iterator[list[Outcome]]:
    """Batches in ``jobs`` forked processes; none at all (no pipeline loaded) when there is nothing to extract (a
    rebuild where nothing changed), and when there is one batch only (a rebuild after a few changes: a pool would cost
    more than it saves) by the ``helper`` (which loaded the pipeline while the files were read), else in this
    process."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from itertools import chain

    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None:
        outcomes = helper.extract(first) if helper is not None else None
        yield outcomes if outcomes is not None else extract_batch(first, settings, listen)
        return
    if helper is not None:
        helper.close()  # the pool's workers are forked from this process, the pipeline loaded here first
    batches = chain([first, second], batches)

    # forkserver/spawn would import the package again in every worker; fork shares the loaded lexicons.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    if method == "fork" and settings.ner == "rules":  # a HanLP model is loaded where it runs, not forked
        warm(settings)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            yield from _ordered(lambda b: pool.submit(extract_batch, b, settings), batches,
                                jobs * IN_FLIGHT_PER_WORKER)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _dask(batches: Iterable[list[Task]], settings: Settings, scheduler: str | None) -> Iterator[list[Outcome]]:
    """Batches on a Dask cluster (``scheduler``: its address; none: a LocalCluster on this machine)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise KgError("--executor dask needs the dask extra: pip install 'xunshi-kg[dask]'") from e
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(lambda b: client.submit(extract_batch, b, settings, pure=False), batches,
                            workers * IN_FLIGHT_PER_WORKER)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class Helper:
    """A process forked when a build starts that loads the pipeline while the driver reads and hashes the files, then
    extracts what it is sent: a rebuild after a few changes does not wait for the pipeline to load (≈ 0.5 s of CPU
    compiling its patterns) after the files are read, and the driver never holds the pipeline. Closed (killed) when
    not needed: nothing to extract, or a pool's worth. Where it cannot run, :meth:`extract` returns None."""

    def __init__(self, settings: Settings) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, settings), name="kg-extract-helper", daemon=True)
        self.process.start()
        child.close()

    def extract(self, batch: list[Task]) -> list[Outcome] | None:
        try:
            self.conn.send(batch)
            result = self.conn.recv()
        except (OSError, EOFError):  # it died: the batch is extracted here
            return None
        finally:
            self.close()
        if isinstance(result, BaseException):
            raise result
        return result

    def close(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    @staticmethod
    def usable(executor: str, jobs: int, settings: Settings) -> bool:
        import multiprocessing

        return executor == "local" and jobs > 1 and settings.ner == "rules" and \
            "fork" in multiprocessing.get_all_start_methods()


def _serve(conn, settings: Settings) -> None:  # conn: multiprocessing.connection.Connection
    warm(settings)
    try:
        batch = conn.recv()
    except EOFError:
        return
    try:
        result: object = extract_batch(batch, settings)
    except BaseException as e:  # raised again in the driver
        result = e
    conn.send(result)
