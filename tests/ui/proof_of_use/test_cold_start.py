"""The proof-of-use tab and the dossier action of the main window load no PDF or Excel library: the dialogs and
services load them when first used, so the window starts fast."""

from __future__ import annotations

from tests.ui.letters.test_cold_start import HEAVY, loaded_modules

PROBE = """
import json, sys
import ui.proof_of_use.tab, ui.proof_of_use.menu
print(json.dumps(sorted(sys.modules)))
"""


def test_the_tab_and_the_dossier_action_load_no_pdf_or_excel_library() -> None:
    modules = loaded_modules(PROBE)
    heavy = [m for m in modules if any(m == h or m.startswith(h + ".") for h in (*HEAVY, "reports.proof"))]
    assert heavy == []
    assert "ui.proof_of_use.tab" in modules and "ui.proof_of_use.menu" in modules


def test_the_probe_sees_the_libraries_once_the_dialogs_are_imported() -> None:
    modules = loaded_modules(PROBE.replace("import ui.proof_of_use.tab,", "import ui.proof_of_use.import_dialog, "
                                                                        "app.proof.dossier, ui.proof_of_use.tab,"))
    assert "openpyxl" in modules and "reportlab" in modules
