"""Pinyin glosses in running Chinese text: "微軟2025財(cái)年四季度財(cái)報(bào)".

Some sites copy Chinese news with the reading of each character in brackets after
it, tone marked or not ("中(zhong)国"). Read as written, "財(cái)年" is no fiscal
year and "財(cái)報(bào)" no report, so such a page's periods and measures are
guesses: `glossed` tells the annotation to trust none of its subjects (its figures
are listed, and never an alarm). A page is glossed when at least `MIN_GLOSSES` such
brackets follow Han characters.
"""

from __future__ import annotations

import itertools
import re

# a reading in lower case with its tone marked ("(cái)", "(bào)"), or a toneless
# syllable ("(zhong)", "(chun)"); not "(Nvidia)", "(AI)", "(app)"
TONED = r"[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,5}"
TONELESS = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü]{1,3}(?:ng|n|r)?"
GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])\((?:{TONED}|{TONELESS})\)")
MIN_GLOSSES = 3


def glossed(text: str) -> bool:
    """Whether the text carries pinyin glosses ("財(cái)年") at least `MIN_GLOSSES`
    times; one scan, and none for a text without a bracket."""
    if "(" not in text:
        return False
    found = GLOSS.finditer(text)
    return sum(1 for _ in itertools.islice(found, MIN_GLOSSES)) == MIN_GLOSSES
