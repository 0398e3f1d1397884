"""The coverage report as plain data (no database): what the view, the CLI and the workbook show.

The classes live in `reports.excel.model`, because the workbook renders them and reports/ owns the data it
renders; the coverage view (ui/, which must not import reports/) and the CLI take them from here.
"""

from __future__ import annotations

from reports.excel.model import Cell, CoverageReport, GoalRow, MeasureTarget, MunicipalityColumn, PhaseRow

__all__ = ["Cell", "CoverageReport", "GoalRow", "MeasureTarget", "MunicipalityColumn", "PhaseRow"]
