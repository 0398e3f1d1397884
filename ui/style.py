"""Look of the application: Fusion style, a calm palette, status colours (always shown with text)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# background, text per status code; status is always written out as well (never colour alone)
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "idea": ("#eef1f5", "#44505e"),
    "received": ("#e3eefb", "#1d4f8c"),
    "eligibility_check": ("#e6f0ff", "#1f4fa3"),
    "documents_requested": ("#fff1d6", "#8a5300"),
    "social_plan_review": ("#ece6fb", "#4b2e9e"),
    "decision_proposed": ("#fde7d6", "#9a4a00"),
    "approved": ("#def3e3", "#1f6b35"),
    "rejected": ("#fbe1e1", "#9b1c1c"),
    "funding": ("#d9f2ee", "#0d6157"),
    "proof_review": ("#f3e8d2", "#6e4c0b"),
    "closed": ("#e9ecef", "#3d4650"),
    "withdrawn": ("#f1f1f1", "#6b6b6b"),
}

ACCENT = "#1f5fa8"

STYLESHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
QTabWidget::pane { border: 1px solid #d5d9de; background: white; border-radius: 4px; }
QTabBar::tab { padding: 6px 12px; border: 1px solid transparent; }
QTabBar::tab:selected { background: white; border: 1px solid #d5d9de; border-bottom-color: white;
                        border-top-left-radius: 4px; border-top-right-radius: 4px; }
QTableView { background: white; alternate-background-color: #f8f9fb; gridline-color: #eceef1;
             selection-background-color: #cfe0f5; selection-color: #10243d; border: 1px solid #d5d9de; }
QHeaderView::section { background: #eef1f4; padding: 4px 6px; border: none;
                       border-right: 1px solid #dde1e6; border-bottom: 1px solid #d5d9de; font-weight: 600; }
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QSpinBox { padding: 3px 5px; border: 1px solid #c5cbd3;
             border-radius: 3px; background: white; }
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QPlainTextEdit:focus { border: 1px solid #1f5fa8; }
QLineEdit[invalid="true"] { border: 1px solid #c0392b; background: #fff6f5; }
QLabel#fieldError { color: #b3261e; }
QLabel#actionResult { color: #1b5e20; background: #eef7ee; padding: 4px 8px; border-radius: 3px; }
QLabel#caseTitle { font-size: 15pt; font-weight: 600; color: #10243d; }
QLabel#caseSubtitle { color: #56616e; }
QLabel#totals { color: #2b3642; padding: 4px 2px; }
QPushButton { padding: 5px 12px; border: 1px solid #b9c1cb; border-radius: 3px; background: white; }
QPushButton:hover { background: #eef3fa; }
QPushButton:default, QPushButton#primary { background: #1f5fa8; color: white; border-color: #1f5fa8; }
QPushButton:disabled { color: #9aa3ad; background: #f3f4f6; }
QGroupBox { font-weight: 600; border: 1px solid #d5d9de; border-radius: 4px; margin-top: 10px; padding-top: 8px;
            background: white; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QToolBar { background: #ffffff; border-bottom: 1px solid #d5d9de; spacing: 6px; padding: 3px; }
QStatusBar { background: #eef1f4; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe0f5"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#10243d"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
