"""Countries Chinese names by one character after a word of place or motion: "保時捷在
華銷量為5.7萬輛" is Porsche's sales in China, "赴美上市" a listing in the United States
(`han_short_places` in lexicon/demonyms.yaml). A one-character alias would be found
inside every word that holds the character, so the form counts only after such a word
and before no character that makes it part of a longer one ("在华为", at Huawei)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from factcheck.annotation.roles import Mention
from factcheck.lexicon import load_table


@cache
def short_places() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every short form after its words, and each form's country."""
    table = load_table("demonyms")["han_short_places"]
    before = "|".join(map(re.escape, table["before"]))
    forms, countries = [], {}
    for row in table["places"]:
        not_before = "".join(row.get("not_before", []))
        for form in row["forms"]:
            countries[form] = row["id"]
            forms.append(f"{re.escape(form)}(?![{not_before}])" if not_before else form)
    return re.compile(rf"(?<=(?:{before}))(?:{'|'.join(forms)})"), countries


def short_place_mentions(
    text: str,
    span: tuple[int, int],
    taken: Sequence[Mention],
    entity_of: Callable[[str], str | None],
) -> list[Mention]:
    """The short forms in text[start:end] outside the names already found, as places
    (objects of the word before them)."""
    pattern, countries = short_places()
    found = []
    for match in pattern.finditer(text, *span):
        lo, hi = match.span()
        if any(m.start < hi and lo < m.end for m in taken):
            continue
        entity = entity_of(countries[match.group()])
        if entity is not None:
            found.append(Mention(lo, hi, entity, "place", oblique=True))
    return found
