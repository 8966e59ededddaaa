"""The shape the code keeps (issue #11, docs/architecture.md): small modules, short
functions, and no ``Any`` in a signature except where JSON comes in or goes out.
Read from the source, so a new module cannot slip past; `make lint` runs this file too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "shortlist"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
#: A function may run longer when the comment line just above it (or above its
#: decorators) starts with this and says why.
LONG_REASON = "# Past 60 lines"

#: Modules whose work is JSON (making it, reading it, checking it): their signatures may
#: say ``Any`` for a JSON value.
JSON_MODULES = {
    "core/answers/feedback_json.py",
    "core/match/report_json.py",
    "core/prep/plan_json.py",
    "data/banks.py",
    "speech/report.py",
    "storage/export.py",
    "storage/import_checks.py",
    "storage/import_values.py",
    "storage/json_shapes.py",
    "web/api_docs.py",
    "workspace/everything.py",
}
#: Single functions elsewhere that hand JSON over, each with why.
JSON_FUNCTIONS = {
    # The export's JSON, as the API returns it.
    "web/api.py:get_export",
    # A view's JSON for the API and --json (core/prep/plan_json.py makes it).
    "workspace/prep_views.py:plan_dict",
    # Storage may not import core: the feedback column takes the JSON StoredFeedback made.
    "storage/repositories/practice.py:save_answer",
}


def _sources() -> Iterator[tuple[str, str]]:
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        yield path.relative_to(SRC).as_posix(), path.read_text(encoding="utf-8")


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _names_any(annotation: ast.expr | None) -> bool:
    if annotation is None:
        return False
    return any(
        (isinstance(n, ast.Name) and n.id == "Any")
        or (isinstance(n, ast.Attribute) and n.attr == "Any")
        or (isinstance(n, ast.Constant) and isinstance(n.value, str) and "Any" in n.value)
        for n in ast.walk(annotation)
    )


def _signature_says_any(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    args = node.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
    return _names_any(node.returns) or any(
        a is not None and _names_any(a.annotation) for a in every
    )


def test_no_module_is_longer_than_400_lines() -> None:
    long = [
        f"{name}: {text.count(chr(10))} lines"
        for name, text in _sources()
        if text.count("\n") > MAX_MODULE_LINES
    ]
    assert long == []


def test_no_function_is_longer_than_60_lines_without_a_reason() -> None:
    long = []
    for name, text in _sources():
        lines = text.splitlines()
        for node in _functions(ast.parse(text)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            above = lines[first - 2].strip() if first >= 2 else ""
            # The reason may run over a few comment lines; its first line names it.
            start = first - 2
            while start > 0 and lines[start - 1].strip().startswith("#"):
                start -= 1
            reason = lines[start].strip() if above.startswith("#") else ""
            if length > MAX_FUNCTION_LINES and not reason.startswith(LONG_REASON):
                long.append(f"{name}:{node.lineno} {node.name} ({length} lines)")
    assert long == []


def test_signatures_say_any_only_where_json_comes_in_or_goes_out() -> None:
    found = [
        f"{name}:{node.lineno} {node.name}"
        for name, text in _sources()
        if name not in JSON_MODULES
        for node in _functions(ast.parse(text))
        if _signature_says_any(node) and f"{name}:{node.name}" not in JSON_FUNCTIONS
    ]
    assert found == []


def test_the_json_allowances_name_real_places() -> None:
    """An allowance whose module or function is gone is taken out, not kept."""
    sources = dict(_sources())
    assert sorted(JSON_MODULES - set(sources)) == []
    for place in JSON_FUNCTIONS:
        module, function = place.split(":")
        names = {node.name for node in _functions(ast.parse(sources[module]))}
        assert function in names, place
