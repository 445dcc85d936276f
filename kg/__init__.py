"""xunshi-kg: knowledge graphs from Chinese Party inspection documents.

The Python API (see :mod:`kg.api`): ``kg.build(paths, out_dir)`` and
``kg.open(out_dir)`` return a :class:`KnowledgeGraph`; ``kg.extract(text)``
returns the facts of one text; ``kg.evaluate(gold_dir, graph)`` scores a graph
against hand-made gold facts. Importing ``kg`` loads no heavy module.
"""
from __future__ import annotations

__version__ = "0.1.0"

# The packages kg/build/ and kg/extract/ are imported first: importing a package binds its name on the parent,
# and kg.build and kg.extract must stay the functions below however their modules are imported later.
import kg.build  # noqa: E402,F401
import kg.extract  # noqa: E402,F401
from kg.api import DocumentInfo, InlineView, KnowledgeGraph, Table, build, evaluate, extract, open  # noqa: E402

__all__ = ["DocumentInfo", "InlineView", "KnowledgeGraph", "Table", "build", "evaluate", "extract", "open",
           "__version__"]
