"""Screenshots of the real windows with demo data, for the README and the user guide."""
