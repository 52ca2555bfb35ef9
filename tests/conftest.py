"""Shared fixtures: the real corpus indexed once per test session with the real bundled model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from indexer.embedding import SentenceTransformerEmbedder
from indexer.settings import PROJECT_ROOT, Settings, load_settings

CORPUS = PROJECT_ROOT / "corpus"


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    """The bundled MiniLM model, loaded once."""
    return SentenceTransformerEmbedder(Settings().model_path())


@pytest.fixture(scope="session")
def corpus_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the real corpus that tests may read but must not change (copy it again to change it)."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in CORPUS.iterdir():
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory, corpus_copy: Path) -> Settings:
    """Settings pointing at a session index of the real corpus."""
    return load_settings(corpus=corpus_copy, index=tmp_path_factory.mktemp("index"))


@pytest.fixture(scope="session")
def built_settings(settings: Settings, embedder: SentenceTransformerEmbedder) -> Settings:
    """The settings, after the real corpus has been indexed into their index folder."""
    from indexer.indexing import build_corpus_index

    build_corpus_index(settings, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def engine(built_settings: Settings, embedder: SentenceTransformerEmbedder):  # type: ignore[no-untyped-def]
    """The loaded engine over the session index: model and index, as the CLI and the page use them."""
    from indexer.answer import open_engine

    return open_engine(built_settings, embedder)
