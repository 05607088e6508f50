"""A place that opens an institution's name is where the institution sits, not where
the event happened (held-out batch 12: "德国地球科学研究中心(GFZ)后来将震级下调至5.7级"
made Germany the place of the Nepal earthquake, and its magnitudes errors of Germany's
quake). Such a place reports (`institutions_after` in lexicon/subjects.yaml)."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims

NEPAL = "尼泊尔西部贾加科特地区3日晚发生强烈地震。"


def places_of(text: str, lang: str) -> dict[str, str | None]:
    claims = annotated_claims(text, lang, "2023-11-04")
    return {c.text: c.subject.readable() if c.subject else None for c in claims}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("zh", NEPAL + "德国地球科学研究中心(GFZ)后来将震级下调至5.7级。", "5.7"),
        ("zh", NEPAL + "美國地質調查所(USGS)測得地震規模為5.6級。", "5.6"),
        ("en", "A strong earthquake struck western Nepal on Friday. The German Research Centre "
               "for Geosciences put its magnitude at 5.7.", "5.7"),
        ("de", "Ein starkes Erdbeben erschütterte den Westen Nepals. Das Deutsche "
               "Geoforschungszentrum gab die Stärke mit 5,7 an.", "5,7"),
        ("nl", "Een zware aardbeving trof het westen van Nepal. Het Amerikaanse onderzoekscentrum "
               "USGS mat een kracht van 5,6.", "kracht van 5,6"),
    ],
)  # fmt: skip
def test_the_quake_stays_where_it_struck(lang: str, text: str, figure: str) -> None:
    assert places_of(text, lang)[figure] == "Nepal"
