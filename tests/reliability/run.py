"""Kill test: SIGKILL a process that is saving answers, then prove nothing it reported was lost.

One vault (passphrase custody, cheap test KDF) lives for the whole run. For every kill the harness
forks a child that opens the vault through the real services and then works through a fixed
sequence of operations (start a session, autosave answers that grow as someone types, some of
them sealed to a profile, and now and then an agreement), printing ``op <n>`` on stdout after
each one has returned, i.e. after its commit. At a random moment the harness sends SIGKILL, opens
the vault, runs ``integrity_check`` and ``cipher_integrity_check``, and checks that every
reported operation is in the vault with the right content, and nothing beyond the one operation
that may have committed just before the kill.

Forking from a harness that has already imported Bond keeps each kill cheap (no interpreter or
import start-up per child), while the child is still a real process killed mid-write.

    python tests/reliability/run.py [--kills 200] [--seed N] [--keep DIR]

Prints ``kills=N lost=N corrupt=N`` and exits 1 if anything was lost or corrupt.
"""

# ruff: noqa: E402  (the imports follow the sys.path line that lets it run from a checkout)
from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "src") not in sys.path:  # runnable as a plain script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

from sqlalchemy import select as sql_select

from bond.domain.profiles import Household
from bond.security.keys import KdfParams
from bond.security.secrets import MemoryStore
from bond.services.agreements import AgreementService
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.sealed_items import answer_binding
from bond.services.sessions import SessionService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage.db import integrity_problems, make_engine
from bond.storage.models import AgreementRow, AnswerRow, SessionRow

PASSPHRASE = "kill test passphrase"
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
SAVES_PER_STEP = 4  # an autosaved step is written several times as its text grows
AGREEMENT_EVERY = 10
#: How long after the child is ready the kill may come (seconds), and how often the kill is
#: aimed at the open itself instead (unwrapping, integrity checks, WAL recovery).
KILL_WINDOW = 0.12
KILL_DURING_OPEN = 0.1
SESSION_MISSING = -1


# -- what the child writes, derived from (kill, op) so the harness can recompute it ------------
@dataclass(frozen=True)
class Answer:
    step_id: str
    owner: int  # index into the profiles
    private: bool
    value: dict[str, str]


def answer_for(kill: int, op: int) -> Answer:
    step = op // SAVES_PER_STEP
    typed = "I felt heard when you asked about my day. " * (op % SAVES_PER_STEP + 1)
    return Answer(
        step_id=f"step-{step}",
        owner=step % 2,
        private=step % 3 != 0,
        value={"text": f"kill {kill} op {op}: {typed}é✓", "kill": str(kill), "op": str(op)},
    )


def agreement_for(kill: int, op: int) -> str:
    return f"kill {kill} op {op}: a walk together on Sunday morning"


def is_agreement(op: int) -> bool:
    return op % AGREEMENT_EVERY == AGREEMENT_EVERY - 1


# -- the child -----------------------------------------------------------------------------------
def child(service: VaultService, key: bytes, kill: int, profiles: list[str]) -> None:
    """Runs in the forked process until it is killed; prints after every committed operation."""
    vault = service.open(key)
    sessions = SessionService(vault, Keychain(vault))
    agreements = AgreementService(vault)
    session_id = sessions.start("four-part-message", profiles, together=True)
    print(f"session {session_id}", flush=True)
    op = 0
    while True:
        if is_agreement(op):
            agreements.add(agreement_for(kill, op), profiles, session_id=session_id)
        else:
            a = answer_for(kill, op)
            sessions.save_answer(
                session_id, a.step_id, profiles[a.owner], a.value, private=a.private
            )
        print(f"op {op}", flush=True)
        op += 1


