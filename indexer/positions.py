"""Reviewed positions: a YAML file beside each article (`corpus/<doc>.positions.yaml`), read with validation.

A file is a list of entries, one per piece of advice the article gives, in the parts of an advice record:

    - action: connect
      platform: linkedin
      person: interviewer
      moment: before-interview
      direction: against
      condition: ''
      speaker: expert
      quote: That line definitely gets crossed when a candidate sends a request to their interviewer ...
      reviewer: crossread seed review
      reviewed_on: '2026-11-22'

The quote is verbatim from the article (compared with every run of whitespace as one space); its offsets in
the body are found when the file is read, so the file never goes stale against offsets. Writing is
deterministic: a file that crossread wrote reads and writes back byte for byte.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import yaml

from indexer.corpus import Skipped, quote_spans
from indexer.errors import CrossreadError
from indexer.types import ACTIONS, DIRECTIONS, MOMENTS, PEOPLE, PLATFORMS, SPEAKERS, AdviceRecord, Article

POSITIONS_SUFFIX = ".positions.yaml"
# The parts a reviewer sets, in the order every entry is written.
PART_FIELDS = ("action", "platform", "person", "moment", "direction", "condition", "speaker")
ENTRY_FIELDS = (*PART_FIELDS, "quote", "reviewer", "reviewed_on")
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "action": ACTIONS,
    "platform": PLATFORMS,
    "person": PEOPLE,
    "moment": MOMENTS,
    "direction": DIRECTIONS,
    "speaker": SPEAKERS,
}
# A quote is shown in a message up to this many characters.
QUOTE_PREVIEW = 60
_HEADER = (
    "# Reviewed positions of {doc}, written by `crossread review`: one entry per piece of advice.\n"
    "# Parts: action, platform, person, moment, direction, condition, speaker; quote is verbatim from the article.\n"
)


class PositionsError(CrossreadError):
    """A positions file or entry that cannot be used; the message names the file, the entry and the problem."""


def positions_path(corpus_folder: Path, doc: str) -> Path:
    """Where an article's positions file lives: beside the article in the corpus folder."""
    return corpus_folder / f"{doc}{POSITIONS_SUFFIX}"


def locate_quote(body: str, quote: str) -> tuple[int, int] | None:
    """The [start, end) of the first place the quote occurs in the body, any whitespace run matching any other."""
    spans = quote_spans(body, quote)
    return spans[0] if spans else None


def preview(quote: str) -> str:
    """A quote on one line, shortened for a message."""
    flat = " ".join(quote.split())
    return flat if len(flat) <= QUOTE_PREVIEW else flat[: QUOTE_PREVIEW - 1].rstrip() + "…"


def find_quote(article: Article, quote: str) -> tuple[int, int]:
    """Where the quote is in the article's body, or PositionsError saying it is not there."""
    if not quote.strip():
        raise PositionsError("no quote; give the words of the article that state this advice")
    span = locate_quote(article.body, quote)
    if span is None:
        raise PositionsError(
            f'the quote "{preview(quote)}" is not in the article {article.doc}; copy it verbatim from the article'
        )
    return span


def check_part(name: str, value: object) -> str:
    """The value of one part as text, or PositionsError saying what is wrong with it."""
    if name not in PART_FIELDS:
        raise PositionsError(f"unknown part {name!r}; the parts are {', '.join(ENTRY_FIELDS)}")
    if not isinstance(value, str):
        raise PositionsError(f"{name} must be text, not {value!r}; put it in quotes")
    allowed = VOCABULARIES.get(name)
    if allowed is not None and value not in allowed:
        raise PositionsError(f"unknown {name} {value!r}; use one of {', '.join(allowed)}")
    return value


def make_position(
    article: Article, quote: str, parts: Mapping[str, object], reviewer: str = "", reviewed_on: str = ""
) -> AdviceRecord:
    """A reviewed record from a verbatim quote of the article and its parts; PositionsError if either is wrong."""
    checked = {name: check_part(name, value) for name, value in parts.items()}
    if not checked.get("action"):
        raise PositionsError(f"no action; give one of {', '.join(ACTIONS)}")
    start, end = find_quote(article, quote)
    return AdviceRecord(
        doc=article.doc,
        start=start,
        end=end,
        text=article.body[start:end],
        reviewed=True,
        reviewer=reviewer,
        reviewed_on=reviewed_on,
        **checked,  # type: ignore[arg-type]
    )


