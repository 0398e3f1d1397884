"""Social-plan review of a case: goals and measures it serves, a justified exception, the scoring sheet.

Editable only in the state "Sozialplanabgleich"; "Abgleich speichern" calls `align_case` with the version
the user saw. The weighted score is recomputed as points change, with the same arithmetic as the service.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.cases.alignment import align_case
from app.cases.detail import CaseDetail
from app.kernel.errors import FoerderDeskError
from app.social_plan.alignment import AlignmentSheet, ScoreLine
from app.social_plan.reader import SocialPlanReader
from app.social_plan.scoring import MAX_POINTS, format_weight, weighted_score
from ui.context import UiContext
from ui.errors import show_message
from ui.operations import Operation
from ui.widgets.limits import bound
from ui.widgets.text_area import TextArea

NOT_SCORED = -1
IdRole = Qt.ItemDataRole.UserRole


class GoalTree(QTreeWidget):
    """Goals grouped by life phase, each with its measures; at most one measure per goal."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="goalTree")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.itemChanged.connect(self._changed)
        self._updating = False

    def show_goals(self, sheet: AlignmentSheet) -> None:
        self._updating = True
        self.clear()
        chosen = {a.goal_id: a.measure_id for a in sheet.aligned}
        phases: dict[str | None, QTreeWidgetItem] = {}
        for goal in sheet.goals:
            phase = phases.get(goal.life_phase)
            if phase is None:
                phase = QTreeWidgetItem([goal.life_phase or self.tr("Übergreifend (ohne Lebensphase)")])
                font = phase.font(0)
                font.setBold(True)
                phase.setFont(0, font)
                phase.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addTopLevelItem(phase)
                phases[goal.life_phase] = phase
            item = self._checkable(phase, f"{goal.code}  {goal.title}", goal.id, goal.id in chosen)
            item.setToolTip(0, goal.field_of_action or "")
            for measure in goal.measures:
                text = f"{measure.code}  {measure.title}" + ("" if measure.in_catalogue else self.tr(" (nicht im "
                                                                                                     "Katalog)"))
                child = self._checkable(item, text, measure.id, chosen.get(goal.id) == measure.id)
                child.setToolTip(0, measure.target_indicator or "")
        self.expandAll()
        self._updating = False

    @staticmethod
    def _checkable(parent: QTreeWidgetItem, text: str, value: int, checked: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, IdRole, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    @staticmethod
    def sub_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]

    def goal_items(self) -> list[QTreeWidgetItem]:
        phases = [p for i in range(self.topLevelItemCount()) if (p := self.topLevelItem(i)) is not None]
        return [goal for phase in phases for goal in self.sub_items(phase)]

    def item_for(self, code: str) -> QTreeWidgetItem | None:
        """The goal or measure item whose text starts with `code` (e.g. "K1" or "K1.1")."""
        for goal in self.goal_items():
            for item in (goal, *self.sub_items(goal)):
                if item.text(0).split()[0] == code:
                    return item
        return None

    def chosen(self) -> list[tuple[int, int | None]]:
        result = []
        for goal in self.goal_items():
            if goal.checkState(0) == Qt.CheckState.Checked:
                measure = next((m.data(0, IdRole) for m in self.sub_items(goal)
                                if m.checkState(0) == Qt.CheckState.Checked), None)
                result.append((int(goal.data(0, IdRole)), measure))
        return result

    def _changed(self, item: QTreeWidgetItem, _column: int) -> None:
        """A measure ticks its goal and unticks its sibling measures; unticking a goal unticks its measures."""
        if self._updating:
            return
        self._updating = True
        checked = item.checkState(0) == Qt.CheckState.Checked
        parent = item.parent()
        if parent is not None and parent.parent() is not None:  # a measure
            if checked:
                parent.setCheckState(0, Qt.CheckState.Checked)
                for sibling in self.sub_items(parent):
                    if sibling is not item:
                        sibling.setCheckState(0, Qt.CheckState.Unchecked)
        elif not checked:
            for measure in self.sub_items(item):
                measure.setCheckState(0, Qt.CheckState.Unchecked)
        self._updating = False
        self.edited.emit()


