"""Figures reached for the first time: "Nvidia hit a $2 trillion market value for the
first time in February 2024", "erstmals", "voor het eerst", "首次" (`milestone` in
lexicon/time.yaml). A milestone has one date, so two sources that date it differently
disagree; a market value of the same figure on two dates is the market moving."""

from __future__ import annotations

import re
from functools import cache

from factcheck.annotation.roles import word_pattern
from factcheck.lexicon import by_language, load_table
from factcheck.models import ReportClaim


@cache
def milestone_cue(lang: str) -> re.Pattern[str]:
    return word_pattern(by_language(load_table("time").get("milestone", {}), lang), lang == "zh")


def milestones(claims: list[ReportClaim], text: str, lang: str) -> list[ReportClaim]:
    """The claims, each compared figure of a sentence with a first-time cue marked
    `milestone` (the cue is looked for once per sentence)."""
    cue = milestone_cue(lang)
    cued: dict[tuple[int, int], bool] = {}
    result = []
    for claim in claims:
        if claim.compared and claim.sentence not in cued:
            cued[claim.sentence] = cue.search(text, *claim.sentence) is not None
        marked = claim.compared and cued[claim.sentence]
        result.append(claim.model_copy(update={"milestone": True}) if marked else claim)
    return result
