"""The window "Landesprogramm" (Sozialplanung): plan periods, the county's application to the Land, the decision list
for the committees."""
