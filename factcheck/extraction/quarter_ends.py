"""A quarter named by the month it ends in: "the quarter ended September 30, 2025",
"the three months to June 2025", "das Quartal bis Ende September 2025", "het kwartaal
tot eind september 2025", "截至2025年9月底的季度". Company reports name their quarters
so; read as the year alone, such a quarter's figure met the whole year's.

The quarter is the calendar quarter of the three months' middle month: a quarter
ending in March is the first, one ending on 27 April (Nvidia's fiscal first quarter)
mostly February to April, also the first. The phrases are `quarter_ending` in
`lexicon/time.yaml`; month names are `daydates.month_numbers` (after "quarter ended",
"Mar" is March).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.daydates import month_numbers
from factcheck.extraction.patterns import alternation
from factcheck.lexicon import by_language, load_table

# One of these is in every phrase: one case-blind scan rules out most sentences.
CUES = re.compile(
    r"(?=[QqMmVvKk季个個])(?:quart|month|monat|vierteljahr|kwartaal|maanden|季|个月|個月)",
    re.IGNORECASE,
)


def quarter_cues(text: str) -> list[int]:
    """Where the text holds a word every quarter-end phrase holds one of."""
    return [match.start() for match in CUES.finditer(text)]


def quarter_ending(sentence: str, lang: str) -> str | None:
    """ "2025-Q3" for a quarter the sentence names by its end month and year."""
    if CUES.search(sentence) is None:
        return None
    found = _pattern(lang).search(sentence)
    if found is None:
        return None
    # each pattern has both groups, one left empty: a month's name, or its number (zh)
    month = month_numbers().get(found["mon"].lower()) if found["mon"] else int(found["m"])
    if not month or not 1 <= month <= 12:
        return None
    year, middle = int(found["y"]), month - 1
    if middle < 1:
        year, middle = year - 1, 12
    return f"{year}-Q{(middle - 1) // 3 + 1}"


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    listed = by_language(load_table("time").get("quarter_ending", {}), lang)
    if not listed:
        return re.compile("(?!)")
    if lang == "zh":
        after = alternation(listed, word_edges=False)
        return re.compile(
            r"截至\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?:底|末|\s*\d{1,2}\s*日)?"
            rf"(?:止)?\s*的?\s*(?:{after})(?P<mon>)"
        )
    months = alternation(month_numbers())
    day = r"(?:\d{1,2}\.?\s+)?"  # "30 september", "30. September"
    return re.compile(
        rf"(?<![\w])(?:{alternation(listed)})\s+(?:the\s+|dem\s+)?{day}(?P<mon>{months})"
        r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)(?P<m>)",
        re.IGNORECASE,
    )
