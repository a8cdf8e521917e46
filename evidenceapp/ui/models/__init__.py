"""Item models over service results (qtmodeltester-checked in tests/ui)."""
