"""Alembic migrations; run them through Database.upgrade() / downgrade(), not a CLI."""
