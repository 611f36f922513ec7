"""Typed settings, read from the environment (prefix `KHRONIKA_`), never at import time.

`Settings()` reads `KHRONIKA_*` variables: `KHRONIKA_PIPELINE="segment,morph,timex"`,
`KHRONIKA_DISABLE="events"`, `KHRONIKA_MAX_CHARS=2000000`, `KHRONIKA_DB=sqlite:///x.db`,
`KHRONIKA_API_TOKEN=...`, `KHRONIKA_ALLOW_PRIVATE_URLS=1` (fetch from loopback and private
addresses: only for one's own intranet). Component options come as
`KHRONIKA_OPT_<COMPONENT>_<KEY>=value` or through `Settings(options={"quotes": {"min_chars": 10}})`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

DEFAULT_PIPELINE = ("segment", "morph", "foreign", "entities", "timex", "quotes", "events")


def _split(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(",") if p.strip())


def _coerce(value: str) -> Any:
    low = value.strip().lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


@dataclass(frozen=True)
class Settings:
    # Each field's `doc` is its line in docs/configuration.md (`python -m khronika.docgen`).
    pipeline: tuple[str, ...] = field(default=DEFAULT_PIPELINE, metadata={
        "doc": "the components to run, in order, comma-separated"})
    disable: tuple[str, ...] = field(default=(), metadata={
        "doc": "components to leave out of the pipeline, comma-separated (e.g. `events`)"})
    max_chars: int = field(default=2_000_000, metadata={
        "doc": "longer texts are cut to this many characters, with a warning"})
    max_bytes: int = field(default=50_000_000, metadata={
        "doc": "bigger input files (in JSON Lines: bigger lines) are refused, with a message naming them"})
    db: str = field(default="sqlite:///khronika.db", metadata={
        "doc": "the store: `sqlite:///FILE` or `postgresql://user:password@host/database`"})
    api_token: str | None = field(default=None, metadata={
        "doc": "the bearer token that `khronika serve` asks for on writes; unset, writes are refused"})
    allow_private_urls: bool = field(default=False, metadata={
        "doc": "fetch URLs on loopback, private and link-local addresses (only for one's own intranet)"})
    fetch_timeout: float = field(default=15.0, metadata={
        "doc": "seconds to connect to a URL and to wait between chunks of its answer"})
    fetch_max_bytes: int = field(default=20_000_000, metadata={
        "doc": "a fetched answer longer than this is refused"})
    options: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> "Settings":
        env = os.environ if environ is None else environ
        kw: dict[str, Any] = {}
        if env.get("KHRONIKA_PIPELINE"):
            kw["pipeline"] = _split(env["KHRONIKA_PIPELINE"])
        if env.get("KHRONIKA_DISABLE"):
            kw["disable"] = _split(env["KHRONIKA_DISABLE"])
        for name in ("max_chars", "max_bytes", "fetch_max_bytes"):
            key = f"KHRONIKA_{name.upper()}"
            if env.get(key):
                try:
                    kw[name] = int(env[key])
                except ValueError as exc:
                    raise ValueError(f"{key} must be an integer, got {env[key]!r}") from exc
        if env.get("KHRONIKA_DB"):
            kw["db"] = env["KHRONIKA_DB"]
        if env.get("KHRONIKA_ALLOW_PRIVATE_URLS"):
            kw["allow_private_urls"] = _coerce(env["KHRONIKA_ALLOW_PRIVATE_URLS"]) in (True, 1)
        if env.get("KHRONIKA_FETCH_TIMEOUT"):
            try:
                kw["fetch_timeout"] = float(env["KHRONIKA_FETCH_TIMEOUT"])
            except ValueError as exc:
                raise ValueError("KHRONIKA_FETCH_TIMEOUT must be a number of seconds, got "
                                 f"{env['KHRONIKA_FETCH_TIMEOUT']!r}") from exc
        if env.get("KHRONIKA_API_TOKEN"):
            kw["api_token"] = env["KHRONIKA_API_TOKEN"]
        options: dict[str, dict[str, Any]] = {}
        for key, value in env.items():
            if key.startswith("KHRONIKA_OPT_"):
                comp, _, opt = key[len("KHRONIKA_OPT_"):].lower().partition("_")
                if opt:
                    options.setdefault(comp, {})[opt] = _coerce(value)
        if options:
            kw["options"] = options
        kw.update(overrides)
        return cls(**kw)

    def option(self, component: str, key: str, default: Any = None) -> Any:
        return self.options.get(component, {}).get(key, default)

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)

    @property
    def active(self) -> tuple[str, ...]:
        return tuple(c for c in self.pipeline if c not in self.disable)


def settings_fields() -> list[str]:
    return [f.name for f in fields(Settings)]
