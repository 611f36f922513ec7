"""Reading documents from files, folders, JSON Lines, HTML pages and feeds."""
