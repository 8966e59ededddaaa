"""The import contract: surfaces -> application -> core, adapters beside the application,
nothing upward and no cycles. Read from the source (every import, top-level or inside a
function), so a new module cannot slip past it; docs/architecture.md draws it.

`make lint` runs this file too.
"""

from __future__ import annotations

import ast
import itertools
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "shortlist"

#: Each part of the package and the parts it may import. A part is a subpackage or a
#: top-level module of shortlist; "shortlist" is the package's own __init__ (version,
#: public API).
CORE = {"core"}
FOUNDATION = CORE | {"config"}
ADAPTERS = {"ingest", "speech", "storage", "clock", "data"}
APPLICATION = {"analyses", "workspace"}
SURFACES = {"cli", "web"}
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "formats": CORE,
    "data": CORE,
    "ingest": set(),
    "clock": CORE,
    "storage": set(),
    "speech": FOUNDATION,
    # Settings carry the ingestion limits as one object (ingest/limits.py only).
    "config": {"ingest"},
    "analyses": FOUNDATION | {"formats"} | ADAPTERS,
    "workspace": FOUNDATION | {"formats", "analyses"} | ADAPTERS,
    "bootstrap": FOUNDATION | ADAPTERS | {"workspace"},
    "cli": FOUNDATION | APPLICATION | {"formats", "bootstrap", "web", "shortlist"},
    "web": FOUNDATION | APPLICATION | {"formats", "bootstrap", "shortlist"},
    "shortlist": CORE | {"analyses"},
}
#: What a surface may take from an adapter: its error types and its limits, which it
#: must catch and show. Anything else an adapter does is the application's to call.
SURFACE_MAY_NAME = {"ingest.errors", "ingest.limits", "speech.errors"}


def _part(module: str) -> str:
    """shortlist.core.match.checks -> core; shortlist -> shortlist."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "shortlist"


def _module_of(path: Path) -> str:
    return ".".join(path.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__")


def _imports() -> dict[str, set[tuple[str, str]]]:
    """For each part, the (module importing, module imported) pairs within shortlist."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        module = _module_of(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name == "shortlist" or name.startswith("shortlist."):
                    found[_part(module)].add((module, name))
    return found


IMPORTS = _imports()


def test_every_part_of_the_package_has_a_rule() -> None:
    parts = {_part(_module_of(path)) for path in SRC.rglob("*.py")}
    assert sorted(parts - set(ALLOWED)) == []


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_each_part_imports_only_what_its_layer_may(part: str) -> None:
    wrong = sorted(
        f"{importer} imports {imported}"
        for importer, imported in IMPORTS.get(part, set())
        if _part(imported) not in ALLOWED[part] | {part}
        and not (part in SURFACES and _adapter_error(imported))
    )
    assert wrong == []


def _adapter_error(module: str) -> bool:
    return ".".join(module.split(".")[1:3]) in SURFACE_MAY_NAME


def test_core_imports_nothing_outside_itself() -> None:
    assert ALLOWED["core"] == set()
    assert sorted(i for _, i in IMPORTS["core"] if _part(i) != "core") == []


def test_the_parts_import_each_other_in_no_cycle() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for part, pairs in IMPORTS.items():
        graph[part] |= {_part(imported) for _, imported in pairs} - {part}
    cycles = [
        (a, b)
        for a, b in itertools.permutations(graph, 2)
        if _reaches(graph, a, b) and _reaches(graph, b, a)
    ]
    assert cycles == []


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    """Whether ``goal`` can be reached from ``start`` along one or more imports."""
    seen: set[str] = set()
    todo = list(graph.get(start, ()))
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return goal in seen


#: Workspace modules that still name SQLAlchemy, each with why. cache.py holds the
#: data-version reader's own connection and maps its errors (the view-cache part of #11
#: is rewriting it).
WORKSPACE_MAY_NAME_SQLALCHEMY: set[str] = set()


def test_the_workspace_runs_no_sql_of_its_own() -> None:
    """Every statement lives in a storage repository; the workspace calls its methods."""
    wrong = []
    for path in (SRC / "workspace").rglob("*.py"):
        module = _module_of(path)
        if module in WORKSPACE_MAY_NAME_SQLALCHEMY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            wrong += [f"{module} imports {n}" for n in names if n.split(".")[0] == "sqlalchemy"]
    assert wrong == []
