"""Letter templates: edit subject and text, insert placeholders, preview with a real case, save (versioned)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.administration.reads import Administration
from app.kernel.errors import FoerderDeskError
from app.letters import templates
from app.letters.service import LetterPreview
from app.letters.template_preview import preview_template, sample_case
from app.letters.templates import TemplateRow
from ui import formatting
from ui.admin.base import AdminTab
from ui.context import UiContext
from ui.letters.preview import PdfPreview
from ui.operations import Operation
from ui.widgets.limits import bound
from ui.widgets.text_area import TextArea


class TemplatesTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "templatesTab", parent)
        self.rows: list[TemplateRow] = []
        self.current: TemplateRow | None = None
        self.list = QListWidget(objectName="templateList")
        self.list.currentRowChanged.connect(self._select)
        self.info = QLabel(objectName="templateInfo", wordWrap=True)
        self.subject = bound(QLineEdit(objectName="templateSubject"), "LetterTemplate.subject")
        self.body = TextArea(objectName="templateBody")
        self.placeholders = QListWidget(objectName="templatePlaceholders")
        self.placeholders.setMaximumHeight(150)
        self.placeholders.itemDoubleClicked.connect(self._insert)
        self.save_button = QPushButton(self.tr("Vorlage speichern"), objectName="saveTemplate")
        self.save_button.clicked.connect(self.save_template)
        self.restore_button = QPushButton(self.tr("Auslieferungstext wiederherstellen"), objectName="restoreTemplate")
        self.restore_button.clicked.connect(self.restore_template)
        self.case = QLineEdit(objectName="previewCase", placeholderText=self.tr("Aktenzeichen eines Beispielvorgangs"))
        self.preview_button = QPushButton(self.tr("Vorschau"), objectName="previewTemplate")
        self.preview_button.clicked.connect(self.preview)
        self.preview_area = PdfPreview()
        self.preview_area.show_message(self.tr("Vorschau: Beispielvorgang wählen und »Vorschau« drücken. "
                                               "Gezeigt wird der bearbeitete, noch nicht gespeicherte Text."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self._editor())
        splitter.addWidget(self._preview_column())
        splitter.setSizes([230, 700, 620])
        splitter.setChildrenCollapsible(False)
        self.layout_.addWidget(splitter, 1)
        self.finish_layout()

    def _editor(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info)
        layout.addWidget(QLabel(self.tr("Betreff")))
        layout.addWidget(self.subject)
        layout.addWidget(QLabel(self.tr("Text (Leerzeile = neuer Absatz; Platzhalter in geschweiften Klammern)")))
        layout.addWidget(self.body, 1)
        layout.addWidget(QLabel(self.tr("Platzhalter (Doppelklick fügt ein)")))
        layout.addWidget(self.placeholders)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return box

    def _preview_column(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.case, 1)
        line.addWidget(self.preview_button)
        layout.addLayout(line)
        layout.addWidget(self.preview_area, 1)
        return box

    # -- loading ------------------------------------------------------------------------------
    def show_data(self, data: Administration) -> None:
        """The templates are loaded with their own service (their reading is not limited to administrators)."""
        super().show_data(data)
        self.reload_templates()

    def reload_templates(self) -> None:
        uow = self.context.uow()
        Operation(self, self.context, lambda: templates.list_templates(uow)).success(self._show_rows) \
            .failure(self.show_error).run()

    def _show_rows(self, rows: list[TemplateRow]) -> None:
        keep = self.current.kind if self.current else None
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            self.list.addItem(row.label)
        self.list.blockSignals(False)
        kinds = [r.kind for r in rows]
        self.list.setCurrentRow(kinds.index(keep) if keep in kinds else 0)

    def select_kind(self, kind: str) -> None:
        self.list.setCurrentRow([r.kind for r in self.rows].index(kind))

    def _select(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.current = self.rows[index]
        self.info.setText(self.tr("<b>{label}</b> · Version {version} · zuletzt geändert {when} von {who}").format(
            label=row.label, version=row.version, when=formatting.timestamp(row.updated_at),
            who=row.updated_by or "–"))
        self.subject.setText(row.subject)
        self.body.setPlainText(row.body)
        self.placeholders.clear()
        for name, description in row.placeholders:
            item = QListWidgetItem(f"{{{name}}} – {description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        uow, kind = self.context.uow(), row.kind
        Operation(self, self.context, lambda: sample_case(uow, kind)).success(self._sample).failure(self.show_error) \
            .run()

    def _sample(self, file_number: str | None) -> None:
        if file_number and not self.case.text():
            self.case.setText(file_number)

    def _insert(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText("{" + item.data(Qt.ItemDataRole.UserRole) + "}")
        self.body.setFocus()

    # -- actions ------------------------------------------------------------------------------
    def save_template(self) -> None:
        row = self.current
        if row is None:
            return
        uow, subject, body = self.context.uow(), self.subject.text(), self.body.toPlainText()
        self.save(lambda: templates.update_template(uow, row.kind, subject=subject, body=body,
                                                    expected_version=row.version),
                  self.tr("Vorlage »{label}« gespeichert.").format(label=row.label))

    def restore_template(self) -> None:
        row = self.current
        if row is None:
            return
        uow = self.context.uow()
        self.save(lambda: templates.restore_default(uow, row.kind, row.version),
                  self.tr("Vorlage »{label}« auf den Auslieferungstext zurückgesetzt.").format(label=row.label))

    def preview(self) -> None:
        row, file_number = self.current, self.case.text().strip()
        if row is None or not file_number:
            self.preview_area.show_message(self.tr("Bitte das Aktenzeichen eines Beispielvorgangs angeben."))
            return
        uow, subject, body = self.context.uow(), self.subject.text(), self.body.toPlainText()
        self.preview_area.show_message(self.tr("Die Vorschau wird erstellt …"))
        Operation(self, self.context, lambda: preview_template(uow, file_number, row.kind, subject, body)) \
            .success(self._show_preview).failure(self._preview_failed).run()

    def _show_preview(self, result: LetterPreview) -> None:
        self.preview_area.set_pdf(result.pdf, "vorschau.pdf")
        if result.problems:
            self.show_error(FoerderDeskError(" ".join(result.problems)))
        else:
            self.message.setText(self.tr("Vorschau mit dem bearbeiteten Text (nicht gespeichert)."))

    def _preview_failed(self, error: FoerderDeskError) -> None:
        self.preview_area.show_message(error.message)
