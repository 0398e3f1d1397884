"""The consultation calendar (Beratung): week of slots, booking, upcoming talks, ideas."""
