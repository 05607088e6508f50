"""Figures reached for the first time: "Nvidia hit a $2 trillion market value for the
first time in February 2024", "erstmals", "voor het eerst", "首次" (`milestone` in
lexicon/time.yaml). A milestone has one date, so two sources that date it differently
disagree; a market value of the same figure on two dates is the market moving."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factcheck.annotation.roles import word_pattern
from factcheck.extraction.daydates import one_month
from factcheck.lexicon import by_language, load_table
from factcheck.models import ReportClaim

YEAR_ONLY = re.compile(r"\d{4}")


@cache
def milestone_cue(lang: str) -> re.Pattern[str]:
    return word_pattern(by_language(load_table("time").get("milestone", {}), lang), lang == "zh")


def milestones(
    claims: list[ReportClaim],
    text: str,
    lang: str,
    daily: Callable[[ReportClaim], bool],
    moving: Callable[[ReportClaim], bool] = lambda claim: False,
) -> list[ReportClaim]:
    """The claims, each compared figure of a sentence with a first-time cue marked
    `milestone` (the cue is looked for once per sentence). A `daily` figure's milestone
    dated by a year keeps the month its sentence names with it: "Im Juni 2025 knackte
    Nvidia als erstes Unternehmen die Marke von vier Billionen Dollar" is 2025-06, a
    month a page of July 2025 cannot be of. So does any market price (`moving`): "in
    juni 2024 … zo'n 3,3 miljard dollar" is held against the prices of that June."""
    cue = milestone_cue(lang)
    cued: dict[tuple[int, int], bool] = {}
    result = []
    for claim in claims:
        if claim.compared and claim.sentence not in cued:
            cued[claim.sentence] = cue.search(text, *claim.sentence) is not None
        milestone = claim.compared and cued[claim.sentence]
        if not (milestone or (claim.compared and moving(claim))):
            result.append(claim)
            continue
        update: dict[str, object] = {"milestone": True} if milestone else {}
        if claim.time and YEAR_ONLY.fullmatch(claim.time) and daily(claim):
            update["time"] = one_month(text, *claim.sentence, claim.time) or claim.time
        result.append(claim.model_copy(update=update) if update else claim)
    return result
