"""The case bundle: one child's whole record as a documented JSON document (see README.md)."""
