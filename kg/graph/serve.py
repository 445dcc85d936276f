"""`kg serve`: the built store as a SPARQL endpoint: the `oxigraph` server behind a thin proxy.

Read-only by default (`oxigraph serve-read-only`: UPDATE and Graph Store writes
are refused, and it takes no lock, so `kg query` and other readers can use the
store at the same time). ``--writable`` runs `oxigraph serve` instead, which
locks the store for writing; the next `kg build` replaces the store, writes
included. The default graph is the union of the document graphs, as in `kg query`.

The proxy, in front of an `oxigraph` child listening on a private port, does what
Oxigraph's own server does not:

- queries and updates may use the vocabulary's prefixes undeclared, as in `kg query`
  (it declares those a request does not, on one line before the request's text);
- a parse error is answered with one readable line (HTTP 400), not the grammar's
  Unicode ranges;
- when a `kg build` replaces the store being served, the next request starts a new
  child on the new store and the old one stops; the switch is printed.
"""
from __future__ import annotations

import errno
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType

from kg.errors import KgError, build_first
from kg.graph.store import PREFIXES, UPDATE_REFUSED, readable_syntax_error, store_path

STARTUP_SECONDS = 30.0  # how long a new oxigraph child may take to answer
CHUNK = 64 * 1024  # bytes relayed at a time
# Hop-by-hop headers (RFC 9110 §7.6.1) and the ones the proxy sets itself.
_NOT_RELAYED = {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
                "host", "content-length"}
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_ERROR_AT = re.compile(r"^error at (\d+):")


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


def with_prefixes(sparql: str) -> str:
    """``sparql`` with the vocabulary's prefixes it does not declare itself declared on one line before it
    (one line, so that an error's line number is the request's own plus one)."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    return " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared) + "\n" + sparql


def readable_error(body: str, sparql: str) -> str:
    """Oxigraph's answer to a request it could not parse, as one line, its position in the request as sent."""
    body = _ERROR_AT.sub(lambda m: f"error at {max(int(m.group(1)) - 1, 1)}:", body.strip(), count=1)
    return readable_syntax_error(body, sparql)


class Upstream:
    """The `oxigraph` child serving the store on a private port, replaced when a build replaces the store."""

    def __init__(self, location: Path, writable: bool) -> None:
        self.location = location
        self.writable = writable
        self.lock = threading.Lock()
        self.proc: subprocess.Popen[str] | None = None
        self.port = 0
        self.serving: tuple[int, int] | None = None  # (device, inode) of the store folder being served

    def _identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.location)
        except OSError:
            return None  # between the two renames of a build's swap: keep serving the old store
        return st.st_dev, st.st_ino

    def start(self) -> None:
        """Start a child on the store now at ``location``; return once it answers (the old child, if any, stops)."""
        identity = self._identity()
        port = _free_port()
        proc = subprocess.Popen(server_args(self.location, "127.0.0.1", port, self.writable), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, errors="replace")
        threading.Thread(target=_relay_messages, args=(proc,), daemon=True).start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if proc.poll() is not None:  # its reason is on stderr, relayed
                raise KgError(f"the oxigraph server did not start on {self.location} (exit status {proc.returncode})")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    stop(proc)
                    raise KgError(f"the oxigraph server did not answer within {STARTUP_SECONDS:g} s") from None
                time.sleep(0.05)
        old, self.proc, self.port, self.serving = self.proc, proc, port, identity
        if old is not None:
            stop(old)

    def current_port(self) -> int:
        """The child's port, after switching to a new store if a build has replaced the one being served."""
        with self.lock:
            now = self._identity()
            if now is not None and now != self.serving:
                print(f"{self.location} was replaced by a new build: now serving the new store", flush=True)
                self.start()
            return self.port

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            stop(self.proc)


