"""A day names when a figure was said, not the period it covers (held-out batch 15:
"Am 28. August 2025 hat Nippon Steel eine Investition von 11 Milliarden Dollar …
angekündigt" is no investment *for* 2025, and held against "根据 2025 年 5 月 26 日 …
追加 140 亿美元投资" it made a false error); what a plant or a company produces is its
output in tonnes or barrels as in vehicles; German calls a share "das Papier"."""

from __future__ import annotations

import pytest

from factcheck.runs.reporting import report_texts


def _read(text: str, lang: str) -> list[tuple[str, str, str, str | None, str | None]]:
    report = report_texts([("a.txt", text, lang)])
    return [(c.text, str(c.subject), str(c.attribute), c.time, c.as_of) for c in report.claims]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On 28 August 2025 Nvidia reported revenue of $46.7 billion.", "en",
         ("$46.7 billion", "Nvidia", "revenue", None, "2025-08-28")),
        ("Am 28. August 2025 hat Nippon Steel eine Investition von 11 Milliarden Dollar in "
         "U.S. Steel angekündigt.", "de",
         ("11 Milliarden Dollar", "Nippon Steel", "investment", None, "2025-08-28")),
        ("Op 28 augustus 2025 meldde Nvidia een omzet van 46,7 miljard dollar.", "nl",
         ("46,7 miljard dollar", "Nvidia", "revenue", None, "2025-08-28")),
        ("根据 2025 年 5 月 26 日外媒报道,日本制铁将追加 140 亿美元投资。", "zh",
         ("140 亿美元", "Nippon Steel", "investment", None, "2025-05-26")),
        # a period the clause states besides the day is still the period
        ("On 28 August 2025 Nvidia reported revenue of $130 billion for 2024.", "en",
         ("$130 billion", "Nvidia", "revenue", "2024", "2025-08-28")),
        ("Meta will in 2025 rund 65 Milliarden Dollar investieren.", "de",
         ("rund 65 Milliarden Dollar", "Meta", "investment", "2025", None)),
    ],
)  # fmt: skip
def test_a_days_year_is_no_period(
    text: str, lang: str, expected: tuple[str, str, str, str | None, str | None]
) -> None:
    assert _read(text, lang) == [expected]


def test_two_pledges_announced_on_two_days_make_no_alarm() -> None:
    report = report_texts(
        [
            ("de.txt", "Am 28. August 2025 hat Nippon Steel eine Investition von 11 "
             "Milliarden Dollar in U.S. Steel angekündigt.", "de"),
            ("zh.txt", "根据 2025 年 5 月 26 日外媒报道,日本制铁将追加 140 亿美元投资美国钢铁。", "zh"),
        ]
    )  # fmt: skip
    assert [f.severity for f in report.findings if f.rule == "FC101"] in ([], ["info"])
    assert not [f for f in report.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nippon Steel produced 43.64 million tonnes of crude steel in 2024.", "en",
         [("43.64 million tonnes", "Nippon Steel", "production", "2024", None)]),
        ("Nippon Steel produzierte 2024 rund 43,64 Millionen Tonnen Rohstahl.", "de",
         [("rund 43,64 Millionen Tonnen", "Nippon Steel", "production", "2024", None)]),
        ("Nippon Steel produceerde in 2024 43,64 miljoen ton ruwstaal.", "nl",
         [("43,64 miljoen ton", "Nippon Steel", "production", "2024", None)]),
        ("日本制铁2024年粗钢产量为4364万吨,美国钢铁公司同年产量为1449万吨。", "zh",
         [("4364万吨", "Nippon Steel", "production", "2024", None),
          ("1449万吨", "U.S. Steel", "production", "2024", None)]),
    ],
)  # fmt: skip
def test_output_in_tonnes_is_production(
    text: str, lang: str, expected: list[tuple[str, str, str, str | None, str | None]]
) -> None:
    assert _read(text, lang) == expected


def test_das_papier_is_the_share() -> None:
    moved = _read("Apple legte zu. Seit Jahresbeginn hat das Papier um 86 Prozent zugelegt.", "de")
    assert moved == [("86 Prozent", "Apple", "share_price_change", None, None)]
    paper = _read("Das Strategiepapier von Apple nennt 30 Prozent.", "de")
    assert paper == [("30 Prozent", "Apple", "percent:percent", None, None)]
