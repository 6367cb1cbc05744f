"""Counts read naturally ("1 time", "2 times", "1 vez", "2 veces") and times of day follow the
interface language, never a hard-coded format."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bond.gui.i18n import install_language
from bond.gui.widgets.countdown import Countdown, clock
from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"
GUI = ROOT / "src" / "bond" / "gui"


def _sources() -> list[tuple[str, str]]:
    return [
        (str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))
        for p in sorted(GUI.rglob("*.py"))
        if "forms" not in p.parts
    ]


def _plural_messages(ts: str) -> dict[tuple[str, str], list[str]]:
    root = ET.parse(I18N / ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): [
            f.text or "" for f in message.iter("numerusform")
        ]
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def test_no_count_is_written_with_s_in_brackets() -> None:
    """A "(s)" message must be a plural message (%n), which the catalogues turn into words."""
    found = [
        f"{path}: {text}"
        for path, source in _sources()
        for text in re.findall(r"tr\(\s*\"([^\"]*\(s\)[^\"]*)\"", source)
        if "%n" not in text
    ]
    assert found == []


def test_every_plural_has_english_and_spanish_forms() -> None:
    english, spanish = _plural_messages("bond_en.ts"), _plural_messages("bond_es.ts")
    assert english, "bond_en.ts holds the English plural forms"
    assert set(english) == set(spanish)
    for (context, source), forms in english.items():
        assert len(forms) == 2 and all(forms), (context, source)
        assert not any("(s)" in f for f in forms), (context, source, forms)
        assert all(f.strip() for f in spanish[(context, source)]), (context, source)


@pytest.fixture
def restore_english() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    install_language(app, "en")


def test_english_and_spanish_counts(restore_english: QApplication) -> None:
    def say(n: int) -> str:
        return QCoreApplication.translate("BoundariesScreen", "used %n time(s)", "", n)

    install_language(restore_english, "en")
    assert [say(1), say(2), say(0)] == ["used 1 time", "used 2 times", "used 0 times"]
    install_language(restore_english, "es")
    assert [say(1), say(2)] == ["1 vez puesto en práctica", "2 veces puesto en práctica"]


def test_the_countdown_says_minute_or_minutes(qtbot: QtBot) -> None:
    timer = Countdown(1, 1, is_break=False)
    qtbot.addWidget(timer)
    timer.start()
    assert timer.remaining_label.accessibleDescription() == "1 minute left"
    timer.end()


def test_times_of_day_follow_the_language(restore_english: QApplication) -> None:
    when = datetime(2026, 3, 1, 14, 5)
    install_language(restore_english, "es")
    expected = QLocale("es").toString(QTime(14, 5), QLocale.FormatType.ShortFormat)
    assert clock(when) == expected
    assert "14:05" in clock(when)
    offenders = [path for path, source in _sources() if "strftime(" in source]
    assert offenders == []
