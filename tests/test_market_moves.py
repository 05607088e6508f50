"""A share's move is a move of one day (held-out batch 19: a German draft's "schoss die
Aktie daraufhin um 14,56 Prozent nach oben", after Alibaba's results, against another
day's "down 5% in recent trade"): a change of a market price moves with the market as
the price does, so an undated move against another is information, never an alarm."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts

SOURCE = ("a.txt", "Alibaba shares were down 5% in recent trade in Hong Kong.", "en")


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("An der Börse in Hongkong schoss die Alibaba-Aktie daraufhin um 14,56 Prozent nach oben.",
         "de"),
        ("Alibaba shares jumped 14.56% in Hong Kong.", "en"),
        ("Het aandeel Alibaba steeg in Hongkong met 14,56 procent.", "nl"),
        ("阿里巴巴港股大涨14.56%。", "zh"),
    ],
)  # fmt: skip
def test_an_undated_share_move_is_no_alarm_against_another_days(draft: str, lang: str) -> None:
    result = check_texts(("draft.txt", draft, lang), [SOURCE])
    assert [f.severity for f in result.findings if f.severity != "info"] == []
