"""Pure domain logic: no I/O, no clock, no frameworks (see README.md here)."""
