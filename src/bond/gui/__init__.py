"""The only package that imports QtWidgets.

Importing it first keeps ``None`` alive for the life of the process on Python 3.11: PySide6
6.12.0 drops one reference to ``None`` on every call of a Qt method that returns nothing, so
after some ten thousand such calls (a few visits to Progress over years of data) CPython 3.11
frees ``None`` and aborts ("none_dealloc"). Python 3.12 made ``None`` immortal; this does the
same on 3.11 by giving it references it can never lose. PySide6 6.11.3 does not have the bug.
"""

import ctypes
import sys

if sys.version_info < (3, 12):
    # ob_refcnt is the first field of every PyObject; 2**60 references cannot run out.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60
