"""How a standing document's state looks in every list of them (file view, merge dialog, start page), and the height
of the two-line rows those lists and the applicant search share."""

from __future__ import annotations

STATE_COLOURS = {"abgelaufen": "#b3261e", "läuft ab": "#8a5300", "gültig": "#1f6b35", "unbefristet": "#44505e"}
TWO_LINE_ROW_HEIGHT = 42


def state_colour(state: str) -> str | None:
    """The text colour of a state ("abgelaufen", "läuft ab", "gültig", "unbefristet"); the word says it too."""
    return STATE_COLOURS.get(state)
