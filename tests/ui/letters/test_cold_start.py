"""What the main window imports of the letters and Excel GUI loads no PDF or Excel library: the dialogs load
them when first used, so the window starts fast. (Other parts of the window answer for their own imports.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("reportlab", "openpyxl", "pypdf", "pypdfium2", "PySide6.QtPdf", "reports.letters", "reports.excel")
PROBE = """
import json, sys
import ui.letters.tab, ui.excel.menu
print(json.dumps(sorted(sys.modules)))
"""


def loaded_modules(code: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_letters_tab_and_the_evaluation_menu_load_no_pdf_or_excel_library() -> None:
    modules = loaded_modules(PROBE)
    heavy = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []
    assert "ui.letters.tab" in modules and "ui.excel.menu" in modules  # the probe did import the GUI parts


def test_the_probe_sees_a_library_that_is_loaded() -> None:
    """The same probe notices reportlab once the letter dialog is imported (so the test above can fail)."""
    modules = loaded_modules(PROBE.replace("import ui.letters.tab", "import ui.letters.dialog, ui.letters.tab"))
    assert "reportlab" in modules and "openpyxl" not in modules
