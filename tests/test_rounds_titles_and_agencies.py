"""Held-out batches 55 and 57 to 61 (Chile's, Romania's, Bolivia's and Ecuador's
presidential votes, the Philippines' midterms, Adidas's quarter): a candidate's share
of the vote is the candidate's, whatever company a multi-story text is most about;
German names after a politician's title (inflected, with a nickname or a particle), and
foreign names written in Chinese with a name dot; a rank beside a share is no unit
mismatch; no company holds an election's votes; voters who voted are no electorate; a
quarter after "its" dates a figure; a clause after an apposition describes the name the
apposition is about."""

from __future__ import annotations

import pytest

from factcheck.runs.reporting import report_texts
from tests.annotating import readings

SANOFI = "Sanofi's sales rose 10% to 9.99 billion euros in the second quarter. "


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", SANOFI + "In Chile, the communist candidate Jeannette Jara had led with 26.8%.",
         "26.8%", "Jeannette Jara"),
        ("nl", "BMW verkocht 1,2 miljoen auto's. In Bolivia behaalde oud-president Jorge "
         "Quiroga 26,8 procent van de stemmen.", "26,8 procent", "Jorge Quiroga"),
        ("de", "BMW verkaufte 1,2 Millionen Autos. In Bolivien holte der Ex-Präsident Jorge "
         "Quiroga 26,8 Prozent der Stimmen.", "26,8 Prozent", "Jorge Quiroga"),
        ("zh", "宝马上半年销量为120万辆。在玻利维亚，前总统豪尔赫·基罗加获得26.8%的选票。", "26.8%",
         "豪尔赫·基罗加"),
    ],
)  # fmt: skip
def test_a_candidates_share_is_the_candidates(
    lang: str, text: str, figure: str, subject: str
) -> None:
    """A titled person had stood for the text's main company (Sanofi's 26.8%, BMW's
    36.7% in batches 55 and 59)."""
    assert readings(text, lang)[figure].subject == subject


def test_an_executive_still_speaks_for_the_company() -> None:
    text = (
        "Chipmaker Intel reported second-quarter 2025 revenue of $12.9 billion. Chief "
        "executive Lip-Bu Tan is cutting jobs and aims to end 2025 with about 75,000 employees."
    )
    assert readings(text, "en")["about 75,000 employees"].subject == "Intel"


def test_a_politician_stands_for_the_company_named_beside() -> None:
    """Volkswagen's tariff costs, with "President Donald Trump" the last name before
    them, stay Volkswagen's where the sentence names it."""
    text = (
        "Volkswagen said the tariffs imposed by US President Donald Trump cost the group "
        "1.3 billion euros in the first half."
    )
    assert readings(text, "en")["1.3 billion euros"].subject == "Volkswagen"


OVB = (
    "Sucre – In der ersten Runde der Präsidentschaftswahl in Bolivien hat überraschend der "
    "christdemokratische Senator Rodrigo Paz die meisten Wählerstimmen auf sich versammelt. "
    "Er tritt nun gegen den rechtsgerichteten Ex-Präsidenten Jorge „Tuto“ Quiroga an. "
    "Nach Angaben der Wahlbehörde erhielt Paz 32,1 Prozent der Stimmen, gefolgt von Quiroga "
    "mit 26,8 Prozent. Ihr Präsidentschaftskandidat Eduardo del Castillo holte nur 3,1 "
    "Prozent der Stimmen."
)


@pytest.mark.parametrize(
    ("figure", "subject"),
    [
        ("32,1 Prozent", "Rodrigo Paz"),
        ("26,8 Prozent", "Jorge „Tuto“ Quiroga"),
        ("3,1 Prozent", "Eduardo del Castillo"),
    ],
)
def test_german_names_after_inflected_titles(figure: str, subject: str) -> None:
    """Batch 59 (OVB): "Senator", "Ex-Präsidenten" (inflected) and a nickname in quotes
    had left Paz and Quiroga unnamed; "del" had cut Eduardo del Castillo short."""
    assert readings(OVB, "de")[figure].subject == subject


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "MAS candidate Eduardo del Castillo won only 3.1 percent of the vote.",
         "3.1 percent", "Eduardo del Castillo"),
        ("nl", "MAS-kandidaat Eduardo del Castillo kreeg slechts 3,1 procent van de stemmen.",
         "3,1 procent", "Eduardo del Castillo"),
    ],
)  # fmt: skip
def test_a_particle_inside_a_name(lang: str, text: str, figure: str, subject: str) -> None:
    assert readings(text, lang)[figure].subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("而MAS党的爱德华多·德尔卡斯蒂略仅获得3.16%。", "3.16%", "爱德华多·德尔卡斯蒂略"),
        ("联盟党的保守派前总统豪尔赫·“图托”·基罗加以26.94%的得票率位居第二。", "26.94%",
         "豪尔赫·“图托”·基罗加"),
        ("中间派参议员罗德里戈·帕斯赢得选举。基督教民主党的帕斯获得了32.18%的选票。", "32.18%",
         "罗德里戈·帕斯"),
    ],
)  # fmt: skip
def test_a_foreign_name_written_in_chinese(text: str, figure: str, subject: str) -> None:
    """Batch 59 (outputnews): 32.18% had been 民主党's (a party inside 基督教民主党),
    3.16% MAS's, 26.94% no one's. The surname alone (帕斯) is the full name given before."""
    assert readings(text, "zh")[figure].subject == subject


