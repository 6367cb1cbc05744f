"""Question banks as data (the loader and its checks are in :mod:`bond.content.banks`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Prompt:
    """One question. Its id is stable, so a corrected or translated question keeps its history."""

    id: str
    text: str


@dataclass(frozen=True)
class QuestionBank:
    """A large pool of open questions, drawn so a habit does not repeat one for a long time."""

    id: str
    title: str
    prompts: tuple[Prompt, ...]
    sources: tuple[str, ...]

    @property
    def questions(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.prompts)

    def prompt_id(self, text_or_id: str) -> str | None:
        """The id of a prompt named by its id or by its text (what older vaults remembered)."""
        for prompt in self.prompts:
            if text_or_id in (prompt.id, prompt.text):
                return prompt.id
        return None
