from tests.desktop import session_bus

__all__ = ["session_bus"]
