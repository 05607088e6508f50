"""Issue 6, point 8: every sentence of the README section "What factcheck does with bad
input" is checked by a test.

`SENTENCES` maps the opening words of each sentence (one bullet each) to the tests
that check it; `test_every_sentence_has_its_tests` fails when the README gains a
sentence without tests, or names a test that does not exist. Statements no other
test module covers are tested here, named after their sentence.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from test_user_errors import RULE

from factcheck.cli import main
from factcheck.extraction.numeral import MAX_DIGIT_RUN, MAX_HAN_RUN, MAX_NUMBER_WORDS
from factcheck.extraction.scanner import extract_text
from factcheck.extraction.sentences import MAX_SENTENCE, sentence_spans

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## What factcheck does with bad input"

SENTENCES: dict[str, tuple[str, ...]] = {
    "Every file you name is read or listed as skipped": (
        "test_nothing_lost::test_every_input_appears_in_every_report_format",
        "test_nothing_lost::test_every_input_is_a_document_of_the_extraction",
        "test_nothing_lost::test_json_claim_counts_add_up_per_file",
    ),
    "Files are decoded as UTF-8 with or without a byte order mark": (
        "test_encodings::test_each_encoding_decodes_to_the_original_text",
        "test_encodings::test_each_encoding_gives_the_exact_claims",
        "test_load::test_utf16_and_utf32_with_bom",
    ),
    "A Chinese decoding that scatters ideographs": (
        "test_encodings::test_short_western_text_is_not_read_as_chinese",
        "test_encodings::test_german_written_in_gb18030_stays_german",
    ),
    "A file that is not text": (
        "test_encodings::test_undecodable_files_are_skipped_with_a_warning_naming_them",
        "test_formats::test_a_file_of_nul_bytes_is_skipped",
        "test_formats::test_stray_nul_bytes_in_a_text_do_not_lose_it",
    ),
    "HTML loses its scripts": (
        "test_formats::test_html_scripts_styles_and_navigation_give_no_claims",
        "test_formats::test_html_each_kind_of_furniture_is_dropped",
        "test_formats::test_html_text_after_nested_furniture_is_kept",
        "test_formats::test_html_claims_map_back_to_their_place_in_the_file",
    ),
    "Markdown front matter, code, link targets": (
        "test_formats::test_markdown_tables_code_and_link_targets_are_not_claims",
        "test_formats::test_markdown_claims_keep_their_offsets_in_the_file",
    ),
    "A Markdown front matter `lang:` (or `language:`) names the file's language": (
        "test_load::test_the_language_front_matter_states_is_the_documents",
        "test_load::test_an_unknown_front_matter_language_names_the_file_and_line",
        "test_load::test_a_language_given_to_the_command_wins_over_the_front_matter",
    ),
    "Empty files and files of only white space": (
        "test_formats::test_empty_and_blank_files_are_read_with_no_claims",
    ),
    "Very long lines and text that mixes scripts": (
        "test_formats::test_a_1_mb_single_line_works",
        "test_formats::test_mixed_scripts_in_one_sentence",
    ),
    "A file that cannot be read (permission denied) or that breaks factcheck": (
        "test_user_errors::test_an_unreadable_file",
        "test_user_errors::test_an_unreadable_file_without_permissions_at_hand",
        "test_nothing_lost::test_a_file_that_breaks_reading_never_stops_the_others",
        "test_nothing_lost::test_a_file_that_breaks_extraction_never_stops_the_others",
        "test_nothing_lost::test_a_file_that_breaks_the_report_never_stops_the_others",
    ),
    "Each skipped file is named on stderr": (
        "test_nothing_lost::test_extract_names_each_skipped_file_and_counts_them_all",
        "test_nothing_lost::test_the_exit_code_and_the_summary_count_the_skipped",
        "test_report_render::test_cli_skipped_input_exit_2_and_listed",
    ),
    "A mistake in the command or in a rule, entity or attribute file": (
        "test_user_errors::test_a_missing_path",
        "test_user_errors::test_a_missing_rules_folder",
        "test_user_errors::test_a_bad_language",
        "test_user_errors::test_a_broken_rules_folder_is_one_line_naming_file_and_line",
        "test_user_errors::test_no_error_is_a_traceback_in_a_real_process",
        "test_readme_bad_input::test_the_error_line_the_readme_shows_is_the_one_printed",
    ),
    "`--debug` adds the traceback": (
        "test_user_errors::test_debug_shows_the_traceback",
        "test_nothing_lost::test_debug_shows_the_traceback_of_a_broken_file",
    ),
    "YAML is read with the safe loader only": (
        "test_safety::test_the_package_parses_yaml_with_safe_loaders_only",
        "test_safety::test_python_tags_are_refused_and_never_run",
        "test_safety::test_an_alias_bomb_is_refused",
    ),
    "A rule, entity or attribute file that links to a file outside": (
        "test_safety::test_a_rule_file_linking_out_of_the_rules_folder_is_refused",
        "test_safety::test_a_checks_folder_linking_out_is_refused",
        "test_safety::test_an_entity_file_linking_out_is_refused",
    ),
    "Reports escape all text from sources and file names": (
        "test_safety::test_the_html_report_runs_nothing_from_its_sources",
        "test_safety::test_the_markdown_report_renders_no_html_from_its_sources",
        "test_report_render::test_html_escapes_the_source",
    ),
    "A numeral is read from a bounded stretch of text": (
        "test_readme_bad_input::test_a_numeral_is_read_from_a_bounded_stretch_of_text",
        "test_readme_bad_input::test_a_sentence_is_cut_after_1000_characters",
        "test_adversarial::test_extraction_of_hostile_text_is_linear",
    ),
    "Hostile input (1 MB of digits and separators": (
        "test_adversarial::test_extraction_of_hostile_text_is_linear",
        "test_adversarial::test_the_ordinary_yardstick_is_itself_ordinary",
        "test_adversarial::test_html_to_text_of_hostile_markup_is_linear",
        "test_adversarial::test_markdown_masking_of_hostile_syntax_is_linear",
        "test_adversarial::test_the_report_of_hostile_text_is_linear",
        "test_fuzz::test_hostile_soup_gives_sound_claims_and_short_sentences",
        "test_fuzz::test_any_file_is_read_or_skipped_never_crashes",
        "test_fuzz::test_a_bounded_atheris_run_finds_nothing",
    ),
    "The same inputs give byte-identical JSON, Markdown and HTML reports": (
        "test_determinism::test_reports_are_byte_identical_across_runs_and_hash_seeds",
        "test_report_render::test_formats_do_not_depend_on_hash_seed",
    ),
}


def readme_sentences() -> list[str]:
    """The bullets of the section, each joined onto one line."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    bullets = re.split(r"\n- ", section.split("\n- ", 1)[1])
    return [" ".join(bullet.split()) for bullet in bullets]


