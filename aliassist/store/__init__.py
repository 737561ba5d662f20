"""Persistence: SQLAlchemy schema, engine set-up, migrations, queries, the evidence vault."""
