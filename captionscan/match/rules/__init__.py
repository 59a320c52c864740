"""The rules that find candidates, one module each, all registered here, in the order they run.

A new rule is one module with a `Rule` subclass (a name, a score, `candidates`) and one line below.
"""

from captionscan.match.rules.alias import Alias
from captionscan.match.rules.base import RULES, Rule, WordRule, register
from captionscan.match.rules.declined import Declined
from captionscan.match.rules.exact import Exact
from captionscan.match.rules.folded import Folded
from captionscan.match.rules.fuzzy import Fuzzy
from captionscan.match.rules.genitive import Genitive
from captionscan.match.rules.handle import Handle
from captionscan.match.rules.hashtag import Hashtag

register(Exact)
register(Folded)
register(Genitive)
register(Alias)
register(Declined)
register(Fuzzy)
register(Handle)
register(Hashtag)

__all__ = ["RULES", "Rule", "WordRule", "register"]