def spawn(service: VaultService, key: bytes, kill: int, profiles: list[str]) -> tuple[int, int]:
    """Fork a child whose stdout is a pipe back to us; returns (pid, read end)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(read_end)
            os.dup2(write_end, 1)
            sys.stdout = os.fdopen(1, "w", buffering=1, encoding="utf-8", closefd=False)
            child(service, key, kill, profiles)
        except BaseException as exc:
            print(f"error {type(exc).__name__}: {exc}", flush=True)
            code = 3
        os._exit(code)
    os.close(write_end)
    return pid, read_end


# -- the harness ---------------------------------------------------------------------------------
@dataclass
class Tally:
    kills: int = 0
    lost: int = 0
    corrupt: int = 0
    ops_reported: int = 0
    child_errors: list[str] = field(default_factory=list)


def read_lines(fd: int, until: float, buffer: bytearray) -> None:
    """Read whatever the child prints until the monotonic deadline (or its end of output)."""
    while True:
        left = until - time.monotonic()
        if left <= 0:
            return
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return
        chunk = os.read(fd, 65536)
        if not chunk:
            return
        buffer.extend(chunk)


def wait_for(fd: int, marker: bytes, buffer: bytearray, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while marker not in buffer and time.monotonic() < deadline:
        read_lines(fd, min(deadline, time.monotonic() + 0.05), buffer)
        if b"error " in buffer:
            return False
    return marker in buffer


def verify(
    service: VaultService, key: bytes, kill: int, session_id: str | None, reported: int
) -> tuple[int, int, list[str]]:
    """Returns (lost, corrupt, notes) for one kill."""
    notes: list[str] = []
    engine = make_engine(service.files.db, key)
    try:
        problems = integrity_problems(engine)
    finally:
        engine.dispose()
    if problems:
        return 0, 1, [f"integrity: {problems[:3]}"]
    vault = service.open(key)
    try:
        found = found_ops(vault, kill, session_id, notes)
    finally:
        vault.close()
    expected = set(range(reported))
    lost = len(expected - set(found)) + (SESSION_MISSING in found)
    corrupt = 0
    for op, ok in found.items():
        if op == SESSION_MISSING:
            continue
        if op not in expected and op != reported:  # only the op after the last print may be there
            notes.append(f"op {op} is in the vault but was never reached")
            corrupt += 1
        elif not ok:
            notes.append(f"op {op} has the wrong content")
            corrupt += 1
    if lost:
        notes.append(f"missing ops: {sorted(expected - set(found))[:10]}")
    return lost, corrupt, notes


def found_ops(
    vault: OpenVault, kill: int, session_id: str | None, notes: list[str]
) -> dict[int, bool]:
    """Every op of this kill that is in the vault, and whether its content is right."""
    found: dict[int, bool] = {}
    keychain = Keychain(vault)
    prefix = f"kill {kill} op "
    with vault.db.unit_of_work() as s:
        profiles = [p.id for p in ProfileService(vault).profiles()]
        if session_id is not None:
            if s.get(SessionRow, session_id) is None:
                notes.append("the session is missing")
                found[SESSION_MISSING] = False
            rows = s.scalars(sql_select(AnswerRow).where(AnswerRow.session_id == session_id))
            for row in rows:
                value = (
                    keychain.open_json(
                        row.profile_id,
                        row.payload,
                        answer_binding(row.id, row.session_id, row.step_id, row.profile_id),
                    )
                    if row.sealed and row.profile_id
                    else json.loads(row.payload)
                )
                op = int(value.get("op", -2))
                a = answer_for(kill, op)
                found[op] = (
                    value == a.value
                    and row.step_id == a.step_id
                    and row.profile_id == profiles[a.owner]
                    and row.sealed == a.private
                )
        for row in s.scalars(sql_select(AgreementRow).where(AgreementRow.text.like(prefix + "%"))):
            op = int(row.text[len(prefix) :].split(":", 1)[0])
            found[op] = is_agreement(op) and row.text == agreement_for(kill, op)
    return found


def make_vault(data_dir: Path) -> tuple[VaultService, bytes, list[str]]:
    """A new passphrase vault for two; returns its service, its key and the profile ids."""
    service = VaultService(VaultFiles(data_dir), MemoryStore(available=False), kdf=FAST_KDF)
    vault = service.create(Custody(keyring=False, passphrase=PASSPHRASE))
    ProfileService(vault).set_up(Household.COUPLE, ["Ana", "Ben"])
    profiles = [p.id for p in ProfileService(vault).profiles()]
    vault.close()
    return service, service.unlock(PASSPHRASE), profiles


def run(kills: int, seed: int, data_dir: Path) -> Tally:
    rng = random.Random(seed)
    service, key, profiles = make_vault(data_dir)
    tally = Tally()
    for kill in range(kills):
        pid, fd = spawn(service, key, kill, profiles)
        buffer = bytearray()
        if rng.random() < KILL_DURING_OPEN:
            read_lines(fd, time.monotonic() + rng.uniform(0, 0.05), buffer)
        elif wait_for(fd, b"session ", buffer, timeout=30):
            read_lines(fd, time.monotonic() + rng.uniform(0, KILL_WINDOW), buffer)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        read_lines(fd, time.monotonic() + 1, buffer)  # whatever was printed before the kill
        os.close(fd)
        text = buffer.decode("utf-8", "replace")
        session_id: str | None = None
        reported = 0
        for line in text.splitlines():
            match line.split(" ", 1):
                case ["session", sid]:
                    session_id = sid
                case ["op", n] if n.isdigit():
                    reported = int(n) + 1
                case ["error", message]:
                    tally.child_errors.append(f"kill {kill}: {message}")
        lost, corrupt, notes = verify(service, key, kill, session_id, reported)
        tally.kills += 1
        tally.lost += lost
        tally.corrupt += corrupt
        tally.ops_reported += reported
        for note in notes:
            print(f"kill {kill}: {note}", file=sys.stderr)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="keep the vault in this folder")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bond-kill-") as tmp:
        data_dir = args.keep or Path(tmp) / "vault"
        tally = run(args.kills, seed, data_dir)
    took = time.monotonic() - started
    for error in tally.child_errors[:10]:
        print(f"child error: {error}", file=sys.stderr)
    print(
        f"seed={seed} ops={tally.ops_reported} seconds={took:.1f} "
        f"child_errors={len(tally.child_errors)}"
    )
    print(f"kills={tally.kills} lost={tally.lost} corrupt={tally.corrupt}")
    failed = tally.lost or tally.corrupt or tally.child_errors or tally.kills != args.kills
    return 1 if failed else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
