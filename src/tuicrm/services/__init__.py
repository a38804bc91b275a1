"""The only place that queries the database: one module per aggregate.

Every function takes a keyword-only ``session`` (from ``Database.read()`` or
``Database.write()``) and returns models or plain values.
"""
