"""Dossier builders (reportlab), channel templates, verifiable bundle and channel-sized upload copies."""
