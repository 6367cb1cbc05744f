"""Fuzzing the three readers of untrusted files: content (clinic packs), the site policy, and
``bond import``. Whatever the bytes, no exception escapes but Bond's own plain errors, nothing
hangs (a per-example deadline), and a rejected import leaves the vault byte for byte as it was.

Inputs are random text and bytes, and real files (Bond's own content, a real export) with random
damage, so that most examples get past the first parse and into the checks behind it.
``BOND_FUZZ_EXAMPLES`` sets the examples per target (CI: 150; ``fuzz.py`` runs more).
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bond.content.catalog import validate
from bond.content.problems import ContentProblem
from bond.domain.policy import Policy
from bond.errors import BondError
from bond.paths import content_dir
from bond.security.secrets import MemoryStore
from bond.services.export_data import export_json
from bond.services.import_data import ImportReport, import_json
from bond.services.keychain import Keychain
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import OpenVault, VaultService
from tests.conftest import FAST_KDF
from tests.reliability.damage import vault_with_data

EXAMPLES = int(os.environ.get("BOND_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=5),  # "no hang": one input may not take longer than this
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CONTENT = content_dir()


# -- damage to real files --------------------------------------------------------------------
@st.composite
def damaged(draw: st.DrawFn, original: str) -> str:
    """``original`` with a few random edits: cut, insert, replace, duplicate a line, truncate."""
    text = original
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["cut", "insert", "replace", "dup-line", "truncate"]))
        at = draw(st.integers(0, len(text)))
        if op == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif op == "insert":
            text = text[:at] + draw(st.text(max_size=30)) + text[at:]
        elif op == "replace" and at < len(text):
            text = text[:at] + draw(st.characters()) + text[at + 1 :]
        elif op == "dup-line":
            lines = text.splitlines(keepends=True) or [""]
            i = draw(st.integers(0, len(lines) - 1))
            text = "".join([*lines[: i + 1], lines[i], *lines[i + 1 :]])
        elif op == "truncate":
            text = text[:at]
    return text


def sample_texts(folder: Path, pattern: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob(pattern))[:6]]


# -- content ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def content_root() -> Iterator[Path]:
    """A content folder like a clinic pack: Bond's sources and feelings, empty otherwise."""
    root = Path(tempfile.mkdtemp(prefix="bond-fuzz-content-"))
    for name in ("sources.toml", "feelings.toml"):
        shutil.copyfile(CONTENT / name, root / name)
    for sub in ("exercises", "support", "articles", "banks"):
        (root / sub).mkdir()
    yield root
    shutil.rmtree(root, ignore_errors=True)


KINDS = {
    "exercises": ("fuzz.toml", sample_texts(CONTENT / "exercises", "[!R]*.toml")),
    "support": ("fuzz.toml", sample_texts(CONTENT / "support", "*.toml")),
    "articles": ("fuzz.md", sample_texts(CONTENT / "articles", "[!R]*.md")),
    "banks": ("fuzz.toml", sample_texts(CONTENT / "banks", "*.toml")),
}


@FUZZ
@given(data=st.data())
def test_content_validation_never_crashes(content_root: Path, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(sorted(KINDS)))
    name, samples = KINDS[kind]
    text = data.draw(
        st.one_of(st.text(max_size=400), st.sampled_from(samples).flatmap(damaged))
        if samples
        else st.text(max_size=400)
    )
    path = content_root / kind / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        problems = validate([path])
    finally:
        path.unlink()
    assert all(isinstance(p, ContentProblem) and p.line >= 0 for p in problems)
    event(f"{kind}: {'problems found' if problems else 'valid'}")


@FUZZ
@given(raw=st.binary(max_size=600))
def test_content_validation_takes_any_bytes(content_root: Path, raw: bytes) -> None:
    path = content_root / "exercises" / "bytes.toml"
    path.write_bytes(raw)
    try:
        problems = validate([path])
    finally:
        path.unlink()
    assert all(isinstance(p, ContentProblem) for p in problems)


