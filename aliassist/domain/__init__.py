"""Pure domain: the platform's rules applied to orders. No Qt, no SQLAlchemy."""
