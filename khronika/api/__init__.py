"""The HTTP surface of khronika: a JSON API under `/api` and server-rendered web pages, both
over the same `Store` calls as the CLI.

    from khronika.api import create_app
    app = create_app()          # nothing connects until the first request
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
