"""Stage 3, match: the opt-out list against a unit's text and entities -> OptoutHit records."""

from captionscan.match.matcher import Matcher
from captionscan.match.optout_list import load_optout

__all__ = ["Matcher", "load_optout"]
