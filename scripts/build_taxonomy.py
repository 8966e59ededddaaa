"""Build src/shortlist/data/skills.tsv from O*NET Technology Skills plus our curated files.

Run from the repository root:

    .venv/bin/python scripts/build_taxonomy.py [--onet PATH] [--check]

Inputs (see scripts/taxonomy/README.md): the O*NET 28 "Technology Skills" table (CC BY 4.0)
and the hand-written files in scripts/taxonomy/. The output is sorted and depends on nothing
else, so running it twice gives the same bytes; ``--check`` exits 1 when the committed file
differs from a fresh build.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from shortlist.core.taxonomy.normalise import fold_name as fold

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "taxonomy"
OUTPUT = ROOT / "src" / "shortlist" / "data" / "skills.tsv"
CONTEXT = ROOT / "src" / "shortlist" / "data" / "skill_context.tsv"
#: Ordinary words (built by build_skill_lexicon.py from SkillSpan and Disfl-QA).
WORDS = ROOT / "src" / "shortlist" / "data" / "skill_words.tsv"
KNOWN = ROOT / "src" / "shortlist" / "data" / "known_words.txt"
#: Misspellings are looked for only in these categories: product names, not fields or
#: languages, which sit one letter away from ordinary words ("economists", "Russia").
TYPO_CATEGORIES = frozenset(
    {
        "programming languages",
        "web development",
        "mobile development",
        "databases",
        "cloud",
        "devops",
        "software engineering",
        "data and analytics",
        "machine learning",
        "operating systems",
        "networking",
        "security",
        "office",
        "design",
        "erp",
        "project management",
    }
)
#: Words that make an all-ordinary-words name a tool name ("Inventory management software").
TOOL_WORDS = frozenset(
    {
        "software",
        "system",
        "systems",
        "database",
        "databases",
        "tool",
        "tools",
        "program",
        "programs",
        "platform",
        "suite",
        "language",
        "languages",
        "framework",
        "server",
    }
)
DEFAULT_ONET = Path("/work/shared/data/onet/technology_skills.tsv")
COLUMNS = ("canonical", "kind", "category", "aliases", "parents", "typos", "exact")

#: O*NET tools used by this many occupations (or flagged hot) get typo matching.
COMMON_OCCUPATIONS = 12
#: Words an acronym skips and a title-cased brand may keep in lower case.
SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "to", "a", "an", "in", "on", "with", "by", "at", "or"}
)
#: A trailing all-caps word that abbreviates the words before it: "... language SQL".
ACRONYM = re.compile(r"[A-Z][A-Z0-9&/+-]*[A-Z0-9+]")
#: A short abbreviation ("SSP", "CIS"): most stand for several things in different fields.
SHORT_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&]{1,3}")
PARENTHESISED = re.compile(r"(.*\S)\s*\(([^()]+)\)")


@dataclass
class Draft:
    """One taxonomy entry while it is being assembled."""

    canonical: str
    kind: str
    category: str
    curated: bool
    aliases: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    typos: bool = False
    #: Folded aliases written by hand; they win over derived ones and skip the word filter.
    explicit: set[str] = field(default_factory=set)
    #: Derived one-word names that count only as written ("BOB", not "Bob").
    exact: set[str] = field(default_factory=set)


@dataclass
class Tool:
    """What O*NET says about one tool name across all occupations."""

    occupations: set[str] = field(default_factory=set)
    hot: bool = False
    commodities: Counter[str] = field(default_factory=Counter)
    majors: Counter[str] = field(default_factory=Counter)


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file, skipping '#' comment lines."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [s for line in handle if (s := line.split("#", 1)[0].strip())]


def split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_onet(path: Path) -> dict[str, Tool]:
    tools: dict[str, Tool] = defaultdict(Tool)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            tool = tools[row["Example"].strip()]
            tool.occupations.add(row["O*NET-SOC Code"])
            tool.hot = tool.hot or row["Hot Technology"] == "Y"
            tool.commodities[row["Commodity Title"]] += 1
            tool.majors[row["O*NET-SOC Code"][:2]] += 1
    return dict(tools)


def category_of(tool: Tool, mapping: dict[str, str]) -> str:
    commodity = min(tool.commodities, key=lambda c: (-tool.commodities[c], c))
    category = mapping[commodity]
    if category == "*":
        major = min(tool.majors, key=lambda m: (-tool.majors[m], m))
        category = mapping[f"soc:{major}"]
    return category


def _abbreviates(words: list[str], acronym: str) -> bool:
    """Whether ``acronym`` can stand for ``words``: its letters appear in order, starting
    with the first word's initial, and it is not longer than the words allow
    ("Structured query language" SQL, not "Scientific Software Group" SEQUENCE)."""
    significant = [w.lower() for w in words if w.lower() not in SMALL_WORDS]
    letters = [c for c in acronym.lower() if c.isalpha()]
    if len(significant) < 2 or not letters or len(letters) > len(significant) + 1:
        return False
    joined = "".join(significant)
    if letters[0] != joined[0]:
        return False
    position = 0
    for letter in letters:
        position = joined.find(letter, position) + 1
        if position == 0:
            return False
    return True


def derive(name: str, vendors: list[str]) -> tuple[str, list[str]]:
    """A canonical name and aliases for an O*NET tool name.

    "Amazon Web Services AWS software" -> ("Amazon Web Services", ["AWS", ...]);
    "Customer relationship management CRM software" ->
    ("Customer relationship management (CRM) software", ["CRM", ...]).
    """
    aliases = [name]
    base = name
    if match := PARENTHESISED.fullmatch(base):
        base = match[1]
        aliases += [base, match[2]]
    suffix = ""
    if base.endswith(" software") and base != " software":
        base = base[: -len(" software")]
        suffix = " software"
        aliases.append(base)
    words = base.split()
    descriptive = all(w.islower() for w in words[1:]) and not words[0].isupper()
    canonical = base if not descriptive or not suffix else base + suffix
    if match and not suffix:
        canonical = name
    if len(words) >= 3 and ACRONYM.fullmatch(words[-1]) and _abbreviates(words[:-1], words[-1]):
        phrase, acronym = " ".join(words[:-1]), words[-1]
        aliases += [phrase, acronym]
        if descriptive:
            canonical = f"{phrase} ({acronym}){suffix}"
            aliases.append(phrase + suffix)
        else:
            canonical = phrase
    for vendor in vendors:
        if canonical.startswith(vendor + " "):
            rest = canonical[len(vendor) + 1 :]
            aliases.append(rest)
            if vendor == "Microsoft":
                aliases.append("MS " + rest)
            break
    return canonical, [a for a in dict.fromkeys(aliases) if fold(a) != fold(canonical)]


def case_sensitive(name: str) -> bool:
    """Whether a derived one-word name is an identifier to match only as written: an
    acronym or a camel-case brand ("REM", "DeCipher"), which as a plain word means
    something else."""
    return " " not in name and sum(c.isupper() for c in name) >= 2


def matchable(name: str, common: set[str]) -> bool:
    """Whether a derived (not hand-written) name is safe to look for in free text.

    Not when it is an ordinary word ("Lead" from "... Toolbox LEAD"), nor when it is a
    brand made of ordinary words that names no kind of tool ("After the Deadline"); plain
    descriptions made of ordinary words stay ("Fault tree analysis").
    """
    key = fold(name)
    if len(key) < 3 or key.replace(" ", "").isdigit() or key[0].isdigit():
        return False
    words = name.split()
    if len(words) == 1:
        return key not in common
    title = all(w[0].isupper() or w in SMALL_WORDS for w in words if w[0].isalpha())
    ordinary = all(fold(w) in common for w in words)
    return not (title and ordinary and not TOOL_WORDS.intersection(key.split()))


@dataclass
class Sources:
    onet: dict[str, Tool]
    curated: list[dict[str, str]]
    vendors: list[str]
    common: set[str]
    drop: set[str]
    categories: dict[str, str]
    #: Short abbreviations common in other fields ("SSP" is statutory sick pay in payroll).
    ambiguous: set[str]
    #: Generic phrases no entry may have as, or inside, an alias ("hands-on").
    generic: set[str]
    #: Names with a rule in skill_context.tsv, which guards them.
    guarded: set[str]
    #: Verb forms (verb_forms.tsv): each form -> all forms of its verb.
    verbs: dict[str, tuple[str, ...]]

    def derived_ok(self, name: str, tool: Tool) -> bool:
        """Whether a name derived from an O*NET tool is safe to look for: an ordinary
        phrase is not, and a short abbreviation only when the tool is widely used and
        the letters mean nothing else we know of."""
        if not matchable(name, self.common) or generic_inside(name, self.generic):
            return False
        if not SHORT_ABBREVIATION.fullmatch(name):
            return True
        widely_used = tool.hot or len(tool.occupations) >= COMMON_OCCUPATIONS
        return widely_used and fold(name) not in self.ambiguous


def generic_inside(name: str, generic: set[str]) -> bool:
    """Whether a generic phrase ("hands on") is the name or a run of its words."""
    padded = f" {fold(name)} "
    return any(f" {phrase} " in padded for phrase in generic)


def ordinary_words(vendors: list[str]) -> set[str]:
    """Words too ordinary to be a name on their own: our list plus words seen in postings,
    less vendor names ("oracle", "google"), which make a name distinctive."""
    seen = {row["word"] for row in read_rows(WORDS)} | set(read_lines(KNOWN))
    vendor_words = {w for v in vendors for w in fold(v).split()}
    return {fold(w) for w in read_lines(CURATED / "common_words.txt")} | (seen - vendor_words)


def load_sources(onet_path: Path) -> Sources:
    curated: list[dict[str, str]] = []
    for path in sorted(CURATED.glob("curated_*.tsv")):
        curated += read_rows(path)
    vendors = sorted(read_lines(CURATED / "onet_vendors.txt"), key=lambda v: (-len(v), v))
    categories = {r["key"]: r["category"] for r in read_rows(CURATED / "onet_categories.tsv")}
    return Sources(
        onet=read_onet(onet_path),
        curated=curated,
        vendors=vendors,
        common=ordinary_words(vendors),
        drop=set(read_lines(CURATED / "onet_drop.txt")),
        categories=categories,
        ambiguous={fold(a) for a in read_lines(CURATED / "ambiguous_abbreviations.txt")},
        generic={fold(p) for p in read_lines(CURATED / "generic_phrases.txt")},
        guarded={fold(r["surface"]) for r in read_rows(CONTEXT)},
        verbs=read_verbs(CURATED / "verb_forms.tsv"),
    )


#: Words that, after a verb's -ing form, make it a noun phrase ("planning skills").
_NOUN_HEADS = frozenset(
    "skills skill abilities ability style mindset agility leadership conversations".split()
)


def read_verbs(path: Path) -> dict[str, tuple[str, ...]]:
    """Each form of each verb in verb_forms.tsv -> all the verb's forms."""
    verbs: dict[str, tuple[str, ...]] = {}
    for row in read_rows(path):
        forms = (row["base"], row["third"], *row["past"].split("/"), row["ing"])
        for form in forms:
            verbs[form] = forms
    return verbs


