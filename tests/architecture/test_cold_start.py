"""The window's cold start loads only what its first screen needs (issue 26: a filled case list within a second).

PDF, Excel and chart libraries, and the features behind menus and case tabs (letters, Excel, proof of use,
payments of a case, the action dialogs, the applicant file, administration), are imported when first used; so are
the case detail below the list and the pages behind the window's tabs (deadlines, consultations, micro projects),
which nobody sees at start.
Each probe runs in a fresh interpreter and reports `sys.modules`, so an import added at module level anywhere on
the way fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import Office, register

ROOT = Path(__file__).resolve().parents[2]
LIBRARIES = ("reportlab", "openpyxl", "pypdf", "pypdfium2", "PIL", "segno", "PySide6.QtCharts", "PySide6.QtPdf",
             "PySide6.QtPdfWidgets")
FEATURES = ("reports.letters.document", "reports.excel.writer", "reports.proof", "app.letters", "app.excel",
            "app.proof", "ui.letters", "ui.excel.export_dialog", "ui.excel.import_dialog", "ui.payments.case_tab",
            "ui.payments.runs_view", "ui.proof_of_use.tab", "ui.case_detail.social_plan_tab",
            "ui.case_detail.reviews_tab", "ui.dialogs.action_dialog", "ui.dialogs.intake", "ui.applicants.window",
            "ui.admin.window", "ui.social_plan.coverage_view", "app.cases.application_form_reader",
            "reports.application_form", "ui.state_cycle.land_money_view", "ui.consultations.booking_dialog",
            "ui.consultations.idea_dialog")
# not seen at start: the case detail (the cases page is not the first one) and the pages behind the other tabs
UNSEEN = ("ui.case_detail", "app.cases.detail", "app.cases.actions", "app.cases.guards", "app.payments.queries",
          "ui.deadlines", "ui.consultations", "ui.micro_projects", "app.micro_projects")
# the queries behind the start page's figures and panels: imported by the workers that first run them, once the list
# has its first rows; and the crash dialog's text area
AFTER_THE_LIST = ("app.administration.dashboard", "app.administration.start_page", "app.administration.setup_gaps",
                  "app.applicants.reader", "app.applicants.file", "app.payments.overdue",
                  "app.state_cycle.land_figures", "app.cases.choices", "ui.widgets.text_area")
# the command line's parser and commands: the entry point parses the global options with `cli.global_options`
COMMAND_LINE = ("cli.parser", "cli.main")
NOT_AT_START = LIBRARIES + FEATURES + UNSEEN + AFTER_THE_LIST + COMMAND_LINE
# PostgreSQL's dialect (about 70 ms: its catalog tables) only where the database is PostgreSQL
SERVER_ONLY = ("sqlalchemy.dialects.postgresql",)
# the modules the entry point imports before it shows the window (foerderdesk.main → ui.application)
IMPORTS = """
import json, sys
import foerderdesk.main, ui.application, ui.main_window
print(json.dumps(sorted(sys.modules)))
"""
# the window built on a database until its case list shows the first row (what bench.gui_bench times)
WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from ui.application import GuiSession, open_database
app = QApplication([])
session = GuiSession(open_database(sys.argv[1]), sys.argv[2])
def ready(_count):
    session.window.case_list.model.data(session.window.case_list.model.index(0, 0))
    print(json.dumps(sorted(sys.modules)), flush=True)
    app.quit()
session.window.case_list.loaded.connect(ready)
app.exec()
"""


