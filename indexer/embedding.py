"""The sentence-transformers model, loaded from a local folder only: these machines reach no model hub."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from indexer.errors import BadInputError


class Embedder(Protocol):
    """What indexing and search need of a model: a stable identity and normalized vectors."""

    name: str
    dimension: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


def model_identity(path: str) -> str:
    """A name for the model that is the same on every machine: folder name plus a hash of its config."""
    folder = Path(path)
    digest = hashlib.sha256()
    for name in ("config.json", "modules.json", "sentence_bert_config.json"):
        candidate = folder / name
        if candidate.is_file():
            digest.update(candidate.read_bytes())
    label = folder.name if folder.name != "model" else folder.parent.name
    return f"{label}:{digest.hexdigest()[:10]}"


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded by path with the hub switched off."""

    def __init__(self, path: str, batch_size: int = 32) -> None:
        folder = Path(path)
        if not (folder / "modules.json").is_file() and not (folder / "config.json").is_file():
            raise BadInputError(
                f"{path} is not a sentence-transformers model folder; set CROSSREAD_MODEL to one, "
                "or leave it empty for the bundled model"
            )
        # Belt and braces: even a mistyped path must never turn into a hub download.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        # The weight-loading bar of transformers would garble the CLI's own progress bar.
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # The variable above is read when transformers is first imported, which may have happened already.
        transformers_logging.disable_progress_bar()
        self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self.name = model_identity(path)
        dimension = self._model.get_embedding_dimension()
        self.dimension = int(dimension or len(self.encode(["dimension probe"])[0]))
        self.batch_size = batch_size
        self.calls = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalized embeddings of the texts, as a float32 matrix."""
        self.calls += 1
        if not texts:
            return np.zeros((0, getattr(self, "dimension", 0)), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=getattr(self, "batch_size", 32),
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
