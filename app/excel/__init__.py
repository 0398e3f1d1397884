"""Excel: the supervisor workbook's export (read side and file) and the import of existing Excel lists.

`app.excel.overview` fills the plain data classes of `reports.excel.model`; `app.excel.export` writes them.
"""
