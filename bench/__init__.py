"""Benchmarks: each measures the app against a baseline taken in the same run and prints the
ratio. Not tests: nothing here asserts a time. Run with `make bench` or `python -m bench NAME`."""
