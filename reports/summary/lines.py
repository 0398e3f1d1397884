"""The rows of the one-page summary, shared by the sheet and the PDF so both say exactly the same."""

from __future__ import annotations

from decimal import Decimal

from reports.i18n import _
from reports.summary.model import ProgrammeYear, SummaryGroup

GROUP_HEADERS = (_("Anträge"), _("beantragt"), _("bewilligte Vorhaben"), _("bewilligt"), _("ausgezahlt"),
                 _("offen"))

KeyFigure = tuple[str, Decimal | int | None, str]
"""(label, value, kind: "amount" or "count")."""


def key_figures(block: ProgrammeYear) -> list[KeyFigure]:
    return [
        (_("Haushaltsansatz"), block.allocation, "amount"),
        (_("bewilligt (gebunden)"), block.approved, "amount"),
        (_("verfügbar"), block.available, "amount"),
        (_("ausgezahlt"), block.paid, "amount"),
        (_("offen (bewilligt, noch nicht ausgezahlt)"), block.open, "amount"),
        (_("beantragt"), block.requested, "amount"),
        (_("Anträge"), block.applications, "count"),
        (_("bewilligte Vorhaben"), block.decided, "count"),
        (_("abgelehnt"), block.rejected, "count"),
        (_("noch nicht entschieden"), block.pending, "count"),
        (_("Ideen (gesondert, nicht beantragt)"), block.ideas, "count"),
        (_("zurückgezogen (gesondert)"), block.withdrawn, "count"),
    ]


def group_values(group: SummaryGroup) -> tuple[int, Decimal, int, Decimal, Decimal, Decimal]:
    return (group.applications, group.requested, group.decided, group.approved, group.paid, group.open)


def group_tables(block: ProgrammeYear) -> list[tuple[str, tuple[SummaryGroup, ...]]]:
    return [(_("Handlungsfeld"), block.by_field), (_("Gemeinde"), block.by_municipality)]
