"""Question banks: large pools of open questions, each with a stable id.

A bank lists its questions as ``[[prompts]]`` tables (``id``, ``text``). A pack written before
ids existed may still give ``questions = [...]``; its questions are then known by their text.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bond.content.checker import SLUG, Checker
from bond.content.problems import ContentProblem, read_toml_file
from bond.domain.banks import Prompt, QuestionBank

__all__ = ["MIN_QUESTIONS", "QuestionBank", "load_banks"]

MIN_QUESTIONS = 20
MOST = 500
LIMIT = 160  # characters in one question


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
        check.fields(data, (), {"id", "title", "sources", "questions", "prompts"}, {"id", "title"})
        bank_id = data.get("id")
        if not isinstance(bank_id, str) or not SLUG.match(bank_id) or bank_id != path.stem:
            check.report(("id",), f'"id" must be lower-case-with-dashes and match {path.name}')
        sources = check.strings(data, (), "sources", limit=60, least=1, most=10, slugs=True)
        for name in sources:
            if name not in known_sources:
                check.report(("sources",), f'source "{name}" is not in sources.toml')
        prompts = _prompts(check, data)
        title = check.text(data, (), "title", 60, required=True)
        problems.extend(check.problems)
        if not check.problems and isinstance(bank_id, str):
            banks[bank_id] = QuestionBank(bank_id, title, prompts, sources)
    return banks, problems


def _prompts(check: Checker, data: dict[str, Any]) -> tuple[Prompt, ...]:
    if ("prompts" in data) == ("questions" in data):
        check.report(
            (), 'give the questions as [[prompts]] tables (or, in an older pack, "questions")'
        )
        return ()
    if "questions" in data:
        legacy = check.strings(data, (), "questions", limit=LIMIT, least=MIN_QUESTIONS, most=MOST)
        return tuple(Prompt(text, text) for text in legacy)
    raw = data["prompts"]
    if not isinstance(raw, list) or not MIN_QUESTIONS <= len(raw) <= MOST:
        count = len(raw) if isinstance(raw, list) else 0
        check.report(
            ("prompts",), f"a bank needs {MIN_QUESTIONS} to {MOST} prompts (found {count})"
        )
        return ()
    prompts: list[Prompt] = []
    ids: set[str] = set()
    texts: set[str] = set()
    for i, table in enumerate(raw):
        key = ("prompts", i)
        if not isinstance(table, dict):
            check.report(key, f"prompt {i + 1} must be a table ([[prompts]])")
            continue
        check.fields(table, key, {"id", "text"}, {"id", "text"})
        prompt_id, text = table.get("id"), check.text(table, key, "text", LIMIT, required=True)
        if not isinstance(prompt_id, str) or not SLUG.match(prompt_id):
            check.report((*key, "id"), f'prompt {i + 1}: "id" must be lower-case-with-dashes')
        elif prompt_id in ids:
            check.report((*key, "id"), f'prompt {i + 1}: the id "{prompt_id}" is used twice')
        elif text in texts:
            check.report((*key, "text"), f"prompt {i + 1}: the same question is asked twice")
        elif text:
            ids.add(prompt_id)
            texts.add(text)
            prompts.append(Prompt(prompt_id, text))
    return tuple(prompts)