# -- the site policy -------------------------------------------------------------------------
def policy_parser() -> Any:
    """``bond.services.policy.parse_policy``, written on another branch; None until merged."""
    try:
        from bond.services import policy
    except ImportError:
        return None
    return getattr(policy, "parse_policy", None)


POLICY_EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "clinic"


@FUZZ
@given(data=st.data())
def test_policy_parser_never_crashes(tmp_path_factory: pytest.TempPathFactory, data: Any) -> None:
    parse = policy_parser()
    if parse is None:
        pytest.skip("bond.services.policy.parse_policy is not in this branch yet")
    samples = sample_texts(POLICY_EXAMPLE, "*.toml") or ['organisation = "A clinic"\n']
    text = data.draw(st.one_of(st.text(max_size=400), st.sampled_from(samples).flatmap(damaged)))
    first = next(iter(inspect.signature(parse).parameters.values()))
    if "path" in first.name or "Path" in str(first.annotation):
        path = tmp_path_factory.mktemp("policy") / "policy.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        result = parse(path)
    else:
        result = parse(text)
    assert isinstance(result, Policy)


# -- bond import ----------------------------------------------------------------------------
@dataclass
class Target:
    vault: OpenVault
    keychain: Keychain
    files: VaultFiles
    export: dict[str, Any]
    folder: Path


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    folder = Path(tempfile.mkdtemp(prefix="bond-fuzz-import-"))
    service = VaultService(VaultFiles(folder / "vault"), MemoryStore(), kdf=FAST_KDF)
    vault_with_data(service, answers=20)
    vault = service.open(service.unlock())
    keychain = Keychain(vault)
    export = export_json(vault, keychain, include_private_for=[])
    yield Target(vault, keychain, service.files, export, folder)
    vault.close()
    shutil.rmtree(folder, ignore_errors=True)


def vault_hashes(files: VaultFiles) -> dict[str, str]:
    """The database and its WAL (the WAL index changes on every read, so it is left out)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (files.db, files.sidecars[0])
        if p.exists()
    }


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


@st.composite
def damaged_export(draw: st.DrawFn, doc: dict[str, Any]) -> Any:
    """A real export with a few fields deleted, retyped or added, anywhere in the tree."""
    doc = json.loads(json.dumps(doc))
    for _ in range(draw(st.integers(1, 4))):
        node: Any = doc
        for _depth in range(draw(st.integers(0, 5))):
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            children = [k for k in keys if isinstance(node[k], dict | list) and node[k]]
            if not children:
                break
            node = node[draw(st.sampled_from(children))]
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        op = draw(st.sampled_from(["delete", "retype", "add", "duplicate"]))
        if op == "add" and isinstance(node, dict):
            node[draw(st.text(max_size=12))] = draw(json_values)
        elif op == "add":
            node.append(draw(json_values))
        elif not keys:
            continue
        elif op == "delete":
            del node[draw(st.sampled_from(keys))]
        elif op == "retype":
            node[draw(st.sampled_from(keys))] = draw(json_values)
        elif isinstance(node, list):
            node.append(json.loads(json.dumps(node[draw(st.sampled_from(keys))])))
    return doc


@FUZZ
@given(data=st.data())
def test_import_rejects_bad_files_without_touching_the_vault(
    target: Target, data: st.DataObject
) -> None:
    export_text = json.dumps(target.export, ensure_ascii=False)
    raw: bytes = data.draw(
        st.one_of(
            st.binary(max_size=300),
            json_values.map(lambda v: json.dumps(v).encode()),
            damaged_export(target.export).map(lambda d: json.dumps(d, ensure_ascii=False).encode()),
            damaged(export_text).map(lambda t: t.encode("utf-8", "surrogatepass")),
        )
    )
    path = target.folder / "import.json"
    path.write_bytes(raw)
    before = vault_hashes(target.files)
    try:
        report = import_json(target.vault, target.keychain, path)
    except BondError as exc:
        assert exc.message  # a plain message for the person
        assert vault_hashes(target.files) == before, "a rejected import changed the vault"
        event(f"rejected: {type(exc).__name__}")
    else:
        assert isinstance(report, ImportReport)
        event("accepted")
