"""The desktop around the window: tray, notices, one running instance, the file manager, Windows
integration."""