def inflected(names: list[str], verbs: dict[str, tuple[str, ...]]) -> list[str]:
    """The names that start with a known verb, in its other forms: "managing a team" ->
    "manage a team", "manages a team", "managed a team". One-word names are left alone
    ("present" alone is no competence)."""
    out: list[str] = []
    for name in names:
        first, _, rest = name.lower().partition(" ")
        forms = verbs.get(first, ())
        # A past form first is more often an adjective ("thought leadership"), and a
        # noun after an -ing word makes a noun phrase ("coaching style").
        if not rest or first in forms[2:-1] or rest.split()[0] in _NOUN_HEADS:
            continue
        out += [f"{form} {rest}" for form in forms if form != first]
    return out


def curated_drafts(src: Sources) -> tuple[dict[str, Draft], dict[str, str], dict[str, str]]:
    """Entries from the curated files, which O*NET names each one absorbs, and which
    O*NET names become entries under it (its ``children``)."""
    drafts: dict[str, Draft] = {}
    absorbed: dict[str, str] = {}
    children: dict[str, str] = {}
    errors: list[str] = []
    for row in src.curated:
        canonical = row["canonical"].strip()
        if fold(canonical) in drafts:
            raise SystemExit(f"curated twice: {canonical}")
        category = row["category"].strip()
        kind = "skill" if category == "competence" else "knowledge"
        aliases = split(row["aliases"])
        tensed = [
            a
            for a in inflected([canonical, *aliases], src.verbs)
            if kind == "skill"
            if not generic_inside(a, src.generic)
        ]
        draft = Draft(
            canonical,
            kind,
            category,
            True,
            aliases + tensed,
            split(row["parents"]),
            typos=category in TYPO_CATEGORIES,
            explicit={fold(a) for a in aliases},
        )
        errors += [
            f"{canonical}: alias {a!r} is a generic phrase or an ambiguous abbreviation "
            "with no rule in skill_context.tsv"
            for a in aliases
            if generic_inside(a, src.generic)
            or (fold(a) in src.ambiguous and fold(a) not in src.guarded)
        ]
        for name in split(row["onet"]):
            if name not in src.onet or name in absorbed:
                errors.append(f"{canonical}: {name!r} unknown or absorbed twice")
                continue
            absorbed[name] = canonical
            tool = src.onet[name]
            derived = [a for a in (name, *derive(name, src.vendors)[1]) if src.derived_ok(a, tool)]
            draft.aliases += derived
            draft.exact.update(a for a in derived if case_sensitive(a))
        for name in split(row.get("children")):
            # A product of this kind, kept apart: it implies this entry, not its siblings.
            if name not in src.onet:
                errors.append(f"{canonical}: child {name!r} unknown")
            else:
                children[name] = canonical
        drafts[fold(canonical)] = draft
    if errors:
        raise SystemExit("\n".join(errors))
    return drafts, absorbed, children


