"""A story of several quakes (held-out batch 8, Herat: four of magnitude 6.3 in a week
and dozens of aftershocks). Eleven of its eighteen alarms held one quake's magnitude
against another's: a list of aftershocks ("five aftershocks with magnitudes of 5.5,
4.7, 6.3, 5.9 and 4.6") lost its measure after the first item, its last item ran on
into the next sentence, "Four more aftershocks" was a magnitude of 4, and a list of
several quakes' magnitudes ("they were 5.5, 4.7, 6.3 and 5.9 respectively") stood
against the main shock."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.annotation.attributes import load_attributes
from factcheck.errors import RuleFileError
from factcheck.extraction.sentences import sentence_spans
from factcheck.runs.reporting import report_texts
from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("en", "The aftershocks measured 5.9 and 4.6.\nCrowds fled the city.", "The aftershocks measured 5.9 and 4.6."),
        ("de", "Das Beben hatte eine Stärke von 6,3. Die Menschen flohen.", "Das Beben hatte eine Stärke von 6,3."),
        ("nl", "De beving had een kracht van 6,3. Mensen vluchtten.", "De beving had een kracht van 6,3."),
    ],
)  # fmt: skip
def test_a_full_stop_after_decimals_ends_the_sentence(lang: str, text: str, first: str) -> None:
    a, b = sentence_spans(text, lang)[0]
    assert text[a:b] == first


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "Am 12. September bebte die Erde."), ("de", "Am 4.6. Die Feier fiel aus."),
     ("en", "It happened on 12. March.")],
)  # fmt: skip
def test_a_day_number_ends_no_sentence(lang: str, text: str) -> None:
    assert sentence_spans(text, lang) == [(0, len(text))]


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        ("en", "It was followed by five aftershocks with magnitudes of 5.5, 4.7, 6.3, 5.9 and 4.6.",
         ["5.5", "4.7", "6.3", "5.9", "4.6"]),
        ("de", "Es folgten Nachbeben der Stärke 5,5, 4,7, 6,3 und 5,9.",
         ["Stärke 5,5", "4,7", "6,3", "5,9"]),
        ("nl", "Er volgden naschokken met een kracht van 5,5, 4,7, 6,3 en 5,9.",
         ["kracht van 5,5", "4,7", "6,3", "5,9"]),
    ],
)  # fmt: skip
def test_every_item_of_a_list_is_measured_as_the_first(
    lang: str, text: str, figures: list[str]
) -> None:
    found = {c.text: (c.unit, str(c.attribute)) for c in annotated_claims(text, lang)}
    assert [found[f] for f in figures] == [("magnitude", "aftershock_magnitude")] * len(figures)


def test_a_bare_number_after_a_comma_ends_no_list() -> None:
    found = {
        c.text: c.unit
        for c in annotated_claims("The quake had a magnitude of 6.3, 12 people died.", "en")
    }
    assert found == {"magnitude of 6.3": "magnitude", "12 people": "person"}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [("en", "Four aftershocks then hit the area.", "Four"),
     ("nl", "Er volgden vier naschokken.", "vier"),
     ("de", "Es gab 285 Nachbeben.", "285")],
)  # fmt: skip
def test_a_number_of_aftershocks_counts_them(lang: str, text: str, figure: str) -> None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert (claim.unit, str(claim.attribute)) == ("count", "quakes")


def _alarms(texts: list[tuple[str, str, str]]) -> list[str]:
    report = report_texts(texts)
    return [f.message for f in report.findings if f.severity in ("error", "warning")]


def test_two_aftershocks_magnitudes_are_no_conflict() -> None:
    """An aftershock is one of dozens: outlets that name different ones are both right."""
    texts = [
        ("a.txt", "In Afghanistan, an aftershock of magnitude 5.5 followed the quake.", "en"),
        ("b.txt", "In Afghanistan volgde een naschok met een kracht van 4,6.", "nl"),
    ]
    assert _alarms(texts) == []


def test_a_list_of_several_quakes_magnitudes_stands_against_no_one() -> None:
    """ "They were 5.5, 4.7, 6.3 and 5.9 respectively": a sentence of several quakes,
    whatever range of magnitudes another outlet gives beside it."""
    texts = [
        ("a.txt", "Afghanistan was hit by a magnitude 6.3 earthquake. On the Richter scale "
         "the quakes in Afghanistan were 5.5, 4.7, 6.3 and 5.9 respectively.", "en"),
        ("b.txt", "Afghanistan wurde von einem Erdbeben der Stärke 6,2 erschüttert.", "de"),
        ("c.txt", "In Afghanistan bebte die Erde mit einer Stärke zwischen 4,6 und 5,0.", "de"),
    ]  # fmt: skip
    assert not any("4.7" in m or "5.5" in m for m in _alarms(texts))


def test_a_single_figure_still_disagrees() -> None:
    """One outlet's lone figure against the one three others carry (two articles'
    magnitudes alone are information: agencies estimate and revise them)."""
    texts = [
        ("a.txt", "Afghanistan was hit by a magnitude 4.7 earthquake.", "en"),
        ("b.txt", "Afghanistan wurde von einem Erdbeben der Stärke 6,2 erschüttert.", "de"),
        ("c.txt", "Afghanistan werd getroffen door een aardbeving met een kracht van 6,2.", "nl"),
        ("d.txt", "阿富汗发生6.2级地震。", "zh"),
    ]
    assert len(_alarms(texts)) == 1


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The earthquake struck about 40 km northwest of the city of Herat, located 120 km "
         "east of the Iranian border.",
         {"about 40 km": "epicentre_distance", "120 km": "place_distance"}),
        ("en", "The epicentre was located 40 km northwest of Herat.", {"40 km": "epicentre_distance"}),
        ("de", "Herat liegt 120 Kilometer östlich der iranischen Grenze.",
         {"120 Kilometer": "place_distance"}),
        ("de", "Die Millionenstadt liegt rund 17 Kilometer vom Epizentrum entfernt.",
         {"rund 17 Kilometer": "epicentre_distance"}),
        ("de", "Das Erdbeben hatte sich 16 Kilometer nordwestlich der Stadt Sagaing in geringer "
         "Tiefe ereignet.", {"16 Kilometer": "epicentre_distance"}),
        ("nl", "Herat is gelegen op 120 kilometer ten oosten van de grens.",
         {"120 kilometer": "place_distance"}),
        ("nl", "Het epicentrum lag zo'n 30 kilometer ten noordwesten van Herat.",
         {"zo'n 30 kilometer": "epicentre_distance"}),
        ("zh", "震中位于赫拉特西北40公里处。", {"40公里": "epicentre_distance"}),
    ],
)  # fmt: skip
def test_where_a_place_lies_is_not_where_the_quake_struck(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    """Held-out batch 8: "Herat, located 120 km east of the Iranian border" was held
    against the epicentre's 30 and 40 km. A place said to lie somewhere is a place's
    distance; the epicentre named in the clause still makes it the epicentre's, and a
    bare direction ("16 Kilometer nordwestlich") stays the epicentre's."""
    found = {c.text: str(c.attribute) for c in annotated_claims(text, lang)}
    assert {t: found.get(t) for t in expected} == expected


