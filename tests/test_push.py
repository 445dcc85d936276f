"""`kg push`: one PUT per document graph to a SPARQL 1.1 Graph Store endpoint."""
from __future__ import annotations

import base64
import http.server
import socket
import subprocess
import threading
import json
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.graph.push import graph_url, push
from kg.graph.serve import oxigraph_command
from kg.graph.store import KnowledgeStore


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def select(base: str, query: str) -> list[dict[str, str]]:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as r:
        return [{k: v["value"] for k, v in b.items()} for b in json.load(r)["results"]["bindings"]]


@pytest.fixture()
def endpoint() -> Iterator[str]:
    """An empty in-memory `oxigraph serve` on a free local port; its base URL."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_command(), "serve", "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                select(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph did not answer within 10 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


COUNT_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def test_push_twice_replaces_instead_of_duplicating(built_samples: Path, endpoint: str) -> None:
    store = KnowledgeStore(built_samples)
    local = {g.value: len(store.dump_graph(g).splitlines()) for g in store.named_graphs()}
    assert push(built_samples, endpoint + "/store") == len(local) == 5
    first = {r["g"]: int(r["n"]) for r in select(endpoint, COUNT_PER_GRAPH)}
    assert first == local
    assert push(built_samples, endpoint + "/store") == 5
    assert {r["g"]: int(r["n"]) for r in select(endpoint, COUNT_PER_GRAPH)} == local
    # What arrived is queryable as the same facts.
    teams = select(endpoint, "SELECT DISTINCT ?t WHERE { GRAPH ?g { ?t a <https://w3id.org/xunshi/ontology#InspectionTeam> } }")
    assert len(teams) == len(store.query("SELECT DISTINCT ?t WHERE { ?t a xs:InspectionTeam }"))


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A Graph Store stand-in that accepts every PUT and records its path and headers."""

    seen: list[tuple[str, str | None, str | None]] = []

    def do_PUT(self) -> None:  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers["Content-Length"]))
        _Recorder.seen.append((self.path, self.headers.get("Authorization"), self.headers.get("Content-Type")))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_push_sends_basic_auth_from_the_environment(built_samples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _Recorder.seen = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("KG_PUSH_USER", "ann")
        monkeypatch.setenv("KG_PUSH_PASSWORD", "s3cret:x")
        push(built_samples, f"http://127.0.0.1:{server.server_port}/rdf?db=kg")
    finally:
        server.shutdown()
        server.server_close()
    expected = "Basic " + base64.b64encode(b"ann:s3cret:x").decode()
    assert [auth for _, auth, _ in _Recorder.seen] == [expected] * 5
    assert all(path.startswith("/rdf?db=kg&graph=https%3A%2F%2Fw3id.org%2Fxunshi%2Fid%2Fgraph%2F")
               for path, _, _ in _Recorder.seen)
    assert all(ctype.startswith("text/turtle") for _, _, ctype in _Recorder.seen if ctype)


def test_graph_url_escapes_the_graph_iri() -> None:
    assert graph_url("http://h/store", "https://w3id.org/xunshi/id/graph/a b") == \
        "http://h/store?graph=https%3A%2F%2Fw3id.org%2Fxunshi%2Fid%2Fgraph%2Fa+b"


def test_push_errors_are_readable(built_samples: Path, endpoint: str) -> None:
    with pytest.raises(KgError, match="refused graph .* HTTP 404"):
        push(built_samples, endpoint + "/no-such-path")
    with pytest.raises(KgError, match="cannot reach"):
        push(built_samples, f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(KgError, match="http:// or https://"):
        push(built_samples, "file:///etc/passwd")
