"""Documents of the county to the Land: its proof of use (Verwendungsnachweis) as PDF and xlsx."""