def _relay_messages(proc: subprocess.Popen[str]) -> None:
    """The child's messages on stderr, except the one naming its private port (users are given the proxy's)."""
    assert proc.stderr is not None
    for line in proc.stderr:
        if not line.startswith("Listening for requests at "):
            sys.stderr.write(line)
            sys.stderr.flush()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ProxyHandler(BaseHTTPRequestHandler):
    """Relays one request to the oxigraph child: prefixes declared, parse errors made readable, updates
    refused in one line when read-only."""

    protocol_version = "HTTP/1.1"
    upstream: Upstream  # set on the subclass made for one server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        """Requests are not logged (Oxigraph's server does not either); errors go to the client."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.relay()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def relay(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urllib.parse.urlsplit(self.path)
        target = self.path
        sparql = None
        if parts.path in ("/query", "/update"):
            if parts.path == "/update" and not self.upstream.writable:
                self.answer(403, UPDATE_REFUSED.replace("build again", "build again (or serve with --writable)"))
                return
            key = parts.path[1:]
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if self.command == "GET":
                fields = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
                sparql = next((v for k, v in fields if k == key), None)
                if sparql is not None:
                    fields = [(k, with_prefixes(v) if k == key else v) for k, v in fields]
                    target = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(fields)))
            elif kind == "application/x-www-form-urlencoded":
                fields = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
                sparql = next((v for k, v in fields if k == key), None)
                if sparql is not None:
                    fields = [(k, with_prefixes(v) if k == key else v) for k, v in fields]
                    body = urllib.parse.urlencode(fields).encode()
            elif kind in ("application/sparql-query", "application/sparql-update"):
                sparql = body.decode("utf-8", "replace")
                body = with_prefixes(sparql).encode("utf-8")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _NOT_RELAYED}
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.upstream.current_port(), timeout=3600)
            connection.request(self.command, target, body=body if body or self.command in ("POST", "PUT") else None,
                               headers=headers)
            response = connection.getresponse()
        except (OSError, KgError) as e:
            self.answer(502, f"the oxigraph server is not answering: {e}")
            return
        try:
            if response.status == 400 and sparql is not None:
                self.answer(400, readable_error(response.read().decode("utf-8", "replace"), sparql))
                return
            self.send_response(response.status, response.reason)
            for k, v in response.getheaders():
                if k.lower() not in _NOT_RELAYED:
                    self.send_header(k, v)
            length = response.getheader("Content-Length")
            if length is not None:
                self.send_header("Content-Length", length)
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            if self.command == "HEAD":
                return
            while chunk := response.read(CHUNK):
                self.wfile.write(chunk if length is not None else b"%x\r\n%b\r\n" % (len(chunk), chunk))
            if length is None:
                self.wfile.write(b"0\r\n\r\n")
        except ConnectionError:  # the client went away mid-answer
            self.close_connection = True
        finally:
            connection.close()

    def answer(self, status: int, message: str) -> None:
        """A one-line plain-text answer."""
        data = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve(out_dir: Path | str, host: str = "127.0.0.1", port: int = 7878, writable: bool = False) -> int:
    """Run the server until it is interrupted (exit status 0)."""
    location = store_path(out_dir)
    if not location.is_dir():
        raise KgError(f"no store at {location}: {build_first(out_dir)}")
    _check_port(host, port)
    upstream = Upstream(location, writable)
    handler = type("Handler", (ProxyHandler,), {"upstream": upstream})
    server_class = type("Server", (ThreadingHTTPServer,), {
        "address_family": socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0], "daemon_threads": True})
    # SIGTERM (from a service manager or a test) stops the server too, rather than orphaning the child.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if main else None
    try:
        upstream.start()
        with server_class((host, port), handler) as server:
            url = base_url(host, port)
            print(f"serving {location} {'read-write' if writable else 'read-only'} at {url}/", flush=True)
            print(f"  query page  {url}/\n  SPARQL      {url}/query"
                  + (f"\n  update      {url}/update" if writable else "")
                  + f"\n  graphs      {url}/store\n"
                  f"Prefixes {' '.join(p + ':' for p in PREFIXES)} are predeclared. Press Ctrl-C to stop.", flush=True)
            server.serve_forever()
    except KeyboardInterrupt:
        return 0
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
        upstream.stop()
    return 0


def stop(proc: subprocess.Popen) -> None:
    """Ask the server to end (SIGTERM), and kill it if it has not ended 10 s later."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
