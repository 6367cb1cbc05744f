"""Home: a greeting for each profile, how the vault is protected, and where help is."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QGroupBox, QLayout, QPushButton, QVBoxLayout, QWidget

from bond.domain.profiles import Household, Profile
from bond.gui.design.tokens import LINE_HEIGHT, space_px
from bond.gui.forms.ui_home import Ui_Home
from bond.gui.theme import current_scale
from bond.gui.widgets.accessible import install, sentences
from bond.gui.widgets.plain import make_plain
from bond.gui.widgets.reading_column import line_percent, measure_px
from bond.gui.widgets.tab_order import chain_tabs


class HomeScreen(QWidget):
    add_partner_requested = Signal(str)
    support_requested = Signal()
    exercises_requested = Signal()
    continue_requested = Signal(str)  # session id
    exercise_requested = Signal(str, bool)  # exercise id, together
    article_requested = Signal(str)  # slug
    featured_requested = Signal(str)  # exercise id, chosen by the clinic
    # A group named by the greeting and the intro: a screen reader says them as the keyboard
    # comes onto the page (Orca 43 reads no label by itself), once, whatever control takes it.
    accessible_role = QAccessible.Role.Grouping

    def __init__(self, parent: QWidget | None = None) -> None:
        install()  # before Qt makes this widget's interface, which asks the factory
        super().__init__(parent)
        self.ui = Ui_Home()
        self.ui.setupUi(self)
        # Names, the vault's folder, a pack exercise's title and messages that may quote what
        # was typed: shown as typed, never read as markup.
        ui = self.ui
        make_plain(ui.greetingLabel, ui.suggestLabel, ui.partnerError)
        self._privacy = ""  # shown escaped (it names the vault's folder): see _show_privacy
        ui.privacyLabel.installEventFilter(self)
        self.ui.partnerError.hide()
        self.ui.addPartnerButton.clicked.connect(self._add_partner)
        self.ui.partnerNameEdit.returnPressed.connect(self._add_partner)
        self.ui.careSupportButton.clicked.connect(self.support_requested)
        self.ui.exercisesButton.clicked.connect(self.exercises_requested)
        self.ui.continueBox.hide()
        self._continue_buttons: list[QPushButton] = []
        self._recent_buttons: list[QPushButton] = []
        self._suggestion: tuple[str, bool] | None = None
        self.ui.suggestButton.clicked.connect(self._try_suggestion)
        self.ui.aheadBox.hide()
        # A clinic's suggestions come first, above Bond's own (see show_featured).
        self.featured_box = QGroupBox()
        self.featured_box.setObjectName("featuredBox")
        self._featured_layout = QVBoxLayout(self.featured_box)
        self._featured_buttons: list[QPushButton] = []
        self.ui.homeLayout.insertWidget(
            self.ui.homeLayout.indexOf(self.ui.aheadBox), self.featured_box
        )
        self.featured_box.hide()

    def show_featured(self, organisation: str, items: Sequence[tuple[str, str]]) -> None:
        """Exercises an organisation suggests: (id, title), shown first as "Suggested by"."""
        heading = self.tr("Suggested by %1").replace("%1", organisation)
        self.featured_box.setTitle(heading)
        self.featured_box.setAccessibleName(heading)
        for button in self._featured_buttons:
            self._featured_layout.removeWidget(button)
            button.deleteLater()
        self._featured_buttons = []
        for exercise_id, title in items:
            button = QPushButton(title.replace("&", "&&"))
            button.setAccessibleName(
                self.tr("%1, suggested by %2").replace("%1", title).replace("%2", organisation)
            )
            button.clicked.connect(lambda _c=False, e=exercise_id: self.featured_requested.emit(e))
            self._featured_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self._featured_buttons.append(button)
        self.featured_box.setVisible(bool(items))
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the page from top to bottom, even through buttons added after start-up.

        A widget made later joins the end of the focus chain, so without this a resume button
        shown on unlock is reached only after everything else on the page.
        """
        chain_tabs(self._tab_chain())

    def _tab_chain(self) -> list[QWidget]:
        """The page's Tab stops, top to bottom."""
        chain: list[QWidget] = []

        def walk(layout: QLayout) -> None:
            for i in range(layout.count()):
                item = layout.itemAt(i)
                if (widget := item.widget()) is not None:
                    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                        chain.append(widget)
                    if (inner := widget.layout()) is not None:
                        walk(inner)
                elif (sub := item.layout()) is not None:
                    walk(sub)

        walk(self.ui.homeLayout)
        return chain

    def focus_first(self) -> None:
        """Put the keyboard on the page's first control; the page's name, the greeting and
        the intro, is said as it comes in."""
        chain = [w for w in self._tab_chain() if w.isVisibleTo(self) and w.isEnabled()]
        # The shell's sample-data notice tops the page but is not where the page starts.
        first = next((w for w in chain if not _in_notice(w, self)), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_continue(self, items: Sequence[tuple[str, str]]) -> None:
        """Paused exercises: (session id, a label such as "Weekly meeting, Sam and Alex")."""
        layout = self.ui.continueBox.layout()
        for button in self._continue_buttons:
            layout.removeWidget(button)
            button.deleteLater()
        self._continue_buttons = []
        for session_id, label in items[:5]:
            button = QPushButton(self.tr("Continue: %1").replace("%1", label))
            button.setAccessibleName(self.tr("Continue %1").replace("%1", label))
            button.clicked.connect(
                lambda _c=False, sid=session_id: self.continue_requested.emit(sid)
            )
            layout.addWidget(button)
            self._continue_buttons.append(button)
        self.ui.continueBox.setVisible(bool(items))
        self._order_tabs()

    def show_ahead(
        self,
        next_check_in: datetime | None,
        suggestion: tuple[str, str, bool] | None,
        recent: Sequence[tuple[str, str]],
    ) -> None:
        """The next check-in, one gentle suggestion (id, title, together) and recent reading."""
        ui = self.ui
        if next_check_in is not None:
            locale = QLocale()
            when = (
                self.tr("%1 at %2")
                .replace("%1", locale.dayName(next_check_in.isoweekday()))
                .replace(
                    "%2", locale.toString(next_check_in.time(), QLocale.FormatType.ShortFormat)
                )
            )
            ui.nextLabel.setText(self.tr("Your next check-in: %1.").replace("%1", when))
        else:
            ui.nextLabel.setText(
                self.tr("No check-in day chosen. You can pick one in Settings, under Reminders.")
            )
        self._suggestion = (suggestion[0], suggestion[2]) if suggestion else None
        ui.suggestLabel.setVisible(suggestion is not None)
        ui.suggestButton.setVisible(suggestion is not None)
        if suggestion is not None:
            text = (
                self.tr("Something to try together: %1.")
                if suggestion[2]
                else self.tr("Something to try: %1.")
            )
            ui.suggestLabel.setText(text.replace("%1", suggestion[1]))
            # "Try it" beside its sentence on screen; a screen reader hears the button alone.
            ui.suggestButton.setAccessibleName(self.tr("Try %1").replace("%1", suggestion[1]))
        for button in self._recent_buttons:
            ui.recentRow.removeWidget(button)
            button.deleteLater()
        self._recent_buttons = []
        for slug, title in recent:
            button = QPushButton(title.replace("&", "&&"))
            button.setAccessibleName(self.tr("Read again: %1").replace("%1", title))
            button.clicked.connect(lambda _c=False, s=slug: self.article_requested.emit(s))
            ui.recentRow.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self._recent_buttons.append(button)
        ui.recentLabel.setVisible(bool(recent))
        ui.aheadBox.show()
        self._order_tabs()

    def _try_suggestion(self) -> None:
        if self._suggestion is not None:
            self.exercise_requested.emit(*self._suggestion)

    def _greeting(self, now: datetime) -> str:
        if now.hour < 5 or now.hour >= 18:
            return self.tr("Good evening")
        if now.hour < 12:
            return self.tr("Good morning")
        return self.tr("Good afternoon")

    def show_people(
        self,
        profiles: Sequence[Profile],
        household: Household | None,
        privacy_text: str,
        *,
        can_add_partner: bool,
        now: datetime | None = None,
    ) -> None:
        greeting = self._greeting(now or datetime.now())
        names = [p.name for p in profiles]
        if len(names) == 2:
            who = self.tr("%1 and %2").replace("%1", names[0]).replace("%2", names[1])
        else:
            who = names[0] if names else ""
        self.ui.greetingLabel.setText(f"{greeting}, {who}" if who else greeting)
        if household is Household.COUPLE and len(names) == 2:
            intro = self.tr(
                "This is your shared space. Each of you has your own profile, so some answers "
                "can stay with the person who wrote them. Take things at a pace that feels right "
                "for you both."
            )
        else:
            intro = self.tr(
                "This is your space to practise, at your own pace. Nothing here is graded, and "
                "you can stop whenever you like."
            )
        self.ui.introLabel.setText(intro)
        self.setAccessibleName(sentences(self.ui.greetingLabel.text(), intro))
        self._privacy = privacy_text
        self._show_privacy()
        self.ui.partnerBox.setVisible(can_add_partner)
        self.ui.partnerError.hide()
        self.ui.partnerNameEdit.clear()
        self.ui.addPartnerButton.setEnabled(True)

    def _show_privacy(self) -> None:
        """The privacy text at the body line height (``LINE_HEIGHT["body"]``), held to the
        measure and still selectable by mouse: a label's own rich text, made from the text
        escaped (the folder's name is shown as it is, never read as markup; a screen reader
        gets the plain words)."""
        label = self.ui.privacyLabel
        label.ensurePolished()
        height = line_percent(label.font(), LINE_HEIGHT["body"])
        gap = space_px("m", current_scale())
        blocks = [html.escape(part).replace("\n", "<br>") for part in self._privacy.split("\n\n")]
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(
            "".join(
                f'<p style="line-height:{height}%; margin:0 0 {gap if n < len(blocks) - 1 else 0}'
                f'px 0">{block}</p>'
                for n, block in enumerate(blocks)
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        label, kind = self.ui.privacyLabel, event.type()
        if watched is label and kind == QEvent.Type.FontChange and self._privacy:
            self._show_privacy()  # the line height follows the text size
        if watched is label and kind == QEvent.Type.Resize:  # lines the measure at most
            spare = max(0, label.width() - measure_px())
            if spare != label.contentsMargins().right():
                label.setContentsMargins(0, 0, spare, 0)
        return super().eventFilter(watched, event)

    def _add_partner(self) -> None:
        self.ui.addPartnerButton.setEnabled(False)
        self.add_partner_requested.emit(self.ui.partnerNameEdit.text())

    def show_partner_error(self, message: str) -> None:
        self.ui.addPartnerButton.setEnabled(True)
        self.ui.partnerError.setText(message)
        self.ui.partnerError.show()
        self.ui.partnerNameEdit.setFocus()


def _in_notice(widget: QWidget, page: QWidget) -> bool:
    """Whether ``widget`` is in a notice the shell put on ``page`` (property "pageNotice")."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if parent.property("pageNotice"):
            return True
        parent = parent.parentWidget()
    return False
