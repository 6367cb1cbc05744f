"""Write THIRD_PARTY_NOTICES.txt for a Bond bundle from the installed packages' own metadata.

The packages listed are the closure of Bond's runtime requirements (``Requires-Dist`` with markers
evaluated for this machine), which is what PyInstaller bundles; each entry carries the package's
own licence files. Qt's LGPL notice, SQLCipher's and OpenSSL's (compiled into wheels that ship no
licence file for them) come from ``packaging/licenses/``; the Lucide icons' licence from
``resources/icons/lucide/LICENSE``. Run with the Python that builds the
bundle: ``python packaging/tools/third_party_notices.py --output build/THIRD_PARTY_NOTICES.txt``.
"""

from __future__ import annotations

import argparse
import platform
import sys
import sysconfig
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LICENSES = ROOT / "packaging" / "licenses"
LUCIDE = ROOT / "resources" / "icons" / "lucide"
RULE = "=" * 78
LICENCE_FILE_PREFIXES = ("LICEN", "COPYING", "NOTICE", "AUTHORS")
#: Packages whose metadata names no licence; what their licence files say.
KNOWN = {"sqlcipher3": "Zlib (SQLCipher inside it: BSD-3-Clause, below)"}


def runtime_closure(root: str = "bond") -> list[Distribution]:
    """The installed distributions ``root`` needs at run time, ``root`` itself left out."""
    seen: dict[str, Distribution] = {}
    todo = [root]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue  # a requirement for another platform or Python, not installed here
        seen[name] = dist
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    seen.pop(canonicalize_name(root), None)
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(dist: Distribution) -> str:
    meta = dist.metadata
    known = KNOWN.get(canonicalize_name(meta["Name"]))
    if known:
        return known
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 120:
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the licence text below"


def licence_files(dist: Distribution) -> list[tuple[str, str]]:
    """(name, text) of each licence-like file the distribution installed in its metadata."""
    found: list[tuple[str, str]] = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if "licenses" in parts or file.name.upper().startswith(LICENCE_FILE_PREFIXES):
            text = Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")
            if text:
                found.append(("/".join(parts[1:]), text))
    return found


def homepage(dist: Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for url in meta.get_all("Project-URL") or []:
        label, _, link = url.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return link.strip()
    return ""


def _section(title: str, body: str) -> str:
    return f"{RULE}\n{title}\n{RULE}\n\n{body.rstrip()}\n\n"


def render(dists: list[Distribution]) -> str:
    out = [
        "Third-party software in Bond\n\n"
        "Bond is free software under the GNU General Public License, version 3 or later (the\n"
        "LICENSE file); its written content is under CC BY-SA 4.0. This bundle also carries the\n"
        "software below, each under its own licence, reproduced here.\n\n",
        _section("Qt and Qt for Python: LGPL-3.0", (LICENSES / "Qt.txt").read_text("utf-8")),
    ]
    listing = [f"- {d.metadata['Name']} {d.version}: {licence_of(d)}" for d in dists]
    python = f"- Python {platform.python_version()}: PSF-2.0 (the interpreter and standard library)"
    out.append(_section("Python packages and the interpreter", "\n".join([python, *listing])))
    for dist in dists:
        name = f"{dist.metadata['Name']} {dist.version}"
        head = f"Licence: {licence_of(dist)}"
        if homepage(dist):
            head += f"\nHome: {homepage(dist)}"
        texts = licence_files(dist)
        body = "\n\n".join([head, *(f"--- {fname}\n\n{text.rstrip()}" for fname, text in texts)])
        out.append(_section(name, body))
    python_licence = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    if python_licence.is_file():
        out.append(_section(f"Python {platform.python_version()}", python_licence.read_text()))
    out.append(
        _section(
            "PyInstaller bootloader",
            "The small program that starts Bond from this folder is PyInstaller's bootloader,\n"
            "under the GNU General Public License version 2 or later with the PyInstaller\n"
            "bootloader exception, which allows it in programs under any licence.",
        )
    )
    out.append(
        _section(
            "Lucide icons: ISC",
            "The icons in Bond's window (bond/_resources/icons/lucide, and the PNG masks drawn\n"
            "from them in bond/_resources/icons/rendered) are Lucide's, https://lucide.dev:\n\n"
            + (LUCIDE / "LICENSE").read_text("utf-8"),
        )
    )
    out.append(_section("SQLCipher", (LICENSES / "SQLCipher.txt").read_text("utf-8")))
    out.append(
        _section(
            "OpenSSL: Apache-2.0",
            "OpenSSL's libcrypto is compiled into the sqlcipher3 and cryptography wheels.\n"
            "Copyright (c) The OpenSSL Project Authors. Licensed under the Apache License 2.0:\n\n"
            + (LICENSES / "Apache-2.0.txt").read_text("utf-8"),
        )
    )
    out.append(
        _section(
            "GNU Lesser General Public License v3", (LICENSES / "LGPL-3.0.txt").read_text("utf-8")
        )
    )
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True, help="the file to write")
    args = parser.parse_args(argv)
    dists = runtime_closure()
    if not dists:
        print("third_party_notices: Bond is not installed in this Python", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(dists), encoding="utf-8")
    print(f"third_party_notices: {len(dists)} packages -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
