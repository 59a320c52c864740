"""spaCy without its command line.

`import spacy` imports `spacy.cli` for the one function `spacy.info`, and with it weasel's project commands and the
httpx client of its model downloads: 0.19 s of the 0.7 s the import takes (`python -X importtime`), paid by every
cold `check` and by every worker, for network code this tool never runs. spaCy offers no lazy import, so its
`spacy.cli.info` module is stood in for while spaCy imports; `spacy.info` then imports the real one when called, and
`spacy.cli` imports as usual afterwards.
"""

from __future__ import annotations

import sys
import threading
from types import ModuleType

CLI_INFO = "spacy.cli.info"
# Held while spaCy imports and while a pipeline loads. Threads that scan at once (Dask's default scheduler runs
# partitions in threads) had imported spaCy twice at the same time, and one failed half-way: "cannot import name
# 'Language' from partially initialized module 'spacy.language'".
SPACY_LOCK = threading.RLock()


def import_spacy() -> ModuleType:
    """spaCy's package, imported without `spacy.cli` unless something imported it already."""
    with SPACY_LOCK:
        if "spacy" not in sys.modules:
            stand_in = ModuleType(CLI_INFO)
            stand_in.info = _info  # type: ignore[attr-defined]
            sys.modules[CLI_INFO] = stand_in
            try:
                import spacy  # noqa: F401
            finally:
                if sys.modules.get(CLI_INFO) is stand_in:
                    del sys.modules[CLI_INFO]
        return sys.modules["spacy"]


def _info(*args, **kwargs):
    """`spacy.info`, from the real `spacy.cli.info` once called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
