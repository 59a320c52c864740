"""captionscan: find opted-out people in Instagram/Facebook exports and draft captions, and rewrite them.

The library API, `Session`, `scan_texts` and `scan_frame`, loads on first use: the CLI's cold start does not pay for it.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("captionscan")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["Session", "__version__", "read_frame", "read_units", "scan_frame", "scan_texts"]


def __getattr__(name: str):
    if name in __all__ and name != "__version__":
        from captionscan import api

        return getattr(api, name)
    raise AttributeError(f"module 'captionscan' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The lazy API too, for a notebook's completion."""
    return sorted({*__all__, *(n for n in globals() if n.startswith("__"))})
