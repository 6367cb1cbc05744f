"""A saved answer in plain words, for reveals, history and the PDF summary (one rule for all)."""

from __future__ import annotations

from typing import Any


def describe(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    if "text" in value:
        return str(value["text"]).strip()
    if "value" in value:
        return f"{value['value']}/10"
    if "choice" in value:
        return str(value["choice"])
    for key in ("choices", "words", "checked"):
        if key in value:
            return ", ".join(str(v) for v in value[key])
    return ", ".join(f"{k}: {v}" for k, v in value.items() if v)
