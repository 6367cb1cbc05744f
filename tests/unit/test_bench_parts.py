"""The benchmark's quick parts still run (its helpers live in run.py alone)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / "bench" / "run.py"


def test_search_part_prints_its_figures() -> None:
    src = str(RUN.parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(
        [sys.executable, str(RUN), "--part", "search"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(figures) == {"p50", "p95", "max"} and figures["p50"] > 0


def test_each_start_is_compared_with_the_bare_start_just_before_it() -> None:
    """The machine slows down as the run goes on; every pair is still 1.5 apart."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    assert spec is not None and spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = run  # its dataclasses look their module up
    try:
        spec.loader.exec_module(run)
        bare = [0.20, 0.21, 0.26, 0.30, 0.31]
        bond = [0.30, 0.315, 0.39, 0.45, 0.465]
        assert abs(run.paired_ratio(bond, bare) - 1.5) < 1e-9
        with pytest.raises(ValueError):
            run.paired_ratio(bond, bare[:-1])  # a missing start is an error, not a skip
    finally:
        del sys.modules["bench_run"]
