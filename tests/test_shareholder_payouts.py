"""What a company pays its shareholders, in all four languages (held-out batch 8).

A dividend raised by a percentage had no measure: "a planned 15% dividend hike",
"eine 15-prozentige Erhöhung der Dividende" (read as the count 15), "een
dividendverhoging van 25 procent" were a bare percent, so a draft's 25 % passed
unchecked. A share buyback was money of nothing ("$4 billion of purchases") or a share
price ("voor 4 miljoen dollar aan eigen aandelen terugkopen"), so the draft's scale
slip went unseen."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def _measure(text: str, lang: str, figure: str) -> str | None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    return claim.attribute.name if claim.attribute is not None else None


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "ASML went ahead with a planned 15% dividend hike.", "15%"),
        ("en", "ASML intends to declare a dividend up 5.2% to 6.10 euros per share.", "5.2%"),
        ("de", "ASML kündigte eine 15-prozentige Erhöhung der Dividende an.", "15-prozentige"),
        ("de", "Die Aktionäre von ASML könnten sich auf eine Anhebung der Dividende um 15 Prozent "
               "einstellen.", "15 Prozent"),
        ("nl", "Aandeelhouders van ASML krijgen een dividendverhoging van 25 procent.", "25 procent"),
        ("zh", "阿斯麦将股息上调15%。", "15%"),
    ],
)  # fmt: skip
def test_a_dividend_raised_by_a_percentage_is_its_change(lang: str, text: str, figure: str) -> None:
    assert _measure(text, lang, figure) == "dividend_change"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "ASML kept up the pace of share buybacks by announcing a further $4 billion of "
               "purchases.", "$4 billion"),
        ("de", "ASML kündigte ein Aktienrückkaufprogramm im Wert von vier Milliarden Dollar an.",
         "vier Milliarden Dollar"),
        ("nl", "ASML gaat voor 4 miljard dollar aan eigen aandelen terugkopen.", "4 miljard dollar"),
        ("zh", "阿斯麦宣布回购40亿美元股票。", "40亿美元"),
    ],
)  # fmt: skip
def test_a_share_buyback_is_money_paid_out_not_a_price(lang: str, text: str, figure: str) -> None:
    assert _measure(text, lang, figure) == "buyback"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "measure"),
    [
        ("en", "The share of electric cars rose from 6.1% to 7.9%.", "7.9%", None),
        ("de", "ASML will in diesem Jahr 3.000 neue Mitarbeiter einstellen.",
         "3.000 neue Mitarbeiter", "hires"),
        ("nl", "De aandelen van ASML stegen tot 600 euro.", "600 euro", "share_price"),
        ("zh", "城镇化率为65.22%,比上年末提高0.50个百分点。", "0.50个百分点", None),
    ],
)  # fmt: skip
def test_payout_words_stay_with_payouts(
    lang: str, text: str, figure: str, measure: str | None
) -> None:
    """Hires keep their keyword; a share price is no buyback; 提高 ("raise") is too
    common a verb to make a change of the nearest measure (None: a generic measure)."""
    found = _measure(text, lang, figure)
    assert (found if found is None or ":" not in found else None) == measure