def onet_drafts(
    src: Sources, drafts: dict[str, Draft], absorbed: dict[str, str], children: dict[str, str]
) -> None:
    """Add every O*NET tool not absorbed by a curated entry, nor dropped."""
    for name in sorted(src.onet):
        if name in absorbed or name in src.drop:
            continue
        tool = src.onet[name]
        canonical, aliases = derive(name, src.vendors)
        if not matchable(canonical, src.common) or generic_inside(canonical, src.generic):
            continue
        key = fold(canonical)
        if key in drafts:
            added = [a for a in (name, *aliases) if src.derived_ok(a, tool)]
            drafts[key].aliases += added
            drafts[key].exact.update(a for a in added if case_sensitive(a))
            continue
        category = category_of(tool, src.categories)
        common = tool.hot or len(tool.occupations) >= COMMON_OCCUPATIONS
        kept = [a for a in aliases if src.derived_ok(a, tool)]
        parent = children.get(name)
        drafts[key] = Draft(
            canonical,
            "knowledge",
            drafts[fold(parent)].category if parent else category,
            False,
            kept,
            [parent] if parent else [],
            typos=common and category in TYPO_CATEGORIES,
            exact={a for a in (canonical, *kept) if case_sensitive(a)},
        )


def resolve_aliases(drafts: dict[str, Draft]) -> None:
    """Give each spelling to one entry: its own canonical, else a curated owner, else none."""
    owners: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts.values():
        for alias in dict.fromkeys(draft.aliases):
            owners[fold(alias)].append(draft)
    errors: list[str] = []
    for key, claimants in owners.items():
        claimants = list({id(d): d for d in claimants}.values())
        explicit = [d for d in claimants if key in d.explicit]
        if len(explicit) > 1:
            errors.append(f"alias {key!r} written for: {[d.canonical for d in explicit]}")
        if key in drafts:
            keep = None
        elif explicit:
            keep = explicit[0]
        else:
            keep = claimants[0] if len(claimants) == 1 else None
        for draft in claimants:
            if draft is not keep:
                draft.aliases = [a for a in draft.aliases if fold(a) != key]
    if errors:
        raise SystemExit("\n".join(errors))
    for draft in drafts.values():
        seen: dict[str, str] = {}
        for alias in draft.aliases:
            seen.setdefault(fold(alias), alias)
        seen.pop(fold(draft.canonical), None)
        draft.aliases = sorted(seen.values(), key=lambda a: (fold(a), a))
        names = {draft.canonical, *draft.aliases}
        own = {fold(draft.canonical)} if draft.curated else set()
        draft.exact = {a for a in draft.exact if a in names and fold(a) not in draft.explicit | own}


