"""``bond content validate``: check content files before they reach anyone.

For Bond's own content (folders laid out like resources/content) and, with ``--pack``, for a
clinic's content packs, checked exactly as the app loads them: as untrusted input.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bond.cli.console import Console, plural
from bond.config import AppPaths
from bond.errors import EXIT_ERROR, EXIT_OK
from bond.security.secrets import SecretStore


def cmd_content(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """Print ``file:line: message`` for each problem; exit 0 when all is valid, 1 otherwise."""
    from bond.content.catalog import validate
    from bond.content.exercises import load_sources
    from bond.paths import content_dir

    if args.pack:
        return _validate_packs(args.paths, console)
    builtin, _ = load_sources(content_dir() / "sources.toml")
    problems = validate(args.paths, builtin_sources=builtin)
    for problem in problems:
        console.say(str(problem))
    if problems:
        files = len({p.path for p in problems})
        console.warn(f"{plural(len(problems), 'problem')} in {plural(files, 'file')}.")
        return EXIT_ERROR
    console.say("All content is valid.")
    return EXIT_OK


def _validate_packs(folders: list[Path], console: Console) -> int:
    """Check pack folders together (their ids must not clash with each other either)."""
    from bond.content.packs import load_packs

    reports = load_packs(folders, "").reports
    for report in reports:
        for problem in report.problems:
            console.say(problem)
        if report.loaded:
            console.say(
                f"{report.folder}: valid ({plural(report.exercises, 'exercise')}, "
                f"{plural(report.articles, 'article')}, "
                f"{plural(report.support_regions, 'support region')})."
            )
    skipped = [r for r in reports if not r.loaded]
    if skipped:
        problems = sum(len(r.problems) for r in skipped)
        console.warn(
            f"{plural(problems, 'problem')}; {plural(len(skipped), 'pack')} would be skipped "
            "as a whole."
        )
        return EXIT_ERROR
    console.say("All packs are valid.")
    return EXIT_OK
