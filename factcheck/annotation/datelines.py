"""Wire datelines: the place a dispatch was filed from and the agency that filed it
("BERLIN (AP) —", "SHENZEN/HONGKONG (dpa-AFX) -", "新华社兰州12月20日电", "Amsterdam,
(APP - UrduPoint / Pakistan Point News - 19th Feb, 2025) Philips …"). Names there
are no subject, object or reporter of the dispatch's figures."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.extraction.patterns import NEVER, alternation

# A dateline opens its line, after at most a stamp ("date 2022-03-22 BERLIN (AP) —");
# in Chinese the agency's name and the date stand between the place and 电.
DATELINE_LEAD = 24
DATELINE_AHEAD = 80  # "(APP - UrduPoint / Pakistan Point News - 19th Feb, 2025)"
HAN_DATELINE_GAP = r"[^，。,;；、！？：:\s]{0,14}?"
LATIN_DATELINE_GAP = r"(?:[,/][^()\n]{1,24})?\s*"  # "BEIJING, Jan 17 (Reuters) -", "A/B (dpa)"
DATELINE_DASH = r"[ \t]*(?:--|[-–—])"
CAPITALS_DATELINE = re.compile(
    r"(?<![^\s])[A-ZÄÖÜ][A-ZÄÖÜ'.-]+(?: [A-ZÄÖÜ][A-ZÄÖÜ'.-]+)*"
    r"(?:/[A-ZÄÖÜ][A-ZÄÖÜ'.-]+(?: [A-ZÄÖÜ][A-ZÄÖÜ'.-]+)*)*"
    r"(?:,[ \t][A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:,[ \t](?:19|20)\d\d)?)?" + DATELINE_DASH + r"[ \t]"
)  # "KABUL/MUNICH/LONDON – The …", "HONG KONG — …", "LISBON, May 20, 2025 - …"
PLACE_COLON = re.compile(r":[ \t]+(?=[^\W\d_])")  # "London: Nach dem Sieg"
DATELINE_BODY = 80  # a dateline's line goes on with its story, a headline's ends soon
# Any agency in brackets before a dash: "(Jiji Press)--", "(ANP/BLOOMBERG) -"
BRACKETED_AGENCY = rf"\((?:[A-Z][\w&./-]*[ ]?){{1,4}}\){DATELINE_DASH}"
AGENCY_CLOSES = rf"\){DATELINE_DASH}"  # the agency's own name: "Jiji Press|)--"
# An agency's bracket that goes on after a dash: "Amsterdam, (APP - UrduPoint / … 2025)"
AGENCY_GOES_ON = r"[ \t]+[-–—][ \t]+[^()\n]{1,60}\)"
BRACKET_GOES_ON = rf",?[ \t]*\((?:[A-Z][\w&.-]*){AGENCY_GOES_ON}"
CREDIT_DASH = re.compile(r"^\((?:[A-Z][\w&.-]*)[ \t]+[-–—][ \t]")  # "(APP - …"
# An agency's bracket that opens its line and the story goes on after it, no dash:
# "(ABM FN-Dow Jones) Nestlé heeft over 2023 …"
LEADING_CREDIT = re.compile(r"\((?:[A-Z][\w&./-]*[ ]?){1,4}\)[ \t]+[A-Z]")


def dateline_pattern(words: Iterable[str], han: bool) -> re.Pattern[str]:
    """What follows a dateline's place or agency: a listed agency and its dash, or in
    Latin scripts any agency in brackets and a dash ("Tokyo, May 8 (Jiji Press)--"), or
    the bracket closing after the agency itself, or going on after a dash ("Amsterdam,
    (APP - UrduPoint / Pakistan Point News - 19th Feb, 2025) Philips …")."""
    listed = list(words)
    if not listed:
        return NEVER
    if han:
        return re.compile(rf"{HAN_DATELINE_GAP}(?:{alternation(listed, word_edges=False)})")
    known = alternation(listed, word_edges=False)
    return re.compile(
        rf"{LATIN_DATELINE_GAP}(?:{known}|{BRACKETED_AGENCY}|{AGENCY_CLOSES})"
        rf"|{BRACKET_GOES_ON}|{AGENCY_GOES_ON}"
    )


def files_dispatch(datelines: re.Pattern[str], kind: str, start: int, end: int, text: str) -> bool:
    """Whether the name at text[start:end] is in a wire dateline, as the agency or the
    place a dispatch was filed from ("London: Nach dem Sieg …", "KABUL/MUNICH/LONDON –")."""
    line_start = text.rfind("\n", 0, start) + 1
    if _in_credit(text, start, end, line_start):
        return True
    if start - line_start > DATELINE_LEAD:
        return False
    if kind in ("place", "unknown") and _in_capitals_dateline(text, start, end, line_start, kind):
        return True
    if kind == "place" and PLACE_COLON.match(text, end):
        line_end = text.find("\n", end)
        return (len(text) if line_end < 0 else line_end) - end >= DATELINE_BODY
    return datelines.match(text, end, min(len(text), end + DATELINE_AHEAD)) is not None


def _in_capitals_dateline(text: str, start: int, end: int, line_start: int, kind: str) -> bool:
    """Whether the place stands in a run of places in capitals, one or several joined
    by slashes, that a dash ends near the line's start: a dateline with no agency. A
    name the table does not know as a place counts only among several or before a
    date ("MÜNCHEN/OSLO/COLOMBO -", "LISBON, May 20 -"; "NASA -" alone may open a
    headline)."""
    found = CAPITALS_DATELINE.search(text, line_start, min(len(text), start + DATELINE_AHEAD))
    inside = found is not None and found.start() <= start and end <= found.end()
    return inside and (kind == "place" or "/" in found.group() or "," in found.group())


def _in_credit(text: str, start: int, end: int, line_start: int) -> bool:
    """Whether the name is inside a dateline's credit: the line's first bracket,
    opened near its start, that names the agency and more after a dash."""
    opened = text.find("(", line_start, start)
    if opened < 0 or opened - line_start > DATELINE_LEAD:
        return False
    leading = LEADING_CREDIT.match(text, opened)
    if leading and not text[line_start:opened].strip() and end < leading.end():
        return True
    closed = text.find(")", end, opened + DATELINE_AHEAD)
    inside = text[opened:closed] if closed >= 0 else ""
    return "\n" not in inside and CREDIT_DASH.search(inside) is not None
