"""The pages of the "Amt einrichten" assistant: each shows the office's defaults for editing and returns them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.administration.office_setup import NewUser, OfficeSetup, ProgrammeSetup
from app.administration.reference_data import APPLICANT_TYPES, DOCUMENT_TYPES
from app.kernel.errors import FoerderDeskError
from app.kernel.letterhead import FIELDS
from app.kernel.money import MoneyInput, format_eur, to_money
from ui.widgets.limits import bound
from ui.widgets.text_area import TextArea

OFFICE_KEYS = ("office", "department", "street", "postcode_city", "phone", "email", "website", "opening_hours")


def money_text(amount: MoneyInput) -> str:
    """An amount as the office writes it ("680.000,00 €"); what is not an amount, as typed."""
    try:
        return format_eur(to_money(amount, "allocation"))
    except FoerderDeskError:
        return str(amount)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
    return item


class OfficePage(QWizardPage):
    """The Jugend- und Sozialamt: name, address, contact and consultation hours for the letterhead; the year."""

    def __init__(self, setup: OfficeSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupOfficePage")
        self.setTitle(self.tr("Amt und Briefkopf"))
        self.setSubTitle(self.tr("Die Angaben des Jugend- und Sozialamts für alle Schreiben. Telefon und E-Mail "
                                 "sind Platzhalter: bitte die Zentrale des Amts eintragen."))
        layout = QFormLayout(self)
        self.year = QSpinBox(objectName="setupYear", minimum=2000, maximum=2100, value=setup.fiscal_year)
        layout.addRow(self.tr("Haushaltsjahr der ersten Ansätze"), self.year)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in OFFICE_KEYS:
            value = setup.letterhead.get(key, FIELDS[key].default)
            if FIELDS[key].multiline:
                area = TextArea(objectName=f"setup_{key}")  # Tab leaves it, Ctrl+Enter is not a new line
                area.setPlainText(value)
                area.setFixedHeight(52)
                self.fields[key] = area
            else:
                self.fields[key] = bound(QLineEdit(value, objectName=f"setup_{key}"), "Letterhead.value")
            layout.addRow(FIELDS[key].label, self.fields[key])

    def letterhead(self) -> dict[str, str]:
        return {key: field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
                for key, field in self.fields.items()}


class ProgrammesPage(QWizardPage):
    """The two programmes of the office with their budget for the year; the social plan's measure catalogue."""

    def __init__(self, setup: OfficeSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupProgrammesPage")
        self.setTitle(self.tr("Förderprogramme und Haushalt"))
        self.setSubTitle(self.tr("Landesprogramm Familie (Richtlinie LSZ, sechs Handlungsfelder) und "
                                 "Armutsprävention (Lebensphasen). Namen, Ansätze und Haushaltsstellen lassen sich "
                                 "hier und später in der Administration ändern."))
        self.programmes = setup.programmes
        self.table = _table([self.tr("Kürzel"), self.tr("Programm"), self.tr("Haushaltsansatz"),
                             self.tr("Haushaltsstelle")], "setupProgrammes")
        for row, item in enumerate(setup.programmes):
            self.table.insertRow(row)
            for column, text in enumerate((item.programme.code, item.programme.name, money_text(item.allocation),
                                           item.budget_position or "")):
                self.table.setItem(row, column, _cell(text, column > 0))
        self.catalogue = QCheckBox(self.tr("Sozialplan mit Zielen und Maßnahmenkatalog anlegen"),
                                   objectName="setupCatalogue", checked=setup.social_plan)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.catalogue)

    def edited(self) -> tuple[ProgrammeSetup, ...]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return tuple(dataclasses.replace(
            item, programme=dataclasses.replace(item.programme, name=text(row, 1)), allocation=text(row, 2),
            budget_position=text(row, 3) or None) for row, item in enumerate(self.programmes))


