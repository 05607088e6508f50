"""Language detection (sure or not, with its candidates), the fallback to the claims
every candidate reading agrees on, and language-code normalisation."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

import factcheck
import factcheck.load.language as lang_module
from factcheck.cli import main
from factcheck.errors import ConfigError
from factcheck.extraction.agreement import agreed_claims
from factcheck.extraction.batch import extract_paths
from factcheck.lexicon import load_table, words
from factcheck.load import read_document
from factcheck.load.language import (
    SUPPORTED_LANGUAGES,
    LanguageGuess,
    detect_language,
    identify_language,
    normalise_language,
)
from factcheck.models import LANGUAGES, Claim
from factcheck.render import report_json, report_markdown, report_text
from factcheck.runs.reporting import report_texts

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


# --------------------------------------------------------------------------- sure or not

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpus" / "real"
PEER = ROOT / "tests" / "data" / "peer-cases" / "recognizers-text"
# Sentence ends: Latin ones before white space, Chinese ones anywhere.
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
WORD = re.compile(r"[^\W\d_]+")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
UNSURE_AT_MOST = 0.10  # of one-sentence texts per language: a guard against "always unsure"


@cache
def number_words(lang: str) -> frozenset[str]:
    """The extraction lexicon's cardinal and scale words of a language (lowercased)."""
    rows = [*load_table("number_words")["cardinals"], *load_table("scales")]
    return frozenset(w.lower() for row in rows if not row.get("article") for w in words(row, lang))


def word_count(sentence: str, lang: str) -> int:
    """Words of a sentence; Chinese writes none apart, so two Han characters count as one."""
    if lang == "zh":
        return len(re.findall(r"[A-Za-z]+|\d+", sentence)) + len(HAN.findall(sentence)) // 2
    return len(sentence.split())


def states_a_number(sentence: str, lang: str) -> bool:
    if any(ch.isdigit() for ch in sentence):
        return True
    found = (
        {ch for ch in sentence if HAN.match(ch)}
        if lang == "zh"
        else {w.lower() for w in WORD.findall(sentence)}
    )
    return bool(found & number_words(lang))


def corpus_texts(lang: str) -> list[str]:
    """The sentences of the real articles in `lang` (the manifest's `lang` column)."""
    with (REAL / "manifest.csv").open(encoding="utf-8", newline="") as file:
        paths = [REAL / row["path"] for row in csv.DictReader(file) if row["lang"] == lang]
    return [
        part
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        for part in SENTENCE_END.split(line)
    ]


