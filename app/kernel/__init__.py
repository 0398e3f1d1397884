"""The kernel every feature stands on; it knows no feature.

Money, periods, errors, i18n, clock, the unit of work and the one way to read, permissions, the audit trail,
settings, the database connection and case records (loading a case, optimistic locking).
"""
