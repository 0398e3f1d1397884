"""The applicant file (Trägerakte) of one organisation: header, warning banners, tabs Daten/Unterlagen/Verlauf."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.applicants.file import DocumentRow
from app.applicants.reader import ApplicantReader, ApplicantView, StandingType
from app.cases import documents
from app.cases.choices import FormChoices
from app.kernel.attachments import MAX_BYTES
from app.kernel.errors import FoerderDeskError, ValidationError
from ui import formatting
from ui.applicants.attachment_viewer import AttachmentViewer
from ui.applicants.data_tab import DataTab
from ui.applicants.documents_tab import DocumentsTab, StandingDocumentDialog
from ui.applicants.history_tab import HistoryTab
from ui.context import UiContext
from ui.errors import show_message
from ui.operations import Operation

WARNING_STYLE = ("QLabel#applicantWarnings { background:#fdecea; color:#7f1d1d; border-left:5px solid #b3261e; "
                 "padding:6px 10px; }")
HINT_STYLE = ("QLabel#applicantHints { background:#fff6e0; color:#5c3d00; border-left:5px solid #d08a00; "
              "padding:6px 10px; }")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicantFileView", text)


def read_attachment(path: Path) -> bytes:
    """The file's bytes (in a worker); unreadable or oversized files give a German message, not a crash."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError(_tr("Die Datei »{name}« ist größer als {max} MB.").format(
                name=path.name, max=MAX_BYTES // 1024 // 1024), "content")
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(_tr("Die Datei »{name}« kann nicht gelesen werden ({reason}).").format(
            name=path.name, reason=exc.strerror or exc), "content") from None


def newest_per_type(rows: list[DocumentRow]) -> list[DocumentRow]:
    """The document that counts for each type: the one valid longest (unlimited beats any date)."""
    best: dict[str, DocumentRow] = {}
    for row in rows:
        kept = best.get(row.type_name)
        if kept is None or (kept.valid_until is not None and (row.valid_until is None
                                                               or row.valid_until > kept.valid_until)):
            best[row.type_name] = row
    return list(best.values())


