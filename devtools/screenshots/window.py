"""Screenshots of the main window with demo data, for the README and the user guide.

    QT_QPA_PLATFORM=offscreen python -m devtools.screenshots.window [--out docs/screenshots] [--cases 300]

Creates a throw-away SQLite database with demo data, opens the real window as a caseworker and as a
supervisor at 1920×1080 and 1366×768, selects a case and saves PNG files; then the social-plan coverage
window of a supervisor, the start page, the deadline list, the administration window, and (with payments
and a receipt list made through the services) the tabs "Auszahlungen", "Verwendungsnachweis" and the
window "Zahlungsläufe".
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QSplitter

from app.kernel.database import Database
from app.kernel.uow import UnitOfWork
from demo.generator import generate
from demo.mode import demo_users
from ui.application import GuiSession, open_database
from ui.main_window import MainWindow
from ui.style import apply_style


def settle(app: QApplication, window: MainWindow, until: Callable[[], bool], timeout_ms: int = 10000) -> None:
    """Process events until the condition holds and no background job runs."""
    waited = 0
    while waited < timeout_ms and not (until() and not window.context.runner.busy):
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    app.processEvents()


def shoot(app: QApplication, session: GuiSession, user: str, size: tuple[int, int], status: str, page: str,
          target: Path) -> None:
    window = session.open_window(user)
    window.showNormal()  # it opens maximised on the small offscreen screen
    window.resize(*size)
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.case_list.filters.set_status(status)
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.case_list.view.selectRow(2)
    settle(app, window, lambda: window.case_detail.detail is not None)
    window.case_detail.tabs.setCurrentWidget(getattr(window.case_detail, page))  # its group shows with it
    settle(app, window, lambda: True)
    window.grab().save(str(target))
    print(f"{target}")


def shoot_coverage(app: QApplication, session: GuiSession, user: str, size: tuple[int, int], target: Path) -> None:
    """The social-plan coverage window with the demo plan over all its years."""
    from ui.social_plan.coverage_view import CoverageView

    window = session.open_window(user)
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.coverage_action.trigger()
    view = window.findChild(CoverageView)
    assert view is not None
    view.resize(*size)
    settle(app, window, lambda: view.report is not None)
    view.grab().save(str(target))
    view.close()
    print(f"{target}")


def shoot_page(app: QApplication, session: GuiSession, user: str, page: str, target: Path) -> None:
    """A page of the main window at 1920×1080: "start" (dashboard) or "deadlines"."""
    window = session.open_window(user)
    window.showNormal()
    window.resize(1920, 1080)
    settle(app, window, lambda: window.start_page.board is not None)
    if page == "consultations":  # the week of the consultation hours, at the laptop size (issue 23)
        window.resize(1366, 768)
        window.pages.setCurrentWidget(window.pages.consultations)
        settle(app, window, lambda: window.pages.consultations.upcoming.rowCount() > 0)
    elif page == "deadlines":
        window.pages.setCurrentWidget(window.deadline_view)
        window.deadline_view.everyone.setChecked(True)
        settle(app, window, lambda: window.deadline_view.model.rowCount() > 0)
    else:
        window.pages.setCurrentWidget(window.start_page)
    settle(app, window, lambda: True)
    window.grab().save(str(target))
    print(f"{target}")


def shoot_admin(app: QApplication, session: GuiSession, tabs: dict[str, Path]) -> None:
    """The administration window of the demo administrator, one picture per listed tab."""
    from ui.admin.window import AdminWindow

    window = session.open_window("admin")
    settle(app, window, lambda: window.start_page.board is not None)
    window.admin_action.trigger()
    settle(app, window, lambda: window.findChild(AdminWindow) is not None)
    admin = window.findChild(AdminWindow)
    assert admin is not None
    admin.resize(1920, 1080)
    for name, target in tabs.items():
        admin.tabs.setCurrentWidget(getattr(admin, name))
        if admin.tabs.currentWidget() is admin.templates:
            settle(app, window, lambda: bool(admin.templates.case.text()))
            admin.templates.preview()
            settle(app, window, lambda: admin.templates.preview_area.pdf is not None)
        settle(app, window, lambda: True)
        admin.grab().save(str(target))
        print(f"{target}")
    admin.close()


def _demo_case(app: QApplication, window: MainWindow, status: str) -> str:
    """Select the third case of a status in the list and return its file number."""
    settle(app, window, lambda: window.case_list.model.rowCount() > 0)
    window.case_list.filters.set_status(status)
    settle(app, window, lambda: window.case_list.model.rowCount() > 2)
    window.case_list.view.selectRow(2)
    settle(app, window, lambda: window.case_detail.detail is not None)
    assert window.case_detail.detail is not None
    return window.case_detail.detail.file_number


def prepare_payments(database: Database, file_number: str) -> None:
    """Two instalments; the first ordered and signed by two people, the second signed "sachlich richtig"."""
    from app.payments import orders as payment_orders
    from app.payments import plan as payment_plan
    from app.payments.reader import PaymentReader

    case = PaymentReader(database, "mueller").case(file_number)
    assert case.approved is not None and case.start_date is not None and case.end_date is not None
    first = (case.approved * Decimal("0.6")).quantize(Decimal("0.01"))
    later = min(case.end_date, case.start_date + dt.timedelta(days=90))
    payment_plan.set_payment_plan(UnitOfWork(database, "mueller"), file_number, "instalments",
                                  [(case.start_date, first), (later, case.approved - first)])
    for number, instalment in enumerate(PaymentReader(database, "mueller").case(file_number).instalments):
        order_id = payment_orders.create_order(UnitOfWork(database, "mueller"), file_number,
                                               payment_orders.OrderInput(instalment_id=instalment.id)).record_id
        assert order_id is not None
        payment_orders.sign_factual(UnitOfWork(database, "mueller"), order_id)
        if number == 0:
            payment_orders.sign_arithmetic(UnitOfWork(database, "weber"), order_id)


def prepare_proof(database: Database, file_number: str) -> None:
    """Actual figures (one line over plan), two receipts per cost line, the sample drawn and two receipts checked."""
    from app.proof import sample_check
    from app.proof import service as proof_of_use
    from app.proof.queries import proof_review

    view = proof_review(UnitOfWork(database, "mueller"), file_number)
    assert view is not None and view.period[0] is not None
    factors = (Decimal("0.97"), Decimal("1.12"), Decimal("0.90"))
    actuals = {item.line.cost_line_id: (item.line.planned * factors[index % 3]).quantize(Decimal("0.01"))
               for index, item in enumerate(view.statement.lines)}
    funds = {row.label: row.actual for row in view.funds}
    proof_of_use.save_statement(UnitOfWork(database, "mueller"), file_number, proof_of_use.StatementInput(
        actuals, *(str(v) for v in list(funds.values())[:3]), view.report_text), view.proof_version)
    payees = [("Lohnbüro Meier", "Gehalt Fachkraft"), ("Spielwaren Kunze", "Bastelmaterial"),
              ("Druckerei Sommer", "Flyer und Plakate"), ("Referentin Roth", "Elternabend"),
              ("Bäckerei Lange", "Verpflegung Familienfest"), ("Stadtwerke", "Raumnebenkosten")]
    number = 0
    for line_id, actual in actuals.items():
        first = (actual * Decimal("0.6")).quantize(Decimal("0.01"))
        for amount in (first, actual - first):
            payee, purpose = payees[number % len(payees)]
            day = view.period[0] + dt.timedelta(days=17 * number + 3)
            proof_of_use.add_receipt(UnitOfWork(database, "mueller"), file_number, proof_of_use.ReceiptInput(
                day, payee, purpose, amount, line_id, day))
            number += 1
    sample_check.draw_sample(UnitOfWork(database, "mueller"), file_number, seed="20261126")
    view = proof_review(UnitOfWork(database, "mueller"), file_number)
    assert view is not None
    sampled = [r for r in view.receipts if r.in_sample]
    sample_check.record_check(UnitOfWork(database, "mueller"), file_number, sampled[0].id, True)
    if len(sampled) > 1:
        sample_check.record_check(UnitOfWork(database, "mueller"), file_number, sampled[1].id, False,
                                  Decimal("50.00"), "Pfand nicht zuwendungsfähig")


def shoot_tab(app: QApplication, window: MainWindow, tab: str, target: Path) -> None:
    """The main window with the case list small and the given tab of the case large."""
    window.refresh()
    settle(app, window, lambda: window.case_detail.detail is not None)
    splitter = window.findChild(QSplitter, "mainSplitter")
    if splitter is not None:
        splitter.setSizes([190, 1000])
    widget = getattr(window.case_detail, tab)
    window.case_detail.tabs.setCurrentWidget(widget)
    settle(app, window, lambda: getattr(widget, "stale", False) is False)
    settle(app, window, lambda: True, 1500)
    window.grab().save(str(target))
    print(target)


def shoot_money(app: QApplication, session: GuiSession, database: Database, out: Path) -> None:
    """The tabs "Auszahlungen" and "Verwendungsnachweis" of a case and the window "Zahlungsläufe"."""
    from app.payments import cash_export
    from ui.payments.runs_view import PaymentRunsView

    window = session.open_window("mueller")
    window.showNormal()
    window.resize(1920, 1080)
    file_number = _demo_case(app, window, "approved")
    prepare_payments(database, file_number)
    with tempfile.TemporaryDirectory() as folder:  # the first run went to the cash office
        cash_export.export_orders(UnitOfWork(database, "weber"), "csv", Path(folder) / "lauf.csv")
    shoot_tab(app, window, "payments", out / "auszahlungen.png")
    window.case_list.view.selectRow(3)
    settle(app, window, lambda: window.case_detail.detail is not None
           and window.case_detail.detail.file_number != file_number)
    assert window.case_detail.detail is not None
    prepare_payments(database, window.case_detail.detail.file_number)
    window.open_payment_runs()
    runs = window.findChild(PaymentRunsView)
    assert runs is not None
    settle(app, window, lambda: runs.ready.rowCount() > 0 and runs.batches.rowCount() > 0)
    runs.grab().save(str(out / "zahlungslaeufe.png"))
    print(out / "zahlungslaeufe.png")
    runs.close()
    prepare_proof(database, _demo_case(app, window, "proof_review"))
    shoot_tab(app, window, "proof_of_use", out / "verwendungsnachweis.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--only-new", action="store_true", help="only the start page, deadlines, administration")
    parser.add_argument("--only-money", action="store_true", help="only payments, payment runs, proof of use")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        generate(database, args.cases, seed=1)
        session = GuiSession(database, "mueller", demo_users)
        if args.only_money:
            shoot_money(app, session, database, out)
            session.window.close()  # type: ignore[union-attr]
            database.dispose()
            return
        if not args.only_new:
            shoot(app, session, "mueller", (1920, 1080), "funding", "money", out / "hauptfenster-1920.png")
            shoot(app, session, "mueller", (1920, 1080), "eligibility_check", "check", out / "pruefung-1920.png")
            shoot(app, session, "mueller", (1920, 1080), "social_plan_review", "plan",
                  out / "finanzierungsplan-1920.png")
            shoot(app, session, "weber", (1366, 768), "decision_proposed", "decision", out / "entscheidung-1366.png")
            shoot(app, session, "mueller", (1366, 768), "closed", "history", out / "verlauf-1366.png")
            shoot_coverage(app, session, "weber", (1920, 1080), out / "sozialplan-abdeckung.png")
        shoot_page(app, session, "weber", "start", out / "startseite.png")
        shoot_page(app, session, "mueller", "deadlines", out / "fristen.png")
        shoot_page(app, session, "mueller", "consultations", out / "beratung-1366.png")
        shoot_admin(app, session, {"programmes": out / "verwaltung-programme.png",
                                   "budgets": out / "verwaltung-haushalt.png",
                                   "documents": out / "verwaltung-antragsteller.png",
                                   "settings": out / "verwaltung-zinsen.png",
                                   "templates": out / "verwaltung-vorlagen.png"})
        shoot_money(app, session, database, out)
        session.window.close()  # type: ignore[union-attr]
        database.dispose()


if __name__ == "__main__":
    main()
