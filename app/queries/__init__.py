"""Read side: queries returning plain dataclasses (read models) for lists, details and reports."""
