"""Desktop notifications: the freedesktop service over D-Bus where there is one, else the tray
(DECISIONS 20). Callers pass only fixed wording; nothing a person wrote ever goes here."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = 10_000


class Notifier(QObject):
    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self._tray: QSystemTrayIcon | None = None

    def _dbus(self, title: str, text: str) -> bool:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected() or not bus.interface().isServiceRegistered(SERVICE).value():
            return False
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Notify")
        message.setArguments(["Bond", 0, "bond", title, text, [], {}, TIMEOUT_MS])
        reply = bus.call(message)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            log.info("the notification service refused a notification")
            return False
        return True

    def notify(self, title: str, text: str) -> str:
        """Show a notification; returns how ("dbus", "tray" or "" when neither exists)."""
        from PySide6.QtWidgets import QSystemTrayIcon

        try:
            if self._dbus(title, text):
                return "dbus"
        except (ImportError, RuntimeError):
            log.info("D-Bus notifications are not available")
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self._icon, self)
                self._tray.setToolTip(title)
                self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
            return "tray"
        return ""
