"""An unknown name that only says what a figure counts is nobody's subject (held-out
batch 10: "其中包括19架H160直升机。该公司综合收入…达到277亿欧元(2022年上半年248亿欧元)"
gave Airbus's revenue to the helicopter H160, and an FC104 warning against Airbus's
€24.8 billion). After a count or inside its words, with the counted noun going on, it
is the kind of thing counted; "the company" of the next sentence cannot point to it."""

from __future__ import annotations

import pytest

from tests.annotating import subjects_of as subjects_in

HELD_OUT = (
    "截至2023年6月底,储备订单总数达到创纪录的7967架;直升机净订单为131架,其中包括19架H160直升机。"
    "该公司综合收入同比增长11%,达到277亿欧元(2022年上半年248亿欧元)。"
)


def subjects_of(text: str, lang: str) -> dict[str, str | None]:
    return subjects_in(text, lang, "2023-07-27")


def test_the_held_out_revenue_is_not_the_helicopters() -> None:
    subjects = subjects_of(HELD_OUT, "zh")
    assert subjects["277亿欧元"] is None
    assert subjects["248亿欧元"] is None


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Net orders were 131 helicopters, including 19 H160 helicopters. "
               "The company's revenue rose 11% to €27.7 billion.", "€27.7 billion"),
        ("de", "Es gab 131 Bestellungen, darunter 19 H160-Hubschrauber. Das Unternehmen "
               "steigerte den Umsatz um 11 % auf 27,7 Milliarden Euro.", "27,7 Milliarden Euro"),
        ("de", "Im Jahr 2023 wurden insgesamt 19 E195-Jets verkauft. Der Umsatz des Konzerns "
               "stieg um 11 % auf 27,7 Milliarden Euro.", "27,7 Milliarden Euro"),
        ("nl", "Er kwamen 131 bestellingen binnen, waaronder 19 H160-helikopters. Het bedrijf "
               "zag de omzet met 11 procent stijgen tot 27,7 miljard euro.", "27,7 miljard euro"),
        ("zh", "直升机净订单为131架,其中包括19架H160直升机。该公司收入达到277亿欧元。", "277亿欧元"),
    ],
)  # fmt: skip
def test_the_company_never_points_to_a_counted_product_code(
    lang: str, text: str, figure: str
) -> None:
    assert subjects_of(text, lang)[figure] is None


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "On Monday, Embraer said it sold 19 E195 jets in 2023. The company's revenue "
               "rose 11% to €27.7 billion.", "€27.7 billion", "Embraer"),
        ("en", "Tesla delivered 484,507 vehicles in 2023. The company's revenue rose 19% to "
               "$96.8 billion.", "$96.8 billion", "Tesla"),
        ("de", "BYD verkaufte 526.000 Fahrzeuge. Der Umsatz des Konzerns stieg auf 60 "
               "Milliarden Euro.", "60 Milliarden Euro", "BYD"),
    ],
)  # fmt: skip
def test_the_company_named_before_stays_the_referent(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert subjects_of(text, lang)[figure] == subject
