"""What the app does, as functions the GUI, the command line and the tests all call."""
