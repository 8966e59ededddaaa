""" "Xero or a similar cloud accounting package": the posting accepts a similar tool.

A skill named before "or similar" ("or a similar", "or equivalent", "or comparable", "or
another") that the CV does not show, but whose sibling it does (QuickBooks Online under
the same parent as Xero), meets the row: the sibling's line is quoted and the note says
what stood in. The words after "or similar" only describe the kind of tool; they are not
asked for on their own ("cloud" there asks for no cloud computing). Without "or
similar", a sibling stays partial (checks.py).
"""

from __future__ import annotations

import re

from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.verdict import Verdict
from shortlist.core.models import Requirement, Status

__all__ = ["similar_accepted"]

_OR_SIMILAR = re.compile(
    r"\b(?:or|and/or)\s+(?:an?\s+|any\s+|other\s+|another\s+)?(?:similar|equivalent|comparable"
    r"|alternative|other|another)\b",
    re.IGNORECASE,
)


#: Parents whose children are tools of one kind ("Accounting software", "CRM", "HRIS"),
#: so one child is "a similar" other; a field's children ("Financial analysis":
#: budgeting, modelling) are not.
_TOOL_KIND = re.compile(
    r"\b(?:software|records|crm|hris|ats|erp|lms|ehr|epr|systems?|platforms?|tools?|suites?"
    r"|packages?|databases?|apps?|applications)\b",
    re.IGNORECASE,
)


def _kin_are_tools(index: CvIndex, wanted: str, shown: str) -> bool:
    """Whether ``wanted`` and ``shown`` share a parent that is a kind of tool."""
    taxonomy = index.taxonomy
    wanted_entry, shown_entry = taxonomy.entry(wanted), taxonomy.entry(shown)
    if wanted_entry is None or shown_entry is None:
        return False
    shared = set(wanted_entry.parents) & set(shown_entry.parents)
    return any(_TOOL_KIND.search(parent) for parent in shared)


def similar_accepted(req: Requirement, index: CvIndex) -> Verdict | None:
    """MET by a sibling of a skill named before "or similar", else None (the usual
    reading decides)."""
    found = _OR_SIMILAR.search(req.text)
    if found is None or not req.mentions:
        return None
    named = [m.canonical for m in req.mentions if m.canonical and m.end <= found.start()]
    for wanted in dict.fromkeys(named):
        proof = index.prove(wanted)
        if proof is None:
            continue
        if proof.relation == "same":
            return None
        if not _kin_are_tools(index, wanted, proof.use.canonical):
            continue
        line = proof.use.evidence[0] if proof.use.evidence else None
        return Verdict(
            Status.MET,
            1.0,
            index.quote(proof.use, line) if line is not None else None,
            f"{wanted}: not shown; {proof.use.canonical} is similar, which the posting accepts",
        )
    return None
