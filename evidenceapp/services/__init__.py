"""Use cases shared by the CLI and the GUI. They orchestrate store, media, capture and export; no Qt here."""
