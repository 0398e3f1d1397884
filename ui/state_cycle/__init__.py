"""Mittel des Landes: the Land's grant to the county, calls for funds, payments and co-financing."""
