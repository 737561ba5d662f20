"""Importing orders from exporter files and dates from mail files."""
