"""JSON export and import: round trips, merging by stable ids, privacy, and hostile files."""

from __future__ import annotations

import copy
import json
import os
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from bond.domain.agreements import ReviewOutcome
from bond.domain.profiles import Household
from bond.errors import ImportFileError, LockedError, ProfileKeysMismatchError, UsageError
from bond.security.sealing import new_keypair
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.export_data import export_json, write_json
from bond.services.import_data import MAX_FILE_BYTES, import_json, parse_export
from bond.services.keychain import Keychain
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.sessions import AnswerKey, SessionService
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage.models import AnswerRow, Base, ProfileRow, ReadingStateRow, SessionRow
from tests.conftest import FAST_KDF

SECRET = "what I never said out loud"
BOUNDARY_WORDS = "I'm going to bed at 11"
PIN = "482913"


def temporary(names: list[str] | None = None) -> OpenVault:
    vault = VaultService.temporary()
    if names:
        household = Household.SOLO if len(names) == 1 else Household.COUPLE
        ProfileService(vault).set_up(household, names)
    return vault


def people(vault: OpenVault) -> list[str]:
    return [p.id for p in ProfileService(vault).profiles()]


def fill(vault: OpenVault) -> None:
    """A little of everything: together and solo sessions, a reveal, agreements and reviews,
    boundaries and their uses, reading places."""
    ids = people(vault)
    keys = Keychain(vault)
    sessions = SessionService(vault, keys)
    together = sessions.start("weekly-meeting", ids, together=True)
    sessions.save_answer(together, "thanks", ids[0], {"text": "draft"}, private=True)
    sessions.save_answer(together, "thanks", ids[0], {"text": SECRET}, private=True)
    sessions.save_answer(
        together, "plan", None, {"text": "walk on Sunday", "n": [1, 2.5]}, private=False
    )
    if len(ids) > 1:
        sessions.save_answer(together, "thanks", ids[1], {"text": "a quiet evening"}, private=True)
    sessions.save_answer(together, "hope", ids[0], {"text": "more walks"}, private=True)
    sessions.reveal_values(together, ids[0], {"hope": {"text": "more walks"}})  # shared: exported
    sessions.finish(together, {"index": 4, "turns": {}, "reveals": {}})
    for i, who in enumerate(ids):
        solo = sessions.start("check-in-alone", [who], together=False)
        text = f"{SECRET} alone" if i == 0 else "a calm morning"
        sessions.save_answer(solo, "feel", who, {"text": text}, private=True)
        sessions.pause(solo, {"index": 1, "turns": {}, "reveals": {}})
    agreements = AgreementService(vault)
    first = agreements.add(
        "Phones away at dinner", ids, session_id=together, review_on=date(2030, 1, 6)
    )
    agreements.review(first, ReviewOutcome.PARTLY, session_id=together)
    agreements.review(first, ReviewOutcome.CHANGED, new_text="Phones away at weekday dinners")
    boundaries = BoundaryService(vault, keys)
    for who in ids:
        bid = boundaries.save(who, {"situation": "late calls", "words": BOUNDARY_WORDS})
        boundaries.used(bid, who, "It went fine", 7)
        boundaries.used(bid, who, "", None)
    with vault.db.unit_of_work() as s:
        s.add(
            ReadingStateRow(
                profile_id=ids[0],
                slug="listening-well",
                bookmarked=True,
                read=False,
                position=420,
                note_choice="read",
                updated_at=datetime.now(UTC),
            )
        )


