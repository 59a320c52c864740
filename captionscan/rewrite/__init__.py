"""Stage 4, rewrite: a unit's text and its hits -> ranked Suggestion records. Knows no spaCy."""

from captionscan.rewrite.suggest import STRATEGIES, suggest

__all__ = ["STRATEGIES", "suggest"]
