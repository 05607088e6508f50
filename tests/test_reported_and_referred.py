"""Who a figure is about when its sentence names a reporter or refers back (issue 14):
"the model" refers to the model named before even as an object ("Microsoft stellte
MAI-1-preview vor. … das Modell"), its possessive counts ("the model’s training"), a
reporter's name heads no apposition ("According to Microsoft, the model's …"), and a
name that reports what another did is not the figure's subject ("Microsoft said
OpenAI's revenue reached $3.7 billion")."""

from __future__ import annotations

import pytest

import factcheck


def _subjects(lang: str, text: str) -> dict[str, str | None]:
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    return {
        t: s if isinstance(s, str) else None
        for t, s in zip(frame["text"], frame["subject"], strict=True)
    }


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Microsoft unveiled MAI-1-preview. According to Microsoft, the model’s training "
            "used 15,000 Nvidia H100 GPUs.",
            "15,000 Nvidia H100 GPUs",
        ),
        (
            "de",
            "Microsoft stellte MAI-1-preview vor. Laut Microsoft wurde das Modell mit 15.000 "
            "Nvidia-H100-GPUs trainiert.",
            "15.000 Nvidia-H100-GPUs",
        ),
        (
            "nl",
            "Microsoft presenteerde MAI-1-preview. Volgens Microsoft werd het model getraind op "
            "15.000 Nvidia H100-GPU's.",
            "15.000 Nvidia H100-GPU's",
        ),
        (
            "zh",
            "微软发布了MAI-1-preview。据微软介绍,该模型使用了1.5万块英伟达H100 GPU进行训练。",
            "1.5万块英伟达H100 GPU",
        ),
        (
            "en",
            "Assessments on LMArena placed MAI-1-preview 13th. Microsoft has disclosed that the "
            "model’s training involved approximately 15,000 Nvidia H100 GPUs.",
            "approximately 15,000 Nvidia H100 GPUs",
        ),
    ],
)
def test_the_model_refers_to_the_model_named_before(lang: str, text: str, figure: str) -> None:
    assert _subjects(lang, text)[figure] == "MAI-1-preview"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Microsoft said OpenAI's revenue reached $3.7 billion.", "$3.7 billion"),
        ("en", "Microsoft has disclosed that OpenAI’s revenue reached $3.7 billion.", "$3.7 billion"),
        ("de", "Microsoft sagte, der Umsatz von OpenAI erreichte 3,7 Milliarden Dollar.", "3,7 Milliarden Dollar"),
        ("nl", "Microsoft zei dat de omzet van OpenAI 3,7 miljard dollar bedroeg.", "3,7 miljard dollar"),
        ("zh", "微软表示,OpenAI的营收达到37亿美元。", "37亿美元"),
    ],
)  # fmt: skip
def test_a_reporter_is_not_the_subject_of_what_another_did(
    lang: str, text: str, figure: str
) -> None:
    assert _subjects(lang, text)[figure] == "OpenAI"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "BYD said it sold 3 million cars in 2023.", "3 million cars"),
        ("en", "Microsoft said its revenue reached $62 billion.", "$62 billion"),
        ("de", "BYD teilte mit, 2023 drei Millionen Autos verkauft zu haben.", "drei Millionen Autos"),
    ],
)  # fmt: skip
def test_a_reporter_of_its_own_figures_stays_their_subject(
    lang: str, text: str, figure: str
) -> None:
    assert _subjects(lang, text)[figure] in ("BYD", "Microsoft")