def add_prefix_parents(drafts: dict[str, Draft], vendors: list[str]) -> None:
    """An O*NET product inside a family we know implies it: 'Microsoft Dynamics GP' ->
    'Microsoft Dynamics'."""
    vendor_keys = {fold(v) for v in vendors}
    for draft in drafts.values():
        if draft.curated or draft.parents:
            continue
        words = draft.canonical.split()
        for cut in range(len(words) - 1, 1, -1):
            key = fold(" ".join(words[:cut]))
            if key in drafts and key not in vendor_keys and drafts[key] is not draft:
                draft.parents = [drafts[key].canonical]
                break


def check(drafts: dict[str, Draft]) -> None:
    for draft in drafts.values():
        for parent in draft.parents:
            if fold(parent) not in drafts:
                raise SystemExit(f"{draft.canonical}: unknown parent {parent!r}")
            draft.parents[draft.parents.index(parent)] = drafts[fold(parent)].canonical
    names = {fold(a) for d in drafts.values() for a in (d.canonical, *d.aliases)}
    for row in read_rows(CONTEXT):
        if not row["surface"].startswith("@") and fold(row["surface"]) not in names:
            raise SystemExit(f"skill_context.tsv: {row['surface']!r} is not a taxonomy name")


def build(onet_path: Path) -> str:
    """The whole skills.tsv text."""
    src = load_sources(onet_path)
    drafts, absorbed, children = curated_drafts(src)
    onet_drafts(src, drafts, absorbed, children)
    resolve_aliases(drafts)
    add_prefix_parents(drafts, src.vendors)
    check(drafts)
    lines = ["\t".join(COLUMNS)]
    for draft in sorted(drafts.values(), key=lambda d: (fold(d.canonical), d.canonical)):
        lines.append(
            "\t".join(
                (
                    draft.canonical,
                    draft.kind,
                    draft.category,
                    "|".join(draft.aliases),
                    "|".join(draft.parents),
                    "y" if draft.typos else "",
                    "|".join(sorted(draft.exact)),
                )
            )
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--onet", type=Path, default=DEFAULT_ONET)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = build(args.onet)
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("skills.tsv is up to date" if same else "skills.tsv differs from a fresh build")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {text.count(chr(10)) - 1} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
