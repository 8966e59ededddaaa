"""The skills taxonomy and the one matcher that finds skills in text.

``Taxonomy.find`` runs, in order: a scan for every canonical name and alias (case-folded,
hyphens as spaces, whole words only, never inside a web or e-mail address: one-word names
by dictionary lookup per word, longer ones with an Aho-Corasick automaton);
context rules for names that are also ordinary words (skill_context.py); a typo check for
long words left over (skill_typos.py); and, when phrases are asked for, a phrase finder
for competences said as verb phrases and for knowledge named by no entry
(skill_phrases.py). Matches never overlap; the longest one starting first wins.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

import ahocorasick

from shortlist.core.models import SkillKind, SkillMention
from shortlist.core.taxonomy.context import (
    ContextRule,
    Neighbours,
    confirmed,
    introduced,
    listed,
    vetoed,
)
from shortlist.core.taxonomy.normalise import WORD, Word, address_spans, fold_name, fold_text, words
from shortlist.core.taxonomy.paraphrases import Paraphrases
from shortlist.core.taxonomy.phrases import (
    KNOWLEDGE_EXTEND,
    KNOWLEDGE_SEED,
    KNOWLEDGE_SINGLE,
    PhraseFinder,
)
from shortlist.core.taxonomy.span_tagger import SpanTagger
from shortlist.core.taxonomy.typos import MIN_LENGTH, TypoMatcher

__all__ = ["ContextRule", "Relation", "SkillEntry", "Taxonomy", "fold_name"]

Relation = Literal["same", "related"]
_RELATION_MEMO = 200_000
#: Two skills are related when a shared ancestor is at most this many steps away in all:
#: siblings (MySQL and PostgreSQL under SQL), not cousins (Kafka and ETL).
KIN_DISTANCE = 2


@dataclass(frozen=True, slots=True)
class SkillEntry:
    canonical: str
    kind: SkillKind
    category: str
    aliases: tuple[str, ...] = ()
    #: Broader skills this one implies (Spring Boot -> Java).
    parents: tuple[str, ...] = ()
    #: Whether misspellings of its one-word names are looked for ("Kubernets").
    typos: bool = False
    #: Names that count only when written exactly so ("BOB", not "Bob").
    exact: tuple[str, ...] = ()


#: A name found in the text: start, end, canonical name, and the folded name itself.
_Hit = tuple[int, int, str, str]


class Taxonomy:
    """Canonical skills with aliases and parents, and a matcher over all their names."""

    def __init__(
        self,
        entries: Iterable[SkillEntry],
        *,
        rules: Iterable[ContextRule] = (),
        phrase_shares: Mapping[str, float] | None = None,
        knowledge_shares: Mapping[str, float] | None = None,
        known_words: Iterable[str] = (),
        paraphrases: Paraphrases | None = None,
        tagger: SpanTagger | None = None,
    ) -> None:
        #: Ways people describe the same work (paraphrases.py), for the word overlap.
        self.paraphrases = paraphrases or Paraphrases()
        self._entries: dict[str, SkillEntry] = {}
        self._names: dict[str, str] = {}
        for entry in entries:
            self._entries[entry.canonical] = entry
            for name in (entry.canonical, *entry.aliases):
                self._names.setdefault(fold_name(name), entry.canonical)
        self._rules = {rule.surface: rule for rule in rules}
        for entry in self._entries.values():
            for name in entry.exact:
                self._rules.setdefault(fold_name(name), ContextRule(fold_name(name), exact=name))
        # One-word names are looked up word by word; the rest ("node.js", "data analysis")
        # go into an Aho-Corasick automaton, which then has few matches inside words.
        self._word_names: dict[str, str] = {}
        self._automaton = ahocorasick.Automaton()
        for name, canonical in self._names.items():
            if WORD.fullmatch(name):
                self._word_names[name] = canonical
            else:
                self._automaton.add_word(name, (len(name), name, canonical))
        self._has_phrases = len(self._automaton) > 0
        if self._has_phrases:
            self._automaton.make_automaton()
        # Product names are written with capitals ("Kubernetes"); lower-case aliases are
        # ordinary words ("filming"), whose near neighbours are ordinary words too.
        typo_names = [
            (fold_name(name), entry.canonical)
            for entry in self._entries.values()
            if entry.typos
            for name in (entry.canonical, *entry.aliases)
            if " " not in name and not name.islower() and fold_name(name) not in self._rules
        ]
        name_words = {w for name in self._names if " " in name for w in name.split()}
        known = {*known_words, *name_words, *(phrase_shares or {})}
        self._typos = TypoMatcher(typo_names, known)
        self._phrases = PhraseFinder(phrase_shares or {})
        self._knowledge = PhraseFinder(
            knowledge_shares or {},
            seed=KNOWLEDGE_SEED,
            extend=KNOWLEDGE_EXTEND,
            single=KNOWLEDGE_SINGLE,
        )
        #: The trained phrase tagger (span_tagger.py); without one, the word lexicons.
        self._tagger = tagger
        self._relations: dict[tuple[str, str], Relation | None] = {}
        self._ancestors: dict[str, dict[str, int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, canonical: str) -> SkillEntry | None:
        return self._entries.get(canonical)

    def lookup(self, name: str) -> str | None:
        """A canonical name for any spelling we know: 'k8s' -> 'Kubernetes'."""
        return self._names.get(fold_name(name))

    def ancestors(self, canonical: str) -> tuple[str, ...]:
        """Every broader skill implied by ``canonical``, nearest first."""
        return tuple(self._lineage(canonical))

    def _lineage(self, canonical: str) -> dict[str, int]:
        """Each ancestor of ``canonical`` with its distance (parents are 1), nearest first."""
        if canonical in self._ancestors:
            return self._ancestors[canonical]
        found: dict[str, int] = {}
        todo = [(p, 1) for p in self._entries[canonical].parents] if canonical in self else []
        while todo:
            parent, distance = todo.pop(0)
            if parent not in found and parent != canonical:
                found[parent] = distance
                entry = self._entries.get(parent)
                if entry:
                    todo.extend((p, distance + 1) for p in entry.parents)
        self._ancestors[canonical] = found
        return found

    def __contains__(self, canonical: object) -> bool:
        return canonical in self._entries

    def relation(self, wanted: str, have: str) -> Relation | None:
        """'same' when ``have`` is ``wanted`` or implies it (Spring Boot implies Java);
        'related' when ``wanted`` implies ``have``, or the two are siblings (MySQL and
        PostgreSQL under SQL, Docker and Kubernetes under Containerization); otherwise
        None."""
        key = (wanted, have)
        if key in self._relations:
            return self._relations[key]
        have_lineage = self._lineage(have)
        found: Relation | None = None
        if wanted == have or wanted in have_lineage:
            found = "same"
        else:
            wanted_lineage = self._lineage(wanted)
            if have in wanted_lineage or any(
                distance + have_lineage.get(ancestor, KIN_DISTANCE) <= KIN_DISTANCE
                for ancestor, distance in wanted_lineage.items()
            ):
                found = "related"
        # Pairs asked about are few (posting skills x CV skills) and asked again and again;
        # the bound only keeps a long-running server from growing without end.
        if len(self._relations) >= _RELATION_MEMO:
            self._relations.clear()
        self._relations[key] = found
        return found

    def find(self, text: str, *, phrases: bool = True) -> list[SkillMention]:
        """Skill mentions in ``text``, sorted by start and never overlapping.

        With ``phrases`` (the default), competence phrases that are no taxonomy entry
        ("work independently") come back too, with ``canonical=None`` and kind "skill",
        and knowledge phrases ("predictive processing") with kind "knowledge".
        """
        if not text:
            return []
        folded = fold_text(text)
        if "@" in text or "/" in text or "www." in text:
            # Blank out web and e-mail addresses: nothing inside one is a skill.
            for start, end in address_spans(text):
                folded = folded[:start] + " " * (end - start) + folded[end:]
        tokens = words(folded)
        strings = [m.group() for m in tokens]
        found = self._scan(folded, tokens, strings)
        hits = self._select(self._confirm(text, folded, found))
        mentions = [self._mention(text, start, end, canonical) for start, end, canonical, _ in hits]
        taken = [(start, end) for start, end, _, _ in hits]
        mentions += self._typo_mentions(text, tokens, strings, taken)
        if phrases:
            mentions = self._with_phrases(text, folded, tokens, strings, mentions)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _with_phrases(
        self,
        text: str,
        folded: str,
        tokens: list[Word],
        strings: list[str],
        mentions: list[SkillMention],
    ) -> list[SkillMention]:
        """``mentions`` plus competence and knowledge phrases."""
        if self._tagger is not None:
            taken = sorted((m.start, m.end) for m in mentions)
            starts = [start for start, _ in taken]
            kept = list(mentions)
            for phrase in self._tagger.find(text, mentions):
                # The names starting before the phrase ends; the last of them is the one
                # that can reach into it (names never overlap one another).
                before = bisect_left(starts, phrase.end)
                if before and taken[before - 1][1] > phrase.start:
                    continue
                kept.append(phrase)
            return kept
        taken = sorted((m.start, m.end) for m in mentions)
        kept = mentions
        finders: tuple[tuple[PhraseFinder, SkillKind], ...] = (
            (self._phrases, "skill"),
            (self._knowledge, "knowledge"),
        )
        for finder, kind in finders:
            if not len(finder):
                continue
            found = finder.find(text, tokens, strings, taken)
            kept += [SkillMention(s, e, text[s:e], None, kind) for s, e in found]
            taken = sorted(taken + found)
        return kept

    def asked(self, text: str) -> list[SkillMention]:
        """What ``text`` asks for, as the trained tagger reads it: skill and knowledge
        phrases ("manage stakeholder expectations", "Python programming"), not every name
        the text holds ("a Java Developer role in healthcare" asks for neither). A phrase
        holding exactly one named entry carries its canonical name. Without a tagger this
        is ``find``."""
        named = self.find(text, phrases=False)
        if self._tagger is None:
            return self.find(text)
        out = []
        for phrase in self._tagger.find(text, named):
            inside = [n for n in named if phrase.start <= n.start and n.end <= phrase.end]
            canonical = inside[0].canonical if len(inside) == 1 else None
            out.append(replace(phrase, canonical=canonical))
        return out

    def _mention(self, text: str, start: int, end: int, canonical: str) -> SkillMention:
        return SkillMention(start, end, text[start:end], canonical, self._entries[canonical].kind)

    def _scan(self, folded: str, tokens: list[Word], strings: list[str]) -> list[_Hit]:
        """Every whole-word occurrence of a known name."""
        names = self._word_names
        found = [(*tokens[i].span(), names[w], w) for i, w in enumerate(strings) if w in names]
        for i in [i for i, w in enumerate(strings) if "'" in w and w not in names]:
            # "Python's": the name is the word before the apostrophe.
            word = strings[i].split("'", 1)[0]
            if word in names:
                start = tokens[i].start()
                found.append((start, start + len(word), names[word], word))
        if self._has_phrases:
            size = len(folded)
            for last, (length, name, canonical) in self._automaton.iter(folded):
                start, end = last - length + 1, last + 1
                if (start and folded[start - 1].isalnum()) or (
                    end < size and folded[end].isalnum()
                ):
                    continue
                found.append((start, end, canonical, name))
        return found

    def _confirm(self, text: str, folded: str, found: list[_Hit]) -> list[_Hit]:
        """Plain matches, plus ambiguous ones whose context rule is satisfied."""
        rules = self._rules
        plain = [hit for hit in found if hit[3] not in rules]
        pending = [
            (hit, rules[hit[3]])
            for hit in found
            if hit[3] in rules and not vetoed(rules[hit[3]], text, folded, hit[0], hit[1])
        ]
        if not pending:
            return plain
        entries = self._entries
        neighbours = Neighbours([(h[0], h[1], entries[h[2]].category) for h in plain])
        accepted: list[_Hit] = []
        # Two rounds, so that one confirmed ambiguous name can confirm another ("R, Go").
        for _ in range(2):
            still: list[tuple[_Hit, ContextRule]] = []
            for hit, rule in pending:
                start, end, canonical, _ = hit
                if rule.exact is None or text[start:end] == rule.exact:
                    ok = confirmed(rule, folded, start, end, neighbours)
                else:
                    ok = listed(folded, start, end, neighbours)
                # "Experience with Snowflake": a capitalised name right after words that
                # introduce a skill is the product, not the ordinary word.
                ok = ok or (text[start].isupper() and introduced(folded, start))
                if ok:
                    accepted.append(hit)
                    neighbours.add((start, end, entries[canonical].category))
                else:
                    still.append((hit, rule))
            if len(still) == len(pending):
                break
            pending = still
        return plain + accepted

    @staticmethod
    def _select(hits: list[_Hit]) -> list[_Hit]:
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        chosen: list[_Hit] = []
        last_end = -1
        for hit in hits:
            if hit[0] >= last_end:
                chosen.append(hit)
                last_end = hit[1]
        return chosen

    def _typo_mentions(
        self, text: str, tokens: list[Word], strings: list[str], taken: list[tuple[int, int]]
    ) -> list[SkillMention]:
        """Misspelt product names among the words no match has taken."""
        if not len(self._typos):
            return []
        found = {}
        for word in set(strings) - self._typos.skip:
            if len(word) >= MIN_LENGTH and (canonical := self._typos.match(word)) is not None:
                found[word] = canonical
        out: list[SkillMention] = []
        for i in [i for i, w in enumerate(strings) if w in found] if found else ():
            start, end = tokens[i].span()
            if not any(a < end and start < b for a, b in taken):
                out.append(self._mention(text, start, end, found[strings[i]]))
        return out
