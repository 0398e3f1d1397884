"""Kleinprojekte: the documents a micro project of a fund must hand in with its short application (the fund's own,
shorter list instead of the applicant type's); part of the tab "Antragsteller und Unterlagen"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.administration.reads import Administration, ProgrammeRow
from app.micro_projects.required_documents import set_micro_documents
from ui.context import UiContext


class MicroDocumentsBox(QGroupBox):
    """A micro-project fund chosen, its required documents ticked, saved through the audited service."""

    def __init__(self, context: UiContext, save: Callable[[Callable[[], Any], str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kleinprojekte: Pflichtunterlagen des Kurzantrags"), parent)
        self.setObjectName("microDocumentsBox")
        self.context = context
        self._save = save
        self.funds: list[ProgrammeRow] = []
        self.data: Administration | None = None
        self.fund = QComboBox(objectName="microFund")
        self.fund.currentIndexChanged.connect(lambda _i: self._select())
        self.documents = QListWidget(objectName="microDocuments")
        self.documents.setMaximumHeight(150)
        self.hint = QLabel(objectName="microDocumentsHint", wordWrap=True)
        self.save_button = QPushButton(self.tr("Pflichtunterlagen der Kleinprojekte speichern"),
                                       objectName="saveMicroDocuments")
        self.save_button.clicked.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fonds")))
        top.addWidget(self.fund, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Ein Kleinprojekt reicht nur ein (angehakt = Pflicht, statt der Liste der "
                                        "Antragstellerart):")))
        layout.addWidget(self.documents)
        layout.addWidget(self.hint)

    def show_data(self, data: Administration) -> None:
        self.data = data
        keep = self.fund.currentData()
        self.funds = [p for p in data.programmes if p.micro]
        self.fund.blockSignals(True)
        self.fund.clear()
        for p in self.funds:
            self.fund.addItem(f"{p.code} – {p.name}", p.code)
        self.fund.blockSignals(False)
        if keep is not None and self.fund.findData(keep) >= 0:
            self.fund.setCurrentIndex(self.fund.findData(keep))
        enabled = bool(self.funds)
        for widget in (self.fund, self.documents, self.save_button):
            widget.setEnabled(enabled)
        self.hint.setText("" if enabled else self.tr("Es gibt noch keinen Fonds für Kleinprojekte."))
        self._select()

    def current_fund(self) -> ProgrammeRow | None:
        code = self.fund.currentData()
        return next((p for p in self.funds if p.code == code), None)

    def _select(self) -> None:
        fund = self.current_fund()
        required = set(fund.micro_documents) if fund else set()
        self.documents.clear()
        for code, name in self.data.document_types if self.data is not None and fund is not None else ():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code in required else Qt.CheckState.Unchecked)
            self.documents.addItem(item)

    def checked_codes(self) -> list[str]:
        return [self.documents.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.documents.count())
                if self.documents.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        fund = self.current_fund()
        if fund is None:
            return
        uow, codes, code = self.context.uow(), self.checked_codes(), fund.code
        self._save(lambda: set_micro_documents(uow, code, codes),
                   self.tr("Pflichtunterlagen der Kleinprojekte im Fonds {code} gespeichert.").format(code=code))
