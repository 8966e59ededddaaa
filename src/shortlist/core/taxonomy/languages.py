"""Human languages and proficiency levels, for CVs ("Spanish (C1)") and postings
("fluent German required").

API: :func:`find_languages` lists the languages a text names, each with the level
written next to it; :func:`canonical_language` maps a spelling to the canonical name
("Farsi" -> "Persian"); :func:`level_rank` puts any level on the CEFR scale so two can be
compared (A1 = 1 ... C2 = 6, native = 7); :func:`required_level` reads the lowest level a
posting line accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "LANGUAGES",
    "LanguageMention",
    "canonical_language",
    "find_languages",
    "level_rank",
    "required_level",
]

#: Canonical name -> other spellings. Names only; a sign language counts as a language.
LANGUAGES: dict[str, tuple[str, ...]] = {
    "English": (), "Spanish": ("Castilian", "Español"), "French": ("Français",),
    "German": ("Deutsch",), "Italian": ("Italiano",), "Portuguese": ("Português",),
    "Dutch": ("Flemish",), "Polish": (), "Russian": (), "Ukrainian": (),
    "Mandarin": ("Mandarin Chinese", "Putonghua"), "Cantonese": (), "Chinese": (),
    "Japanese": (), "Korean": (), "Arabic": (), "Hindi": (), "Urdu": (), "Bengali": ("Bangla",),
    "Punjabi": ("Panjabi",), "Gujarati": (), "Marathi": (), "Tamil": (), "Telugu": (),
    "Malayalam": (), "Kannada": (), "Turkish": (), "Greek": (), "Hebrew": (),
    "Persian": ("Farsi",), "Swedish": (), "Norwegian": (), "Danish": (), "Finnish": (),
    "Icelandic": (), "Czech": (), "Slovak": (), "Slovenian": (), "Hungarian": (),
    "Romanian": (), "Bulgarian": (), "Serbian": (), "Croatian": (), "Bosnian": (),
    "Albanian": (), "Lithuanian": (), "Latvian": (), "Estonian": (), "Catalan": (),
    "Basque": (), "Galician": (), "Welsh": ("Cymraeg",), "Irish": ("Irish Gaelic",),
    "Scottish Gaelic": ("Gaelic",), "Vietnamese": (), "Thai": (), "Indonesian": (),
    "Malay": (), "Tagalog": ("Filipino",), "Swahili": ("Kiswahili",), "Amharic": (),
    "Somali": (), "Yoruba": (), "Igbo": (), "Hausa": (), "Zulu": (), "Xhosa": (),
    "Afrikaans": (), "Nepali": (), "Sinhala": ("Sinhalese",), "Pashto": (), "Kurdish": (),
    "Armenian": (), "Georgian": (), "Kazakh": (), "Uzbek": (), "Latin": (),
    "British Sign Language": ("BSL",), "American Sign Language": ("ASL",),
}  # fmt: skip

# CEFR bands, then the words people use instead of them, on one 1..7 scale. "Fluent" is
# C1 (a CEFR "proficient user"), so a B2 speaker is one level short of a fluent ask.
_LEVEL_RANKS: dict[str, int] = {
    "a1": 1, "a2": 2, "b1": 3, "b2": 4, "c1": 5, "c2": 6,
    "beginner": 1, "basic": 1, "elementary": 2, "pre-intermediate": 2,
    "limited working proficiency": 2, "conversational": 3, "intermediate": 3,
    "working knowledge": 3, "working proficiency": 4, "upper intermediate": 4,
    "upper-intermediate": 4, "good": 4, "business proficiency": 4, "business level": 4,
    "business-level": 4, "professional working proficiency": 4, "professional": 5,
    "advanced": 5, "proficient": 5, "proficiency": 5, "fluent": 5, "fluency": 5,
    "fluently": 5, "excellent": 5, "full professional proficiency": 5, "business fluent": 5,
    "near-native": 6, "near native": 6, "native": 7, "native-level": 7, "native speaker": 7,
    "mother tongue": 7, "first language": 7, "bilingual": 7,
    "native or bilingual proficiency": 7,
}  # fmt: skip
_CEFR = re.compile(r"(?<!\w)[abc][12](?!\d)", re.IGNORECASE)

_ALIASES: dict[str, str] = {}
for _name, _others in LANGUAGES.items():
    for _spelling in (_name, *_others):
        _ALIASES[_spelling.casefold()] = _name


def _alternation(words: list[str]) -> str:
    # Longest first, so "Mandarin Chinese" wins over "Mandarin".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NAME = re.compile(rf"(?<![\w-])(?:{_alternation(list(_ALIASES))})(?![\w-])", re.IGNORECASE)
# "C1-level", "B2+" and "A2, e.g." all hold a level: only letters and digits end one.
_LEVEL = re.compile(rf"(?<![\w-])(?:{_alternation(list(_LEVEL_RANKS))})(?!\w)", re.IGNORECASE)
# Acronyms only count in capitals: "asl" in running text is rarely sign language.
_CASE_SENSITIVE = frozenset({"bsl", "asl"})
_LIST_SEPARATOR = re.compile(r"[,;|/•·]")


@dataclass(frozen=True, slots=True)
class LanguageMention:
    """A language named in a text, its level as written (or None), and offsets."""

    name: str
    level: str | None
    start: int
    end: int


def canonical_language(name: str) -> str | None:
    """'farsi' -> 'Persian'; None when it is not a language we know."""
    return _ALIASES.get(name.strip().casefold())


def level_rank(level: str | None) -> int | None:
    """A level on one scale: 'B2' -> 4, 'fluent' -> 5, 'native' -> 7; None if unknown.

    A CEFR code anywhere in the text wins over words ("fluent (C2)" -> 6).
    """
    if not level:
        return None
    key = re.sub(r"\s+", " ", level.strip().casefold())
    if key in _LEVEL_RANKS:
        return _LEVEL_RANKS[key]
    code = _CEFR.search(key)
    if code:
        return _LEVEL_RANKS[code.group(0)]
    found = _LEVEL.search(key)
    return _LEVEL_RANKS[found.group(0).casefold()] if found else None


def required_level(text: str, language: str | None = None) -> int | None:
    """The lowest level a posting line accepts, on the level_rank scale, or None.

    'Fluent German (C1 or higher)' -> 5, 'Spanish at B2 level or above' -> 4,
    'Conversational French' -> 3. With ``language``, the level written next to that
    language counts first ('Fluent English, conversational French', 'French' -> 3); a
    CEFR code beats a word, and among codes the lowest is what is accepted ('B2-C1').
    """
    names = _names(text)
    start, end = 0, len(text)
    wanted = canonical_language(language) if language else None
    for i, name in enumerate(names):
        if _ALIASES[name.group(0).casefold()] == wanted:
            start = names[i - 1].end() if i else 0
            end = names[i + 1].start() if i + 1 < len(names) else len(text)
            break
    codes = [_LEVEL_RANKS[m.group(0).casefold()] for m in _CEFR.finditer(text, start, end)]
    if codes:
        return min(codes)
    if wanted is not None:
        for mention in find_languages(text):
            if mention.name == wanted and mention.level:
                return level_rank(mention.level)
    # "Fluent Portuguese and English": one level word for every language in the line.
    found = _LEVEL.search(text)
    return _LEVEL_RANKS[found.group(0).casefold()] if found else None


def _names(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in _NAME.finditer(text)
        if m.group(0).casefold() not in _CASE_SENSITIVE or m.group(0).isupper()
    ]


def find_languages(text: str) -> list[LanguageMention]:
    """Languages named in ``text`` with their levels, left to right.

    A level right after a language ("Spanish (C1)", "French - basic") or right before
    it ("fluent Spanish", "native English speaker") belongs to it when no comma or other
    list separator stands between them; a label such as "Fluent:" applies to every
    language after it until the next label.
    """
    names = _names(text)
    if not names:
        return []
    levels = list(_LEVEL.finditer(text))
    out: list[LanguageMention] = []
    label: str | None = None
    used: set[int] = set()
    for i, name in enumerate(names):
        prev_end = names[i - 1].end() if i else 0
        stop = names[i + 1].start() if i + 1 < len(names) else len(text)
        level: str | None = None
        for j, found in enumerate(levels):
            if j in used or found.start() < prev_end or found.start() >= stop:
                continue
            is_label = text[found.end() :].lstrip(" \t").startswith(":")
            if found.start() < name.start():
                if is_label:
                    label = found.group(0)
                elif not _LIST_SEPARATOR.search(text, found.end(), name.start()):
                    level = found.group(0)
                    used.add(j)
            elif level is None and not is_label:
                if not _LIST_SEPARATOR.search(text, name.end(), found.start()):
                    level = found.group(0)
                    used.add(j)
                break
        canonical = _ALIASES[name.group(0).casefold()]
        out.append(LanguageMention(canonical, level or label, name.start(), name.end()))
    return out


def level_label(rank: int) -> str:
    """5 -> 'C1', 7 -> 'native'."""
    return "native" if rank >= 7 else f"{'ABC'[(rank - 1) // 2]}{2 - rank % 2}"