def test_a_measure_that_refines_an_unknown_one_is_refused(tmp_path: Path) -> None:
    """`refines` (and `change_of`) must name a measure of the file: a typo would
    otherwise leave the closer measure never preferred, silently."""
    path = tmp_path / "attributes.yaml"
    path.write_text(
        "attributes:\n  - id: seriously_injured\n    label: seriously injured\n"
        "    units: [person]\n    refines: injurd\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=r"attributes\.yaml:1: .*injurd"):
        load_attributes(path)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The shocks were shallow, about 14 miles below the surface.", "about 14 miles"),
        ("de", "Das Beben ereignete sich 10 Kilometer unter der Erdoberfläche.", "10 Kilometer"),
        ("nl", "De beving vond plaats op 10 kilometer onder het aardoppervlak.", "10 kilometer"),
        ("zh", "此次地震震源深度10公里。", "10公里"),
    ],
)  # fmt: skip
def test_how_far_below_the_surface_is_the_depth(lang: str, text: str, figure: str) -> None:
    """Held-out batch 8's draft: "about 14 miles below the surface" (the USGS said 14 km)."""
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert str(claim.attribute) == "focal_depth"


def test_cable_underground_is_no_depth() -> None:
    text = "The site is supported by 120 miles of medium-voltage underground cable."
    [claim] = annotated_claims(text, "en")
    assert str(claim.attribute) != "focal_depth"
