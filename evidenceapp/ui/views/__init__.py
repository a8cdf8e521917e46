"""The case view's pages: Overview, Evidence, Record, Journal, Export."""
