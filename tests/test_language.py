"""Language detection and language-code normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck.load.language as lang_module
from factcheck.errors import ConfigError
from factcheck.load.language import SUPPORTED_LANGUAGES, detect_language, normalise_language
from factcheck.models import LANGUAGES

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("000_", "nl"), ("001_", "nl"), ("002_", "zh"), ("003_", "de"), ("004_", "de")],
)
def test_seed_articles(prefix: str, expected: str) -> None:
    (path,) = SEEDS.glob(f"{prefix}*.txt")
    assert detect_language(path.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company sold 500,000 GPUs last year.", "en"),
        ("Microsoft invests 80 billion dollars in data centres.", "en"),
        ("Das Unternehmen hat 500.000 Grafikkarten gekauft.", "de"),
        ("Größe 10.000 Einheiten für 5 €", "de"),
        ("Het bedrijf heeft 500.000 chips gekocht.", "nl"),
        ("Microsoft investeert 80 miljard dollar in datacenters voor kunstmatige AI.", "nl"),
        ("微软购买了50万块GPU。", "zh"),
    ],
)
def test_short_sentences(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   \n\t ", "12345 678,9 %", "--- | --- |"])
def test_nothing_to_go_on_is_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_han_share_decides_chinese_without_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_lingua() -> None:
        raise AssertionError("lingua must not be consulted for Chinese text")

    monkeypatch.setattr(lang_module, "_detector", no_lingua)
    assert detect_language("Microsoft 投资 800 亿美元 in AI and GPU clusters") == "zh"


def test_few_han_characters_do_not_make_chinese() -> None:
    text = "Der Konzern, auf Chinesisch 微软 genannt, investiert 80 Milliarden Dollar in KI."
    assert detect_language(text) == "de"


def test_only_the_opening_is_sampled() -> None:
    german = "Das Unternehmen investiert in diesem Jahr Milliarden in neue Rechenzentren. " * 60
    english = "The company invests billions in new data centres this year. " * 20_000
    assert len(german) > 4000
    assert detect_language(german + english) == "de"
    assert detect_language(english + german) == "en"


def test_leading_whitespace_does_not_use_up_the_sample() -> None:
    assert detect_language(" " * 30_000 + "Het bedrijf heeft 500.000 chips gekocht.") == "en"
    assert detect_language("\n" * 3000 + "Het bedrijf heeft 500.000 chips gekocht.") == "nl"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-US", "en"),
        ("english", "en"),
        ("de-DE", "de"),
        ("deu", "de"),
        ("german", "de"),
        ("Deutsch", "de"),
        ("nl_NL", "nl"),
        ("nl-BE", "nl"),
        (" Dutch ", "nl"),
        ("nld", "nl"),
        ("zh-Hans", "zh"),
        ("zh-CN", "zh"),
        ("zh_TW", "zh"),
        ("cn", "zh"),
        ("zho", "zh"),
        ("chinese", "zh"),
    ],
)
def test_normalise_language(code: str, expected: str) -> None:
    assert normalise_language(code) == expected


@pytest.mark.parametrize("code", ["fr", "", "english-ish", "de_", "zz-DE"])
def test_normalise_language_rejects(code: str) -> None:
    with pytest.raises(ConfigError) as info:
        normalise_language(code)
    assert str(info.value) == (f"unsupported language {code!r}; expected one of en, de, nl, zh")


def test_supported_languages_match_the_models() -> None:
    assert SUPPORTED_LANGUAGES == LANGUAGES == ("en", "de", "nl", "zh")
