"""Applicants (Träger): register, search, file view, bank accounts, contact persons, merge, applicant types."""
