"""The database connection: an SQLite file or a PostgreSQL server, tested before it is saved.

The address goes to the configuration file (for this user or the whole machine); a password goes to
the platform's keyring, never into the file. The new connection applies at the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.administration.db_settings import check_connection, save_database_url
from app.kernel.config import sqlite_url
from ui.admin.base import AdminTab, form
from ui.context import UiContext
from ui.operations import Operation


class DatabaseTab(AdminTab):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "databaseTab", parent)
        self.current = QLabel(self.tr("Aktuell verbunden: {url}").format(url=context.database.display_url),
                              objectName="currentDatabase", wordWrap=True)
        self.sqlite = QRadioButton(self.tr("Eingebettete SQLite-Datei (ein Arbeitsplatz)"), objectName="useSqlite")
        self.postgres = QRadioButton(self.tr("PostgreSQL-Server (gemeinsam im Amt)"), objectName="usePostgres")
        group = QButtonGroup(self)
        group.addButton(self.sqlite)
        group.addButton(self.postgres)
        self.file = QLineEdit(objectName="sqliteFile")
        browse = QPushButton(self.tr("Datei wählen …"), objectName="chooseSqliteFile")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.url = QLineEdit(objectName="postgresUrl",
                             placeholderText="postgresql+psycopg://benutzer@server:5432/foerderdesk")
        self.password = QLineEdit(objectName="postgresPassword", echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("wird im Schlüsselbund des Systems gespeichert"))
        self.machine_wide = QCheckBox(self.tr("Für alle Benutzer dieses Rechners speichern"), objectName="machineWide")
        self.test_button = QPushButton(self.tr("Verbindung testen"), objectName="testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Speichern (gilt ab dem nächsten Start)"), objectName="saveDatabase")
        self.save_button.clicked.connect(self.save_choice)
        fields = form()
        fields.addRow(self.sqlite)
        fields.addRow(self.tr("SQLite-Datei"), file_row)
        fields.addRow(self.postgres)
        fields.addRow(self.tr("Server-Adresse (URL)"), self.url)
        fields.addRow(self.tr("Passwort"), self.password)
        fields.addRow("", self.machine_wide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        self.layout_.addWidget(self.current)
        self.layout_.addLayout(fields)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        self.finish_layout()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._preset(context.database.url)
        self.sqlite.toggled.connect(lambda _on: self._enable())
        self._enable()

    def _preset(self, url: Any) -> None:  # a SQLAlchemy URL (ui does not import SQLAlchemy)
        if url.get_backend_name() == "sqlite":
            self.sqlite.setChecked(True)
            self.file.setText(url.database or "")
        else:
            self.postgres.setChecked(True)
            self.url.setText(self.context.database.display_url)

    def _enable(self) -> None:
        sqlite = self.sqlite.isChecked()
        self.file.setEnabled(sqlite)
        self.url.setEnabled(not sqlite)
        self.password.setEnabled(not sqlite)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("SQLite-Datei wählen"), self.file.text(),
                                                    self.tr("SQLite-Datenbank (*.sqlite3 *.db)"),
                                                    options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.file.setText(path)

    def chosen_url(self) -> str:
        if self.sqlite.isChecked():
            return sqlite_url(Path(self.file.text().strip()).expanduser())
        return self.url.text().strip()

    def _password(self) -> str | None:
        return None if self.sqlite.isChecked() else (self.password.text() or None)

    def test_connection(self) -> None:
        url, password = self.chosen_url(), self._password()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Verbindung wird geprüft …"))
        Operation(self, self.context, lambda: check_connection(url, password)).success(self._tested) \
            .failure(self.show_error).run()

    def _tested(self, sentence: str) -> None:
        self.message.setStyleSheet("color: #1f6b35;")
        self.message.setText(sentence)

    def save_choice(self) -> None:
        url, password, machine = self.chosen_url(), self._password(), self.machine_wide.isChecked()
        Operation(self, self.context, lambda: save_database_url(url, machine_wide=machine, password=password)) \
            .success(lambda path: self._tested(self.tr(
                                       "Gespeichert in {path}. Die Verbindung gilt ab dem nächsten Start.").format(
                                       path=path))) \
            .failure(self.show_error).run()
