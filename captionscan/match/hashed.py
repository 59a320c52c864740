"""Shareable opt-out lists: the compiled lookup keys as HMACs, so a studio can hand the list to
freelancers without revealing who is on it.

A hashed list finds what exact lookups find (exact, folded, genitive, alias, handle, hashtag); it
cannot find near misses (one edit away), which need the letters of the name.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from captionscan.data import name_gender
from captionscan.errors import InputError
from captionscan.match.index import OLDER_ROW_COLUMNS, ROW_COLUMNS, ListIndex
from captionscan.match.matcher import Matcher
from captionscan.records import Person

MIN_KEY_BYTES = 16
CHECK = ("check", "captionscan hashed list")  # a row that tells a wrong key from a right one

if TYPE_CHECKING:
    import pandas as pd


def read_key(path: Path, create: bool = False) -> bytes:
    """The key in `path` (any bytes, at least 16); with `create`, a new random one where there is none."""
    if create and not path.exists():
        path.write_text(secrets.token_hex(32) + "\n", encoding="ascii")
        path.chmod(0o600)
    try:
        key = path.read_bytes().strip()
    except OSError as exc:
        raise InputError(str(path), f"cannot read key file ({exc.strerror})") from None
    if len(key) < MIN_KEY_BYTES:
        raise InputError(str(path), f"key file holds fewer than {MIN_KEY_BYTES} bytes")
    return key


def is_hashed(path: Path) -> bool:
    if path.suffix.lower() != ".csv" or not path.is_file():
        return False
    with open(path, "rb") as f:
        return f.readline().decode("utf-8-sig", "replace").strip().split(",")[:2] == ["kind", "key"]


def require_ids(people: list[Person]) -> None:
    """Without an id column a person's id is their name, which a hashed list must not carry."""
    if any(p.id == p.name for p in people):
        raise ValueError(
            "every person needs an id, as a hashed list must not carry names: add a column 'id' (or 'Nr', 'N°',"
            " 'numéro', 'nummer', 'número') with a number for each row"
        )


def keyed(secret: bytes, *parts: str) -> str:
    """The parts ("kind", "text") as an HMAC: the same parts give the same key, and the key gives no text. The
    lookup keys of a hashed list, and the fingerprints of the ignore file and the report's decisions."""
    return hmac.new(secret, "\0".join(parts).encode(), hashlib.sha256).hexdigest()


def hash_rows(people: list[Person], key: bytes) -> pd.DataFrame:
    """The list compiled with keyed lookups, one row per key: no name, alias or handle in clear. A person the list
    gives no gender has the one their first name has in every language: the rewrites of a run would read it from
    the name, which a hashed list does not carry ("Die Braut" had become "Ein lieber Mensch")."""
    import pandas as pd  # only for hashed lists: a cold `check` on a plain list does without it

    require_ids(people)
    people = [p if p.gender else replace(p, gender=name_gender(p.name, None)) for p in people]
    key_of = partial(keyed, key)
    rows = [{"kind": CHECK[0], "key": key_of(*CHECK)}, *ListIndex(people, key_of).rows()]
    return pd.DataFrame(rows, columns=ROW_COLUMNS).fillna("")


def hashed_matcher(path: Path, key: bytes) -> Matcher:
    import pandas as pd  # only for hashed lists: a cold `check` on a plain list does without it

    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise InputError(str(path), f"not a readable hashed list ({str(exc).splitlines()[0]})") from None
    if list(frame.columns) not in (ROW_COLUMNS, OLDER_ROW_COLUMNS):
        raise InputError(str(path), f"a hashed list has the columns {','.join(ROW_COLUMNS)}")
    key_of = partial(keyed, key)  # a partial of a module function: the matcher goes to worker processes
    if not (frame["kind"].eq(CHECK[0]) & frame["key"].eq(key_of(*CHECK))).any():
        raise InputError(str(path), "this hashed list was made with another key")
    index = ListIndex.from_rows(frame.to_dict("records"), key_of)
    if not index.people:
        raise InputError(str(path), "the hashed list is empty; an empty list would let everything pass")
    return Matcher(index)


def write_hashed_list(
    optout: Path, key_file: Path, output: Path, warn: Callable[[str], None] | None = None
) -> tuple[int, bool]:
    """Hash the list `optout` with the key in `key_file` (a new random key where there is none) into `output`,
    atomically. The number of people hashed, and True when a new key was made, which must go with the list to
    whoever gets it."""
    from captionscan.match.optout_list import load_optout
    from captionscan.report.atomic import write_atomic

    if output.suffix.lower() != ".csv":  # `check` knows a hashed list by its suffix and first row
        raise InputError(str(output), f"a hashed list is a CSV file: name it {output.with_suffix('.csv').name}")
    people = load_optout(optout, warn=warn)
    try:
        require_ids(people)
    except ValueError as exc:
        raise InputError(str(optout), str(exc), "column 'id'") from None
    new_key = not key_file.exists()
    rows = hash_rows(people, read_key(key_file, create=True))
    write_atomic(output, lambda f: rows.to_csv(f, index=False))
    return len(people), new_key