def peer_texts(lang: str) -> list[str]:
    """The `input` of every peer case in `lang` (Recognizers-Text specs)."""
    return [
        json.loads(line)["input"]
        for path in sorted((PEER / lang).glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@cache
def sentence_set(lang: str) -> tuple[str, ...]:
    """One-sentence texts of 4 to 40 words that state a number, from real text in the
    repository, each once, in a fixed order."""
    kept: dict[str, None] = {}
    for text in [*corpus_texts(lang), *peer_texts(lang)]:
        sentence = " ".join(text.split())
        if 4 <= word_count(sentence, lang) <= 40 and states_a_number(sentence, lang):
            kept[sentence] = None
    return tuple(kept)


@cache
def guesses(lang: str) -> tuple[tuple[str, LanguageGuess], ...]:
    return tuple((s, identify_language(s)) for s in sentence_set(lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_200_real_sentences(lang: str) -> None:
    assert len(sentence_set(lang)) >= 200


def test_no_english_sentence_is_ever_sure_german_or_dutch() -> None:
    wrong = [(s, g) for s, g in guesses("en") if g.sure and g.language in ("de", "nl")]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_sure_answer_is_right(lang: str) -> None:
    assert [(s, g) for s, g in guesses(lang) if g.sure and g.language != lang] == []


@pytest.mark.parametrize("lang", ["en", "de", "nl"])
def test_an_unsure_answer_names_the_right_language(lang: str) -> None:
    missed = [(s, g) for s, g in guesses(lang) if not g.sure and lang not in g.candidates]
    assert missed == []


def test_a_chinese_sentence_is_unsure_only_when_most_of_it_is_not_han() -> None:
    """Cases such as "21.2E0" or "地址:https://www.iknowplus.com/..." are Chinese
    only by the file they are in."""
    unsure = [s for s, g in guesses("zh") if not g.sure]
    letters = {s: sum(ch.isalpha() for ch in s) for s in unsure}
    assert [s for s in unsure if len(HAN.findall(s)) * 2 > letters[s]] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_share_of_unsure_sentences(lang: str, record_property: Callable[..., None]) -> None:
    """Reported per language (`-rP` shows it, JUnit XML records it) and bounded."""
    results = guesses(lang)
    right = sum(1 for _, g in results if g.sure and g.language == lang)
    unsure = sum(1 for _, g in results if not g.sure)
    share = unsure / len(results)
    record_property(f"unsure_share_{lang}", round(share, 4))
    print(
        f"{lang}: {len(results)} sentences, {right} sure and right, {unsure} unsure ({share:.1%})"
    )
    assert share <= UNSURE_AT_MOST


MAI_1 = "Microsoft's MAI-1 model has 50 billion parameters."
# megawatts, not GPUs: a count of whole things reads "1.500" as thousands in any
# language ("29.668 votes"), so the readings would agree
AMBIGUOUS = "Microsoft: 1.500 MW, Meta: 600 MW"
AMBIGUOUS_NOTE = "language unsure (de, nl or en): kept only the claims every reading agrees on"


def test_a_short_english_sentence_with_billion_is_english_and_sure() -> None:
    assert identify_language(MAI_1) == LanguageGuess("en", True, ("en",))
    claims = factcheck.extract(MAI_1)
    assert [(c.text, c.start, c.end, c.value, c.unit, c.lang) for c in claims] == [
        ("50 billion parameters", 28, 49, 5e10, "parameter", "en")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siemens Energy sold 500 turbines.", "en"),
        ("Porsche IPO Values Company at 75 Billion Euros", "en"),
        ("Tesla Grünheide: 500,000 Cars Per Year", "en"),
        ("Apple verkauft 10 Millionen iPhones", "de"),
        ("Microsoft Copilot: 100 Millionen User", "de"),
        ("Black Friday: 5 Billion Euro Umsatz?", "de"),
        ("OpenAI heeft 500 miljoen gebruikers", "nl"),
        ("Windows 11 draait op 500 miljoen pc's", "nl"),
    ],
)
def test_headlines_full_of_names_are_sure_and_right(text: str, expected: str) -> None:
    assert identify_language(text) == LanguageGuess(expected, True, (expected,))


@pytest.mark.parametrize(
    "text",
    [
        "Deutsche Bank Fined 200 Million Dollars",
        "Zalando Gewinn 2023: 80 million euros",
        "Ein Prosit: Oktoberfest draws 7.2 million visitors",
        "KLM Flies 30 Million Passengers",
    ],
)
def test_english_headlines_with_german_words_are_never_sure_german(text: str) -> None:
    guess = identify_language(text)
    assert not guess.sure and "en" in guess.candidates


def test_clear_texts_are_decided_without_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_lingua() -> None:
        raise AssertionError("the cue words should have decided")

    monkeypatch.setattr(lang_module, "_detector", no_lingua)
    assert identify_language(MAI_1).sure
    assert identify_language("Das Unternehmen hat 500.000 Grafikkarten gekauft.").sure
    for path in sorted(SEEDS.glob("*.txt")):
        assert identify_language(path.read_text(encoding="utf-8")).sure, path.name


def test_a_clear_sentence_does_not_load_lingua_at_start_up() -> None:
    """The command line should not pay for lingua's models (about 0.5 s) on clear text."""
    script = (
        "import sys\n"
        "from factcheck.load.language import identify_language\n"
        f"assert identify_language({MAI_1!r}).sure\n"
        "print('lingua' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert (done.returncode, done.stdout) == (0, "False\n"), done.stderr


@pytest.mark.parametrize("text", ["", "12345 678,9 %", "--- | --- |"])
def test_nothing_to_go_on_is_unsure_among_the_latin_languages(text: str) -> None:
    assert identify_language(text) == LanguageGuess("en", False, ("en", "de", "nl"))


def test_an_ambiguous_snippet_is_unsure() -> None:
    assert identify_language(AMBIGUOUS) == LanguageGuess("de", False, ("de", "nl", "en"))


def test_a_guess_is_consistent() -> None:
    with pytest.raises(ValueError):
        LanguageGuess("en", True, ("en", "de"))
    with pytest.raises(ValueError):
        LanguageGuess("en", False, ("de", "en"))
    with pytest.raises(ValueError):
        LanguageGuess("en", False, ("en",))


# --------------------------------------------------------------------------- agreement


def claim(start: int, end: int, value: float, unit: str = "GPU", lang: str = "en") -> Claim:
    return Claim(
        start=start, end=end, text="x" * (end - start), value=value, low=value, high=value,
        unit=unit, lang=lang, sentence=(0, 40),
    )  # fmt: skip


def test_agreement_keeps_what_every_reading_states_alike() -> None:
    first = [claim(11, 20, 1500.0, lang="de"), claim(28, 35, 600.0, lang="de")]
    second = [claim(11, 20, 1.5), claim(28, 35, 600.0)]
    third = [claim(28, 35, 600.0, lang="nl"), claim(11, 20, 1500.0, lang="nl")]
    assert agreed_claims([first, second, third]) == [first[1]]
    assert agreed_claims([first, third]) == first
    assert agreed_claims([first]) == first
    assert agreed_claims([]) == []


def test_agreement_needs_the_same_span_and_unit() -> None:
    first = [claim(11, 20, 600.0), claim(28, 35, 600.0)]
    other = [claim(11, 21, 600.0), claim(28, 35, 600.0, unit="count")]
    assert agreed_claims([first, other]) == []


def test_an_unsure_text_gives_only_the_claims_all_readings_agree_on() -> None:
    claims = factcheck.extract(AMBIGUOUS)
    assert [(c.text, c.start, c.end, c.value, c.unit, c.lang) for c in claims] == [
        ("600 MW", 27, 33, 600.0, "megawatt", "de")
    ]


def test_an_unsure_document_says_so_in_its_status(tmp_path: Path) -> None:
    (tmp_path / "snippet.txt").write_text(AMBIGUOUS, encoding="utf-8")
    (tmp_path / "article.txt").write_text(MAI_1, encoding="utf-8")
    result = extract_paths([tmp_path])
    assert [(Path(d.file).name, d.lang, d.claims, d.note) for d in result.documents] == [
        ("article.txt", "en", 1, None),
        ("snippet.txt", "de", 1, AMBIGUOUS_NOTE),
    ]
    assert [(c.text, c.start, c.end, c.value, c.unit) for c in result.claims] == [
        ("50 billion parameters", 28, 49, 5e10, "parameter"),
        ("600 MW", 27, 33, 600.0, "megawatt"),
    ]


def test_a_configured_language_always_wins(tmp_path: Path) -> None:
    path = tmp_path / "snippet.txt"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    for lang, first_value in (("en", 1.5), ("German", 1500.0), ("nl-BE", 1500.0)):
        document = read_document(path, "snippet.txt", lang)
        assert (document.lang, document.lang_candidates) == (normalise_language(lang), ())
        result = extract_paths([path], lang=lang)
        assert [(d.lang, d.claims, d.note) for d in result.documents] == [
            (normalise_language(lang), 2, None)
        ]
        assert [(c.text, c.start, c.end, c.value) for c in result.claims] == [
            ("1.500 MW", 11, 19, first_value),
            ("600 MW", 27, 33, 600.0),
        ]
    assert [c.value for c in factcheck.extract(AMBIGUOUS, lang="en")] == [1.5, 600.0]


def test_the_configured_draft_language_wins_in_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "draft.txt").write_text(AMBIGUOUS, encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(MAI_1, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["check", "draft.txt", "--against", "sources", "--format", "json"]
    main(args)
    (draft,) = json.loads(capsys.readouterr().out)["drafts"]
    assert (draft["lang"], draft["claims"], draft["note"]) == ("de", 1, AMBIGUOUS_NOTE)
    (tmp_path / "factcheck.toml").write_text("lang = 'en'\n", encoding="utf-8")
    main(args)
    (draft,) = json.loads(capsys.readouterr().out)["drafts"]
    assert (draft["lang"], draft["claims"], draft["note"]) == ("en", 2, None)


def test_the_reports_show_the_note() -> None:
    data = report_texts([("snippet.txt", AMBIGUOUS, None), ("article.txt", MAI_1, None)])
    statuses = {d.file: d.note for d in data.documents}
    assert statuses == {"snippet.txt": AMBIGUOUS_NOTE, "article.txt": None}
    line = f"snippet.txt: {AMBIGUOUS_NOTE}"
    assert line in report_text.render_report(data, width=200).splitlines()
    assert f"- `snippet.txt`: {AMBIGUOUS_NOTE}" in report_markdown.render_report(data).splitlines()
    documents = json.loads(report_json.render_report(data))["documents"]
    assert {d["file"]: d["note"] for d in documents} == statuses
