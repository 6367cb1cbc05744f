"""Load and validate exercise files; every problem is reported as ``file:line: message``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bond.content.checker import SLUG, Checker
from bond.content.problems import ContentProblem, TomlDocument, read_toml_file
from bond.domain.exercises import (
    ANSWER_STEPS,
    TOGETHER_ONLY_STEPS,
    Category,
    Exercise,
    Mode,
    Step,
    StepType,
    Who,
)

#: 2: one instruction per step ("text" at most 40 words, the rest in "more"). A pack written in
#: format 1, before that, still loads as it was.
FORMAT = 2
FORMATS = (1, 2)
MAX_STEPS = 30
TOP_REQUIRED = {
    "format",
    "id",
    "title",
    "summary",
    "category",
    "mode",
    "minutes",
    "intro",
    "sources",
    "steps",
}
TOP_ALLOWED = TOP_REQUIRED | {"content_note", "based_on", "related_articles", "review_agreements"}
#: A step's text is one instruction; its "more" (behind "More about this") the why and examples.
TEXT_WORDS = 40
MORE_WORDS = 80
COMMON = {"type", "title", "text", "more"}
ANSWER = {"id", "private", "who"}
STEP_FIELDS: dict[StepType, set[str]] = {
    StepType.INFO: COMMON,
    StepType.RATING: COMMON | {"id", "low", "high", "measure", "moment", "private", "who"},
    StepType.TEXT: COMMON | ANSWER | {"placeholder", "bank", "draw"},
    StepType.CHOICE: COMMON | ANSWER | {"options", "bank", "draw"},
    StepType.MULTI_CHOICE: COMMON | ANSWER | {"options", "bank", "draw"},
    StepType.CHECKLIST: COMMON | {"id", "items", "private", "who"},
    StepType.FEELINGS: COMMON | ANSWER,
    StepType.TIMER: COMMON | {"id", "minutes", "min_minutes", "purpose"},
    StepType.BREATHING: COMMON | {"inhale", "hold", "exhale", "hold_out", "cycles"},
    StepType.TURNS: COMMON | {"id", "rounds", "speaker_hint", "listener_hint", "bank", "draw"},
    StepType.REVEAL: COMMON | {"reveals"},
    StepType.AGREEMENT: COMMON | {"id", "review_date"},
    StepType.BOUNDARY: COMMON | {"id", "private"},
}
STEP_REQUIRED: dict[StepType, set[str]] = {
    StepType.INFO: {"text"},
    StepType.RATING: {"low", "high"},
    StepType.CHECKLIST: {"items"},
    StepType.BREATHING: {"inhale", "exhale"},
}


def _minutes(check: Checker, data: dict[str, Any]) -> tuple[int, int]:
    value = data.get("minutes")
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 180:
        return (value, value)
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 1 <= value[0] <= value[1] <= 180
    ):
        return (value[0], value[1])
    if value is not None:
        check.report(("minutes",), '"minutes" must be a whole number or [min, max] from 1 to 180')
    return (1, 1)


def _step(
    check: Checker, raw: object, i: int, mode: Mode, known: Known, *, fmt: object = FORMAT
) -> Step | None:
    key = ("steps", i)
    if not isinstance(raw, dict):
        check.report(key, f"step {i + 1} must be a table ([[steps]])")
        return None
    type_name = raw.get("type")
    try:
        kind = StepType(str(type_name))
    except ValueError:
        types = ", ".join(t.value for t in StepType)
        check.report(
            (*key, "type") if "type" in raw else key,
            f"step {i + 1}: unknown step type {type_name!r} (known: {types})",
        )
        return None
    check.fields(raw, key, STEP_FIELDS[kind], STEP_REQUIRED.get(kind, set()) | {"type"})
    step_id = raw.get("id")
    if kind in ANSWER_STEPS and (not isinstance(step_id, str) or not SLUG.match(step_id)):
        check.report(
            (*key, "id") if "id" in raw else key,
            f'step {i + 1} ({kind}) needs an "id" in lower-case-with-dashes',
        )
        step_id = None
    if mode is Mode.SOLO and kind in TOGETHER_ONLY_STEPS:
        check.report((*key, "type"), f'step {i + 1}: a solo exercise cannot use a "{kind}" step')
    if mode is Mode.SOLO and "who" in raw:
        check.report((*key, "who"), f'step {i + 1}: "who" means nothing in a solo exercise')
    private = check.boolean(raw, key, "private")
    who_name = check.choice(raw, key, "who", tuple(w.value for w in Who))
    # Private answers and boundaries belong to one person, so each partner gives their own.
    personal = private or kind is StepType.BOUNDARY
    who = Who.EACH if personal else Who(who_name) if who_name else Who.TOGETHER
    if private and who_name == Who.TOGETHER.value:
        check.report((*key, "who"), f'step {i + 1}: a private step is always answered "each"')
    text = check.text(raw, key, "text", 600, required=kind is StepType.INFO)
    choosing = kind in (StepType.CHOICE, StepType.MULTI_CHOICE)  # else a bank gives prompts
    step = Step(
        index=i,
        type=kind,
        id=step_id if isinstance(step_id, str) else None,
        title=check.text(raw, key, "title", 60),
        text=text,
        more=check.text(raw, key, "more", 900),
        private=private,
        who=who,
        options=check.strings(raw, key, "options", limit=120, least=2, most=12),
        items=check.strings(raw, key, "items", limit=160, least=1, most=12),
        low=check.text(raw, key, "low", 40),
        high=check.text(raw, key, "high", 40),
        measure=check.choice(raw, key, "measure", ("distress", "closeness", "other")),
        moment=check.choice(raw, key, "moment", ("before", "after")),
        placeholder=check.text(raw, key, "placeholder", 120),
        minutes=check.integer(raw, key, "minutes", (1, 120), 20 if kind is StepType.TIMER else 0),
        min_minutes=check.integer(raw, key, "min_minutes", (0, 120), 0),
        purpose=check.choice(raw, key, "purpose", ("break", "practice")),
        inhale=check.integer(raw, key, "inhale", (1, 12), 4),
        hold=check.integer(raw, key, "hold", (0, 12), 0),
        exhale=check.integer(raw, key, "exhale", (1, 16), 6),
        hold_out=check.integer(raw, key, "hold_out", (0, 12), 0),
        cycles=check.integer(raw, key, "cycles", (1, 60), 6),
        rounds=check.integer(raw, key, "rounds", (1, 6), 1),
        speaker_hint=check.text(raw, key, "speaker_hint", 300),
        listener_hint=check.text(raw, key, "listener_hint", 300),
        reveals=check.strings(raw, key, "reveals", limit=40, most=20, slugs=True),
        review_date=check.boolean(raw, key, "review_date"),
        bank=check.text(raw, key, "bank", 60),
        draw=check.integer(
            raw,
            key,
            "draw",
            (1, 12) if choosing else (1, 3),
            (3 if choosing else 1) * ("bank" in raw),
        ),
    )
    for name, most in (("text", TEXT_WORDS), ("more", MORE_WORDS)) if fmt != 1 else ():
        if (words := len(getattr(step, name).split())) > most:
            check.report(
                (*key, name),
                f'step {i + 1}: "{name}" has {words} words; at most {most}'
                + (
                    ' (one instruction: put the why and examples in "more")'
                    if name == "text"
                    else ""
                ),
            )
    if choosing and bool(step.options) == bool(step.bank):
        check.report(key, f'step {i + 1}: give either "options" or a question "bank"')
    elif step.bank and known.banks is not None and step.bank not in known.banks:
        check.report((*key, "bank"), f'step {i + 1}: question bank "{step.bank}" does not exist')
    if kind is StepType.TIMER and step.min_minutes > step.minutes:
        check.report((*key, "min_minutes"), f'step {i + 1}: "min_minutes" is above "minutes"')
    return step


def _check_steps(check: Checker, steps: list[Step]) -> None:
    seen: dict[str, int] = {}
    private_since_reveal: list[str] = []
    all_private: set[str] = set()
    for step in steps:
        key = ("steps", step.index)
        if step.id is not None:
            if step.id in seen:
                check.report(
                    (*key, "id"),
                    f'step {step.index + 1}: id "{step.id}" is already used by step '
                    f"{seen[step.id] + 1}",
                )
            seen[step.id] = step.index
        if step.private and step.id:
            private_since_reveal.append(step.id)
            all_private.add(step.id)
        if step.type is StepType.REVEAL:
            if not private_since_reveal and not step.reveals:
                check.report(
                    (*key, "type"), f"step {step.index + 1}: a reveal needs private steps before it"
                )
            for name in step.reveals:
                if name not in all_private:
                    check.report(
                        (*key, "reveals"),
                        f'step {step.index + 1}: "{name}" is not a private step before this reveal',
                    )
            private_since_reveal = []


@dataclass(frozen=True)
class Known:
    """What exercises may refer to: source keys, article slugs (None: not checked), feelings."""

    sources: frozenset[str]
    articles: frozenset[str] | None = None
    has_feelings: bool = True
    banks: frozenset[str] | None = None  # None: banks not checked (a single file on its own)


def parse_exercise(
    document: TomlDocument, known: Known
) -> tuple[Exercise | None, list[ContentProblem]]:
    check = Checker(document.path, document.index)
    data = document.data
    check.fields(data, (), TOP_ALLOWED, TOP_REQUIRED)
    fmt = data.get("format", FORMAT)
    if type(fmt) is not int or fmt not in FORMATS:  # not True, not 1.0
        check.report(("format",), f'"format" must be {FORMAT} (or 1, for a pack written before it)')
    ex_id = data.get("id")
    if not isinstance(ex_id, str) or not SLUG.match(ex_id):
        check.report(("id",), '"id" must be lower-case words joined by dashes')
        ex_id = document.path.stem
    elif ex_id != document.path.stem:
        check.report(("id",), f'"id" is "{ex_id}" but the file is named {document.path.name}')
    category = check.choice(data, (), "category", tuple(c.value for c in Category))
    mode = check.choice(data, (), "mode", tuple(m.value for m in Mode))
    sources = check.strings(data, (), "sources", limit=60, least=1, most=20, slugs=True)
    for name in sources:
        if name not in known.sources:
            check.report(("sources",), f'source "{name}" is not in sources.toml')
    related = check.strings(data, (), "related_articles", limit=60, most=10, slugs=True)
    for slug in related:
        if known.articles is not None and slug not in known.articles:
            check.report(("related_articles",), f'related article "{slug}" does not exist')
    raw_steps = data.get("steps")
    steps: list[Step] = []
    if not isinstance(raw_steps, list) or not 1 <= len(raw_steps) <= MAX_STEPS:
        if "steps" in data:
            check.report(("steps",), f"an exercise needs 1 to {MAX_STEPS} [[steps]]")
    else:
        for i, raw in enumerate(raw_steps):
            step = _step(check, raw, i, Mode(mode) if mode else Mode.BOTH, known, fmt=fmt)
            if step is not None:
                steps.append(step)
        _check_steps(check, steps)
        if not known.has_feelings and any(s.type is StepType.FEELINGS for s in steps):
            check.report(("steps",), "a feelings step needs feelings.toml beside exercises/")
    exercise = Exercise(
        id=ex_id,
        title=check.text(data, (), "title", 60, required=True),
        summary=check.text(data, (), "summary", 200, required=True),
        category=Category(category) if category else Category.CHECK_INS,
        mode=Mode(mode) if mode else Mode.BOTH,
        minutes=_minutes(check, data),
        intro=check.text(data, (), "intro", 700, required=True),
        steps=tuple(steps),
        sources=sources,
        content_note=check.text(data, (), "content_note", 200),
        based_on=check.text(data, (), "based_on", 200),
        related_articles=related,
        review_agreements=check.boolean(data, (), "review_agreements"),
        source_path=document.path,
    )
    return (None if check.problems else exercise), check.problems


def load_sources(path: Path) -> tuple[dict[str, str], list[ContentProblem]]:
    if not path.exists():
        return {}, []
    document = read_toml_file(path)
    if isinstance(document, ContentProblem):
        return {}, [document]
    check = Checker(path, document.index)
    check.fields(document.data, (), {"sources"}, {"sources"})
    table = document.data.get("sources", {})
    out: dict[str, str] = {}
    if isinstance(table, dict):
        for name, value in table.items():
            if not SLUG.match(name):
                check.report(
                    ("sources", name), f'source key "{name}" must be lower-case-with-dashes'
                )
            elif not isinstance(value, str) or not 10 <= len(value) <= 400:
                check.report(("sources", name), f'source "{name}" must be a citation in quotes')
            else:
                out[name] = value
    return out, check.problems


def load_exercises(
    files: Iterable[Path], known: Known
) -> tuple[dict[str, Exercise], list[ContentProblem]]:
    """Every valid exercise by id; broken files are left out and reported."""
    exercises: dict[str, Exercise] = {}
    problems: list[ContentProblem] = []
    for path in sorted(files):
        document = read_toml_file(path)
        if isinstance(document, ContentProblem):
            problems.append(document)
            continue
        exercise, found = parse_exercise(document, known)
        problems.extend(found)
        if exercise is None:
            continue
        if exercise.id in exercises:
            other = exercises[exercise.id].source_path
            problems.append(
                ContentProblem(
                    path,
                    document.index.line_of(("id",)),
                    f'duplicate exercise id "{exercise.id}" (also in {other})',
                )
            )
            continue
        exercises[exercise.id] = exercise
    return exercises, problems
