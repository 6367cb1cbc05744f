"""Shared helpers for the fault and damage tests: a vault with data and a backup, and hashes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bond.domain.profiles import Household
from bond.services.agreements import AgreementService
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.rolling_backups import take_daily
from bond.services.sessions import SessionService
from bond.services.vault_service import Custody, VaultService

PARAGRAPH = "When you listened without fixing it, I felt close to you again. " * 12


def hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder``: equal before and after means untouched."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def vault_with_data(
    service: VaultService, *, answers: int = 60, passphrase: str | None = None
) -> list[str]:
    """A couple's vault with sessions, sealed and shared answers, an agreement and a daily
    backup, closed (so its WAL is checkpointed away). Returns the session ids."""
    vault = service.create(Custody(keyring=passphrase is None, passphrase=passphrase))
    try:
        profiles = ProfileService(vault)
        profiles.set_up(Household.COUPLE, ["Ana", "Ben"])
        ids = [p.id for p in profiles.profiles()]
        sessions = SessionService(vault, Keychain(vault))
        made = []
        with vault.db.batch():
            for n in range(max(1, answers // 10)):
                session_id = sessions.start("four-part-message", ids, together=True)
                made.append(session_id)
                for k in range(10):
                    sessions.save_answer(
                        session_id,
                        f"step-{k}",
                        ids[k % 2],
                        {"text": f"{n}.{k} {PARAGRAPH}"},
                        private=k % 3 == 0,
                    )
            AgreementService(vault).add("A walk together on Sunday", ids)
        take_daily(vault)
    finally:
        vault.close()
    return made
