"""Storage: the SQLite database (SQLAlchemy models, Alembic migrations). No Qt."""
