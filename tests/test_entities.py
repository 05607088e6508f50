"""Entity names: aliases in four languages, fuzzy matching, possessives, objects."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.annotation.names import NameResolver, name_similarity
from factcheck.knowledge import default_entities
from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("alias", "entity"),
    [
        ("Microsofts", "Microsoft"),
        ("微软", "Microsoft"),
        ("NVIDIA’s", "Nvidia"),
        ("輝達", "Nvidia"),
        ("Alphabet", "Google"),
        ("谷歌", "Google"),
        ("Meta Platforms", "Meta"),
        ("Amazon Web Services", "AWS"),
        ("谷歌云", "Google Cloud"),
        ("字节跳动", "ByteDance"),
        ("腾讯", "Tencent"),
        ("MAI-1-Vorschau", "MAI-1-preview"),
    ],
)
def test_aliases(alias: str, entity: str) -> None:
    assert default_entities().canonical(alias) == entity


def test_a_cloud_business_belongs_to_its_company() -> None:
    """Google Cloud and AWS report their own revenue growth beside their company's."""
    table = default_entities()
    assert (table.owner_of("Google Cloud"), table.owner_of("AWS")) == ("Google", "Amazon")


def test_variant_is_related_not_identical() -> None:
    table = default_entities()
    assert table.canonical("MAI-1-preview") != table.canonical("MAI-1")
    assert table.is_variant("MAI-1-preview", "MAI-1")


def test_different_numbers_never_match() -> None:
    assert name_similarity("H100", "H200") == 0
    assert name_similarity("Trainium", "Trainium2") == 0
    resolver = NameResolver(92)
    assert resolver.resolve("GPT-4") == "GPT-4"
    assert resolver.resolve("GPT-4o") == "GPT-4o"


def test_spelling_variants_of_unknown_names_merge() -> None:
    resolver = NameResolver(92)
    assert resolver.resolve("Cerebras Systems") == "Cerebras Systems"
    assert resolver.resolve("Systems Cerebras") == "Cerebras Systems"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Börsenwert von NVIDIA liegt bei 4 Billionen Dollar.", "de"),
        ("The market value of NVIDIA is $4 trillion.", "en"),
        ("De beurswaarde van NVIDIA is 4 biljoen dollar.", "nl"),
    ],
)
def test_a_name_after_a_genitive_preposition_is_a_possessive(text: str, lang: str) -> None:
    mentions = default_entities().mentions(text, lang=lang)
    assert [(m.entity, m.possessive, m.oblique) for m in mentions] == [("Nvidia", True, False)]


def test_mentions_mark_possessives_and_objects() -> None:
    text = "Microsoft kaufte GPUs bei NVIDIA, und NVIDIA’s Börsenwert stieg."
    mentions = default_entities().mentions(text, lang="de")
    assert [(m.entity, m.possessive, m.oblique) for m in mentions] == [
        ("Microsoft", False, False),
        ("Nvidia", False, True),
        ("Nvidia", True, False),
    ]


def test_acronym_compounds_are_not_names() -> None:
    mentions = default_entities().mentions(
        "Die KI-Infrastruktur und AI-GPUs von AInvest.", lang="de"
    )
    assert [m.entity for m in mentions] == ["AInvest"]


@pytest.mark.parametrize(
    ("text", "lang", "entity"),
    [
        ("Microsoft\nCorporation reported revenue of $5 billion.", "en", "Microsoft"),
        ("Microsoft  Corporation's revenue was $5 billion.", "en", "Microsoft"),
        ("Die Alternative\nfür Deutschland kam auf 20,8 Prozent.", "de", "AfD"),
        ("De Partij voor\nde Vrijheid haalde 37 zetels.", "nl", "PVV"),
    ],
)
def test_a_name_wrapped_across_lines_is_found(text: str, lang: str, entity: str) -> None:
    """Pages wrap lines inside names: a listed name of several words, with a line break
    or two spaces between them, is that name (it had stopped the annotation)."""
    mentions = default_entities().mentions(text, lang=lang)
    assert entity in [m.entity for m in mentions]


WRAPPED = [
    ("Xiaomi launched the SU7. The standard\nversion has a range of 700 km.", "en"),
    ("The toll rose to 20, local\nauthorities said on Friday.", "en"),
    ("Volgens lokale\nmedia vielen er 23 doden.", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), WRAPPED)
def test_wrapped_phrases_of_the_language_tables_are_read(text: str, lang: str) -> None:
    """Reporter words ("local authorities", "lokale media") and short names ("standard
    version") wrapped across lines had stopped the annotation with a KeyError."""
    claims = annotated_claims(text, lang, "2024-04-01")
    assert len(claims) == 1


SAMPLE = [
    ("Microsoft Corporation bought 485,000 Nvidia Hopper chips in 2024, local authorities "
     "said.", "en"),
    ("Die Alternative für Deutschland kam bei der Bundestagswahl in Deutschland auf 20,8 "
     "Prozent, teilte die Bundeswahlleiterin am Montag mit.", "de"),
    ("De Partij voor de Vrijheid haalde volgens lokale media 37 zetels in de Tweede Kamer.",
     "nl"),
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=len(SAMPLE) - 1),
    spaces=st.lists(st.sampled_from([" ", "  ", "\n", "\u00a0", "\t", " \n "]), min_size=24),
)
def test_any_white_space_between_words_keeps_the_annotation_going(
    index: int, spaces: list[str]
) -> None:
    """Whatever white space a page puts between words (wrapped lines, no-break spaces,
    tabs), the annotation reads every figure of the text and stops on none."""
    text, lang = SAMPLE[index]
    words = text.split(" ")
    spaced = words[0] + "".join(s + w for s, w in zip(spaces, words[1:], strict=False))
    expected = len(annotated_claims(text, lang, "2024-04-01"))
    assert len(annotated_claims(spaced, lang, "2024-04-01")) == expected
