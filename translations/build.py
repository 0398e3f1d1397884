"""Extract, merge and compile the translations: `make translations` or

    python -m translations.build update     # extract texts, merge them into the .po and .ts catalogues
    python -m translations.build compile    # .po → .mo (Babel), .ts → .qm (pyside6-lrelease)

German is the source language. Two catalogues, one per marker:
- `_()` in app/, cli/, demo/ and reports/ (gettext): app/locale/en/LC_MESSAGES/foerderdesk.po → .mo
- `tr()`/`self.tr()`/`QCoreApplication.translate` in ui/ (Qt): ui/resources/i18n/foerderdesk_en.ts → .qm

New texts arrive untranslated; the tests in tests/i18n fail until every one has its English text.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = "foerderdesk"
LANGUAGE = "en"
GETTEXT_DIRS = ("app", "reports", "cli", "demo", "foerderdesk")  # every `_()` of the shipped program
PO_FILE = ROOT / "app" / "locale" / LANGUAGE / "LC_MESSAGES" / f"{DOMAIN}.po"
MO_FILE = PO_FILE.with_suffix(".mo")
TS_FILE = ROOT / "ui" / "resources" / "i18n" / f"{DOMAIN}_{LANGUAGE}.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


# -- gettext (everything outside ui/) -------------------------------------------------------------
def extract_gettext() -> Catalog:
    """Every `_("…")` text outside ui/, and every `N_("…")` (stored language-neutral, translated when read)."""
    template = Catalog(project="FörderDesk", locale=None, fuzzy=False)
    for folder in GETTEXT_DIRS:
        for filename, lineno, message, comments, context in extract_from_dir(
                ROOT / folder, method_map=[("**.py", "python")], keywords={"_": None, "N_": None},
                comment_tags=("i18n:",)):
            template.add(message, locations=[(f"{folder}/{filename}", lineno)], auto_comments=comments,
                         context=context)
    return template


def read_catalog(path: Path = PO_FILE) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=LANGUAGE, domain=DOMAIN)


def po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=120, sort_output=True, include_lineno=False, omit_header=False)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def update_po() -> Catalog:
    """Merge the extracted texts into the .po: new ones empty, vanished ones dropped."""
    template = extract_gettext()
    catalog = read_catalog() if PO_FILE.exists() else Catalog(locale=LANGUAGE, domain=DOMAIN, project="FörderDesk")
    before = {m.id for m in catalog if m.id}
    if before == {m.id for m in template if m.id}:
        template.creation_date = catalog.creation_date  # unchanged texts: no new date, no diff
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.fuzzy = False
    PO_FILE.parent.mkdir(parents=True, exist_ok=True)
    PO_FILE.write_bytes(po_bytes(catalog))
    return catalog


def compile_mo() -> None:
    MO_FILE.write_bytes(mo_bytes(read_catalog()))


# -- Qt (ui/) -------------------------------------------------------------------------------------
def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def ui_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def update_ts(ts_file: Path = TS_FILE) -> None:
    """lupdate: new texts as unfinished, vanished ones dropped, translations of unchanged ones kept."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [qt_tool("pyside6-lupdate"), *ui_sources(), "-ts", str(ts_file), "-no-obsolete",
               "-locations", "none", "-disable-heuristic", "similartext",
               "-source-language", "de_DE", "-target-language", "en_GB", "-silent"]
    subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603 - Qt's tool over our own sources


def with_context_free_copies(ts_text: str) -> str:
    """The .ts plus one context "" holding every text once.

    lupdate files `tr()` calls of module-level helpers and `window.tr(…)` under other contexts than the
    ones Qt asks for at run time; ui.translator falls back to the context "" on a miss.
    """
    root = ET.fromstring(ts_text)  # noqa: S314 - our own catalogue
    contexts = root.findall("context")
    empty = next((c for c in contexts if not (c.findtext("name") or "")), None)
    if empty is None:
        empty = ET.SubElement(root, "context")
        ET.SubElement(empty, "name").text = ""
    present = {m.findtext("source") or "" for m in empty.findall("message")}
    for context in contexts:
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in present or translation is None or translation.get("type") or not translation.text:
                continue
            present.add(source)
            copy = ET.SubElement(empty, "message")
            ET.SubElement(copy, "source").text = source
            ET.SubElement(copy, "translation").text = translation.text
    return ET.tostring(root, encoding="unicode")


def qm_bytes(ts_file: Path = TS_FILE) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        full_ts = Path(folder) / ts_file.name
        full_ts.write_text(with_context_free_copies(ts_file.read_text(encoding="utf-8")), encoding="utf-8")
        qm = full_ts.with_suffix(".qm")
        command = [qt_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(full_ts), "-qm", str(qm)]
        subprocess.run(command, check=True)  # noqa: S603 - Qt's tool on our own file
        return qm.read_bytes()


def compile_qm() -> None:
    QM_FILE.write_bytes(qm_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m translations.build", description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["update", "compile", "all"])
    step = parser.parse_args(argv).step
    if step in {"update", "all"}:
        catalog = update_po()
        update_ts()
        missing = sum(1 for message in catalog if message.id and not message.string)
        print(f"{PO_FILE.relative_to(ROOT)}: {missing} untranslated; {TS_FILE.relative_to(ROOT)} updated")
    if step in {"compile", "all"}:
        compile_mo()
        compile_qm()
        print(f"{MO_FILE.relative_to(ROOT)}, {QM_FILE.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
