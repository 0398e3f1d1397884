"""The county's documents to the Land and to its committees: the application to the Land (letter with tables, xlsx
annex) and the decision list (PDF annex, xlsx), rendered from plain values."""
