"""Synthetic corpora of 1k to 100k passages: search latency, recall against exact search, memory, build time.

The corpora are the real corpus's sentences recombined into new articles, chunked by the real chunker. A
sentence's vector is the model's own embedding of it, computed once from the real corpus and cached; a
passage's vector is the normalized mean of its sentences' vectors with a little noise, since embedding 100k
passages and their sentences would take the model hours on two cores. Random unit vectors, the hardest case
for a graph index, measure the dense index alone. Each size runs in its own process
(`python -m benchmarks.scale`), so that its resident memory is its own.
"""

from __future__ import annotations

import gc
import hashlib
import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import faiss
import numpy as np

from benchmarks.timing import Stopwatch, milliseconds, resident_bytes, settings_environment
from indexer.chunking import make_passages, split_sentences
from indexer.embedding import Embedder
from indexer.search import check_question, dense_ranking, fuse_rankings, keyword_ranking
from indexer.settings import PROJECT_ROOT, Settings, load_settings
from indexer.store import FORMAT_VERSION, Index, Manifest, make_dense_index, make_keyword_index
from indexer.text import correct_question
from indexer.types import Article, Passage, Sentence

CACHE = PROJECT_ROOT / "benchmarks" / ".cache"
# A synthetic article has this many sentences, in paragraphs of one to five: about the real articles' shape.
SENTENCES_PER_ARTICLE = 40
# Standard deviation of the noise added to each coordinate of a passage vector before normalizing: about
# a fifth of the mean vector's length, so no two passages coincide and the nearest ones are not ties.
PASSAGE_NOISE = 0.01
RECALL_DEPTH = 10
# Search breadths of the HNSW graph to try besides the store's own, when the store chooses a graph.
EF_SEARCH_SWEEP = (32, 64, 128, 256)


@dataclass(frozen=True)
class ScaleInputs:
    """What every synthetic corpus is made of: real sentences with their vectors, and real questions."""

    titles: list[str]
    sentences: list[str]
    sentence_vectors: np.ndarray
    questions: list[str]
    question_vectors: np.ndarray


