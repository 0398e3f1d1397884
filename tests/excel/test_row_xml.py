"""Rows rendered as XML text (`reports.excel.row_xml`) make the very bytes openpyxl's own writer makes."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from reports.excel.cells import CellFactory
from reports.excel.row_xml import RowXml

CREATED = dt.datetime(2026, 12, 7, 9, 0)
Rows = Callable[[CellFactory], Iterable[object]]


def _workbook(rows: Rows, fast: bool) -> dict[str, bytes]:
    """Every part of a one-sheet workbook, written through `row_xml` or through openpyxl alone."""
    workbook = Workbook(write_only=True)
    workbook.properties.created = workbook.properties.modified = CREATED
    ws = workbook.create_sheet("Blatt")
    cells = CellFactory(ws)
    if not fast:
        del ws._write_rows  # back to openpyxl's own row writer
    ws.row_dimensions[7].height = 30
    for row in rows(cells):
        ws.append(row)
    out = io.BytesIO()
    workbook.save(out)
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


TEXTS = ["Familienzentrum Sondershausen", "A & B <c> \"d\" 'e' >", " leading", "trailing ", "   ", "two\nlines",
         "Straße – €, ß, 👍", "=", "tab\tinside", "\r\nCR first", "]]> and &amp;"]


def _rendered(c: CellFactory) -> list[list[Any]]:
    """Rows `row_xml` renders itself."""
    rows: list[list[Any]] = [
        list(TEXTS),
        [c.text(t) for t in TEXTS] + [c.text("=HYPERLINK(\"x\")"), c.text("+1"), c.text("-2"), c.text("@A1")],
        [0, -5, 2026, 10**17, 1.5, 0.1, -0.0, 1e300],
        [Decimal("1234.50"), Decimal("0.00"), Decimal("-3.10"), Decimal("99999999999.99"), Decimal("1E+3")],
        [],
        [None, None, "after two gaps", None],
        [c.label("Überschrift", "title"), c.label("plain label", "plain"), c.label("Kopf"), c.label(" Kopf ")],
        [c.amount(Decimal("12.34")), c.amount(None), c.amount(Decimal("-0.01"), "total-amount"),
         c.percent(Decimal("0.8765")), c.number(42), c.number(7, "year"), c.number(3, "total-count")],
        [c.date(dt.date(2026, 2, 2)), c.date(dt.date(1900, 1, 15)), c.date(dt.date(1900, 3, 1)),
         c.date(dt.datetime(2026, 1, 2, 13, 30))],
        [f"column {n}" if n % 3 else c.amount(Decimal(n)) for n in range(1, 80)],
        [c.label("–", "gap"), c.label("Lücke", "gap-label"), c.text("wrapped text", "wrap")],
    ]
    return rows + [[f"AZ-{n}", c.date(dt.date(2026, 1, 1 + n)), c.amount(Decimal(n) / 4), n] for n in range(3)]


def _others(c: CellFactory) -> list[Iterable[object]]:
    """Rows that take openpyxl's own path, one reason each."""
    return [["#N/A"], ["x" * 40_000], ["=A1+1"], [c.formula("=SUM(A1:A3)")], [True], [float("nan")],
            [Decimal("NaN")], [dt.date(2026, 5, 1)], [dt.datetime(2026, 5, 1, 8, 0)], [""],
            (value for value in ["from a generator", 3, c.amount(Decimal("5.00")), "=B1"])]


def _corpus(c: CellFactory) -> Iterable[Iterable[object]]:
    fast, other = _rendered(c), _others(c)
    for n in range(max(len(fast), len(other))):  # interleaved, the row with a height (7) among them
        yield from ([fast[n]] if n < len(fast) else []) + ([other[n]] if n < len(other) else [])


def test_the_corpus_is_written_byte_for_byte_as_openpyxl_writes_it() -> None:
    fast, reference = _workbook(_corpus, fast=True), _workbook(_corpus, fast=False)
    assert fast.keys() == reference.keys()
    for name in reference:
        assert fast[name] == reference[name], name
    sheet = load_workbook(io.BytesIO(_save(_corpus)))["Blatt"]
    assert sheet["A1"].value == "Familienzentrum Sondershausen" and sheet["B1"].value == TEXTS[1]
    assert sheet["C1"].value == " leading" and sheet["A5"].value == 0 and sheet["A17"].number_format == "DD.MM.YYYY"


def test_the_rows_meant_for_the_shortcut_take_it_and_the_others_do_not() -> None:
    ws = Workbook(write_only=True).create_sheet("Blatt")
    cells = CellFactory(ws)
    rows = RowXml(ws)
    assert all(rows.render(row, 1) is not None for row in _rendered(cells))
    assert all(rows.render(list(row), 1) is None for row in _others(cells))
    ws.row_dimensions[2].height = 30
    assert rows.render(["a row with a height"], 2) is None


def _save(rows: Rows) -> bytes:
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("Blatt")
    cells = CellFactory(ws)
    for row in rows(cells):
        ws.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_a_case_row_is_rendered_here_not_by_openpyxl() -> None:
    """The shortcut must actually be taken for the rows of the overview (else the benchmark silently loses it)."""
    ws = Workbook(write_only=True).create_sheet("Anträge")
    c = CellFactory(ws)
    row = ["LPF-2026-0001", "Elterncafé", "Verein e. V.", "Verein", "Sondershausen", "LPF", 2026, "Bewilligt",
           None, "HF 2 Familienbildung", c.date(dt.date(2026, 1, 5)), c.date(dt.date(2026, 3, 1)),
           c.date(dt.date(2026, 12, 31)), c.amount(Decimal("5000.00")), c.amount(Decimal("4500.00")),
           c.amount(Decimal("0.00")), None, c.date(dt.date(2026, 6, 30)), c.text("=risky")]
    xml = RowXml(ws).render(row, 5)
    assert xml is not None and xml.startswith('<row r="5"><c r="A5" t="inlineStr"><is><t>LPF-2026-0001</t>')
    assert '<c r="G5" t="n"><v>2026</v></c>' in xml and xml.endswith("</row>")


def test_text_openpyxl_refuses_is_refused_the_same_way() -> None:
    with pytest.raises(IllegalCharacterError):
        _save(lambda c: [["ok", "bell\x07"]])


def test_appended_rows_go_through_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    """`ws.append` of a CellFactory sheet renders here (not, say, silently through openpyxl once lxml is installed)."""
    rendered: list[int] = []
    original = RowXml.render

    def counting(self: RowXml, values: list[Any], row: int) -> str | None:
        text = original(self, values, row)
        if text is not None:
            rendered.append(row)
        return text

    monkeypatch.setattr(RowXml, "render", counting)
    _save(lambda c: [[f"AZ-{n}", c.date(dt.date(2026, 1, 1 + n)), c.amount(Decimal(n))] for n in range(3)])
    assert rendered == [1, 2, 3]
