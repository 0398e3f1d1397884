"""Read-mostly tabs of a case: check results, decisions, money, documents, notes, deadlines, history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.cases.detail import CaseDetail
from ui import formatting
from ui.widgets.record_table import RecordTable

OUTCOMES = {"approve": "Bewilligung", "partial": "Teilbewilligung", "reject": "Ablehnung"}
DECISION_STATES = {"proposed": "vorgeschlagen", "confirmed": "bestätigt", "returned": "zurückgegeben"}


def boxed(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def button_row(*buttons: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return row


class CheckTab(QWidget):
    def __init__(self, on_rerun: Callable[[], None], on_override: Callable[[str], None]) -> None:
        super().__init__()
        self.table = RecordTable([self.tr("Ergebnis"), self.tr("Regel"), self.tr("Begründung"),
                                  self.tr("Übersteuert")], "rulesTable", stretch=2)
        self.rerun = QPushButton(self.tr("Prüfung erneut ausführen"), objectName="rerunCheck")
        self.override = QPushButton(self.tr("Regel übersteuern …"), objectName="overrideRule")
        self.rerun.clicked.connect(on_rerun)
        self.override.clicked.connect(lambda: on_override(self.table.current_value() or ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(button_row(self.rerun, self.override))

    def show_case(self, detail: CaseDetail, may_check: bool) -> None:
        rows, colours = [], []
        for r in detail.rules:
            verdict = self.tr("erfüllt") if r.passed else (self.tr("übersteuert") if r.override_justification
                                                          else self.tr("nicht erfüllt"))
            rows.append([("✓ " if r.passed else "✗ ") + verdict, r.label, r.message,
                         f"{r.overridden_by}: {r.override_justification}" if r.override_justification else ""])
            colours.append(None if r.passed else ("#8a5300" if r.override_justification else "#b3261e"))
        self.table.set_rows(rows, [r.rule for r in detail.rules], colours)
        in_check = detail.status == "eligibility_check" and may_check
        self.rerun.setEnabled(in_check)
        self.override.setEnabled(in_check and any(not r.passed and r.overridable for r in detail.rules))


class DecisionTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.table = RecordTable([self.tr("Ergebnis"), self.tr("Stand"), self.tr("Betrag"), self.tr("Begründung"),
                                  self.tr("Vorgeschlagen"), self.tr("Bestätigt"), self.tr("Bescheiddatum")],
                                 "decisionsTable", stretch=3, right=frozenset({2}))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_case(self, detail: CaseDetail) -> None:
        self.table.set_rows([[self.tr(OUTCOMES[d.outcome]), self.tr(DECISION_STATES[d.state]),
                              formatting.money(d.amount), d.reasons + (f"\n↩ {d.return_reason}" if d.return_reason
                                                                       else ""),
                              f"{d.proposed_by}, {formatting.timestamp(d.proposed_at)}", d.confirmed_by or "",
                              formatting.date(d.decision_date)] for d in detail.decisions])


class MoneyTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel(objectName="moneySummary")
        self.requests = RecordTable([self.tr("Abruf vom"), self.tr("Betrag"), self.tr("Stand")], "requestsTable",
                                    right=frozenset({1}))
        self.payments = RecordTable([self.tr("Ausgezahlt am"), self.tr("Betrag"), self.tr("zu verwenden bis"),
                                     self.tr("Buchungszeichen")], "paymentsTable", stretch=3, right=frozenset({1}))
        self.proofs = RecordTable([self.tr("Eingang"), self.tr("zuwendungsfähige Ist-Ausgaben"),
                                   self.tr("Sachbericht")], "proofsTable", stretch=2)
        self.clawbacks = RecordTable([self.tr("Bescheid"), self.tr("Rückforderung"), self.tr("Zinsen"),
                                      self.tr("fällig"), self.tr("zurückgezahlt"), self.tr("offen")],
                                     "clawbacksTable", right=frozenset({1, 2, 4, 5}))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        top = QHBoxLayout()
        top.addWidget(boxed(self.tr("Mittelabrufe"), self.requests), 1)
        top.addWidget(boxed(self.tr("Auszahlungen"), self.payments), 2)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        bottom.addWidget(boxed(self.tr("Verwendungsnachweis"), self.proofs), 2)
        bottom.addWidget(boxed(self.tr("Rückforderung"), self.clawbacks), 1)
        layout.addLayout(bottom)

    def show_case(self, detail: CaseDetail) -> None:
        self.summary.setText(self.tr("Bewilligt {approved} · ausgezahlt {paid} · endgültig {final}").format(
            approved=formatting.money(detail.approved), paid=formatting.money(detail.paid),
            final=formatting.money(detail.final)))
        self.requests.set_rows([[formatting.date(r.requested_on), formatting.money(r.amount), r.state]
                                for r in detail.requests])
        self.payments.set_rows([[formatting.date(p.paid_on), formatting.money(p.amount), formatting.date(p.use_by),
                                 p.reference or ""] for p in detail.payments])
        self.proofs.set_rows([[formatting.date(p.received_on), formatting.money(p.actual_eligible_costs),
                               p.report_text or ""] for p in detail.proofs])
        self.clawbacks.set_rows([[formatting.date(c.decided_on), formatting.money(c.amount),
                                  self.tr("erlassen") if c.interest_waived else formatting.money(c.interest),
                                  formatting.date(c.due_on), formatting.money(c.repaid_amount),
                                  formatting.money(c.outstanding)]
                                 for c in detail.clawbacks])
