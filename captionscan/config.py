"""Settings from `.captionscan.toml` or `[tool.captionscan]` in pyproject.toml; command-line flags override them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from captionscan.errors import InputError
from captionscan.records import LEVELS

CONFIG_FILE = ".captionscan.toml"


@dataclass(frozen=True)
class Config:
    optout: Path | None = None
    lang: str = "auto"
    fail_on: str = "hit"
    allow: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    key_file: Path | None = None
    decisions: Path | None = None  # captionscan-decisions.json, downloaded from the HTML report
    initials: bool = False  # offer initials ("L. V.") among the suggestions
    relation: str | None = None  # what rewrites call people the list gives no relation: a club's list is of members
    file: Path | None = None  # where the settings came from, for messages


def _table(where: Path) -> tuple[Path, dict[str, Any]] | None:
    if where.is_file():  # a settings file named as such: its [tool.captionscan] if it is a pyproject.toml
        candidates = [(where, ("tool", "captionscan") if where.name == "pyproject.toml" else None)]
    elif where.is_dir():
        candidates = [(where / CONFIG_FILE, None), (where / "pyproject.toml", ("tool", "captionscan"))]
    else:
        raise InputError(str(where), "no such settings file or folder")
    for path, section in candidates:
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"not valid TOML ({exc})") from None
        for key in section or ():
            data = data.get(key, None) if isinstance(data, dict) else None
        if data is not None:
            return path, data
    return None


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise InputError(str(path), "must be a list of strings", f"key '{key}'")
    return tuple(value)


def _choice(path: Path, key: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise InputError(str(path), f"must be one of {', '.join(choices)}", f"key '{key}'")
    return value


def language_code(value: str) -> str | None:
    """`value` as `lang` takes it: "auto" or an ISO 639-1 code ("de", "NL" -> "nl"); None for anything else."""
    import langcodes  # here: only a run given a language pays for it

    code = value.strip().lower()
    return code if code == "auto" or len(code) == 2 and code.isalpha() and langcodes.tag_is_valid(code) else None


def _language(path: Path, value: Any) -> str:
    if not isinstance(value, str) or (code := language_code(value)) is None:
        raise InputError(str(path), "must be auto or an ISO 639-1 code such as de, en, nl, fr or pl", "key 'lang'")
    return code


def _relation(path: Path, value: Any) -> str | None:
    """A relation as the list's column writes one ("member", "Mitglied"), as its key; None where none is set."""
    from captionscan.match.optout_list import RELATIONS, relation_of  # here: a run without the key skips the tables

    if value is None:
        return None
    if not isinstance(value, str) or (relation := relation_of(value)) is None:
        known = ", ".join(dict.fromkeys(RELATIONS.values()))
        raise InputError(str(path), f"must be one of {known}, in any list language", "key 'relation'")
    return relation


def load_config(where: Path) -> Config:
    """The settings in folder `where` (the CLI's working directory) or in the file `where`; defaults where a
    folder has no settings file."""
    found = _table(where)
    if found is None:
        return Config()
    path, table = found
    if not isinstance(table, dict):
        raise InputError(str(path), "[tool.captionscan] must be a table")
    unknown = sorted(set(table) - ({f.name for f in fields(Config)} - {"file"}))
    if unknown:
        raise InputError(str(path), "unknown key", f"key '{unknown[0]}'")
    if not isinstance(table.get("initials", False), bool):
        raise InputError(str(path), "must be true or false", "key 'initials'")
    for key in ("optout", "key_file", "decisions"):
        if key in table and not isinstance(table[key], str):
            raise InputError(str(path), "must be a path", f"key '{key}'")
    return Config(
        optout=path.parent / table["optout"] if table.get("optout") else None,
        key_file=path.parent / table["key_file"] if table.get("key_file") else None,
        decisions=path.parent / table["decisions"] if table.get("decisions") else None,
        lang=_language(path, table.get("lang", "auto")),
        fail_on=_choice(path, "fail_on", table.get("fail_on", "hit"), LEVELS),
        allow=_strings(path, "allow", table.get("allow", [])),
        exclude=_strings(path, "exclude", table.get("exclude", [])),
        initials=table.get("initials", False),
        relation=_relation(path, table.get("relation")),
        file=path,
    )
