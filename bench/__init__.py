"""Measurements of FörderDesk beside raw-library baselines (`foerderdesk bench`, see `bench.suite`)."""
