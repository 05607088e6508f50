"""A figure is a change or a level by the words around it (issue 13: "a signed change is
a change, not a level"): the Dutch "met" is "with" as often as "by", so only a change
verb before it ("steeg met") or a particle after the figure ("met 850.000 personen af")
makes a change; "two more", "zehn weniger", "30% hoger" are changes by the word after.
Cases from the real corpus cite their file."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text

CASES = [
    # levels: "met" is "with"
    ("nl", "Tesla bleef het grootste EV-merk met 1.808.581 verkopen wereldwijd.", "1.808.581", False),
    ("nl", "Daarna volgen GroenLinks-PvdA met 25 zetels en de VVD met 24 zetels.", "25 zetels", False),
    ("nl", "India staat op de tweede plaats met 14,08 miljard inwoners.", "14,08 miljard inwoners", False),
    # changes: a change verb before "met", or the particle of a split verb after the figure
    ("nl", "De omzet steeg met 11 procent.", "11 procent", True),
    ("nl", "Het afgelopen jaar nam de bevolking met zo’n 850.000 personen af.", "zo’n 850.000 personen", True),
    ("nl", "Het aantal inwoners nam met 2 procent toe.", "2 procent", True),
    # a verb's particle without "met" is part of the verb: afleveren (deliver), not afnemen
    ("nl", "Tesla leverde in het vierde kwartaal 484.507 auto’s af.", "484.507 auto’s", False),
    ("nl", "Het bedrijf nam vorig jaar 200 medewerkers aan en 30 toe.", "200 medewerkers", False),
    ("nl", "De omzet kwam 30% hoger uit.", "30%", True),
    ("nl", "De VVD gaat daarmee elf zetels achteruit.", "elf zetels", True),
    ("nl", "Het aandeel gaat met 6,2% omhoog.", "6,2%", True),
    ("en", "The VVD won 24 seats, ten fewer than before.", "ten", True),
    ("en", "The VVD won 24 seats.", "24 seats", False),
    ("de", "Die Partei erhielt 24 Sitze, zehn weniger als zuvor.", "zehn", True),
    ("de", "Die Partei erhielt 24 Sitze.", "24 Sitze", False),
    ("zh", "谷歌的广告收入增长11%。", "11%", True),
    ("zh", "谷歌的广告收入达到 11%。", "11%", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "surface", "change"), CASES)
def test_a_figure_is_a_change_only_where_its_words_say_so(
    lang: str, text: str, surface: str, change: bool
) -> None:
    claims = {claim.text: claim.change for claim in extract_text(text, lang)}
    assert claims[surface] is change
