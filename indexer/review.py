"""Reviewing an article's positions: plain functions over a Review, for the command line and the page alike.

A review starts from the article's positions file or, when it has none, from the records the engine read.
A record is decided once the reviewer accepts, corrects or adds it (its `reviewed` flag is set); deleting
removes it. Saving writes the decided records to the positions file and swaps the index to a generation
that holds them, reusing every vector: nothing is embedded again.
"""

from __future__ import annotations

import datetime
import getpass
from dataclasses import dataclass, replace
from pathlib import Path

from indexer.chunking import split_sentences
from indexer.corpus import content_hash, corpus_files, read_article_file
from indexer.errors import BadInputError, IndexMismatchError, IndexMissingError
from indexer.positions import (
    PART_FIELDS,
    make_position,
    positions_path,
    read_positions_file,
    write_positions_file,
)
from indexer.settings import Settings
from indexer.store import load_index, write_generation, writer_lock
from indexer.types import AdviceRecord, Article


@dataclass(frozen=True)
class Review:
    """An article's positions as the reviewer has left them so far; `reviewed` records are the decided ones."""

    article: Article
    records: tuple[AdviceRecord, ...]
    # "positions file" when the review started from the article's reviewed positions, else "engine".
    started_from: str
    reviewer: str
    reviewed_on: str

    @property
    def pending(self) -> int:
        """How many records the reviewer has not yet accepted, corrected or deleted."""
        return sum(1 for record in self.records if not record.reviewed)


@dataclass(frozen=True)
class SaveReport:
    """What saving a review did: the file it wrote, how many positions, and whether the index took them."""

    path: Path
    positions: int
    left_out: int
    index_updated: bool
    note: str = ""


def default_reviewer() -> str:
    """Who is reviewing, when they do not say: the login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def article_docs(settings: Settings) -> list[str]:
    """The ids of the articles in the corpus folder, for resolving what the reviewer typed."""
    if not settings.corpus.is_dir():
        raise BadInputError(f"the corpus folder {settings.corpus} does not exist; create it or pass --corpus DIR")
    return [path.stem for path in corpus_files(settings.corpus)]


def read_article(settings: Settings, doc: str) -> Article:
    """The article `doc` as it is in the corpus folder: the text that positions quote."""
    for path in corpus_files(settings.corpus):
        if path.stem == doc:
            return read_article_file(path)
    raise BadInputError(f"no article {doc!r} in {settings.corpus}; add it with `crossread add FILE` first")


def automatic_records(article: Article) -> tuple[AdviceRecord, ...]:
    """The records the engine reads in the article, as an unreviewed question would use them."""
    from indexer.advice import extract_advice

    return tuple(extract_advice(article, split_sentences(article)))


def start_review(
    settings: Settings, doc: str, reviewer: str = "", reviewed_on: str = "", from_engine: bool = False
) -> Review:
    """A review of one article: its reviewed positions, or the engine's records when it has none (or asked)."""
    article = read_article(settings, doc)
    path = positions_path(settings.corpus, doc)
    reviewer = reviewer or default_reviewer()
    reviewed_on = reviewed_on or datetime.date.today().isoformat()
    if path.is_file() and not from_engine:
        records = read_positions_file(path, article)
        if records:
            return Review(article, records, "positions file", reviewer, reviewed_on)
    engine_records = tuple(replace(record, reviewed=False) for record in automatic_records(article))
    return Review(article, engine_records, "engine", reviewer, reviewed_on)


def _record_at(review: Review, number: int) -> AdviceRecord:
    if not 0 <= number < len(review.records):
        raise BadInputError(f"there is no record {number + 1}; the review holds {len(review.records)}")
    return review.records[number]


def _replace_at(review: Review, number: int, record: AdviceRecord) -> Review:
    records = list(review.records)
    records[number] = record
    return replace(review, records=tuple(records))


