"""The county's own cycle with the Land (LSZ): money from the Land and the county's proof of use to the Land."""
