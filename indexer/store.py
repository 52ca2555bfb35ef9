"""The index on disk: dense and keyword indexes, passages, sentences and advice records, swapped in whole.

Layout: `index/CURRENT` names a generation folder `index/gen-*` that holds one complete index. A build
writes a new generation beside the old one and then replaces CURRENT with one rename, so a reader sees
either the old index or the new one, and a build that dies half way leaves the old one whole.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import bm25s
import faiss
import numpy as np

from indexer.chunking import make_passages, split_sentences
from indexer.corpus import content_hash
from indexer.embedding import Embedder
from indexer.errors import IndexMismatchError, IndexMissingError
from indexer.settings import Settings
from indexer.text import dictionary_words, keyword_tokens, vocabulary
from indexer.types import AdviceRecord, Article, Passage, Sentence

FORMAT_VERSION = 1
CURRENT = "CURRENT"
# Exact search up to this many passages; above it HNSW keeps search fast at a small cost in recall.
EXACT_SEARCH_LIMIT = 50_000

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Manifest:
    """What an index was built from: readers refuse an index whose model or chunking differ from theirs."""

    format_version: int
    model: str
    dimension: int
    passage_chars: int
    passage_overlap_sentences: int
    articles: dict[str, str] = field(default_factory=dict)
    built_at: str = ""

    def mismatch(self, settings: Settings, model: str) -> str | None:
        """Why this index cannot serve these settings, or None when it can."""
        if self.format_version != FORMAT_VERSION:
            return f"the index is in format {self.format_version}, this crossread reads format {FORMAT_VERSION}"
        if self.model != model:
            return f"the index was built with the model {self.model}, the settings use {model}"
        chunking = (settings.passage_chars, settings.passage_overlap_sentences)
        if (self.passage_chars, self.passage_overlap_sentences) != chunking:
            return (
                f"the index was built with passages of {self.passage_chars} characters and overlap "
                f"{self.passage_overlap_sentences}, the settings ask for {chunking[0]} and {chunking[1]}"
            )
        return None


@dataclass(frozen=True)
class BuildReport:
    """What a build did: which articles it embedded, which it reused, and what it skipped."""

    articles: int
    embedded: tuple[str, ...]
    reused: tuple[str, ...]
    removed: tuple[str, ...]
    passages: int
    sentences: int
    seconds: float
    generation: Path


class Index:
    """A loaded index: everything a question needs, in memory, and never changed after loading."""

    def __init__(
        self,
        folder: Path,
        manifest: Manifest,
        articles: dict[str, Article],
        sentences: list[Sentence],
        sentence_vectors: np.ndarray,
        passages: list[Passage],
        passage_vectors: np.ndarray,
        records: dict[str, tuple[AdviceRecord, ...]],
        reviewed: dict[str, tuple[AdviceRecord, ...]],
        dense: faiss.Index | None = None,
        keyword: bm25s.BM25 | None = None,
        dictionary: frozenset[str] = frozenset(),
    ) -> None:
        self.folder = folder
        self.manifest = manifest
        self.articles = articles
        self.sentences = sentences
        self.sentence_vectors = sentence_vectors
        self.passages = passages
        self.passage_vectors = passage_vectors
        self.records = records
        self.reviewed = reviewed
        self.dictionary = dictionary
        self.dense = dense if dense is not None else make_dense_index(passage_vectors)
        self.keyword = keyword if keyword is not None else make_keyword_index(passages, articles)
        self.vocabulary: Counter[str] = vocabulary(
            [article.title for article in articles.values()] + [passage.text for passage in passages]
        )
        # Where each article's sentences start in the shared list: passages count sentences per article.
        self.sentence_offsets: dict[str, int] = {}
        for number, sentence in enumerate(sentences):
            self.sentence_offsets.setdefault(sentence.doc, number)

    def article_sentences(self, doc: str) -> tuple[int, int]:
        """The [first, end) positions of an article's sentences in `sentences` and `sentence_vectors`."""
        first = self.sentence_offsets.get(doc, 0)
        count = sum(1 for _ in self._sentences_from(first, doc))
        return first, first + count

    def _sentences_from(self, first: int, doc: str) -> Iterator[Sentence]:
        for sentence in self.sentences[first:]:
            if sentence.doc != doc:
                return
            yield sentence