class ApplicantFileView(QWidget):
    loaded = Signal(int)  # applicant id, after the file is shown
    changed = Signal(int)  # the record was saved, documents recorded, …
    case_chosen = Signal(str)  # a case of the history, to open in the main window

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicantFileView")
        self.context = context
        self.reader = ApplicantReader(context.database, context.actor.username)
        self.view: ApplicantView | None = None
        self.types: list[StandingType] | None = None
        self.title = QLabel(objectName="caseTitle")
        self.subtitle = QLabel(objectName="caseSubtitle")
        self.subtitle.setWordWrap(True)
        self.warnings = self._banner("applicantWarnings", WARNING_STYLE)
        self.hints = self._banner("applicantHints", HINT_STYLE)
        self.empty = QLabel(self.tr("Bitte links einen Antragsteller suchen und auswählen."), objectName="emptyFile")
        self.tabs = QTabWidget(objectName="applicantTabs")
        self.data = DataTab(context)
        self.documents = DocumentsTab()
        self.history = HistoryTab()
        for widget, title in ((self.data, self.tr("Daten")), (self.documents, self.tr("Unterlagen")),
                              (self.history, self.tr("Verlauf"))):
            self.tabs.addTab(widget, title)
        self.data.saved.connect(self._after_change)
        self.data.related_changed.connect(self._after_change)
        self.data.reload_requested.connect(self.reload)
        self.documents.record_requested.connect(self.record_document)
        self.documents.attach_requested.connect(self.attach)
        self.documents.open_requested.connect(self.show_file)
        self.history.case_chosen.connect(self.case_chosen)
        context.changes.case_changed.connect(lambda _ref: self._case_changed())
        layout = QVBoxLayout(self)
        for part in (self.title, self.subtitle, self.warnings, self.hints, self.empty):
            layout.addWidget(part)
        layout.addWidget(self.tabs, 1)
        self.tabs.setVisible(False)

    def _banner(self, name: str, style: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setVisible(False)
        return label

    # -- loading ------------------------------------------------------------------------------
    def set_choices(self, choices: FormChoices) -> None:
        self.data.set_choices(choices)

    @property
    def applicant_id(self) -> int | None:
        return self.view.file.id if self.view else None

    def confirm_discard(self) -> bool:
        return self.data.confirm_discard()

    def open(self, applicant_id: int) -> bool:
        """Show this organisation's file; False when the user kept unsaved input of the current one."""
        if applicant_id == self.applicant_id:
            return True
        if not self.data.confirm_discard():
            return False
        self.data.forget_input()
        self._load(applicant_id)
        return True

    def discard_input(self) -> None:
        """Throw typed input away (the user agreed) and show the stored record again."""
        self.data.forget_input()
        self.reload()

    def reload(self) -> None:
        if self.view is not None and not self.data.dirty:
            self._load(self.view.file.id)

    def _load(self, applicant_id: int) -> None:
        reader = self.reader
        Operation(self, self.context, lambda: reader.view(applicant_id)).success(self.show_view).latest().run()

    def _case_changed(self) -> None:
        if self.isVisible():
            self.reload()

    # -- showing ------------------------------------------------------------------------------
    def show_view(self, view: ApplicantView) -> None:
        self.view = view
        file = view.file
        self.title.setText(file.name)
        self.subtitle.setText(" · ".join(p for p in (
            self.tr("Nr. {id}").format(id=file.id), file.type_name, file.legal_form, file.address,
            self.tr("Gemeinde {name}").format(name=file.municipality) if file.municipality else None,
            file.register) if p))
        self._show_banners(view)
        self.data.show_view(view)
        self.documents.show_view(view, self.context.may("case.documents"))
        self.history.show_view(view)
        self.tabs.setTabText(1, self.tr("Unterlagen ({n})").format(n=len(file.documents)))
        self.tabs.setTabText(2, self.tr("Verlauf ({n})").format(n=len(file.cases)))
        self.empty.setVisible(False)
        self.tabs.setVisible(True)
        self.loaded.emit(file.id)

    def _show_banners(self, view: ApplicantView) -> None:
        warnings = list(view.file.warnings)
        if not view.file.active:
            warnings.insert(0, self.tr("Dieser Eintrag ist deaktiviert (mit einem anderen zusammengeführt)."))
        self.warnings.setText("<br>".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        hints = [self._document_hint(d) for d in newest_per_type(view.file.documents)
                 if d.state in ("abgelaufen", "läuft ab")]
        hints += [self.tr("Möglicher Doppeleintrag: {name}, {place} (Nr. {id}; gleich: {reason})").format(
            name=d.name, place=" ".join(x for x in (d.postcode, d.city) if x) or "–", id=d.id, reason=d.reason)
            for d in view.duplicates]
        self.hints.setText("<br>".join(hints))
        self.hints.setVisible(bool(hints))

    def _document_hint(self, document: DocumentRow) -> str:
        if document.state == "abgelaufen":
            return self.tr("{kind} ist am {day} abgelaufen.").format(kind=document.type_name,
                                                                     day=formatting.date(document.valid_until))
        return self.tr("{kind} läuft am {day} ab.").format(kind=document.type_name,
                                                           day=formatting.date(document.valid_until))

    # -- documents ----------------------------------------------------------------------------
    def record_document(self) -> None:
        """Open the dialog "Unterlage erfassen" (the kinds are loaded once, in a worker)."""
        if self.view is None:
            return
        if self.types is None:
            reader = self.reader
            Operation(self, self.context, reader.standing_types).success(self._types_loaded).run()
            return
        self._open_document_dialog()

    def _types_loaded(self, types: list[StandingType]) -> None:
        self.types = types
        if isValid(self):
            self._open_document_dialog()

    def _open_document_dialog(self) -> StandingDocumentDialog:
        dialog = StandingDocumentDialog(self.types or [], self)
        dialog.accepted.connect(lambda: self._record(dialog.result_values()))
        dialog.open()
        return dialog

    def _record(self, values: dict[str, Any]) -> None:
        assert self.view is not None
        uow, applicant_id, path = self.context.uow(), self.view.file.id, values["file"]

        def store() -> int:
            content = read_attachment(path) if path is not None else None  # read first: nothing half-done
            document_id = documents.record_document(uow, values["kind"], applicant_id=applicant_id,
                                                    received_on=values["received_on"],
                                                    issued_on=values["issued_on"], note=values["note"])
            if path is not None and content is not None:
                documents.attach_file(uow, document_id, path.name, content)
            return document_id
        Operation(self, self.context, store).success(lambda _id: self._after_change(applicant_id)) \
            .failure(self._failed).notice_cases().run()

    def attach(self, document_id: int, path: Path) -> None:
        uow = self.context.uow()
        applicant_id = self.applicant_id

        def store() -> str:
            return documents.attach_file(uow, document_id, path.name, read_attachment(path))
        Operation(self, self.context, store).success(lambda _digest: self._after_change(applicant_id)) \
            .failure(self._failed).notice_cases().run()

    def show_file(self, document_id: int) -> None:
        """The stored file in the built-in viewer (PDF, image) or offered for saving; never started."""
        uow = self.context.uow()
        Operation(self, self.context, lambda: documents.read_file(uow, document_id)).success(self._show_stored) \
            .failure(self._failed).run()

    def _show_stored(self, stored: tuple[str, bytes]) -> AttachmentViewer | None:
        if not isValid(self):
            return None
        viewer = AttachmentViewer(*stored, parent=self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer

    def _failed(self, error: FoerderDeskError) -> None:
        if isValid(self):
            show_message(self, error)  # in this window, not behind it on the main window

    def _after_change(self, applicant_id: int | None) -> None:
        # every write of the file sends one notice to all views (`notice_cases`): the case list shows the
        # applicant's name, the eligibility check and the list "Ablaufende Unterlagen" use the standing documents
        if not isValid(self):
            return  # the window was closed meanwhile
        if applicant_id is not None:
            self.changed.emit(applicant_id)
        if self.view is not None:
            self._load(self.view.file.id)
