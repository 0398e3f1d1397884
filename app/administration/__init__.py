"""Administration: programmes and budgets, users, settings, municipalities, reference data, database tools,
data protection, the start page."""
