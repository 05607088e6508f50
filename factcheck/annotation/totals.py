"""Figures of a whole, not of the place a sentence names: "the death toll in Jamaica
stands at 32, out of a total of 76 dead throughout the region". Read one claim at a
time, the 76 is Jamaica's too, and a draft's "76 dead in Jamaica" would meet it as a
restatement. The words before a whole (`whole_before`, "out of a total of", "von
insgesamt") and those that spread a figure over a region (`region_wide`, "throughout
the region", "in de hele regio", "整个地区") take the named place's subject off it.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.annotation.roles import word_pattern
from factcheck.lexicon import by_language, load_table
from factcheck.models import ReportClaim

WHOLE_REACH = 8  # characters between "out of a total of" and its figure
WHOLE_WORDS = 40  # characters the longest of those words may take
REGION_REACH = 30  # characters between a figure and "throughout the region"
HAN_REGION_REACH = 6  # "整个地区|共有|76人"


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load_table("subjects")
    han = lang == "zh"
    return (
        word_pattern(by_language(table["whole_before"], lang), han),
        word_pattern(by_language(table["region_wide"], lang), han),
    )


def of_wholes(claims: list[ReportClaim], text: str, lang: str) -> list[ReportClaim]:
    """The claims, a figure said of a whole or of a region given no subject."""
    whole, region = _patterns(lang)
    result = []
    for claim in claims:
        before = text[max(claim.sentence[0], claim.start - WHOLE_REACH - WHOLE_WORDS) : claim.start]
        after = text[claim.end : min(claim.sentence[1], claim.end + REGION_REACH)]
        closes = [m for m in whole.finditer(before) if len(before) - m.end() <= WHOLE_REACH]
        spread = _spread(region, after) or (lang == "zh" and _spread_before(region, before))
        if claim.subject is not None and (closes or spread):
            claim = claim.model_copy(update={"subject": None, "subject_sure": False})
        result.append(claim)
    return result


def _spread_before(region: re.Pattern[str], before: str) -> bool:
    """Chinese puts the region first: "整个地区共有76人死亡"."""
    found = [m for m in region.finditer(before) if len(before) - m.end() <= HAN_REGION_REACH]
    return bool(found) and not any(ch.isdigit() for ch in before[found[-1].end() :])


def _spread(region: re.Pattern[str], after: str) -> bool:
    """The region words follow the figure with no other figure between."""
    found = region.search(after)
    return found is not None and not any(ch.isdigit() for ch in after[: found.start()])
