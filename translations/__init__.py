"""Developer tooling for the translations (not installed with the program)."""
