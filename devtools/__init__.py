"""Development tools beside the program (screenshots); not shipped: neither in the wheel nor in the bundle."""
