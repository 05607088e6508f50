"""Batch 25's Heineken beer (one outlet wrote "240,7 hectoliter", another "240,7 miljoen
hectoliter") and the verdicts it showed in general: sources that state no period and
disagree with each other dispute each other, not a draft that restates one of them; a
draft's figure is weighed the same whatever its file's name sorts beside; a source
published within the draft's period still outweighs one published long after. And
batch 23's round-up drafts: a paragraph that opens "In Libyen" is set there, so a toll
in a town no table lists is Libya's, not that of the country the draft names most."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from tests.annotating import subjects_of

BEER = (
    "Heineken was vorig jaar goed voor een omzet van 35,9 miljard euro, meldde het "
    "bierconcern bij de presentatie van zijn jaarcijfers. In vergelijking met een jaar "
    "eerder produceerde Heineken 1,6 procent meer bier, {}."
)
DRAFTS = [
    ("en", "Heineken brewed 240.7 million hectolitres of beer in 2024."),
    ("de", "Heineken braute 2024 rund 240,7 Millionen Hektoliter Bier."),
    ("nl", "Heineken brouwde in 2024 240,7 miljoen hectoliter bier."),
    ("zh", "喜力2024年啤酒产量为2.407亿百升。"),
]


@pytest.mark.parametrize(("lang", "draft"), DRAFTS)
@pytest.mark.parametrize("names", [("a.txt", "b.txt"), ("s1.txt", "s2.txt")])
def test_a_draft_restating_one_of_two_undated_sources_is_supported(
    lang: str, draft: str, names: tuple[str, str]
) -> None:
    """It was a scale error against "240,7 hectoliter" when the draft's file name
    sorted before the sources' ("s1.txt"), and unchecked when after ("a.txt")."""
    sources = [
        (names[0], BEER.format("goed voor 240,7 miljoen hectoliter"), "nl"),
        (names[1], BEER.format("wat in liters neerkomt op 240,7 hectoliter"), "nl"),
    ]
    result = check_texts(("d.txt", draft, lang), sources)
    assert [f for f in result.findings if f.severity != "info"] == []
    assert result.summary.supported == 1


NET_INCOME = [
    ("s1.txt", "date 2024-10-18 Netflix said its net income was $2.36 billion.", "en"),
    ("s2.txt", "date 2025-01-22 Netflix said its net income was $1.87 billion.", "en"),
]


@pytest.mark.parametrize(
    ("lang", "draft", "figure"),
    [
        ("en", "Netflix's net income in the third quarter of 2024 was $1.87 billion.", "$1.87 billion"),
        ("de", "Netflix erzielte im dritten Quartal 2024 einen Nettogewinn von 1,87 Milliarden Dollar.", "1,87 Milliarden Dollar"),
        ("nl", "Netflix boekte in het derde kwartaal van 2024 een nettowinst van 1,87 miljard dollar.", "1,87 miljard dollar"),
        ("zh", "奈飞2024年第三季度净利润为18.7亿美元。", "18.7亿美元"),
    ],
)  # fmt: skip
def test_a_source_of_the_period_outweighs_one_published_later(
    lang: str, draft: str, figure: str
) -> None:
    """The quarter's figure, reported in October, against the next quarter's, reported
    in January without a period: the draft took the wrong one."""
    findings = check_texts(("d.txt", draft, lang), NET_INCOME).findings
    assert [(f.severity, f.kind, f.text) for f in findings] == [("error", "value-conflict", figure)]


ROUND_UPS = [
    ("en", "The earthquake in Japan killed 64 people in Ishikawa Prefecture, and Japan's government said 51 were missing.\n\nIn Libya, a spokesman of the eastern government spoke. According to OCHA, some 11,300 people died in Darna, and 10,100 are still missing.", "some 11,300 people", "10,100"),
    ("de", "Das Erdbeben in Japan hat in der Präfektur Ishikawa 64 Menschen getötet.\n\nIn Libyen teilte ein Sprecher der ostlibyschen Regierung mit, die Lage sei ernst. Nach Angaben von OCHA kamen in Darna rund 11.300 Menschen ums Leben, während noch 10.100 Menschen als vermisst galten.", "rund 11.300 Menschen", "10.100 Menschen"),
    ("nl", "De aardbeving in Japan kostte 64 mensen in de prefectuur Ishikawa het leven.\n\nIn Libië sprak een woordvoerder van de oostelijke regering. Volgens OCHA kwamen in Darna zo'n 11.300 mensen om het leven en worden nog 10.100 mensen vermist.", "zo'n 11.300 mensen", "10.100 mensen"),
    ("zh", "日本能登半岛地震已导致石川县64人死亡。\n\n在利比亚,东部政府发言人发表讲话。据联合国人道协调厅称,德尔纳约1万1300人死亡,另有1万100人失踪。", "约1万1300人", "1万100人"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "dead", "missing"), ROUND_UPS)
def test_a_paragraph_opened_with_a_place_is_set_there(
    lang: str, text: str, dead: str, missing: str
) -> None:
    """The tolls had been Japan's, the country the text names most."""
    subjects = subjects_of(text, lang)
    assert (subjects[dead], subjects[missing]) == ("Libya", "Libya")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        # the dead a nationality names are that country's, whatever paragraph
        ("de", "Bei der Hadsch in Saudi-Arabien starben über 1300 Menschen.\n\nIn Jordanien bestätigte das Außenministerium 41 Tote. Zudem seien 300 Ägypter gestorben.", "300 Ägypter", "Egypt"),
        # a paragraph that opens with a year, not a place
        ("en", "The earthquake in Japan killed 64 people.\n\nIn Libya, floods struck in 2023.\n\nIn 2024, some 240 people died in the region.", "some 240 people", "Japan"),
    ],
)  # fmt: skip
def test_no_scene_where_none_is_set(lang: str, text: str, figure: str, subject: str) -> None:
    assert subjects_of(text, lang)[figure] == subject
