"""Letters in the GUI: the tab and dialog of a case, stored letters, letters for many cases."""
