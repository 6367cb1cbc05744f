"""The encrypted vault: SQLCipher through SQLAlchemy 2, schema by Alembic (no Qt)."""
