"""Where a vault key may be kept outside the vault: the OS keyring, or memory in tests.

Only allow-listed keyring backends count as a keyring (DECISIONS 5): Secret Service, Windows
Credential Locker and the macOS Keychain. Anything else, including a plaintext backend chosen
through ``PYTHON_KEYRING_BACKEND``, is treated as "no keyring", so Bond never falls back silently.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Protocol

SERVICE = "bond"
ALLOWED_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
    }
)

log = logging.getLogger(__name__)


class SecretStore(Protocol):
    """Keeps one secret per vault id."""

    def available(self) -> bool: ...

    def get(self, account: str) -> str | None: ...

    def set(self, account: str, secret: str) -> None: ...

    def delete(self, account: str) -> bool: ...


class SecretStoreError(Exception):
    """The store exists but refused the operation (locked collection, D-Bus failure...)."""


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _secret_service_only() -> bool:
    """On Linux the only allow-listed backend is Secret Service, so unless the person chose a
    backend (``PYTHON_KEYRING_BACKEND`` or keyring's own config file, honoured as ``keyring``
    would), Bond asks it directly: ``keyring.get_keyring()`` would first load and rank every
    installed backend plugin, a few hundred milliseconds of every start."""
    if not sys.platform.startswith("linux") or "PYTHON_KEYRING_BACKEND" in os.environ:
        return False
    from keyring.util import platform_

    return not (platform_.config_root() / "keyringrc.cfg").exists()


def _secret_service() -> list[object]:
    """The Secret Service backend if its daemon answers (what ``keyring`` checks too)."""
    from keyring.backends import SecretService

    try:
        priority = SecretService.Keyring.priority  # raises when it is not usable
    except Exception:
        log.info("the Secret Service is not available", exc_info=True)
        return []
    return [SecretService.Keyring()] if priority >= 1 else []  # type: ignore[no-untyped-call]


class KeyringStore:
    """The OS keyring through the ``keyring`` package, restricted to allow-listed backends."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._backend: object | None = None
        self._probed = False

    def _resolve(self) -> object | None:
        if self._probed:
            return self._backend
        self._probed = True
        try:
            if _secret_service_only():
                candidates = _secret_service()
            else:
                import keyring
                from keyring.backends import chainer

                backend = keyring.get_keyring()
                candidates = (
                    list(backend.backends)
                    if isinstance(backend, chainer.ChainerBackend)
                    else [backend]
                )
            for candidate in candidates:
                if _backend_name(candidate) in ALLOWED_BACKENDS:
                    self._backend = candidate
                    break
            else:
                log.info("no allow-listed keyring backend is active")
        except Exception:
            log.warning("the OS keyring could not be reached", exc_info=True)
            self._backend = None
        return self._backend

    def available(self) -> bool:
        backend = self._resolve()
        if backend is None:
            return False
        try:
            # A cheap read proves the service answers (a missing D-Bus fails here, not later).
            backend.get_password(self._service, "__bond_probe__")  # type: ignore[attr-defined]
        except Exception:
            log.warning("the OS keyring did not answer", exc_info=True)
            return False
        return True

    def _require(self) -> object:
        backend = self._resolve()
        if backend is None:
            raise SecretStoreError("no OS keyring is available")
        return backend

    def get(self, account: str) -> str | None:
        try:
            value = self._require().get_password(self._service, account)  # type: ignore[attr-defined]
        except SecretStoreError:
            raise
        except Exception as exc:
            raise SecretStoreError("the OS keyring could not be read") from exc
        return value if isinstance(value, str) else None

    def set(self, account: str, secret: str) -> None:
        try:
            self._require().set_password(self._service, account, secret)  # type: ignore[attr-defined]
        except SecretStoreError:
            raise
        except Exception as exc:
            raise SecretStoreError("the OS keyring refused to store the key") from exc

    def delete(self, account: str) -> bool:
        try:
            from keyring.errors import PasswordDeleteError

            try:
                self._require().delete_password(self._service, account)  # type: ignore[attr-defined]
            except PasswordDeleteError:
                return False
        except SecretStoreError:
            raise
        except Exception as exc:
            raise SecretStoreError("the OS keyring refused to delete the key") from exc
        return True


class MemoryStore:
    """An in-memory store for tests; the installed app never constructs one."""

    def __init__(self, *, available: bool = True) -> None:
        self._available = available
        self.secrets: dict[str, str] = {}

    def available(self) -> bool:
        return self._available

    def get(self, account: str) -> str | None:
        if not self._available:
            raise SecretStoreError("no keyring")
        return self.secrets.get(account)

    def set(self, account: str, secret: str) -> None:
        if not self._available:
            raise SecretStoreError("no keyring")
        self.secrets[account] = secret

    def delete(self, account: str) -> bool:
        if not self._available:
            raise SecretStoreError("no keyring")
        return self.secrets.pop(account, None) is not None
