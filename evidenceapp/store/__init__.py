"""SQLite database, content-addressed object store and repositories returning core.models."""

from .db import Database
from .objects import ObjectStore

__all__ = ["Database", "ObjectStore"]
