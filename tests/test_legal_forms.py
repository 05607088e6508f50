"""A legal form is part of a company's name, never a name of its own (held-out batch
10: "Aircraft manufacturers, Airbus SE, has reported … €27.7 billion" made "SE" the
subject, so NL's "27,7 miljoen euro" for Airbus, a scale slip, met no Airbus figure).
The legal forms are data: `legal_forms` in lexicon/subjects.yaml."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "Aircraft manufacturer, Airbus SE, has reported revenue of €27.7 billion.",
         "€27.7 billion", "Airbus"),
        ("de", "Der Flugzeugbauer Airbus SE meldete einen Umsatz von 65,4 Milliarden Euro.",
         "65,4 Milliarden Euro", None),
        ("nl", "De omzet van Airbus SE steeg naar 65,4 miljard euro.", "65,4 miljard euro",
         "Airbus"),
        ("zh", "空中客车公司 Airbus SE 营收为654亿欧元。", "654亿欧元", "Airbus"),
    ],
)  # fmt: skip
def test_a_legal_form_is_no_subject(lang: str, text: str, figure: str, subject: str | None) -> None:
    claims = {c.text: c for c in annotated_claims(text, lang, "2024-02-15")}
    assert claims[figure].subject is None or "SE" not in claims[figure].subject
    if subject is not None:
        assert claims[figure].subject == (subject,)
