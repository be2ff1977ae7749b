"""Async implementation; the sync twin in ``_sync`` is derived from it."""
