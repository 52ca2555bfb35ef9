"""The benchmarks run end to end on a tiny plan and write every figure the README's table reads.

No timing is asserted: these machines are shared, and the figures are the benchmark's to report, not to judge.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from indexer.embedding import SentenceTransformerEmbedder
from indexer.settings import PROJECT_ROOT, Settings

# pysbd installs a top-level package named `benchmarks` too: the project's own must be found first.
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks import scale
from benchmarks.cold import measure_cold_ask
from benchmarks.report import check_targets, render_tables, write_json
from benchmarks.run import Plan, run_benchmarks
from benchmarks.stages import ASK_STAGES, read_gold_questions, recombined_article
from indexer.corpus import load_corpus


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder) -> dict[str, Any]:
    """One run of a tiny plan: one repeat, two questions, one synthetic size, no cold starts."""
    plan = Plan(
        repeats=1,
        ask_repeats=1,
        cold_repeats=1,
        page_repeats=1,
        scale_repeats=1,
        sizes=(300,),
        questions=2,
        cold=False,
        page=False,
        cache=tmp_path_factory.mktemp("benchmark-cache"),
    )
    return run_benchmarks(plan, embedder=embedder)


def test_a_run_has_every_section_and_the_figures_the_table_reads(results: dict[str, Any], engine: Any) -> None:
    assert set(results) == {"machine", "plan", "build", "ask", "cold", "add", "scale", "seconds", "targets"}
    build = results["build"]
    # The benchmark builds the same corpus as the test session's index, with the same chunking.
    assert (build["articles"], build["passages"], build["sentences"]) == (
        len(engine.index.articles),
        len(engine.index.passages),
        len(engine.index.sentences),
    )
    assert set(build["phase_seconds"]) == {"prepare", "embedding", "writing"}
    assert build["throughput_ratio"] > 0 and build["build_batches_throughput_ratio"] > 0
    ask = results["ask"]
    assert ask["questions"] == 2
    assert list(ask["stages"]) == list(ASK_STAGES)
    assert all(set(figures) == {"p50_ms", "p95_ms", "ratio_to_bare_p50"} for figures in ask["stages"].values())
    assert results["cold"] == {"ask": {"skipped": "left out of this run"}, "page": {"skipped": "left out of this run"}}
    add = results["add"]
    # Adding one article embeds that article alone; the five already indexed are reused.
    assert add["articles_embedded"] == ["benchmark-new-article"]
    assert add["articles_before"] == len(engine.index.articles)
    [size] = results["scale"]
    assert size["passages"] == 300
    assert size["index_kind"] == "IndexFlatIP"
    assert size["dense_search"]["recall_at_10"] == 1.0
    assert size["build_seconds"]["embedding_estimated"] > 0
    assert size["memory"]["dense_bytes_per_passage"] >= 384 * 4
    assert [target["name"].split(" ")[0] for target in results["targets"]] == ["warm", "build", "search", "dense"]
    assert all(target["note"] == "only 300 passages measured" for target in results["targets"][2:])


def test_the_json_file_holds_the_results_and_the_tables_name_every_section(
    results: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "results" / "latest.json"
    write_json(results, path)
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(results))
    assert not list(path.parent.glob("*.tmp"))
    tables = render_tables(results)
    for heading in ("**Build**", "**Ask, warm**", "**Cold**", "**Add**", "**Scale**", "**Targets**"):
        assert heading in tables
    assert "left out of this run" in tables


def test_a_missed_target_says_by_how_much(results: dict[str, Any]) -> None:
    slow = {**results, "ask": {**results["ask"], "answer_ratio_to_bare_p50": 5.0}}
    verdicts = {target.name: target.verdict() for target in check_targets(slow)}
    assert verdicts["warm ask p50 (stance included) / one bare query embedding p50"] == "missed by 1.25x"


def test_above_the_exact_search_limit_the_graph_index_is_measured_against_exact_search(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import indexer.store

    articles = load_corpus(PROJECT_ROOT / "corpus")
    folder = scale.cache_inputs(articles, read_gold_questions()[:3], embedder, tmp_path)
    # The same inputs are read from the cache the second time, not embedded again.
    assert scale.cache_inputs(articles, read_gold_questions()[:3], embedder, tmp_path) == folder
    monkeypatch.setattr(indexer.store, "EXACT_SEARCH_LIMIT", 100)
    result = scale.measure_size(scale.load_inputs(folder), 400, repeats=1, random_vectors=True)
    assert result["passages"] == 400
    assert result["index_kind"].startswith("IndexHNSWFlat(M=32")
    assert [row["ef_search"] for row in result["ef_search_sweep"]] == list(scale.EF_SEARCH_SWEEP)
    assert 0.0 <= result["dense_search"]["recall_at_10"] <= 1.0
    assert result["exact_search"]["recall_at_10"] == 1.0
    assert result["random_vectors"]["index_kind"].startswith("IndexHNSWFlat")


def test_the_synthetic_corpus_has_exactly_the_passages_asked_for_with_offsets_into_its_bodies(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    articles = load_corpus(PROJECT_ROOT / "corpus")
    inputs = scale.load_inputs(scale.cache_inputs(articles, read_gold_questions()[:3], embedder, tmp_path))
    corpus = scale.make_synthetic_corpus(inputs, 123, Settings(), seed=1)
    assert len(corpus.passages) == len(corpus.passage_vectors) == 123
    assert len(corpus.sentences) == len(corpus.sentence_vectors)
    for passage in corpus.passages:
        assert corpus.articles[passage.doc].body[passage.start : passage.end] == passage.text
    assert all(
        corpus.articles[sentence.doc].body[sentence.start : sentence.end] == sentence.text
        for sentence in corpus.sentences
    )
    assert abs(float((corpus.passage_vectors**2).sum(axis=1).max()) - 1.0) < 1e-5


def test_the_new_article_for_add_is_made_of_corpus_sentences_and_is_no_near_copy(engine: Any) -> None:
    from indexer.ingest import find_duplicate

    articles = list(engine.index.articles.values())
    article = recombined_article(articles, "new")
    first = [sentence.text for sentence in engine.index.sentences if sentence.doc == articles[0].doc]
    # Every fifth sentence from the third on, four to a paragraph.
    assert article.body.split("\n\n")[0] == " ".join(first[2:20:5])
    assert find_duplicate(article, articles) is None


def test_cold_ask_measures_a_real_process(built_settings: Settings) -> None:
    cold = measure_cold_ask(built_settings, repeats=1)
    assert cold["repeats"] == 1
    assert cold["seconds"] > 0 and cold["import_sentence_transformers_seconds"] > 0
    # The model alone is about 90 MB of weights: a process that answered held at least that.
    assert cold["peak_resident_bytes"] > 100_000_000
