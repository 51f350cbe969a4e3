"""German: not read yet; only its place prepositions and articles are known (see ``mentions``)."""
