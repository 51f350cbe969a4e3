"""Commands of this area register on tracker.cli.app.app (being written)."""