def save_inputs(inputs: ScaleInputs, folder: Path) -> Path:
    """Write the inputs where the per-size processes read them."""
    folder.mkdir(parents=True, exist_ok=True)
    np.save(folder / "sentence_vectors.npy", inputs.sentence_vectors)
    np.save(folder / "question_vectors.npy", inputs.question_vectors)
    texts = {"titles": inputs.titles, "sentences": inputs.sentences, "questions": inputs.questions}
    (folder / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return folder


def cache_inputs(articles: Sequence[Article], questions: Sequence[str], embedder: Embedder, cache: Path) -> Path:
    """The folder of the corpus's sentences and the questions with their vectors, embedded on the first run only."""
    sentences = [sentence.text for article in articles for sentence in split_sentences(article)]
    key = hashlib.sha256(json.dumps([embedder.name, sentences, list(questions)]).encode()).hexdigest()[:16]
    folder = cache / f"scale-inputs-{key}"
    if (folder / "texts.json").is_file():
        return folder
    inputs = ScaleInputs(
        titles=[article.title for article in articles],
        sentences=sentences,
        sentence_vectors=embedder.encode(sentences),
        questions=list(questions),
        question_vectors=embedder.encode(list(questions)),
    )
    return save_inputs(inputs, folder)


def load_inputs(folder: Path) -> ScaleInputs:
    """Read the inputs that save_inputs wrote."""
    texts = json.loads((folder / "texts.json").read_text(encoding="utf-8"))
    return ScaleInputs(
        titles=texts["titles"],
        sentences=texts["sentences"],
        sentence_vectors=np.load(folder / "sentence_vectors.npy"),
        questions=texts["questions"],
        question_vectors=np.load(folder / "question_vectors.npy"),
    )


@dataclass(frozen=True)
class SyntheticCorpus:
    """Articles, sentences and passages made from recombined sentences, with their vectors."""

    articles: dict[str, Article]
    sentences: list[Sentence]
    sentence_vectors: np.ndarray
    passages: list[Passage]
    passage_vectors: np.ndarray


def make_synthetic_corpus(inputs: ScaleInputs, passage_count: int, settings: Settings, seed: int) -> SyntheticCorpus:
    """Articles of randomly drawn real sentences, chunked by the real chunker, until there are enough passages."""
    generator = np.random.default_rng(seed)
    articles: dict[str, Article] = {}
    sentences: list[Sentence] = []
    sentence_rows: list[int] = []
    passages: list[Passage] = []
    passage_vectors: list[np.ndarray] = []
    number = 0
    while len(passages) < passage_count:
        number += 1
        doc = f"synthetic-{number:06d}"
        rows = generator.integers(0, len(inputs.sentences), SENTENCES_PER_ARTICLE)
        article, article_sentences = _article_of(doc, inputs, rows, generator, number)
        article_passages = make_passages(
            article, article_sentences, settings.passage_chars, settings.passage_overlap_sentences
        )
        articles[doc] = article
        sentences += article_sentences
        sentence_rows += [int(row) for row in rows]
        for passage in article_passages[: passage_count - len(passages)]:
            members = inputs.sentence_vectors[rows[passage.first_sentence : passage.last_sentence + 1]]
            passage_vectors.append(members.mean(axis=0))
            passages.append(passage)
    matrix = np.vstack(passage_vectors).astype(np.float32)
    matrix += generator.normal(0.0, PASSAGE_NOISE, matrix.shape).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return SyntheticCorpus(
        articles=articles,
        sentences=sentences,
        sentence_vectors=np.ascontiguousarray(inputs.sentence_vectors[sentence_rows]),
        passages=passages,
        passage_vectors=np.ascontiguousarray(matrix),
    )


def _article_of(
    doc: str, inputs: ScaleInputs, rows: np.ndarray, generator: np.random.Generator, number: int
) -> tuple[Article, list[Sentence]]:
    body_parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    position = 0
    block = 0
    left_in_block = int(generator.integers(1, 6))
    for count, row in enumerate(rows):
        text = inputs.sentences[int(row)]
        if count:
            separator = " " if left_in_block else "\n\n"
            if not left_in_block:
                block += 1
                left_in_block = int(generator.integers(1, 6))
            body_parts.append(separator)
            position += len(separator)
        body_parts.append(text)
        spans.append((position, position + len(text), block))
        position += len(text)
        left_in_block -= 1
    body = "".join(body_parts)
    title = f"{inputs.titles[number % len(inputs.titles)]} ({number})"
    article = Article(doc=doc, title=title, body=body, publisher="synthetic")
    return article, [Sentence(doc, start, end, body[start:end], block) for start, end, block in spans]


def random_unit_vectors(count: int, dimension: int, seed: int) -> np.ndarray:
    """Unit vectors spread evenly over the sphere: no clusters for a graph index to lean on."""
    vectors = np.random.default_rng(seed).standard_normal((count, dimension)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def exact_index(vectors: np.ndarray, queries: np.ndarray) -> tuple[Any, np.ndarray]:
    """A brute-force index of the vectors, and the true nearest rows of each query."""
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(vectors)
    _, rows = exact.search(queries, RECALL_DEPTH)
    return exact, np.asarray(rows)


def measure_dense(dense: Any, queries: np.ndarray, truth: np.ndarray, limit: int, repeats: int) -> dict[str, Any]:
    """Single-query latency of a dense index at the search depth the fusion asks for, and recall@10."""
    seconds: list[float] = []
    found: list[float] = []
    for _ in range(repeats):
        for query, expected in zip(queries, truth, strict=True):
            watch = Stopwatch()
            _, rows = dense.search(query.reshape(1, -1), limit)
            seconds.append(watch.lap())
            found.append(len(set(rows[0][:RECALL_DEPTH].tolist()) & set(expected.tolist())) / RECALL_DEPTH)
    return {**milliseconds(seconds), f"recall_at_{RECALL_DEPTH}": float(np.mean(found))}


def index_kind(dense: Any) -> str:
    """The FAISS index type, with the HNSW parameters when it is a graph."""
    name = type(dense).__name__
    if hasattr(dense, "hnsw"):
        return f"{name}(M={dense.hnsw.nb_neighbors(1)}, efSearch={dense.hnsw.efSearch})"
    return name


def measure_size(
    inputs: ScaleInputs, passage_count: int, repeats: int, random_vectors: bool = False, seed: int = 7
) -> dict[str, Any]:
    """Build an index of a synthetic corpus of this many passages and measure search on it."""
    settings = load_settings()
    gc.collect()
    before = resident_bytes()
    watch = Stopwatch()
    corpus = make_synthetic_corpus(inputs, passage_count, settings, seed)
    generate_seconds = watch.lap()
    dense = make_dense_index(corpus.passage_vectors)
    dense_seconds = watch.lap()
    keyword = make_keyword_index(corpus.passages, corpus.articles)
    keyword_seconds = watch.lap()
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        model="synthetic",
        dimension=corpus.passage_vectors.shape[1],
        passage_chars=settings.passage_chars,
        passage_overlap_sentences=settings.passage_overlap_sentences,
    )
    index = Index(
        folder=CACHE,
        manifest=manifest,
        articles=corpus.articles,
        sentences=corpus.sentences,
        sentence_vectors=corpus.sentence_vectors,
        passages=corpus.passages,
        passage_vectors=corpus.passage_vectors,
        records={},
        reviewed={},
        dense=dense,
        keyword=keyword,
    )
    index_seconds = watch.lap()
    gc.collect()
    grown = resident_bytes() - before
    dense_bytes = len(faiss.serialize_index(index.dense))

    queries = np.ascontiguousarray(inputs.question_vectors, dtype=np.float32)
    exact, truth = exact_index(index.passage_vectors, queries)
    limit = min(settings.candidates, passage_count)
    chosen = measure_dense(index.dense, queries, truth, limit, repeats)
    exact_search = measure_dense(exact, queries, truth, limit, repeats)
    # One query keeps one core busy; a second OpenMP thread only waits at the barrier, and on a busy machine
    # that wait can last a scheduler slice. The same search with one thread shows what the barrier costs.
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    one_thread = measure_dense(index.dense, queries, truth, limit, repeats)
    faiss.omp_set_num_threads(threads)

    sweep = []
    if hasattr(index.dense, "hnsw"):
        own = index.dense.hnsw.efSearch
        for breadth in EF_SEARCH_SWEEP:
            index.dense.hnsw.efSearch = breadth
            sweep.append({"ef_search": breadth, **measure_dense(index.dense, queries, truth, limit, repeats)})
        index.dense.hnsw.efSearch = own

    hybrid_seconds: list[float] = []
    keyword_search_seconds: list[float] = []
    for _ in range(repeats):
        for question, vector in zip(inputs.questions, queries, strict=True):
            watch = Stopwatch()
            corrected = correct_question(check_question(question, settings), index.vocabulary, index.dictionary)
            keyword_hits = keyword_ranking(index, corrected, settings.candidates)
            keyword_lap = watch.lap()
            fuse_rankings(keyword_hits, dense_ranking(index, vector, settings.candidates), settings)
            hybrid_seconds.append(keyword_lap + watch.lap())
            keyword_search_seconds.append(keyword_lap)

    result: dict[str, Any] = {
        "passages": len(index.passages),
        "sentences": len(index.sentences),
        "articles": len(index.articles),
        "index_kind": index_kind(index.dense),
        "build_seconds": {
            "generate_corpus": generate_seconds,
            "dense": dense_seconds,
            "keyword": keyword_seconds,
            "rest_of_index": index_seconds,
            "total_without_embedding": dense_seconds + keyword_seconds + index_seconds,
        },
        "memory": {
            "resident_growth_bytes": grown,
            "resident_bytes_per_passage": grown / passage_count,
            "dense_index_bytes": dense_bytes,
            "dense_bytes_per_passage": dense_bytes / passage_count,
            # The vectors the Index keeps beside the FAISS index: every sentence's, and every passage's again.
            "vector_bytes_per_passage": (index.sentence_vectors.nbytes + index.passage_vectors.nbytes) / passage_count,
        },
        "dense_search": chosen,
        "dense_search_one_thread": one_thread,
        "exact_search": exact_search,
        "keyword_search": milliseconds(keyword_search_seconds),
        "hybrid_search": milliseconds(hybrid_seconds),
        "ef_search_sweep": sweep,
    }
    if random_vectors and hasattr(index.dense, "hnsw"):
        result["random_vectors"] = measure_random(passage_count, queries.shape[1], repeats, limit)
    return result


def measure_random(passage_count: int, dimension: int, repeats: int, limit: int) -> dict[str, Any]:
    """The store's dense index over random unit vectors, queried with random unit vectors: the worst case."""
    vectors = random_unit_vectors(passage_count, dimension, seed=11)
    queries = random_unit_vectors(100, dimension, seed=13)
    _, truth = exact_index(vectors, queries)
    watch = Stopwatch()
    dense = make_dense_index(vectors)
    seconds = watch.lap()
    return {
        "index_kind": index_kind(dense),
        "build_seconds": seconds,
        "dense_search": measure_dense(dense, queries, truth, limit, repeats),
    }


def run_size(
    inputs_folder: Path, passage_count: int, repeats: int, settings: Settings, random_vectors: bool = False
) -> dict[str, Any]:
    """Measure one size in a fresh process, so that its memory figures are its own."""
    command = [
        sys.executable,
        "-m",
        "benchmarks.scale",
        "--inputs",
        str(inputs_folder),
        "--passages",
        str(passage_count),
        "--repeats",
        str(repeats),
    ] + (["--random-vectors"] if random_vectors else [])
    finished = subprocess.run(
        command, cwd=PROJECT_ROOT, env=settings_environment(settings), capture_output=True, text=True, check=False
    )
    if finished.returncode != 0:
        raise RuntimeError(f"the {passage_count}-passage benchmark failed:\n{finished.stderr[-2000:]}")
    loaded: dict[str, Any] = json.loads(finished.stdout.strip().splitlines()[-1])
    return loaded


def measure_scale(
    inputs_folder: Path,
    sizes: Sequence[int],
    repeats: int,
    settings: Settings,
    texts_per_second: float,
    random_vectors: bool = False,
) -> list[dict[str, Any]]:
    """Every size, smallest first, with the embedding time a real build of it would add."""
    results = []
    for size in sorted(sizes):
        result = run_size(inputs_folder, size, repeats, settings, random_vectors)
        texts = result["passages"] + result["sentences"]
        result["build_seconds"]["embedding_estimated"] = texts / texts_per_second
        results.append(result)
    return results


@click.command()
@click.option("--inputs", "inputs_folder", type=click.Path(path_type=Path, exists=True), required=True)
@click.option("--passages", "passage_count", type=click.IntRange(1), required=True)
@click.option("--repeats", type=click.IntRange(1), default=3)
@click.option("--random-vectors", is_flag=True, help="Also measure the dense index over random unit vectors.")
def main(inputs_folder: Path, passage_count: int, repeats: int, random_vectors: bool) -> None:
    """Measure one synthetic corpus size and print the figures as one JSON line."""
    result = measure_size(load_inputs(inputs_folder), passage_count, repeats, random_vectors)
    click.echo(json.dumps(result))


if __name__ == "__main__":
    main()
