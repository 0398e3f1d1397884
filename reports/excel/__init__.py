"""Excel workbooks for supervisors (openpyxl, write-only). Takes `app.excel.model` read models; no database."""

from reports.excel.writer import ExportCancelled, ExportFailed, write_overview

__all__ = ["ExportCancelled", "ExportFailed", "write_overview"]
