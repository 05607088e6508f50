"""Page furniture by structure, not only by cue words, in all four languages
(factcheck/extraction/furniture.py, its words in factcheck/lexicon/furniture.yaml).

Each class of furniture has snippets of pages that must be flagged and snippets of
stories that must keep their claims; every snippet asserts its exact claims (text,
value, boilerplate flag). The snippets were written for these tests after the layouts
of real news pages; the real-article corpus (`factcheck evaluate --real`) holds too
few furniture numbers to show each class.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hostile import number_dense

from factcheck import extract
from factcheck.extraction.furniture import footnote_marks, furniture_spans, mask_footnotes

Found = list[tuple[str, float | None, bool]]
F, K = True, False  # flagged as furniture, kept as a claim


def found(text: str, lang: str) -> Found:
    return [(c.text, c.value, c.boilerplate) for c in extract(text, lang=lang)]


def covered(text: str, part: str) -> bool:
    """Whether the furniture spans of `text` cover every character of `part`."""
    start = text.index(part)
    spans = furniture_spans(text)
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(part)))


def check(cases: list[tuple[str, str, Found]]) -> Callable[[Callable[..., None]], object]:
    return pytest.mark.parametrize(("lang", "text", "expected"), cases)


# --- tickers, market widgets, score boxes ---------------------------------------------------

WIDGETS = [
    ("de", "Märkte\nDAX 18.492,49 ▲ 0,45 %\nMDAX 26.871,13 ▼ 0,12 %\nEuro Stoxx 50 4.983,67 ▲ 0,31 %",
     [("18.492,49", 18492.49, F), ("0,45 %", 0.45, F), ("26.871,13", 26871.13, F),
      ("0,12 %", 0.12, F), ("4.983,67", 4983.67, F), ("0,31 %", 0.31, F)]),
    ("en", "Markets\nDow Jones 38,654.42 -0.3%\nNasdaq 16,085.11 +0.5%",
     [("38,654.42", 38654.42, F), ("-0.3%", -0.3, F), ("16,085.11 +", 16085.11, F),
      ("+0.5%", 0.5, F)]),
    ("nl", "Beurs\nAEX 872,15 (+0,8%)\nAMX 921,40 (-0,3%)\nBel20 3.812,55 (+0,1%)",
     [("872,15", 872.15, F), ("+0,8%", 0.8, F), ("921,40", 921.4, F), ("-0,3%", -0.3, F),
      ("3.812,55", 3812.55, F), ("+0,1%", 0.1, F)]),
    ("zh", "行情\n深证成指 9640.88 -0.31%\n恒生指数 16725.10 -1.20%",
     [("9640.88", 9640.88, F), ("-0.31%", -0.31, F), ("16725.10", 16725.1, F),
      ("-1.20%", -1.2, F)]),
    # several entries on one line
    ("en", "Dow 38,654.42 -0.3% | Nasdaq 16,085.11 +0.5%",
     [("38,654.42", 38654.42, F), ("-0.3%", -0.3, F), ("16,085.11 +", 16085.11, F),
      ("+0.5%", 0.5, F)]),
    # score boxes, weather, a league table under its label
    ("en", "Premier League\nArsenal 2-1 Chelsea\nLiverpool 3-0 Everton",
     [("2", 2, F), ("1", 1, F), ("3", 3, F), ("0", 0, F)]),
    ("nl", "Eredivisie\nPSV - Ajax 3-1\nFeyenoord - AZ 1-0",
     [("3", 3, F), ("1", 1, F), ("1", 1, F), ("0", 0, F)]),
    ("zh", "比分\n广州 2:1 上海\n北京 3:0 山东", [("2", 2, F), ("1", 1, F), ("3", 3, F), ("0", 0, F)]),
    ("de", "Wetter\nBerlin 23°\nHamburg 19°", [("23°", 23, F), ("19°", 19, F)]),
    ("zh", "天气\n北京 23°\n上海 27°", [("23°", 23, F), ("27°", 27, F)]),
    ("nl", "Stand\n1. PSV 25 69\n2. Feyenoord 25 58",
     [("25", 25, F), ("69", 69, F), ("25", 25, F), ("58", 58, F)]),
]  # fmt: skip

STORY_FIGURES = [
    ("en", "Nvidia shares rose 3% on Monday.", [("3%", 3, K)]),
    ("de", "Der DAX stieg am Montag um 0,5 Prozent auf 18.492 Punkte.",
     [("0,5 Prozent", 0.5, K), ("18.492", 18492, K)]),
    ("nl", "De AEX sloot 0,8 procent hoger op 872 punten.",
     [("0,8 procent", 0.8, K), ("872", 872, K)]),
    ("zh", "谷歌的广告收入增长了 11%。", [("11%", 11, K)]),
    # a headline is one line, not a run
    ("de", "DAX steigt um 0,5 % auf Rekordhoch", [("0,5 %", 0.5, K)]),
    ("en", "Arsenal beat Chelsea 2-1 in the derby.", [("2", 2, K), ("1", 1, K)]),
    # a table of the story's own figures has no signed changes, scores or temperatures
    ("en", "Net sales 6,673 7,237 21,173 27,559\nGross margin (%) 51.9 51.4 50.5 51.3",
     [("6,673", 6673, K), ("7,237", 7237, K), ("21,173", 21173, K), ("27,559", 27559, K),
      ("51.9", 51.9, K), ("51.4", 51.4, K), ("50.5", 50.5, K), ("51.3", 51.3, K)]),
    ("de", "Die bevölkerungsreichsten Länder:\n1. Indien 1,43 Mrd.\n2. China 1,41 Mrd.",
     [("1,43 Mrd.", 1.43e9, K), ("1,41 Mrd.", 1.41e9, K)]),
    # a party's share and its change are no ticker: there is no level besides them
    ("nl", "PVV 23,5% (+12,7%)\nGL-PvdA 15,8% (+3,2%)",
     [("23,5%", 23.5, K), ("+12,7%", 12.7, K), ("15,8%", 15.8, K), ("+3,2%", 3.2, K)]),
    # temperatures are a weather widget only under its label
    ("de", "Die heißesten Orte:\nBerlin 38,2°\nCottbus 38,9°", [("38,2°", 38.2, K), ("38,9°", 38.9, K)]),
]  # fmt: skip


@check(WIDGETS)
def test_runs_of_number_dense_lines_with_signs_are_widgets(
    lang: str, text: str, expected: Found
) -> None:
    assert found(text, lang) == expected


@check(STORY_FIGURES)
def test_prose_headlines_and_story_tables_keep_their_figures(
    lang: str, text: str, expected: Found
) -> None:
    assert found(text, lang) == expected


# --- footnotes and references ---------------------------------------------------------------

NOTES = [
    ("en", "The earthquake killed 131 people.[3] More than 700 were injured.[4]",
     [("131 people", 131, K), ("3", 3, F), ("More than 700", 700, K), ("4", 4, F)]),
    ("de", "Die Flut kostete das Land 2 Milliarden Euro.[12]",
     [("2 Milliarden Euro", 2e9, K), ("12", 12, F)]),
    ("nl", "De schade bedraagt 500 miljoen euro.[2]", [("500 miljoen euro", 5e8, K), ("2", 2, F)]),
    ("zh", "地震造成113人死亡[1],782人受伤[2]。",
     [("113人", 113, K), ("1", 1, F), ("782人", 782, K), ("2", 2, F)]),
    ("zh", "页: [1]", [("1", 1, F)]),
    # a note number between a table row's label and its figures, and the note itself
    ("en", "Service sales 1 1,365 1,555 5,743\n\n(1) Service sales equal our field option sales.",
     [("1", 1, F), ("1,365", 1365, K), ("1,555", 1555, K), ("5,743", 5743, K), ("1", 1, F)]),
]  # fmt: skip

ASML = (
    "  • Quarterly net bookings of €9.2 billion2 of which €5.6 billion is EUV\n"
    "Net bookings  2,6022 9,1862 30,6743\n\n"
    "(2) Net bookings include all system sales orders.\n"
    "(3) The sum of quarterly net bookings over the full year."
)


@check(NOTES)
def test_reference_and_note_markers_are_furniture(lang: str, text: str, expected: Found) -> None:
    assert found(text, lang) == expected


def test_note_numbers_glued_to_words_and_figures_are_blanked_before_reading() -> None:
    """A press release numbers its notes and glues the numbers to what they annotate:
    "€9.2 billion2", "2,6022" for 2,602 and note 2. Blanked (same length, so offsets
    hold), the figures read right; the scanner is to read the masked text."""
    marks = footnote_marks(ASML)
    assert [ASML[s:e] for s, e in marks] == ["2", "2", "2", "3"]
    masked = mask_footnotes(ASML)
    assert len(masked) == len(ASML)
    assert found(masked, "en") == [
        ("€9.2 billion", 9.2e9, K), ("€5.6 billion", 5.6e9, K),
        ("2,602", 2602, K), ("9,186", 9186, K), ("30,674", 30674, K),
        ("2", 2, F), ("3", 3, F),
    ]  # fmt: skip


def test_without_numbered_notes_nothing_is_blanked() -> None:
    for text in ("Revenue was €9.2 billion2 this year.", "Net bookings 2,6022 9,1862 30,6743"):
        assert footnote_marks(text) == [] and mask_footnotes(text) == text


# --- list numbering -------------------------------------------------------------------------

LISTS = [
    ("en", "What we know:\n1. The quake struck just before midnight.\n2) Losses reached $2 billion.",
     [("$2 billion", 2e9, K)]),
    ("de", "Die wichtigsten Fragen:\n1. Wie viele Menschen sind gestorben?\n"
           "2. Warum stiegen die Preise um 3 Prozent?",
     [("3 Prozent", 3, K)]),
    ("nl", "(1) De schade bedraagt 500 miljoen euro.\n(2) De premier kreeg 3 procent meer stemmen.",
     [("1", 1, F), ("500 miljoen euro", 5e8, K), ("2", 2, F), ("3 procent", 3, K)]),
    ("zh", "民阵提出五大诉求:1、不检控示威者;2、取消定性暴动;3、追究开枪责任。",
     [("五", 5, K), ("1", 1, F), ("2", 2, F), ("3", 3, F)]),
    ("zh", "原因包括:第一,育龄女性减少400多万人;第二,结婚率下降。\n第3,生育年龄推迟。",
     [("第一", 1, F), ("400多万人", 4e6, K), ("第二", 2, F), ("第3", 3, F)]),
    ("zh", "（一）出生人口956万人\n1、死亡人口1041万人",
     [("一", 1, F), ("956万人", 9.56e6, K), ("1", 1, F), ("1041万人", 1.041e7, K)]),
]  # fmt: skip

NOT_LISTS = [
    ("de", "1.000 Menschen demonstrierten in Berlin.\n3 Prozent mehr Umsatz für Siemens",
     [("1.000 Menschen", 1000, K), ("3 Prozent", 3, K)]),
    ("en", "2.5 million people fled their homes.", [("2.5 million people", 2.5e6, K)]),
    ("zh", "今次是民陣三個月內發起第三次反修例遊行。", [("三個月", 3, K), ("第三", 3, K)]),
    ("zh", "现场有三、四十人受伤。", [("三", 3, K), ("四十人", 40, K)]),
]  # fmt: skip


@check(LISTS)
def test_list_numbers_opening_a_line_or_clause_are_furniture(
    lang: str, text: str, expected: Found
) -> None:
    assert found(text, lang) == expected


@check(NOT_LISTS)
def test_figures_opening_a_line_are_no_list_numbers(lang: str, text: str, expected: Found) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "marker"),
    [("Bundesliga\nBayern München 3:1 Borussia Dortmund\nRB Leipzig 2:2 Union Berlin",
      "Bayern München 3:1 Borussia Dortmund"),
     ("Bundesliga\nBayern München 3:1 Borussia Dortmund\nRB Leipzig 2:2 Union Berlin",
      "RB Leipzig 2:2 Union Berlin"),
     ("民阵提出诉求:一、不检控示威者;二、取消定性暴动。", "一、"),
     ("民阵提出诉求:一、不检控示威者;二、取消定性暴动。", "二、"),
     ("一、地震灾情\n二、救援进展", "二、"),
     ("(1) Installed Base Management sales equal our net service sales.", "(1)")],
)  # fmt: skip
def test_furniture_is_covered_whatever_the_reader_makes_of_it(text: str, marker: str) -> None:
    assert covered(text, marker)


# --- counters -------------------------------------------------------------------------------

COUNTERS = [
    ("en", "By Jane Smith\n1.2K shares\n345 comments", [("1.2K shares", 1200, F), ("345", 345, F)]),
    ("de", "Von Max Muster | 12.03.2024\nKommentare (23)", [("23", 23, F)]),
    ("nl", "Door Jan de Vries\n23 reacties", [("23", 23, F)]),
    ("zh", "阅读 1.2万", [("1.2万", 12000, F)]),
    ("zh", "人氣 23969", [("23969", 23969, F)]),
    ("zh", "2024-06-19 16:57 来源:新华社 评论(12)", [("12", 12, F)]),
    # a byline's relative time
    ("en", "Published 2 hours ago", [("2 hours", 2, F)]),
    ("de", "vor 3 Stunden", [("3 Stunden", 3, F)]),
    ("nl", "2 dagen geleden", [("2 dagen", 2, F)]),
    ("zh", "3小时前", [("3小时", 3, F)]),
]  # fmt: skip

NOT_COUNTERS = [
    ("en", "A clip of the rescue racked up more than 800,000 views.\n\nThe next day the toll rose by 5%.",
     [("more than 800,000", 8e5, K), ("5%", 5, K)]),
    ("de", "Google verdient mit Werbung 238 Milliarden Dollar im Jahr",
     [("238 Milliarden Dollar", 2.38e11, K)]),
    ("zh", "监管机构密切关注微软的100亿美元投资计划", [("100亿美元", 1e10, K)]),
]  # fmt: skip


@check(COUNTERS)
def test_share_like_and_comment_counters_are_furniture(
    lang: str, text: str, expected: Found
) -> None:
    assert found(text, lang) == expected


@check(NOT_COUNTERS)
def test_counter_words_in_prose_and_headlines_keep_their_claims(
    lang: str, text: str, expected: Found
) -> None:
    """ "views" ends a sentence of prose; "Werbung" and "关注" stand in headlines with
    many other words and no number next to them."""
    assert found(text, lang) == expected


def test_a_cue_labelling_its_line_is_furniture_however_long_the_line() -> None:
    assert found("Anzeige: Jetzt 3 Monate für 1 Euro lesen und sparen", "de") == [
        ("3 Monate", 3, F),
        ("1 Euro", 1, F),
    ]


# --- image labels and gallery counters ------------------------------------------------------

GALLERIES = [
    ("de", "Bild 3 von 12\nFoto: 1/5", [("3 von 12", 0.25, F), ("1/5", 0.2, F)]),
    ("nl", "Foto 2 van 8", [("2", 2, F), ("8", 8, F)]),
    ("en", "Photo 4 of 10", [("4", 4, F), ("10", 10, F)]),
    ("zh", "第3张/共12张", [("第3", 3, F), ("12张", 12, F)]),
    ("zh", "救援人员在积石山县搜救。\n+17", [("+17", 17, F)]),
    ("de", "Bildergalerie\n+5 Fotos", [("+5", 5, F)]),
    ("zh", "图1:积石山县地震现场", [("1", 1, F)]),
    ("en", "Fig. 2: Deaths by province", [("2", 2, F)]),
    ("en", "Rescuers search the rubble in Jishishan (1/5)", [("1/5", 0.2, F)]),
]  # fmt: skip

CAPTIONS = [
    ("en", "Rescuers search the rubble in Jishishan, where 131 people died. (Photo: AFP)",
     [("131 people", 131, K)]),
    ("zh", "图为救援人员在113人遇难的村庄搜救。", [("113人", 113, K)]),
    ("de", "Ein Helfer trägt Wasserflaschen in ein Lager, 300 Tonnen wurden verteilt. © AFP/STR",
     [("300 Tonnen", 300, K)]),
    ("en", "Related photos\nRescuers in Gansu, where 131 people died", [("131 people", 131, K)]),
]  # fmt: skip


@check(GALLERIES)
def test_image_labels_and_gallery_counters_are_furniture(
    lang: str, text: str, expected: Found
) -> None:
    assert found(text, lang) == expected


@check(CAPTIONS)
def test_a_caption_sentence_keeps_its_claims(lang: str, text: str, expected: Found) -> None:
    assert found(text, lang) == expected


# --- lists of other articles ----------------------------------------------------------------

RELATED = [
    ("de", "Mehr zum Thema\nErdbeben in Japan: Zahl der Toten steigt auf 64\n"
           "Hochwasser in Bayern: Schäden von 2 Milliarden Euro\n\n"
           "Die Regierung kündigte am Dienstag an, den Betroffenen mit 400 Millionen Euro zu "
           "helfen. Das Geld soll noch in diesem Monat fließen.",
     [("64", 64, F), ("2 Milliarden Euro", 2e9, F), ("400 Millionen Euro", 4e8, K)]),
    ("nl", "Lees ook: Dodental aardbeving Marokko stijgt naar 2.946\n\n"
           "De hulpverleners zochten de hele nacht naar overlevenden. De schade bedraagt "
           "500 miljoen euro.",
     [("2.946", 2946, F), ("500 miljoen euro", 5e8, K)]),
    ("zh", "相关新闻\n甘肃积石山地震已致131人遇难\n青海民和地震造成31人死亡",
     [("131人", 131, F), ("31人", 31, F)]),
    # a section's name before the heading, "-" lines between long headlines (en-yomiuri-2)
    ("en", "Fifty-two people were unaccounted for in Suzu.\n\"Society\" POPULAR ARTICLE\n-\n"
           "Fire Damages 170 Buildings in Oita, Western Japan\n-\n"
           "Tatsuya Nakadai, Japanese Actor, Dies at 92; Appeared in Films Including “The Human "
           "Condition” and “Ran” (UPDATE 1)\n-\n"
           "M5.7 Earthquake Hits Japan’s Kumamoto Pref., Measuring Upper 5 Intensity",
     [("Fifty-two people", 52, K), ("170 Buildings", 170, F), ("92", 92, F), ("1", 1, F),
      ("M5.7", 5.7, F), ("5", 5, F)]),
    # no heading: several short lines each led by a date, or dates on alternate lines
    ("en", "12 March 2024 Quake in Japan kills 64\n11 March 2024 Floods force 2,000 from their homes",
     [("64", 64, F), ("2,000", 2000, F)]),
    ("zh", "[06-19] 沙特朝觐死亡人数升至550人\n[06-18] 埃及称323名朝觐者死亡",
     [("06-19", None, F), ("550人", 550, F), ("06-18", None, F), ("323名朝觐者", 323, F)]),
    ("de", "Erdbeben in Japan: Zahl der Toten steigt auf 64\n12.03.2024\n"
           "Hochwasser in Bayern: Schäden von 2 Milliarden Euro\n11.03.2024",
     [("64", 64, F), ("2 Milliarden Euro", 2e9, F)]),
    # links to the next and previous article, and the page's tail
    ("en", "Next articleEindhoven Air Base closed for five months", [("five months", 5, F)]),
    ("zh", "文章正文。\n上一篇:甘肃地震已致131人遇难", [("131人", 131, F)]),
]  # fmt: skip

NOT_RELATED = [
    # the story's headline over its dateline and byline
    ("de", "Inflation in Deutschland steigt auf 2,9 Prozent\n19.12.2023, 14:23 Uhr\nVon Max Muster\n"
           "Die Preise stiegen im Dezember um 2,9 Prozent.",
     [("2,9 Prozent", 2.9, K), ("2,9 Prozent", 2.9, K)]),
    # a live blog's clock times are no dates of other articles
    ("zh", "23:50\n民陣:出席人數接近200萬人\n23:40\n警方:最高峰33.8萬人",
     [("接近200萬人", 2e6, K), ("33.8萬人", 338000, K)]),
    # the story's own timeline: a date and a colon open each entry
    ("de", "6. Februar 2023: Die Türkei schätzt die Schäden auf 3 Milliarden Euro\n"
           "7. Februar 2023: Die EU sagt Hilfen von 2 Milliarden Euro zu",
     [("3 Milliarden Euro", 3e9, K), ("2 Milliarden Euro", 2e9, K)]),
    ("zh", "6月9日:民阵指有103万人参加游行\n6月16日:民阵指有200万人参加游行",
     [("103万人", 1.03e6, K), ("200万人", 2e6, K)]),
    # "Lees ook" in a sentence is no heading
    ("nl", "Lees ook het interview met de burgemeester.\nBij de brand ging 2 miljoen euro verloren.",
     [("2 miljoen euro", 2e6, K)]),
]  # fmt: skip


@check(RELATED)
def test_lists_of_other_articles_are_furniture(lang: str, text: str, expected: Found) -> None:
    assert found(text, lang) == expected


@check(NOT_RELATED)
def test_headlines_bylines_and_live_blogs_are_no_lists_of_articles(
    lang: str, text: str, expected: Found
) -> None:
    assert found(text, lang) == expected


# --- code, pagers, a number cut off by the end of the text ----------------------------------


def test_script_code_left_in_the_text_is_furniture() -> None:
    code = (
        'jwplayer("a").setup({ width: "100%", height: 30 }); jQuery(document).ready(function() {});'
    )
    assert found(code, "en") == [("100%", 100, F), ("30", 30, F)]


def test_a_pager_is_furniture() -> None:
    pages = ["1", "2", "3", "4", "5", "12"]
    assert found("1 2 3 4 5 … 12 Next", "en") == [(n, int(n), F) for n in pages]


def test_a_number_cut_off_by_the_end_of_a_repeated_caption_is_furniture() -> None:
    text = "中国人口减少0.6%。(新华社)\n\n截至年底,人口为14亿。\n\n中国人口减少0"
    assert found(text, "zh") == [("0.6%", 0.6, K), ("14亿", 1.4e9, K), ("0", 0, F)]
    assert found(text[:-1] + "1", "zh")[-1] == ("1", 1, K)  # no earlier "减少1..."


# --- linear in the size of the page ---------------------------------------------------------

SIZE = 5_000
GROWTH = 8
HOSTILE: dict[str, Callable[[int], str]] = {
    "list markers": lambda n: "1. a\n" * (n // 5),
    "references": lambda n: "[1]" * (n // 3),
    "ticker lines": lambda n: "DAX 1 +1%\n" * (n // 10),
    "dated lines": lambda n: "12.03.2024 Quake kills 5 people\n" * (n // 32),
    "alternate dates": lambda n: "12.03.2024\nQuake kills five people\n" * (n // 34),
    "list headings": lambda n: ("Mehr zum Thema\n" + "Flut: 5 Tote\n" * 20) * (n // 275),
    "glued notes": lambda n: "(1) note\n" + "billion1 2,0001 " * (n // 16),
    "counters": lambda n: "阅读 1 " * (n // 5),
    "one code line": lambda n: "f(x); a.b(c) => {}; " * (n // 20),
    "repeated cut-off": lambda n: "发生6" * (n // 3) + "\n\n\n发生6",
    "scores": lambda n: "2:1 " * (n // 4),
    "number-dense text": lambda n: number_dense("en", n),
}


def _best(work: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_furniture_costs_grow_linearly_with_the_page(kind: str) -> None:
    """Each input piles up what one rule looks at. A page `GROWTH` times as long costs
    about as much as `GROWTH` pages of the short one; a quadratic rule would cost
    `GROWTH` times that. Both sides take about as long, so noise hits them alike."""
    small, large = HOSTILE[kind](SIZE), HOSTILE[kind](SIZE * GROWTH)
    furniture_spans(small)  # compile the patterns before timing
    pages = _best(lambda: [furniture_spans(small) for _ in range(GROWTH)])
    measured = _best(lambda: furniture_spans(large)) / pages
    assert measured <= 3, f"{kind}: {measured:.1f}x {GROWTH} short pages"
