"""Placement matching: the child's needs, the carers ranked and explained, the decision and how it turned out."""
