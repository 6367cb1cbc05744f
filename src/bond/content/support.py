"""Crisis contacts for "Get support now": data classes, loader and strict validator.

Qt-free on purpose: the support screen must work while the vault is locked, and
``bond content validate`` checks clinic packs from the command line. The file
format is described in ``resources/content/support/README.md``.

Content is untrusted (clinic packs): nothing here raises for bad content. Every
problem becomes a :class:`~bond.content.problems.ContentProblem` with its line, a
file with any problem is skipped, and the other files still load.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from bond.content.problems import (
    ContentProblem,
    KeyPath,
    TomlDocument,
    TomlLineIndex,
    read_toml_file,
)

__all__ = [
    "ELSEWHERE",
    "FALLBACK_REGION",
    "METHOD_KINDS",
    "ContactMethod",
    "SupportCatalog",
    "SupportContact",
    "SupportRegion",
    "load_support",
    "validate_support_file",
]

#: Region used when the user's region has no file; it may have no contacts.
ELSEWHERE = "elsewhere"
METHOD_KINDS = frozenset({"call", "text", "chat", "web", "tty"})

# Length limits, in characters.
MAX_ORGANISATION = 80
MAX_DESCRIPTION = 300
MAX_HOURS = 120
MAX_NAME = 80
MAX_EMERGENCY = 80
MAX_NOTE = 300
MAX_LABEL = 80
MAX_VALUE = 200
MAX_LANGUAGE = 40
# Count limits.
MAX_CONTACTS = 50
MAX_METHODS = 10
MAX_LANGUAGES = 20
#: ``last_verified`` may be this far ahead of today (the date may come from a
#: time zone ahead of the user's).
FUTURE_SLACK = timedelta(days=1)

_REGION_CODE = re.compile(r"[a-z][a-z0-9-]{0,31}")
_LANG_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_PHONE = re.compile(r"\+?[0-9]+(?:[ -][0-9]+)*")
_WEB = re.compile(r"(?:https://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9._~%/?#=&+-]*)?")

_REGION_FIELDS = {"code", "name", "lang", "emergency", "note", "contacts"}
#: Fields that may also appear as ``<field>_<language>`` (``name_es``, ``hours_es``): the same
#: text in another interface language. Numbers, addresses and organisation names have one value.
_REGION_TEXTS = {"name": MAX_NAME, "emergency": MAX_EMERGENCY, "note": MAX_NOTE}
_CONTACT_TEXTS = {"description": MAX_DESCRIPTION, "hours": MAX_HOURS}
_METHOD_TEXTS = {"label": MAX_LABEL}
_LOCALISED = re.compile(r"([a-z]+)_([a-z]{2,3})")

#: Per language, per field: the other-language text (``{"es": {"name": "Irlanda"}}``).
Localised = Mapping[str, Mapping[str, str]]
_REGION_REQUIRED = ("code", "name", "lang", "emergency")
_CONTACT_FIELDS = {
    "organisation",
    "description",
    "methods",
    "hours",
    "languages",
    "last_verified",
    "free",
}
_CONTACT_REQUIRED = (
    "organisation",
    "description",
    "methods",
    "hours",
    "languages",
    "last_verified",
)
_METHOD_FIELDS = {"kind", "value", "label"}
_METHOD_REQUIRED = ("kind", "value", "label")


@dataclass(frozen=True)
class ContactMethod:
    """One way to reach a service."""

    kind: str  # "call" | "text" | "chat" | "web" | "tty"
    value: str  # what to dial, text or visit: "988", "988lifeline.org"
    label: str  # what the button says: "Text HOME to 741741"
    texts: Localised = field(default_factory=dict, compare=False, hash=False)

    def localised(self, lang: str) -> ContactMethod:
        return replace(self, label=self.texts.get(lang, {}).get("label", self.label))


@dataclass(frozen=True)
class SupportContact:
    organisation: str
    description: str
    methods: tuple[ContactMethod, ...]
    hours: str
    languages: tuple[str, ...]
    last_verified: date
    free: bool | None = None  # None: the file does not say
    texts: Localised = field(default_factory=dict, compare=False, hash=False)
    #: ``languages`` named in another interface language (``languages_es``).
    language_names: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict, compare=False, hash=False
    )

    def localised(self, lang: str) -> SupportContact:
        texts = self.texts.get(lang, {})
        return replace(
            self,
            description=texts.get("description", self.description),
            hours=texts.get("hours", self.hours),
            methods=tuple(method.localised(lang) for method in self.methods),
            languages=self.language_names.get(lang, self.languages),
        )


@dataclass(frozen=True)
class SupportRegion:
    code: str
    name: str
    emergency: str
    contacts: tuple[SupportContact, ...]
    lang: str
    source_path: Path
    note: str = ""
    texts: Localised = field(default_factory=dict, compare=False, hash=False)

    def localised(self, lang: str) -> SupportRegion:
        """This region in ``lang`` where the file gives it; other text stays as written."""
        texts = self.texts.get(lang, {})
        return replace(
            self,
            name=texts.get("name", self.name),
            emergency=texts.get("emergency", self.emergency),
            note=texts.get("note", self.note),
            contacts=tuple(contact.localised(lang) for contact in self.contacts),
        )


#: Shown if even the "elsewhere" file is missing or broken, so the support
#: screen always has something true to say.
FALLBACK_REGION = SupportRegion(
    code=ELSEWHERE,
    name="Other countries and regions",
    emergency="your local emergency number",
    contacts=(),
    lang="en",
    source_path=Path("<built-in>"),
    note="If you are in danger now, call your local emergency number.",
    texts={
        "es": {
            "name": "Otros países y regiones",
            "emergency": "número de emergencias de tu zona",  # after "Llama al"
            "note": "Si estás en peligro ahora, llama al número de emergencias de tu zona.",
        }
    },
)


@dataclass(frozen=True)
class SupportCatalog:
    regions: dict[str, SupportRegion]
    problems: tuple[ContentProblem, ...] = field(default=())
    lang: str = ""  # set by localised(): the built-in fallback speaks it too

    def region(self, code: str) -> SupportRegion:
        """The region for ``code``; else "elsewhere"; else a built-in fallback. Never raises."""
        found = self.regions.get(code.strip().lower())
        if found is not None:
            return found
        fallback = FALLBACK_REGION.localised(self.lang) if self.lang else FALLBACK_REGION
        return self.regions.get(ELSEWHERE, fallback)

    def localised(self, lang: str) -> SupportCatalog:
        """Every region with its ``lang`` texts (``name_es`` and so on) in place."""
        return replace(
            self,
            regions={code: r.localised(lang) for code, r in self.regions.items()},
            lang=lang,
        )


# --------------------------------------------------------------------------- validation


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, datetime):
        return "a date and time"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, time):
        return "a time"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _where(key: KeyPath) -> str:
    """'contact 2, method 1' for ("contacts", 1, "methods", 0); '' for the top level."""
    words: list[str] = []
    for position, part in enumerate(key):
        if isinstance(part, int) and position > 0:
            parent = key[position - 1]
            noun = {"contacts": "contact", "methods": "method"}.get(str(parent), str(parent))
            words.append(f"{noun} {part + 1}")
    return ", ".join(words)


class _Checker:
    def __init__(self, path: Path, index: TomlLineIndex, today: date) -> None:
        self.path = path
        self.index = index
        self.today = today
        self.problems: list[ContentProblem] = []

    def report(self, key: KeyPath, message: str) -> None:
        where = _where(key)
        text = f"{where}: {message}" if where else message
        self.problems.append(ContentProblem(self.path, self.index.line_of(key), text))

    def fields(
        self,
        table: dict[str, Any],
        key: KeyPath,
        allowed: set[str],
        required: tuple[str, ...],
        localisable: Collection[str] = (),
    ) -> None:
        for name in table:
            match = _LOCALISED.fullmatch(name)
            if name not in allowed and not (match and match[1] in localisable):
                self.report(
                    (*key, name),
                    f'unknown field "{name}" (allowed here: {", ".join(sorted(allowed))})',
                )
        for name in required:
            if name not in table:
                if key == () and name == "emergency":
                    self.report(
                        key,
                        'missing required field "emergency": every region needs an '
                        "emergency number",
                    )
                else:
                    self.report(key, f'missing required field "{name}"')

    def text(
        self,
        table: dict[str, Any],
        key: KeyPath,
        name: str,
        limit: int,
        *,
        multiline: bool = False,
    ) -> str | None:
        if name not in table:
            return None
        value = table[name]
        where = (*key, name)
        if not isinstance(value, str):
            self.report(where, f'"{name}" must be text in quotes, not {_type_name(value)}')
            return None
        if not value.strip():
            self.report(where, f'"{name}" must not be empty')
            return None
        if len(value) > limit:
            self.report(
                where, f'"{name}" is too long ({len(value)} characters; the limit is {limit})'
            )
            return None
        allowed_controls = "\n" if multiline else ""
        if any(unicodedata.category(ch) == "Cc" and ch not in allowed_controls for ch in value):
            self.report(where, f'"{name}" must not contain control characters')
            return None
        return value.strip()

    def localised(
        self, table: dict[str, Any], key: KeyPath, texts: Mapping[str, int]
    ) -> dict[str, dict[str, str]] | None:
        """The ``<field>_<language>`` texts of one table; None if any is wrong."""
        found: dict[str, dict[str, str]] = {}
        good = True
        for name in table:
            match = _LOCALISED.fullmatch(name)
            if not match or match[1] not in texts:
                continue
            multiline = match[1] in {"note", "description"}
            value = self.text(table, key, name, texts[match[1]], multiline=multiline)
            if value is None:
                good = False
            else:
                found.setdefault(match[2], {})[match[1]] = value
        return found if good else None

    def tables(
        self, table: dict[str, Any], key: KeyPath, name: str, limit: int
    ) -> list[dict[str, Any]] | None:
        """An array of tables, e.g. [[contacts]]; None if missing or wrong."""
        if name not in table:
            return None
        value = table[name]
        where = (*key, name)
        if not isinstance(value, list):
            self.report(where, f'"{name}" must be an array of tables, not {_type_name(value)}')
            return None
        if len(value) > limit:
            self.report(where, f'too many entries in "{name}" ({len(value)}; the limit is {limit})')
            return None
        good: list[dict[str, Any]] = []
        for position, item in enumerate(value):
            if not isinstance(item, dict):
                self.report(
                    (*where, position),
                    f'each entry of "{name}" must be a table, not {_type_name(item)}',
                )
                return None
            good.append(item)
        return good


def _check_method(check: _Checker, table: dict[str, Any], key: KeyPath) -> ContactMethod | None:
    check.fields(table, key, _METHOD_FIELDS, _METHOD_REQUIRED, _METHOD_TEXTS)
    texts = check.localised(table, key, _METHOD_TEXTS)
    kind = table.get("kind")
    if "kind" in table:
        if not isinstance(kind, str):
            check.report((*key, "kind"), f'"kind" must be text in quotes, not {_type_name(kind)}')
            kind = None
        elif kind not in METHOD_KINDS:
            check.report(
                (*key, "kind"),
                f'unknown method kind "{kind}" (allowed: {", ".join(sorted(METHOD_KINDS))})',
            )
            kind = None
    value = check.text(table, key, "value", MAX_VALUE)
    label = check.text(table, key, "label", MAX_LABEL)
    if kind is None or value is None or label is None or texts is None:
        return None
    if kind in {"call", "text", "tty"} and not _PHONE.fullmatch(value):
        check.report(
            (*key, "value"),
            f'a {kind} "value" must be a phone number: digits with single spaces or hyphens '
            "between them, and an optional leading +",
        )
        return None
    if kind in {"chat", "web"} and not _WEB.fullmatch(value):
        check.report(
            (*key, "value"),
            f'a {kind} "value" must be a web address like example.org or https://example.org/page',
        )
        return None
    return ContactMethod(kind=kind, value=value, label=label, texts=texts)


def _check_date(check: _Checker, table: dict[str, Any], key: KeyPath, name: str) -> date | None:
    if name not in table:
        return None
    value = table[name]
    where = (*key, name)
    if isinstance(value, datetime):
        check.report(where, f'"{name}" must be a date without a time, like 2026-11-25')
        return None
    if isinstance(value, str):
        check.report(where, f'"{name}" must be a date without quotes, like 2026-11-25')
        return None
    if not isinstance(value, date):
        check.report(where, f'"{name}" must be a date like 2026-11-25, not {_type_name(value)}')
        return None
    if value > check.today + FUTURE_SLACK:
        check.report(where, f'"{name}" ({value.isoformat()}) is in the future')
        return None
    return value


def _check_languages(
    check: _Checker, table: dict[str, Any], key: KeyPath, field_name: str = "languages"
) -> tuple[str, ...] | None:
    if field_name not in table:
        return None
    value = table[field_name]
    where = (*key, field_name)
    if not isinstance(value, list):
        check.report(where, f'"{field_name}" must be an array of text, not {_type_name(value)}')
        return None
    if not value:
        check.report(where, f'"{field_name}" must name at least one language')
        return None
    if len(value) > MAX_LANGUAGES:
        check.report(where, f"too many languages ({len(value)}; the limit is {MAX_LANGUAGES})")
        return None
    names: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            check.report(where, f'"{field_name}" must contain only non-empty text in quotes')
            return None
        if len(item) > MAX_LANGUAGE or any(unicodedata.category(ch) == "Cc" for ch in item):
            check.report(where, f'language name "{item[:MAX_LANGUAGE]}…" is not valid')
            return None
        names.append(item.strip())
    return tuple(names)


def _check_contact(check: _Checker, table: dict[str, Any], key: KeyPath) -> SupportContact | None:
    check.fields(table, key, _CONTACT_FIELDS, _CONTACT_REQUIRED, {*_CONTACT_TEXTS, "languages"})
    texts = check.localised(table, key, _CONTACT_TEXTS)
    language_names: dict[str, tuple[str, ...]] = {}
    names_ok = True
    for name in table:
        match = _LOCALISED.fullmatch(name)
        if match and match[1] == "languages":
            names = _check_languages(check, table, key, name)
            if names is None:
                names_ok = False
            else:
                language_names[match[2]] = names
    organisation = check.text(table, key, "organisation", MAX_ORGANISATION)
    description = check.text(table, key, "description", MAX_DESCRIPTION, multiline=True)
    hours = check.text(table, key, "hours", MAX_HOURS)
    languages = _check_languages(check, table, key)
    last_verified = _check_date(check, table, key, "last_verified")
    free: bool | None = None
    if "free" in table:
        raw_free = table["free"]
        if isinstance(raw_free, bool):
            free = raw_free
        else:
            check.report(
                (*key, "free"), f'"free" must be true or false, not {_type_name(raw_free)}'
            )
    methods: list[ContactMethod | None] = []
    method_tables = check.tables(table, key, "methods", MAX_METHODS)
    if method_tables is not None:
        if not method_tables:
            check.report((*key, "methods"), "a contact needs at least one method")
        for position, method_table in enumerate(method_tables):
            methods.append(_check_method(check, method_table, (*key, "methods", position)))
    if (
        organisation is None
        or description is None
        or hours is None
        or languages is None
        or last_verified is None
        or method_tables is None
        or not methods
        or texts is None
        or not names_ok
    ):
        return None
    good_methods = tuple(method for method in methods if method is not None)
    if len(good_methods) != len(methods):
        return None
    return SupportContact(
        organisation=organisation,
        description=description,
        methods=good_methods,
        hours=hours,
        languages=languages,
        last_verified=last_verified,
        free=free,
        texts=texts,
        language_names=language_names,
    )


def _check_region(
    document: TomlDocument, today: date
) -> tuple[SupportRegion | None, list[ContentProblem]]:
    check = _Checker(document.path, document.index, today)
    data = document.data
    check.fields(data, (), _REGION_FIELDS, _REGION_REQUIRED, _REGION_TEXTS)
    texts = check.localised(data, (), _REGION_TEXTS)
    code = check.text(data, (), "code", 32)
    if code is not None and not _REGION_CODE.fullmatch(code):
        check.report(
            ("code",),
            '"code" must be lower case letters, digits or "-", starting with a letter (like "us")',
        )
        code = None
    name = check.text(data, (), "name", MAX_NAME)
    lang = check.text(data, (), "lang", 35)
    if lang is not None and not _LANG_TAG.fullmatch(lang):
        check.report(("lang",), '"lang" must be a language tag like "en" or "fr-CA"')
        lang = None
    emergency = check.text(data, (), "emergency", MAX_EMERGENCY)
    note = check.text(data, (), "note", MAX_NOTE, multiline=True) if "note" in data else ""

    contacts: list[SupportContact | None] = []
    contact_tables = check.tables(data, (), "contacts", MAX_CONTACTS)
    if contact_tables is not None:
        for position, contact_table in enumerate(contact_tables):
            contacts.append(_check_contact(check, contact_table, ("contacts", position)))
    if code is not None and code != ELSEWHERE:
        if "contacts" not in data:
            check.report(
                (),
                'a region needs at least one [[contacts]] entry (only "elsewhere" may have none)',
            )
        elif contact_tables == []:
            check.report(
                ("contacts",),
                'a region needs at least one contact (only "elsewhere" may have none)',
            )

    if (
        check.problems
        or code is None
        or name is None
        or lang is None
        or emergency is None
        or note is None
        or texts is None
        or any(contact is None for contact in contacts)
    ):
        return None, check.problems
    region = SupportRegion(
        code=code,
        name=name,
        emergency=emergency,
        contacts=tuple(contact for contact in contacts if contact is not None),
        lang=lang,
        source_path=document.path,
        note=note,
        texts=texts,
    )
    return region, check.problems


def _load_file(
    path: Path, today: date
) -> tuple[SupportRegion | None, list[ContentProblem], TomlLineIndex | None]:
    document = read_toml_file(path)
    if isinstance(document, ContentProblem):
        return None, [document], None
    try:
        region, problems = _check_region(document, today)
    except RecursionError:  # pragma: no cover - tomllib refuses such nesting first
        return None, [ContentProblem(path, 0, "content is nested too deeply")], None
    return region, problems, document.index


def validate_support_file(path: Path, *, today: date | None = None) -> list[ContentProblem]:
    """All problems in one support file (an empty list means it is fine).

    Duplicate region codes are a property of a folder and are reported by
    :func:`load_support` only.
    """
    _, problems, _ = _load_file(path, today or date.today())
    return problems


def load_support(folder: Path, *, today: date | None = None) -> SupportCatalog:
    """Load every ``*.toml`` region file in ``folder`` (sorted by name).

    Files with problems are skipped and their problems collected; never raises for
    bad content or an unreadable folder.
    """
    checked_on = today or date.today()
    problems: list[ContentProblem] = []
    regions: dict[str, SupportRegion] = {}
    try:
        if not folder.is_dir():
            return SupportCatalog({}, (ContentProblem(folder, 0, "support folder not found"),))
        paths = sorted(folder.glob("*.toml"))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return SupportCatalog({}, (ContentProblem(folder, 0, f"cannot read folder ({reason})"),))
    for path in paths:
        region, file_problems, index = _load_file(path, checked_on)
        problems.extend(file_problems)
        if region is None:
            continue
        first = regions.get(region.code)
        if first is not None:
            line = index.line_of(("code",)) if index is not None else 0
            problems.append(
                ContentProblem(
                    path,
                    line,
                    f'duplicate region code "{region.code}" (already used by '
                    f"{first.source_path.name}); this file was skipped",
                )
            )
            continue
        regions[region.code] = region
    return SupportCatalog(regions, tuple(problems))
