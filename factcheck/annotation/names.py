"""Names that are not in the entity table: finding them in a text, and spelling
each one one way across documents.

A capitalised word is a name only when it looks like one: a product code, a
CamelCase or all-caps name, a capitalised word inside an English or Dutch sentence,
or (in German, which capitalises every noun) a word before a legal form ("Siemens
Energy AG"). Function words, demonyms, headline words, months, weekdays, periods
("Q4") and tickers after an exchange ("NASDAQ: TSLA") are not; the lists are language
data (`factcheck/lexicon/subjects.yaml`). Names not in the table ("Trainium",
"Trainium2", "OpenAI's") are matched across documents with rapidfuzz, so a report, a
check and the claims store each spell an unknown name one way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import dropwhile

from rapidfuzz import fuzz, process

from factcheck.annotation.demonyms import demonyms_for
from factcheck.annotation.han_names import transliterated_names
from factcheck.annotation.roles import person_titles
from factcheck.extraction.notclaims import exchange_label, is_ticker
from factcheck.extraction.patterns import alternation
from factcheck.extraction.sentences import abbreviations
from factcheck.extraction.weekdays import weekday_numbers
from factcheck.lexicon import by_language, load_table, words
from factcheck.models import Subject

DIGITS = re.compile(r"\d+")
BRACKETED_TICKER = re.compile(r"\([A-Z]{1,5}\)")  # "Tesla (TSLA)", "Alphabet (GOOGL)"
NAME_PARTS = re.compile(r"[-\s]+")  # "DeepSeek-V3", "SU7 Max"
# The capital first, then the look back at the character before it: the scan skips
# to capitals instead of testing the look-behind at every position.
LATIN = r"0-9A-Za-z_\u00c0-\u024f"
UNKNOWN_NAME = re.compile(  # not before a Chinese scale: "Con448亿美元" is a figure
    rf"[A-Z](?<![{LATIN}-][A-Z])[a-z]*[A-Z0-9][{LATIN}&]*(?:-[A-Z0-9][{LATIN}]*)*"
    rf"(?![{LATIN}万萬亿億-])"
)
# Lower-case letters with accents belong to names ("Les Républicains", "Nestlé").
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u0218-\u021b"  # "Nicușor", "Wałęsa"
# A name may follow a dash written "--" ("(Jiji Press)--Toyota"), and take particles
# between its words ("Eduardo del Castillo").
LATIN_CAPITALISED = (
    rf"[A-Z](?:(?<![{LATIN}-][A-Z])|(?<=--[A-Z]))[{LOWER}]{{2,}}"
    rf"(?:(?:[ -]|(?: (?:{{particles}}))+ )[A-Z][{LOWER}]+)*(?![{LATIN}-])"
)
GERMAN_CAPITALISED = r"[A-ZÄÖÜ][\w&.-]*"
GERMAN_NAME = r"[A-ZÄÖÜ][\w&]*(?:[.-][\w&]+)*"  # no dot or dash at its end: "NVidia."
HAN_QUOTED = r"\s*[“「『\"]([\u4e00-\u9fff]{1,8})[”」』\"]"  # 台风“格美”: a quoted name
ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])([\w.]+)\.[ \t]+$")  # "Sen. |Bato"
ABBREVIATION_REACH = 12
OPENERS = frozenset(".!?:\n•·▪◦‣")  # a bullet opens an item as a stop opens a sentence
LOWER_NEXT = re.compile(rf" [{LOWER}]")  # a verb after a name: "Prabowo Subianto ging"
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # "Starke", "Neuen", "Hoher": no first name
NAME_END = rf"(?=[ \t]+[{LOWER}\d]|[ \t]*[,.;:!?)“”\"']|[ \t]*$)"  # a verb, figure or stop after it
_WORD_ENDS = re.compile(r"[^ -]+")
POSSESSIVE = re.compile(r"['’]s(?![A-Za-z])")
HEADING_DASH = re.compile(r"[ \t]+[-–—][ \t]+(?=[A-Z0-9])")  # "Core Views - In 2024"
HEADING_LEAD = re.compile(r"(?:^|[\n\]•*-])[ \t]*(?:(?:[A-Z][\w&'’-]*|and|&|by|of|for)[ \t]+)*$")
HEADING_REACH = 40
# a key figure's label ends in a colon before its figure: ": RMB 365.9", ": 20.9%"
FIGURE_LABEL_END = re.compile(r"[ \t]*:[ \t]*(?:[A-Z]{1,3}\$?|[$€£¥])?[ \t]?[+\-]?\d")
ITEM_OPENS = re.compile(r"(?:\s[-–—•]|\[\d{1,3}\])[ \t]+$")  # a run-on item's dash or marker
ITEM_MARK = 8
QUOTES = frozenset("\"“„'‘")
OPENING_QUOTE = "[" + re.escape("".join(sorted(QUOTES | set("«»‚")))) + "]"  # "Hurrikan «Otis»"
DESCRIPTOR_REACH = 30  # "Tropical Cyclone “…”": the longest name descriptor and its quote
QUOTED_TERM_END = re.compile(r"[\"”'’](?![\w’'])")  # '"Buy" rating'


class NameFinder:
    """Finds one language's unknown names; built once per language and acronym list."""

    def __init__(self, lang: str, acronyms: frozenset[str]) -> None:
        table = load_table("subjects")
        months = (
            m for row in load_table("months").values() for m in words(row, lang) + words(row, "en")
        )
        listed = [*by_language(table["not_names"], lang), *weekday_numbers(lang)]
        listed += [*_unit_names(lang), *table["legal_forms"], *table["measure_words"]]
        listed += demonyms_for(lang).countries  # "The Swiss company's sales": no "Swiss"
        self.lang = lang
        self.acronyms = acronyms
        self.not_names = frozenset(w.lower() for w in [*listed, *months])
        self.not_pattern = re.compile("|".join(table["not_name_patterns"]))
        common = (w.lower() for w in by_language(table["common_possessors"], lang))
        self.not_possessors = self.not_names | frozenset(common)
        self.exchange_label = re.compile(exchange_label())  # "(NASDAQ: AAPL)"
        links = by_language(table["place_name_links"], lang)
        self.titles = frozenset(w.lower() for w in by_language(table["place_titles"], lang))
        people = person_titles(lang)
        self.person_title = re.compile(
            rf"(?:{alternation(people)})[ \t]+" if people else "(?!)", re.I
        )
        # German capitalises every noun, so a person's name shows only after a title
        # ("die linke Kandidatin Jeannette Jara"), to a lower-case word or a stop.
        particles = alternation(by_language(table["name_particles"], lang) or ["(?!)"])
        self.capitalised = re.compile(LATIN_CAPITALISED.replace("{particles}", particles))
        nickname = rf"[ \t]+[„“\"»«]{GERMAN_NAME}[“”\"«»]"  # Jorge „Tuto“ Quiroga
        between = rf"[ \t]+(?:(?:{particles})[ \t]+)*"  # Eduardo del Castillo
        person = rf"({GERMAN_NAME}(?:{nickname})?(?:{between}{GERMAN_NAME}){{0,2}})"
        titled = rf"(?<![\w-])(?:{alternation(people)})[ \t]+{person}"
        self.titled = re.compile(rf"{titled}{NAME_END}" if lang == "de" and people else "(?!)")
        run = rf"(?<![\w-]){GERMAN_NAME}(?:[ \t]+{GERMAN_NAME}){{1,2}}"
        self.german_run = re.compile(run if lang == "de" else "(?!)")
        self.not_linked = self.not_names | self.titles
        self.place_link = re.compile(
            rf"(?<![{LATIN}])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,3}}) (?:{alternation(links)}) $"
            if links
            else "(?!)"
        )
        self.link_between = re.compile(rf" (?:{alternation(links)}) " if links else "(?!)")
        legal = alternation(table["legal_forms"])
        self.legal = re.compile(
            rf"(?<![\w-])({GERMAN_CAPITALISED}(?: {GERMAN_CAPITALISED}){{0,2}}) {legal}"
        )
        parties = by_language(table["party_compounds"], lang)  # "Fortschrittspartei"
        heads = rf"[A-ZÄÖÜ][a-zäöüß]{{3,}}(?:{alternation(parties, word_edges=False)})"
        self.party = re.compile(rf"(?<![\w-]){heads}(?![\w-])" if parties else "(?!)")
        descriptors = by_language(table.get("name_descriptors"), lang)
        name = (
            HAN_QUOTED
            if lang == "zh"
            else rf"[ \t]+{OPENING_QUOTE}?(?-i:({GERMAN_NAME}(?: [A-Z][A-Z0-9]+(?![\w-]))?))"
        )
        edge = "" if lang == "zh" else r"(?![\w-])"
        said = alternation(descriptors, word_edges=False) if descriptors else None
        self.described = re.compile(rf"(?i:{said}){edge}{name}" if said else "(?!)")
        kinds = by_language(table.get("name_descriptors_after"), lang)
        self.described_before = re.compile(
            rf"{HAN_QUOTED}(?:{alternation(kinds, word_edges=False)})" if kinds else "(?!)"
        )
        self.quoted_after = re.compile(
            rf"(?i:{said}){edge}[ \t]*{OPENING_QUOTE}$" if said else "(?!)"
        )

    def name_before(self, text: str, place_start: int) -> int | None:
        """Where a name that a place ends begins ("Alternative for |Germany", "Bank of
        |England"), or None: capitalised words and a `place_name_links` word right
        before the place, not all of them words that are no names ("President of")."""
        found = self.place_link.search(text, max(0, place_start - 60), place_start)
        if found is None:
            return None
        words = found.group(1).split(" ")
        kept = list(dropwhile(lambda w: w.lower() in self.not_linked, words))
        return found.end(1) - len(" ".join(kept)) if kept else None

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each unknown name in text[start:end], in no particular order."""
        found = [m.span() for m in UNKNOWN_NAME.finditer(text, start, end)]
        if self.lang not in ("en", "nl"):
            found += [m.span(1) for m in self.legal.finditer(text, start, end)]
            found += self._described(text, start, end) + self._persons(text, start, end)
            found += [m.span() for m in self.party.finditer(text, start, end)]
            return [span for span in (self._trimmed(text, lo, hi) for lo, hi in found) if span]
        runs = [m.span() for m in self.capitalised.finditer(text, start, end)]
        found += [span for span in runs if not self._starts_sentence(text, span[0])]
        names = [span for span in (self._trimmed(text, lo, hi) for lo, hi in found) if span]
        openers = [span for span in runs if self._starts_sentence(text, span[0])]
        return self._linked(text, names + self._opening_names(text, openers, names))

    def _starts_sentence(self, text: str, start: int) -> bool:
        """Whether a capitalised word opens its sentence or an item (`_opens`), but not
        after an abbreviation's full stop ("Sen. Bato dela Rosa")."""
        if not _opens(text, start):
            return False
        word = ABBREVIATION_BEFORE.search(text, max(0, start - ABBREVIATION_REACH), start)
        return word is None or word.group(1).lower() not in abbreviations(self.lang)

    def _described(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Names after a noun that says what they are ("das KI-Unternehmen Mistral AI"),
        or quoted before one ("“在一起”政党联盟"), and their first words wherever else
        the text writes them ("von Mistral")."""
        spans = [m.span(1) for m in self.described.finditer(text, start, end)]
        spans += [m.span(1) for m in self.described_before.finditer(text, start, end)]
        names = {text[lo:hi] for lo, hi in spans if text[lo:hi].lower() not in self.not_names}
        heads = {name.split(" ")[0] for name in names} - names
        if not names:
            return []
        again = re.compile(rf"(?<![\w-])(?:{alternation(names | heads)})(?![\w]|-[^A-ZÄÖÜ])")
        return [m.span() for m in again.finditer(text, start, end)]

    def _persons(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """German names of people: after a person's title ("die linke Kandidatin
        Jeannette Jara"), or two or three capitalised words opening a sentence before a
        lower-case word, the first no adjective ("José Antonio Kast sicherte", not
        "Starke Regenfälle haben"); and wherever else the text writes them or their
        last word ("Kast, der 2016 die UDI verließ"). Chinese ones are transliterated."""
        if self.lang == "zh":
            return transliterated_names(text, start, end)
        names = {m.group(1) for m in self.titled.finditer(text, start, end)}
        for run in self.german_run.finditer(text, start, end):
            lo, hi = run.span()
            adjective = run.group().endswith(ADJECTIVE_ENDINGS, 0, run.group().find(" "))
            kind = self.described.match(text, lo) or self.titled.match(text, lo)  # "Hurrikan Beryl"
            if _opens(text, lo) and LOWER_NEXT.match(text, hi) and not (adjective or kind):
                names.add(run.group())
        names = {n for n in names if not any(w.lower() in self.not_linked for w in n.split())}
        if not names:
            return []
        lasts = {name.rsplit(" ", 1)[-1] for name in names}
        again = re.compile(rf"(?<![\w-])(?:{alternation(names | lasts)})(?![\w-])")
        return [m.span() for m in again.finditer(text, start, end)]

    def _linked(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names joined by a `place_name_links` word are one ("Bank of England"), but not
        a title's, nor a party and its leader ("the Progress Party of Sylvi Listhaug")."""
        joined: list[tuple[int, int]] = []
        for lo, hi in sorted(set(spans)):
            name = text[joined[-1][0] : joined[-1][1]] if joined else ""
            titled = all(word in self.titles for word in name.lower().split(" "))
            titled = titled or party_short_name(name) is not None
            if joined and not titled and self.link_between.fullmatch(text, joined[-1][1], lo):
                joined[-1] = (joined[-1][0], hi)
            else:
                joined.append((lo, hi))
        return joined

    def _opening_names(
        self, text: str, openers: list[tuple[int, int]], names: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Capitalised words that open a sentence and are names all the same: those after
        an opening function word ("The Conservatives won 121 seats"); in English, a word
        with a possessive ("Toyota's") unless a common one ("Today's"); and the words
        the text also writes so as a name elsewhere ("Toyota earned" inside a sentence,
        "Labour's" opening one: "Labour has won 412 seats"), the longest such words."""
        after_article = [span for span in (self._after_article(text, *o) for o in openers) if span]
        possessed = [(lo, hi) for lo, hi in openers if self._possessive_opener(text, lo, hi)]
        full = [span for span in openers if self._full_name(text, *span)]
        named = {text[lo:hi] for lo, hi in (*possessed, *after_article, *full, *names)}
        named |= {short for name in named if (short := party_short_name(name))}  # "Progress"
        found = [*after_article, *full]
        for lo, hi in openers:
            ends = [m.end() for m in _WORD_ENDS.finditer(text, lo, hi)]
            end = next((e for e in reversed(ends) if text[lo:e] in named), None)
            if end is not None:
                found.append((lo, end))
        return found

    def _full_name(self, text: str, lo: int, hi: int) -> bool:
        """Two or three capitalised words opening a sentence before a lower-case word,
        none of them a word that is no name or a place's title: a person's full name
        ("Prabowo Subianto ging … aan de leiding"), not a heading."""
        words = text[lo:hi].split(" ")
        if not 2 <= len(words) <= 3 or any(w.lower() in self.not_linked for w in words):
            return False  # a word that is no name, or a place's title ("Kerr County")
        return LOWER_NEXT.match(text, hi) is not None and not _heading(text, lo, hi)

    def _after_article(self, text: str, lo: int, hi: int) -> tuple[int, int] | None:
        """The words after an opening function word: "World Health Organization" of
        "The World Health Organization", though "World" alone is no name."""
        head, space, _ = text[lo:hi].partition(" ")
        if not space or head.lower() not in self.not_names:
            return None
        lo += len(head) + 1
        rest = text[lo:hi]
        if self._not_a_name(text, lo, rest) or all(
            word.lower() in self.not_names for word in rest.split(" ")
        ):
            return None  # "Total Net Sales": no word of it a name
        return lo, hi

    def _possessive_opener(self, text: str, lo: int, hi: int) -> bool:
        return (
            self.lang == "en"
            and " " not in text[lo:hi]
            and POSSESSIVE.match(text, hi) is not None
            and text[lo:hi].lower() not in self.not_possessors
        )

    def _trimmed(self, text: str, lo: int, hi: int) -> tuple[int, int] | None:
        """The name without leading non-name words ("The Central Election Commission")
        and titles ("Prime Minister Petr Fiala"), or None when nothing of it is a name."""
        while True:
            name = text[lo:hi]
            head, _, rest = name.partition(" ")
            title = self.person_title.match(name)
            if title and title.end() < len(name):  # "Prime Minister Petr Fiala"
                lo += title.end()
            elif not rest or head.lower() not in self.not_names:
                break
            else:
                lo += len(head) + 1
        if self._not_a_name(text, lo, text[lo:hi]):
            return None
        return lo, hi

    def _not_a_name(self, text: str, lo: int, name: str) -> bool:
        if name.lower() in self.not_names or self.not_pattern.fullmatch(name):
            return True
        quoted = self.lang != "zh" and _quoted_term(text, lo, lo + len(name))  # 台风“格美”
        quoted = quoted and not self.quoted_after.search(text, max(0, lo - DESCRIPTOR_REACH), lo)
        if _heading(text, lo, lo + len(name)) or quoted:
            return True
        if "-" in name and all(part.lower() in self.not_names for part in name.split("-")):
            return True  # "July-September", "Januar-März": a span of months
        if any(part in self.acronyms for part in name.split("-")):
            return True
        if self.exchange_label.match(text, lo) or text[lo - 1 : lo] == "$":
            return True
        if BRACKETED_TICKER.fullmatch(text, max(0, lo - 1), lo + len(name) + 1):
            return True  # "Tesla (TSLA) delivered": the company's ticker
        return is_ticker(text, lo)


def _heading(text: str, lo: int, hi: int) -> bool:
    """A section's heading in a summary, not a name: "[5] Core Views - In 2024, BYD
    achieved …", "[6] Sales and Pricing - The average …": capitalised words from the
    start of a line, item or bracketed reference to a dash; or a key figure's label
    of two words or more, to a colon and its figure ("• Gross Profit Margin: 20.9%")."""
    lead = HEADING_LEAD.search(text, max(0, lo - HEADING_REACH), lo)
    if lead is None:
        return False
    if HEADING_DASH.match(text, hi):
        return True
    label = text[lead.start() : hi].strip(" \t\n]•*-")
    return " " in label and FIGURE_LABEL_END.match(text, hi) is not None


def _quoted_term(text: str, lo: int, hi: int) -> bool:
    """A word in quotes that names a term, not a company: 'maintains a "Buy" rating'.
    A name an article quotes once and then writes plainly ("„Stargate“ … das
    Stargate-Projekt") stays a name; a listed one is no unknown name."""
    if " " in text[lo:hi] or text[lo - 1 : lo] not in QUOTES:
        return False
    if QUOTED_TERM_END.match(text, hi) is None:
        return False
    word = re.compile(rf"(?<![\w\"“„'‘]){re.escape(text[lo:hi])}(?![\w\"”“'’])")
    return word.search(text) is None


def _unit_names(lang: str) -> list[str]:
    """Physical units' symbols and words ("GW", "Gigawatts"): a capitalised unit
    is what a figure measures, never who it is about."""
    rows = load_table("units")["physical"]
    found = [
        str(word)
        for row in rows
        for word in (*row.get("symbols", []), *words(row, lang), *words(row, "en"))
    ]
    return [w for w in found if len(w) > 1] + [w + "s" for row in rows for w in words(row, lang)]


@cache
def name_finder(lang: str, acronyms: frozenset[str]) -> NameFinder:
    return NameFinder(lang, acronyms)


def party_short_name(name: str) -> str | None:
    """ "Progress" of "Progress Party" (`party_name_ends`), else None."""
    head, _, end = name.rpartition(" ")
    return head if head and end in load_table("subjects")["party_name_ends"] else None


def unlisted_kind(name: str) -> str:
    """An unlisted name headed by a word of places (`unlisted_place_heads`: "Travis
    County", "Provincie Luik") is a place; any other is of no known kind."""
    first, last = _place_heads()
    words = name.split()
    headed = len(words) > 1 and (words[0] in first or words[-1] in last)
    return "place" if headed else "unknown"


@cache
def _place_heads() -> tuple[frozenset[str], frozenset[str]]:
    heads = load_table("subjects")["unlisted_place_heads"]
    return frozenset(heads["first"]), frozenset(heads["last"])


def _opens(text: str, start: int) -> bool:
    """Whether a capitalised word opens its sentence, or an item of a list run on in
    one line ("… year-on-year [1] - Despite fierce competition", "[6][7] Summary by
    Sections"): then it is capitalised anyway."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"“‘'(")
    if not before or before[-1] in OPENERS:
        return True
    return ITEM_OPENS.search(text, max(0, start - ITEM_MARK), start) is not None


def written_alike(name: str) -> bool:
    """A product code, a CamelCase or an all-caps name is written alike in every
    language ("TerraMind", "CDA", "H100"); a name of plain words may be translated
    ("Conservatives", "Conservatieve Partij")."""
    return UNKNOWN_NAME.fullmatch(name) is not None


def name_similarity(a: str, b: str, **_: object) -> float:
    """rapidfuzz's token-sort ratio of the names without a legal form or a trailing "AI"
    ("Mistral AI" is Mistral, "Toyota Motor Corp" Toyota Motor), but names with
    different numbers never match: H100 is not H200, MAI-1 is not MAI-2, Trainium is
    not Trainium2."""
    if DIGITS.findall(a) != DIGITS.findall(b):
        return 0.0
    return fuzz.token_sort_ratio(_without_suffix(a), _without_suffix(b))


def _without_suffix(name: str) -> str:
    words = name.split(" ")
    while len(words) > 1 and words[-1] in _name_suffixes():
        words.pop()
    return " ".join(words)


@cache
def _name_suffixes() -> frozenset[str]:
    """Words that end a company's name without telling it apart (`name_suffixes`)."""
    table = load_table("subjects")
    return frozenset([*table["legal_forms"], *table["name_suffixes"]])


class NameResolver:
    """Matches unknown names across documents: the first spelling seen becomes the
    canonical one, and later names within the threshold map onto it; a model's short
    name maps onto the one canonical name that ends in it (`_last_part`)."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.canonical: list[str] = []
        self._cache: dict[str, str] = {}
        self._by_last: dict[str, list[str]] | None = None  # built on first need

    def resolve(self, name: str) -> str:
        if name in self._cache:
            return self._cache[name]
        best = process.extractOne(
            name, self.canonical, scorer=name_similarity, score_cutoff=self.threshold
        )
        result = best[0] if best else self._longer(name) or name
        if result == name and best is None:
            self.canonical.append(name)
            if self._by_last is not None:
                _index_last_part(self._by_last, name)
        self._cache[name] = result
        return result

    def _longer(self, name: str) -> str | None:
        if self._by_last is None:
            self._by_last = {}
            for known in self.canonical:
                _index_last_part(self._by_last, known)
        found = self._by_last.get(name, [])
        return found[0] if len(found) == 1 else None


def _last_part(name: str) -> str | None:
    """The last of a name's two or more parts when it has a digit, a model's
    generation ("V3" of "DeepSeek-V3"), else None."""
    parts = NAME_PARTS.split(name)
    return parts[-1] if len(parts) > 1 and any(c.isdigit() for c in parts[-1]) else None


def is_short_name(short: str, name: str) -> bool:
    """Whether `short` is `name`'s model generation: "V3" of "DeepSeek-V3"."""
    return _last_part(name) == short


def _index_last_part(index: dict[str, list[str]], name: str) -> None:
    last = _last_part(name)
    if last is not None:
        index.setdefault(last, []).append(name)


def unify_names(subjects: Iterable[Subject | None], threshold: float) -> dict[Subject, Subject]:
    """Map every spelling of an unknown name to one canonical spelling, for each subject.

    Names are clustered in sorted order, so the mapping does not depend on the
    order the documents came in; joint subjects are mapped member by member.
    """
    distinct = {s for s in subjects if s}
    resolver = NameResolver(threshold)
    canonical = {name: resolver.resolve(name) for name in sorted({n for s in distinct for n in s})}
    longer = _longer_names(set(canonical.values()))
    canonical = {name: longer.get(spelled, spelled) for name, spelled in canonical.items()}
    return {s: respelled(s, canonical) for s in distinct}


def _longer_names(names: set[str]) -> dict[str, str]:
    """A model's short name to the one longer name that ends in it ("V3" to
    "DeepSeek-V3"); a short name that two longer ones end in stays as it is."""
    index: dict[str, list[str]] = {}
    for name in sorted(names):
        _index_last_part(index, name)
    return {last: found[0] for last, found in index.items() if last in names and len(found) == 1}


def respelled(subject: Subject, spelling: Mapping[str, str] | NameResolver) -> Subject:
    """The subject with each member spelled canonically (members that become one
    name are kept once)."""
    spell = spelling.resolve if isinstance(spelling, NameResolver) else spelling.__getitem__
    return Subject(dict.fromkeys(spell(name) for name in subject))


def names_of(subjects: Iterable[Subject]) -> tuple[str, ...]:
    """The distinct member names of some subjects, sorted."""
    return tuple(sorted({name for subject in subjects for name in subject}))
