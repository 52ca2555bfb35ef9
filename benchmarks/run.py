"""Runs every benchmark in order and gathers the figures: build, warm ask, cold, add, then scale."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.cold import measure_cold_ask, measure_page
from benchmarks.report import check_targets, targets_to_dict
from benchmarks.scale import CACHE, cache_inputs, measure_scale
from benchmarks.stages import (
    BareModel,
    make_workspace,
    measure_add,
    measure_ask,
    measure_build,
    read_gold_questions,
)
from benchmarks.timing import describe_machine
from indexer.answer import open_engine
from indexer.corpus import load_corpus
from indexer.embedding import SentenceTransformerEmbedder

SIZES = (1_000, 10_000, 100_000)


@dataclass(frozen=True)
class Plan:
    """How much to measure: repeats of each benchmark, the synthetic sizes, and what to leave out."""

    repeats: int = 3
    # Each gold question twice: 166 answers, enough for a steady p95.
    ask_repeats: int = 2
    cold_repeats: int = 3
    page_repeats: int = 2
    scale_repeats: int = 3
    sizes: tuple[int, ...] = SIZES
    # None: every gold question.
    questions: int | None = None
    cold: bool = True
    page: bool = True
    # Random unit vectors, the worst case for a graph index, at every size that gets one (slow: minutes at 100k).
    random_vectors: bool = False
    cache: Path = CACHE


def run_benchmarks(
    plan: Plan,
    say: Callable[[str], None] = lambda message: None,
    embedder: SentenceTransformerEmbedder | None = None,
) -> dict[str, Any]:
    """Every benchmark of the plan, in a temporary folder that is removed afterwards."""
    started = time.perf_counter()
    results: dict[str, Any] = {"machine": describe_machine(), "plan": {**asdict(plan), "cache": str(plan.cache)}}
    with tempfile.TemporaryDirectory(prefix="crossread-benchmark-") as folder:
        workspace = make_workspace(Path(folder))
        settings = workspace.settings
        say("loading the model twice: once for crossread, once bare")
        embedder = embedder or SentenceTransformerEmbedder(settings.model_path(), settings.batch_size)
        bare = BareModel(settings.model_path(), settings.batch_size)
        questions = read_gold_questions()[: plan.questions]

        say(f"build: {plan.repeats} full builds of the corpus, each beside the bare model")
        results["build"] = measure_build(workspace, embedder, bare, plan.repeats)
        built = workspace.fresh("build-0")

        say(f"ask: {len(questions)} gold questions × {plan.ask_repeats}, stage by stage")
        engine = open_engine(built, embedder)
        results["ask"] = measure_ask(engine, bare, questions, plan.ask_repeats)

        skipped = {"skipped": "left out of this run"}
        say(f"cold: `crossread ask` × {plan.cold_repeats}" if plan.cold else "cold: left out")
        cold_ask = measure_cold_ask(built, plan.cold_repeats) if plan.cold else skipped
        say(f"page: `streamlit run` × {plan.page_repeats}" if plan.page else "page: left out")
        page = measure_page(built, workspace.root, plan.page_repeats) if plan.page else skipped
        results["cold"] = {"ask": cold_ask, "page": page}

        say(f"add: one new article × {plan.repeats}")
        results["add"] = measure_add(workspace, embedder, bare, plan.repeats)

        say(f"scale: {', '.join(f'{size:,}' for size in plan.sizes)} passages")
        inputs = cache_inputs(load_corpus(settings.corpus), questions, embedder, plan.cache)
        results["scale"] = measure_scale(
            inputs,
            plan.sizes,
            plan.scale_repeats,
            settings,
            results["build"]["build_texts_per_second"],
            plan.random_vectors,
        )
    results["seconds"] = time.perf_counter() - started
    results["targets"] = targets_to_dict(check_targets(results))
    return results
