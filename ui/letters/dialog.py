"""„Schreiben erstellen“: choose a kind that fits the case, look at the draft, issue, print or save it.

Only the kinds that fit the case's state can be chosen; the others are shown greyed with the German
reason as tooltip (from `app.letters.service.letter_kinds`). Issuing stores the exact PDF with the case;
after that, printing and saving use those stored bytes. Missing placeholder values are named above the
draft and "Ausstellen" waits until they are settled (the service refuses them too); other refusals (a
posting date before the letter's date, missing rights) appear inside the dialog; nothing is lost.
The tab "Wortlaut anpassen" rewords paragraphs of this one letter (`ui.letters.wording`); the changed texts go
with the preview and with "Ausstellen", and are stored with the issued letter.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.cases.detail import CaseDetail
from app.kernel.errors import FoerderDeskError, ValidationError
from app.kernel.periods import format_date
from app.letters.service import IssuedLetter, KindChoice, LetterPreview, issue_letter, letter_kinds, preview_letter
from ui.context import UiContext
from ui.dialogs.ask import Ask
from ui.letters.output import file_name
from ui.letters.output_bar import PdfOutputBar
from ui.letters.preview import PdfPreview
from ui.letters.wording import WordingEditor
from ui.operations import Operation
from ui.widgets.dialog_look import fit_to_screen, mark_buttons
from ui.widgets.fields import DateField, with_error

KIND_ROLE = Qt.ItemDataRole.UserRole


class LetterDialog(QDialog):
    issued = Signal(int)  # id of the stored letter

    def __init__(self, context: UiContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.detail = context, detail
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Schreiben erstellen – {ref}").format(ref=detail.file_number))
        self.pdf: bytes | None = None
        self.letter: IssuedLetter | None = None
        self.blockers: tuple[str, ...] = ()  # what the draft lacks: it cannot be issued like this
        self.template_blockers: tuple[str, ...] = ()  # what the draft lacks without any rewording
        self.issuing = False
        self.generation = 0
        self._build()
        self.setMinimumSize(820, 520)
        fit_to_screen(self, 1180, 820)
        self.preview.show_message(self.tr("Die passenden Arten werden ermittelt …"))
        self._update_buttons()
        uow, file_number = context.uow(), detail.file_number
        Operation(self, context, lambda: letter_kinds(uow, file_number)).success(self.show_kinds) \
            .failure(self.show_error).run()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(f"<b>{escape(self.detail.file_number)}</b> · {escape(self.detail.title)}",
                         objectName="letterCase", textFormat=Qt.TextFormat.RichText)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="letterSplitter")
        splitter.addWidget(self._kind_column())
        splitter.addWidget(self._preview_column())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 860])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._output_bar())

    def _kind_column(self) -> QWidget:
        box = QWidget()
        self.kinds = QListWidget(objectName="letterKinds")
        self.kinds.setMinimumWidth(230)
        self.kinds.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.kinds.currentItemChanged.connect(lambda item, _old: self._kind_changed(item))
        hint = QLabel(self.tr("Grau: passt nicht zum Stand des Vorgangs – der Grund steht im Hinweis beim "
                              "Darüberfahren."), objectName="kindHint", wordWrap=True)
        hint.setStyleSheet("color: #56616e;")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Art des Schreibens")))
        layout.addWidget(self.kinds, 1)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(self._issue_form())
        return box

    def _preview_column(self) -> QWidget:
        box = QWidget()
        self.state = QLabel(objectName="letterState", wordWrap=True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QLabel(objectName="letterProblems", wordWrap=True)
        self.problems.setStyleSheet("background: #fff1d6; color: #6b4100; padding: 6px; border-radius: 3px;")
        self.problems.setVisible(False)
        self.preview = PdfPreview()
        self.wording = WordingEditor()
        self.wording.changed.connect(self._wording_changed)
        self.wording.refresh_requested.connect(self.refresh_preview)
        self.pages = QTabWidget(objectName="letterPages")
        self.pages.addTab(self.preview, self.tr("Vorschau"))
        self.pages.addTab(self.wording, self.tr("Wortlaut anpassen"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.problems)
        layout.addWidget(self.pages, 1)
        return box

    def _issue_form(self) -> QVBoxLayout:
        self.posted = DateField(required=False)
        self.posted.setObjectName("postedOn")
        self.posted.setToolTip(self.tr("Tag der Aufgabe zur Post; ab ihm wird die Bekanntgabe berechnet."))
        label = QLabel(self.tr("Aufgabe zur Post (leer: Datum des Schreibens)"), wordWrap=True)
        label.setBuddy(self.posted)
        form = QVBoxLayout()
        form.setSpacing(2)
        form.addWidget(label)
        form.addWidget(with_error(self.posted))
        return form

    def _output_bar(self) -> PdfOutputBar:
        self.issue_button = QPushButton(self.tr("Ausstellen …"), objectName="issueLetter")
        self.issue_button.clicked.connect(self.issue)
        if not self.context.may("letter.issue"):  # else _update_buttons says why it waits
            self.issue_button.setToolTip(self.tr("Schreiben ausstellen darf nur die Sachbearbeitung oder "
                                                 "Sachgebietsleitung."))
        self.bar = PdfOutputBar([self.issue_button])
        self.bar.close_button.clicked.connect(self.reject)
        mark_buttons([self.issue_button, *self.bar.buttons()], self.issue_button)
        return self.bar

    # -- kinds and preview --------------------------------------------------------------------
    def show_kinds(self, choices: list[KindChoice]) -> None:
        self.kinds.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(KIND_ROLE, choice.kind.value)
            if not choice.available:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
                item.setToolTip(choice.reason or "")
                item.setStatusTip(choice.reason or "")
            self.kinds.addItem(item)
        # the receipt fits almost every case; any other fitting kind is the more likely next letter
        fitting = [i for i, c in enumerate(choices) if c.available]
        first = next((i for i in fitting if choices[i].kind.value != "receipt"), fitting[0] if fitting else None)
        if first is None:
            self.preview.show_message(self.tr("Zum jetzigen Stand des Vorgangs passt keine Art von Schreiben. "
                                              "Die Gründe stehen bei den einzelnen Arten."))
        else:
            self.kinds.setCurrentRow(first)

    def current_kind(self) -> str | None:
        item = self.kinds.currentItem()
        return item.data(KIND_ROLE) if item is not None else None

    def select_kind(self, kind: str) -> bool:
        """Choose a kind (False if it does not fit the case and cannot be chosen)."""
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            if item.data(KIND_ROLE) == kind and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.kinds.setCurrentItem(item)
                return True
        return False

    def _kind_changed(self, item: QListWidgetItem | None) -> None:
        self.wording.set_blocks((), 0)
        self._load_preview(fresh=True)

    def refresh_preview(self) -> None:
        """The draft again, with the paragraphs as reworded in "Wortlaut anpassen"."""
        if self.current_kind() is not None and self.letter is None:
            self._load_preview(fresh=False)
            self.pages.setCurrentWidget(self.preview)

    def _load_preview(self, *, fresh: bool) -> None:
        self.generation += 1
        self.pdf, self.letter, self.blockers = None, None, ()
        self.problems.setVisible(False)
        self._clear_error()
        self._update_buttons()
        kind = self.current_kind()
        if kind is None:
            return
        generation, wording = self.generation, self.wording.changes()
        self.state.setText(self.tr("Entwurf wird erstellt …"))
        self.preview.show_message(self.tr("Vorschau wird erstellt …"))
        uow, file_number = self.context.uow(), self.detail.file_number
        Operation(self, self.context, lambda: preview_letter(uow, file_number, kind, wording=wording)) \
            .success(lambda preview: self._show_preview(generation, preview, fresh)) \
            .failure(lambda error: self._preview_failed(generation, error)).run()

    def _wording_changed(self) -> None:
        """A text changed: what the last preview found about the wording no longer holds (the service checks)."""
        self.blockers = self.template_blockers
        if not self.template_blockers:
            self.problems.setVisible(False)  # the wording problems of the last preview may be solved now
        count = len(self.wording.changes())
        self.pages.setTabText(1, self.tr("Wortlaut anpassen ({count} geändert)").format(count=count) if count
                              else self.tr("Wortlaut anpassen"))
        self._update_buttons()

    def _show_preview(self, generation: int, preview: LetterPreview, fresh: bool = True) -> None:
        if generation != self.generation:
            return  # another kind was chosen meanwhile
        if fresh:
            self.wording.set_blocks(preview.blocks, preview.template_version)
            self.template_blockers = preview.problems
            self.pages.setTabText(1, self.tr("Wortlaut anpassen"))
        self.pdf, self.blockers = preview.pdf, preview.problems
        self.state.setText(self.tr("<b>Entwurf</b> (nicht ausgestellt): {subject}").format(
            subject=escape(preview.subject)))
        if preview.problems and preview.reworded:
            self.problems.setText(self.tr("So kann das Schreiben nicht ausgestellt werden: {problems}").format(
                problems=" ".join(preview.problems)))
        elif preview.problems:
            self.problems.setText(self.tr("So kann das Schreiben nicht ausgestellt werden. Vor dem Ausstellen zu "
                                          "klären (Vorlage oder Vorgang ergänzen): {problems}").format(
                problems=" ".join(preview.problems)))
        self.problems.setVisible(bool(preview.problems))
        self.preview.set_pdf(preview.pdf, self._name())
        self._update_buttons()

    def _preview_failed(self, generation: int, error: FoerderDeskError) -> None:
        if generation == self.generation:
            self.state.clear()
            self.preview.show_message(error.message)

    # -- issue --------------------------------------------------------------------------------
    def issue(self) -> None:
        kind = self.current_kind()
        if kind is None or self.letter is not None:
            return
        try:
            posted: dt.date | None = self.posted.value()
        except ValidationError as error:
            self.show_error(error)
            return
        label = self.kinds.currentItem().text()
        if not Ask.yes_no(self, self.tr("Schreiben ausstellen"), self.tr(
                "»{kind}« zu {ref} ausstellen? Das Schreiben wird unveränderlich beim Vorgang gespeichert.").format(
                kind=label, ref=self.detail.file_number)):
            return
        self._clear_error()
        self.issuing = True
        self.issue_button.setEnabled(False)
        self.kinds.setEnabled(False)
        uow, file_number, generation = self.context.uow(), self.detail.file_number, self.generation
        wording, version = self.wording.changes(), self.wording.template_version
        self.wording.set_editable(False)
        Operation(self, self.context, lambda: issue_letter(uow, file_number, kind, posted_on=posted, wording=wording,
                                                           template_version=version)) \
            .success(lambda letter: self._issued(generation, letter)).failure(self._issue_failed) \
            .notice_case(file_number).run()

    def _issued(self, generation: int, letter: IssuedLetter) -> None:
        self.issuing = False
        self.kinds.setEnabled(True)
        self.issued.emit(letter.id)  # stored in any case: the case's list of letters follows
        if generation != self.generation:
            return
        self.letter, self.pdf = letter, letter.pdf
        self.problems.setVisible(False)
        self.state.setText(self.tr("<b>Ausgestellt</b> als Nr. {id}, Aufgabe zur Post am {posted} – "
                                   "SHA-256 {sha}").format(id=letter.id, posted=format_date(letter.posted_on),
                                                           sha=letter.sha256)
                           + (self.tr(" – Wortlaut angepasst: {blocks}").format(blocks=escape("; ".join(
                               letter.reworded))) if letter.reworded else ""))
        self.preview.set_pdf(letter.pdf, self._name())
        self.pages.setCurrentWidget(self.preview)
        self._update_buttons()

    def _issue_failed(self, error: FoerderDeskError) -> None:
        self.issuing = False
        self.kinds.setEnabled(True)
        self.wording.set_editable(True)
        self.show_error(error)
        self._update_buttons()

    # -- helpers ------------------------------------------------------------------------------
    def _name(self) -> str:
        return file_name(self.detail.file_number, self.current_kind() or "schreiben", draft=self.letter is None)

    def _update_buttons(self) -> None:
        ready = self.pdf is not None
        may = self.context.may("letter.issue")
        self.issue_button.setEnabled(ready and self.letter is None and may and not self.blockers)
        if may:
            self.issue_button.setToolTip(self.tr("Erst ausstellbar, wenn die gelb markierten Angaben geklärt sind.")
                                         if self.blockers else "")
        self.posted.setEnabled(self.letter is None)
        self.bar.set_pdf(self.pdf, self._name())

    def _clear_error(self) -> None:
        self.bar.clear()

    def show_error(self, error: FoerderDeskError) -> None:
        self.bar.show_error(error)
        if isinstance(error, ValidationError) and error.field == "posted_on":
            self.posted.setFocus()

    def reject(self) -> None:
        """Not while the letter is being stored: the case's list of letters follows the result."""
        if not self.issuing:
            super().reject()