def tables(vault: OpenVault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to prove that a refused import changed nothing."""
    out = {}
    with vault.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


@pytest.fixture
def source() -> Iterator[OpenVault]:
    vault = temporary(["Sam", "Alex"])
    fill(vault)
    yield vault
    vault.close()


@pytest.fixture
def doc(source: OpenVault) -> dict[str, Any]:
    return export_json(source, Keychain(source))


# -- round trips and merging ------------------------------------------------------------------
def test_export_holds_everything_in_a_documented_shape(doc: dict[str, Any]) -> None:
    assert doc["format"] == "bond-export" and doc["version"] == 1
    assert set(doc) == {
        "format",
        "version",
        "exported_at",
        "app_version",
        "profiles",
        "sessions",
        "agreements",
        "boundaries",
        "reading",
    }
    assert [p["name"] for p in doc["profiles"]] == ["Sam", "Alex"]
    assert all(p["private_included"] for p in doc["profiles"])
    assert len(doc["sessions"]) == 3 and len(doc["agreements"]) == 2
    assert doc["agreements"][0]["review_on"] == "2030-01-06"
    assert [r["outcome"] for r in doc["agreements"][0]["reviews"]] == ["partly", "changed"]
    assert len(doc["boundaries"]) == 2 and len(doc["boundaries"][0]["uses"]) == 2
    assert doc["reading"][0]["position"] == 420
    assert doc["exported_at"].endswith("Z")
    together = doc["sessions"][0]
    assert together["started_tz"] and together["started_at"].endswith("Z")
    values = [a["value"] for a in together["answers"]]
    assert {"text": SECRET} in values  # sealed in the vault, readable in the export
    assert json.loads(json.dumps(doc)) == doc  # plain JSON only


def test_round_trip_into_a_fresh_vault_gives_the_same_data(doc: dict[str, Any]) -> None:
    target = temporary()
    report = import_json(target, Keychain(target), doc)
    assert report.added == {
        "profiles": 2,
        "sessions": 3,
        "answers": 8,
        "agreements": 2,
        "reviews": 2,
        "boundaries": 2,
        "uses": 4,
        "reading": 1,
    }
    assert sum(report.skipped.values()) == 0
    again = export_json(target, Keychain(target))
    assert without_time(again) == without_time(doc)
    # Private answers are sealed again, to the new vault's keys, and read back with them.
    with target.db.unit_of_work() as s:
        sealed = s.scalars(select(AnswerRow).where(AnswerRow.sealed.is_(True))).all()
        assert sealed and all(SECRET.encode() not in r.payload for r in sealed)
        household = ProfileService(target).household()
    assert household is Household.COUPLE
    sam = doc["profiles"][0]["id"]
    sessions = SessionService(target, Keychain(target))
    assert sessions.answers(doc["sessions"][0]["id"], [sam])[AnswerKey("thanks", sam)] == {
        "text": SECRET
    }
    assert BoundaryService(target, Keychain(target)).list(sam)[0].words == BOUNDARY_WORDS


def test_importing_twice_adds_nothing(doc: dict[str, Any]) -> None:
    target = temporary()
    import_json(target, Keychain(target), doc)
    before = tables(target)
    report = import_json(target, Keychain(target), doc)
    assert sum(report.added.values()) == 0
    assert report.skipped["answers"] == 8 and report.skipped["profiles"] == 2
    assert report.messages and "already" in report.messages[0]
    assert tables(target) == before


def test_importing_into_the_vault_it_came_from_adds_nothing(
    source: OpenVault, doc: dict[str, Any]
) -> None:
    before = tables(source)
    report = import_json(source, Keychain(source), doc)
    assert sum(report.added.values()) == 0
    assert tables(source) == before


def test_only_what_is_new_is_merged(source: OpenVault, doc: dict[str, Any]) -> None:
    target = temporary()
    import_json(target, Keychain(target), doc)
    _sam, alex = people(source)
    keys = Keychain(source)
    first = doc["agreements"][0]["id"]
    AgreementService(source).review(doc["agreements"][1]["id"], ReviewOutcome.KEPT)
    SessionService(source, keys).save_answer(
        doc["sessions"][0]["id"], "plan", None, {"text": "and a film"}, private=False
    )
    BoundaryService(source, keys).used(doc["boundaries"][1]["id"], alex, "better", 9)
    report = import_json(target, Keychain(target), export_json(source, keys))
    assert {k: v for k, v in report.added.items() if v} == {"answers": 1, "reviews": 1, "uses": 1}
    assert report.skipped["agreements"] == 2 and first
    assert without_time(export_json(target, Keychain(target))) == without_time(
        export_json(source, keys)
    )


def test_a_file_on_disk_round_trips(tmp_path: Path, doc: dict[str, Any]) -> None:
    path = tmp_path / "bond.json"
    write_json(doc, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["bond.json"]  # no temporary left behind
    with pytest.raises(FileExistsError):
        write_json({"other": 1}, path)
    assert json.loads(path.read_text("utf-8")) == doc
    write_json({"other": 1}, path, overwrite=True)
    assert json.loads(path.read_text("utf-8")) == {"other": 1}
    write_json(doc, path, overwrite=True)
    target = temporary()
    assert import_json(target, Keychain(target), path).added["sessions"] == 3


def test_an_on_disk_vault_round_trips(service: VaultService, doc: dict[str, Any]) -> None:
    vault = service.create(Custody(keyring=True))
    try:
        import_json(vault, Keychain(vault), doc)
    finally:
        vault.close()
    key = service.unlock()
    with service.reading(key) as reopened:
        assert without_time(export_json(reopened, Keychain(reopened))) == without_time(doc)


# -- privacy ----------------------------------------------------------------------------------
def test_sealed_items_of_a_pin_profile_are_left_out(source: OpenVault) -> None:
    sam, alex = people(source)
    PinService(source, Keychain(source), kdf=FAST_KDF).set_pin(sam, PIN)
    keys = Keychain(source)  # a new session: Sam's PIN not given yet
    for doc in (
        export_json(source, keys),
        export_json(source, keys, include_private_for=[sam]),  # asked, but not unlocked
    ):
        text = json.dumps(doc)
        assert SECRET not in text and BOUNDARY_WORDS in text  # Alex's boundary is there
        profiles = {p["id"]: p for p in doc["profiles"]}
        assert profiles[sam]["private_included"] is False and profiles[alex]["private_included"]
        assert all(b["profile_id"] == alex for b in doc["boundaries"])
        assert all(r["profile_id"] != sam for r in doc["reading"])
        for session in doc["sessions"]:
            assert session["profile_ids"] != [sam]  # Sam's solo session stays private
            assert not any(a["private"] and a["profile_id"] == sam for a in session["answers"])
        # Shared things stay: the revealed copy was shared on purpose.
        assert any(a["step_id"] == "hope#revealed" for a in doc["sessions"][0]["answers"])
    PinService(source, keys, kdf=FAST_KDF).unlock(sam, PIN)
    assert SECRET in json.dumps(export_json(source, keys, include_private_for=[sam]))
    assert SECRET not in json.dumps(export_json(source, keys))  # only when asked


def test_no_keys_or_pin_data_leave_the_vault(source: OpenVault) -> None:
    sam, _alex = people(source)
    PinService(source, Keychain(source), kdf=FAST_KDF).set_pin(sam, PIN)
    keys = Keychain(source)
    text = json.dumps(export_json(source, keys))
    with source.db.unit_of_work() as s:
        rows = s.scalars(select(ProfileRow)).all()
        secrets = [r.public_key for r in rows] + [r.wrapped_private_key for r in rows]
        pin_records = [r.pin_key for r in rows if r.pin_key]
    assert pin_records
    for field in ("key", "pin", "wrapped", "failures", "wait"):
        assert field not in {k for p in json.loads(text)["profiles"] for k in p}
    for secret in secrets:
        if secret:
            assert secret.hex() not in text
    assert all(record not in text for record in pin_records)


def test_a_pin_profile_imported_into_keeps_its_pin_and_gets_sealed_answers(
    source: OpenVault, doc: dict[str, Any]
) -> None:
    target = temporary()
    profiles_only = {**doc, "sessions": [], "agreements": [], "boundaries": [], "reading": []}
    import_json(target, Keychain(target), profiles_only)
    sam = doc["profiles"][0]["id"]
    PinService(target, Keychain(target), kdf=FAST_KDF).set_pin(sam, PIN)
    locked = Keychain(target)
    # Private items go to a PIN profile only once its PIN proved its key this session; the
    # import is one transaction, so a refusal leaves nothing half-imported.
    with pytest.raises(LockedError):
        import_json(target, locked, doc)
    assert SessionService(target, locked).resumable() == []
    keys = Keychain(target)
    PinService(target, keys, kdf=FAST_KDF).unlock(sam, PIN)
    keys.switch_to(None)  # locked again on screen; its key stays proven until Bond locks
    import_json(target, keys, doc)
    PinService(target, keys, kdf=FAST_KDF).unlock(sam, PIN)
    answers = SessionService(target, keys).answers(doc["sessions"][0]["id"], [sam])
    assert answers[AnswerKey("thanks", sam)] == {"text": SECRET}
    assert ProfileService(target).profiles()[0].has_pin


def test_profile_and_since_filters(source: OpenVault) -> None:
    sam, alex = people(source)
    keys = Keychain(source)
    mine = export_json(source, keys, profile="sam")
    assert {p["id"]: p["private_included"] for p in mine["profiles"]} == {sam: True, alex: False}
    assert all(b["profile_id"] == sam for b in mine["boundaries"])
    assert all(sam in s["profile_ids"] for s in mine["sessions"]) and len(mine["sessions"]) == 2
    assert not any(a["private"] and a["profile_id"] == alex for a in mine["sessions"][0]["answers"])
    with pytest.raises(UsageError):
        export_json(source, keys, profile="Nobody")
    # An old together session drops out with --since; links to it are dropped, not dangled.
    together = mine["sessions"][0]["id"]
    with source.db.unit_of_work() as s:
        s.execute(
            update(SessionRow)
            .where(SessionRow.id == together)
            .values(started_at=datetime(2020, 5, 1, tzinfo=UTC))
        )
    recent = export_json(source, keys, since=date(2021, 1, 1))
    assert together not in {s["id"] for s in recent["sessions"]}
    assert recent["agreements"][0]["session_id"] is None
    assert all(r["session_id"] is None for r in recent["agreements"][0]["reviews"])
    target = temporary()
    assert import_json(target, Keychain(target), recent).added["agreements"] == 2
    target = temporary()
    assert import_json(target, Keychain(target), mine).added["profiles"] == 2


# -- refused imports --------------------------------------------------------------------------
def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return change


def _deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


HOSTILE: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "not an export": (_set("format", "something-else"), "not a Bond export"),
    "newer version": (_set("version", 2), "newer Bond"),
    "version as text": (_set("version", "1"), "version"),
    "unknown field": (_set("profiles.0.is_admin", True), "profiles[0].is_admin"),
    "escape sequence in a field name": (
        _set("profiles.0.\x1b]0;hi\x07", 1),
        "profiles[0].(an odd field name) is not",
    ),
    "missing list": (lambda d: d.pop("sessions"), "sessions is missing"),
    "wrong type": (_set("sessions", {}), "sessions should be a list"),
    "huge number": (_set("sessions.0.answers.2.value", 10**40), "sessions[0].answers[2]"),
    "huge float": (_set("sessions.0.answers.2.value", 1e300), "sessions[0].answers[2].value"),
    "deep nesting": (_set("sessions.0.answers.2.value", _deep(40)), "nests too deeply"),
    "bidi in a name": (_set("profiles.0.name", "Sam\u202egnp.exe"), "profiles[0].name"),
    "control char": (_set("agreements.0.text", "a\x00b"), "agreements[0].text"),
    "broken character": (_set("agreements.0.text", "a\ud800b"), "agreements[0].text"),
    "text too long": (_set("agreements.0.text", "x" * 601), "agreements[0].text"),
    "name too long": (_set("profiles.1.name", "A" * 41), "profiles[1].name"),
    "naive time": (
        _set("sessions.1.answers.0.created_at", "2024-01-01T10:00:00"),
        "sessions[1].answers[0].created_at",
    ),
    "ancient time": (_set("sessions.0.started_at", "1970-01-01T00:00:00Z"), "started_at"),
    "future time": (_set("exported_at", "2999-01-01T00:00:00Z"), "exported_at"),
    "not a date": (_set("agreements.0.review_on", "next week"), "agreements[0].review_on"),
    "bad id": (_set("sessions.0.id", "../../etc/passwd"), "sessions[0].id"),
    "upper-case id": (_set("sessions.0.id", "A" * 8 + "-AAAA-4AAA-8AAA-" + "A" * 12), "id"),
    "tampered answer id": (
        _set("sessions.0.answers.0.id", "00000000-0000-4000-8000-000000000000"),
        "sessions[0].answers[0].id",
    ),
    "unknown profile": (
        _set("sessions.0.profile_ids.1", "00000000-0000-4000-8000-000000000000"),
        "sessions[0].profile_ids[1]",
    ),
    "unknown session": (
        _set("agreements.0.session_id", "00000000-0000-4000-8000-000000000000"),
        "agreements[0].session_id",
    ),
    "rating out of range": (_set("boundaries.0.uses.0.rating", 11), "boundaries[0].uses[0].rating"),
    "boolean as number": (_set("reading.0.position", True), "reading[0].position"),
    "bad status": (_set("sessions.0.status", "deleted"), "sessions[0].status"),
    "bad zone": (_set("sessions.0.started_tz", "../../../etc/passwd"), "started_tz"),
    "private without owner": (
        _set("sessions.0.answers.0.profile_id", None),
        "sessions[0].answers[0].profile_id",
    ),
    "private item of a withheld profile": (
        _set("profiles.0.private_included", False),
        "is not a profile whose private items are in this file",
    ),
    "three profiles": (
        lambda d: d["profiles"].append(
            {**d["profiles"][0], "id": "00000000-0000-4000-8000-000000000000", "name": "Kai"}
        ),
        "profiles",
    ),
    "duplicate session": (
        lambda d: d["sessions"].append(copy.deepcopy(d["sessions"][0])),
        "sessions[3].id",
    ),
    "NaN": (_set("sessions.0.answers.2.value", float("nan")), "sessions[0].answers[2].value"),
    "not JSON at all": (_set("sessions.0.answers.2.value", {1, 2}), "not plain JSON"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_documents_change_nothing(case: str, doc: dict[str, Any]) -> None:
    change, where = HOSTILE[case]
    bad = copy.deepcopy(doc)
    change(bad)
    target = temporary()
    import_json(target, Keychain(target), doc)  # a vault with data: a refusal leaves it whole
    before = tables(target)
    with pytest.raises(ImportFileError) as caught:
        import_json(target, Keychain(target), bad)
    assert where in caught.value.message and "Nothing was changed" in caught.value.message
    assert all(ch.isprintable() for ch in caught.value.message)
    assert tables(target) == before


def test_a_vault_with_other_people_is_not_overfilled(doc: dict[str, Any]) -> None:
    target = temporary(["Robin"])  # with Sam and Alex that would be three
    before = tables(target)
    with pytest.raises(ImportFileError, match="one person or two partners"):
        import_json(target, Keychain(target), doc)
    assert tables(target) == before
    target = temporary(["Sam"])  # another Sam: a different person to Bond
    only_sam = {**doc, "profiles": doc["profiles"][:1], "sessions": [], "agreements": []}
    only_sam |= {"boundaries": [], "reading": []}
    with pytest.raises(ImportFileError, match=r"profiles\[0\]\.name"):
        import_json(target, Keychain(target), only_sam)


FILE_CASES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "not valid JSON"),
    "not UTF-8": (b'{"format": "\xff"}', "not UTF-8"),
    "NaN in text": (b'{"format": "bond-export", "version": NaN}', "NaN"),
    "huge integer": (b'{"format": "bond-export", "version": ' + b"9" * 5000 + b"}", "too large"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "file"),
    "duplicate field": (b'{"format": "bond-export", "format": "bond-export"}', "same field twice"),
    "a list": (b"[1, 2, 3]", "not a Bond export"),
    "millions of tiny values": (b"[" + b"[]," * 2_000_001 + b"[]]", "far more entries"),
}


@pytest.mark.parametrize("case", sorted(FILE_CASES))
def test_hostile_files_change_nothing(case: str, tmp_path: Path) -> None:
    data, expected = FILE_CASES[case]
    path = tmp_path / "import.json"
    path.write_bytes(data)
    target = temporary(["Robin"])
    before = tables(target)
    with pytest.raises(ImportFileError, match=expected):
        import_json(target, Keychain(target), path)
    assert tables(target) == before


def test_oversized_missing_and_odd_files_are_refused(tmp_path: Path, doc: dict[str, Any]) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFileError, match="larger than 50 MB"):
        parse_export(big)
    with pytest.raises(ImportFileError, match="There is no file"):
        parse_export(tmp_path / "missing.json")
    with pytest.raises(ImportFileError, match="not a file"):
        parse_export(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ImportFileError, match="not a file"):
        parse_export(fifo)  # never blocks waiting for a writer
    huge = {**doc, "app_version": "x" * (MAX_FILE_BYTES + 1)}
    with pytest.raises(ImportFileError, match="larger than 50 MB"):
        parse_export(huge)


@pytest.fixture
def target() -> Iterator[OpenVault]:
    """One target for all of a property test's examples: what a valid example merges stays,
    so later examples also meet a vault that already holds data."""
    vault = temporary()
    yield vault
    vault.close()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_truncated_files_change_nothing(
    tmp_path: Path, doc: dict[str, Any], target: OpenVault, data: Any
) -> None:
    text = json.dumps(doc, indent=2)
    cut = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    path = tmp_path / "cut.json"
    path.write_text(text[:cut], "utf-8")
    before = tables(target)
    with pytest.raises(ImportFileError):
        import_json(target, Keychain(target), path)
    assert tables(target) == before


HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["\u202e", "\x00", "\ud800", "x" * 70_000, "1970-01-01T00:00:00Z"]),
    st.builds(_deep, st.integers(min_value=10, max_value=400)),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.lists(st.integers(), max_size=3),
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.extend(_paths(value, (*prefix, i)))
    return out


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_mangled_field_is_refused_whole_or_merged_cleanly(
    doc: dict[str, Any], target: OpenVault, data: Any
) -> None:
    """Replace any one node with something hostile: either the import is refused with
    ImportFileError and nothing changes, or it is a valid file and merges. Nothing else."""
    paths = _paths(doc)
    where = data.draw(st.sampled_from(paths))
    value = data.draw(HOSTILE_VALUES)
    bad = copy.deepcopy(doc)
    node: Any = bad
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    before = tables(target)
    try:
        import_json(target, Keychain(target), bad)
    except ImportFileError as exc:
        assert "Nothing was changed" in exc.message
        assert tables(target) == before


def test_an_import_never_seals_to_a_swapped_public_key(doc: dict[str, Any]) -> None:
    """Hostile review H2: someone with the vault key swaps a PIN-less profile's public key;
    re-importing the owner's own export must not seal their private items to it."""
    target = temporary()
    profiles_only = {**doc, "sessions": [], "agreements": [], "boundaries": [], "reading": []}
    import_json(target, Keychain(target), profiles_only)
    sam = doc["profiles"][0]["id"]
    _attacker_private, attacker_public = new_keypair()
    with target.db.unit_of_work() as s:
        row = s.get(ProfileRow, sam)
        assert row is not None
        row.public_key = attacker_public
    with pytest.raises(ProfileKeysMismatchError):
        import_json(target, Keychain(target), doc)
    with target.db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(AnswerRow)) == 0
