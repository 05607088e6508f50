"""A sentence that names no one continues the subject of the one before it (held-out
batch 18: "Alphabet moved in the same direction. In February 2025 it said it expected
to invest approximately $75 billion" in an article mostly about Meta): the nearer
organisation is the better guess, though only the article's main one is sure. And
"马斯克旗下的xAI" is xAI (under Musk), not Musk; "In the end Meta spent" is Meta's."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def _subjects(text: str, lang: str) -> dict[str, tuple[str | None, bool]]:
    return {
        c.text: (c.subject.readable() if c.subject else None, c.subject_sure)
        for c in annotated_claims(text, lang, "2025-12-01")
    }


ARTICLE = (
    "Meta expected capital expenditures of $60 billion to $65 billion for 2025. Meta later "
    "raised its outlook to $72 billion. Meta has more than 1.3 million GPUs. Alphabet moved "
    "in the same direction. In February 2025 it said it expected to invest approximately "
    "$75 billion."
)


def test_a_nameless_sentence_continues_the_organisation_before_it() -> None:
    read = _subjects(ARTICLE, "en")
    assert read["approximately $75 billion"] == ("Google", False)
    assert read["$72 billion"] == ("Meta", True)


def test_the_main_organisation_carried_is_sure() -> None:
    text = "ASML had a record year. Revenue rose to €27.6 billion."
    assert _subjects(text, "en")["€27.6 billion"] == ("ASML", True)


def test_a_company_under_a_person_is_the_company() -> None:
    text = (
        "DeepSeek的模型拥有6710亿参数。DeepSeek的应用下载量达到1600万次。"
        "与此同时，马斯克旗下的xAI完成E轮融资。这一估值较2024年3月披露的1130亿美元翻了一番。"
    )
    assert [s for t, (s, _) in _subjects(text, "zh").items() if "1130亿" in t] == ["xAI"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In the end Meta spent just over $72 billion in 2025, compared with about $49 "
         "billion in 2024.", "about $49 billion"),
        ("At the time Meta expected capital expenditures of $65 billion.", "$65 billion"),
        ("In the meantime Meta raised its outlook to $72 billion.", "$72 billion"),
    ],
)  # fmt: skip
def test_an_adverbial_before_a_name_leaves_it_the_subject(text: str, figure: str) -> None:
    assert _subjects(text, "en")[figure] == ("Meta", True)


def test_a_name_after_a_preposition_and_a_noun_stays_an_object() -> None:
    read = _subjects("Meta invested $10 billion in the startup Mistral.", "en")
    assert read["$10 billion"][0] == "Meta"
