"""Excel: read models of the supervisor workbook and the import of existing Excel lists.

`app.excel.model` has no database imports, so `reports.excel` can use it without SQLAlchemy.
"""
