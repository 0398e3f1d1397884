"""Merging two records of the same organisation (administrators): both side by side, a reason, a confirmation.

The merge runs with the versions shown, so an edit of either record in the meantime is refused by the service;
the dialog then shows its message and reloads both sides for a fresh look.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.applicants.merge import MergeResult, merge_applicants
from app.applicants.reader import ApplicantReader, ApplicantView
from app.kernel.errors import ConcurrentEditError, FoerderDeskError
from ui import formatting
from ui.applicants.document_states import TWO_LINE_ROW_HEIGHT, state_colour
from ui.applicants.rows_model import Column, RowsModel, table_view
from ui.applicants.search import ApplicantSearch
from ui.case_detail.record_tabs import boxed
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.operations import Operation
from ui.widgets.text_area import TextArea

ROWS_SHOWN = 3  # search results per side; the cases and documents need the room


class MergeSide(QWidget):
    """One record: search to pick it, then what it holds (cases, documents) and the version that was shown."""

    loaded = Signal()

    def __init__(self, context: UiContext, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.reader = ApplicantReader(context.database, context.actor.username)
        self.view: ApplicantView | None = None
        self.search = ApplicantSearch(context, f"{name}Search")
        self.search.chosen.connect(self.load)
        self.search.view.setMaximumHeight(ROWS_SHOWN * TWO_LINE_ROW_HEIGHT + 4)
        self.summary = QLabel(self.tr("Noch nicht gewählt."), objectName="mergeSummary")
        self.summary.setWordWrap(True)
        self.cases = RowsModel([Column(self.tr("Aktenzeichen"), lambda c: c.file_number),
                                Column(self.tr("Status"), lambda c: formatting.status(c.status)),
                                Column(self.tr("Bewilligt"), lambda c: formatting.money(c.approved), right=True),
                                Column(self.tr("Vorhaben"), lambda c: c.title)], self)
        self.documents = RowsModel([
            Column(self.tr("Unterlage"), lambda d: d.type_name),
            Column(self.tr("Gültig bis"), lambda d: formatting.date(d.valid_until)),
            Column(self.tr("Stand"), lambda d: d.state, colour=lambda d: state_colour(d.state))], self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(self.search)
        layout.addWidget(self.summary)
        layout.addWidget(boxed(self.tr("Vorgänge"), table_view(self.cases, f"{name}Cases", stretch=3)), 2)
        layout.addWidget(boxed(self.tr("Unterlagen"), table_view(self.documents, f"{name}Documents", stretch=0)), 1)

    def load(self, applicant_id: int) -> None:
        reader = self.reader
        Operation(self, self.context, lambda: reader.view(applicant_id)).success(self.show_view).latest().run()

    def show_view(self, view: ApplicantView | None) -> None:
        self.view = view
        file = view.file if view else None
        self.summary.setText(self.tr("<b>{name}</b><br>Nr. {id} · {kind} · {address}<br>{cases} Vorgänge, {docs} "
                                     "Unterlagen · Stand (Version) {version}").format(
            name=file.name, id=file.id, kind=file.type_name, address=file.address or "–", cases=len(file.cases),
            docs=len(file.documents), version=file.version) if file else self.tr("Noch nicht gewählt."))
        self.cases.set_rows(file.cases if file else [])
        self.documents.set_rows(file.documents if file else [])
        self.loaded.emit()

    def reload(self) -> None:
        if self.view is not None:
            self.load(self.view.file.id)


class MergeDialog(QDialog):
    merged = Signal(int)  # id of the record kept

    def __init__(self, context: UiContext, current: ApplicantView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Antragsteller zusammenführen"))
        self.context = context
        self.current = current
        self.result_: MergeResult | None = None
        self.keep = MergeSide(context, self.tr("Behalten"), "mergeKeep")
        self.other = MergeSide(context, self.tr("Auflösen – wird deaktiviert, nie gelöscht"), "mergeOther")
        self.suggestions = QComboBox(objectName="mergeSuggestions")  # likely duplicates of the shown record
        self.suggestions.activated.connect(self._suggestion_chosen)
        self.swap = QPushButton(self.tr("⇄ Seiten tauschen"), objectName="mergeSwap")
        self.swap.clicked.connect(self.swap_sides)
        self.reason = TextArea(objectName="mergeReason")
        self.reason.setPlaceholderText(self.tr("Grund der Zusammenführung (wird protokolliert), z. B. „Doppelt "
                                               "angelegt, gleicher Verein, gleiche Registernummer“"))
        self.reason.setFixedHeight(60)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.run_button = self.buttons.addButton(self.tr("Zusammenführen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("mergeRun")
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(760, screen.height() - 60))

    def _layout(self) -> None:
        intro = QLabel(self.tr("Alle Vorgänge, Unterlagen und Kontaktpersonen des rechten Eintrags gehen auf den "
                               "linken über – in einem Schritt und protokolliert. Der rechte Eintrag bleibt "
                               "deaktiviert erhalten."))
        intro.setWordWrap(True)
        suggested = QHBoxLayout()
        self.suggestions_label = QLabel(self.tr("Mögliche Doppeleinträge:"))
        suggested.addWidget(self.suggestions_label)
        suggested.addWidget(self.suggestions, 1)
        sides = QHBoxLayout()
        sides.addWidget(self.keep, 1)
        sides.addWidget(self.swap)
        sides.addWidget(self.other, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(suggested)
        layout.addLayout(sides, 1)
        layout.addWidget(QLabel(self.tr("Begründung")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        """Left: the file shown in the window; right: its first likely duplicate, if there is one."""
        duplicates = self.current.duplicates if self.current else []
        for widget in (self.suggestions, self.suggestions_label):
            widget.setVisible(bool(duplicates))
        if self.current is None:
            return
        self.keep.show_view(self.current)
        self.keep.search.field.setText(self.current.file.name)
        self.keep.search.mark(self.current.file.id)
        self.keep.search.search_now()
        for twin in self.current.duplicates:
            place = " ".join(x for x in (twin.postcode, twin.city) if x) or "–"
            self.suggestions.addItem(self.tr("{name}, {place} (Nr. {id}; gleich: {reason})").format(
                name=twin.name, place=place, id=twin.id, reason=twin.reason), twin.id)
        if duplicates:
            self._suggestion_chosen(0)

    def _suggestion_chosen(self, index: int) -> None:
        """Show the suggested record on the right, the one to be merged into the shown file."""
        twin = self.current.duplicates[index] if self.current else None
        if twin is None:
            return
        self.other.search.field.setText(twin.name)
        self.other.search.mark(twin.id)
        self.other.search.search_now()
        self.other.load(twin.id)

    def swap_sides(self) -> None:
        keep, other = self.keep.view, self.other.view
        for side, view in ((self.keep, other), (self.other, keep)):
            side.show_view(view)
            if view is not None:
                side.search.mark(view.file.id)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def merge(self) -> None:
        keep, other = self.keep.view, self.other.view
        if keep is None or other is None:
            return self._fail(self.tr("Bitte links und rechts je einen Eintrag wählen."))
        if keep.file.id == other.file.id:
            return self._fail(self.tr("Bitte zwei verschiedene Einträge wählen."))
        if not self.reason.toPlainText().strip():
            return self._fail(self.tr("Bitte den Grund der Zusammenführung angeben."))
        question = self.tr("»{other}« (Nr. {other_id}) wird in »{keep}« (Nr. {keep_id}) übernommen: {cases} Vorgänge "
                           "und {docs} Unterlagen gehen über, »{other}« wird deaktiviert. Zusammenführen?").format(
            other=other.file.name, other_id=other.file.id, keep=keep.file.name, keep_id=keep.file.id,
            cases=len(other.file.cases), docs=len(other.file.documents))
        if not Ask.yes_no(self, self.tr("Antragsteller zusammenführen"), question):
            return None
        uow, reason = self.context.uow(), self.reason.toPlainText()
        keep_id, keep_version, other_id, other_version = keep.file.id, keep.file.version, other.file.id, \
            other.file.version
        self.run_button.setEnabled(False)
        self.error.setVisible(False)
        Operation(self, self.context, lambda: merge_applicants(
            uow, keep_id, other_id, reason, keep_version=keep_version, other_version=other_version)) \
            .success(lambda result: self._done(keep_id, result)).failure(self._failed).notice_cases().run()
        return None

    def _done(self, keep_id: int, result: MergeResult) -> None:
        self.result_ = result
        self.merged.emit(keep_id)
        self.accept()

    def _failed(self, error: FoerderDeskError) -> None:
        self.run_button.setEnabled(True)
        self._fail(error.message)
        if isinstance(error, ConcurrentEditError):  # show what the records hold now, with their new versions
            self.keep.reload()
            self.other.reload()
