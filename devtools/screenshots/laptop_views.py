"""The views `devtools.screenshots.laptop` shoots, each at the size it opens with on the laptop screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.kernel.database import Database
from demo.generator import generate
from demo.mode import demo_users
from devtools.screenshots.window import _demo_case, prepare_payments, prepare_proof, settle
from ui.application import GuiSession, open_database
from ui.main_window import MainWindow
from ui.style import apply_style

Target = Callable[[str], Path]


def save(app: QApplication, window: MainWindow, widget: QWidget, target: Path) -> None:
    settle(app, window, lambda: True, 1500)
    widget.grab().save(str(target))
    print(f"{target} ({widget.width()}×{widget.height()})")


def case_group(app: QApplication, window: MainWindow, status: str, page: str, target: Path,
               prepare: Callable[[str], None] | None = None) -> None:
    """A case of the status with the page (and so its group) shown; the list keeps its share of the height."""
    file_number = _demo_case(app, window, status)
    if prepare is not None:
        prepare(file_number)
        window.refresh()
        settle(app, window, lambda: window.case_detail.detail is not None)
    widget = getattr(window.case_detail, page)
    window.case_detail.tabs.setCurrentWidget(widget)
    settle(app, window, lambda: getattr(widget, "stale", False) is False)
    save(app, window, window, target)


def main_views(app: QApplication, session: GuiSession, database: Database, target: Target) -> None:
    window = session.open_window("weber")
    settle(app, window, lambda: window.start_page.board is not None)
    window.pages.setCurrentWidget(window.start_page)
    save(app, window, window, target("startseite"))
    case_group(app, window, "decision_proposed", "decision", target("vorgang-entscheidung"))
    window = session.open_window("mueller")
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    case_group(app, window, "eligibility_check", "master", target("vorgang-antrag"))
    case_group(app, window, "eligibility_check", "check", target("vorgang-pruefung"))
    case_group(app, window, "approved", "payments", target("vorgang-geld"), lambda ref: prepare_payments(database, ref))
    case_group(app, window, "proof_review", "proof_of_use", target("vorgang-nachweis"),
               lambda ref: prepare_proof(database, ref))
    case_group(app, window, "closed", "history", target("vorgang-akte"))
    window.pages.setCurrentWidget(window.deadline_view)
    window.deadline_view.everyone.setChecked(True)
    settle(app, window, lambda: window.deadline_view.model.rowCount() > 0)
    save(app, window, window, target("fristen"))


def other_windows(app: QApplication, session: GuiSession, target: Target) -> None:
    from ui.admin.window import AdminWindow
    from ui.applicants.window import ApplicantsWindow, open_applicants
    from ui.payments.runs_view import PaymentRunsView
    from ui.social_plan.coverage_view import CoverageView

    window = session.open_window("weber")
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.coverage_action.trigger()
    coverage = window.findChild(CoverageView)
    assert coverage is not None
    settle(app, window, lambda: coverage.report is not None)
    save(app, window, coverage, target("sozialplan-abdeckung"))
    coverage.close()
    window.open_payment_runs()
    runs = window.findChild(PaymentRunsView)
    assert runs is not None
    settle(app, window, lambda: runs.ready.rowCount() > 0)
    save(app, window, runs, target("zahlungslaeufe"))
    runs.close()
    applicants: ApplicantsWindow = open_applicants(window, window.context, 1)
    settle(app, window, lambda: applicants.file.view is not None and applicants.search.model.rowCount() > 0)
    applicants.search.select_id(1)
    save(app, window, applicants, target("traegerakte"))
    applicants.close()
    window = session.open_window("admin")
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.admin_action.trigger()
    settle(app, window, lambda: window.findChild(AdminWindow) is not None)
    admin = window.findChild(AdminWindow)
    assert admin is not None
    admin.tabs.setCurrentWidget(admin.programmes)
    save(app, window, admin, target("verwaltung"))
    admin.close()


def shoot_all(folder: Path, cases: int, target: Target) -> None:
    app = QApplication([])
    apply_style(app)
    database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    generate(database, cases, seed=1)
    session = GuiSession(database, "mueller", demo_users)
    main_views(app, session, database, target)
    other_windows(app, session, target)
    assert session.window is not None
    session.window.close()
    database.dispose()
