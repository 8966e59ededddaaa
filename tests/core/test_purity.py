"""core/ must stay free of I/O and frameworks (see src/shortlist/core/README.md)."""

import subprocess
import sys

FORBIDDEN = (
    "sqlalchemy",
    "fastapi",
    "starlette",
    "httpx",
    "requests",
    "urllib.request",
    "socket",
    "subprocess",
    "pypdf",
    "pdfplumber",
    "docx",
    "trafilatura",
    "typer",
    "rich",
    "sqlite3",
)

PROBE = """
import sys, pkgutil, importlib
import shortlist.core
for mod in pkgutil.walk_packages(shortlist.core.__path__, "shortlist.core."):
    importlib.import_module(mod.name)
print("\\n".join(sorted(sys.modules)))
"""


def test_importing_every_core_module_pulls_in_no_io_or_framework_module() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    offenders = [m for m in loaded if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]
    assert offenders == []
    assert "shortlist.core.models" in loaded
    # Every subpackage's modules were walked, not only the top level.
    assert {"shortlist.core.match.matching", "shortlist.core.prep.plan_json"} <= set(loaded)
