"""A person who runs a company stands for it only where the text is about it (held-out
batch 12): every figure of Musk's 2022 takeover of Twitter ("Elon Musk will pay $44
billion for Twitter", "54,20 dollar per aandeel") was Tesla's, because the entity
table says Musk runs Tesla. A person stands for the company they run when it is the
article's main organisation (or the article names none), or is named in the claim's
sentence or the two before."""

from __future__ import annotations

import pytest

from tests.annotating import subjects_of


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "Twitter accepted the offer. Twitter's board agreed on Monday. Elon Musk will pay "
               "$44 billion for Twitter.", "$44 billion", "Elon Musk"),
        ("de", "SpaceX sammelt frisches Kapital ein. Bei SpaceX steigt die Bewertung. Elon Musk "
               "zahlt 2 Milliarden Dollar.", "2 Milliarden Dollar", "Elon Musk"),
        ("nl", "SpaceX haalt nieuw kapitaal op. Bij SpaceX stijgt de waardering. Elon Musk betaalt "
               "2 miljard dollar.", "2 miljard dollar", "Elon Musk"),
        ("zh", "SpaceX完成了新一轮融资。SpaceX表示估值上升。马斯克将出资20亿美元。", "20亿美元",
         "Elon Musk"),
        ("en", "Tesla delivered 1.81 million cars in 2023. Elon Musk said sales rose 38 percent.",
         "38 percent", "Tesla"),
        ("de", "Tesla lieferte 2023 1,81 Millionen Autos aus. Elon Musk sagte, der Absatz sei um "
               "38 Prozent gestiegen.", "38 Prozent", "Tesla"),
        ("nl", "Tesla verkocht meer auto's dan verwacht. Het automerk van topman Elon Musk "
               "verkocht de afgelopen drie maanden 484.507 auto's.", "484.507 auto's", "Tesla"),
        ("zh", "特斯拉2023年交付181万辆汽车。马斯克表示销量增长38%。", "38%", "Tesla"),
    ],
)  # fmt: skip
def test_a_person_stands_for_their_company_only_near_it(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert subjects_of(text, lang, "2022-04-26")[figure] == subject
