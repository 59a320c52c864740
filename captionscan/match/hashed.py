"""Shareable opt-out lists: the compiled lookup keys as HMACs, so a studio can hand the list to
freelancers without revealing who is on it.

A hashed list finds what exact lookups find (exact, folded, genitive, alias, handle, hashtag); it
cannot find near misses (one edit away), which need the letters of the name.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from captionscan.errors import InputError
from captionscan.match.matcher import Matcher, Variant
from captionscan.records import Person

COLUMNS = ["kind", "key", "person_id", "role", "alias", "exact", "common", "gender", "value"]
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
        raise ValueError("every person needs an id: a hashed list must not carry names")


def hash_rows(people: list[Person], key: bytes) -> pd.DataFrame:
    """The list compiled with keyed lookups, one row per key: no name, alias or handle in clear."""
    import pandas as pd  # only for hashed lists: a cold `check` on a plain list does without it

    require_ids(people)
    m = Matcher(people, key)
    rows = [{"kind": CHECK[0], "key": m.k(*CHECK)}]
    rows += [{"kind": "meta", "key": name, "value": str(getattr(m, name))} for name in ("max_words", "longest_concat")]
    for kind, index in (("words", m.by_words), ("concat", m.by_concat)):
        for k, variants in index.items():
            for v in variants:
                person = m.people[v.person]
                rows.append(
                    {
                        "kind": kind,
                        "key": k,
                        "person_id": person.id,
                        "role": v.role,
                        "alias": str(int(v.alias)),
                        "exact": v.exact,
                        "common": str(int(v.common)),
                        "gender": person.gender or "",
                    }
                )
    rows += [{"kind": "first", "key": k} for k in sorted(m.first_words)]
    rows += [{"kind": "name", "key": k} for k in sorted(m.name_words)]
    rows += [{"kind": "handle", "key": k, "person_id": m.people[i].id} for k, ids in m.handles.items() for i in ids]
    return pd.DataFrame(rows, columns=COLUMNS).fillna("")


def hashed_matcher(path: Path, key: bytes) -> Matcher:
    import pandas as pd  # only for hashed lists: a cold `check` on a plain list does without it

    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise InputError(str(path), f"not a readable hashed list ({str(exc).splitlines()[0]})") from None
    if list(frame.columns) != COLUMNS:
        raise InputError(str(path), f"a hashed list has the columns {','.join(COLUMNS)}")
    m = Matcher([], key)
    if not (frame["kind"].eq(CHECK[0]) & frame["key"].eq(m.k(*CHECK))).any():
        raise InputError(str(path), "this hashed list was made with another key")
    people: dict[str, int] = {}

    def person(row: dict) -> int:
        if row["person_id"] not in people:
            people[row["person_id"]] = len(m.people)
            m.people.append(Person(row["person_id"], "", gender=row["gender"] or None))
        return people[row["person_id"]]

    for row in frame.to_dict("records"):
        kind, k = row["kind"], row["key"]
        if kind in ("words", "concat"):
            variant = Variant(person(row), row["role"], row["alias"] == "1", row["exact"], row["common"] == "1")
            m._add(m.by_words if kind == "words" else m.by_concat, k, variant)
        elif kind == "first":
            m.first_words.add(k)
        elif kind == "name":
            m.name_words.add(k)
        elif kind == "handle":
            m._add_handle(k, person(row))
        elif kind == "meta" and k in ("max_words", "longest_concat") and row["value"].isdigit():
            setattr(m, k, int(row["value"]))
    m.by_id = {p.id: p for p in m.people}
    if not m.people:
        raise InputError(str(path), "the hashed list is empty; an empty list would let everything pass")
    return m