def test_every_sentence_has_its_tests() -> None:
    sentences = readme_sentences()
    assert len(sentences) == len(SENTENCES)
    for sentence in sentences:
        keys = [key for key in SENTENCES if sentence.startswith(key)]
        assert len(keys) == 1, sentence
        assert sentence.count(". ") == 0, f"one sentence per bullet: {sentence}"


@pytest.mark.parametrize("reference", sorted({t for ts in SENTENCES.values() for t in ts}))
def test_every_named_test_exists(reference: str) -> None:
    module, name = reference.split("::")
    assert callable(getattr(importlib.import_module(module), name, None)), reference


# --------------------------------------------------------------------------- direct tests


def test_the_error_line_the_readme_shows_is_the_one_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"`(factcheck: error: rules/checks/FC101.yaml:7: .*?)`"
    shown = next(filter(None, (re.search(pattern, s) for s in readme_sentences())), None)
    assert shown is not None
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules" / "checks").mkdir(parents=True)
    rule = RULE.replace("units: [GPU]", "units: [GPUs]")
    assert rule.splitlines()[6] == "  units: [GPUs]"  # line 7
    (tmp_path / "rules" / "checks" / "FC101.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Microsoft bought 5,000 GPUs.\n", encoding="utf-8")
    assert main(["report", "a.txt", "--rules", "rules"]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", shown.group(1) + "\n")


def values(text: str, lang: str = "en") -> list[float | None]:
    return [claim.value for claim in extract_text(text, lang)]


def test_a_numeral_is_read_from_a_bounded_stretch_of_text() -> None:
    longest = "9" * MAX_DIGIT_RUN
    assert values(f"It cost {longest} dollars.") == [float(longest)]
    assert values(f"It cost {longest}9 dollars.") == []  # an identifier, not a number
    assert values(f"Order {'٣' * 30} and 5 GPUs.") == [5.0]  # in any script of digits
    words = " ".join(["one hundred"] * (MAX_NUMBER_WORDS // 2 + 1))
    assert values(f"There were {words} more.") == []  # an endless chain of number words
    assert values("There were one hundred and twenty-three thousand units.") == [123_000.0]
    han = "一" * MAX_HAN_RUN
    assert values(f"共有{han}一个", "zh") == []
    assert values("共有一万二千三百四十五个", "zh") == [12_345.0]


def test_a_sentence_is_cut_after_1000_characters() -> None:
    line = "Microsoft bought 5 GPUs and " * 200
    spans = sentence_spans(line, "en")
    assert max(end - start for start, end in spans) <= MAX_SENTENCE == 1000
    assert len(spans) == len(line) // MAX_SENTENCE + 1
