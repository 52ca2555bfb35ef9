"""The real model behind a watcher: tests count what gets embedded, or make embedding crash half way."""

from __future__ import annotations

import numpy as np

from indexer.embedding import SentenceTransformerEmbedder


class WatchedEmbedder:
    """The real model, counting calls and texts, and crashing at call `crash_at` when one is given."""

    def __init__(
        self, inner: SentenceTransformerEmbedder, crash_at: int | None = None, crash_message: str = "out of memory"
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.dimension = inner.dimension
        self.crash_at = crash_at
        self.crash_message = crash_message
        self.calls = 0
        self.texts = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        if self.calls == self.crash_at:
            raise RuntimeError(self.crash_message)
        self.texts += len(texts)
        return self.inner.encode(texts)
