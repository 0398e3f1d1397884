"""Documents, notes, deadlines and history of a case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.cases.action_labels import action_label
from app.cases.audit_trail import AuditRow
from app.cases.detail import CaseDetail
from app.kernel import clock
from ui import formatting
from ui.case_detail.record_tabs import boxed, button_row
from ui.widgets.record_table import RecordTable
from ui.widgets.text_area import TextArea

DEADLINE_KINDS = {"documents": "Nachforderung", "hearing": "Anhörung", "proof_of_use": "Verwendungsnachweis",
                  "objection": "Widerspruchsfrist", "retention": "Aufbewahrung", "payment_use": "Mittelverwendung",
                  "follow_up": "Wiedervorlage"}


class DocumentsTab(QWidget):
    def __init__(self, on_record: Callable[[], None]) -> None:
        super().__init__()
        self.table = RecordTable([self.tr("Eingang"), self.tr("Unterlage"), self.tr("Bemerkung")], "documentsTable",
                                 stretch=2)
        self.record = QPushButton(self.tr("Unterlage erfassen …"), objectName="recordDocument")
        self.record.clicked.connect(on_record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(button_row(self.record))

    def show_case(self, detail: CaseDetail, may_edit: bool) -> None:
        self.table.set_rows([[formatting.date(d.day), d.title, d.text or ""] for d in detail.documents])
        self.record.setEnabled(may_edit)


class NotesTab(QWidget):
    def __init__(self, on_add: Callable[[str], None]) -> None:
        super().__init__()
        self.table = RecordTable([self.tr("Zeitpunkt"), self.tr("Von"), self.tr("Notiz")], "notesTable", stretch=2)
        self.text = TextArea(objectName="noteEdit", placeholderText=self.tr("Neue Notiz …"))
        self.text.setFixedHeight(60)
        self.add = QPushButton(self.tr("Notiz speichern"), objectName="addNote")
        self.add.clicked.connect(lambda: on_add(self.text.toPlainText()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.text)
        layout.addWidget(button_row(self.add))

    def show_case(self, detail: CaseDetail, may_edit: bool) -> None:
        self.table.set_rows([[formatting.timestamp(n.day), n.title, n.text or ""]  # type: ignore[arg-type]
                             for n in reversed(detail.notes)])
        self.add.setEnabled(may_edit)
        self.text.setEnabled(may_edit)


class DeadlinesTab(QWidget):
    def __init__(self, on_done: Callable[[int, int], None], on_postpone: Callable[[int, int], None]) -> None:
        super().__init__()
        self.table = RecordTable([self.tr("Fällig"), self.tr("Art"), self.tr("Betreff"), self.tr("Stand")],
                                 "deadlinesTable", stretch=2)
        self.done = QPushButton(self.tr("Erledigt"), objectName="deadlineDone")
        self.postpone = QPushButton(self.tr("Verschieben …"), objectName="deadlinePostpone")
        self.done.clicked.connect(lambda: self._with_current(on_done))
        self.postpone.clicked.connect(lambda: self._with_current(on_postpone))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(button_row(self.done, self.postpone))

    def _with_current(self, action: Callable[[int, int], None]) -> None:
        value = self.table.current_value()
        if value is not None:
            action(*value)

    def show_case(self, detail: CaseDetail, may_edit: bool) -> None:
        today = clock.today()
        rows, values, colours = [], [], []
        for d in sorted(detail.deadlines, key=lambda d: (d.done, d.due_on)):
            overdue = not d.done and d.due_on < today and d.kind != "objection"
            state = self.tr("erledigt") if d.done else (self.tr("überfällig") if overdue else self.tr("offen"))
            rows.append([formatting.date(d.due_on), self.tr(DEADLINE_KINDS.get(d.kind, d.kind)), d.title, state])
            values.append(None if d.done else (d.id, d.version))
            colours.append("#b3261e" if overdue else ("#7b8794" if d.done else None))
        self.table.set_rows(rows, values, colours)
        self.done.setEnabled(may_edit)
        self.postpone.setEnabled(may_edit)


class HistoryTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.history = RecordTable([self.tr("Zeitpunkt"), self.tr("Benutzer"), self.tr("Aktion"), self.tr("von"),
                                    self.tr("nach"), self.tr("Begründung")], "historyTable", stretch=5)
        # the trail as sentences ("Anna Schmidt hat den Betrag … geändert"), rendered by app.cases.audit_sentences
        self.audit = RecordTable([self.tr("Zeitpunkt"), self.tr("Änderung"), self.tr("Grund")], "auditTable",
                                 stretch=1)
        layout = QVBoxLayout(self)
        layout.addWidget(boxed(self.tr("Statusverlauf"), self.history), 1)
        layout.addWidget(boxed(self.tr("Protokoll (alle Änderungen)"), self.audit), 2)

    def show_case(self, detail: CaseDetail) -> None:
        self.history.set_rows([[formatting.timestamp(h.at), h.user_display or h.user, action_label(h.action),
                                formatting.status(h.from_status) if h.from_status else "–",
                                formatting.status(h.to_status), h.reason or ""] for h in reversed(detail.history)])

    def show_audit(self, rows: list[AuditRow]) -> None:
        self.audit.set_rows([[formatting.timestamp(r.at), r.sentence, r.reason or ""] for r in reversed(rows)])
