"""Table model of the coverage matrix: life phases and their goals × the district and its municipalities.

Column 0 names the row, column 1 is the whole district, then one column per municipality (grouped by
social area). Each cell shows its text (projects, amount) and a heat colour; goals and municipalities
without any funded project are gaps: tinted red and labelled, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.kernel.money import format_eur
from app.social_plan.report import Cell, CoverageReport, GoalRow, PhaseRow

Index = QModelIndex | QPersistentModelIndex
FIRST_PLACE = 2  # columns 0 (label) and 1 (district) come first
HEAT = ("#e6eef8", "#c4d7ef", "#93b6e0", "#5b8fcc", "#2d66aa")  # light → dark blue
GAP_BACKGROUND = "#fbe3e1"
GAP_TEXT = "#a4231b"
PHASE_BACKGROUND = "#eef1f4"
EMPTY_TEXT = "#8a94a0"
CellRole = Qt.ItemDataRole.UserRole + 1  # (kind, goal id / phase code, municipality id) for the drill-down


@dataclass(frozen=True)
class MatrixRow:
    kind: str  # "phase", "goal" or "total"
    label: str
    cells: tuple[Cell, ...]
    total: Cell
    gap: bool
    goal_id: int | None = None
    phase_code: str | None = None
    tooltip: str = ""


def thousands(amount: Decimal) -> str:
    """12,345.67 → "12,3" (thousand euros, one decimal, German), the compact amount inside a cell."""
    value = (amount / 1000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def decimal_text(value: Decimal) -> str:
    """12.3456 → "12,35"."""
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}".replace(",", " ").replace(
        ".", ",").replace(" ", ".")


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: CoverageReport | None = None
        self.rows: list[MatrixRow] = []
        self.per_inhabitant = False
        self._maximum: dict[str, Decimal] = {}

    # -- content ------------------------------------------------------------------------------
    def set_report(self, report: CoverageReport | None, per_inhabitant: bool = False) -> None:
        self.beginResetModel()
        self.report, self.per_inhabitant = report, per_inhabitant
        self.rows = _rows(report, self.tr("Alle Ziele zusammen (jedes Projekt einmal)")) if report else []
        # heat scales per row kind; the district column (row totals) has its own scale
        self._maximum = {kind: max((self._measure(c) for r in self.rows if r.kind == kind for c in r.cells),
                                   default=Decimal(0)) for kind in ("phase", "goal", "total")}
        self._maximum.update({f"{kind}-district": max((self._measure(r.total) for r in self.rows if r.kind == kind),
                                                      default=Decimal(0)) for kind in ("phase", "goal", "total")})
        self.endResetModel()

    def _measure(self, cell: Cell) -> Decimal:
        if self.per_inhabitant:
            return cell.per_inhabitant or Decimal(0)
        return cell.amount

    def cell_at(self, index: Index) -> Cell | None:
        if not index.isValid() or index.column() == 0 or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        return row.total if index.column() == 1 else row.cells[index.column() - FIRST_PLACE]

    def municipality_at(self, column: int) -> tuple[int, str] | None:
        if self.report is None or column < FIRST_PLACE:
            return None
        place = self.report.municipalities[column - FIRST_PLACE]
        return place.id, place.name

    # -- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        """Rows: life phases with their goals, then the all-goals row; none below a valid parent (flat table)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        """Label, district, then one column per municipality."""
        if parent.isValid() or self.report is None:
            return 0
        return FIRST_PLACE + len(self.report.municipalities)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Municipality names (a gap marked with ⚠ and red text); rows are numbered by Qt."""
        if orientation != Qt.Orientation.Horizontal or self.report is None or not 0 <= section < self.columnCount():
            return None
        place = self.report.municipalities[section - FIRST_PLACE] if section >= FIRST_PLACE else None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Ziel")
            if place is None:
                return self.tr("Landkreis")
            return f"⚠ {place.name}" if place.gap else place.name
        if role == Qt.ItemDataRole.ForegroundRole and place is not None and place.gap:
            return QBrush(QColor(GAP_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and place is not None:
            return self._place_tooltip(place.name, place.social_area, place.total, place.gap)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, colours, font and alignment of a cell; CellRole carries the drill-down key."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < \
                self.columnCount():
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return self._label_data(row, role)
        cell = self.cell_at(index)
        assert cell is not None
        return self._cell_data(row, index.column(), cell, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cells can be selected (and double-clicked for their cases), never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- roles --------------------------------------------------------------------------------
    def _label_data(self, row: MatrixRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label + (self.tr("  – LÜCKE: nichts gefördert") if row.gap and row.kind == "goal" else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.label
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(GAP_BACKGROUND if row.gap and row.kind == "goal" else
                                 PHASE_BACKGROUND if row.kind != "goal" else "#ffffff"))
        if role == Qt.ItemDataRole.ForegroundRole and row.gap and row.kind == "goal":
            return QBrush(QColor(GAP_TEXT))
        return self._common(row, role, Qt.AlignmentFlag.AlignLeft)

    def _cell_data(self, row: MatrixRow, column: int, cell: Cell, role: int) -> Any:
        place = self.report.municipalities[column - FIRST_PLACE] if self.report and column >= FIRST_PLACE else None
        gap_area = (row.gap and row.kind == "goal") or (place is not None and place.gap)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(row, place.name if place else self.tr("Landkreis"), cell)
        scale = row.kind if place is not None else f"{row.kind}-district"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(GAP_BACKGROUND if cell.gap and gap_area else self._heat(scale, cell)))
        if role == Qt.ItemDataRole.ForegroundRole:
            step = self._step(scale, cell)
            return QBrush(QColor("#ffffff" if step >= 3 else (GAP_TEXT if cell.gap and gap_area else
                                                              EMPTY_TEXT if cell.gap else "#10243d")))
        if role == CellRole:
            return (row.kind, row.goal_id if row.kind == "goal" else row.phase_code, place.id if place else None)
        return self._common(row, role, Qt.AlignmentFlag.AlignHCenter)

    def _common(self, row: MatrixRow, role: int, alignment: Qt.AlignmentFlag) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(alignment | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row.kind != "goal" or row.gap):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, cell: Cell) -> str:
        if cell.gap:
            return "–"
        if self.per_inhabitant:
            second = "?" if cell.per_inhabitant is None else decimal_text(cell.per_inhabitant)
        else:
            second = thousands(cell.amount)
        return f"{cell.count}\n{second}"

    def _step(self, kind: str, cell: Cell) -> int:
        maximum = self._maximum.get(kind, Decimal(0))
        if cell.gap or maximum <= 0:
            return -1
        return min(len(HEAT) - 1, int(self._measure(cell) * len(HEAT) / maximum))

    def _heat(self, kind: str, cell: Cell) -> str:
        step = self._step(kind, cell)
        return "#ffffff" if step < 0 else HEAT[step]

    def _cell_tooltip(self, row: MatrixRow, place: str, cell: Cell) -> str:
        if cell.gap:
            return self.tr("{row} in {place}: kein gefördertes Projekt").format(row=row.label, place=place)
        per = self.tr(", {amount} je Einwohner der Zielgruppe").format(amount=format_eur(cell.per_inhabitant)) \
            if cell.per_inhabitant is not None else ""
        return self.tr("{row} in {place}: {count} geförderte Projekte, {amount}{per}. Doppelklick zeigt die "
                       "Vorgänge.").format(row=row.label, place=place, count=cell.count,
                                           amount=format_eur(cell.amount), per=per)

    def _place_tooltip(self, name: str, area: str | None, total: Cell, gap: bool) -> str:
        if gap:
            return self.tr("{name} ({area}): LÜCKE – kein gefördertes Projekt").format(name=name, area=area or "–")
        return self.tr("{name} ({area}): {count} geförderte Projekte, {amount}").format(
            name=name, area=area or "–", count=total.count, amount=format_eur(total.amount))


def _rows(report: CoverageReport, total_label: str) -> list[MatrixRow]:
    rows: list[MatrixRow] = []
    for phase in report.phases:
        goals = [g for g in report.goals if g.life_phase_code == phase.code]
        if not goals:
            continue
        rows.append(_phase_row(phase))
        rows.extend(_goal_row(goal) for goal in goals)
    totals = tuple(m.total for m in report.municipalities)
    rows.append(MatrixRow("total", total_label, totals, report.total, False))
    return rows


def _phase_row(phase: PhaseRow) -> MatrixRow:
    return MatrixRow("phase", f"{phase.name} ({phase.target_group})", phase.cells, phase.total, phase.gap,
                     phase_code=phase.code, tooltip=f"{phase.name}: {phase.goal_count} Ziele")


def _goal_row(goal: GoalRow) -> MatrixRow:
    return MatrixRow("goal", f"   {goal.code}  {goal.title}", goal.cells, goal.total, goal.gap, goal_id=goal.id,
                     phase_code=goal.life_phase_code,
                     tooltip=f"{goal.code} {goal.title} · {goal.field_of_action or ''} · {goal.target_group}")
