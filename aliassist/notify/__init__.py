"""Notices before deadlines: what is due when (`planner`, `texts`, `calendar`: pure), and how it
reaches the buyer (`dbus`, `delivery`: D-Bus, tray balloon, in-app banner; `autostart`)."""
