"""The English catalogues are complete, keep every placeholder and match the compiled files."""

from __future__ import annotations

import io
import re
import shutil
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo

from translations.build import (
    MO_FILE,
    QM_FILE,
    TS_FILE,
    extract_gettext,
    mo_bytes,
    qm_bytes,
    read_catalog,
    update_ts,
)

TAG = re.compile(r"</?\w+")


def ts_messages(path: Path = TS_FILE) -> list[tuple[str, str, str | None]]:
    """(source, translation, type) of every message in a .ts file."""
    result = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        result.append((message.findtext("source") or "", translation.text or "", translation.get("type")))
    return result


def po_pairs() -> list[tuple[str, str]]:
    return [(m.id, m.string) for m in read_catalog() if m.id]


def placeholders(text: str) -> list[str]:
    """`{amount}`, `{at:%d.%m.%Y}`, `{value!r}` … as written; doubled braces are text."""
    return sorted(f"{{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}"
                  for _lit, name, spec, conv in string.Formatter().parse(text) if name is not None)


def test_every_marked_text_of_app_and_reports_is_in_the_catalogue() -> None:
    catalogue = {m.id for m in read_catalog() if m.id}
    missing = sorted(m.id for m in extract_gettext() if m.id and m.id not in catalogue)
    assert not missing, f"run `make translations` and translate: {missing[:20]}"


def test_every_gettext_entry_is_translated() -> None:
    catalogue = read_catalog()
    untranslated = [m.id for m in catalogue if m.id and not m.string]
    fuzzy = [m.id for m in catalogue if m.id and m.fuzzy]
    assert not untranslated, untranslated[:20]
    assert not fuzzy, fuzzy[:20]


def test_every_qt_entry_is_translated() -> None:
    unfinished = [source for source, translation, kind in ts_messages() if kind or not translation]
    assert not unfinished, unfinished[:20]


def test_lupdate_finds_no_text_the_qt_catalogue_lacks(tmp_path: Path) -> None:
    """Running the extraction again over ui/ adds nothing untranslated (sources and catalogue agree)."""
    fresh = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, fresh)
    update_ts(fresh)
    unfinished = [source for source, translation, kind in ts_messages(fresh) if kind or not translation]
    assert not unfinished, f"run `make translations` and translate: {unfinished[:20]}"


@pytest.mark.parametrize("catalogue", ["gettext", "qt"])
def test_translations_keep_placeholders_and_markup(catalogue: str) -> None:
    pairs = po_pairs() if catalogue == "gettext" else [(s, t) for s, t, _k in ts_messages()]
    broken = [(source, target) for source, target in pairs
              if placeholders(source) != placeholders(target)
              or sorted(TAG.findall(source)) != sorted(TAG.findall(target))
              or source.count("\n") != target.count("\n")]
    assert not broken, broken[:10]


def test_placeholder_check_notices_a_changed_name() -> None:
    assert placeholders("Betrag {amount} am {day:%d.%m.}") != placeholders("Amount {sum} on {day:%d.%m.}")
    assert placeholders("{{code}} und {n!r}") == placeholders("{{code}} and {n!r}")


def mo_content(data: bytes) -> dict[tuple[str | None, object], object]:
    """Messages and translations of a compiled .mo, the header without the generator's version line.

    Compared instead of the bytes: Babel writes its own version ("Generated-By: Babel 2.19.0") into the
    header, so a newer Babel on a fresh machine changes the file but not one translation.
    """
    content = {(m.context, m.id): m.string for m in read_mo(io.BytesIO(data)) if m.id}
    header = next(m.string for m in read_mo(io.BytesIO(data)) if not m.id)
    content[(None, "")] = [line for line in str(header).splitlines() if not line.startswith("Generated-By:")]
    return content


def qm_content(path: Path) -> dict[tuple[str, str, str], str]:
    """What a compiled .qm answers for every message of the .ts (and in the context "" the translator
    falls back to); the bytes depend on the lrelease version."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(path)), path
    answers = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, comment = message.findtext("source") or "", message.findtext("comment")
            for ctx in (name, ""):
                answers[(ctx, source, comment or "")] = translator.translate(ctx, source, comment)
    return answers


def test_compiled_gettext_catalogue_is_current() -> None:
    assert mo_content(MO_FILE.read_bytes()) == mo_content(mo_bytes(read_catalog())), "run `make translations`"


def test_gettext_comparison_ignores_only_the_generator_version() -> None:
    data = mo_bytes(read_catalog())
    assert b"Generated-By: Babel" in data
    newer = re.sub(rb"Generated-By: Babel [0-9.]+", b"Generated-By: Babel 99.0.0", data)
    assert newer != data and mo_content(newer) == mo_content(data)
    catalog = read_catalog()
    message = next(m for m in catalog if m.id and m.string)
    message.string = "changed"
    assert mo_content(mo_bytes(catalog)) != mo_content(data)


def test_compiled_qt_catalogue_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / QM_FILE.name
    fresh.write_bytes(qm_bytes())
    assert qm_content(QM_FILE) == qm_content(fresh), "run `make translations`"


def test_english_is_not_german() -> None:
    """A translation equal to its German source is allowed only for words both languages share."""
    shared = {source for source, target in [*po_pairs(), *((s, t) for s, t, _k in ts_messages())] if source == target}
    german = sorted(text for text in shared if re.search("[äöüÄÖÜß]", text.replace("FörderDesk", "")))
    assert not german, german


def test_compiled_catalogues_are_shipped() -> None:
    """pyproject package-data and the PyInstaller spec take the compiled files along."""
    import tomllib

    root = TS_FILE.parents[3]
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    for compiled in (MO_FILE, QM_FILE):
        package, inside = compiled.relative_to(root).parts[0], Path(*compiled.relative_to(root).parts[1:])
        assert any(inside.match(pattern) for pattern in data.get(package, [])), compiled
    spec = (root / "installer" / "foerderdesk.spec").read_text(encoding="utf-8")
    assert '"app" / "locale"' in spec and '"ui" / "resources"' in spec
