"""Build, warm ask and add, measured in one process beside the bare model on the same texts.

Every comparison is a ratio taken in the same run, interleaved with what it is compared with, because
absolute times on these shared machines drift by tens of percent between runs.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from time import perf_counter
from typing import Any

import numpy as np

from benchmarks.timing import Stopwatch, median, milliseconds, percentile
from indexer.answer import Engine, answer_question, decide_positions, group_by_source, is_answered
from indexer.chunking import make_passages, split_sentences
from indexer.claims import parse_claim
from indexer.corpus import load_corpus, render_article
from indexer.embedding import SentenceTransformerEmbedder
from indexer.indexing import build_corpus_index
from indexer.search import Retrieval, check_question, dense_ranking, fuse_rankings, keyword_ranking
from indexer.settings import PROJECT_ROOT, Settings, load_settings
from indexer.stance import decide_disagreement
from indexer.store import passage_embedding_text
from indexer.text import correct_question
from indexer.types import Article, Sentence

CORPUS = PROJECT_ROOT / "corpus"
GOLD_FILES = (PROJECT_ROOT / "eval" / "gold.dev.jsonl", PROJECT_ROOT / "eval" / "gold.test.jsonl")
BUILD_PHASES = ("prepare", "embedding", "writing")
# The order in which answer_question runs its stages; the table lists them in this order.
ASK_STAGES = ("check_and_correct", "query_embedding", "keyword", "dense", "fusion", "stance", "grouping")


class BareModel:
    """The sentence-transformers model called directly, as a user of the model alone would call it."""

    def __init__(self, path: str, batch_size: int) -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(path, device="cpu", local_files_only=True)
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalized embeddings of the texts, the model's own batching and length sorting included."""
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


@dataclass(frozen=True)
class Workspace:
    """A temporary copy of the corpus and an index folder: benchmarks never touch the project's own."""

    root: Path
    settings: Settings

    def fresh(self, name: str) -> Settings:
        """Settings for a new index folder under the workspace, over the same corpus copy."""
        return replace(self.settings, index=self.root / name)


def make_workspace(root: Path) -> Workspace:
    """Copy the real corpus into `root` and point settings at it, with the index beside it."""
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    return Workspace(root=root, settings=load_settings(corpus=corpus, index=root / "index"))


