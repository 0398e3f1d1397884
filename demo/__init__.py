"""Realistic, fictional demo data created through the real services (history and audit included)."""
