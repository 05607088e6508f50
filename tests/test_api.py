"""The public API (`factcheck.extract`, `extract_frame`), the pipeline and the renderers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import factcheck
from factcheck.errors import ConfigError, InputError
from factcheck.extraction.batch import extract_paths, iter_claims
from factcheck.models import Claim, Skipped
from factcheck.render import CLAIM_COLUMNS, claims_csv, claims_jsonl, format_number

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EXPECTED_COLUMNS = [
    "file", "start", "end", "text", "value", "low", "high", "unit", "scale", "approx",
    "hedge", "bound", "time", "boilerplate", "lang", "sentence_start", "sentence_end",
]  # fmt: skip


def test_extract_german_gpus() -> None:
    claims = factcheck.extract("Microsoft kaufte fast 500.000 GPUs", lang="de")
    assert len(claims) == 1
    claim = claims[0]
    assert claim.value == 500000
    assert claim.unit == "GPU"
    assert claim.approx is True
    assert claim.file is None


def test_extract_normalises_the_language() -> None:
    claims = factcheck.extract("Microsoft kaufte fast 500.000 GPUs", lang="German")
    assert [c.lang for c in claims] == ["de"]
    with pytest.raises(ConfigError):
        factcheck.extract("5 apples", lang="xx")


def test_public_names() -> None:
    assert isinstance(factcheck.__version__, str) and factcheck.__version__
    assert factcheck.Claim is Claim
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_import_is_light() -> None:
    code = "import sys, factcheck; print(sorted({'pandas', 'rich', 'lingua'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- frames


def test_frame_columns_and_order() -> None:
    frame = factcheck.extract_frame([SEEDS])
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert list(frame.columns)[: len(EXPECTED_COLUMNS)] == EXPECTED_COLUMNS
    assert len(frame) > 0
    # walk order is name order here, so file then start offset is a plain sort
    ordered = frame.sort_values(["file", "start"], kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(frame, ordered)
    row = frame[frame["text"] == "500 Milliarden Parametern"].iloc[0]
    assert row["value"] == 5e11 and row["unit"] == "parameter"
    assert row["sentence_start"] <= row["start"] < row["end"] <= row["sentence_end"]
    assert not frame["boilerplate"].any()
    assert frame.attrs["skipped"] == []


def test_frame_is_deterministic() -> None:
    pd.testing.assert_frame_equal(
        factcheck.extract_frame([SEEDS]), factcheck.extract_frame([SEEDS])
    )


def test_frame_accepts_one_path_and_keeps_columns_when_empty(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("No numbers in this text at all.", encoding="utf-8")
    frame = factcheck.extract_frame(tmp_path)
    assert frame.empty
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert frame["value"].dtype == "float64"


def test_frame_lists_skipped_files(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.txt").write_text("Microsoft kaufte fast 500.000 GPUs.", encoding="utf-8")
    frame = factcheck.extract_frame(tmp_path, lang="de")
    assert frame["value"].tolist() == [500000.0]
    assert [s["path"] for s in frame.attrs["skipped"]] == [str(tmp_path / "bad.txt")]


# --------------------------------------------------------------------------- pipeline


def test_missing_path_raises_at_call_time(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        iter_claims([SEEDS, tmp_path / "missing"])  # no iteration needed


def test_bad_language_raises_at_call_time() -> None:
    with pytest.raises(ConfigError):
        iter_claims([SEEDS], lang="xx")


def test_extract_paths_summarises_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Microsoft kaufte fast 500.000 GPUs.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\xff" * 50)
    result = extract_paths([tmp_path], lang="de")
    assert not result.ok
    assert [(d.status, d.claims) for d in result.documents] == [("ok", 1), ("skipped", 0)]
    assert result.documents[0].lang == "de"
    assert result.skipped == [
        Skipped(path=str(tmp_path / "b.txt"), reason=result.skipped[0].reason)
    ]
    assert [c.file for c in result.claims] == [str(tmp_path / "a.txt")]


def test_iter_claims_streams_claims_and_skips(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00" * 10)
    (tmp_path / "b.txt").write_text("Microsoft kaufte fast 500.000 GPUs.", encoding="utf-8")
    items = list(iter_claims(tmp_path, lang="de"))
    assert [type(item).__name__ for item in items] == ["Skipped", "Claim"]


# --------------------------------------------------------------------------- renderers


def test_jsonl_and_csv_render_in_model_order() -> None:
    claims = factcheck.extract("Microsoft kaufte fast 500.000 GPUs", lang="de")
    record = json.loads(claims_jsonl(claims))
    assert list(record) == [n for n, f in Claim.model_fields.items() if not f.exclude]
    assert "carried_time" not in record  # the annotation's input, not a claim's field
    assert record["sentence"] == list(claims[0].sentence)
    assert claims_csv([]) == ",".join(CLAIM_COLUMNS) + "\n"
    assert claims_csv(claims).count("\n") == 2


@pytest.mark.parametrize(
    ("value", "shown"),
    [(5e11, "500,000,000,000"), (0.25, "0.25"), (1.5, "1.5"), (0.0, "0"), (-3.0, "-3"),
     (1e-7, "1e-07"), (12345.678, "12,345.678")],
)  # fmt: skip
def test_format_number(value: float, shown: str) -> None:
    assert format_number(value) == shown


def test_frame_says_what_each_claim_is_about() -> None:
    frame = factcheck.extract_frame([SEEDS])
    rows = frame.set_index("text")
    assert rows.loc["zo’n 4 biljoen dollar", ["subject", "attribute"]].tolist() == [
        "Nvidia",
        "market_value",
    ]
    assert rows.loc["500 Milliarden Parametern", "subject"] == "MAI-1"
    assert frame["subject"].notna().all() and frame["attribute"].notna().all()


def test_frame_takes_texts_as_well_as_paths() -> None:
    frame = factcheck.extract_frame(
        texts=[
            ("de.txt", "Microsoft kaufte 2024 fast 500.000 GPUs von Nvidia."),
            ("zh.txt", "2025年，MAI-1-preview 的训练动用了约 1.5 万颗 H100 GPU。"),
        ]
    )
    assert frame[["file", "value", "subject", "attribute", "time"]].values.tolist() == [
        ["de.txt", 500000.0, "Microsoft", "gpu_purchases", "2024"],
        ["zh.txt", 15000.0, "MAI-1-preview", "training_gpus", "2025"],
    ]


def test_check_has_frames_like_report(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Microsoft's MAI-1 model has 50 billion parameters.\n\n"
        "MAI-1-preview was trained on about 15,000 H100 GPUs.\n",
        encoding="utf-8",
    )
    result = factcheck.check([draft], [SEEDS])
    assert result.findings[["line", "rule", "severity", "text"]].values.tolist() == [
        [1, "FC101", "error", "50 billion parameters"]
    ]
    assert result.findings.loc[0, "sources"].startswith(str(SEEDS / "003_9f6b652eb6ae4b4e.txt"))
    assert result.supported["text"].tolist() == ["about 15,000 H100 GPUs"]
    assert result.documents["role"].tolist()[0] == "draft"
    assert result.exit_code() == 1 and result.summary.errors == 1
