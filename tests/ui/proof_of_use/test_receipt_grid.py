"""Receipts pasted from an Excel clipboard table into the grid, checked per row, flagged and saved (both backends);
no final grant before the receipt review; cost lines and receipts both visible at 1366×768."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.fixtures.database import Today
from tests.fixtures.gui import Answers, WindowFactory
from tests.proof.cases import in_review
from tests.support import Office
from tests.ui.proof_of_use.test_proof_review import idle, open_tab
from ui.proof_of_use.receipt_grid import DUPLICATE_BACKGROUND
from ui.proof_of_use.rows import FLAG_BACKGROUND
from ui.proof_of_use.tab import ProofOfUseTab

D = Decimal
WAIT = 20000
# as Excel puts a copied range on the clipboard: a header row, tabs between cells, CRLF after each row
TABLE = ("Lfd. Nr.\tBelegdatum\tEmpfänger\tZweck\tBetrag\tKostenposition\r\n"
         "1\t20.04.2026\tLohnbüro Meier\tGehalt April\t3.000,00\t1\r\n"
         "2\t15.05.2026\tSpielwaren Kunze\tBastelmaterial\t1.234,50 €\tSachkosten\r\n"
         "3\t15.05.2026\tSpielwaren Kunze\tFarben\t1234,5x\t2\r\n")


def paste(qtbot: QtBot, tab: ProofOfUseTab, text: str) -> None:
    QApplication.clipboard().setText(text)
    view = tab.receipt_view
    view.setFocus()
    view.setCurrentIndex(tab.receipts.index(tab.receipts.rowCount() - 1, 0))
    with qtbot.waitSignal(view.pasted, timeout=WAIT):
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def background(tab: ProofOfUseTab, row: int) -> str | None:
    brush = tab.receipts.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    return brush.color().name() if brush is not None else None


def save(qtbot: QtBot, tab: ProofOfUseTab, expect: str) -> None:
    qtbot.mouseClick(tab.save_receipts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: expect in tab.message.text(), timeout=WAIT)
    idle(qtbot, tab)


def test_receipts_pasted_checked_flagged_and_saved(office: Office, today: Today, window_for: WindowFactory,
                                                   qtbot: QtBot, answers: Answers,
                                                   qtmodeltester: ModelTester) -> None:
    file_number = in_review(office, today)
    tab = open_tab(qtbot, window_for("anna"), file_number)
    assert "endgültige Zuwendung: nach der Belegprüfung" in tab.summary.text()
    assert "Endgültige Zuwendung" not in tab.calculation.toPlainText()
    assert "Belege erfassen, die Stichprobe ziehen" in tab.calculation.toPlainText()

    paste(qtbot, tab, TABLE)
    grid = tab.receipts
    assert grid.rowCount() == 4  # three pasted rows and the empty row for the next receipt
    assert [grid.index(2, c).data() for c in range(6)] == ["15.05.2026", "3", "Spielwaren Kunze", "Farben", "2",
                                                           "1234,5x"]
    assert background(tab, 2) == FLAG_BACKGROUND
    assert grid.messages(3).startswith("Betrag: »1234,5x« ist kein gültiger Betrag")
    assert "Zeile 3: Betrag: »1234,5x« ist kein gültiger Betrag" in tab.entry_report.text()
    qtmodeltester.check(grid)

    save(qtbot, tab, "Es wurde nichts gespeichert: 1 Zeilen haben Fehler")  # all or nothing
    assert tab.view is not None and tab.view.receipts == ()
    assert grid.rowCount() == 4 and grid.dirty  # what was pasted stays, to be corrected
    tab.refresh()  # another change of the case reloads the tab: the rows typed stay
    idle(qtbot, tab)
    assert grid.rowCount() == 4 and grid.dirty and background(tab, 2) == FLAG_BACKGROUND

    assert grid.setData(grid.index(2, 5), "1.234,50")  # corrected in the grid: now a likely duplicate of row 2
    assert background(tab, 2) == DUPLICATE_BACKGROUND
    assert grid.messages(3) == ("Möglicherweise doppelt: gleiches Datum (15.05.2026), gleicher Betrag (1.234,50 €) "
                                "und Empfänger wie Zeile 2.")
    save(qtbot, tab, "3 Belege gespeichert, 0 geändert.")
    view = tab.view
    assert view is not None
    assert [(r.position, r.payee, r.amount, r.cost_line) for r in view.receipts] == [
        (1, "Lohnbüro Meier", D("3000.00"), "1. Pädagogische Fachkraft (0,25 VZÄ)"),
        (2, "Spielwaren Kunze", D("1234.50"), "2. Spiel- und Bastelmaterial"),
        (3, "Spielwaren Kunze", D("1234.50"), "2. Spiel- und Bastelmaterial")]
    assert not grid.dirty and grid.rowCount() == 4

    # the same receipt again, without a number: an exact duplicate is saved only when confirmed
    paste(qtbot, tab, "15.05.2026\t\tSpielwaren Kunze\tBastelmaterial\t2\t1.234,50\r\n")
    assert grid.messages(4) == "Doppelter Beleg: in allen Angaben gleich wie Beleg Nr. 2."
    answers.yes = False
    save(qtbot, tab, "Es wurde nichts gespeichert: Zeile 4 wiederholt einen Beleg")
    assert "Doppelte Belege" in answers.asked
    assert tab.view is not None and len(tab.view.receipts) == 3
    answers.yes = True
    save(qtbot, tab, "1 Belege gespeichert, 0 geändert.")
    assert tab.view is not None and [r.position for r in tab.view.receipts] == [1, 2, 3, 4]
    assert "endgültige Zuwendung: nach der Belegprüfung" in tab.summary.text()  # still before the review


def test_cost_lines_and_receipts_visible_on_a_laptop_screen(office: Office, today: Today, window_for: WindowFactory,
                                                            qtbot: QtBot) -> None:
    file_number = in_review(office, today)
    window = window_for("anna")
    window.resize(1366, 768)
    tab = open_tab(qtbot, window, file_number)
    paste(qtbot, tab, TABLE)
    qtbot.wait(100)
    window.grab().save("/tmp/proof_tab_1366.png")
    statement, receipts = tab.statement_view, tab.receipt_view
    rows_high = sum(statement.rowHeight(r) for r in range(tab.statement.rowCount()))
    assert statement.viewport().height() >= rows_high  # every cost line and both sums
    assert receipts.viewport().height() >= 4 * receipts.rowHeight(0)  # the pasted receipts and the new row
    assert receipts.isVisible() and statement.isVisible()
