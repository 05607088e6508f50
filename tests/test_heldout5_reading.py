"""Classes a fifth held-out batch of real pages showed (issue 14; 57 pages on the
independent set's stories, kept outside the repo). Read first, its report held 8
error or warning findings, of which 7 were false: "48.5萬塊Hopper架構芯片" counted
aircraft (架), "22.4萬塊" counted companies (the 公司 of "Meta公司"), "485.000
KI-Prozessoren" were CPUs against the sources' GPUs. A draft's "April-to-June quarter
of 2025" was the whole year, against the fiscal year's 80 billion."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def _read(text: str, lang: str) -> dict[str, tuple[str, object, object, object]]:
    return {
        c.text: (c.unit, c.subject, c.attribute.name if c.attribute else None, c.time)
        for c in annotated_claims(text, lang)
    }


def test_a_classifier_after_a_name_begins_a_word() -> None:
    """架 of 架構 (architecture) and 人 of 人工智能 follow a name: no aircraft, no people,
    nor the 规模 (size) before the figure: the noun the classifier opens is chips."""
    text = "微軟預計購買了48.5萬塊Hopper架構芯片。最大的一台將搭載10萬顆Blackwell人工智能芯片。"
    read = _read(text, "zh")
    assert read["48.5萬塊"][0] == "chip"
    assert (
        _read("其中规模最大的一台将搭载10万颗Blackwell人工智能芯片。", "zh")["10万颗"][0] == "chip"
    )


def test_a_company_name_with_its_suffix_buys_for_itself() -> None:
    text = "微軟購買了48.5萬塊芯片，而Meta公司則購買了22.4萬塊。"
    unit, subject, _, _ = _read(text, "zh")["22.4萬塊"]
    assert unit == "chip" and subject == ("Meta",)  # the classifier's noun is left out


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Microsoft bought 485,000 chips, while the Meta company bought 224,000.", "224,000"),
        ("de", "Microsoft kaufte 485.000 Chips, der Meta-Konzern kaufte 224.000 Chips.",
         "224.000 Chips"),
        ("nl", "Microsoft kocht 485.000 chips, het Meta-concern kocht er 224.000.", "224.000"),
        ("zh", "微軟購買了48.5萬塊芯片，而Meta公司則購買了22.4萬塊。", "22.4萬塊"),
    ],
)  # fmt: skip
def test_a_description_right_after_a_name_is_that_name(lang: str, text: str, figure: str) -> None:
    """ "Meta公司", "the Meta company", "der Meta-Konzern": not "the company" pointing
    back to Microsoft."""
    assert _read(text, lang)[figure][1] == ("Meta",)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        ("en", "Microsoft bought 485,000 AI processors from Nvidia.", "485,000 AI processors",
         "chip"),
        ("de", "Microsoft hat 485.000 KI-Prozessoren aus Nvidias Hopper-Familie erworben.",
         "485.000 KI-Prozessoren", "chip"),
        ("nl", "Microsoft kocht 485.000 AI-processoren van Nvidia.", "485.000 AI-processoren",
         "chip"),
        ("zh", "微软购买了48.5万个Hopper处理器。", "48.5万个Hopper处理器", "GPU"),
        ("en", "Microsoft trained it on 15,000 Nvidia H100 CPUs.", "15,000 Nvidia H100 CPUs",
         "processor"),
        ("nl", "Microsoft kocht 15.000 Nvidia H100 CPU's.", "15.000 Nvidia H100 CPU's",
         "processor"),
    ],
)  # fmt: skip
def test_processors_are_any_chip_and_cpus_are_processors(
    lang: str, text: str, figure: str, unit: str
) -> None:
    assert _read(text, lang)[figure][0] == unit


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "In the April-to-June quarter of 2025, Microsoft reported capital spending of "
         "$24.2 billion.", "$24.2 billion"),
        ("de", "Im Quartal April-Juni 2025 investierte Microsoft 24,2 Milliarden Dollar.",
         "24,2 Milliarden Dollar"),
        ("nl", "In het kwartaal april-juni 2025 gaf Microsoft 24,2 miljard dollar uit aan "
         "investeringen.", "24,2 miljard dollar"),
        ("zh", "微软2025年4-6月资本支出为242亿美元。", "242亿美元"),
    ],
)  # fmt: skip
def test_a_quarter_written_as_its_months_is_that_quarter(lang: str, text: str, figure: str) -> None:
    read = _read(text, lang)
    assert read[figure][3] == "2025-Q2"
    assert [t for t, (unit, *_) in read.items() if unit == "month"] == []  # 4-6月 is no duration
