"""The publication date an article states near its top."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from factcheck.lexicon import by_language, load_table
from factcheck.load.language import HAN

_DATE_WINDOW = 400
_DATE_KEYWORD = (
    r"(?:\b(?i:date|datum|published|updated|veröffentlicht|aktualisiert|gepubliceerd"
    r"|bijgewerkt)\b|日期|发布|發布)"
)
_KEYWORD_BEFORE = re.compile(_DATE_KEYWORD + r"|\b(?i:stand)\b")
_HEADER_LINE = 100  # a line this short is a header or a byline, not the story
_DATELINE_REACH = 40  # "Berlin, 12. September 2025 –": a date this near a line's start
_Y = r"(?P<y>(?:19|20)[0-9]{2})"
_NUMERIC_DATES = (
    rf"(?<![\w/.]){_Y}-(?P<m>[0-9]{{1,2}})-(?P<d>[0-9]{{1,2}})(?![0-9])",
    rf"(?<![\w/.]){_Y}/(?P<m>[0-9]{{1,2}})/(?P<d>[0-9]{{1,2}})(?![\w/])",
    rf"(?<![\w./])(?P<d>[0-9]{{1,2}})\.(?P<m>[0-9]{{1,2}})\.{_Y}(?![0-9])",
    rf"(?<![\w/-])(?P<d>[0-9]{{1,2}})-(?P<m>[0-9]{{1,2}})-{_Y}(?![0-9-])",
    r"(?P<y>[0-9０-９]{4})\s*年\s*(?P<m>[0-9０-９]{1,2})\s*月\s*(?P<d>[0-9０-９]{1,2})\s*[日号號]",
    rf"{_DATE_KEYWORD}[\s:：]*{_Y}-(?P<m>[0-9]{{1,2}})(?![0-9-])",
)


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    """The numeric date forms plus month-name forms built from `lexicon/months.yaml`."""
    months = _month_numbers()
    names = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
    month = rf"(?P<mon>{names})\.?"
    day = r"(?P<d>[0-3]?[0-9])"
    named = (
        rf"\b{month}[ \t]+{day}(?:st|nd|rd|th)?,?[ \t]+{_Y}\b",
        rf"\b{day}(?:\.|st|nd|rd|th|e|ste|de)?[ \t]+{month},?[ \t]+{_Y}\b",
    )
    flags = re.IGNORECASE
    return tuple(re.compile(p, flags) for p in (*_NUMERIC_DATES, *named))


@cache
def _month_numbers() -> dict[str, int]:
    """Lower-cased en/de/nl month names and abbreviations -> month number."""
    table = load_table("months")
    return {
        str(name).lower(): int(number)
        for number, row in table.items()
        for lang in ("en", "de", "nl")
        for name in row.get(lang) or []
    }


def find_publication_date(text: str) -> str | None:
    """The date an article states near its top, as ISO "YYYY-MM-DD" (or "YYYY-MM").

    Scraped articles carry their date in a header line ("date 2025-10-03",
    "2025-09-15 18:13:54", "12. September 2025"); only the opening is searched so a
    date mentioned in the story is not taken for the publication date, and there only
    a date in a header: a short line, the opening of a line (a dateline) or after a
    word for it. "In the fiscal year that ran between April 2023 and March 31, 2024,
    Toyota's operating profit …" is the story's date, not the page's.
    """
    head = text[:_DATE_WINDOW]
    found: list[tuple[int, str]] = []
    for pattern in _date_patterns():
        for match in pattern.finditer(head):
            iso = _iso_date(match)
            if iso is not None and _in_a_header(text, match):
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def _in_a_header(text: str, match: re.Match[str]) -> bool:
    """Whether a date stands where a page states its own: in a short line, near the
    start or at the end of a line, or after a word for a date ("Published", "发布")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    line = _width(text[line_start:line_end])
    if line <= _HEADER_LINE:
        return True
    opening = text[line_start : match.start()]
    if _width(opening) <= _DATELINE_REACH and not _event_date_before().search(opening):
        return True  # "Berlin, 12. September 2025 –", not "柏林——在2025年2月23日举行的"
    if not text[match.end() : line_end].strip():
        return True  # it ends its line: "… CNA photo Jan. 13, 2024"
    return _KEYWORD_BEFORE.search(text, max(0, match.start() - 25), match.start()) is not None


@cache
def _event_date_before() -> re.Pattern[str]:
    """A word ending a line's opening that makes the date after it the story's event
    ("BERLIN — On 23 February 2025 …", "柏林——在2025年2月23日举行的"), in any of the
    languages (`event_date_before` in lexicon/time.yaml): the page is not yet known."""
    section = load_table("time")["event_date_before"]
    words = sorted({w for lang in section for w in by_language(section, lang)}, key=len)
    latin = "|".join(re.escape(w) for w in reversed(words) if not HAN.search(w))
    han = "|".join(re.escape(w) for w in reversed(words) if HAN.search(w))
    return re.compile(rf"(?:(?<!\w)(?i:{latin})\s*|(?:{han})\s*)$")


def find_html_date(source: str) -> str | None:
    """The publication date an HTML page's markup states, as ISO "YYYY-MM-DD".

    htmldate reads what the visible text rarely shows in its first lines: meta tags
    (article:published_time, date), <time> elements, JSON-LD, the canonical URL.
    On the HTML corpus it found 5 of 5 dates, `find_publication_date` on the visible
    text none (benchmarks/html_text.py). Only reliable markup is searched (no guessing
    from stray dates in the text), so None sends the caller to the visible text.
    htmldate fetches a string that looks like a URL: it is given a parsed tree, so
    nothing is ever fetched. Imported on the first HTML page only (start-up time).
    """
    try:
        import htmldate  # lazy: only HTML pages pay for it
        from lxml.html import HTMLParser, document_fromstring

        tree = document_fromstring(source.encode("utf-8"), HTMLParser(encoding="utf-8"))
        found = htmldate.find_date(
            tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except Exception:  # an empty or broken page, or a library bug: no date from markup
        return None
    return found if isinstance(found, str) else None


def _width(text: str) -> int:
    """Characters, a Chinese one counted twice: it carries about a word's worth."""
    return len(text) + len(HAN.findall(text))


def _iso_date(match: re.Match[str]) -> str | None:
    """ISO form of a date match, or None when it names no real day (e.g. 2025-13-40)."""
    groups = match.groupdict()
    year = int(groups["y"])
    month = _month_numbers()[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    if groups.get("d") is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    try:
        return date(year, month, int(groups["d"])).isoformat()
    except ValueError:
        return None
