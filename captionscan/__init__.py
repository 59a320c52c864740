"""captionscan: find opted-out people in Instagram/Facebook exports and draft captions, and rewrite them."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("captionscan")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
