"""The kill test in CI: 200 SIGKILLs while saving (about 40 s here), nothing lost or corrupt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bond.storage.models import AnswerRow
from tests.conftest import ROOT, no_network_env
from tests.reliability import run

CI_KILLS = 200


def test_kills_lose_nothing_and_corrupt_nothing() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "reliability" / "run.py"), "--kills", str(CI_KILLS)],
        capture_output=True,
        text=True,
        env=no_network_env(),
        timeout=300,
        check=False,
    )
    assert f"kills={CI_KILLS} lost=0 corrupt=0" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0, result.stderr


def test_the_check_notices_a_lost_and_a_changed_answer(tmp_path: Path) -> None:
    """The harness must be able to fail: remove one reported answer and change another."""
    service, key, profiles = run.make_vault(tmp_path / "vault")
    vault = service.open(key)
    sessions = run.SessionService(vault, run.Keychain(vault))
    session_id = sessions.start("four-part-message", profiles, together=True)
    for op in range(3):
        a = run.answer_for(99, op)
        sessions.save_answer(session_id, a.step_id, profiles[a.owner], a.value, private=a.private)
    vault.close()
    assert run.verify(service, key, 99, session_id, reported=3)[:2] == (0, 0)
    # An op beyond the one that may have committed just before the kill is invented data.
    assert run.verify(service, key, 99, session_id, reported=1)[1] == 1
    vault = service.open(key)
    with vault.db.unit_of_work() as s:
        rows = s.query(AnswerRow).filter_by(session_id=session_id).order_by(AnswerRow.id).all()
        s.delete(rows[0])
        rows[2].step_id = "step-elsewhere"
    vault.close()
    lost, corrupt, notes = run.verify(service, key, 99, session_id, reported=3)
    assert (lost, corrupt) == (1, 1), notes
