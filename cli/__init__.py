"""Command-line interface for administrators and automation (German messages, exit 0/1/2)."""
