"""Cases (Anträge): the declared workflow and its guards, intake, formal check, decisions, hearings and
objections, deadlines, notes, documents, and the case list and detail read models."""
