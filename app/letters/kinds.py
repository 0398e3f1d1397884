"""The kinds of letters the office sends, and the text blocks templates may include."""

from __future__ import annotations

from enum import StrEnum

from app.kernel.errors import ValidationError
from app.kernel.i18n import _


class LetterKind(StrEnum):
    receipt = "receipt"
    documents_request = "documents_request"
    hearing = "hearing"
    approval = "approval"
    partial_approval = "partial_approval"
    rejection = "rejection"
    payment_notice = "payment_notice"
    clawback = "clawback"
    reminder = "reminder"  # Mahnung after the due date of a clawback


KIND_LABELS: dict[LetterKind, str] = {
    LetterKind.receipt: _("Eingangsbestätigung"),
    LetterKind.documents_request: _("Nachforderung von Unterlagen"),
    LetterKind.hearing: _("Anhörung"),
    LetterKind.approval: _("Zuwendungsbescheid"),
    LetterKind.partial_approval: _("Zuwendungsbescheid (Teilbewilligung)"),
    LetterKind.rejection: _("Ablehnungsbescheid"),
    LetterKind.payment_notice: _("Auszahlungsmitteilung"),
    LetterKind.clawback: _("Rückforderungsbescheid"),
    LetterKind.reminder: _("Mahnung"),
}

# Administrative acts (Verwaltungsakte) carry a Rechtsbehelfsbelehrung; the default templates include it.
DECISIONS = frozenset({LetterKind.approval, LetterKind.partial_approval, LetterKind.rejection,
                       LetterKind.clawback})

# Letters asking for money back carry a GiroCode (EPC QR code) with the office's account.
WITH_GIROCODE = frozenset({LetterKind.clawback, LetterKind.reminder})
GIROCODE_BLOCK = "girocode"
"""A paragraph of only `{girocode}` places the GiroCode; without it the code follows the body."""

REMEDY_BLOCK = "rechtsbehelfsbelehrung"
"""Template kind of the Rechtsbehelfsbelehrung, a text block included by `{rechtsbehelfsbelehrung}`."""

BLOCK_LABELS: dict[str, str] = {REMEDY_BLOCK: _("Rechtsbehelfsbelehrung (Textbaustein)")}


def parse_kind(value: str | LetterKind) -> LetterKind:
    try:
        return LetterKind(value)
    except ValueError:
        raise ValidationError(_("Unbekannte Art des Schreibens »{value}«; möglich: {kinds}.").format(
            value=value, kinds=", ".join(kind.value for kind in LetterKind)), "kind") from None


def template_label(kind: str) -> str:
    """German name of a template kind (letter or text block)."""
    if kind in BLOCK_LABELS:
        return BLOCK_LABELS[kind]
    return KIND_LABELS[LetterKind(kind)]


TEMPLATE_KINDS: tuple[str, ...] = (*(kind.value for kind in LetterKind), REMEDY_BLOCK)
