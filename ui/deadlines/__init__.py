"""Deadlines and follow-ups (Wiedervorlage): my own and all open ones, done or postponed with a reason."""