def _text_field(entry: Mapping[str, object], name: str) -> str:
    value = entry.get(name, "")
    if isinstance(value, datetime.date):
        # An unquoted 2026-11-22 reads as a date; it is still the day it was reviewed.
        return value.isoformat()
    if not isinstance(value, str):
        raise PositionsError(f"{name} must be text, not {value!r}; put it in quotes")
    return value


def _entry_record(article: Article, entry: object) -> AdviceRecord:
    if not isinstance(entry, dict):
        raise PositionsError(f"an entry must be a mapping of parts ({', '.join(ENTRY_FIELDS)}), not {entry!r}")
    for name in entry:
        if name not in ENTRY_FIELDS:
            raise PositionsError(f"unknown part {name!r}; the parts are {', '.join(ENTRY_FIELDS)}")
    reviewed_on = _text_field(entry, "reviewed_on")
    if reviewed_on:
        try:
            datetime.date.fromisoformat(reviewed_on)
        except ValueError as error:
            raise PositionsError(f"reviewed_on {reviewed_on!r} is not a date; write it as YYYY-MM-DD") from error
    return make_position(
        article,
        _text_field(entry, "quote"),
        {name: entry[name] for name in PART_FIELDS if name in entry},
        reviewer=_text_field(entry, "reviewer"),
        reviewed_on=reviewed_on,
    )


def parse_positions(text: str, article: Article, source: str) -> tuple[AdviceRecord, ...]:
    """The reviewed records of a positions file's text; PositionsError names `source`, the entry and the problem."""
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(error, "problem", None) or "cannot be read"
        raise PositionsError(f"{source}: not valid YAML ({where}{problem}); fix the file or delete it") from error
    if loaded is None:
        return ()
    if not isinstance(loaded, list):
        raise PositionsError(f"{source}: a positions file must be a list of entries (lines starting with '- ')")
    records = []
    for number, entry in enumerate(loaded, 1):
        try:
            records.append(_entry_record(article, entry))
        except PositionsError as error:
            raise PositionsError(f"{source}, entry {number}: {error}") from error
    return tuple(records)


def read_positions_file(path: Path, article: Article) -> tuple[AdviceRecord, ...]:
    """The reviewed records in one positions file, checked against its article."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise PositionsError(f"{path.name}: not UTF-8 text (byte {error.start}); save it as UTF-8") from error
    except OSError as error:
        raise PositionsError(f"{path.name}: cannot be read ({error.strerror})") from error
    return parse_positions(text, article, path.name)


def read_positions_files(
    corpus_folder: Path, articles: Sequence[Article], on_skip: Callable[[Skipped], None] | None = None
) -> dict[str, tuple[AdviceRecord, ...]]:
    """Each article's reviewed positions; a bad or orphaned file is reported through `on_skip` and left out."""
    by_doc = {article.doc: article for article in articles}
    reviewed: dict[str, tuple[AdviceRecord, ...]] = {}
    for path in sorted(corpus_folder.glob(f"*{POSITIONS_SUFFIX}")):
        doc = path.name.removesuffix(POSITIONS_SUFFIX)
        article = by_doc.get(doc)
        if article is None:
            if on_skip:
                on_skip(Skipped(path, f"{path.name}: there is no article {doc!r} in the corpus; rename or delete it"))
            continue
        try:
            reviewed[doc] = read_positions_file(path, article)
        except PositionsError as error:
            if on_skip:
                on_skip(Skipped(path, f"{error}; {doc} is answered from its automatic records until then"))
    return reviewed


def render_positions(doc: str, records: Sequence[AdviceRecord]) -> str:
    """The text of a positions file: a short header, then one entry per record, always in the same form."""
    entries = [
        {
            **{name: getattr(record, name) for name in PART_FIELDS},
            "quote": record.text,
            "reviewer": record.reviewer,
            "reviewed_on": record.reviewed_on,
        }
        for record in records
    ]
    body = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
    return _HEADER.format(doc=doc) + body


def write_positions_file(path: Path, article: Article, records: Sequence[AdviceRecord]) -> tuple[AdviceRecord, ...]:
    """Write an article's positions file in one rename; returns the records exactly as the file reads back."""
    text = render_positions(article.doc, records)
    # Checked before anything is written: the index must hold what a later build would read from the file.
    written = parse_positions(text, article, path.name)
    staging = path.with_name(f".{path.name}.tmp")
    staging.write_text(text, encoding="utf-8")
    os.replace(staging, path)
    return written
