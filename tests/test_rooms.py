"""The package's rooms: no import cycle, rooms import one way, and the public face stays as it was."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
ROOMS = ("ingest", "extract", "graph", "views")  # each may import the rooms before it, never one after it
# Imports against that order, each with its reason.
EXCEPTIONS = {
    ("kg.ingest.document", "kg.facts"),  # the document carries the facts the stages give it
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """The kg modules a module imports (``from kg import x`` counts as kg.x when x is a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.If) and top_level_only:  # `if TYPE_CHECKING:` blocks run no import
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and node.module.split(".")[0] == "kg":
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "kg"}
    return {m for m in found if m in MODULES} - {_module_name(path)}


MODULES = {_module_name(p): p for p in sorted(KG.rglob("*.py")) if "__pycache__" not in p.parts}


def test_no_module_level_import_cycle() -> None:
    graph = {m: _imports(p, top_level_only=True) - {"kg"} for m, p in MODULES.items()}
    state: dict[str, int] = {}  # 1 on the path being walked, 2 done
    cycles: list[list[str]] = []

    def walk(module: str, path: list[str]) -> None:
        state[module] = 1
        for dep in sorted(graph[module]):
            if state.get(dep) == 1:
                cycles.append(path[path.index(dep):] + [dep])
            elif dep not in state:
                walk(dep, path + [dep])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert cycles == []


def _room(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in ROOMS else None


def test_rooms_import_one_way() -> None:
    against = sorted((m, dep) for m, p in MODULES.items() for dep in _imports(p, top_level_only=False)
                     if _room(m) and _room(dep) and ROOMS.index(_room(dep)) > ROOMS.index(_room(m)))
    assert against == []


def test_each_room_says_what_it_holds() -> None:
    for room in (*ROOMS, "build"):
        init = KG / room / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), init


def test_the_namespaces_have_one_home() -> None:
    from kg.graph import namespaces

    iris = {v for k, v in vars(namespaces).items() if k.isupper()}
    copies = [(m, t.id) for m, p in MODULES.items() if m != "kg.graph.namespaces"
              for node in ast.parse(p.read_text(encoding="utf-8")).body if isinstance(node, ast.Assign)
              and isinstance(node.value, ast.Constant) and node.value.value in iris for t in node.targets
              if isinstance(t, ast.Name)]
    assert copies == []


@pytest.mark.parametrize("module", ["kg.build.builder", "kg.extract.pipeline", "kg.extract.relations"])
def test_the_public_functions_stay_functions_whatever_is_imported(module: str) -> None:
    code = (f"import kg, {module}\n"
            "assert callable(kg.build) and kg.build.__module__ == 'kg.api'\n"
            "assert callable(kg.extract) and kg.extract.__module__ == 'kg.api'\n"
            "assert callable(kg.open)\n")
    subprocess.run([sys.executable, "-c", code], check=True)
