"""Use cases: plain functions taking a unit of work and plain values; one transaction each."""
