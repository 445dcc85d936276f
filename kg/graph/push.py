"""`kg push`: send each document's named graph to a SPARQL 1.1 Graph Store endpoint.

One HTTP PUT per document graph to ``ENDPOINT?graph=<graph IRI>``: PUT replaces
the graph, so pushing again after a rebuild updates a document instead of
duplicating it, and documents pushed by others stay untouched. Credentials
(HTTP basic auth) come from environment variables, never from the command line.
"""
from __future__ import annotations

import base64
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import KgError
from kg.graph.store import KnowledgeStore

log = logging.getLogger(__name__)

# N-Triples is a subset of Turtle, and text/turtle is the one type every Graph Store implementation accepts.
CONTENT_TYPE = "text/turtle; charset=utf-8"


def graph_url(endpoint: str, graph_iri: str) -> str:
    """The Graph Store URL of one graph (indirect identification: ``?graph=``)."""
    return endpoint + ("&" if "?" in endpoint else "?") + urllib.parse.urlencode({"graph": graph_iri})


def _auth_header(user_env: str, password_env: str) -> dict[str, str]:
    user = os.environ.get(user_env)
    if not user:
        return {}
    password = os.environ.get(password_env, "")
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def push(out_dir: Path | str, endpoint: str, user_env: str = "KG_PUSH_USER", password_env: str = "KG_PUSH_PASSWORD",
         timeout: float = 120.0) -> int:
    """PUT every document graph of the built store to ``endpoint``; returns how many were sent."""
    if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
        raise KgError(f"--endpoint {endpoint!r}: expected an http:// or https:// Graph Store URL")
    store = KnowledgeStore(out_dir)
    graphs = store.named_graphs()
    if not graphs:
        raise KgError(f"the store in {out_dir} holds no document graphs")
    headers = {"Content-Type": CONTENT_TYPE, **_auth_header(user_env, password_env)}
    for graph in graphs:
        body = store.dump_graph(graph)
        request = urllib.request.Request(graph_url(endpoint, graph.value), data=body, headers=headers, method="PUT")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                log.info("PUT %s: HTTP %s, %d bytes", graph.value, response.status, len(body))
        except urllib.error.HTTPError as e:
            detail = " ".join(e.read(300).decode("utf-8", "replace").split())
            hint = f" (set {user_env} and {password_env})" if e.code in (401, 403) else ""
            raise KgError(f"{endpoint} refused graph {graph.value}: HTTP {e.code} {e.reason}{hint}"
                          + (f": {detail}" if detail else "")) from e
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise KgError(f"cannot reach {endpoint}: {reason}") from e
    return len(graphs)
