"""Classes of held-out batch 20 (Meta's Llama models, Samsung's and SK hynix's results):
a model's version and size are its name ("Llama 3.1 405B"); what a model is trained on
is data, not chips, and "train" is no training in a train crash; a Chinese classifier
before a model name counts that name's thing, not a "规模" (scale, a quake's magnitude
in Taiwan) before it; a quarter named without its year is in the year its sentence named
just before; the won written out, and Taiwan's 營業淨利 (operating profit); a company's
preliminary result is not its final one; "on sales of" names the next figure."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.reporting import report_texts


def _figures(text: str, lang: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(c.text, c.unit) for c in extract_text(text, lang=lang, published=published)]


def _read(text: str, lang: str) -> list[tuple[str, str, str]]:
    report = report_texts([("a.txt", text, lang)])
    return [(c.text, c.unit, str(c.attribute)) for c in report.claims]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Meta released Llama 3.1 today.", "en", []),
        ("Meta’s Llama 3.1 405B was trained on more than 15 trillion tokens.", "en",
         [("more than 15 trillion tokens", "token")]),
        ("Das Modell Llama 3 70B ist offen, Google stellte Gemini 1.5 vor.", "de", []),
        ("Meta bracht Llama 3.1 uit.", "nl", []),
        ("De omzet steeg met 3.1 procent.", "nl", [("3.1 procent", "percent")]),
        ("Nvidia's revenue rose 2.5 times.", "en", [("2.5 times", "multiplier")]),
    ],
)  # fmt: skip
def test_a_models_version_and_size_are_its_name(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Llama 3 was trained on 15 trillion tokens using 16,000 H100 GPUs.", "en",
         [("15 trillion tokens", "token", "training_data"),
          ("16,000 H100 GPUs", "GPU", "training_gpus")]),
        ("Llama 3 wurde mit einer Sammlung von 15 Billionen Token trainiert.", "de",
         [("15 Billionen Token", "token", "training_data")]),
        ("Llama 3 werd getraind op 15 biljoen tokens.", "nl",
         [("15 biljoen tokens", "token", "training_data")]),
        ("DeepSeek V3 的预训练成本约为 530 万美元。", "zh",
         [("530 万美元", "USD", "training_cost")]),
        ("At least 288 people were killed when the train derailed.", "en",
         [("At least 288 people", "person", "death_toll")]),
    ],
)  # fmt: skip
def test_a_model_is_trained_on_data_and_chips(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text, lang) == expected


def test_tokens_and_parameters_are_no_unit_slip() -> None:
    report = report_texts(
        [
            ("de.txt", "Meta hat Llama 3 mit 15 Billionen Token trainiert.", "de"),
            ("en.txt", "Meta trained its 405-billion-parameter Llama model for months.", "en"),
        ]
    )
    assert [f.rule for f in report.findings if f.rule == "FC103"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("七百亿参数的模型大概动用的集群规模差不多是8000-10000块H100。",
         [("七百亿参数", "parameter"), ("8000-10000块", "count")]),
        ("训练规模为1.6万块。", [("1.6万块", "count")]),
        ("集群规模是10万颗Blackwell人工智能芯片。", [("10万颗", "chip")]),
    ],
)  # fmt: skip
def test_a_classifier_before_a_name_counts_no_magnitude(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _figures(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("Looking back, in Q4 2023 it was 2.82 trillion won, in Q3 it was 2.4 trillion won.",
         "en", "2024-10-31", ["2023-Q4", "2023-Q3"]),
        ("Im vierten Quartal 2023 lag der Gewinn bei 2,8 Billionen Won, im dritten Quartal "
         "bei 2,4 Billionen Won.", "de", "2024-10-31", ["2023-Q4", "2023-Q3"]),
        ("In het vierde kwartaal van 2023 was de winst 2,8 biljoen won, in het derde kwartaal "
         "2,4 biljoen won.", "nl", "2024-10-31", ["2023-Q4", "2023-Q3"]),
        ("2023年第四季度营业利润为2.82万亿韩元,第三季度为2.4万亿韩元。", "zh", "2024-10-31",
         ["2023-Q4", "2023-Q3"]),
        # a quarter the sentence resolved by the date, not named with a year, lends none
        ("第1季銷售淨額總計53億歐元,低於第4季的72億歐元。", "zh", "2024-04-17",
         ["2024-Q1", "2023-Q4"]),
    ],
)  # fmt: skip
def test_a_quarter_takes_the_year_its_sentence_named(
    text: str, lang: str, published: str, expected: list[str]
) -> None:
    claims = extract_text(text, lang=lang, published=published)
    assert [c.time for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("De operationele winst bedraagt 10,4 biljoen Zuid-Koreaanse won.", "nl",
         ("10,4 biljoen Zuid-Koreaanse won", "KRW", "operating_profit")),
        ("Der operative Gewinn lag bei 10,4 Billionen südkoreanischen Won.", "de",
         ("10,4 Billionen südkoreanischen Won", "KRW", "operating_profit")),
        ("Samsung's operating profit was 10.4 trillion South Korean won.", "en",
         ("10.4 trillion South Korean won", "KRW", "operating_profit")),
        ("三星第2季營業淨利總計10.4439兆韓元。", "zh",
         ("10.4439兆韓元", "KRW", "operating_profit")),
    ],
)  # fmt: skip
def test_the_won_and_operating_profit(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert _read(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Samsung earlier estimated its total operating profit for 2025 at 43.5 trillion won.",
         "en", [("43.5 trillion won", "KRW", "operating_profit_preliminary")]),
        ("Samsung meldete vorläufige Zahlen: Der operative Gewinn stieg auf 10,4 Billionen Won.",
         "de", [("10,4 Billionen Won", "KRW", "operating_profit_preliminary")]),
        ("Volgens de voorlopige kwartaalcijfers bedraagt de operationele winst van Samsung "
         "10,4 biljoen won.", "nl", [("10,4 biljoen won", "KRW", "operating_profit_preliminary")]),
        ("三星电子初步统计,第二季度营业利润为10.4万亿韩元。", "zh",
         [("10.4万亿韩元", "KRW", "operating_profit_preliminary")]),
    ],
)  # fmt: skip
def test_a_preliminary_result_is_not_the_final_one(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Samsung lifted its operating profit to 10.44 trillion won on sales of 74.06 trillion "
         "won.", "en", ["operating_profit", "revenue"]),
        ("Der operative Gewinn stieg auf 10,4 Billionen Won bei einem Umsatz von 74 Billionen "
         "Won.", "de", ["operating_profit", "revenue"]),
        ("De operationele winst steeg naar 10,4 biljoen won bij een omzet van 74 biljoen won.",
         "nl", ["operating_profit", "revenue"]),
        # a word before the figures names them all
        ("Meta reported Q2 revenue of $47.5 billion and expects between $47.5 billion and "
         "$50.5 billion in Q3.", "en", ["revenue", "revenue_expected"]),
    ],
)  # fmt: skip
def test_a_word_before_of_and_the_next_figure_is_that_figures(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [attribute for _, _, attribute in _read(text, lang)] == expected


def test_sk_hynix_is_one_name_in_four_languages() -> None:
    texts = [
        ("en.txt", "SK hynix reported an operating profit of 9.21 trillion won.", "en"),
        ("de.txt", "SK Hynix meldete einen operativen Gewinn von 9,21 Billionen Won.", "de"),
        ("nl.txt", "SK Hynix boekte een operationele winst van 9,21 biljoen won.", "nl"),
        ("zh.txt", "SK海力士营业利润为9.21万亿韩元。", "zh"),
    ]
    report = report_texts(texts)
    assert {str(c.subject) for c in report.claims} == {"SK Hynix"}
    assert len(report.groups) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta claims Llama3-8B and 70B can outperform far larger models.", "en"),
        ("The pre-training of the 405B model was a challenge.", "en"),
        ("Die 8B- und 70B-Modelle sind offen.", "de"),
        ("De 8B- en 70B-modellen zijn open.", "nl"),
    ],
)
def test_a_size_glued_to_its_letter_names_a_model(text: str, lang: str) -> None:
    assert _figures(text, lang) == []


def test_money_written_with_a_letter_is_still_money() -> None:
    assert _figures("The deal is worth $5B and 6B more.", "en") == [("$5B", "USD"), ("6B", "USD")]


def test_a_family_named_for_each_of_its_sizes_makes_no_alarm() -> None:
    """ "Llama" is said of 7 to 64 billion parameters (Llama 1) and of 405 billion (Llama
    3.1): a family listed with `sizes`, whose figures may be of two members."""
    report = report_texts(
        [
            ("a.txt", "Meta launched Llama in February 2023 with 7 billion to 64 billion "
             "parameters.", "en"),
            ("b.txt", "Meta hat Llama mit 405 Milliarden Parametern veröffentlicht.", "de"),
            ("c.txt", "Meta 发布了 Llama3,参数规模为4050亿。", "zh"),
        ]
    )  # fmt: skip
    assert {str(c.subject) for c in report.claims} == {"Llama"}
    assert [f.severity for f in report.findings if f.severity != "info"] == []
    assert any(f.rule == "FC101" for f in report.findings)  # listed, as information


def test_a_bare_numbers_digits_make_no_scale_slip() -> None:
    """ "mit 8, 70 oder 405" (an excerpt cut before its unit) names no unit to share with
    "405B"."""
    report = report_texts(
        [
            ("a.txt", "Meta publizierte das Modell Llama mit 8, 70 oder 405", "de"),
            ("b.txt", "The largest Llama is 405B, Meta said.", "en"),
        ]
    )
    assert [f.rule for f in report.findings if f.rule == "FC102"] == []
