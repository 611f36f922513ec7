"""Request and response bodies of the JSON API (they also shape the OpenAPI docs)."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

MAX_TEXT = 2_000_000


class PageOut(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    notice: dict[str, Any] | None = Field(None, description="Why the page is empty: code "
                                          "(empty_store, no_match, calendar, ...), message "
                                          "(Ukrainian), detail (English), suggestions")


MAX_ANALYZE = 200_000     # an open endpoint doing CPU work: one long article, not a corpus


class AnalyzeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., min_length=1, max_length=MAX_ANALYZE, description="Article text (UTF-8), up to 200,000 characters.")
    date: dt.date | None = Field(None, description="Publication date; relative times resolve against it.")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    author: str | None = Field(None, max_length=200, description="Who wrote or spoke the text, as a JSON input line's `author`: a subject-less speech verb of an address is given to this person when the knowledge base knows exactly one person by the name.")
    speakers: list[Annotated[str, Field(max_length=200)]] | None = Field(None, max_length=20, description="As a JSON input line's `speakers`: one name is the author only where the text names the person or the person holds, on the date, an office that gives addresses.")

    @model_validator(mode="after")
    def _not_blank(self):
        if not self.text.strip():
            raise ValueError("text is blank")
        return self


class DocumentIn(BaseModel):
    """Either a text (with optional metadata) or a URL to fetch and read."""
    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, max_length=MAX_TEXT)
    url: HttpUrl | None = None
    id: str | None = Field(None, max_length=200, pattern=r"^[\w.:\-]+$")
    date: dt.date | None = None
    title: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _text_or_url(self):
        if not (self.text and self.text.strip()) and self.url is None:
            raise ValueError("give a non-empty text or a url")
        if self.id is not None:
            from ..ingest.readers import id_problem
            why = id_problem(self.id)
            if why:
                raise ValueError(f"id {why}")
        return self



class IngestOut(BaseModel):
    ok: bool
    result: dict[str, Any]


class Deleted(BaseModel):
    deleted: bool
    id: str
