"""Settings from `.captionscan.toml` or `[tool.captionscan]` in pyproject.toml; command-line flags override them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from captionscan.errors import InputError

CONFIG_FILE = ".captionscan.toml"
LANGS = ("auto", "de", "en")
LEVELS = ("hit", "review")


@dataclass(frozen=True)
class Config:
    optout: Path | None = None
    lang: str = "auto"
    fail_on: str = "hit"
    allow: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    key_file: Path | None = None
    file: Path | None = None  # where the settings came from, for messages


def _table(folder: Path) -> tuple[Path, dict[str, Any]] | None:
    for path, section in ((folder / CONFIG_FILE, None), (folder / "pyproject.toml", ("tool", "captionscan"))):
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


def load_config(folder: Path) -> Config:
    """The settings in `folder` (the working directory); defaults where there is no config file."""
    found = _table(folder)
    if found is None:
        return Config()
    path, table = found
    if not isinstance(table, dict):
        raise InputError(str(path), "[tool.captionscan] must be a table")
    unknown = sorted(set(table) - {"optout", "lang", "fail_on", "allow", "exclude", "key_file"})
    if unknown:
        raise InputError(str(path), "unknown key", f"key '{unknown[0]}'")
    for key in ("optout", "key_file"):
        if key in table and not isinstance(table[key], str):
            raise InputError(str(path), "must be a path", f"key '{key}'")
    return Config(
        optout=path.parent / table["optout"] if table.get("optout") else None,
        key_file=path.parent / table["key_file"] if table.get("key_file") else None,
        lang=_choice(path, "lang", table.get("lang", "auto"), LANGS),
        fail_on=_choice(path, "fail_on", table.get("fail_on", "hit"), LEVELS),
        allow=_strings(path, "allow", table.get("allow", [])),
        exclude=_strings(path, "exclude", table.get("exclude", [])),
        file=path,
    )
