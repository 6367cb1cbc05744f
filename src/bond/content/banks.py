"""Question banks: large pools of open questions, drawn without repeats for half a year."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bond.content.checker import SLUG, Checker
from bond.content.problems import ContentProblem, read_toml_file
from bond.domain.banks import QuestionBank

__all__ = ["MIN_QUESTIONS", "QuestionBank", "load_banks"]

MIN_QUESTIONS = 20


def load_banks(
    files: Iterable[Path], known_sources: frozenset[str]
) -> tuple[dict[str, QuestionBank], list[ContentProblem]]:
    banks: dict[str, QuestionBank] = {}
    problems: list[ContentProblem] = []
    for path in sorted(files):
        document = read_toml_file(path)
        if isinstance(document, ContentProblem):
            problems.append(document)
            continue
        check = Checker(path, document.index)
        data = document.data
        check.fields(
            data,
            (),
            {"id", "title", "sources", "questions"},
            {"id", "title", "sources", "questions"},
        )
        bank_id = data.get("id")
        if not isinstance(bank_id, str) or not SLUG.match(bank_id) or bank_id != path.stem:
            check.report(("id",), f'"id" must be lower-case-with-dashes and match {path.name}')
        sources = check.strings(data, (), "sources", limit=60, least=1, most=10, slugs=True)
        for name in sources:
            if name not in known_sources:
                check.report(("sources",), f'source "{name}" is not in sources.toml')
        questions = check.strings(data, (), "questions", limit=160, least=MIN_QUESTIONS, most=500)
        title = check.text(data, (), "title", 60, required=True)
        problems.extend(check.problems)
        if not check.problems and isinstance(bank_id, str):
            banks[bank_id] = QuestionBank(bank_id, title, questions, sources)
    return banks, problems