def read_gold_questions(paths: Sequence[Path] = GOLD_FILES) -> list[str]:
    """The `question` field of every line of the gold files."""
    return [
        json.loads(line)["question"]
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@dataclass(frozen=True)
class EmbeddingTexts:
    """What a build embeds, article by article in its order: each article's sentences, then its passages."""

    by_article: list[list[str]]
    sentences: int
    passages: int

    @property
    def all(self) -> list[str]:
        """Every text in one list, as one call to the bare model takes them."""
        return [text for texts in self.by_article for text in texts]

    def build_batches(self, batch_size: int) -> list[list[str]]:
        """The slices the build hands the model: each article's texts, batch_size at a time."""
        return [
            texts[start : start + batch_size] for texts in self.by_article for start in range(0, len(texts), batch_size)
        ]


def embedding_texts(articles: Sequence[Article], settings: Settings) -> EmbeddingTexts:
    """The sentences and passages a build of these articles embeds, with the texts it embeds for them."""
    by_article: list[list[str]] = []
    sentences = passages = 0
    for article in articles:
        article_sentences = split_sentences(article)
        article_passages = make_passages(
            article, article_sentences, settings.passage_chars, settings.passage_overlap_sentences
        )
        texts = [sentence.text for sentence in article_sentences]
        by_article.append(texts + [passage_embedding_text(passage, article) for passage in article_passages])
        sentences += len(article_sentences)
        passages += len(article_passages)
    return EmbeddingTexts(by_article, sentences, passages)


class StageClock(Stopwatch):
    """When a build reached each stage, read from its progress reports: the build's only window."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: dict[str, float] = {}

    def note(self, stage: str, done: int, total: int) -> None:
        """The progress hook: the first report of a stage marks its start."""
        self.marks.setdefault(stage, perf_counter())

    def phases(self) -> dict[str, float]:
        """Seconds before embedding (reading, splitting, advice), embedding, and writing, up to the last lap."""
        embedding = self.marks.get("embedding", self.started)
        writing = self.marks.get("writing", self.last)
        return {"prepare": embedding - self.started, "embedding": writing - embedding, "writing": self.last - writing}


def measure_build(
    workspace: Workspace, embedder: SentenceTransformerEmbedder, bare: BareModel, repeats: int
) -> dict[str, Any]:
    """Full builds of the corpus against the bare model encoding the same texts, alternately.

    The bare model encodes them twice: in one call, as a user of the model alone would, and in the slices
    the build hands it (each article's texts, a batch at a time), which tells the batching's cost apart.
    """
    articles = load_corpus(workspace.settings.corpus)
    texts = embedding_texts(articles, workspace.settings)
    batches = texts.build_batches(workspace.settings.batch_size)
    seconds: dict[str, list[float]] = {"build": [], "bare": [], "bare_in_build_batches": []}
    ratios: dict[str, list[float]] = {"wall": [], "cpu": [], "batches": []}
    phases: dict[str, list[float]] = {phase: [] for phase in BUILD_PHASES}
    # Warm-up: the first build pays once for lazy imports and the sentence splitter's set-up.
    build_corpus_index(workspace.fresh("build-warm-up"), embedder=embedder)
    bare.encode(texts.all[: bare.batch_size])
    for number in range(repeats):
        settings = workspace.fresh(f"build-{number}")
        clock = StageClock()
        report = build_corpus_index(settings, progress=clock.note, embedder=embedder)
        build_time, build_cpu = clock.lap(), clock.cpu_lap
        for phase, phase_seconds in clock.phases().items():
            phases[phase].append(phase_seconds)
        bare.encode(texts.all)
        bare_time, bare_cpu = clock.lap(), clock.cpu_lap
        for batch in batches:
            bare.encode(batch)
        batches_time = clock.lap()
        seconds["build"].append(build_time)
        seconds["bare"].append(bare_time)
        seconds["bare_in_build_batches"].append(batches_time)
        ratios["wall"].append(bare_time / build_time)
        ratios["cpu"].append(bare_cpu / build_cpu)
        ratios["batches"].append(bare_time / batches_time)
        assert (report.passages, report.sentences) == (texts.passages, texts.sentences)
    count = texts.sentences + texts.passages
    return {
        "articles": len(articles),
        "passages": texts.passages,
        "sentences": texts.sentences,
        "repeats": repeats,
        "build_seconds": median(seconds["build"]),
        "bare_encode_seconds": median(seconds["bare"]),
        "bare_in_build_batches_seconds": median(seconds["bare_in_build_batches"]),
        "build_texts_per_second": count / median(seconds["build"]),
        "bare_texts_per_second": count / median(seconds["bare"]),
        "bare_in_build_batches_texts_per_second": count / median(seconds["bare_in_build_batches"]),
        "throughput_ratio": median(ratios["wall"]),
        "cpu_throughput_ratio": median(ratios["cpu"]),
        "build_batches_throughput_ratio": median(ratios["batches"]),
        "phase_seconds": {name: median(values) for name, values in phases.items()},
    }


def answer_in_stages(engine: Engine, question: str) -> tuple[dict[str, float], bool]:
    """Seconds of each stage of answer_question, called one by one in its order; and whether stances were decided."""
    settings, index = engine.settings, engine.index
    laps: dict[str, float] = {}
    watch = Stopwatch()
    corrected = correct_question(check_question(question, settings), index.vocabulary, index.dictionary)
    laps["check_and_correct"] = watch.lap()
    vector = engine.embedder.encode([corrected])[0]
    laps["query_embedding"] = watch.lap()
    keyword_hits = keyword_ranking(index, corrected, settings.candidates)
    laps["keyword"] = watch.lap()
    dense_hits = dense_ranking(index, vector, settings.candidates)
    laps["dense"] = watch.lap()
    hits = tuple(fuse_rankings(keyword_hits, dense_hits, settings))
    laps["fusion"] = watch.lap()
    retrieval = Retrieval(question, corrected, vector, hits, tuple(keyword_hits), tuple(dense_hits))
    claim = parse_claim(corrected)
    decided = claim is not None and is_answered(retrieval, settings)
    if claim is not None and decided:
        positions = decide_positions(index, claim, vector, settings.automatic_only, engine.stance_model)
        decide_disagreement(positions.values())
    laps["stance"] = watch.lap()
    group_by_source(hits, settings.k)
    laps["grouping"] = watch.lap()
    return laps, decided


def measure_ask(engine: Engine, bare: BareModel, questions: Sequence[str], repeats: int) -> dict[str, Any]:
    """Warm answers to the gold questions, stage by stage, against one bare embedding of the same question."""
    stage_seconds: dict[str, list[float]] = {stage: [] for stage in ASK_STAGES}
    answer_seconds: list[float] = []
    bare_seconds: list[float] = []
    answer_cpu: list[float] = []
    bare_cpu: list[float] = []
    stance_questions = 0
    # Warm-up: the first calls pay for lazy imports and allocations that no later question pays again.
    for question in questions[:3]:
        bare.encode([question])
        answer_question(engine, question)
    for _ in range(repeats):
        for question in questions:
            watch = Stopwatch()
            bare.encode([question])
            bare_seconds.append(watch.lap())
            bare_cpu.append(watch.cpu_lap)
            answer_question(engine, question)
            answer_seconds.append(watch.lap())
            answer_cpu.append(watch.cpu_lap)
            laps, decided = answer_in_stages(engine, question)
            for stage, seconds in laps.items():
                stage_seconds[stage].append(seconds)
            stance_questions += decided
    bare_p50 = percentile(bare_seconds, 0.5)
    stages = {
        stage: {**milliseconds(values), "ratio_to_bare_p50": percentile(values, 0.5) / bare_p50}
        for stage, values in stage_seconds.items()
    }
    return {
        "questions": len(questions),
        "repeats": repeats,
        "questions_with_stance": stance_questions // max(repeats, 1),
        "bare_query_embedding": milliseconds(bare_seconds),
        "answer": milliseconds(answer_seconds),
        "answer_ratio_to_bare_p50": percentile(answer_seconds, 0.5) / bare_p50,
        "answer_cpu_ratio_to_bare_p50": percentile(answer_cpu, 0.5) / percentile(bare_cpu, 0.5),
        "answer_p95_ratio_to_bare_p95": percentile(answer_seconds, 0.95) / percentile(bare_seconds, 0.95),
        "stages": stages,
    }


def recombined_article(articles: Sequence[Article], doc: str, every: int = 5) -> Article:
    """A new article of real sentences: every fifth sentence of the corpus, four to a paragraph.

    Taking a fifth of each article keeps it far from a near-copy of any one of them, so `add` accepts it.
    """
    sentences: list[Sentence] = [
        sentence for article in articles for sentence in split_sentences(article)[every // 2 :: every]
    ]
    paragraphs = [" ".join(item.text for item in sentences[start : start + 4]) for start in range(0, len(sentences), 4)]
    return Article(
        doc=doc,
        title="What the advice articles say, recombined",
        body="\n\n".join(paragraphs) + "\n",
        publisher="crossread benchmark",
        provenance="benchmarks: every fifth sentence of the corpus",
    )


def measure_add(
    workspace: Workspace, embedder: SentenceTransformerEmbedder, bare: BareModel, repeats: int
) -> dict[str, Any]:
    """One new article added to an index of the corpus, against the bare model encoding that article alone."""
    from indexer.ingest import add_articles

    base = workspace.fresh("add-base")
    build_corpus_index(base, embedder=embedder)
    articles = load_corpus(base.corpus)
    article = recombined_article(articles, "benchmark-new-article")
    source = workspace.root / f"{article.doc}.md"
    source.write_text(render_article(article), encoding="utf-8")
    texts = embedding_texts([article], base)
    add_seconds: list[float] = []
    bare_seconds: list[float] = []
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    embedded: tuple[str, ...] = ()
    for number in range(repeats):
        # Each repeat adds to its own copy of the five-article corpus and index.
        folder = workspace.root / f"add-{number}"
        shutil.copytree(base.corpus, folder / "corpus")
        shutil.copytree(base.index, folder / "index")
        settings = replace(base, corpus=folder / "corpus", index=folder / "index")
        watch = Stopwatch()
        report = add_articles([source], settings, embedder=embedder)
        seconds, add_cpu = watch.lap(), watch.cpu_lap
        bare.encode(texts.all)
        bare_time = watch.lap()
        cpu_ratios.append(add_cpu / watch.cpu_lap)
        if not report.added or report.build is None:
            reasons = "; ".join(rejected.reason for rejected in report.rejected)
            raise RuntimeError(f"the benchmark article was not added: {reasons}")
        embedded = report.build.embedded
        add_seconds.append(seconds)
        bare_seconds.append(bare_time)
        ratios.append(seconds / bare_time)
    return {
        "articles_before": len(articles),
        "new_article_chars": len(article.body),
        "new_passages": texts.passages,
        "new_sentences": texts.sentences,
        "articles_embedded": list(embedded),
        "repeats": repeats,
        "add_seconds": median(add_seconds),
        "bare_encode_seconds": median(bare_seconds),
        "ratio_to_bare": median(ratios),
        "cpu_ratio_to_bare": median(cpu_ratios),
    }
