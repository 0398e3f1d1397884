"""Data protection (DSGVO): anonymising cases after their retention period, exporting a person's data."""
