"""Qt widgets stay in bond.gui: the core packages must import without PySide6.QtWidgets.

And the layers point one way, gui -> services -> (domain, content, storage, security): the GUI
reaches storage and security only through services (app.py alone builds the keyring store and
the key prefetch it hands to them).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT

CORE = ["bond.domain", "bond.services", "bond.storage", "bond.security", "bond.content"]
GUI = ROOT / "src" / "bond" / "gui"
SECURITY_ALLOWED = {GUI / "app.py"}


def test_core_packages_do_not_import_qtwidgets() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m.startswith(('PySide6.QtWidgets', 'PySide6.QtGui')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_first_window_does_not_need_the_storage_stack() -> None:
    """Importing the GUI (main window and app) must not pull in SQLAlchemy or Alembic."""
    code = (
        "import sys\n"
        "import bond.gui.app, bond.gui.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _imported(source: str, package: str, filename: str) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in ``source``, a module of ``package``,
    read with ``ast`` (nothing is imported or run), at any depth: in functions and under
    ``TYPE_CHECKING`` too. ``from a import b`` yields ``a`` then ``a.b``, since ``b`` may be a
    module (``from bond import storage``); relative imports are made absolute; a string given
    to ``importlib.import_module`` or ``__import__`` counts too."""
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            if not node.level:
                module = node.module or ""
            else:
                module = f"{base}.{node.module}" if node.module else base
            yield node.lineno, module
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _layer_breaks(
    source: str, package: str, *, security_allowed: bool = False, filename: str = "<test>"
) -> dict[int, str]:
    """Line -> the storage (or, unless allowed, security) module a GUI module imports there."""
    bad: dict[int, str] = {}
    for line, module in _imported(source, package, filename):
        if _within(module, "bond.storage") or (
            _within(module, "bond.security") and not security_allowed
        ):
            bad.setdefault(line, module)
    return bad


@pytest.mark.parametrize(
    ("source", "package"),
    [
        ("import bond.storage", "bond.gui"),
        ("import bond.storage.models as m", "bond.gui"),
        ("from bond.storage.models import ProfileRow", "bond.gui"),
        ("from bond import storage", "bond.gui"),
        ("from bond import security", "bond.gui"),
        ("from ..storage import models", "bond.gui"),
        ("from ...security.keys import unwrap_key", "bond.gui.widgets"),
        ("from .. import security", "bond.gui"),
        ("def f():\n    from bond.security.secrets import SecretStoreError", "bond.gui"),
        ("if TYPE_CHECKING:\n    from bond.storage.models import Row", "bond.gui"),
        ("importlib.import_module('bond.storage.db')", "bond.gui"),
    ],
)
def test_the_layer_check_sees_every_form_of_import(source: str, package: str) -> None:
    assert _layer_breaks(source, package)


def test_the_layer_check_passes_services_and_lookalikes() -> None:
    source = (
        "import bond.services.restore\n"
        "from bond.services.backup_file import backup_key_from_keyring\n"
        "from bond import version\n"
        "from . import storage_view\n"  # bond.gui.storage_view, not bond.storage
        "from bond.storagex import y\n"
    )
    assert _layer_breaks(source, "bond.gui") == {}


def test_gui_reaches_storage_and_security_only_through_services() -> None:
    """Only bond/gui/app.py may import bond.security (the keyring store and key prefetch it
    hands to the services); no GUI module imports bond.storage."""
    modules = sorted(GUI.rglob("*.py"))
    assert GUI / "main_window.py" in modules  # the walk found the package
    bad = []
    for path in modules:
        dotted = ".".join(path.relative_to(ROOT / "src").with_suffix("").parts)
        package = dotted if path.name == "__init__.py" else dotted.rpartition(".")[0]
        breaks = _layer_breaks(
            path.read_text(encoding="utf-8"),
            package,
            security_allowed=path in SECURITY_ALLOWED,
            filename=str(path),
        )
        bad += [f"{path.relative_to(ROOT)}:{line} imports {m}" for line, m in breaks.items()]
    assert not bad, "the GUI must go through bond.services:\n" + "\n".join(sorted(bad))


def test_features_reach_the_shell_only_through_its_interface() -> None:
    """A feature imports neither the shell's module (nor the set that composes the features)
    nor another feature: it moves elsewhere by place, through ``features.base.Shell``."""
    features = GUI / "features"
    modules = sorted(p for p in features.glob("*.py") if p.name not in {"__init__.py", "base.py"})
    assert len(modules) >= 10  # the walk found them
    names = {f"bond.gui.features.{p.stem}" for p in modules}
    forbidden = {"bond.gui.main_window", "bond.gui.feature_set", "bond.gui.app"}
    bad = []
    for path in modules:
        own = f"bond.gui.features.{path.stem}"
        for line, module in _imported(path.read_text(encoding="utf-8"), "bond.gui.features", ""):
            others = (names - {own}) | forbidden
            if any(_within(module, other) for other in others):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert not bad, "features must not know each other or the shell:\n" + "\n".join(bad)


def test_the_feature_check_sees_a_cross_import() -> None:
    source = "def f():\n    from bond.gui.features.home import HomeFeature"
    found = [m for _line, m in _imported(source, "bond.gui.features", "")]
    assert "bond.gui.features.home" in found
    found = [m for _line, m in _imported("from . import exercises", "bond.gui.features", "")]
    assert "bond.gui.features.exercises" in found
