"""The Parquet claims dataset: a lossless round trip of located files, and a
folder that is not a dataset is neither read nor overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("pyarrow")

from factcheck.annotation.located import located_input
from factcheck.errors import InputError
from factcheck.extraction.batch import map_inputs
from factcheck.knowledge import Knowledge
from factcheck.load.positions import Position
from factcheck.models import DocumentStatus, ReportClaim
from factcheck.render.report_json import render_report
from factcheck.runs.reporting import build_report
from factcheck.scale.dataset import (
    CLAIM_FIELDS,
    CLAIMS_SCHEMA,
    MARKER,
    POSITION_FIELDS,
    read_parquet,
    report_parquet,
    write_parquet,
    write_paths,
)

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "report"]


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge.from_dirs()


def test_schema_covers_every_claim_and_position_field() -> None:
    """A field added to the models must get a column, or the round trip loses it."""
    columns = set(CLAIM_FIELDS.names) - {"sentence_start", "sentence_end"} | {"sentence"}
    assert columns == {n for n, f in ReportClaim.model_fields.items() if not f.exclude}
    assert POSITION_FIELDS.names == ["file_" + f if f in ("start", "end") else f
                                     for f in Position._fields]  # fmt: skip
    assert CLAIMS_SCHEMA.names[:2] == ["document", "seq"]


def test_round_trip_of_the_sources(tmp_path: Path, knowledge: Knowledge) -> None:
    located = list(map_inputs(located_input, SOURCES, (knowledge, None)))
    summary = write_parquet(located, tmp_path / "ds")
    assert (summary.files, summary.skipped) == (43, [])
    # 84: "下一代模型" (the next generation) in zh_mai1_preview.txt counts nothing
    assert summary.claims == sum(len(entries) for _, entries in located) == 84
    assert read_parquet(tmp_path / "ds") == located
    assert json.loads((tmp_path / "ds" / MARKER).read_text()) == {
        "format": 1,
        "files": 43,
        "claims": 84,
    }


def test_report_from_the_dataset_equals_the_report_from_the_files(
    tmp_path: Path, knowledge: Knowledge
) -> None:
    write_paths(SOURCES, tmp_path / "ds", knowledge, jobs=1)
    expected = render_report(build_report(SOURCES, knowledge=knowledge))
    assert render_report(report_parquet(tmp_path / "ds", knowledge)) == expected


def test_skipped_inputs_are_kept(tmp_path: Path, knowledge: Knowledge) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Acme sold 5,000 cars in 2023.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x01\x02binary\x00\xff\xfe\x00" * 64)
    summary = write_paths([tmp_path / "in"], tmp_path / "ds", knowledge)
    back = read_parquet(tmp_path / "ds")
    assert [(s.status, s.reason) for s, _ in back] == [
        ("ok", None),
        ("skipped", "cannot decode: not a text file (contains NUL bytes)"),
    ]
    assert summary.skipped == [back[1][0]]
    assert [(c.text, c.value, str(c.attribute)) for c, _, _ in back[0][1]] == [
        ("5,000 cars", 5000.0, "deliveries")
    ]
    assert back[0][1][0][1] == Position(10, 20, 1, 11, 1, 21)


def test_a_folder_that_is_not_a_dataset(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="not a factcheck claims dataset"):
        write_parquet([], tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    with pytest.raises(InputError, match="no marker"):
        read_parquet(tmp_path)


def test_rewriting_a_dataset_replaces_it(tmp_path: Path) -> None:
    status = DocumentStatus(file="a.txt", lang="en", claims=0)
    write_parquet([(status, [])], tmp_path / "ds")
    write_parquet([], tmp_path / "ds")
    assert read_parquet(tmp_path / "ds") == []


texts = st.text(max_size=12)
optional_texts = st.none() | texts
figures = st.none() | st.floats(allow_nan=False)
offsets = st.integers(min_value=0, max_value=2**40)

claims = st.builds(
    ReportClaim,
    id=texts,
    file=optional_texts,
    start=offsets,
    end=offsets,
    text=texts,
    value=figures,
    low=figures,
    high=figures,
    unit=texts,
    scale=optional_texts,
    approx=st.booleans(),
    hedge=optional_texts,
    bound=st.none() | st.sampled_from(["gt", "ge", "lt", "le"]),
    time=optional_texts,
    boilerplate=st.booleans(),
    lang=texts,
    sentence=st.tuples(offsets, offsets),
    subject=optional_texts,
    attribute=optional_texts,
    topic=optional_texts,
)
entries = st.tuples(claims, st.builds(Position, *[offsets] * 6), texts)
statuses = st.builds(
    DocumentStatus,
    file=texts,
    lang=optional_texts,
    date=optional_texts,
    claims=st.integers(min_value=0, max_value=2**31),
    status=st.sampled_from(["ok", "skipped"]),
    reason=optional_texts,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(statuses, st.lists(entries, max_size=4)), max_size=4,
                unique_by=lambda f: f[0].file))  # fmt: skip
def test_any_located_files_round_trip(tmp_path: Path, files: list) -> None:
    """Nulls, infinities, big offsets, any text: what is written is what is read."""
    write_parquet(files, tmp_path / "ds")
    assert read_parquet(tmp_path / "ds") == files
