"""The window "Landesprogramm" (Sozialplanung): plan periods, the county's application to the Land, the decision list
for the committees; and "Mittel des Landes": the Land's grant to the county, calls for funds, payments and
co-financing."""
