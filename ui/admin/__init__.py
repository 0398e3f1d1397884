"""Administration (administrators only; every service refuses everyone else, whatever the menu shows)."""
