"""Programmes: name, financing type, funding rate, minimum grant, file-number pattern, periods, scoring weights."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.administration import programmes
from app.administration import settings_service as admin
from app.administration.programmes import ProgrammeInput
from app.administration.reads import Administration, ProgrammeRow
from app.cases.financing import FINANCING_LABELS
from app.social_plan import service as social_plan
from app.social_plan.scoring import format_weight
from ui.admin.base import AdminTab, form
from ui.context import UiContext
from ui.widgets.grid_keys import leave_at_ends
from ui.widgets.limits import bound
from ui.widgets.text_area import TextArea


def percent_text(fraction: Decimal) -> str:
    return format_weight(fraction * 100)


class ProgrammesTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "programmesTab", parent)
        self.current: ProgrammeRow | None = None
        self.list = QListWidget(objectName="programmeList")
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(340)
        self.list.currentRowChanged.connect(self._select)
        self.new_button = QPushButton(self.tr("Neues Programm"), objectName="newProgramme")
        self.new_button.clicked.connect(self.new_programme)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        self.code = bound(QLineEdit(objectName="programmeCode"), "Programme.code")
        self.name = bound(QLineEdit(objectName="programmeName"), "Programme.name")
        self.financing = QComboBox(objectName="programmeFinancing")
        for kind, label in FINANCING_LABELS.items():
            self.financing.addItem(label, kind.value)
        self.rate = QLineEdit(objectName="programmeRate")
        self.min_grant = QLineEdit(objectName="programmeMinGrant")
        self.max_grant = QLineEdit(objectName="programmeMaxGrant", placeholderText=self.tr("keine Obergrenze"))
        self.pattern = bound(QLineEdit(objectName="programmePattern"), "Programme.file_number_pattern")
        self.pattern.setToolTip(self.tr("Platzhalter: {code}, {year}, {number:04d}"))
        self.proof_months = QSpinBox(objectName="programmeProofMonths", minimum=1, maximum=36)
        self.use_months = QSpinBox(objectName="programmeUseMonths", minimum=1, maximum=36)
        self.tolerance = QLineEdit(objectName="programmeTolerance")
        self.tolerance.setToolTip(self.tr("Eine Kostenposition, die den Plan um mehr als diesen Anteil übersteigt, "
                                          "wird im Verwendungsnachweis markiert."))
        self.description = TextArea(objectName="programmeDescription")
        self.description.setFixedHeight(70)
        self.legal_basis = TextArea(objectName="programmeLegalBasis")
        self.legal_basis.setFixedHeight(70)
        self.legal_basis.setToolTip(self.tr("Wird in Zuwendungs-, Ablehnungs- und Rückforderungsbescheiden als "
                                            "Rechtsgrundlage gedruckt. Leer: der Standardtext des Programms."))
        self.panel = QComboBox(objectName="programmePanelReview")  # several reviewers (issue 23)
        for value, label in (("", self.tr("wie die Einstellung »Bewertung durch mehrere Personen«")),
                             ("yes", self.tr("ja, mehrere Personen bewerten")), ("no", self.tr("nein"))):
            self.panel.addItem(label, value)
        self.micro = QCheckBox(self.tr("Fonds für Kleinprojekte: Kurzantrag, kurze Unterlagenliste, vereinfachter "
                                       "Nachweis, Sammelbestätigung"), objectName="programmeMicro")
        self.micro.setToolTip(self.tr("Der Höchstbetrag ist die Obergrenze je Kleinprojekt."))
        self.weights = QTableWidget(0, 2, objectName="scoringWeights")
        self.weights.setHorizontalHeaderLabels([self.tr("Bewertungskriterium"), self.tr("Gewicht")])
        self.weights.horizontalHeader().setStretchLastSection(False)
        self.weights.horizontalHeader().setSectionResizeMode(0, self.weights.horizontalHeader().ResizeMode.Stretch)
        self.weights.verticalHeader().setVisible(False)
        leave_at_ends(self.weights)
        self.weights.setWordWrap(False)
        self.weights.verticalHeader().setDefaultSectionSize(26)
        self.weights.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.weights.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.save_button = QPushButton(self.tr("Programm speichern"), objectName="saveProgramme")
        self.save_button.clicked.connect(self.save_programme)
        self._layout_editor(left)

    def _layout_editor(self, left: QVBoxLayout) -> None:
        fields = form()
        for label, widget in ((self.tr("Kürzel"), self.code), (self.tr("Name"), self.name),
                              (self.tr("Finanzierungsart"), self.financing),
                              (self.tr("Höchster Fördersatz (%)"), self.rate),
                              (self.tr("Bagatellgrenze (€)"), self.min_grant),
                              (self.tr("Höchstbetrag (€)"), self.max_grant),
                              (self.tr("Aktenzeichen-Muster"), self.pattern),
                              (self.tr("Verwendungsnachweis fällig nach (Monaten)"), self.proof_months),
                              (self.tr("Mittelverwendung binnen (Monaten)"), self.use_months),
                              (self.tr("Toleranz je Kostenposition (%)"), self.tolerance),
                              (self.tr("Beschreibung"), self.description),
                              (self.tr("Rechtsgrundlage (Bescheide)"), self.legal_basis),
                              (self.tr("Gremium (mehrere Bewertungen)"), self.panel),
                              (self.tr("Kleinprojekte"), self.micro),
                              (self.tr("Bewertungsbogen"), self.weights)):
            fields.addRow(label, widget)
        editor = QWidget(objectName="programmeEditor")
        editor.setMaximumWidth(980)
        editor.setMinimumWidth(560)
        column = QVBoxLayout(editor)
        column.setContentsMargins(8, 0, 0, 0)
        column.addLayout(fields)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        scroll = QScrollArea(objectName="programmeEditorScroll")  # a laptop screen: the form scrolls, not squashes
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)
        scroll.setMaximumWidth(1000)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addWidget(scroll, 1)
        self.layout_.addLayout(row, 1)
        self.finish_layout()

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        keep = self.current.code if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        for programme in data.programmes:
            self.list.addItem(f"{programme.code} – {programme.name}")
        self.list.blockSignals(False)
        codes = [p.code for p in data.programmes]
        self.list.setCurrentRow(codes.index(keep) if keep in codes else (0 if codes else -1))

    def _select(self, row: int) -> None:
        if self.data is None or not 0 <= row < len(self.data.programmes):
            return
        p = self.current = self.data.programmes[row]
        self.code.setText(p.code)
        self.code.setReadOnly(True)
        self.name.setText(p.name)
        self.financing.setCurrentIndex(max(0, self.financing.findData(p.default_financing_type)))
        self.rate.setText(percent_text(p.max_funding_rate))
        self.min_grant.setText(format_weight(p.min_grant))
        self.max_grant.setText(format_weight(p.max_grant) if p.max_grant is not None else "")
        self.pattern.setText(p.file_number_pattern)
        self.proof_months.setValue(p.proof_of_use_months)
        self.use_months.setValue(p.use_within_months)
        self.tolerance.setText(percent_text(p.cost_line_tolerance))
        self.description.setPlainText(p.description or "")
        self.legal_basis.setPlainText(p.legal_basis)
        self.panel.setCurrentIndex(self.panel.findData({None: "", True: "yes", False: "no"}[p.panel_review]))
        self.micro.setChecked(p.micro)
        self.weights.setRowCount(0)
        for index, weight in enumerate(p.weights):
            self.weights.insertRow(index)
            name = QTableWidgetItem(weight.name)
            name.setData(Qt.ItemDataRole.UserRole, weight.code)
            self.weights.setItem(index, 0, name)
            self.weights.setItem(index, 1, QTableWidgetItem(format_weight(weight.weight)))
        header = self.weights.horizontalHeader().sizeHint().height()
        self.weights.setFixedHeight(header + 26 * max(1, len(p.weights)) + 4)

    def new_programme(self) -> None:
        self.current = None
        self.list.clearSelection()
        for field in (self.code, self.name, self.rate, self.min_grant, self.max_grant):
            field.clear()
        self.code.setReadOnly(False)
        self.pattern.setText("{code}-{year}-{number:04d}")
        self.rate.setText("80")
        self.min_grant.setText("500")
        self.proof_months.setValue(6)
        self.use_months.setValue(2)
        self.tolerance.setText("20")
        self.description.clear()
        self.legal_basis.clear()
        self.panel.setCurrentIndex(0)
        self.micro.setChecked(False)
        self.weights.setRowCount(0)
        self.code.setFocus()

    def programme_input(self) -> ProgrammeInput:
        allowed = self.current.allowed_applicant_types if self.current else ()
        return ProgrammeInput(code=self.code.text(), name=self.name.text(),
                              default_financing_type=self.financing.currentData(),
                              max_funding_rate=self.rate.text(), min_grant=self.min_grant.text(),
                              max_grant=self.max_grant.text() or None, file_number_pattern=self.pattern.text(),
                              proof_of_use_months=self.proof_months.value(),
                              use_within_months=self.use_months.value(),
                              cost_line_tolerance=self.tolerance.text(),
                              description=self.description.toPlainText() or None, allowed_applicant_types=allowed,
                              legal_basis=self.legal_basis.toPlainText() or None,
                              panel_review={"yes": True, "no": False}.get(self.panel.currentData()),
                              micro=self.micro.isChecked())

    def _changed_weights(self) -> list[tuple[str, str]]:
        if self.current is None:
            return []
        old = {w.code: format_weight(w.weight) for w in self.current.weights}
        found = []
        for row in range(self.weights.rowCount()):
            code = self.weights.item(row, 0).data(Qt.ItemDataRole.UserRole)
            value = self.weights.item(row, 1).text().strip()
            if old.get(code) != value:
                found.append((code, value))
        return found

    def save_programme(self) -> None:
        data, current = self.programme_input(), self.current
        weights = self._changed_weights()
        admin_uow, weight_uow = self.context.uow(), self.context.uow()

        def run() -> None:
            if current is None:
                programmes.create_programme(admin_uow, data)
                return
            admin.update_programme(admin_uow, current.code, data, current.version)
            for code, value in weights:
                social_plan.configure_criterion(weight_uow, current.code, code, value)

        self.save(run, self.tr("Programm {code} gespeichert.").format(code=data.code.strip().upper()))