class MasterDataPage(QWizardPage):
    """The district's municipalities with their official keys, and who may apply with which documents."""

    def __init__(self, setup: OfficeSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupMasterDataPage")
        self.setTitle(self.tr("Gemeinden und Antragsteller"))
        self.setSubTitle(self.tr("Die 28 Gemeinden des Kyffhäuserkreises mit dem amtlichen Gemeindeschlüssel "
                                 "(leere Schlüssel bitte aus dem Gemeindeverzeichnis ergänzen) und die Arten von "
                                 "Antragstellern mit ihren Pflichtunterlagen."))
        self.keys = _table([self.tr("Gemeinde"), self.tr("Gemeindeschlüssel")], "setupMunicipalities")
        for row, (name, key) in enumerate(sorted(setup.municipality_keys.items())):
            self.keys.insertRow(row)
            self.keys.setItem(row, 0, _cell(name, False))
            self.keys.setItem(row, 1, _cell(key or ""))
        documents = {code: name for code, name, _years in DOCUMENT_TYPES}
        kinds = QLabel("\n".join(f"• {name}: {', '.join(documents[d] for d in required)}"
                                 for _code, name, _proof, _capacity, required in APPLICANT_TYPES),
                       objectName="setupApplicantTypes", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keys, 1)
        layout.addWidget(kinds)

    def municipality_keys(self) -> Mapping[str, str | None]:
        found: dict[str, str | None] = {}
        for row in range(self.keys.rowCount()):
            name, key = self.keys.item(row, 0), self.keys.item(row, 1)
            if name is not None:
                found[name.text()] = (key.text().strip() if key is not None else "") or None
        return found


class UsersPage(QWizardPage):
    """The first users: the administration (who sets up), a caseworker and a supervisor (four eyes)."""

    ROLES = ("admin", "caseworker", "supervisor")

    def __init__(self, setup: OfficeSetup, passwords: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupUsersPage")
        self.setTitle(self.tr("Erste Benutzer"))
        self.setSubTitle(self.tr("Wer einrichtet, ist die Administration. Für das Vier-Augen-Prinzip braucht das "
                                 "Amt mindestens eine Sachbearbeitung und eine Sachgebietsleitung; leere Zeilen "
                                 "werden übergangen."))
        labels = {"admin": self.tr("Administration"), "caseworker": self.tr("Sachbearbeitung"),
                  "supervisor": self.tr("Sachgebietsleitung")}
        self.rows: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        layout = QFormLayout(self)
        founder = setup.users[0]
        for role in self.ROLES:
            name = bound(QLineEdit(objectName=f"setupUser_{role}"), "User.username")
            display = bound(QLineEdit(objectName=f"setupName_{role}"), "User.display_name")
            display.setPlaceholderText(self.tr("Vollständiger Name"))
            password = QLineEdit(objectName=f"setupPassword_{role}", echoMode=QLineEdit.EchoMode.Password)
            password.setPlaceholderText(self.tr("Passwort (mind. 10 Zeichen, Einzelplatz)"))
            password.setVisible(passwords)
            if role == "admin":
                name.setText(founder.username)
                name.setReadOnly(True)
                display.setText(founder.display_name or "")
            line = QWidget()
            row = QVBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in (name, display, password):
                row.addWidget(widget)
            layout.addRow(labels[role], line)
            self.rows[role] = (name, display, password)

    def users(self) -> tuple[NewUser, ...]:
        return tuple(NewUser(name.text().strip(), role, display.text().strip() or None,
                             password=password.text() or None)
                     for role, (name, display, password) in self.rows.items() if name.text().strip())


class SummaryPage(QWizardPage):
    """What "Amt einrichten" will store, read from the other pages when it is shown; a refusal below it."""

    def __init__(self, summary: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupFinishPage")
        self.setTitle(self.tr("Einrichten"))
        self.setSubTitle(self.tr("»Amt einrichten« legt alles in einem Schritt an; im Protokoll steht es als "
                                 "Ersteinrichtung. Was danach noch fehlt (Bankverbindung, Logo …), zeigt die "
                                 "Startseite."))
        self.summary = summary
        self.lines = QLabel(objectName="setupSummary", wordWrap=True)
        self.message = QLabel(objectName="fieldError", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.lines.setText("\n".join(self.summary()))
