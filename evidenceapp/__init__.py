"""evidenceapp: evidence for online-shopping refund disputes."""

__version__ = "0.1.0"
