"""Rules of the office, each returning a reason a caseworker can read."""