def probe(code: str, *args: str) -> object:
    """What `code` prints last, as JSON, run in a fresh interpreter."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def loaded_modules(code: str, *args: str) -> list[str]:
    return list(probe(code, *args))  # type: ignore[call-overload]


def among(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == name or m.startswith(name + ".") for name in names)]


@pytest.mark.xdist_group("processes")
def test_the_window_modules_import_no_pdf_excel_or_chart_library_and_no_later_feature() -> None:
    modules = loaded_modules(IMPORTS)
    assert "ui.main_window" in modules and "ui.case_list.widget" in modules  # the probe imported the window
    assert among(modules, NOT_AT_START + SERVER_ONLY) == []


@pytest.mark.xdist_group("processes")
def test_the_probe_notices_a_heavy_import() -> None:
    """The same probe sees reportlab and the letters feature once a letters module is imported (so the test above
    can fail)."""
    modules = loaded_modules(IMPORTS.replace("ui.main_window\n", "ui.main_window, ui.letters.dialog\n"))
    assert {"reportlab", "app.letters", "ui.letters"} <= set(among(modules, NOT_AT_START))


@pytest.mark.xdist_group("processes")
def test_the_started_window_has_loaded_nothing_more_when_its_list_is_filled(db_url: str, office: object) -> None:
    modules = loaded_modules(WINDOW, db_url, "anna")
    assert "ui.case_list.model" in modules and "app.cases.case_list" in modules
    assert among(modules, NOT_AT_START + (SERVER_ONLY if db_url.startswith("sqlite") else ())) == []


@pytest.mark.xdist_group("processes")
def test_the_case_detail_and_the_hidden_pages_are_built_with_their_imports_on_first_use(db_url: str,
                                                                                       office: object) -> None:
    code = WINDOW.replace("    print(json.dumps", "    session.window.pages.setCurrentIndex(2)\n"
                                                   "    session.window.case_detail.title\n    print(json.dumps")
    modules = loaded_modules(code, db_url, "anna")
    assert {"ui.case_detail.widget", "ui.deadlines.view"} <= set(modules)
    assert among(modules, ("ui.consultations", "ui.micro_projects")) == []  # their tabs were not shown


@pytest.mark.xdist_group("processes")
def test_a_case_tab_of_another_feature_is_built_with_its_imports_on_first_use(db_url: str, office: object) -> None:
    code = WINDOW.replace("    print(json.dumps", "    session.window.case_detail.payments\n    print(json.dumps")
    modules = loaded_modules(code, db_url, "anna")
    assert {"ui.payments.case_tab", "ui.proof_of_use.tab", "ui.letters.tab"} <= set(modules)


@pytest.mark.xdist_group("processes")
def test_the_window_modules_import_the_domain_before_qt_and_look_up_no_version() -> None:
    """PySide6 reads the source of every module imported after it (its `__feature__` check): the domain's some 400
    modules (SQLAlchemy, the models) come first. The installed version (importlib.metadata scanning every installed
    package) is looked up only for `--version`."""
    order, version_looked_up = probe("""
import json, sys
import foerderdesk.main, ui.application
print(json.dumps([list(sys.modules), "__version__" in vars(sys.modules["app"])]))
""")  # type: ignore[misc]
    assert order.index("db.models") < order.index("PySide6") and order.index("sqlalchemy.orm") < order.index("PySide6")
    assert version_looked_up is False


@pytest.mark.xdist_group("processes")
def test_the_actor_and_the_lists_first_page_need_no_mapper_which_are_set_up_beside_them(db_url: str,
                                                                                        office: Office) -> None:
    """Who acts (asked on the GUI thread) and the case list's first page (its ids in the default order, its rows)
    are read from the tables' columns: none of them waits for the ORM's mappers (about 0.06–0.1 s), which the window
    sets up on a worker beside the list's query (`set_up_mappers`, for the start page's figures). A text search,
    the totals and the filter choices read the same way."""
    register(office, title="Familiencafe Nord")
    configured = probe("""
import json, sys
from app.cases.case_list import CaseFilter
from app.cases.reader import Reader
from app.kernel.database import connect, set_up_mappers
from db.models import User
reader = Reader(connect(sys.argv[1]), sys.argv[2])
assert reader.actor().username == sys.argv[2]
ids = reader.case_ids(CaseFilter(), "fiscal_year", True, 200)
assert len(reader.rows(ids)) == len(ids) == 1
reader.totals(CaseFilter())
assert reader.case_ids(CaseFilter(text="Familienc"), "fiscal_year", True, 200) == ids
assert reader.case_ids(CaseFilter(text="fa"), "fiscal_year", True, 200) == ids
before = User.__mapper__.configured
set_up_mappers()
print(json.dumps([before, User.__mapper__.configured]))
""", db_url, "anna")
    assert configured == [False, True]


@pytest.mark.xdist_group("processes")
def test_the_window_modules_are_imported_without_a_cycle_collection_and_then_frozen() -> None:
    """The entry point imports the window's modules with the collector paused (`foerderdesk.collector`): no
    collection walks the freshly imported objects; afterwards they are frozen and the collector runs again."""
    collections, enabled, frozen = probe("""
import gc, json
import foerderdesk.main
before = sum(generation["collections"] for generation in gc.get_stats())
foerderdesk.main.window_module()
after = sum(generation["collections"] for generation in gc.get_stats())
print(json.dumps([after - before, gc.isenabled(), gc.get_freeze_count()]))
""")  # type: ignore[misc]
    assert collections == 0 and enabled is True and frozen > 100_000
