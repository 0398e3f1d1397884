"""Excel workbooks for supervisors (openpyxl, write-only). Renders `reports.excel.model`; no database, no app.

`writer.write_workbook` renders; `cases_sheet.Cancelled` says the progress callback stopped it. Nothing is
imported here: `model` must stay importable without openpyxl and without building translated labels
(the coverage view reads its classes at program start, before the language is chosen).
"""
