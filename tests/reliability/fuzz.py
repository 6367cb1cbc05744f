"""Run the fuzz tests on their own with many examples (CI runs 150 per target inside pytest).

    python tests/reliability/fuzz.py --fuzz-examples 10000

Prints Hypothesis's statistics per target (examples run, how many passed or were rejected).
"""

# ruff: noqa: E402  (the imports follow the sys.path line that lets it run from a checkout)
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (ROOT, ROOT / "src"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

import pytest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fuzz-examples", type=int, default=300, help="examples per target")
    parser.add_argument("-k", default=None, help="only the targets matching this expression")
    args = parser.parse_args(argv)
    os.environ["BOND_FUZZ_EXAMPLES"] = str(args.fuzz_examples)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pytest_args = [
        str(Path(__file__).with_name("test_fuzz.py")),
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        "--rootdir",
        str(ROOT),
    ]
    if args.k:
        pytest_args += ["-k", args.k]
    return int(pytest.main(pytest_args))


if __name__ == "__main__":
    sys.exit(main())
