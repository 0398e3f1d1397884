"""The one-page summary per programme and year for the Landrat and the Kreistag (sheet and PDF)."""
