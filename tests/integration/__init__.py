"""Integration tests replayed from recorded cassettes (see docs/cassettes.md)."""
