"""The tab "Verwendungsnachweis" of a case: figures per cost line, receipts, sample, final calculation,
Prüfvermerk and "Prüfakte exportieren" (issue 15)."""
