"""``bond policy``: the tools a clinic's IT person uses to prepare a site policy.

``validate`` checks a policy file as Bond will read it; ``hash-pin`` turns an admin passphrase
into the Argon2id hash the file holds, so the passphrase itself is never written down.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bond.cli.console import Console, plural
from bond.config import AppPaths
from bond.errors import EXIT_ERROR, EXIT_OK, UsageError
from bond.security.secrets import SecretStore


def cmd_policy(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``policy validate`` exits 1 on problems (warnings alone are fine); ``hash-pin`` exits 2
    on a passphrase that is too short."""
    from bond.services.policy import (
        ADMIN_MIN_LENGTH,
        AdminPassphraseTooShort,
        check_policy_file,
        hash_admin_passphrase,
        policy_path_taken,
    )

    if args.policy_verb == "validate":
        file: Path = args.file
        if not policy_path_taken(file):  # as Bond looks: a dangling link is a (broken) policy
            console.warn(
                f'There is no file at "{file}". Without a policy file Bond is not managed.'
            )
            return EXIT_ERROR
        policy, warnings = check_policy_file(file)
        for problem in policy.problems:
            console.say(problem)
        for warning in warnings:
            console.say(f"warning: {warning}")
        if policy.problems:
            one = len(policy.problems) == 1
            console.warn(
                f"{plural(len(policy.problems), 'problem')}. Until "
                f"{'it is' if one else 'they are'} fixed, Bond runs "
                f"locked down with this file: passphrase required, {policy.idle_lock_minutes}-"
                "minute idle lock, no exports."
            )
            if policy.data_dir_problem:
                console.warn(
                    'Its data folder ("data_dir") cannot be used, so Bond will not open a vault '
                    "at all, in that folder or in any other."
                )
            return EXIT_ERROR
        if warnings:
            console.say(
                f"The policy is valid, with {plural(len(warnings), 'warning')}: Bond can run "
                f"with it, but please check {'it' if len(warnings) == 1 else 'them'}."
            )
        else:
            console.say("The policy is valid.")
        return EXIT_OK
    if console.is_tty():
        secret = console.ask_secret(f"Admin passphrase (at least {ADMIN_MIN_LENGTH} characters): ")
        if len(secret) >= ADMIN_MIN_LENGTH and console.ask_secret("The same again: ") != secret:
            raise UsageError("The two passphrases differ. Nothing was printed.")
    else:
        secret = console.stdin.readline().removesuffix("\n").removesuffix("\r")
    try:
        console.say(hash_admin_passphrase(secret))
    except AdminPassphraseTooShort as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK
