"""Municipalities of the district: name, key, active or not, population (with its year) and social area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.administration import municipalities
from app.administration.reads import Administration, MunicipalityRow
from app.kernel.errors import ValidationError
from app.social_plan import service as social_plan
from ui.admin.base import AdminTab, form
from ui.context import UiContext
from ui.widgets.limits import bound
from ui.widgets.record_table import RecordTable


def optional_int(text: str, label: str) -> int | None:
    text = text.strip().replace(".", "")
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(QCoreApplication.translate("MunicipalitiesTab", "»{label}« muss eine ganze Zahl sein.")
                              .format(label=label))
    return int(text)


class MunicipalitiesTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "municipalitiesTab", parent)
        self.table = RecordTable([self.tr("Gemeinde"), self.tr("Gemeindeschlüssel"), self.tr("Einwohner"),
                                  self.tr("Stand"), self.tr("Sozialraum"), self.tr("Im Landkreis")],
                                 "municipalityTable", stretch=0, right=frozenset({2, 3}))
        self.table.currentCellChanged.connect(lambda *_a: self._select())
        self.name = bound(QLineEdit(objectName="municipalityName"), "Municipality.name")
        self.key = bound(QLineEdit(objectName="municipalityKey"), "Municipality.key")
        self.key.setPlaceholderText(self.tr("acht Ziffern, z. B. 16065001"))
        self.active = QCheckBox(self.tr("aktiv (im Landkreis, in Auswahllisten)"), objectName="municipalityActive")
        self.population = QLineEdit(objectName="municipalityPopulation")
        self.year = QLineEdit(objectName="municipalityYear")
        self.area = QLineEdit(objectName="municipalityArea")
        self.save_button = QPushButton(self.tr("Gemeinde speichern"), objectName="saveMunicipality")
        self.save_button.clicked.connect(self.save_municipality)
        self.add_button = QPushButton(self.tr("Als neue Gemeinde anlegen"), objectName="addMunicipality")
        self.add_button.clicked.connect(self.add_municipality)
        fields = form()
        fields.addRow(self.tr("Gemeinde"), self.name)
        fields.addRow(self.tr("Gemeindeschlüssel"), self.key)
        fields.addRow("", self.active)
        fields.addRow(self.tr("Einwohner"), self.population)
        fields.addRow(self.tr("Stand (Jahr)"), self.year)
        fields.addRow(self.tr("Sozialraum"), self.area)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.layout_.addLayout(buttons)
        self.finish_layout()

    def show_data(self, data: Administration) -> None:
        super().show_data(data)
        keep = max(0, self.table.currentRow())
        self.table.set_rows([[m.name, m.key or "–", f"{m.population:,}".replace(",", ".") if m.population else "–",
                              str(m.population_year or "–"), m.social_area or "–",
                              self.tr("ja") if m.in_district else self.tr("nein")] for m in data.municipalities],
                            data.municipalities)
        if data.municipalities:
            self.table.setCurrentCell(min(keep, len(data.municipalities) - 1), 0)

    def _select(self) -> None:
        row: MunicipalityRow | None = self.table.current_value()
        if row is not None:
            self.name.setText(row.name)
            self.key.setText(row.key or "")
            self.active.setChecked(row.in_district)
            self.population.setText(str(row.population or ""))
            self.year.setText(str(row.population_year or ""))
            self.area.setText(row.social_area or "")

    def save_municipality(self) -> None:
        """Save what changed: name, key and activity, and/or population and social area."""
        row: MunicipalityRow | None = self.table.current_value()
        if row is None:
            return
        try:
            population = optional_int(self.population.text(), self.tr("Einwohner"))
            year = optional_int(self.year.text(), self.tr("Stand"))
        except ValidationError as error:
            self.show_error(error)
            return
        uow, area = self.context.uow(), self.area.text().strip() or None
        name, key, active = self.name.text().strip(), self.key.text().strip() or None, self.active.isChecked()
        identity_changed = (name, key, active) != (row.name, row.key, row.in_district)
        figures_changed = (population, year, area) != (row.population, row.population_year, row.social_area)

        def run() -> None:
            version = row.version
            if identity_changed:
                version = municipalities.change_municipality(uow, row.name, name, key, active, version)
            if figures_changed:
                social_plan.update_municipality(uow, name if identity_changed else row.name, population, year, area,
                                                version)

        self.save(run, self.tr("Gemeinde {name} gespeichert.").format(name=name or row.name))

    def add_municipality(self) -> None:
        uow, name, key = self.context.uow(), self.name.text(), self.key.text().strip() or None
        self.save(lambda: municipalities.add_municipality(uow, name, key),
                  self.tr("Gemeinde {name} angelegt.").format(name=name.strip()))
