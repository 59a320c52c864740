"""@-mentions and hashtags by rule: regexes beat statistics for these."""

from __future__ import annotations

import regex

from captionscan.records import Entity

# Instagram usernames: letters, digits, "_" and ".", at most 30 characters, no "." at either end and
# no "..". The look-behind keeps e-mail addresses (anna@example.com) out; after a slash a handle is one too
# ("@dannyoc/@olly_thornton", "tiktok.com/@olly_thornton").
MENTION = regex.compile(r"(?<![\p{L}\p{N}_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?![.\W]|$)){0,29})(?![A-Za-z0-9_])")
# Hashtags: Unicode letters, digits and "_", with at least one letter (#2023 is not a hashtag).
HASHTAG = regex.compile(r"(?<![\p{L}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)")


def rule_entities(text: str) -> list[Entity]:
    found = [Entity(m.start(), m.end(), "MENTION", m.group()) for m in MENTION.finditer(text)]
    found += [Entity(m.start(), m.end(), "HASHTAG", m.group()) for m in HASHTAG.finditer(text)]
    return sorted(found, key=lambda e: e.start)
