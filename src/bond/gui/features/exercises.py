"""Exercises: the browser, starting one alone or together, continuing, and the runner.

A person's answers are private to them when they practise alone, so starting alone asks for
their PIN first (``PrivateAccess.ensure_open``); together, each private step asks its owner
on arrival.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bond.gui.features.base import Context, Feature, Place

if TYPE_CHECKING:
    from bond.gui.screens.exercises import ExercisesScreen
    from bond.gui.screens.runner import RunnerScreen
    from bond.services.exercise_run import ExerciseRun
    from bond.services.vault_service import OpenVault


class ExercisesFeature(Feature):
    PLACES = ("exercises", "exercise", "run", "continue")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.runner: RunnerScreen | None = None
        self._back = ""  # the place the browser's "Back" returns to (an article)
        self.screens.register("exercises", self._build_browser)

    def _build_browser(self) -> ExercisesScreen:
        """The exercise list (needs the catalogue: built only once it has loaded)."""
        from bond.gui.screens.exercises import ExercisesScreen

        policy = self.ctx.policy
        screen = ExercisesScreen(
            self.state.offered(),
            featured=policy.featured_exercises,
            organisation=self.state.organisation(),
        )
        screen.start_requested.connect(self.start)
        screen.article_requested.connect(lambda slug: self.shell.go(f"article/{slug}"))
        screen.return_requested.connect(self._go_back)
        return screen

    @property
    def browser(self) -> ExercisesScreen:
        return self.screens["exercises"]  # type: ignore[no-any-return]

    # -- places ----------------------------------------------------------------------------------
    def open(self, place: Place, notice: str) -> None:
        match place.kind:
            case "exercises":
                self._show_browser()
            case "exercise":
                self._show_browser(place.arg, place.get("back"))
            case "run":
                self.start(place.arg, place.get("together") == "1")
            case "continue":
                self._continue(place.arg)

    def _show_browser(self, selected: str = "", back: str = "") -> None:
        if self.state.vault is None or not self.state.content_ready:
            return
        browser = self.browser
        self._back = ""
        browser.set_return(False)
        browser.set_can_do_together(self.state.couple())
        self.shell.present(browser)
        browser.ui.listView.setFocus()
        if selected and browser.select(selected) and back:
            self._back = back
            browser.set_return(True)

    def _go_back(self) -> None:
        back, self._back = self._back, ""
        if "exercises" in self.screens:
            self.browser.set_return(False)
        if back:
            self.shell.go(back)

    def escape(self, screen: str) -> bool:
        if screen != "exercises":
            return False
        if self._back:
            self._go_back()
        else:
            self.shell.go("home")
        return True

    def leave(self) -> None:
        """Leaving an exercise through the navigation pauses it (nothing is lost)."""
        self.lock()

    def lock(self) -> None:
        if self.runner is not None:
            self.runner.close_for_lock()
            self._drop_runner()

    # -- starting and continuing ------------------------------------------------------------
    def start(
        self, exercise_id: str, together: bool, on_cancel: Callable[[], None] | None = None
    ) -> None:
        """Start an exercise (asking who, and their PIN, when alone); ``on_cancel`` runs when
        it does not go ahead. Whatever is on show stays until the new run is ready."""
        state = self.state
        vault, keychain = state.vault, state.keychain
        exercise = state.offered().exercises.get(exercise_id)
        cancel = on_cancel or (lambda: None)
        if vault is None or keychain is None or exercise is None:
            cancel()
            return
        if together:
            if not state.couple() or not self._together_note_read(vault):
                cancel()
                return
            people = [p.id for p in state.profiles]
        else:
            person = self.ctx.access.choose()
            if person is None:
                cancel()
                return
            people = [person]
        from bond.services.exercise_run import ExerciseRun

        banks = state.catalog.banks

        def begin() -> None:
            self.shell.run(
                lambda: ExerciseRun(
                    vault, keychain, exercise, people, together=together, banks=banks
                ),
                self._open_runner,
            )

        if together:
            keychain.switch_to(None)
            begin()
        else:
            self.ctx.access.ensure_open(people[0], begin, cancel)  # alone, all is private

    def _together_note_read(self, vault: OpenVault) -> bool:
        """Before the first exercise for two: who these are for, and the way to practise alone."""
        from PySide6.QtWidgets import QMessageBox

        from bond.services.profiles import ProfileService

        service = ProfileService(vault)
        if service.flag("together-safety-note"):
            return True
        window = self.shell.window()
        box = QMessageBox(window)
        box.setWindowTitle("Bond")
        box.setText(self.tr("Before your first exercise together"))
        box.setInformativeText(
            self.tr(
                "Exercises for two are made for partners who feel safe with each other. Either of "
                "you can pause or stop at any time, without a reason.\n\nIf being open together "
                "doesn't feel safe right now, practising on your own is always there, and Get "
                "support now (F1) lists services that can help, in confidence."
            )
        )
        go = box.addButton(self.tr("&Start together"), QMessageBox.ButtonRole.AcceptRole)
        alone = box.addButton(self.tr("Practise &alone instead"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.exec()
        window.activateWindow()
        clicked = box.clickedButton()
        if clicked is go:
            service.set_flag("together-safety-note")
            return True
        if clicked is alone:
            who = self.browser.ui.whoCombo
            who.setCurrentIndex(who.findData(False))
            self.shell.go("exercises")
        return False

    def _continue(self, session_id: str) -> None:
        vault, keychain = self.state.vault, self.state.keychain
        if vault is None or keychain is None:
            return
        from bond.services.exercise_run import ExerciseRun
        from bond.services.sessions import SessionService

        info = SessionService(vault, keychain).get(session_id)
        catalog = self.state.catalog
        exercise = catalog.exercises.get(info.exercise_id) if info else None
        if exercise is None:
            self.shell.go("home", self.tr("That exercise is no longer available."))
            return
        banks = catalog.banks

        def resume() -> None:
            self.shell.run(
                lambda: ExerciseRun.resume(vault, keychain, exercise, session_id, banks),
                self._open_runner,
            )

        if info is not None and not info.together and info.profile_ids:
            self.ctx.access.ensure_open(info.profile_ids[0], resume)
        else:
            keychain.switch_to(None)  # together, each private part asks its owner on arrival
            resume()

    # -- the runner -------------------------------------------------------------------------
    def _open_runner(self, run: ExerciseRun) -> None:
        from bond.gui.motion import reduce_motion
        from bond.gui.screens.runner import RunnerScreen

        if self.runner is not None:  # a check-in started mid-exercise: the first one pauses
            self.runner.close_for_lock()
        runner = RunnerScreen(
            run,
            self.state.names(),
            self.state.catalog.feelings,
            reduced_motion=reduce_motion(self.ctx.prefs.reduced_motion),
            ask_key=self.ctx.access.ensure_open,
        )
        runner.closed.connect(self._runner_closed)
        runner.calm_requested.connect(self._calm_down)
        self.runner = runner
        self.screens.adopt("runner", runner, private=True)
        self.shell.present(runner)
        runner.focus_step()

    def _drop_runner(self) -> None:
        if self.runner is not None:
            self.screens.drop("runner")
            self.runner = None

    def _runner_closed(self, how: str) -> None:
        self._drop_runner()
        notices = {
            "finished": self.tr(
                "Well done. What you agreed is under Agreements; boundaries are under Boundaries."
            ),
            "paused": self.tr("Paused. It is waiting for you below whenever you want to go on."),
            "stopped": self.tr(
                "You stopped, and that is fine. What you wrote is kept. If "
                "something stirred you up, Longer out-breath or Get support now "
                "(F1) are here."
            ),
            "discarded": self.tr(
                "You stopped, and your answers were deleted. If something "
                "stirred you up, Longer out-breath or Get support now (F1) are "
                "here."
            ),
        }
        self.shell.go("home", notices.get(how, ""))

    def _calm_down(self) -> None:
        """Alone, "Take a break" pauses the exercise and offers breathing or grounding."""
        from PySide6.QtWidgets import QMessageBox

        window = self.shell.window()
        box = QMessageBox(window)
        box.setWindowTitle("Bond")
        box.setText(self.tr("Your exercise is paused. What would help right now?"))
        breathe = box.addButton(self.tr("&Slow breathing"), QMessageBox.ButtonRole.AcceptRole)
        ground = box.addButton(
            self.tr("&Grounding with the senses"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("&Just go Home"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        window.activateWindow()
        clicked = box.clickedButton()
        self._drop_runner()
        paused = self.tr("Paused. It is waiting for you below.")
        calm = "longer-out-breath" if clicked is breathe else None
        calm = "ground-5-4-3-2-1" if clicked is ground else calm
        if calm is not None:
            self.start(calm, False, lambda: self.shell.go("home", paused))
        else:
            self.shell.go("home", paused)
