"""Crash trials (`make stress`, and a short run inside `make test`)."""
