"""The start page (dashboard): budgets, cases by status, decisions to confirm, deadlines, recent activity."""