def make_dense_index(vectors: np.ndarray) -> faiss.Index:
    """Inner product over unit vectors (cosine): exact for a corpus this size, HNSW for a large one."""
    dimension = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[1] else 1
    if len(vectors) > EXACT_SEARCH_LIMIT:
        graph = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = 80
        graph.hnsw.efSearch = 128
        index: faiss.Index = graph
    else:
        index = faiss.IndexFlatIP(dimension)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def passage_keyword_text(passage: Passage, article: Article) -> str:
    """What the keyword index reads for a passage: the article's title gives every passage its topic."""
    return f"{article.title}\n{passage.text}"


def make_keyword_index(passages: Sequence[Passage], articles: dict[str, Article]) -> bm25s.BM25:
    """BM25 over the passages' stems."""
    keyword = bm25s.BM25()
    corpus = [
        keyword_tokens(passage_keyword_text(passage, articles[passage.doc])) or ["<empty>"] for passage in passages
    ]
    keyword.index(corpus or [["<empty>"]], show_progress=False)
    return keyword


def passage_embedding_text(passage: Passage, article: Article) -> str:
    """What the model embeds for a passage: the title, then the passage."""
    return f"{article.title}. {passage.text}"


# ---------------------------------------------------------------- reading


def current_generation(folder: Path) -> Path | None:
    """The generation folder CURRENT points to, or None when there is no index."""
    pointer = folder / CURRENT
    if not pointer.is_file():
        return None
    generation = folder / pointer.read_text().strip()
    return generation if generation.is_dir() else None


def load_index(folder: Path, settings: Settings | None = None, model: str | None = None) -> Index:
    """The index in `folder`; refuses one built with another model or other chunking settings."""
    generation = current_generation(folder)
    if generation is None:
        raise IndexMissingError(f"there is no index in {folder}; run `crossread build` first")
    manifest = Manifest(**json.loads((generation / "manifest.json").read_text()))
    if settings is not None and model is not None:
        reason = manifest.mismatch(settings, model)
        if reason:
            raise IndexMismatchError(f"{reason}; run `crossread build` to rebuild the index")
    articles = {item["doc"]: _article(item) for item in _read_json(generation / "articles.json")}
    sentences = [Sentence(**item) for item in _read_json(generation / "sentences.json")]
    passages = [Passage(**item) for item in _read_json(generation / "passages.json")]
    records = _read_records(generation / "advice.json")
    reviewed = _read_records(generation / "reviewed.json")
    dense = faiss.read_index(str(generation / "dense.faiss"))
    keyword = bm25s.BM25.load(str(generation / "keyword"), show_progress=False)
    dictionary = frozenset((generation / "dictionary.txt").read_text(encoding="utf-8").split())
    return Index(
        folder=generation,
        manifest=manifest,
        articles=articles,
        sentences=sentences,
        sentence_vectors=np.load(generation / "sentence_vectors.npy"),
        passages=passages,
        passage_vectors=np.load(generation / "passage_vectors.npy"),
        records=records,
        reviewed=reviewed,
        dense=dense,
        keyword=keyword,
        dictionary=dictionary,
    )


def _article(item: dict[str, Any]) -> Article:
    return Article(**{**item, "page_starts": tuple(item.get("page_starts") or ())})


def _read_json(path: Path) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _read_records(path: Path) -> dict[str, tuple[AdviceRecord, ...]]:
    if not path.is_file():
        return {}
    loaded = json.loads(path.read_text(encoding="utf-8"))
    return {
        doc: tuple(AdviceRecord(**{**item, "cues": tuple(item.get("cues", ()))}) for item in items)
        for doc, items in loaded.items()
    }


