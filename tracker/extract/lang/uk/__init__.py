"""Ukrainian: not read yet; only its place prepositions are known (see ``mentions``)."""
