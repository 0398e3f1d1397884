"""A proof-of-use review through the real widgets (pytest-qt, both backends): figures with a flagged line,
a refused and an accepted receipt list, a receipt typed in, the sample, the results, the Prüfvermerk and the
Prüfakte."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.proof.sample_check import draw_sample, record_check
from app.proof.service import ReceiptInput, add_receipt
from db.models import Document, DocumentType
from tests.fixtures.database import Today
from tests.fixtures.files import FileAnswers, partial_files
from tests.fixtures.gui import Answers, WindowFactory
from tests.letters.cases import pdf_text
from tests.proof.cases import cost_line_ids, in_review, receipt_book
from tests.support import YEAR, Office, closed_case
from ui.main_window import MainWindow
from ui.proof_of_use.dialogs import CheckDialog, FiguresDialog, ReceiptDialog
from ui.proof_of_use.import_dialog import ReceiptImportDialog
from ui.proof_of_use.rows import FLAG_BACKGROUND
from ui.proof_of_use.tab import ProofOfUseTab

WAIT = 20000
GOOD = [(1, dt.date(YEAR, 4, 20), "Lohnbüro Meier", "Gehalt April", 3000, "1", dt.date(YEAR, 4, 30)),
        (2, dt.date(YEAR, 5, 15), "Spielwaren Kunze", "Bastelmaterial", 1234.5, "Sachkosten", None),
        (3, dt.date(YEAR, 8, 10), "Referentin Roth", "Elternabend", 450.5, "3", dt.date(YEAR, 8, 12))]
BAD = [*GOOD[:2], (3, dt.date(YEAR, 5, 2), "Druckerei Sommer", "Flyer", "zweihundert Euro", "2", None)]


def open_tab(qtbot: QtBot, window: MainWindow, file_number: str) -> ProofOfUseTab:
    detail = window.case_detail
    detail.open_case(file_number)
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.file_number == file_number
                    and not window.context.runner.busy, timeout=WAIT)
    tab = detail.proof_of_use
    detail.tabs.setCurrentWidget(tab)
    assert detail.tabs.tabText(detail.tabs.currentIndex()) == "Verwendungsnachweis"
    idle(qtbot, tab)
    return tab


def idle(qtbot: QtBot, tab: ProofOfUseTab) -> None:
    qtbot.waitUntil(lambda: not tab.context.runner.busy and tab.view is not None and not tab.stale, timeout=WAIT)


def dialog_of(tab: ProofOfUseTab, kind: type[QDialog]) -> QDialog:
    return next(d for d in tab.findChildren(kind) if d.isVisible())


def import_dialog(qtbot: QtBot, tab: ProofOfUseTab, files: FileAnswers, path: Path) -> ReceiptImportDialog:
    """Press "Belegliste importieren …", choose `path` (in the replaced file dialog), wait for the dry run."""
    files.open = path
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(tab, ReceiptImportDialog)
    assert isinstance(dialog, ReceiptImportDialog)
    qtbot.waitUntil(lambda: not tab.context.runner.busy and bool(dialog.summary.text()), timeout=WAIT)
    return dialog


def submit(qtbot: QtBot, tab: ProofOfUseTab, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    idle(qtbot, tab)


def cell(tab: ProofOfUseTab, model: object, row: int, column: int) -> str:
    return model.index(row, column).data()  # type: ignore[attr-defined, no-any-return]


def enter_figures(qtbot: QtBot, tab: ProofOfUseTab) -> None:
    qtbot.mouseClick(tab.figures_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(tab, FiguresDialog)
    for position, amount in ((1, "9.000,00"), (2, "2.500,00"), (3, "1.000,00")):
        dialog.findChild(object, f"actual-{position}").setText(amount)  # type: ignore[union-attr]
    dialog.report.setPlainText("Das Familiencafé war an 40 Nachmittagen geöffnet.")  # type: ignore[attr-defined]
    submit(qtbot, tab, dialog)


def type_receipt(qtbot: QtBot, tab: ProofOfUseTab) -> None:
    qtbot.mouseClick(tab.receipt_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(tab, ReceiptDialog)
    assert isinstance(dialog, ReceiptDialog)
    dialog.receipt_date.setText("20.06.2026")
    dialog.payee.setText("Bastelbedarf Ahrens")
    dialog.purpose.setText("Papier und Farben")
    dialog.amount.setText("500,00")
    dialog.cost_line.setCurrentIndex(1)
    dialog.paid_on.setText("22.06.2026")
    submit(qtbot, tab, dialog)


def check_all(qtbot: QtBot, tab: ProofOfUseTab) -> None:
    """Receipt 3 not accepted with 100,00 € and a reason, all others accepted."""
    for row in range(tab.receipts.rowCount()):
        tab.receipt_view.setCurrentIndex(tab.receipts.index(row, 0))
        assert tab.check_button.isEnabled()
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        dialog = dialog_of(tab, CheckDialog)
        assert isinstance(dialog, CheckDialog)
        if dialog.receipt.position == 3:
            dialog.refuse_option.setChecked(True)
            dialog.amount.setText("100,00")
            dialog.reason.setPlainText("Honorar über dem vereinbarten Satz.")
        submit(qtbot, tab, dialog)


def reviewed(office: Office, file_number: str) -> None:
    """One receipt over the whole eligible costs, drawn and accepted: the receipt review is done."""
    line = cost_line_ids(office, file_number)[0]
    receipt = add_receipt(office.anna, file_number, ReceiptInput(dt.date(YEAR, 4, 20), "Lohnbüro Meier", "Gehälter",
                                                                 "12000.00", line, dt.date(YEAR, 4, 20)))
    draw_sample(office.anna, file_number)
    record_check(office.anna, file_number, receipt, True, None, "")


def test_review_from_entry_to_the_pruefvermerk_and_the_pruefakte(
        office: Office, today: Today, window_for: WindowFactory, qtbot: QtBot, answers: Answers,
        files: FileAnswers, tmp_path: Path, qtmodeltester: ModelTester) -> None:
    file_number = in_review(office, today)
    tab = open_tab(qtbot, window_for("anna"), file_number)
    assert tab.figures_button.isVisible() and not tab.sample_button.isVisible()  # no receipts yet

    enter_figures(qtbot, tab)
    assert cell(tab, tab.statement, 1, 5) == "25,00 %"
    assert tab.statement.rows[1].background == FLAG_BACKGROUND and "über Plan" in cell(tab, tab.statement, 1, 7)
    assert tab.statement.rows[0].background is None
    qtmodeltester.check(tab.statement)

    refused = import_dialog(qtbot, tab, files, receipt_book(tmp_path / "fehlerhaft.xlsx", BAD))
    qtbot.waitUntil(lambda: "1 mit Fehlern" in refused.summary.text(), timeout=WAIT)
    problems = [r.cells for r in refused.report.rows if r.cells[2] == "Fehler"]
    assert [cells[:3] for cells in problems] == [("6", "E (Betrag)", "Fehler")]
    assert problems[0][3].startswith("»zweihundert Euro« ist kein gültiger Betrag")
    assert not refused.import_button.isEnabled()
    refused.reject()
    idle(qtbot, tab)
    assert tab.view is not None and tab.view.receipts == () and tab.receipts.rowCount() == 1  # the row to type in

    own_headers = ("Nr", "Belegdatum", "Empfänger", "Zweck", "Summe", "Kostenposition", "bezahlt am")
    dialog = import_dialog(qtbot, tab, files, receipt_book(tmp_path / "belege.xlsx", GOOD, headers=own_headers))
    qtbot.waitUntil(lambda: "Keine Spalte für: Betrag" in dialog.summary.text(), timeout=WAIT)
    amount = dialog.combos["amount"]
    amount.setCurrentIndex(amount.findData("Summe"))  # the user maps the column the suggestion missed
    assert not dialog.import_button.isEnabled()  # the mapping changed: a new dry run first
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
    assert "3 gültig, 0 mit Fehlern" in dialog.summary.text()
    qtmodeltester.check(dialog.report)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3 Belege aus »belege.xlsx« importiert." in tab.message.text(), timeout=WAIT)
    idle(qtbot, tab)
    type_receipt(qtbot, tab)
    assert tab.receipts.rowCount() == 5 and cell(tab, tab.receipts, 3, 2) == "Bastelbedarf Ahrens"
    assert "endgültige Zuwendung: nach der Belegprüfung" in tab.summary.text()
    assert "Endgültige Zuwendung" not in tab.calculation.toPlainText()  # not before the review

    qtbot.mouseClick(tab.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Stichprobe gezogen: 4 von 4 Belegen" in tab.message.text(), timeout=WAIT)
    idle(qtbot, tab)
    assert "Stichprobe ziehen" in answers.asked
    assert not tab.receipt_button.isVisible() and tab.check_button.isVisible()  # the list is fixed now
    assert tab.receipts.rowCount() == 4 and all(cell(tab, tab.receipts, row, 7) == "●" for row in range(4))
    check_all(qtbot, tab)
    qtmodeltester.check(tab.receipts)
    assert cell(tab, tab.receipts, 2, 8) == "nicht anerkannt: 100,00 € – Honorar über dem vereinbarten Satz."
    calculation = tab.calculation.toPlainText()
    # 12,500.00 − 100.00 = 12,400.00 recognised; 80 % = 9,920.00; paid 10,000.00 → 80.00 back after a hearing
    assert "Endgültige Zuwendung: 9.920,00 €" in calculation and "Anhörung" in calculation

    files.save_to = tmp_path / "pruefvermerk"
    qtbot.mouseClick(tab.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Prüfvermerk ausgestellt" in tab.message.text(), timeout=WAIT)
    written = (tmp_path / "pruefvermerk.pdf").read_bytes()
    with office.database.read() as session:  # stored with the case's documents, byte for byte
        stored = session.scalar(select(Document.content).join(DocumentType).where(DocumentType.code == "pruefvermerk"))
        assert stored == written
    idle(qtbot, tab)
    assert "Prüfvermerk vom 15.02.2027" in tab.summary.text()
    text = pdf_text(written)
    assert "Prüfvermerk zum Verwendungsnachweis" in text and file_number in text and "9.920,00 €" in text

    files.save_to = tmp_path / "akte.zip"
    qtbot.mouseClick(tab.dossier_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Prüfakte mit" in tab.message.text(), timeout=WAIT)
    with zipfile.ZipFile(tmp_path / "akte.zip") as archive:
        names = archive.namelist()
        assert archive.read(next(n for n in names if "_Pruefvermerk_" in n)) == written
    assert partial_files(tmp_path) == []


def test_a_reader_sees_the_figures_but_no_buttons(office: Office, today: Today, window_for: WindowFactory,
                                                  qtbot: QtBot) -> None:
    file_number = in_review(office, today)
    tab = open_tab(qtbot, window_for("leser"), file_number)
    assert "Eingang 15.02.2027" in tab.summary.text()
    assert not any(b.isVisible() for b in (tab.figures_button, tab.receipt_button, tab.import_button,
                                           tab.note_button, tab.dossier_button))


def test_dossiers_for_the_filtered_cases_from_the_menu(office: Office, today: Today, window_for: WindowFactory,
                                                       qtbot: QtBot, files: FileAnswers, tmp_path: Path) -> None:
    first, second = closed_case(office, today), in_review(office, today)
    window = window_for("sabine")
    files.folder = tmp_path / "akten"
    window.dossiers_action.trigger()
    qtbot.waitUntil(lambda: "2 Prüfakten geschrieben" in window.statusBar().currentMessage(), timeout=WAIT)
    assert sorted(p.name for p in (tmp_path / "akten").iterdir()) == sorted(
        [f"Pruefakte_{first}.zip", f"Pruefakte_{second}.zip", "uebersicht.csv"])
    assert not window_for("leser").dossiers_action.isEnabled()


def test_the_calculation_shows_every_step_with_the_actual_figures(office: Office, today: Today,
                                                                  window_for: WindowFactory, qtbot: QtBot,
                                                                  qtmodeltester: ModelTester) -> None:
    # plan 12.500,00 € (own 1.500, third party 1.000), approved and paid 10.000,00 € (80 %); the proof first as a
    # total of 12.000,00 €, then per cost line 9.000 + 2.500 + 1.000 = 12.500,00 € with third-party funds of
    # 2.000,00 €: Deckungsmittel 3.500 against 2.500 → 80 % × (12.500 − 1.000) = 9.200,00 €, 800,00 € back
    file_number = in_review(office, today, actual="12000.00")
    reviewed(office, file_number)  # the final grant is shown only after the receipt review
    tab = open_tab(qtbot, window_for("anna"), file_number)
    assert [cell(tab, tab.statement, row, 3) for row in range(5)] == [
        "(nicht einzeln erfasst)", "(nicht einzeln erfasst)", "(nicht einzeln erfasst)", "12.000,00 €", "12.000,00 €"]
    assert cell(tab, tab.statement, 3, 1) == "Summe" and cell(tab, tab.statement, 4, 1) == "davon zuwendungsfähig"
    assert "Endgültige Zuwendung: 9.600,00 €" in tab.calculation.toPlainText()  # 80 % × 12.000
    qtmodeltester.check(tab.statement)

    qtbot.mouseClick(tab.figures_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(tab, FiguresDialog)
    assert isinstance(dialog, FiguresDialog)
    for position, amount in ((1, "9.000,00"), (2, "2.500,00"), (3, "1.000,00")):
        dialog.findChild(object, f"actual-{position}").setText(amount)  # type: ignore[union-attr]
    dialog.third.setText("2.000,00")
    submit(qtbot, tab, dialog)
    qtbot.waitUntil(lambda: "9.200,00 €" in tab.calculation.toPlainText(), timeout=WAIT)
    lines = tab.calculation.toPlainText().splitlines()
    for line in ("Finanzierungsart: Anteilfinanzierung", "Zuwendungsfähige Ausgaben laut Plan: 12.500,00 €",
                 "Deckungsmittel laut Plan (Eigenanteil 1.500,00 € + Drittmittel 1.000,00 € + Einnahmen 0,00 €): "
                 "2.500,00 €",
                 "Deckungsmittel Ist (Eigenanteil 1.500,00 € + Drittmittel 2.000,00 € + Einnahmen 0,00 €): 3.500,00 €",
                 "Zuwendungsfähige Ist-Ausgaben: 12.500,00 €",
                 "− Mehr an Deckungsmitteln gegenüber dem Plan: 1.000,00 €",
                 "= Bemessungsgrundlage: 11.500,00 €", "× Fördersatz 10.000,00 € ÷ 12.500,00 € (80 %): 9.200,00 €",
                 "Bewilligte Zuwendung: 10.000,00 €", "Endgültige Zuwendung: 9.200,00 €",
                 "Rückforderungsbetrag (ausgezahlt − endgültig): 10.000,00 € − 9.200,00 € = 800,00 €"):
        assert line in lines, line
    assert "Anhörung zur Rückforderung von 800,00 €" in tab.calculation.toPlainText()
    assert [cell(tab, tab.statement, row, 3) for row in range(5)] == [
        "9.000,00 €", "2.500,00 €", "1.000,00 €", "12.500,00 €", "12.500,00 €"]
