"""„Gremium“: several reviewers score a case in the social-plan review (`app.social_plan.reviews`).

Shows every reviewer's score (percentage, points per criterion, comment) and the summary the decision proposal
quotes (mean, spread min–max, standard deviation, number of reviewers). The signed-in reviewer enters or changes
only their own score; a reader sees the scores without the form. Refusals appear under the form.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.cases.detail import CaseDetail
from app.kernel.errors import FoerderDeskError
from app.kernel.uow import UnitOfWork
from app.social_plan.reviews import CaseReviews, ReviewLine, case_reviews, record_review, remove_review
from app.social_plan.scoring import MAX_POINTS, format_score
from ui.context import UiContext
from ui.operations import Operation
from ui.widgets.text_area import TextArea

NOT_SCORED = -1


class ReviewsTab(QWidget):
    saved = Signal(str)  # file number, after a score was stored or withdrawn

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsTab")
        self.context = context
        self.shown: CaseReviews | None = None
        self.wanted: tuple[str, int] | None = None
        self.loaded: tuple[str, int] | None = None
        self.info = QLabel(objectName="reviewsInfo", wordWrap=True)
        self.table = QTableWidget(objectName="reviewsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.summary = QLabel(objectName="reviewsSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.setMinimumHeight(110)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self._form())
        scroll = QScrollArea(objectName="reviewsScroll")  # a small screen scrolls instead of squeezing the form
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _form(self) -> QGroupBox:
        self.form = QGroupBox(self.tr("Ihre Bewertung (0–5 Punkte je Kriterium)"), objectName="ownReview")
        self.grid = QGridLayout()
        self.points: dict[str, QSpinBox] = {}
        self.comment = TextArea(objectName="reviewComment")
        self.comment.setPlaceholderText(self.tr("Kommentar zur Bewertung"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(60)
        self.save_button = QPushButton(self.tr("Bewertung speichern"), objectName="saveReview")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Bewertung zurückziehen"), objectName="removeReview")
        self.remove_button.clicked.connect(self.remove)
        self.error = QLabel(objectName="reviewError", wordWrap=True)
        self.error.setStyleSheet("color: #a4000f;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self.form)
        layout.addLayout(self.grid)
        layout.addWidget(self.comment)
        layout.addLayout(buttons)
        return self.form

    # -- loading ------------------------------------------------------------------------------
    def show_case(self, detail: CaseDetail) -> None:
        """Note the shown case; its scores are loaded only while this tab is visible."""
        self.wanted = (detail.file_number, detail.version)
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._load()

    def _load(self, force: bool = False) -> None:
        if self.wanted is None or (self.loaded == self.wanted and not force):
            return
        uow, file_number, wanted = self.context.uow(), self.wanted[0], self.wanted
        Operation(self, self.context, lambda: case_reviews(uow, file_number)) \
            .success(lambda shown: self.show_reviews(shown, wanted)).run()

    def show_reviews(self, shown: CaseReviews, wanted: tuple[str, int] | None = None) -> None:
        if not isValid(self) or self.wanted is None or shown.file_number != self.wanted[0]:
            return  # another case was opened meanwhile
        self.shown, self.loaded = shown, wanted or self.wanted
        self._show_table(shown)
        own = next((r for r in shown.reviews if r.reviewer == self.context.actor.username), None)
        self._show_form(shown, own)
        may = self.context.may("case.review")
        if not shown.enabled:
            state = self.tr("Die Bewertung durch mehrere Personen ist für dieses Programm ausgeschaltet "
                            "(Verwaltung → Programme oder Einstellungen).")
        elif not shown.open:
            state = self.tr("Bewerten lässt sich nur im Status »Sozialplanabgleich«.")
        elif not may:
            state = self.tr("Nur Sachbearbeitung und Sachgebietsleitung bewerten; Sie sehen die Bewertungen.")
        else:
            state = self.tr("Jede Person bewertet einmal; Ihre eigene Bewertung können Sie ändern.")
        self.info.setText(state)
        self.form.setVisible(shown.enabled and shown.open and may)
        self.remove_button.setEnabled(own is not None)
        self.error.clear()

    def _show_table(self, shown: CaseReviews) -> None:
        codes = [c.code for c in shown.criteria]
        self.table.clear()
        self.table.setColumnCount(3 + len(codes))
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Bewertung"),
                                              *(c.name for c in shown.criteria), self.tr("Kommentar")])
        self.table.setRowCount(len(shown.reviews))
        for row, review in enumerate(shown.reviews):
            cells = [review.display_name, format_score(review.percent),
                     *(str(review.points.get(code, "")) for code in codes), review.comment or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column < len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        summary = shown.summary
        if summary is None:
            self.summary.setText(self.tr("Noch keine Bewertung des Gremiums."))
            return
        comments = "".join(f"<br>· {escape(who)}: {escape(text)}" for who, text in summary.comments)
        self.summary.setText(self.tr("<b>Zusammenfassung für den Entscheidungsvorschlag:</b> {summary}").format(
            summary=escape(summary.text)) + comments)

    def _show_form(self, shown: CaseReviews, own: ReviewLine | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.points = {}
        for index, criterion in enumerate(shown.criteria):
            spin = QSpinBox(objectName=f"review-{criterion.code}")
            spin.setRange(NOT_SCORED, MAX_POINTS)
            spin.setSpecialValueText("–")
            spin.setValue(own.points.get(criterion.code, NOT_SCORED) if own else NOT_SCORED)
            spin.setMinimumWidth(60)
            label = QLabel(criterion.name)
            label.setBuddy(spin)
            row, column = divmod(index, 2)
            self.grid.addWidget(label, row, column * 2)
            self.grid.addWidget(spin, row, column * 2 + 1)
            self.points[criterion.code] = spin
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 1)
        self.comment.setPlainText(own.comment or "" if own else "")

    # -- writing ------------------------------------------------------------------------------
    def save(self) -> None:
        if self.shown is None:
            return
        scores = {code: spin.value() for code, spin in self.points.items() if spin.value() != NOT_SCORED}
        comment = self.comment.toPlainText()
        self._write(lambda uow, ref: record_review(uow, ref, scores, comment))

    def remove(self) -> None:
        if self.shown is not None:
            self._write(remove_review)

    def _write(self, call: Callable[[UnitOfWork, str], object]) -> None:
        if self.shown is None:
            return
        uow, file_number = self.context.uow(), self.shown.file_number
        self.save_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.error.clear()
        Operation(self, self.context, lambda: call(uow, file_number)) \
            .success(lambda _result: self._written(file_number)).failure(self._failed) \
            .notice_case(file_number).run()

    def _written(self, file_number: str) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        self.saved.emit(file_number)
        self._load(force=True)

    def _failed(self, error: FoerderDeskError) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        self.remove_button.setEnabled(True)
        self.error.setText(error.message)
