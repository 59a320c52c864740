"""Answers kept between texts: captions reuse a small vocabulary and the same groups of people, text after text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")
_MISSING = object()  # None is an answer too (a group of people of different genders)


def kept(cache: dict[K, V], key: K, limit: int, make: Callable[[], V]) -> V:
    """`make()`, kept in `cache` under `key`; the cache starts afresh when it holds `limit` answers, so that memory
    stays bounded on archives of any size."""
    found = cache.get(key, _MISSING)
    if found is _MISSING:
        if len(cache) >= limit:
            cache.clear()
        found = cache[key] = make()
    return found  # type: ignore[return-value]
