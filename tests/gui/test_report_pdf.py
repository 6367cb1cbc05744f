"""The PDF summary: it renders, holds the agreements, and keeps private answers out unless asked."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bond.content.catalog import load_catalog
from bond.gui.reports import export_pdf
from bond.services.agreements import AgreementService
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.vault_service import VaultService
from tests.conftest import ROOT
from tests.gui.test_progress import demo_vault

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_poppler
def test_the_summary_pdf_holds_agreements_and_renders(
    qtbot: QtBot, service: VaultService, tmp_path: Path
) -> None:
    demo_vault(service, 12)
    vault = service.open(service.unlock())
    try:
        keys = Keychain(vault)
        robin = ProfileService(vault).profiles()[0]
        agreements = AgreementService(vault).active()
        catalog = load_catalog(ROOT / "resources" / "content")
        plain = tmp_path / "summary.pdf"
        export_pdf(vault, keys, plain, exercises=catalog.exercises)
        with_private = tmp_path / "with-private.pdf"
        export_pdf(
            vault, keys, with_private, exercises=catalog.exercises, include_private_for=[robin.id]
        )
    finally:
        vault.close()
    text = " ".join(pdf_text(plain).split())
    assert "Bond: a summary of our practice" in text
    assert agreements and all(" ".join(a.text.split())[:30] in text for a in agreements)
    assert "Check-ins" in text and "Before and after" in text
    assert f"Private answers of {robin.name}" not in text
    assert f"Private answers of {robin.name}" in " ".join(pdf_text(with_private).split())
    pages = subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(plain), str(tmp_path / "page")], check=True
    )
    assert pages.returncode == 0 and list(tmp_path.glob("page*.png"))
