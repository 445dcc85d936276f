"""What a build says while it runs: documents done, the stages of a large document, time per stage.

On a terminal, a progress bar over the documents (tqdm), redrawn in place. When stderr is not a
terminal (a log file, CI, a pipe) nothing is redrawn: plain lines, one each time another tenth of
the documents is done. A large document (a folder concatenated into one file) takes minutes on its
own, so each of its stages is announced as it ends, with its time. With ``-v`` the build logs the
total time of every stage at the end.
"""
from __future__ import annotations

import logging
import sys
from collections import defaultdict
from contextlib import ExitStack
from typing import IO, Any

from kg.extract.pipeline import StageListener

log = logging.getLogger("kg.build")

LARGE_DOCUMENT = 1_000_000  # characters: from this size on, each stage of the document is announced
PLAIN_STEPS = 10  # a plain progress line each time another tenth of the documents is done


class Progress:
    """Progress of a build over ``total`` documents, written to ``stream`` (stderr) when ``enabled``."""

    def __init__(self, total: int, *, enabled: bool, stream: IO[str] | None = None) -> None:
        self.total = total
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self.bytes = 0  # of the documents done
        self.seconds: dict[str, float] = defaultdict(float)  # stage → seconds over all documents
        self._bar: Any = None
        self._stack = ExitStack()
        self._reported_step = 0

    def __enter__(self) -> Progress:
        if self.enabled and self.total > 1 and _is_terminal(self.stream):
            from tqdm import tqdm
            from tqdm.contrib.logging import logging_redirect_tqdm

            # Closed however the loop ends (an interrupt too), so that messages start on a clean line;
            # warnings go out through the bar, each on its own line.
            self._bar = self._stack.enter_context(tqdm(total=self.total, unit="doc", desc="extracting", leave=False,
                                                       file=self.stream))
            self._stack.enter_context(logging_redirect_tqdm())
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def say(self, message: str) -> None:
        """One line on the progress stream, above the bar if there is one."""
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.write(message, file=self.stream)
        else:
            write_line(self.stream, message)

    def document_done(self, size: int = 0) -> None:
        """One more document done; ``size`` (its bytes) makes the bar show MB/s beside documents/s."""
        self.done += 1
        self.bytes += size
        if self._bar is not None:
            elapsed = self._bar.format_dict.get("elapsed") or 0
            if elapsed > 0 and self.bytes:
                self._bar.set_postfix_str(f"{self.bytes / 1e6 / elapsed:.2f} MB/s", refresh=False)
            self._bar.update()
        elif self.enabled and self.total > 1:
            step = self.done * PLAIN_STEPS // self.total
            if step > self._reported_step:
                self._reported_step = step
                self.say(f"extracting: {self.done}/{self.total} documents ({100 * self.done // self.total}%)")

    def stage_listener(self, name: str, size: int) -> StageListener:
        """The callback a pipeline calls after each stage of one document (``Pipeline.__call__``'s ``on_stage``):
        adds to the stage totals and, for a large document, says which stage has ended."""
        large = is_large(size)

        def on_stage(stage: str, seconds: float, index: int, count: int) -> None:
            self.seconds[stage] += seconds
            if not large:
                return
            line = f"{name}: {stage} done in {seconds:.1f} s ({index}/{count} stages, {size:,} characters)"
            if self.enabled:
                self.say(line)
            else:
                log.info("%s", line)

        return on_stage


def write_line(stream: IO[str], message: str) -> None:
    """``message`` as one line, in one write with its newline: an interrupt between the text and its newline
    would leave the line open, and the "kg: interrupted" that follows would be glued to it."""
    stream.write(message + "\n")
    stream.flush()


def is_large(characters: int) -> bool:
    """A text this long takes long enough to deserve progress of its own (its stages, the outputs after it)."""
    return characters >= LARGE_DOCUMENT


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
