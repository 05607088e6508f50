"""Who a figure is about, and when: a name inside a relative clause set off by commas
describes what the clause is about; a wire dateline's city files the dispatch; an
adjective of faith is no name; a foreign alias with an English plural's s ("Kuril
Islands" holds German "Island", Iceland) is no mention; a quarter written as a
compound adjective ("its third-quarter net profit") is the figure's time; and a German
number's full stop ends the sentence unless a day or an ordinal's word leads it."""

from __future__ import annotations

import pytest

from factcheck.extraction.sentences import sentence_spans
from tests.annotating import annotated_claims, subjects_of

BMW_SALES = (
    "BMW reported results on Friday. Sales of the group’s cars, which also include the "
    "Mini and Rolls-Royce brands, dropped 4% to 2.45 million vehicles in 2024."
)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        # from the corpus: a Malaysian wire copy of BMW's 2024 sales
        ("en", BMW_SALES, "2.45 million vehicles", "BMW"),
        ("de", "Volkswagen legte am Dienstag Zahlen vor. Der Absatz des Konzerns, zu dem auch Audi und Porsche gehören, sank um 2,3 Prozent auf 9 Millionen Fahrzeuge.", "9 Millionen Fahrzeuge", "Volkswagen"),
        ("nl", "Volkswagen maakte dinsdag cijfers bekend. De verkoop van het concern, waartoe ook Audi en Porsche behoren, daalde met 2,3 procent tot 9 miljoen auto's.", "9 miljoen auto's", "Volkswagen"),
        # the clause closes after the figure: the name is the figure's own
        ("en", "BMW, which sold 2.45 million cars in 2024, expects a weaker year.", "2.45 million cars", "BMW"),
        # from the corpus: a dpa-AFX dispatch in English
        ("en", "MUNICH (dpa-AFX) - German automajor BMW Group reported Wednesday that its third-quarter net profit plunged 83.8 percent to 476 million euros.", "476 million euros", "BMW"),
        ("en", "At Camp Mystic, a historic Christian girls’ camp hosting 700 campers, the flood left a scene of ruin.", "700 campers", "Camp Mystic"),
        ("en", "Russian emergency services said about 2,700 people were evacuated in the Kuril Islands.", "about 2,700 people", "Kuril Islands"),
        # the language's own genitive still counts
        ("de", "Islands Regierung meldete 5 Tote.", "5 Tote", "Iceland"),
        ("en", "Tesla's revenue rose 5% to 25 billion dollars.", "25 billion dollars", "Tesla"),
    ],
)  # fmt: skip
def test_who_a_figure_is_about(lang: str, text: str, figure: str, subject: str) -> None:
    assert subjects_of(text, lang)[figure] == subject


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        ("BMW said its third-quarter net profit fell to 476 million euros.", "476 million euros", "2024-Q3"),
        ("BMW's first-half sales rose 3% to 70 billion euros.", "70 billion euros", "2024-H1"),
        ("BMW's net profit in the third quarter fell to 476 million euros.", "476 million euros", "2024-Q3"),
        # a quarter named as a noun with nothing making it the time stays unsaid
        ("After a disappointing third quarter, BMW cut 476 jobs.", "476 jobs", None),
    ],
)  # fmt: skip
def test_a_compound_quarter_is_the_figures_time(text: str, figure: str, time: str | None) -> None:
    times = {c.text: c.time for c in annotated_claims(text, "en", "2024-11-06")}
    assert times[figure] == time


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        # from a draft of the corpus: the toll's sentence had run on into the next one's
        # reporter, whose estimate was then its source
        ("de", "Die Zahl der Todesopfer stieg auf mindestens 16. Morningstar DBRS schätzte den Schaden.", 2),
        ("de", "Das Unternehmen landete auf Platz 3. Siemens folgte.", 2),
        ("en", "The toll rose to 16. Morningstar estimated the damage.", 2),
        ("nl", "Het dodental steeg tot 16. Morningstar schatte de schade.", 2),
        # days and ordinals go on
        ("de", "Er traf am Freitag, 13. September Polen.", 1),
        ("de", "Im 3. Quartal stieg der Umsatz.", 1),
        ("de", "Zum 75. Geburtstag gab es Kuchen.", 1),
        ("de", "Sie belegte den 2. Platz hinter Siemens.", 1),
        ("de", "Bis Freitag, den 11. Oktober 2024, stieg die Zahl auf 16.", 1),
    ],
)  # fmt: skip
def test_a_numbers_full_stop(lang: str, text: str, sentences: int) -> None:
    assert len(sentence_spans(text, lang)) == sentences


@pytest.mark.parametrize(
    ("lang", "text", "figure", "reporter"),
    [
        # from the corpus: loss modellers, rating firms and news agencies give figures
        ("de", "Morningstar DBRS schätzte den versicherten Schaden in Florida auf 45 bis 80 Milliarden Dollar.", "45 bis 80 Milliarden Dollar", "Morningstar DBRS"),
        ("en", "Verisk put insured losses in Florida at $26 billion.", "$26 billion", "Verisk"),
        ("zh", "惠誉评级估计佛州保险损失为300亿至500亿美元。", "300亿至500亿美元", "Fitch Ratings"),
        ("de", "Die Nachrichtenagentur Tass meldete in Russland eine Stärke von 8,7.", "Stärke von 8,7", "TASS"),
    ],
)  # fmt: skip
def test_an_estimate_is_its_agencys(lang: str, text: str, figure: str, reporter: str) -> None:
    claims = {str(c.text): c for c in annotated_claims(text, lang)}
    assert (claims[figure].reported_by, claims[figure].subject is not None) == (reporter, True)
    assert str(claims[figure].subject) != reporter
