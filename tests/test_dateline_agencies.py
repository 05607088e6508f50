"""Any agency in a dateline's brackets files the dispatch, listed or not (held-out
batch 12: "Tokyo, May 8 (Jiji Press)--Toyota Motor Corp. said …" made Jiji Press the
subject of Toyota's operating profit, and the double-hyphen dash cut "Toyota" off the
company's name; Toyota is listed now, so an unlisted name stands in for it). Besides
the listed agencies of `datelines_after`, a bracketed capitalised name and a dash
after a dateline's place and date is one."""

from __future__ import annotations

import pytest

from tests.annotating import subjects_of as subjects_in


def subjects_of(text: str, lang: str) -> dict[str, str | None]:
    return subjects_in(text, lang, "2024-05-08")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "Tokyo, May 8 (Jiji Press)--Subaru Motor Corp. said Wednesday its group operating "
               "profit surged 96.4 pct to 5,352.9 billion yen.", "5,352.9 billion yen",
         "Subaru Motor Corp"),
        ("en", "Tokyo, May 8 (Jiji Press)--Toyota Motor Corp. said Wednesday its group operating "
               "profit surged 96.4 pct to 5,352.9 billion yen.", "5,352.9 billion yen", "Toyota"),
        ("en", "SEOUL, Jan 9 (Yonhap) -- BYD sold 3.02 million cars last year.", "3.02 million cars",
         "BYD"),
        ("de", "Peking, 9. Januar (Xinhua) - BYD hat im vergangenen Jahr 3,02 Millionen Autos "
               "verkauft.", "3,02 Millionen Autos", "BYD"),
        ("nl", "Den Haag, 8 mei (Novum) - BYD verkocht vorig jaar 3,02 miljoen auto's.",
         "3,02 miljoen auto's", "BYD"),
        ("zh", "新华社北京1月9日电 比亚迪去年销售了302万辆汽车。", "302万辆汽车", "BYD"),
    ],
)  # fmt: skip
def test_a_dateline_agency_is_no_subject(lang: str, text: str, figure: str, subject: str) -> None:
    assert subjects_of(text, lang)[figure] == subject
