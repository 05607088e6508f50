"""A draft figure given to the wrong reporter (issue 14): "Nach Polizeiangaben gingen
am 21. Juli 2019 sogar 430.000 Menschen auf die Straße", where the source gives
430,000 to the organisers and 138,000 to the police in one article. The figure agreed
with a source, so the draft was "supported"; now the verdict is FC104 (attribution):
the draft gives the figure to one reporter, the sources to another, who say otherwise.
Only a figure confirms (a source's "tens of thousands" is no one's count), and only
the reporter's figures in the articles that give the draft's figure count."""

from __future__ import annotations

import pytest
from dated import check_dated

from factcheck.knowledge import Knowledge
from factcheck.ruleset import configure_rules
from tests.annotating import annotated_claims

CASES = {
    "en": ("In Hong Kong on 21 July, organisers said 430,000 people joined the march, while "
           "police said 138,000 took part.",
           "According to police, 430,000 people joined the march in Hong Kong on 21 July.",
           "According to the organisers, 430,000 people joined the march in Hong Kong on 21 "
           "July.", "430,000 people"),
    "de": ("In Hongkong nahmen am 21. Juli nach Angaben der Veranstalter 430.000 Menschen an "
           "dem Marsch teil, die Polizei sprach von 138.000 Teilnehmern.",
           "Nach Polizeiangaben nahmen am 21. Juli in Hongkong 430.000 Menschen an dem Marsch "
           "teil.",
           "Nach Veranstalterangaben nahmen am 21. Juli in Hongkong 430.000 Menschen an dem "
           "Marsch teil.", "430.000 Menschen"),
    "nl": ("In Hongkong liepen op 21 juli volgens de organisatoren 430.000 mensen mee in de "
           "mars, de politie telde 138.000 deelnemers.",
           "Volgens de politie liepen op 21 juli in Hongkong 430.000 mensen mee in de mars.",
           "Volgens de organisatoren liepen op 21 juli in Hongkong 430.000 mensen mee in de mars.",
           "430.000 mensen"),
    "zh": ("香港7月21日的游行，主办方称有43万人参加，警方则称有13.8万人参加。",
           "据警方统计，香港7月21日有43万人参加游行。",
           "据主办方统计，香港7月21日有43万人参加游行。", "43万人"),
}  # fmt: skip


def _verdicts(draft: str, lang: str, source: str) -> list[tuple[str, str | None, str]]:
    result = check_dated((draft, lang), (source, lang, "2019-07-22"))
    return [(f.kind, f.severity, f.text) for f in [*result.findings, *result.supported]]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_figure_given_to_the_wrong_reporter_is_an_attribution_error(lang: str) -> None:
    source, wrong, right, figure = CASES[lang]
    assert _verdicts(wrong, lang, source) == [("attribution-conflict", "warning", figure)]
    assert _verdicts(right, lang, source) == [("supported", None, figure)]


def test_with_fc104_disabled_the_figure_is_only_supported() -> None:
    """The verdict is FC104's: a newsroom that switches the rule off gets none."""
    shipped = Knowledge.from_dirs()
    rules = configure_rules(shipped.rules, disable=("FC104",), where="test")
    knowledge = Knowledge(shipped.entities, shipped.attributes, rules)
    source, wrong, _, figure = CASES["en"]
    result = check_dated((wrong, "en"), (source, "en", "2019-07-22"), knowledge=knowledge)
    assert [(f.kind, f.text) for f in [*result.findings, *result.supported]] == [
        ("supported", figure)
    ]


def test_the_message_names_both_reporters_and_what_the_draft_s_says() -> None:
    source, wrong, _, _ = CASES["en"]
    result = check_dated((wrong, "en"), (source, "en", "2019-07-22"))
    [verdict] = result.findings
    assert verdict.rule == "FC104"
    assert "the draft gives 430,000 people to police, the sources to organisers" in verdict.message
    assert "police says 138,000 people" in verdict.message


def test_a_quantity_in_words_is_no_one_s_count() -> None:
    """A draft's "mehr als 50.000" given to AFAD, met by a source's USGS estimate of
    "上萬人" (in words alone) beside AFAD's early 284: no attribution error."""
    source = ("敘利亞與土耳其的死亡人數上萬人，美國地質調查局預估。土耳其災害與應變管理中心(AFAD)統計顯示，"
              "至少有284人罹難。", "zh", "2023-02-06")  # fmt: skip
    draft = ("Nach Angaben der AFAD starben in der Türkei mehr als 50.000 Menschen.", "de")
    kinds = {f.kind for f in check_dated(draft, source).findings}
    assert "attribution-conflict" not in kinds


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Nach Polizeiangaben nahmen am 21. Juli in Hongkong 430.000 Menschen am Marsch teil.",
         "police"),
        ("Nach Veranstalterangaben nahmen am 21. Juli 430.000 Menschen am Marsch teil.",
         "organisers"),
    ],
)  # fmt: skip
def test_a_german_day_within_a_separable_verb_and_a_compound_reporter(
    text: str, reporter: str
) -> None:
    """ "nahmen am 21. Juli … teil": the stop of a day's ordinal ends no clause, so the
    verb still meets its particle; "Polizeiangaben" names the police."""
    [claim] = [c for c in annotated_claims(text, "de") if "430.000" in c.text]
    assert claim.attribute is not None and claim.attribute.name == "participants"
    assert claim.reported_by == reporter
