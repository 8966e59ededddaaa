"""Evidence discipline for skill rows (issue #12): a row is met only by a line that shows
what it asks.

- A requirement that narrows its skill with words in front of it ("*partner or channel*
  marketing", "*paediatric* nursing", "*corporate* tax") is met only when a CV line
  shows those words too; that line is quoted, being the most specific. The skill alone
  earns partial, and the note names the words not shown.
- A skill shown only by a job title ("Marketing Manager" for marketing) earns partial at
  most, and the note says so.
- A role can show a row between its title and one of its lines: "Staff Nurse" over "two
  years on the paediatric ward" shows paediatric nursing; the line is quoted.
"""

from __future__ import annotations

import re

from shortlist.core.match.evidence import CvIndex
from shortlist.core.match.overlap import best_line, content_words
from shortlist.core.match.verdict import Verdict
from shortlist.core.models import Line, Requirement, Status

__all__ = ["TITLE_ONLY_CREDIT", "narrowed", "shown_by_a_role"]

#: Credit for a skill shown only by a job title, or without the words that narrow it.
TITLE_ONLY_CREDIT = 0.5
#: Share of the narrowing words a line must show.
NARROWING_SHOWN = 0.5
#: Words in front of a skill that say how well, not which kind.
_NOT_NARROWING = content_words(
    "proficiency proficient expertise expert hands-on hands familiarity familiar "
    "demonstrable demonstrated practical professional confident advanced basic "
    "intermediate deep thorough sound exposure background ideal ideally desirable "
    "essential bonus must need needed want preferred competent fluent excellent solid "
    "good strong proven extensive significant substantial working general broad "
    "previous prior current recent relevant some any "
    # Where the job is says which law or market, and a CV there rarely repeats it.
    "uk us usa eu gb british american england"
)
_TOKEN = re.compile(r"[A-Za-z][\w+#.'-]*")
_JOINERS = frozenset({"or", "and", "/", "&"})
#: Modifier words read in front of one mention, at most.
_MOST_MODIFIERS = 3


def _modifiers(req: Requirement) -> dict[str, str]:
    """Stem -> word, for the words written just before a skill to narrow it."""
    taken = [(m.start, m.end) for m in req.mentions]
    found: dict[str, str] = {}
    for mention in (m for m in req.mentions if m.canonical in req.skills):
        right, kept = mention.start, 0
        for token in reversed(list(_TOKEN.finditer(req.text, 0, mention.start))):
            word, low = token.group(0), token.group(0).casefold()
            # A comma lists another thing ("Payments, billing"); so does "X or <skill>".
            if req.text[token.end() : right].strip(" /&-") or any(
                a <= token.start() < b for a, b in taken
            ):
                break
            if low in _JOINERS:
                if right == mention.start:
                    break
                right = token.start()
                continue
            right = token.start()
            stems = content_words(word) - _NOT_NARROWING
            if not stems or low.endswith(("ing", "ed")):
                break
            for stem in stems:
                found.setdefault(stem, word)
            kept += 1
            if kept == _MOST_MODIFIERS:
                break
    return found


def narrowed(req: Requirement, index: CvIndex, verdict: Verdict) -> Verdict:
    """``verdict`` for a skill row, held to the words that narrow the skill and to more
    than a job title."""
    if verdict.status is not Status.MET:
        return verdict
    modifiers = _modifiers(req)
    if modifiers:
        # Among the lines that show the skill and the lines of the roles that used it: a
        # "reseller channel" line in a sales job does not show channel *marketing*.
        proofs = [proof for proof in map(index.prove, req.skills) if proof]
        showing = {line for proof in proofs for line in proof.use.evidence}
        showing |= {
            line for proof in proofs for i in proof.use.roles for line in index.cv.roles[i].lines
        }
        candidates = [(line, index.words_of(line)) for line in sorted(showing, key=_at)]
        line, share = best_line(frozenset(modifiers), candidates)
        if line is None or share < NARROWING_SHOWN:
            unshown = ", ".join(dict.fromkeys(modifiers.values()))
            return _partial(verdict, f"{verdict.note}; not shown: {unshown}")
        if line is not verdict.evidence:
            return Verdict(Status.MET, verdict.credit, line, verdict.note, verdict.adjacent)
    if _title_only(req, index):
        return _partial(verdict, f"{verdict.note}; only a job title shows it")
    return verdict


def _at(line: Line) -> int:
    return line.start


def _partial(verdict: Verdict, note: str) -> Verdict:
    credit = min(verdict.credit, TITLE_ONLY_CREDIT)
    return Verdict(Status.PARTIAL, credit, verdict.evidence, note, verdict.adjacent)


def _title_only(req: Requirement, index: CvIndex) -> bool:
    """Every line that shows the row's skills is a role's header (its job title)."""
    headers = {role.header.start for role in index.cv.roles}
    proofs = [p for p in map(index.prove, req.skills) if p is not None]
    lines = [line for p in proofs for line in p.use.evidence]
    return bool(lines) and all(line.start in headers for line in lines)


def shown_by_a_role(req: Requirement, index: CvIndex) -> Verdict | None:
    """Met when one role's title and one of its lines hold every word the row asks for,
    the line adding at least one: the line is quoted."""
    wanted = content_words(req.text) - _NOT_NARROWING
    if not wanted:
        return None
    for role, title in zip(index.cv.roles, index.title_words, strict=True):
        for line in role.lines:
            own = index.words_of(line)
            if wanted <= title | own and wanted & own - title:
                return Verdict(
                    Status.MET, 1.0, line, f"shown in the role '{role.header.text.strip()}'"
                )
    return None
