"""Time: dates and times are not quantities, and each sentence's period
("im Jahr 2024", "FY2025", "2025-Q2") is the time scope of its claims."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factcheck.extraction.base_years import (
    BASE_REACH,
    base_year_after,
    base_year_pattern,
    is_base_year,
    month_names,
)
from factcheck.extraction.daydates import days_in, month_numbers
from factcheck.extraction.fiscal_years import (
    SHORT_FY,
    fiscal_quarter_patterns,
    fiscal_year_named,
    full_year,
)
from factcheck.extraction.patterns import (
    NON_WORD,
    YEAR_DIGITS,
    Cued,
    alternation,
    initials_guard,
    phrase_trie,
    trie_pattern,
    word_led,
)
from factcheck.extraction.periods import PERIOD_KEYS, latest_begun, period_tag
from factcheck.extraction.relative_time import phrases_of, relative_year, time_phrases
from factcheck.lexicon import by_language, load_table, words

# A year may follow any mark but a digit's (",2019年" is a year; "1,2019" and "3.2019" not),
# and no letters but a quarter's or a half's run on from it ("2023Q4", "2024H1"; not
# "2048H800显卡", a count of chips, or "2020s"), from 1900 to 2079 (`YEAR_DIGITS`).
YEAR = re.compile(
    rf"(?=[12])(?<![\d'’])(?<!\d[.,])({YEAR_DIGITS})(?![\d])(?![.,]\d)(?!-[01]\d(?!\d))"
    r"(?!(?![QqHh])[A-Za-z]|[Hh]\d\d)"
)
# An ISO date stamp ("2024-01-24", "2024-01": a dateline, a timestamp) names no period.
# Between a figure and its own year: a preposition, an article, "year", a month ("$3
# trillion in June 2025"); no other figure.
YEAR_WORDS = (
    r"in|im|for|für|voor|over|during|in the|het|des|the|year|Jahr|jaar|Geschäftsjahr|"
    r"boekjaar|fiscal"
)
DIGIT = re.compile(r"\d")
# "2024/25", "2024/2025", "2023-24" (with a dash only the short form: "2023-2024" is
# as often two years)
SPLIT_YEAR = re.compile(r"(?<!\d)(\d{4})(?:/((?:20)?\d\d)|[-–](\d\d))(?!\d|[.,]\d)")
# Periods that name a figure's time on their own: "Q4", "H1", and a compound adjective
# ("its third-quarter net profit", "first-half sales").
SHORT_PERIOD = re.compile(r"[QH][1-4]|\w+-\w+", re.IGNORECASE)
# A quarter and its year run together, as finance news writes them: "25Q4", "2025Q4",
# "FY26Q1", "FY26 Q1", "Q4'25", "Q4/25", "4Q25" (a two-digit year is of 20xx); Chinese
# writes them against its characters ("高于2024Q3的507万").
COMPACT_QUARTER = re.compile(
    r"(?=[0-9QqFf'])(?<![^\W\u3400-\u9fff])(?<!['’])"
    r"(?:(?:FY[ ]?)?'?(?P<a>(?:20)?\d{2})[ ]?Q(?P<qa>[1-4])"
    r"|Q(?P<qb>[1-4])[ ]?(?:['’/][ ]?|FY)(?P<b>(?:20)?\d{2})"
    r"|(?P<qc>[1-4])Q['’]?(?P<c>\d{2}))(?![^\W\u3400-\u9fff])",
    re.IGNORECASE,
)


def may_name_year(text: str) -> bool:
    """Whether `text` holds a "19" or "20" at all: most clauses do not, and the
    substring test is far cheaper than a `YEAR` scan that finds nothing."""
    return "20" in text or "19" in text


# "om 8 uur" is a clock time, "24 uur" a day (German "Uhr" is always the clock)
CLOCK_WORDS = ("om", "um", "ab", "bis", "gegen", "tegen", "rond", "vanaf", "tot", "na", "nach",
               "vor", "voor", "sinds", "seit")  # fmt: skip
_CLOCK_BEFORE = "(?:" + "|".join(f"(?<={word} )" for word in CLOCK_WORDS) + ")"
_DAY_JOINS = r"(?:and|to|until|und|bis|auf den|oder|or|en|tot|op|of|t/m)"  # "14. und 15. Juli"


@cache
def date_pattern() -> re.Pattern[str]:
    """Dates and clock times in any of the four languages: their digits are no claims.

    Each branch opens with a cheap guard (a digit, a word start, a Han month
    numeral) so the scan rejects most positions on their first character.
    """
    month = trie_pattern(month_names())
    initials = "".join(sorted({name[0].lower() for name in month_names()}))
    initials += initials.upper()
    digit_led = [
        r"\d{4}(?P<date_sep>[-/.])\d{1,2}(?P=date_sep)\d{1,2}(?!\d)"
        r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?",
        r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)",
        r"\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)",
        r"\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?!\d)",
        rf"\d{{1,2}}\.?(?:[ \t]*[-–/&][ \t]*|[ \t]+{_DAY_JOINS}[ \t]+)"
        rf"\d{{1,2}}\.?[ \t]+(?:{month})(?![^\W_])",
        r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?!\d)",
        r"(?:\d{2,4}[ \t]*年[ \t]*)?\d{1,2}[ \t]*月"
        r"(?:[ \t]*\d{1,2}(?:[ \t]*[日号號]|(?![\d.,万萬亿億千百十%]))(?![日号號]))?",
        r"\d{4}[ \t]*年(?![代度])",
        rf"\d{{1,2}}\.?[ \t]+(?:{month})(?![^\W_])\.?(?:[ \t]+\d{{4}})?",
        r"(?:19|20)\d{2}[ \t]*[-–/][ \t]*(?:19|20)?\d{2}(?!\d)(?![.,]\d)",
        r"\d{1,2}[.:]\d{2}[ \t]*(?:uur|Uhr|u\.)(?![\w])",
        r"\d{1,2}(?:[.:]\d{2})?[ \t]*(?:a\.m\.|p\.m\.|am|pm)(?![\w])",
        rf"{_CLOCK_BEFORE}\d{{1,2}}[ \t]*uur(?![\w])",
        r"\d{1,2}[ \t]*Uhr(?![\w])",  # "om 8 uur"; "24 uur" is a day
        r"\d{1,2}[ \t]*[時时](?:[ \t]*\d{1,2}[ \t]*分(?:[ \t]*\d{1,2}[ \t]*秒)?|半)?(?![间間])",
        r"\d{1,2}[ \t]*[點点](?:[ \t]*\d{1,2}[ \t]*分(?:[ \t]*\d{1,2}[ \t]*秒)?|半"
        r"|(?=[ \t]*(?:钟|鐘|[到至\-–]|前|後|后|左右)))",
        r"\d{1,2}[ \t]*[日号號](?![内內间間元圆圓本])",
        r"0\d/[0-3]\d(?![\d/])",
    ]
    day_year = r"\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?"
    word_led = rf"(?:{month})(?![^\W_])\.?[ \t]+(?:{day_year}|\d{{4}})(?!\d)"
    han_month = (
        r"(?<![一二三四五六七八九十两])(?:十[一二]|[一二三四五六七八九十])月(?:[初中底末]|份)?"
    )
    han_led = "一二三四五六七八九十周週星禮礼"
    return re.compile(  # the cheap lookaheads first: most positions fail on the first
        rf"(?=[\d{initials}{han_led}])"
        rf"(?:(?=\d)(?<!\d)(?<!\d[.,])(?:{'|'.join(digit_led)})"
        rf"|(?=[{initials}])(?<![^\W_])(?:{word_led})"
        rf"|(?=[{han_led}])(?:{han_month}|(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]))",
        re.IGNORECASE,
    )


@cache
def period_patterns(lang: str) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    """The fiscal-year cue and the quarter/half phrases of a language."""
    table = load_table("time")
    fiscal_words = by_language(table["fiscal"], lang)
    fiscal = re.compile(rf"({phrase_trie(fiscal_words, ignore_case=True)})", re.IGNORECASE)
    marks = "".join(by_language(table["relative_quarter_marks"], lang))
    relative = rf"(?<![{re.escape(marks)}])" if marks else ""  # "前一季度": the one before
    periods = []
    for key, tag in PERIOD_KEYS:
        for row in table[key]:
            phrases = words(row, lang) + words(row.get("scope_only") or {}, lang)
            phrase = re.compile(relative + phrase_trie(phrases, ignore_case=True), re.IGNORECASE)
            periods.append((phrase, period_tag(tag, row["value"])))
            if before_year := words(row.get("before_year") or {}, lang):
                trie = phrase_trie(before_year, ignore_case=True)
                year_next = re.compile(rf"{trie}[^\S\n]+(?=(?:19|20)\d\d)", re.IGNORECASE)
                periods.append((year_next, period_tag(tag, row["value"])))
    return fiscal, periods


def _months_of_the_quarter(sentence: str, lang: str, year: str | None) -> str | None:
    """A fiscal quarter's calendar months depend on the company's fiscal year, unless
    the sentence names them ("its fiscal third quarter, which ran from April to June
    2025", "第三财季（2025年4月至6月）"): then it is that calendar quarter."""
    tags = {tag for phrase, tag in _quarter_months(lang) if phrase.search(sentence)}
    return f"{year}-{tags.pop()}" if year and len(tags) == 1 else None


@cache
def _quarter_months(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """The months of each calendar quarter ("April to June", "4月至6月": `scope_only`)."""
    rows = load_table("time")["quarters"]
    listed = [(words(row.get("scope_only") or {}, lang), f"Q{row['value']}") for row in rows]
    return [(re.compile(phrase_trie(w, ignore_case=True), re.I), tag) for w, tag in listed if w]


@cache
def period_spans_pattern(lang: str) -> re.Pattern[str] | Cued:
    """Quarter and half-year phrases ("2. Quartal", "Q3", "第三季度"): their numbers are
    time. Word edges as everywhere: none around Chinese, which has no spaces (where
    every phrase starts a word, it is looked for only at word starts: `Cued`)."""
    table = load_table("time")
    phrases = [w for key, _ in PERIOD_KEYS for row in table[key] for w in words(row, lang)]
    phrases += words(table["decades"], lang) + phrases_of(table["fiscal_quarters"], lang)
    trie = phrase_trie(phrases, ignore_case=True)
    pattern = re.compile(initials_guard(phrases) + trie, re.IGNORECASE)
    return Cued(pattern, after=NON_WORD) if word_led(phrases) else pattern


# "am 03.11.", "(03.11.)": a day and a month of two digits each, each ending with a
# full stop, in a language whose decimals have a comma. A magnitude keeps its point
# there: "een kracht van 7.2." is no 7 February.
DOTTED_DAY_MONTH = re.compile(r"(?<![\d.,])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?!\d)")


def time_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of dates, clock times and named periods, in text order."""
    spans = [m.span() for m in date_pattern().finditer(text)]
    if lang in load_table("time").get("dotted_day_month", ()):
        spans += [m.span() for m in DOTTED_DAY_MONTH.finditer(text)]
    spans += [m.span() for m in period_spans_pattern(lang).finditer(text)]
    spans += [m.span() for m in _compact_quarters().finditer(text)]
    return sorted(spans)


@cache
def _compact_quarters() -> re.Pattern[str] | Cued:
    """`COMPACT_QUARTER`, looked for only at its first characters (digits, Q, F, ')."""
    return Cued.guarded(COMPACT_QUARTER)


def stated_years(text: str, is_quantity: Callable[[str, int], bool] | None = None) -> set[str]:
    """The distinct years a text names (not year-like quantities: "2000 GPUs")."""
    if not may_name_year(text):
        return set()
    return {
        m.group(1) for m in YEAR.finditer(text) if not (is_quantity and is_quantity(text, m.end()))
    }


@cache
def _year_right_after() -> re.Pattern[str]:
    months = alternation(month_numbers())
    return re.compile(
        rf"[^\S\n]*(?:(?:{YEAR_WORDS}|(?:{months})\.?)[^\S\n]+){{0,3}}", re.IGNORECASE
    )


def own_year(
    clause: str,
    start: int,
    end: int,
    lang: str,
    is_quantity: Callable[[str, int], bool] | None = None,
) -> str | None:
    """In a clause naming several years ("from 5.6 billion in 2022 to 7.8 billion in
    2023"), the year of the figure at clause[start:end]: the one right after it ("7.8
    billion in 2023"), else the last one before it with no other figure between ("In
    2022 it sold 1.8 million"). None when neither is there."""
    years = _period_years(clause, lang, is_quantity)
    after = next((m for m in years if m.start() >= end), None)
    if after is not None and _year_right_after().fullmatch(clause, end, after.start()):
        return after.group(1)
    before = [m for m in years if m.end() <= start]
    if before and not DIGIT.search(clause, before[-1].end(), start):
        return before[-1].group(1)
    return None


def time_scope(
    sentence: str,
    lang: str,
    is_quantity: Callable[[str, int], bool] | None = None,
    published: str | None = None,
    year: str | None = None,
    running: str | None = None,
    anchor: str | None = None,
) -> str | None:
    """The period a text states: 2025-Q2, FY2025, 2024-H1 or 2024 (with `year`, that
    year, the text giving the quarter or half; with no year named, a quarter or half is
    the latest one begun by the `published` date, or with no date one of the `running`
    year, the year of the quarter or half the article named last).

    `is_quantity(sentence, end)` tells a year-like figure that is a quantity
    ("2000 GPUs") from a year, so it is never taken as the period. A relative year
    ("last year", "vorig jaar", "去年") is resolved against the `published` date, an
    anaphoric one ("the previous year") against the `anchor` year if there is one.
    """
    lowered = sentence.lower()
    compact = None if year or "q" not in lowered else COMPACT_QUARTER.search(sentence)
    if compact:
        return _compact_quarter(compact)
    fiscal_quarter = _fiscal_quarter(sentence, lang) if not year else None
    if fiscal_quarter:
        return fiscal_quarter
    short = None if year or "fy" not in lowered else SHORT_FY.search(sentence)
    if short:
        return f"FY{full_year(short.group(1))}"
    year = year or _first_year(sentence, lang, is_quantity, published, anchor)
    if time_phrases("fiscal_quarters", lang).in_text(sentence):
        return _months_of_the_quarter(sentence, lang, year)
    fiscal, periods = period_patterns(lang)
    if year is None:
        return _undated_period(sentence, lang, published, running)
    named = any_period_pattern(lang).search(sentence)  # one scan rules out most texts
    tags = [tag for phrase, tag in periods if phrase.search(sentence)] if named else []
    if len(tags) > 1:
        return None  # "Q1 Q2 Q3 Q4" over a table row: which one is not said here
    ends = _split_year_end(sentence, year)
    if ends:
        return f"FY{ends}-{tags[0]}" if tags else f"FY{ends}"
    if tags:
        return f"{year}-{tags[0]}"
    if fiscal.search(sentence):
        return f"FY{year}"
    return year


def _split_year_end(sentence: str, year: str) -> str | None:
    """ "2024/25", "2024/2025", "2023-24": a fiscal year written as the two years it spans, named
    by the one it ends in ("im Schlussquartal 2024/25" is FY2025's fourth quarter)."""
    for found in SPLIT_YEAR.finditer(sentence):
        ends = full_year(found.group(2) or found.group(3))
        if found.group(1) == year and int(ends) == int(year) + 1:
            return ends
    return None


def _compact_quarter(match: re.Match[str]) -> str:
    """ "25Q4" -> "2025-Q4"; "FY26 Q1" -> "FY2026-Q1", a quarter of a fiscal year."""
    year = match["a"] or match["b"] or match["c"]
    quarter = match["qa"] or match["qb"] or match["qc"]
    fiscal = "FY" if "fy" in match.group().lower() else ""
    return f"{fiscal}{full_year(year)}-Q{quarter}"


YEAR_AFTER_QUARTER = re.compile(r"[ \t]*(?:of[ \t]+|des[ \t]+|van[ \t]+)?((?:19|20)\d\d)(?!\d)")


def _year_after_fiscal_quarter(sentence: str, lang: str) -> str | None:
    """The year right after a fiscal quarter's words: "fiscal fourth-quarter 2025
    results", "fiscal Q4 2025"."""
    for phrase, _ in fiscal_quarter_patterns(lang):
        found = phrase.search(sentence)
        year = YEAR_AFTER_QUARTER.match(sentence, found.end()) if found else None
        if year is not None:
            return year.group(1)
    return None


def _fiscal_quarter(sentence: str, lang: str) -> str | None:
    """ "Q1 of fiscal 2026", "Q1 of FY26", "im ersten Quartal des Geschäftsjahres 2026",
    "2026财年第一季度": a quarter of a fiscal year named
    with its year, FY2026-Q1. Which calendar months it covers is the company's
    (`EntityTable.calendar_period`)."""
    fiscal, periods = period_patterns(lang)
    if not (fiscal.search(sentence) or SHORT_FY.search(sentence)):
        return None  # two searches rule out most sentences
    year = fiscal_year_named(sentence, lang) or _year_after_fiscal_quarter(sentence, lang)
    if year is None:
        return None
    quarters = {value for phrase, value in fiscal_quarter_patterns(lang) if phrase.search(sentence)}
    if not quarters:
        quarters = {
            int(tag[1]) for phrase, tag in periods if tag[0] == "Q" and phrase.search(sentence)
        }
    return f"FY{year}-Q{quarters.pop()}" if len(quarters) == 1 else None


def _undated_period(
    sentence: str, lang: str, published: str | None, running: str | None
) -> str | None:
    """A quarter or half the text names without its year, as the time of its figures:
    "Q4", or a phrase after a word that makes it one ("in the fourth quarter", "im
    vierten Quartal"; not "door een teleurstellend eerste kwartaal"). Chinese names its
    quarters only as times (第四季度). It is the latest begun by the publication date;
    on an undated page, the one of the `running` year ("2025年第一季…。第二季营收为…")."""
    dated = published is not None and len(published) >= 7
    if not (dated or running) or not any_period_pattern(lang).search(sentence):
        return None  # no year to count from; one trie search rules out most sentences
    _, periods = period_patterns(lang)
    found = [(m, tag) for phrase, tag in periods if (m := phrase.search(sentence))]
    if len(found) != 1:
        return None
    match, tag = found[0]
    latest = latest_begun(tag, published) if dated and published else f"{running}-{tag}"
    base = _base_year_of(sentence, match, lang)
    if base is not None:  # "a 22% increase over the first quarter of 2022": 2023's
        return latest if dated and latest[:4] > base else None
    short = SHORT_PERIOD.fullmatch(match.group())
    if not (short or lang == "zh" or period_opener(lang).search(sentence, 0, match.start())):
        return None
    return latest


def _base_year_of(sentence: str, period: re.Match[str], lang: str) -> str | None:
    """The year of a quarter or half that a comparison names as its base ("over the
    first quarter of 2022", "gegenüber dem ersten Quartal 2022", "比2022年第一季度"):
    the figures compared with it are of the same period of a later year."""
    if lang == "zh":
        year = YEAR.search(sentence, max(0, period.start() - 6), period.start())
    else:
        year = YEAR.search(sentence, period.end(), period.end() + 16)
    if year is None:
        return None
    base = base_year_pattern(lang).search(sentence, max(0, year.start() - BASE_REACH), year.start())
    return year.group(1) if base else None


@cache
def any_period_pattern(lang: str) -> re.Pattern[str]:
    """Every quarter and half phrase of a language, "im Oktober, November und
    Dezember" too, in one trie."""
    table = load_table("time")
    phrases = [
        w
        for key, _ in PERIOD_KEYS
        for row in table[key]
        for w in (
            *words(row, lang),
            *words(row.get("scope_only") or {}, lang),
            *words(row.get("before_year") or {}, lang),
        )
    ]
    trie = phrase_trie(phrases, ignore_case=True)
    return re.compile(initials_guard(phrases) + trie, re.IGNORECASE)


@cache
def period_opener(lang: str) -> re.Pattern[str]:
    """A word that makes the quarter or half after it the time of a figure."""
    openers = by_language(load_table("time").get("period_openers", {}), lang)
    if not openers:
        return re.compile("(?!)")
    return re.compile(rf"(?<![\w])(?i:{alternation(openers)})(?:\s+[\w-]+)?\s+\Z")


def _first_year(
    sentence: str,
    lang: str,
    is_quantity: Callable[[str, int], bool] | None,
    published: str | None,
    anchor: str | None = None,
) -> str | None:
    years = _period_years(sentence, lang, is_quantity)
    return years[0].group(1) if years else relative_year(sentence, lang, published, anchor)


def only_bases(text: str, lang: str, is_quantity: Callable[[str, int], bool] | None) -> bool:
    """Whether every year the text names is a comparison's base ("a 22% increase over
    the first quarter of 2022"): the period the comparison implies is then the text's
    own, for all its figures."""
    return not _period_years(text, lang, is_quantity) and bool(stated_years(text, is_quantity))


def _period_years(
    text: str, lang: str, is_quantity: Callable[[str, int], bool] | None
) -> list[re.Match[str]]:
    """The years of a text that may be a figure's period: not year-like quantities
    ("2000 GPUs"), not the base of a comparison ("30 percent more than in 2022",
    "gegenüber 2022", "比2022年"), and not a day's ("Am 28. August 2025 kündigte …
    an", "2025年5月26日"): a day dates what was said (`Claim.as_of`), not the period
    a figure covers."""
    if not may_name_year(text):
        return []
    since = base_year_after(lang)
    years = [
        m
        for m in YEAR.finditer(text)
        if not (is_quantity and is_quantity(text, m.end()))
        and not is_base_year(text, m.start(), lang)
        and not since.match(text, m.end())
    ]
    if not years:
        return years
    days = [(d.start, d.end) for d in days_in(text, 0, len(text), None) if d.iso]
    return [m for m in years if not any(lo <= m.start() < hi for lo, hi in days)]
