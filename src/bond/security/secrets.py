"""Where a vault key may be kept outside the vault: the OS keyring, or memory in tests.

Only allow-listed keyring backends count as a keyring (DECISIONS 5): Secret Service, Windows
Credential Locker and the macOS Keychain. Anything else, including a plaintext backend chosen
through ``PYTHON_KEYRING_BACKEND``, is treated as "no keyring", so Bond never falls back silently.
On Linux, unless a backend was chosen, the Secret Service is reached without the ``keyring``
package (``secret_service.py``), in the same item format.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any, Protocol

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


def _keyring_config_file() -> Path:
    """Where ``keyring`` 25 reads its config file on Linux (``keyring.util.platform_``), found
    without importing ``keyring``: importing it alone costs more than the whole key lookup."""
    root = os.environ.get("XDG_CONFIG_HOME", None) or Path.home() / ".config"
    return Path(root, "python_keyring") / "keyringrc.cfg"


def secret_service_only() -> bool:
    """On Linux the only allow-listed backend is Secret Service, so unless the person chose a
    backend or its settings (``PYTHON_KEYRING_BACKEND``, ``KEYRING_PROPERTY_*`` or keyring's own
    config file, honoured as ``keyring`` would), Bond asks it directly: ``keyring.get_keyring()``
    would first load and rank every installed backend plugin, a few hundred milliseconds of every
    start, and even importing ``keyring`` costs ~130 ms (issue 9)."""
    if not sys.platform.startswith("linux") or "PYTHON_KEYRING_BACKEND" in os.environ:
        return False
    if any("KEYRING_PROPERTY_" in name for name in os.environ):
        return False  # keyring would set these on its backend (collection, scheme...)
    return not _keyring_config_file().exists()


class _Backend(Protocol):
    """What KeyringStore needs from a keyring, whichever library reaches it."""

    def probe(self) -> None: ...

    def get(self, service: str, username: str) -> str | None: ...

    def set(self, service: str, username: str, secret: str) -> None: ...

    def delete(self, service: str, username: str) -> bool: ...


class _KeyringBackend:
    """An allow-listed backend of the ``keyring`` package (other platforms, or one the person
    chose on Linux)."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend

    def probe(self) -> None:
        # A cheap read proves the service answers (a missing D-Bus fails here, not later).
        self.backend.get_password(SERVICE, "__bond_probe__")

    def get(self, service: str, username: str) -> str | None:
        value = self.backend.get_password(service, username)
        return value if isinstance(value, str) else None

    def set(self, service: str, username: str, secret: str) -> None:
        self.backend.set_password(service, username, secret)

    def delete(self, service: str, username: str) -> bool:
        from keyring.errors import PasswordDeleteError

        try:
            self.backend.delete_password(service, username)
        except PasswordDeleteError:
            return False
        return True


def _from_keyring() -> _Backend | None:
    import keyring
    from keyring.backends import chainer

    backend = keyring.get_keyring()
    candidates = (
        list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    )
    for candidate in candidates:
        if _backend_name(candidate) in ALLOWED_BACKENDS:
            return _KeyringBackend(candidate)
    log.info("no allow-listed keyring backend is active")
    return None


class KeyringStore:
    """The OS keyring: the Secret Service directly on Linux unless the person chose a keyring
    backend, else the ``keyring`` package restricted to allow-listed backends."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._backend: _Backend | None = None
        self._probed = False
        self._absent = False

    def _resolve(self) -> _Backend | None:
        if self._probed:
            return self._backend
        self._probed = True
        try:
            if secret_service_only():
                from bond.security.secret_service import SecretService

                self._backend = SecretService()  # whether it answers is probed on use
            else:
                self._backend = _from_keyring()
        except Exception:
            log.warning("the OS keyring could not be reached", exc_info=True)
            self._backend = None
        return self._backend

    def available(self) -> bool:
        backend = self._resolve()
        if backend is None or self._absent:
            return False
        try:
            backend.probe()
        except Exception as exc:
            from bond.security.secret_service import SecretServiceUnavailable

            if isinstance(exc, SecretServiceUnavailable):
                # The usual case on a machine without a keyring: said once, plainly (the
                # caller tells the person); a daemon that appears later is seen next start.
                self._absent = True
                log.info("no Secret Service answers on the session bus")
            else:
                log.info("the OS keyring did not answer (%s)", type(exc).__name__)
            return False
        return True

    def _require(self) -> _Backend:
        backend = self._resolve()
        if backend is None:
            raise SecretStoreError("no OS keyring is available")
        return backend

    def get(self, account: str) -> str | None:
        backend = self._require()
        try:
            return backend.get(self._service, account)
        except Exception as exc:
            raise SecretStoreError("the OS keyring could not be read") from exc

    def set(self, account: str, secret: str) -> None:
        backend = self._require()
        try:
            backend.set(self._service, account, secret)
        except Exception as exc:
            raise SecretStoreError("the OS keyring refused to store the key") from exc

    def delete(self, account: str) -> bool:
        backend = self._require()
        try:
            return backend.delete(self._service, account)
        except Exception as exc:
            raise SecretStoreError("the OS keyring refused to delete the key") from exc


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
