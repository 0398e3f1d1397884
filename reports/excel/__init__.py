"""Excel workbooks for supervisors (openpyxl, write-only). Renders `reports.excel.model`; no database, no app."""

from reports.excel.cases_sheet import Cancelled
from reports.excel.writer import write_workbook

__all__ = ["Cancelled", "write_workbook"]
