"""Every word a person reads in the GUI goes through ``tr()``, so it can be translated.

An AST check over ``src/bond/gui`` (the generated forms excepted, uic wraps those itself): a
string literal, or an f-string with words in it, passed straight to a call that puts text on
screen is a miss. Strings without letters (symbols, "{n}/10"-style formats) and the name of the
app are fine.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "src" / "bond" / "gui"
ALLOWED = {
    "Bond",  # the app's name is the same in every language (and the window title)
    "English",  # languages are named in themselves, so anyone can find their own
    "Español",
}
FILE_FILTER = re.compile(r"^[A-Z]{2,5} \(\*\.[a-z]+\)$")  # "PDF (*.pdf)": a format's own name

# method name -> positions of the arguments a person reads
SETTERS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "addItem": (0,),
    "insertItem": (1,),
    "addButton": (0,),
    "addTab": (1,),
    "showMessage": (0, 1),
    "set_message": (0,),
    "show_error": (0,),
    "show_message": (0,),  # a toast
    "show_status": (0,),
    "_save_path": (0, 2),  # MainWindow's file dialogs: title, file name, filter
    "_open_path": (0, 1),
}
# widgets whose first argument is their visible text
CONSTRUCTORS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction"}
# static dialogs: (parent, title, text, ...)
DIALOGS = {
    "question": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,),
}


def _has_words(text: str) -> bool:
    words = text.strip()
    return (
        bool(re.search(r"[^\W\d_]", words))
        and words not in ALLOWED
        and not FILE_FILTER.match(words)
    )


def bare_text(node: ast.expr) -> str | None:
    """The words in ``node`` if it is text that did not go through tr(), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return literal if _has_words(literal) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return bare_text(node.left) or bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return bare_text(node.body) or bare_text(node.orelse)
    return None


def _read_positions(call: ast.Call) -> tuple[int, ...]:
    func = call.func
    name = (
        func.attr
        if isinstance(func, ast.Attribute)
        else func.id
        if isinstance(func, ast.Name)
        else ""
    )
    if name in CONSTRUCTORS:
        return (0,)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        owner = func.value.id
        if owner in ("QMessageBox", "QInputDialog", "QFileDialog") and name in DIALOGS:
            return DIALOGS[name]
    return SETTERS.get(name, ())


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and _literal(node.left)
        and _literal(node.right)
    )


def _untranslatable(call: ast.Call) -> str | None:
    """tr() of a variable or an f-string: lupdate cannot see the words, so none are translated."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    position = {"tr": 0, "translate": 1}.get(name)
    if name == "translate" and not (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("QCoreApplication", "QApplication")
    ):
        return None  # QPainter.translate and friends move things, they do not translate
    if position is None or position >= len(call.args) or _literal(call.args[position]):
        return None
    return f"{name}() of {ast.unparse(call.args[position])}"


def misses(source: str) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if problem := _untranslatable(node):
            yield node.lineno, problem
        for position in _read_positions(node):
            if position < len(node.args) and (text := bare_text(node.args[position])):
                yield node.lineno, text
        for keyword in node.keywords:
            if keyword.arg in ("text", "title") and (text := bare_text(keyword.value)):
                yield node.lineno, text


def gui_sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.relative_to(GUI).parts)


def test_the_check_catches_untranslated_text() -> None:
    found = list(
        misses(
            "label.setText('Hello')\n"
            "QPushButton(f'Save {name}')\n"
            "QMessageBox.question(self, 'Bond', 'Sure?')\n"
            "box.addButton('&Keep', role)\n"
            "label.setText(self.tr('Hello'))\n"
            "label.setText(f'{n}/10')\n"
            "self.setWindowTitle('Bond')\n"
            "dot.setText('●')\n"
            "self.tr(text)\n"
            "self._save_path(self.tr('Back up'), 'bond.zip', 'Bond backup (*.zip)')\n"
            "self._save_path(self.tr('Export'), 'bond.json', 'JSON (*.json)')\n"
        )
    )
    assert [line for line, _ in found] == [1, 2, 3, 4, 9, 10]


@pytest.mark.parametrize("path", gui_sources(), ids=lambda p: str(p.relative_to(GUI)))
def test_user_visible_text_goes_through_tr(path: Path) -> None:
    found = [f"line {line}: {text!r}" for line, text in misses(path.read_text(encoding="utf-8"))]
    assert not found, f"{path.name}: text that bypasses tr():\n" + "\n".join(found)
