"""The applicant file (Trägerakte): organisation search, file view, merge, expiring standing documents."""
