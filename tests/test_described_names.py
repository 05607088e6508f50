"""Names the entity table does not list, in the AI funding stories of held-out batch 17
(issue 14): German capitalises every noun, so an unknown company was no name there
("Das französische KI-Unternehmen Mistral AI …"), and the one listed organisation
(ASML, the investor) took every figure, surely. A noun that says what a name is
makes the word after it a name, and that word one wherever the text writes it. "The
model" is no listed model's for sure while the text names models the table does not
know. A year has no letters running on from it ("2048H800显卡" counts chips)."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from tests.annotating import annotated_claims
from tests.news_reports import flagged_rules, report_of


def subjects(text: str, lang: str) -> dict[str, tuple[str | None, bool]]:
    return {
        c.text: (c.subject.readable() if c.subject else None, c.subject_sure)
        for c in annotated_claims(text, lang, "2025-09-09")
    }


def test_a_german_name_after_a_noun_that_describes_it_is_a_name() -> None:
    text = (
        "Das französische KI-Unternehmen Mistral AI hat eine Finanzierungsrunde in Höhe von "
        "1,7 Milliarden Euro abgeschlossen. Die Runde wurde von ASML angeführt. Die Bewertung "
        "von Mistral soll nun bei etwa 11 Milliarden Dollar liegen. Die Mistral-Bewertung "
        "verdoppelt sich auf knapp zwölf Milliarden Euro."
    )
    assert subjects(text, "de") == {
        "1,7 Milliarden Euro": ("Mistral AI", True),
        "etwa 11 Milliarden Dollar": ("Mistral", True),
        "verdoppelt": ("Mistral", True),
        "knapp zwölf Milliarden Euro": ("Mistral", True),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Das Unternehmen Anfang Juli meldete 5 Milliarden Euro Umsatz.",
        "Der Konzern Ende 2024 hatte 5 Milliarden Euro Umsatz.",
    ],
)
def test_a_common_noun_after_a_describing_noun_is_no_name(text: str) -> None:
    assert subjects(text, "de") == {"5 Milliarden Euro": (None, False)}


def test_an_investors_and_its_targets_figures_stay_apart() -> None:
    report = report_of(
        ("ASML investiert 1,3 Milliarden Euro in das Start-up Mistral.", "de"),
        (
            "Das KI-Unternehmen Mistral AI hat eine Finanzierungsrunde in Höhe von 1,7 "
            "Milliarden Euro abgeschlossen, die ASML anführte.",
            "de",
        ),
        published="2025-09-09",
    )
    assert flagged_rules(report) == []


def test_the_model_is_no_listed_models_while_unlisted_models_are_named() -> None:
    text = (
        "DeepSeek overtook rival ChatGPT. DeepSeek unveiled its R1 model. It rains. It snows. "
        "The model boasts 671 billion parameters."
    )
    assert subjects(text, "en")["671 billion parameters"][1] is False


def test_the_model_is_the_one_listed_model_when_no_other_is_named() -> None:
    text = "ChatGPT is popular. The model boasts 671 billion parameters."
    assert subjects(text, "en")["671 billion parameters"] == ("ChatGPT", True)


@pytest.mark.parametrize(
    ("text", "lang", "figure", "time"),
    [
        ("DeepSeek-V3只用了2048H800显卡，计算预算不到600万美元。", "zh", "不到600万美元", None),
        ("Revenue in 2023Q4 was $5 billion.", "en", "$5 billion", "2023-Q4"),
        ("Der Umsatz lag 2023 bei 5 Milliarden Euro.", "de", "5 Milliarden Euro", "2023"),
    ],
)
def test_a_year_has_no_letters_running_on_but_a_quarters(
    text: str, lang: str, figure: str, time: str | None
) -> None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert claim.time == time


def test_a_generic_count_counts_the_chips_of_a_german_compound() -> None:
    text = "Stellen Sie es sich als Gehirn aus Computerchips vor—200.000 Stück, um genau zu sein."
    assert [(c.text, c.unit) for c in annotated_claims(text, "de")] == [("200.000 Stück", "chip")]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("DeepSeek says V3 was trained for $5.6 million.", "en", "$5.6 million"),
        ("Das Training des Modells V3 kostete nur 294.000 US-Dollar.", "de", "294.000 US-Dollar"),
        ("De trainingskosten van V3 bedroegen 5,6 miljoen dollar.", "nl", "5,6 miljoen dollar"),
        ("DeepSeek-V3的训练成本仅为557.6万美元。", "zh", "557.6万美元"),
    ],
)
def test_what_training_a_model_cost_is_its_own_measure(text: str, lang: str, figure: str) -> None:
    claims = annotated_claims(text, lang, "2025-01-28")
    assert [str(c.attribute) for c in claims if c.text == figure] == ["training_cost"]


def test_the_chips_a_model_was_trained_on_stay_training_gpus() -> None:
    claims = annotated_claims("V3 was trained on 2,048 Nvidia H800 GPUs.", "en", "2025-01-28")
    assert [str(c.attribute) for c in claims] == ["training_gpus"]


def test_a_company_name_with_a_trailing_ai_is_the_name_across_articles() -> None:
    report = report_of(
        ("Die Bewertung des KI-Unternehmens Mistral AI liegt bei 11,7 Milliarden Dollar.", "de"),
        ("The French start-up Mistral is now valued at 11.7 billion euros.", "en"),
        published="2025-09-09",
    )
    assert len({c.subject for c in report.claims}) == 1  # one spelling for both
    assert flagged_rules(report) == [("FC103", "error")]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Trainiert wurde es auf 2.048 Nvidia-H800-Chips.", "de", "2.048 Nvidia-H800-Chips"),
        ("It was trained on 2,048 Nvidia H800-chips.", "en", "2,048 Nvidia H800-chips"),
    ],
)
def test_a_compound_that_ends_in_a_counted_noun_counts_it(
    text: str, lang: str, figure: str
) -> None:
    assert [(c.text, c.unit) for c in annotated_claims(text, lang)] == [(figure, "chip")]


def test_a_models_short_name_is_the_one_longer_name_ending_in_it() -> None:
    from factcheck.annotation.names import NameResolver, unify_names
    from factcheck.models import Subject

    names = unify_names([Subject(("V3",)), Subject(("DeepSeek-V3",)), Subject(("R1",))], 90)
    assert names[Subject(("V3",))] == Subject(("DeepSeek-V3",))
    assert names[Subject(("R1",))] == Subject(("R1",))  # no longer name ends in it
    two = unify_names([Subject(("V3",)), Subject(("DeepSeek-V3",)), Subject(("Acme-V3",))], 90)
    assert two[Subject(("V3",))] == Subject(("V3",))  # two makers' V3: neither
    resolver = NameResolver(90)
    resolver.canonical = ["DeepSeek-R1", "Mistral"]
    assert (resolver.resolve("R1"), resolver.resolve("Max")) == ("DeepSeek-R1", "Max")


def test_a_draft_giving_a_models_short_name_meets_its_full_name() -> None:
    draft = ("draft.md", "DeepSeek的V3模型每个token仅激活370亿个参数。", "zh")
    sources = [("a.txt", "DeepSeek-V3 activates 37 billion parameters per token.", "en")]
    result = check_texts(draft, sources)
    assert [f.severity for f in result.findings if f.severity != "info"] == []
    assert [f.kind for f in result.supported] == ["supported"]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Of its 671 billion parameters, 37 billion are active per token.", "en", "37 billion"),
        ("Das Modell besitzt 671 Milliarden Parameter, von denen pro Token nur 37 Milliarden "
         "aktiv sind.", "de", "37 Milliarden"),
        ("模型拥有6710亿参数,每个token仅激活370亿个参数。", "zh", "370亿个参数"),
    ],
)  # fmt: skip
def test_a_noun_after_per_is_no_counted_thing(text: str, lang: str, figure: str) -> None:
    """Batch 17's German draft: "pro Token" made 37 billion active parameters tokens."""
    assert [c.unit for c in annotated_claims(text, lang) if c.text == figure] == ["parameter"]
