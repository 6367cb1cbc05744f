"""Import a ``bond-export`` JSON document: check all of it, then merge it in one transaction.

The work is split so that untrusted input is handled apart from the vault:
:mod:`bond.services.import_file` reads the file and checks single fields,
:mod:`bond.services.import_schema` checks the whole document (no vault needed), and
:mod:`bond.services.import_merge` merges it into the vault by stable ids. This module keeps the
names callers already use, so none of them has to know about the split.
"""

from __future__ import annotations

from bond.services.import_file import MAX_FILE_BYTES
from bond.services.import_merge import KINDS, ImportReport, import_json
from bond.services.import_schema import parse_export

__all__ = ["KINDS", "MAX_FILE_BYTES", "ImportReport", "import_json", "parse_export"]
