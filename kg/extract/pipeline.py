"""Stages registered by name, chained into a pipeline.

A stage is a function ``Document -> Document``. Modules register their stages
with :func:`stage`; a pipeline is a list of names, so a rule stage and a model
stage swap without touching callers (``mentions.rules`` vs ``mentions.hanlp``).
Stages keep no global state: documents are processed independently.
"""
from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kg.ingest.document import Document

Stage = Callable[[Document], Document]
StageFactory = Callable[..., Stage]
StageListener = Callable[[str, float, int, int], None]

_FACTORIES: dict[str, StageFactory] = {}

# Which module registers each stage; imported on first use so that, for
# example, the HanLP stage's dependencies load only when it is asked for.
STAGE_MODULES: dict[str, str] = {
    "normalise": "kg.extract.normalise",
    "structure": "kg.extract.structure",
    "mentions.rules": "kg.extract.mentions",
    "mentions.hanlp": "kg.extract.ner_hanlp",
    "relations": "kg.extract.relations",
    "findings": "kg.extract.findings",
    "repeats": "kg.extract.repeats",
    "resolve": "kg.extract.resolve",
}

DEFAULT_PIPELINE: tuple[str, ...] = ("normalise", "structure", "mentions.rules", "relations", "findings", "repeats",
                                      "resolve")


def stage(name: str) -> Callable[[Stage], Stage]:
    """Register a stage that needs no configuration."""

    def register(fn: Stage) -> Stage:
        _FACTORIES[name] = lambda: fn
        return fn

    return register


def stage_factory(name: str) -> Callable[[StageFactory], StageFactory]:
    """Register a factory ``(**config) -> Stage``, for stages that load something once (a model)."""

    def register(factory: StageFactory) -> StageFactory:
        _FACTORIES[name] = factory
        return factory

    return register


def get_factory(name: str) -> StageFactory:
    if name not in _FACTORIES:
        if name not in STAGE_MODULES:
            raise KeyError(f"unknown pipeline stage {name!r}; known: {', '.join(sorted(STAGE_MODULES))}")
        importlib.import_module(STAGE_MODULES[name])
    return _FACTORIES[name]


def pipeline_for(ner: str = "rules") -> tuple[str, ...]:
    """The stage names for a build: rules only, or rules plus a HanLP mention stage."""
    if ner == "rules":
        return DEFAULT_PIPELINE
    if ner == "hanlp":
        i = DEFAULT_PIPELINE.index("mentions.rules") + 1
        return DEFAULT_PIPELINE[:i] + ("mentions.hanlp",) + DEFAULT_PIPELINE[i:]
    raise ValueError(f"unknown NER option {ner!r} (rules or hanlp)")


class Pipeline:
    """Stages built once from their names and configuration, then applied to each document."""

    def __init__(self, names: Sequence[str] = DEFAULT_PIPELINE, config: Mapping[str, Mapping[str, Any]] | None = None):
        config = config or {}
        self.names = tuple(names)
        self.stages = [get_factory(name)(**config.get(name, {})) for name in self.names]

    def __call__(self, doc: Document, on_stage: StageListener | None = None) -> Document:
        """Run every stage on ``doc``; ``on_stage(name, seconds, index, count)`` hears of each one as it ends
        (progress within a large document, time per stage)."""
        for index, (name, fn) in enumerate(zip(self.names, self.stages), 1):
            start = time.perf_counter()
            doc = fn(doc)
            if on_stage is not None:
                on_stage(name, time.perf_counter() - start, index, len(self.stages))
        return doc
