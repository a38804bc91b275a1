"""Reusable widgets and the table layouts they share."""
