"""Verbs that move what is inside a vault: demo (sample data in), export (out), import (in).

Export writes plain, unencrypted files, so it obeys the policy's ``disable_export`` and always
says so; import and demo only ever add. Services are imported inside each verb.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bond.cli.console import Console, organisation, plural
from bond.cli.keys import new_custody, unlock
from bond.config import AppPaths
from bond.domain.policy import Policy
from bond.errors import EXIT_OK, BondError, UsageError
from bond.security.secrets import SecretStore

if TYPE_CHECKING:
    from bond.services.vault_service import OpenVault, VaultService

NOT_ENCRYPTED = (
    "Please note: this file is not encrypted. Anyone who can open it can read it, so keep it "
    "somewhere safe and delete it when you no longer need it."
)


def _remove_new_vault(service: VaultService, vault: OpenVault) -> None:
    """Undo a vault this command made moments ago and could not fill (nothing of value in it)."""
    from bond.security.header import destroy_header
    from bond.security.secrets import SecretStoreError

    vault.close()
    for path in (service.files.db, *service.files.sidecars):
        path.unlink(missing_ok=True)
    destroy_header(service.files.header)
    if vault.header is not None and vault.header.keyring:
        with contextlib.suppress(SecretStoreError):
            service.secrets.delete(vault.header.vault_id)


def cmd_demo(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``bond demo``: a new vault with weeks of sample history, to try Bond; never an old one."""
    import time

    from bond.content.catalog import load_catalog
    from bond.paths import content_dir
    from bond.services import demo
    from bond.services.vault_files import VaultFiles
    from bond.services.vault_service import VaultService

    if not demo.MIN_WEEKS <= args.weeks <= demo.MAX_WEEKS:
        raise UsageError(
            f"--weeks: please give a number from {demo.MIN_WEEKS} to {demo.MAX_WEEKS}."
        )
    service = VaultService(VaultFiles(paths.data_dir), secrets)
    if service.files.any_exist():
        raise BondError(
            f"There is already a vault in {paths.data_dir}. Sample data only goes into a new "
            "vault, so nothing there was changed. Choose another folder with --data-dir."
        )
    catalog = load_catalog(content_dir())
    if missing := demo.missing_exercises(catalog.exercises):
        raise BondError(f"Bond's content lacks exercises the sample needs: {', '.join(missing)}.")
    custody, where = new_custody(args, service, console)
    vault = service.create(custody)
    started = time.perf_counter()
    try:
        summary = demo.write_demo(
            vault, catalog.exercises, weeks=args.weeks, articles=catalog.articles
        )
    except BaseException:
        _remove_new_vault(service, vault)
        raise
    vault.close()
    seconds = time.perf_counter() - started
    console.say(f"Created a new vault in {paths.data_dir} with its key {where}.")
    console.say(
        f"It holds {summary.weeks} weeks of sample history for {' and '.join(summary.profiles)}: "
        f"{summary.meetings} weekly meetings, {summary.solo_sessions} exercises done alone, "
        f"{summary.agreements} agreements, {summary.boundaries} boundaries "
        f"(written in {seconds:.1f} s)."
    )
    console.say("Bond shows it as sample data. 'bond wipe' removes it when you are done.")
    return EXIT_OK


def cmd_export(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``bond export``: sessions, agreements and boundaries to JSON or PDF, not encrypted."""
    from bond.services.export_data import build_export, write_json
    from bond.services.keychain import Keychain

    policy: Policy = args.site_policy
    if policy.disable_export:
        raise BondError(
            f"Exporting is turned off on this computer by {organisation(policy)}'s policy. "
            "Nothing was written. An encrypted backup ('bond backup') is still possible."
        )
    output: Path = args.output
    export_pdf = _pdf_exporter() if args.format == "pdf" else None
    if output.exists() and not args.force:
        raise BondError(f"{output} already exists. Choose another name, or add --force.")
    service, key = unlock(args, paths, console, secrets)
    with service.reading(key) as vault:
        keychain = Keychain(vault)
        if export_pdf is not None:
            export_pdf(vault, keychain, output, profile=args.profile, since=args.since)
            console.warn(NOT_ENCRYPTED)
            console.say(f"Exported a PDF to {output}.")
            return EXIT_OK
        doc = build_export(vault, keychain, profile=args.profile, since=args.since)
    try:
        write_json(doc.to_json(), output, overwrite=args.force)
    except FileExistsError:
        raise BondError(f"{output} already exists. Choose another name, or add --force.") from None
    except OSError as exc:
        raise BondError(f"Could not write {output} ({exc.strerror}).") from None
    console.warn(NOT_ENCRYPTED)
    answers = sum(len(x.answers) for x in doc.sessions)
    console.say(
        f"Exported {plural(len(doc.sessions), 'session')} ({plural(answers, 'answer')}), "
        f"{plural(len(doc.agreements), 'agreement')} and "
        f"{plural(len(doc.boundaries), 'boundary', 'boundaries')} to {output}."
    )
    withheld = sum(1 for p in doc.profiles if not p.private_included)
    if withheld:
        console.say(
            f"Private items of {plural(withheld, 'profile')} were left out: a profile with a PIN "
            "keeps them, and the app can export them once its PIN is given."
        )
    return EXIT_OK


def _pdf_exporter() -> Callable[..., object]:
    """The app's PDF report, when this Bond has it (it lives in gui/, DECISIONS 19)."""
    import importlib

    try:
        reports = importlib.import_module("bond.gui.reports")
    except ImportError:
        reports = None
    export_pdf: Callable[..., object] | None = getattr(reports, "export_pdf", None)
    if not callable(export_pdf):
        raise UsageError("PDF export needs the app's report module")
    return export_pdf


def cmd_import(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``bond import``: merge a Bond JSON export; the whole file is checked before the key."""
    from bond.services.import_data import KINDS, import_json, parse_export
    from bond.services.instance_lock import InstanceLock
    from bond.services.keychain import Keychain
    from bond.services.vault_files import VaultFiles

    doc = parse_export(args.file)  # the whole file is checked before any passphrase is asked
    lock = InstanceLock(VaultFiles(paths.data_dir).lock)
    service, key = unlock(args, paths, console, secrets)
    lock.acquire()
    try:
        vault = service.open(
            key, on_backup=lambda path: console.say(f"Took a backup before upgrading: {path}")
        )
        try:
            report = import_json(vault, Keychain(vault), doc)
        finally:
            vault.close()
    finally:
        lock.release()
    added = [f"{report.added[k]} {k}" for k in KINDS if report.added[k]]
    console.say(
        f"Imported into {paths.data_dir}: {', '.join(added)}."
        if added
        else "Nothing new: everything in the file was already in this vault."
    )
    for message in report.messages:
        console.say(message)
    return EXIT_OK
