"""`kg serve`: the store over HTTP, read-only unless --writable."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.graph.serve import serve, stop

UPDATE = 'INSERT DATA { <http://example.org/a> <http://example.org/b> "written" }'
ASK_WRITTEN = 'ASK { <http://example.org/a> <http://example.org/b> "written" }'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url: str, data: dict[str, str] | None = None, accept: str = "application/sparql-results+json") -> tuple[int, str]:
    """GET (or POST a form) and return status and body, HTTP errors included."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def sparql(base: str, query: str) -> tuple[int, str]:
    return http(f"{base}/query?" + urllib.parse.urlencode({"query": query}))


@contextmanager
def running(out: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`kg serve OUT` on a free port until the block ends; yields its base URL once it answers."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(out), "--port", str(port), *options],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if proc.poll() is not None:
                pytest.fail(f"kg serve exited: {proc.stdout.read() if proc.stdout else ''}")
            try:
                if sparql(base, "ASK {}")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        else:
            pytest.fail("kg serve did not answer within 10 s")
        yield base, proc
    finally:
        stop(proc)


def test_read_only_server_answers_queries_and_refuses_updates(built_samples: Path) -> None:
    with running(built_samples) as (base, proc):
        status, body = sparql(base, 'SELECT ?t WHERE { ?t a <https://w3id.org/xunshi/ontology#InspectionTeam> }')
        assert status == 200 and "https://w3id.org/xunshi/id/team/" in body  # the union of the document graphs
        status, page = http(base + "/", accept="text/html")
        assert status == 200 and "<html" in page.lower()  # the query page
        status, _ = http(base + "/update", {"update": UPDATE})
        assert status >= 400
        assert '"boolean":false' in sparql(base, ASK_WRITTEN)[1]
    assert proc.stdout is not None
    assert f"{base}/" in proc.stdout.read()  # prints its URL
    # The oxigraph child stopped with `kg serve`: nothing listens on the port any more.
    with pytest.raises(OSError):
        sparql(base, "ASK {}")


def test_writable_server_accepts_updates(built_samples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(built_samples, out)
    with running(out, "--writable") as (base, _):
        status, _ = http(base + "/update", {"update": UPDATE})
        assert status in (200, 204)
        assert '"boolean":true' in sparql(base, ASK_WRITTEN)[1]


def test_no_store_and_busy_port_are_readable_errors(built_samples: Path, tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no store"):
        serve(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        with pytest.raises(KgError, match="--port"):
            serve(built_samples, port=s.getsockname()[1])


# -- what a demanding user trips on (issue 15) ------------------------------------------------------------------------

README_PREFIXES = """SELECT ?team ?id WHERE {
  ?team a xs:InspectionTeam ; prov:wasDerivedFrom/dcterms:identifier ?id .
  OPTIONAL { ?team skos:altLabel ?alias } OPTIONAL { ?p a foaf:Person } OPTIONAL { ?m a org:Membership }
  FILTER(STRSTARTS(STR(?team), STR(xsr:)))
} LIMIT 1"""


def post(url: str, body: str, content_type: str) -> tuple[int, str]:
    headers = {"Content-Type": content_type, "Accept": "application/sparql-results+json"}
    request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def test_the_endpoint_knows_the_same_prefixes_as_kg_query(built_samples: Path) -> None:
    with running(built_samples) as (base, proc):
        status, body = sparql(base, README_PREFIXES)
        assert status == 200 and "https://w3id.org/xunshi/id/" in body, body
        status, body = post(f"{base}/query", README_PREFIXES, "application/sparql-query")
        assert status == 200 and '"team"' in body
        status, body = http(f"{base}/query", {"query": README_PREFIXES})
        assert status == 200 and '"team"' in body
        # A query declaring a prefix of its own keeps its meaning.
        status, body = sparql(base, "PREFIX xs: <http://example.org/> ASK { ?t a xs:InspectionTeam }")
        assert status == 200 and '"boolean":false' in body.replace(" ", "")
    assert proc.stdout is not None and "xs: xsr: org:" in proc.stdout.read()


@pytest.mark.parametrize("query, said", [
    ("SELECT ?x WHERE {", "line 1, column 18"),
    ("SELECT ?x WHERE {\n  ?x a foo:Bar }", "unknown prefix foo:"),
    ("SELECT * WHERE { ?s ?p ?o }\nLIMIT x", "line 2, column 7"),
])
def test_a_parse_error_is_one_readable_line(built_samples: Path, query: str, said: str) -> None:
    with running(built_samples) as (base, _):
        status, body = sparql(base, query)
    assert status == 400 and said in body and len(body.strip().splitlines()) == 1, body
    assert "\\u{" not in body and len(body) < 300


def test_read_only_update_is_refused_in_words(built_samples: Path) -> None:
    with running(built_samples) as (base, _):
        status, body = http(base + "/update", {"update": UPDATE})
    assert status == 403 and "not allowed" in body and len(body.strip().splitlines()) == 1


def test_a_rebuild_is_picked_up_and_said(built_samples: Path, tmp_path: Path) -> None:
    from kg.graph.store import write_store

    out = tmp_path / "out"
    shutil.copytree(built_samples, out)
    with running(out) as (base, proc):
        assert '"boolean":false' in sparql(base, ASK_WRITTEN)[1]
        with (out / "graph.trig").open("a", encoding="utf-8") as f:
            f.write('\n<http://example.org/a> <http://example.org/b> "written" .\n')
        write_store(out)  # what `kg build -o out` does last: a new store swapped in for the old
        status, body = sparql(base, ASK_WRITTEN)
        assert status == 200 and '"boolean":true' in body
        assert sparql(base, README_PREFIXES)[0] == 200
    assert proc.stdout is not None and "replaced by a new build" in proc.stdout.read()


def test_only_the_public_address_is_printed(built_samples: Path) -> None:
    with running(built_samples) as (base, proc):
        pass
    assert proc.stdout is not None
    printed = proc.stdout.read()
    assert f"{base}/" in printed
    assert set(re.findall(r"http://127\.0\.0\.1:(\d+)", printed)) == {base.rsplit(":", 1)[1]}  # no private port
