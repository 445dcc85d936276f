"""`kg serve`: the built store as a SPARQL endpoint, through the `oxigraph` server.

Read-only by default (`oxigraph serve-read-only`: UPDATE and Graph Store writes
are refused, and it takes no lock, so `kg query` and other readers can use the
store at the same time). ``--writable`` runs `oxigraph serve` instead, which
locks the store for writing; the next `kg build` replaces the store, writes
included. The default graph is the union of the document graphs, as in `kg query`.
A running server keeps serving the store it opened: restart it after `kg build`.
"""
from __future__ import annotations

import errno
import shutil
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from types import FrameType

from kg.errors import KgError
from kg.store import store_path


def oxigraph_command() -> str:
    """The `oxigraph` executable: the one installed next to this Python (the venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KgError("the `oxigraph` command is not installed (pip install oxigraph)")
    return found


def server_args(location: Path, host: str, port: int, writable: bool) -> list[str]:
    """The oxigraph command line serving ``location``."""
    mode = "serve" if writable else "serve-read-only"
    return [oxigraph_command(), mode, "--location", str(location), "--bind", f"{_host(host)}:{port}"]


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def base_url(host: str, port: int) -> str:
    return f"http://{_host(host)}:{port}"


def _check_port(host: str, port: int) -> None:
    """A readable error when the address cannot be bound (port taken, unknown host), before starting the server."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise KgError(f"cannot bind {host}: {e.strerror}") from e
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        try:
            s.bind(address)
        except OSError as e:
            hint = " (choose another with --port)" if e.errno == errno.EADDRINUSE else ""
            raise KgError(f"cannot listen on {host}:{port}: {e.strerror}{hint}") from e


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve(out_dir: Path | str, host: str = "127.0.0.1", port: int = 7878, writable: bool = False) -> int:
    """Run the server until it stops or is interrupted; returns its exit status (0 when interrupted)."""
    location = store_path(out_dir)
    if not location.is_dir():
        raise KgError(f"no store at {location}: run `kg build -o {out_dir}` first")
    args = server_args(location, host, port, writable)
    _check_port(host, port)
    url = base_url(host, port)
    print(f"serving {location} {'read-write' if writable else 'read-only'} at {url}/", flush=True)
    print(f"  query page  {url}/\n  SPARQL      {url}/query" + (f"\n  update      {url}/update" if writable else "")
          + f"\n  graphs      {url}/store\nPress Ctrl-C to stop.", flush=True)
    proc = subprocess.Popen(args)
    # SIGTERM (from a service manager or a test) stops the server too, rather than orphaning it.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if main else None
    try:
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
        if proc.poll() is None:
            stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Ask the server to end (SIGTERM), and kill it if it has not ended 10 s later."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