class ScoreSheet(QGroupBox):
    """One row per criterion: name, weight, points 0–5 (– = not yet scored), comment; the live score below."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Bewertungsbogen (0–5 Punkte je Kriterium)"))
        self.grid = QGridLayout()
        self.score = QLabel(objectName="liveScore")
        self.score.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.score)
        layout.addStretch(1)
        self.lines: list[ScoreLine] = []
        self.points: dict[str, QSpinBox] = {}
        self.comments: dict[str, QLineEdit] = {}

    def show_lines(self, lines: tuple[ScoreLine, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lines, self.points, self.comments = list(lines), {}, {}
        for column, title in enumerate((self.tr("Kriterium"), self.tr("Gewicht"), self.tr("Punkte"),
                                        self.tr("Kommentar"))):
            self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for row, line in enumerate(lines, start=1):
            spin = QSpinBox(objectName=f"points-{line.code}")
            spin.setRange(NOT_SCORED, MAX_POINTS)
            spin.setSpecialValueText("–")
            spin.setValue(NOT_SCORED if line.points is None else line.points)
            spin.valueChanged.connect(self._changed)
            comment = bound(QLineEdit(line.comment or "", objectName=f"comment-{line.code}"), "Score.comment")
            comment.textEdited.connect(lambda _t: self.edited.emit())
            self.grid.addWidget(QLabel(line.name), row, 0)
            self.grid.addWidget(QLabel(f"× {format_weight(line.weight)}"), row, 1)
            self.grid.addWidget(spin, row, 2)
            self.grid.addWidget(comment, row, 3)
            self.points[line.code], self.comments[line.code] = spin, comment
        self.grid.setColumnStretch(3, 1)
        self._show_score()

    def _changed(self) -> None:
        self._show_score()
        self.edited.emit()

    def _show_score(self) -> None:
        values = {code: spin.value() for code, spin in self.points.items()}
        if not self.lines:
            self.score.setText(self.tr("Für dieses Programm sind keine Kriterien festgelegt."))
            return
        if any(v == NOT_SCORED for v in values.values()):
            open_count = sum(1 for v in values.values() if v == NOT_SCORED)
            self.score.setText(self.tr("Gewichtete Bewertung: noch {count} Kriterien offen").format(count=open_count))
            return
        result = weighted_score((line.weight, values[line.code]) for line in self.lines)
        self.score.setText(self.tr("<b>Gewichtete Bewertung: {score}</b> ({achieved} von {possible} gewichteten "
                                   "Punkten)").format(score=result.text, achieved=format_weight(result.achieved),
                                                      possible=format_weight(result.possible)))

    def values(self) -> dict[str, tuple[int, str | None]]:
        """Points and comment per criterion code; a criterion still at "–" is left out (the service names it)."""
        return {code: (spin.value(), self.comments[code].text().strip() or None)
                for code, spin in self.points.items() if spin.value() != NOT_SCORED}


class SocialPlanTab(QWidget):
    saved = Signal(str)  # file number, after the alignment was stored

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reader = SocialPlanReader(context.database, context.actor.username)
        self.sheet: AlignmentSheet | None = None
        self.wanted: tuple[str, int] | None = None  # file number and version of the case shown
        self.info = QLabel(objectName="alignmentInfo")
        self.info.setWordWrap(True)
        self.tree = GoalTree()
        self.justification = TextArea(objectName="alignmentJustification")
        self.justification.setPlaceholderText(self.tr("Begründung, wenn das Vorhaben keiner Maßnahme des Katalogs "
                                                      "entspricht (Ausnahme im Einzelfall)"))
        self.justification.setFixedHeight(64)
        self.scores = ScoreSheet()
        self.save_button = QPushButton(self.tr("Abgleich speichern"), objectName="saveAlignment")
        self.save_button.clicked.connect(self.save)
        self.tree.edited.connect(self._edited)
        self.scores.edited.connect(self._edited)
        self.justification.textChanged.connect(self._edited)
        self._layout()

    def _layout(self) -> None:
        goals = QGroupBox(self.tr("Ziele und Maßnahmen des Sozialplans"))
        left = QVBoxLayout(goals)
        left.addWidget(self.tree, 1)
        left.addWidget(QLabel(self.tr("Ausnahme außerhalb des Maßnahmenkatalogs:")))
        left.addWidget(self.justification)
        columns = QHBoxLayout()
        columns.addWidget(goals, 1)
        columns.addWidget(self.scores, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

    def show_case(self, detail: CaseDetail) -> None:
        """Note the shown case; its alignment is loaded (in a worker) only while this tab is visible."""
        self.wanted = (detail.file_number, detail.version)
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Load the sheet when the tab is opened, if the case changed since the last load."""
        super().showEvent(event)
        self._load()

    def _load(self) -> None:
        if self.wanted is None or (self.sheet is not None and (self.sheet.file_number, self.sheet.version) ==
                                   self.wanted):
            return
        reader, file_number = self.reader, self.wanted[0]
        Operation(self, self.context, lambda: reader.alignment(file_number)).success(self.show_sheet).run()

    def show_sheet(self, sheet: AlignmentSheet) -> None:
        if not isValid(self) or self.wanted is None or sheet.file_number != self.wanted[0]:
            return  # the tab is gone, or another case was opened meanwhile
        self.sheet = sheet
        editable = sheet.in_review and self.context.may("case.edit")
        self.tree.show_goals(sheet)
        self.scores.show_lines(sheet.criteria)
        self.justification.blockSignals(True)
        self.justification.setPlainText(sheet.justification or "")
        self.justification.blockSignals(False)
        for widget in (self.tree, self.justification, self.scores):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.save_button.setEnabled(False)
        plan = sheet.plan_name or self.tr("kein Sozialplan für das Haushaltsjahr hinterlegt")
        state = self.tr("Bitte Ziele ankreuzen und bewerten.") if editable else self.tr(
            "Änderbar nur im Status »Sozialplanabgleich«.")
        self.info.setText(self.tr("{plan} · Programm {programme} · {state}").format(
            plan=plan, programme=sheet.programme_code, state=state))

    def _edited(self) -> None:
        self.save_button.setEnabled(self.sheet is not None and self.sheet.in_review)

    def save(self) -> None:
        if self.sheet is None:
            return
        uow, file_number, version = self.context.uow(), self.sheet.file_number, self.sheet.version
        goals, scores = self.tree.chosen(), self.scores.values()
        justification = self.justification.toPlainText()
        self.save_button.setEnabled(False)
        Operation(self, self.context, lambda: align_case(
            uow, file_number, goals, scores, justification, expected_version=version)) \
            .success(lambda _result: self.saved.emit(file_number)).failure(self._failed).run()

    def _failed(self, error: FoerderDeskError) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        show_message(self, error, self.tr("Sozialplanabgleich"))
