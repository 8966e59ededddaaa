"""The install is reproducible: every dependency pyproject.toml declares (the dev extra
too) is pinned, with hashes, in the lock that `make run` and `make test` install, and
what jusText needs from lxml is declared directly (pip 23.2 drops `lxml[html_clean]`)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"


def _name(requirement: str) -> str:
    # PEP 503 normalised: "lxml_html_clean", "lxml-html-clean" and "LXML.html_clean" agree.
    name = re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    names |= {_name(r) for r in project["optional-dependencies"]["dev"]}
    return names - {"shortlist"}


def _pinned() -> dict[str, list[str]]:
    """Each pinned package and the hashes that follow its pin."""
    pins: dict[str, list[str]] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        pin = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==\S+", line)
        if pin:
            current = _name(pin.group(1))
            pins.setdefault(current, [])
        elif current and "--hash=sha256:" in line:
            pins[current].append(line.split("--hash=sha256:")[1].split()[0])
    return pins


def test_every_declared_dependency_is_pinned_in_the_lock() -> None:
    pinned = _pinned()
    assert sorted(_declared() - set(pinned)) == []


def test_every_pin_carries_hashes() -> None:
    pinned = _pinned()
    assert len(pinned) > 50
    assert sorted(name for name, hashes in pinned.items() if not hashes) == []


def test_lxml_html_clean_is_a_direct_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "lxml-html-clean" in {_name(r) for r in project["dependencies"]}


def test_the_lock_names_no_machine_local_index_and_no_torch() -> None:
    text = LOCK.read_text(encoding="utf-8")
    assert "file://" not in text and "/opt/" not in text
    assert "torch" not in _pinned()