# ---------------------------------------------------------------- writing


@contextmanager
def writer_lock(folder: Path) -> Iterator[None]:
    """One writer at a time per index folder: a second build or add waits for the first."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(
    articles: Sequence[Article],
    settings: Settings,
    embedder: Embedder,
    progress: Progress | None = None,
    reviewed: dict[str, tuple[AdviceRecord, ...]] | None = None,
) -> BuildReport:
    """Index these articles into `settings.index`, embedding only articles that are new or changed."""
    from indexer.advice import extract_advice

    started = time.perf_counter()
    report = progress or (lambda stage, done, total: None)
    folder = settings.index
    with writer_lock(folder):
        previous = _reusable_index(folder, settings, embedder.name)
        by_doc = {article.doc: article for article in articles}
        hashes = {article.doc: content_hash(article) for article in articles}
        reused = tuple(
            doc for doc in by_doc if previous is not None and previous.manifest.articles.get(doc) == hashes[doc]
        )
        embedded = tuple(doc for doc in by_doc if doc not in reused)
        removed = tuple(doc for doc in (previous.manifest.articles if previous else {}) if doc not in by_doc)

        sentences: list[Sentence] = []
        passages: list[Passage] = []
        sentence_vectors: list[np.ndarray] = []
        passage_vectors: list[np.ndarray] = []
        records: dict[str, tuple[AdviceRecord, ...]] = {}
        plans: dict[str, tuple[list[Sentence], list[Passage]]] = {}
        for article in articles:
            article_sentences = split_sentences(article)
            article_passages = make_passages(
                article, article_sentences, settings.passage_chars, settings.passage_overlap_sentences
            )
            plans[article.doc] = (article_sentences, article_passages)
            records[article.doc] = tuple(extract_advice(article, article_sentences))
        fresh = _embed_articles([by_doc[doc] for doc in embedded], plans, embedder, settings.batch_size, report)
        for article in articles:
            article_sentences, article_passages = plans[article.doc]
            if article.doc in fresh:
                sentence_matrix, passage_matrix = fresh[article.doc]
            else:
                assert previous is not None
                sentence_matrix, passage_matrix = _vectors_of(previous, article.doc)
            sentences.extend(article_sentences)
            passages.extend(article_passages)
            sentence_vectors.append(sentence_matrix)
            passage_vectors.append(passage_matrix)

        report("writing", 0, 1)
        dimension = embedder.dimension
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model=embedder.name,
            dimension=dimension,
            passage_chars=settings.passage_chars,
            passage_overlap_sentences=settings.passage_overlap_sentences,
            articles=hashes,
            built_at=time.strftime("%Y-%m-%dT%H:%M:%S"),
        )
        generation = write_generation(
            folder,
            manifest,
            list(articles),
            sentences,
            _stack(sentence_vectors, dimension),
            passages,
            _stack(passage_vectors, dimension),
            records,
            reviewed or {},
            dictionary_words(settings.model_path()),
        )
        report("writing", 1, 1)
    return BuildReport(
        articles=len(articles),
        embedded=embedded,
        reused=reused,
        removed=removed,
        passages=len(passages),
        sentences=len(sentences),
        seconds=time.perf_counter() - started,
        generation=generation,
    )


def _embed_articles(
    articles: list[Article],
    plans: dict[str, tuple[list[Sentence], list[Passage]]],
    embedder: Embedder,
    batch_size: int,
    report: Progress,
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Sentence and passage vectors of these articles, embedded together in batches of similar length."""
    texts: list[str] = []
    spans: dict[str, tuple[int, int, int]] = {}
    for article in articles:
        article_sentences, article_passages = plans[article.doc]
        first = len(texts)
        texts += [sentence.text for sentence in article_sentences]
        texts += [passage_embedding_text(passage, article) for passage in article_passages]
        spans[article.doc] = (first, first + len(article_sentences), len(texts))
    # The model pads a batch to its longest text: sorting by length keeps short sentences out of batches of
    # long passages, which more than doubles throughput (benchmarks/ measures it against the bare model).
    order = sorted(range(len(texts)), key=lambda number: len(texts[number]))
    vectors = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
    report("embedding", 0, len(texts))
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        vectors[batch] = embedder.encode([texts[number] for number in batch])
        report("embedding", min(start + batch_size, len(texts)), len(texts))
    return {doc: (vectors[first:middle], vectors[middle:end]) for doc, (first, middle, end) in spans.items()}


