"""Builds the index from the corpus folder: the one path that `build`, `add`, review and the page share."""

from __future__ import annotations

from collections.abc import Callable

from indexer.corpus import Skipped, load_corpus
from indexer.embedding import Embedder, SentenceTransformerEmbedder
from indexer.errors import BadInputError
from indexer.positions import read_positions_files
from indexer.settings import Settings
from indexer.store import BuildReport, Progress, build_index
from indexer.types import AdviceRecord, Article


def load_reviewed_positions(
    settings: Settings, articles: list[Article], on_skip: Callable[[Skipped], None] | None = None
) -> dict[str, tuple[AdviceRecord, ...]]:
    """Reviewed positions of each article that has a valid positions file; a bad file is reported and ignored."""
    return read_positions_files(settings.corpus, articles, on_skip)


def build_corpus_index(
    settings: Settings,
    progress: Progress | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    embedder: Embedder | None = None,
) -> BuildReport:
    """Index every readable article of the corpus folder; only new or changed articles are embedded."""
    articles = load_corpus(settings.corpus, on_skip)
    if not articles:
        raise BadInputError(
            f"the corpus folder {settings.corpus} has no readable articles (.md or .txt); "
            "add some with `crossread add FILE`"
        )
    reviewed = load_reviewed_positions(settings, articles, on_skip)
    if embedder is None:
        embedder = SentenceTransformerEmbedder(settings.model_path(), settings.batch_size)
    return build_index(articles, settings, embedder, progress, reviewed)