def test_a_name_dot_run_stops_at_words() -> None:
    """候选人 before the name and 获得 after it are words, not sounds."""
    read = readings("总统候选人路易莎·冈萨雷斯获得44%的选票。", "zh")
    assert read["44%"].subject == "路易莎·冈萨雷斯"


def test_a_rank_beside_a_share_is_no_unit_mismatch() -> None:
    """Batch 57: "位居第二" (came second) against another outlet's 20.99% of the vote had
    been an FC103 error: "% and rank cannot both be right"."""
    texts = [
        ("a.txt", "罗马尼亚总统选举中，尼库绍尔·达恩以20.99%的得票率进入第二轮。", "zh"),
        ("b.txt", "罗马尼亚总统选举中，尼库绍尔·达恩的得票率位居第二。", "zh"),
    ]
    assert [f.rule for f in report_texts(texts).findings if f.rule == "FC103"] == []


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "SAP steigerte den Umsatz um 9 Prozent.\n\nBei der Stichwahl in Ecuador kam "
         "Amtsinhaber Daniel Noboa auf 55,8 Prozent.", "55,8 Prozent"),
        ("en", "Adidas raised revenue by 2.2 percent.\n\nIn the vote, the opposition won "
         "27.1 million votes.", "27.1 million votes"),
    ],
)  # fmt: skip
def test_no_company_holds_a_share_of_the_vote(lang: str, text: str, figure: str) -> None:
    """Batches 60 and 61: a multi-story draft's company (it reports by fiscal year) had
    been the holder of an election's votes ("SAP / share of the vote")."""
    assert readings(text, lang)[figure].subject not in ("SAP", "Adidas")


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("全國1798萬注冊選民中有約957萬人參與投票。", "1798萬", "eligible_voters"),
        ("全國1798萬注冊選民中有約957萬人參與投票。", "約957萬人", "votes_cast"),
        ("约957万选民参与投票。", "约957万选民", "votes_cast"),
        ("全国有1798万选民。", "1798万选民", "eligible_voters"),
    ],
)
def test_voters_who_voted_are_no_electorate(text: str, figure: str, attribute: str) -> None:
    """Batch 61: "6843万菲律宾选民…参加了…投票" (voters who took part) had been the
    electorate, an error against the draft's 69,673,653 registered voters."""
    assert readings(text, "zh")[figure].attribute == attribute


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Adidas reported that its second quarter net income rose to 375 million euros.",
         "375 million euros", "2025-Q2"),
        ("Adidas said its first half revenue rose to 12.1 billion euros.", "12.1 billion euros",
         "2025-H1"),
    ],
)  # fmt: skip
def test_a_quarter_after_its_dates_a_figure(text: str, figure: str, period: str) -> None:
    """Batch 61 (dpa-AFX): "its second quarter net income … 375 million euros" had no
    period, so it dated nothing against a draft that gave it to the half year."""
    assert readings(text, "en", "2025-07-30")[figure].time == period


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "In third place is Sen. Bato dela Rosa, a former police chief under Rodrigo "
         "Duterte, with 20.2 million votes.", "20.2 million votes"),
        ("de", "Auf Platz drei folgt Senator Bato dela Rosa, ein früherer Polizeichef unter "
         "Rodrigo Duterte, mit 20,2 Millionen Stimmen.", "20,2 Millionen Stimmen"),
        ("nl", "Op de derde plaats staat senator Bato dela Rosa, een voormalige politiechef "
         "onder Rodrigo Duterte, met 20,2 miljoen stemmen.", "20,2 miljoen stemmen"),
    ],
)  # fmt: skip
def test_a_clause_after_an_apposition_describes_its_head(lang: str, text: str, figure: str) -> None:
    """Batch 61 (Philstar): ", with 20.2 million votes" after ", a former police chief
    under Rodrigo Duterte," had been Duterte's, an error against a draft's 405,000 for
    him. It describes the name the apposition is about; "Sen." ends no sentence, and
    "dela" is a particle of the name."""
    assert readings(text, lang)[figure].subject == "Bato dela Rosa"


def test_a_clause_after_a_plain_name_still_describes_it() -> None:
    read = readings("The CDU/CSU won 28.5%, followed by the AfD, with 20.8%.", "en")
    assert (read["28.5%"].subject, read["20.8%"].subject) == ("CDU/CSU", "AfD")
