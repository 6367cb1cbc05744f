"""What a profile PIN may be, and how long Bond waits after wrong tries (DECISIONS 4)."""

from __future__ import annotations

from datetime import timedelta

MIN_DIGITS, MAX_DIGITS = 6, 12
MIN_PASSPHRASE, MAX_PASSPHRASE = 8, 256
FREE_TRIES = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)


class InvalidPin(ValueError):
    """A PIN that is too short, too long or not usable; the message is safe to show."""


class PinError(Exception):
    """Base for PIN outcomes the screen explains."""


class PinWaitError(PinError):
    """Too many wrong tries: Bond waits before trying again."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"wait {seconds} s")
        self.seconds = seconds


class PinMismatchError(PinError):
    """The PIN was wrong; ``wait_seconds`` is the wait that now applies (0 if none yet)."""

    def __init__(self, failures: int, wait_seconds: int) -> None:
        super().__init__("wrong PIN")
        self.failures = failures
        self.wait_seconds = wait_seconds


def check_pin(pin: str) -> None:
    """A PIN is 6 to 12 digits, or a passphrase of at least 8 characters (encouraged)."""
    if not pin:
        raise InvalidPin("Please enter a PIN or a passphrase.")
    if pin.isdigit() and pin.isascii():
        if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
            raise InvalidPin(
                f"A PIN made of numbers needs {MIN_DIGITS} to {MAX_DIGITS} digits. "
                "A passphrase of a few words is stronger still."
            )
        if len(set(pin)) == 1:
            raise InvalidPin("Please choose a PIN that is not one digit repeated.")
        return
    if len(pin) < MIN_PASSPHRASE:
        raise InvalidPin(f"A passphrase needs at least {MIN_PASSPHRASE} characters.")
    if len(pin) > MAX_PASSPHRASE:
        raise InvalidPin(f"Please keep the passphrase to {MAX_PASSPHRASE} characters or fewer.")
    if any(not ch.isprintable() for ch in pin):
        raise InvalidPin("The passphrase holds characters that cannot be typed back reliably.")


def wait_after(failures: int) -> timedelta:
    """No wait for the first five wrong tries; then 30 s, doubling, up to an hour."""
    if failures < FREE_TRIES:
        return timedelta(0)
    doublings = min(failures - FREE_TRIES, 10)
    wait: timedelta = FIRST_WAIT * (2**doublings)
    return min(wait, LONGEST_WAIT)
