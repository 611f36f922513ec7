"""Language knowledge as data files, one folder per language (`uk/`)."""
