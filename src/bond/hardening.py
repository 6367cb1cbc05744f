"""Protections for the whole process, set up before anything else runs (standard library only).

Two things, both cheap (``resource`` and ``ctypes``, no Qt, no third-party module):

:func:`keep_singletons_alive`
    Run by ``bond/__init__.py``, so every way into Bond gets it: the app, every command-line verb,
    the bundle, tests. On Python 3.11 it gives ``None``, ``True`` and ``False`` references they
    can never lose. PySide6 6.12.0 dropped one reference to ``None`` on every Qt call that
    returns nothing, and references to ``True``/``False`` in ``Signal.emit`` and ``disconnect``;
    on Python 3.11 a count reached zero after some thousands of calls and CPython aborted
    ("none_dealloc", "bool_dealloc"). Bond pins PySide6 6.11.3, which does not have the bug
    (tests/gui/test_singleton_refcounts.py checks the pin); this is the safety net should a later
    PySide6 bring it back. Python 3.12 made these objects immortal (PEP 683), so it does nothing
    there.

:func:`protect_process_memory`
    Called first by :func:`bond.__main__.main`, before any key, vault or Qt module is in memory.
    A crash must not write decrypted memory to disk (a core file, a crash reporter's dump):

    * Linux: the core-size limit becomes 0, soft and hard (nothing in the process can raise it
      again; children inherit it), and ``prctl(PR_SET_DUMPABLE, 0)`` makes the process
      non-dumpable, as KeePassXC does. Non-dumpable also keeps other processes of the same user
      from reading Bond's memory through ``/proc/<pid>/mem`` or attaching a debugger (root still
      can). Where Bond's file dialogs go through xdg-desktop-portal, only the limit is set:
      inside a Flatpak sandbox, and where Qt was told to use its portal platform theme
      (``QT_QPA_PLATFORMTHEME=xdgdesktopportal``, or its aliases ``flatpak`` and ``snap``).
      The portal identifies the calling app by reading ``/proc/<pid>/root``, which a
      non-dumpable process hides, and then refuses every request (xdg-desktop-portal issue
      1490): Save as PDF and export would stop working. Elsewhere Qt uses no portal for Bond's
      dialogs or links, but it does read the desktop's colour scheme and contrast preference
      through the portal's Settings interface on GNOME and similar desktops, and that is refused
      too: there "Follow the system" keeps the theme Bond showed last, and a person picks light
      or dark in Settings. (Known from the upstream reports, not reproduced here: these machines
      run no portal.)
    * macOS: the core-size limit becomes 0 (macOS writes cores only when it is not already 0).
      Crash reports (ReportCrash) hold stack traces and registers, not the heap.
    * Windows: Windows Error Reporting is told to leave the heap out of its reports
      (``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``). A machine whose administrator set up
      WER ``LocalDumps`` with full dumps still gets them; Bond cannot prevent that.

    Limits on every system: an administrator or malware running as root or as the same user
    before Bond starts (a debugger attached from the start, ``suid_dumpable`` = 2 with a crash
    handler that ignores the limit) is outside what Bond can defend against (PRIVACY.md).
    Failures are ignored: protection is best effort and must never stop Bond from starting.
"""

from __future__ import annotations

import os
import sys

#: <linux/prctl.h>
PR_SET_DUMPABLE = 4

#: <werapi.h>: "Do not add heap dumps for reports for the process".
WER_FAULT_REPORTING_FLAG_NOHEAP = 1

#: Refcounts this high can never run out (a 64-bit count; one loss per call would take centuries).
_IMMORTAL = 1 << 60


def keep_singletons_alive() -> None:
    """Give ``None``, ``True`` and ``False`` references they can never lose (Python < 3.12)."""
    if sys.version_info >= (3, 12):  # immortal objects (PEP 683)
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of a PyObject in release builds; check that it really
        # holds the count before writing, and add only once however often this runs.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        value = count.value
        if value < _IMMORTAL // 2 and abs(value - sys.getrefcount(singleton)) < 1000:
            count.value = value + _IMMORTAL


#: QT_QPA_PLATFORMTHEME values that load Qt's xdg-desktop-portal theme (its plugin's keys).
_PORTAL_THEMES = ("xdgdesktopportal", "flatpak", "snap")


def _dialogs_go_through_portals() -> bool:
    """Inside Flatpak, or with Qt's portal platform theme chosen (see the module's docstring)."""
    theme = os.environ.get("QT_QPA_PLATFORMTHEME", "").lower()
    return os.path.exists("/.flatpak-info") or any(name in theme for name in _PORTAL_THEMES)


def protect_process_memory() -> None:
    """No core dumps, and on Linux a non-dumpable process (see the module's docstring)."""
    if sys.platform == "win32":
        _windows_no_heap_in_crash_reports()
        return
    import resource

    try:  # noqa: SIM105 (contextlib.suppress would be one more import at every start)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):  # pragma: no cover - lowering a limit is always allowed
        pass
    if sys.platform == "linux" and not _dialogs_go_through_portals():
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            zero = ctypes.c_ulong(0)
            libc.prctl(PR_SET_DUMPABLE, zero, zero, zero, zero)
        except (OSError, AttributeError):  # pragma: no cover - no prctl in this libc
            pass


def _windows_no_heap_in_crash_reports() -> None:  # pragma: no cover - not run on Linux
    import ctypes

    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)
    except (OSError, AttributeError):
        pass
