"""Stage 4, rewrite: a unit's text and its hits -> ranked Suggestion records. Knows no spaCy."""

from captionscan.rewrite.suggest import suggest

__all__ = ["suggest"]
