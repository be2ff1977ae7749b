"""SDK tests written once, async; tests/sdk/_sync is derived by scripts/unasync."""
