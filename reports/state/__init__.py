"""The county's documents to the Land and to its committees: the application to the Land (letter with tables, xlsx
annex), the decision list (PDF annex, xlsx) and the county's proof of use to the Land (PDF, xlsx), rendered from
plain values."""
