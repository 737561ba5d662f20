"""The orders table, the order pane and the order editor: where a buyer works."""
