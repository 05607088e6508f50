"""Foreign people's names written in Chinese: 罗德里戈·帕斯 (Rodrigo Paz).

Chinese transliterates a foreign name sound by sound, from a small set of characters
(Xinhua's transliteration tables), and writes a name dot between its parts. The name is
the run of such characters on each side of the dots: 候选人 before it and 获得 after
it are words, not sounds. Its last part alone (帕斯) names the person elsewhere in the
text, as a surname does in any language. A nickname in quotes may stand between the
parts (豪尔赫·“图托”·基罗加).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.annotation.han_words import NAME_DOTS
from factcheck.lexicon import load_table

DOTS = "".join(sorted(NAME_DOTS))
LAST_PART_LEAST = 2  # a one-character last part (扬·范) stands inside too many words


@cache
def _name_pattern() -> re.Pattern[str]:
    sounds = "".join(load_table("subjects")["transliteration_characters"]["zh"].split())
    part = f"[{re.escape(sounds)}]+"
    nickname = f'[“「"][\u4e00-\u9fff]{{1,6}}[”」"][{DOTS}]'
    return re.compile(f"{part}(?:[{DOTS}](?:{nickname})?{part})+")


def transliterated_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each foreign name with a name dot in text[start:end], and of its
    last part wherever else the text writes it alone."""
    found = [m.span() for m in _name_pattern().finditer(text, start, end)]
    names = {text[lo:hi] for lo, hi in found}
    lasts = {re.split(f"[{DOTS}]", name)[-1] for name in names}
    lasts = {last for last in lasts if len(last) >= LAST_PART_LEAST}
    if not lasts:
        return found
    inside = [range(lo, hi) for lo, hi in found]
    alone = re.compile("|".join(map(re.escape, sorted(lasts, key=len, reverse=True))))
    found += [
        m.span()
        for m in alone.finditer(text, start, end)
        if not any(m.start() in span for span in inside)
    ]
    return found