def _stamped(review: Review, record: AdviceRecord, parts: dict[str, str]) -> AdviceRecord:
    # Rebuilt from its quote, so a reviewed record reads back from the file exactly as it is saved.
    values = {name: getattr(record, name) for name in PART_FIELDS}
    values.update(parts)
    quote = review.article.body[record.start : record.end]
    return make_position(review.article, quote, values, review.reviewer, review.reviewed_on)


def accept_record(review: Review, number: int) -> Review:
    """Accept record `number` (0-based) as it is; a record already reviewed keeps its reviewer and date."""
    record = _record_at(review, number)
    if record.reviewed:
        return review
    return _replace_at(review, number, _stamped(review, record, {}))


def correct_record(review: Review, number: int, **parts: str) -> Review:
    """Change parts of record `number` (direction, platform, moment...); the record becomes reviewed."""
    record = _record_at(review, number)
    unknown = [name for name in parts if name not in PART_FIELDS]
    if unknown:
        raise BadInputError(f"unknown part {unknown[0]!r}; the parts are {', '.join(PART_FIELDS)}")
    changed = {name: value for name, value in parts.items() if getattr(record, name) != value}
    if record.reviewed and not changed:
        return review
    return _replace_at(review, number, _stamped(review, record, changed))


def delete_record(review: Review, number: int) -> Review:
    """Remove record `number`: the article does not give that advice."""
    _record_at(review, number)
    return replace(review, records=review.records[:number] + review.records[number + 1 :])


def add_position(review: Review, quote: str, **parts: str) -> Review:
    """Add a reviewed position stated by `quote`; refused (PositionsError) when the quote is not in the article."""
    record = make_position(review.article, quote, parts, review.reviewer, review.reviewed_on)
    records = sorted([*review.records, record], key=lambda item: (item.start, item.end))
    return replace(review, records=tuple(records))


def accept_all(review: Review) -> Review:
    """Accept every record not yet decided."""
    for number in range(len(review.records)):
        review = accept_record(review, number)
    return review


def load_positions_from(review: Review, path: Path) -> Review:
    """Take the positions in another positions file (checked against this article); blank reviewers are ours."""
    if not path.is_file():
        raise BadInputError(f"the positions file {path} does not exist")
    records = read_positions_file(path, review.article)
    stamped = tuple(
        replace(
            record,
            reviewer=record.reviewer or review.reviewer,
            reviewed_on=record.reviewed_on or review.reviewed_on,
        )
        for record in records
    )
    return replace(review, records=stamped)


def save_review(settings: Settings, review: Review) -> SaveReport:
    """Write the decided records to the positions file and give the index a generation holding them."""
    decided = tuple(record for record in review.records if record.reviewed)
    if not decided:
        raise BadInputError(
            f"nothing to save for {review.article.doc}: accept, correct or add a position first "
            "(to go back to the engine's records, delete its positions file)"
        )
    path = positions_path(settings.corpus, review.article.doc)
    written = write_positions_file(path, review.article, decided)
    updated, note = update_index(settings, review.article, written)
    return SaveReport(path, len(decided), review.pending, updated, note)


def update_index(settings: Settings, article: Article, reviewed: tuple[AdviceRecord, ...]) -> tuple[bool, str]:
    """Swap in a generation of the index whose reviewed positions of `article` are these, reusing all else."""
    folder = settings.index
    with writer_lock(folder):
        try:
            index = load_index(folder)
        except (IndexMissingError, IndexMismatchError):
            return False, f"there is no index in {folder} yet; `crossread build` will use the positions"
        # The quotes' offsets point into the corpus text; an index of an older text must be rebuilt first.
        if index.manifest.articles.get(article.doc) != content_hash(article):
            return False, (
                f"the index does not hold the current text of {article.doc}; "
                "run `crossread build` to index it with its positions"
            )
        positions = {doc: records for doc, records in index.reviewed.items() if doc != article.doc}
        if reviewed:
            positions[article.doc] = reviewed
        write_generation(
            folder,
            index.manifest,
            list(index.articles.values()),
            index.sentences,
            index.sentence_vectors,
            index.passages,
            index.passage_vectors,
            index.records,
            positions,
            index.dictionary,
        )
    return True, ""
