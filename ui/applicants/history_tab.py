"""Tab "Verlauf": every application of the organisation with status and money; below, what happened in them
(decisions, payments, proofs of use, hearings, objections, clawbacks) with what is still open or overdue."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.applicants.file import CaseLine
from app.applicants.history import OPEN, OVERDUE, HistoryEvent, attention
from app.applicants.reader import ApplicantView
from ui import formatting
from ui.applicants.rows_model import Column, RowsModel, table_view
from ui.case_detail.record_tabs import boxed
from ui.style import STATUS_COLOURS

ATTENTION_COLOURS = {OVERDUE: "#b3261e", OPEN: "#8a5300"}  # the state is always written out as well


def _period(case: CaseLine) -> str:
    """"01.03.–31.12.2026" within one year, else both dates in full."""
    if case.start is None and case.end is None:
        return "–"
    if case.start is not None and case.end is not None and case.start.year == case.end.year:
        return f"{case.start:%d.%m.}–{formatting.date(case.end)}"
    return f"{formatting.date(case.start)} – {formatting.date(case.end)}"


def _attention_colour(event: HistoryEvent) -> str | None:
    state = attention(event)
    return ATTENTION_COLOURS[state] if state else None


def _urgency(event: HistoryEvent) -> int:
    """What still needs action comes first: overdue, then open, then the rest of the history."""
    return {OVERDUE: 0, OPEN: 1}.get(attention(event) or "", 2)


class HistoryTab(QWidget):
    case_chosen = Signal(str)  # file number of a double-clicked case

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases = RowsModel([
            Column(self.tr("Aktenzeichen"), lambda c: c.file_number),  # programme and fiscal year are part of it
            Column(self.tr("Vorhaben"), lambda c: c.title),
            Column(self.tr("Status"), lambda c: formatting.status(c.status),
                   colour=lambda c: STATUS_COLOURS.get(c.status, ("", None))[1]),
            Column(self.tr("Beantragt"), lambda c: formatting.money(c.requested), right=True),
            Column(self.tr("Bewilligt"), lambda c: formatting.money(c.approved), right=True),
            Column(self.tr("Ausgezahlt"), lambda c: formatting.money(c.paid), right=True),
            Column(self.tr("Zeitraum"), _period),
        ], self)
        self.case_view = table_view(self.cases, "applicantCases", stretch=1)
        self.case_view.doubleClicked.connect(self._open_case)
        self.case_view.setToolTip(self.tr("Doppelklick öffnet den Vorgang im Hauptfenster."))
        self.totals = QLabel(objectName="applicantTotals", wordWrap=True)
        self.events = RowsModel([Column(self.tr("Datum"), lambda e: formatting.date(e.day), right=True),
                                 Column(self.tr("Aktenzeichen"), lambda e: e.file_number),
                                 Column(self.tr("Ereignis"), lambda e: e.text),
                                 Column(self.tr("Stand"), lambda e: e.state or "–", colour=_attention_colour)], self)
        self.event_view = table_view(self.events, "applicantEvents", stretch=2)
        self.event_view.doubleClicked.connect(self._open_event_case)
        self.event_view.setToolTip(self.tr("Doppelklick öffnet den Vorgang im Hauptfenster."))
        self.attention = QLabel(objectName="applicantAttention", wordWrap=True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(boxed(self.tr("Anträge"), self.case_view, self.totals))
        # a short title: a group box is never narrower than its title (the Trägerakte on a laptop at 125 %)
        events = boxed(self.tr("Ereignisse – Überfälliges und Offenes zuerst"), self.event_view, self.attention)
        events.setToolTip(self.tr("Entscheidungen, Zahlungen, Nachweise, Anhörungen, Widersprüche und Rückforderungen "
                                  "aller Anträge"))
        splitter.addWidget(events)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_view(self, view: ApplicantView) -> None:
        cases = view.file.cases
        self.cases.set_rows(cases)
        self.events.set_rows(sorted(view.events, key=_urgency))  # stable: newest first within each group
        overdue = sum(1 for e in view.events if attention(e) == OVERDUE)
        still_open = sum(1 for e in view.events if attention(e) == OPEN)
        self.attention.setText(self.tr("{overdue} überfällig · {open} offen").format(overdue=overdue, open=still_open)
                               if overdue or still_open else self.tr("Nichts offen."))
        requested = sum((c.requested for c in cases), Decimal(0))
        approved = sum((c.approved or Decimal(0) for c in cases), Decimal(0))
        paid = sum((c.paid for c in cases), Decimal(0))
        self.totals.setText(self.tr("{n} Anträge · beantragt {requested} · bewilligt {approved} · ausgezahlt "
                                    "{paid}").format(n=len(cases), requested=formatting.money(requested),
                                                     approved=formatting.money(approved),
                                                     paid=formatting.money(paid)))

    def _open_case(self, index: QModelIndex) -> None:
        case = self.cases.row_at(index)
        if case is not None:
            self.case_chosen.emit(case.file_number)

    def _open_event_case(self, index: QModelIndex) -> None:
        event = self.events.row_at(index)
        if event is not None:
            self.case_chosen.emit(event.file_number)
