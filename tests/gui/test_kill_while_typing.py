"""Killing Bond while someone types loses nothing older than a second (autosave + fsync)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from bond.security.secrets import MemoryStore
from bond.services.keychain import Keychain
from bond.services.sessions import SessionService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from tests.conftest import FAST_KDF, ROOT


def test_text_typed_a_second_before_a_kill_survives(tmp_path: Path) -> None:
    data = tmp_path / "vault"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "gui" / "typing_child.py"), str(data)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    header = child.stdout.readline().split()
    session_id, step_id = header[1], header[3]
    lines: list[tuple[float, str]] = []
    deadline = time.monotonic() + random.uniform(2.0, 3.5)
    while time.monotonic() < deadline:
        line = child.stdout.readline().split()
        if len(line) == 2:
            lines.append((float(line[0]), line[1]))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    killed_at = time.monotonic()
    assert lines, "the child typed nothing"

    service = VaultService(VaultFiles(data), MemoryStore(available=False), kdf=FAST_KDF)
    vault = service.open(service.unlock("kill test passphrase"))
    try:
        person = SessionService(vault, Keychain(vault)).get(session_id)
        assert person is not None
        saved = SessionService(vault, Keychain(vault)).answers(session_id, person.profile_ids)
        text = next(v["text"] for k, v in saved.items() if k.step_id == step_id)
    finally:
        vault.close()
    typed_by_then = [t for when, t in lines if when <= killed_at - 1.0]
    must_have = typed_by_then[-1] if typed_by_then else ""
    assert text.startswith(must_have), (len(text), len(must_have))
    assert lines[-1][1].startswith(text)  # nothing invented, only a prefix of what was typed
