"""The decision brief inside the supervisor's confirm dialog: what she confirms, without visiting four tabs.

Outcome, amount, funding rate, social-plan score and the budget left in a row of key figures; below them the
financing plan, the check results (formal and content rules) and the proposer's reason. The brief is read
off the GUI thread (`app.cases.decision_brief`); "Als PDF …" writes the printable one-page brief.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cases.decision_brief import DecisionBrief, key_figures, read_decision_brief
from app.kernel.errors import FoerderDeskError
from ui import formatting
from ui.context import UiContext
from ui.errors import show_message
from ui.operations import Operation
from ui.widgets.file_choice import Files, with_suffix

FAILED_COLOUR = "#a4262c"


def _label(name: str, text: str = "", bold: bool = False) -> QLabel:
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        label.setStyleSheet("font-weight: bold; font-size: 11pt;")
    return label


class DecisionBriefPanel(QFrame):
    loaded = Signal(object)  # the DecisionBrief, or the error that kept it from loading

    def __init__(self, context: UiContext, file_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.file_number = context, file_number
        self.brief: DecisionBrief | None = None
        self.setObjectName("decisionBrief")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figures = QGridLayout()
        self.values: dict[str, QLabel] = {}
        self.plan = _label("briefPlan")
        self.checks = _label("briefChecks")
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.reason = _label("briefReason")
        self.status = _label("briefStatus", self.tr("Entscheidungsvorlage wird geladen …"))
        self.pdf_button = QPushButton(self.tr("Vorlage als PDF …"), objectName="briefPdf")
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(lambda _checked=False: self.save_pdf())
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Entscheidungsvorlage</b>")))
        head.addStretch(1)
        head.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addLayout(self.figures)
        for title, widget in ((self.tr("Finanzierungsplan"), self.plan), (self.tr("Prüfergebnisse"), self.checks),
                              (self.tr("Begründung der Sachbearbeitung"), self.reason)):
            layout.addWidget(QLabel(f"<b>{title}</b>"))
            layout.addWidget(widget)

    def load(self) -> None:
        uow, file_number = self.context.uow(), self.file_number
        Operation(self, self.context, lambda: read_decision_brief(uow, file_number)).success(self._show) \
            .failure(self._failed).latest("brief").run()

    def _show(self, brief: DecisionBrief) -> None:
        self.brief = brief
        self.status.setVisible(False)
        for column, (label, value) in enumerate(key_figures(brief)):
            self.figures.addWidget(QLabel(label), 0, column)
            shown = _label(f"brief-{column}", value, bold=True)
            self.values[label] = shown
            self.figures.addWidget(shown, 1, column)
        self.plan.setText(" · ".join(f"{label} {formatting.money(amount)}" for label, amount in brief.plan_lines)
                          + " · " + brief.financing_type)
        self.checks.setText(self._checks_html(brief))
        text = brief.reasons or self.tr("(keine Begründung angegeben)")
        self.reason.setText(self.tr("{name}, {day}: {text}").format(
            name=brief.proposer, day=formatting.date(brief.proposed_at.date()), text=text))
        self.pdf_button.setEnabled(True)
        self._fit()
        self.loaded.emit(brief)

    def _fit(self) -> None:
        """The dialog opened before the brief was read: grow it to show all of it (never beyond the screen)."""
        window = self.window()
        for layout in (self.layout(), window.layout()):
            if layout is not None:
                layout.activate()
        wanted = window.sizeHint().expandedTo(window.size())
        screen = window.screen().availableGeometry() if window.screen() else None
        if screen is not None:
            wanted = wanted.boundedTo(screen.size())
        window.resize(wanted)

    def _checks_html(self, brief: DecisionBrief) -> str:
        from html import escape

        failed = [c for c in (*brief.formal_checks, *brief.content_checks) if not c.passed]
        total = len(brief.formal_checks) + len(brief.content_checks)
        lines = [escape(self.tr("{ok} von {total} Regeln erfüllt (formell {formal}, inhaltlich {content}).").format(
            ok=total - len(failed), total=total, formal=len(brief.formal_checks), content=len(brief.content_checks)))]
        for check in failed:
            colour = "" if check.overridden else f" style='color:{FAILED_COLOUR}'"
            lines.append(f"<span{colour}>{check.mark} {escape(check.label)}: {escape(check.detail)}</span>")
        return "<br/>".join(lines)

    def _failed(self, error: FoerderDeskError) -> None:
        self.status.setText(error.message)
        self.status.setVisible(True)
        self.loaded.emit(error)

    def save_pdf(self) -> None:
        chosen = Files.save_as(self, self.tr("Entscheidungsvorlage speichern"),
                               f"Entscheidungsvorlage_{self.file_number}.pdf", self.tr("PDF-Dokument (*.pdf)"))
        if chosen is None:
            return
        from app.cases.decision_brief_print import write_brief  # reportlab only when a brief is printed

        target, uow, file_number = with_suffix(chosen, ".pdf"), self.context.uow(), self.file_number
        Operation(self, self.context, lambda: write_brief(uow, file_number, target)).success(self._written) \
            .failure(lambda error: show_message(self, error)).run()

    def _written(self, path: Path) -> None:
        self.status.setText(self.tr("Entscheidungsvorlage geschrieben: {name}").format(name=path.name))
        self.status.setVisible(True)
