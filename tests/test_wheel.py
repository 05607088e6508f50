"""Shipped data reaches installed users: build the wheel, install it apart from the
checkout, and extract and report from there (lexicons, units file, default rules)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pip") is None and not _has_module("pip"):
        pytest.skip("pip is not available")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    return next(out.glob("factcheck-*.whl"))


def _has_module(name: str) -> bool:
    return (
        subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True).returncode
        == 0
    )


def test_wheel_ships_lexicons_units_and_rules(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "factcheck/lexicon/scales.yaml" in names
    assert "factcheck/lexicon/units.txt" in names
    assert "factcheck/_rules/entities.yaml" in names
    assert "factcheck/_rules/checks/FC101-value-conflict.yaml" in names


def test_installed_wheel_extracts_and_reports(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--no-deps", "-q"]
    subprocess.run([*pip, "--target", str(target), str(wheel)], check=True, capture_output=True)
    script = (
        "import factcheck, factcheck.ruleset as r;"
        "assert 'site' in factcheck.__file__, factcheck.__file__;"
        "assert '_rules' in str(r.default_rules_dir());"
        "c = factcheck.extract('Microsoft kaufte fast 500.000 GPUs.', lang='de')[0];"
        "print(c.value, c.unit, len(r.load_rules([r.default_rules_dir()])))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["500000.0", "GPU", "8"]
