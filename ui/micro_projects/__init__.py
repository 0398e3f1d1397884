"""Kleinprojekte: proposed micro projects with checkboxes, confirmed together, letters and orders for them."""
