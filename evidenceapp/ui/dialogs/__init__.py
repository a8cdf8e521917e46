"""Dialogs: new case, settings."""
