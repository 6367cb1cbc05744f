"""The one place that knows where Bond's bundled resources live.

An installed wheel carries them inside the package (``bond/_resources``); a source checkout or an
editable install reads the repository's ``resources/`` folder. Nothing else looks at ``__file__``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder holding styles, content, translations and icons."""
    here = Path(__file__).resolve().parent
    bundled = here / "_resources"
    if bundled.is_dir():
        return bundled
    source = here.parents[1] / "resources"
    if source.is_dir():
        return source
    raise FileNotFoundError(
        f"Bond's resources folder is missing (looked in {bundled} and {source})"
    )


def content_dir() -> Path:
    return resources_dir() / "content"


def styles_dir() -> Path:
    return resources_dir() / "styles"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"