def _stack(matrices: list[np.ndarray], dimension: int) -> np.ndarray:
    matrices = [matrix for matrix in matrices if len(matrix)]
    if not matrices:
        return np.zeros((0, dimension), dtype=np.float32)
    return np.ascontiguousarray(np.vstack(matrices), dtype=np.float32)


def _reusable_index(folder: Path, settings: Settings, model: str) -> Index | None:
    # Vectors can be reused only from an index of the same model and chunking; anything else is rebuilt.
    try:
        previous = load_index(folder)
    except (IndexMissingError, OSError, ValueError, KeyError, TypeError, RuntimeError):
        return None
    return None if previous.manifest.mismatch(settings, model) else previous


def _vectors_of(index: Index, doc: str) -> tuple[np.ndarray, np.ndarray]:
    first, end = index.article_sentences(doc)
    rows = [number for number, passage in enumerate(index.passages) if passage.doc == doc]
    return index.sentence_vectors[first:end], index.passage_vectors[rows]


def write_generation(
    folder: Path,
    manifest: Manifest,
    articles: list[Article],
    sentences: list[Sentence],
    sentence_vectors: np.ndarray,
    passages: list[Passage],
    passage_vectors: np.ndarray,
    records: dict[str, tuple[AdviceRecord, ...]],
    reviewed: dict[str, tuple[AdviceRecord, ...]],
    dictionary: frozenset[str] = frozenset(),
) -> Path:
    """Write a complete index into a new generation folder, then point CURRENT at it with one rename."""
    name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
    staging = folder / f".staging-{name}"
    staging.mkdir(parents=True)
    try:
        by_doc = {article.doc: article for article in articles}
        _write_json(staging / "manifest.json", asdict(manifest))
        _write_json(staging / "articles.json", [asdict(article) for article in articles])
        _write_json(staging / "sentences.json", [asdict(sentence) for sentence in sentences])
        _write_json(staging / "passages.json", [asdict(passage) for passage in passages])
        _write_records(staging / "advice.json", records)
        _write_records(staging / "reviewed.json", reviewed)
        (staging / "dictionary.txt").write_text("\n".join(sorted(dictionary)), encoding="utf-8")
        np.save(staging / "sentence_vectors.npy", sentence_vectors)
        np.save(staging / "passage_vectors.npy", passage_vectors)
        faiss.write_index(make_dense_index(passage_vectors), str(staging / "dense.faiss"))
        make_keyword_index(passages, by_doc).save(str(staging / "keyword"), show_progress=False)
        _fsync_folder(staging)
        os.rename(staging, folder / name)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    pointer = folder / f".{CURRENT}.{uuid.uuid4().hex[:6]}"
    pointer.write_text(name + "\n")
    with open(pointer) as handle:
        os.fsync(handle.fileno())
    previous = current_generation(folder)
    os.replace(pointer, folder / CURRENT)
    _remove_old_generations(folder, keep={name, previous.name if previous else ""})
    return folder / name


def _write_json(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")


def _write_records(path: Path, records: dict[str, tuple[AdviceRecord, ...]]) -> None:
    _write_json(path, {doc: [asdict(record) for record in items] for doc, items in records.items()})


def _fsync_folder(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())


def _remove_old_generations(folder: Path, keep: set[str]) -> None:
    # The previous generation stays: a reader that loaded it a moment ago may still be reading its files.
    for path in folder.iterdir():
        if path.is_dir() and path.name.startswith(("gen-", ".staging-")) and path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
