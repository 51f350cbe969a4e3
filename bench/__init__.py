"""Measurements of extraction quality and speed against the annotated corpus (not shipped)."""
