"""Shared fixtures: the bundled sample documents, as files, texts and processed Documents."""
from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

from kg.ingest.document import Document
from kg.ingest.files import read_document, sample_dir


# The optional `hanlp` extra: tests marked `hanlp` skip without it (a light install runs the rest).
HANLP_MISSING = [name for name in ("hanlp", "torch") if importlib.util.find_spec(name) is None]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests marked ``hanlp`` when the extra is not installed, saying what is missing and how to add it."""
    if not HANLP_MISSING:
        return
    skip = pytest.mark.skip(reason=f"needs the hanlp extra ({', '.join(HANLP_MISSING)} not installed): "
                                   "pip install -e '.[hanlp,test]'")
    for item in items:
        if item.get_closest_marker("hanlp"):
            item.add_marker(skip)


def _sample_path(name: str) -> Path:
    """A bundled sample by file name, stem or number prefix ("004")."""
    matches = sorted(p for p in sample_dir().glob("*.txt") if p.name == name or p.stem == name or p.name.startswith(name))
    if len(matches) != 1:
        raise LookupError(f"no single sample matches {name!r}: {[p.name for p in matches]}")
    return matches[0]


@lru_cache(maxsize=None)
def _structured(name: str) -> Document:
    from kg.extract.normalise import normalise
    from kg.extract.structure import structure

    return structure(normalise(read_document(_sample_path(name))))


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The folder of bundled sample documents (kg/samples)."""
    return sample_dir()


@pytest.fixture(scope="session")
def sample_path() -> Callable[[str], Path]:
    """``sample_path("004")`` → the path of a bundled sample."""
    return _sample_path


@pytest.fixture(scope="session")
def sample_text() -> Callable[[str], str]:
    """``sample_text("004")`` → the sample's text exactly as in the file."""
    return lambda name: _sample_path(name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_doc() -> Callable[[str], Document]:
    """``sample_doc("002")`` → the sample read, normalised and structured (shared: do not modify it)."""
    return _structured


@pytest.fixture(scope="session")
def built_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples built once per session (graph.ttl, graph.trig, store; no view): the output folder.

    Shared by the store, query, serve and push tests: read it, do not modify it (copy it first).
    """
    from kg.build.builder import build

    out = tmp_path_factory.mktemp("built")
    build(out_dir=out, view=False)
    return out
