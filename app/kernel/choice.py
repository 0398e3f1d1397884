"""One entry of a choice list in a form: the stored value and the label a user reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
