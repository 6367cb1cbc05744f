"""The plain account of where the vault's key lives, shown on Home and in Settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from bond.services.vault_service import OpenVault


def privacy_text(vault: OpenVault | None, data_dir: Path) -> str:
    translate = QCoreApplication.translate
    if vault is None or vault.temporary:
        return translate(
            "PrivacyText",
            "This is a temporary session. Nothing is written to disk, and "
            "everything disappears when you close Bond.",
        )
    if vault.uses_keyring and vault.uses_passphrase:
        where = translate(
            "PrivacyText",
            "Its key is kept in this computer's keyring, and your passphrase "
            "is a way back in if the keyring is ever lost.",
        )
    elif vault.uses_keyring:
        where = translate(
            "PrivacyText",
            "Its key is kept in this computer's keyring, which opens when you "
            "log in to this computer.",
        )
    else:
        where = translate(
            "PrivacyText",
            "Its key is locked behind your passphrase, which Bond asks for each time it starts.",
        )
    return (
        translate(
            "PrivacyText",
            "Everything you write is kept only on this computer, in an encrypted "
            "vault. Bond never goes online.",
        )
        + " "
        + where
        + "\n\n"
        + translate("PrivacyText", "Vault folder: %1").replace("%1", str(data_dir))
    )
