"""The order in which money received on a claim settles its costs, interest and principal.

A payment that does not cover everything owed is applied part by part in a fixed order. The default is
§ 367 Abs. 1 BGB (applied to public-law refund claims by analogy): first the costs, then the interest, then the
principal (Hauptforderung). Some cash rules put the principal first, so the order is a setting
(`settlement_order`, declared in `app.kernel.settings`): an administrator names the three parts in the order
wanted. The setting stores the codes; German (and English) names are accepted when it is entered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from app.kernel.errors import ValidationError
from app.kernel.i18n import _, source_text
from app.kernel.money import ZERO

COSTS, INTEREST, PRINCIPAL = "costs", "interest", "principal"
PARTS = (COSTS, INTEREST, PRINCIPAL)
DEFAULT_ORDER: tuple[str, ...] = (COSTS, INTEREST, PRINCIPAL)  # § 367 Abs. 1 BGB
"""Costs, then interest, then principal."""


def part_label(part: str) -> str:
    """German name of a part ("Kosten", "Zinsen", "Hauptforderung")."""
    return {COSTS: _("Kosten"), INTEREST: _("Zinsen"), PRINCIPAL: _("Hauptforderung")}[part]


def order_text(order: Sequence[str]) -> str:
    """The order as the administrator reads it: "Kosten, Zinsen, Hauptforderung"."""
    return ", ".join(part_label(part) for part in order)


def _names() -> dict[str, str]:
    """Every accepted spelling (lower case) → code: the code, the shown name and its German source."""
    names = {}
    for part in PARTS:
        label = part_label(part)
        for name in (part, label, source_text(label)):
            names[name.casefold()] = part
    names["hauptleistung"] = PRINCIPAL  # the word of § 367 BGB
    return names


def _words(value: object) -> list[str]:
    if isinstance(value, str):
        text = value
        for separator in (";", ">", "→", "/"):
            text = text.replace(separator, ",")
        return [w.strip() for w in text.split(",") if w.strip()]
    if isinstance(value, list | tuple):
        return [str(w).strip() for w in value if str(w).strip()]
    return []


def parse_order(value: object) -> list[str]:
    """The order from "Kosten, Zinsen, Hauptforderung" or a list of names; each part exactly once."""
    names = _names()
    words = _words(value)
    order = [names.get(word.casefold()) for word in words]
    if len(words) != len(PARTS) or None in order or len(set(order)) != len(PARTS):
        raise ValidationError(
            _("Bitte die Reihenfolge der Tilgung mit allen drei Teilen je einmal angeben, z. B. „{example}“.").format(
                example=order_text(DEFAULT_ORDER)), "settlement_order")
    return [part for part in order if part is not None]


def allocate(amount: Decimal, owed: Mapping[str, Decimal], order: Sequence[str]) -> dict[str, Decimal]:
    """How `amount` settles the open parts in `order`: each part gets at most what is owed on it.

    What is left after every part is settled is returned under no key: the caller compares the sum.
    """
    left = amount
    applied = {}
    for part in order:
        share = min(left, max(owed.get(part, ZERO), ZERO))
        applied[part] = share
        left -= share
    return applied
