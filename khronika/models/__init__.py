"""Statistical models shipped with khronika (each folder carries its own licence)."""
