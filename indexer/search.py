"""Hybrid retrieval: keyword (BM25) and dense (FAISS) rankings of passages, fused by reciprocal rank."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from indexer.embedding import Embedder
from indexer.errors import BadInputError
from indexer.settings import Settings
from indexer.store import Index
from indexer.text import correct_question, keyword_tokens
from indexer.types import Hit


@dataclass(frozen=True)
class Retrieval:
    """What retrieval found for one question, before stances: the fused hits and the signals behind them."""

    question: str
    corrected: str
    query_vector: np.ndarray
    hits: tuple[Hit, ...]
    keyword_hits: tuple[Hit, ...]
    dense_hits: tuple[Hit, ...]

    @cached_property
    def best_dense_score(self) -> float:
        """The cosine of the passage nearest the question: the main sign that the corpus covers it."""
        return max((hit.dense_score for hit in self.dense_hits), default=0.0)


def check_question(question: str, settings: Settings) -> str:
    """The question, trimmed; a clear error for an empty, unreadable or oversized one."""
    trimmed = " ".join(question.split())
    if not trimmed:
        raise BadInputError(
            "the question is empty; type a question, for example: should I add my interviewer on LinkedIn?"
        )
    if len(trimmed) > settings.max_question_chars:
        raise BadInputError(
            f"the question is {len(trimmed):,} characters long; the limit is {settings.max_question_chars:,}: "
            "ask it in a sentence or two"
        )
    if not re.search(r"[^\W_]", trimmed):
        raise BadInputError("the question has no words in it, only punctuation or symbols; type a question in words")
    return trimmed


def keyword_ranking(index: Index, question: str, limit: int) -> list[Hit]:
    """Passages ranked by BM25 over stems; passages that share no stem with the question are left out."""
    tokens = keyword_tokens(question)
    if not tokens or not index.passages:
        return []
    scores = index.keyword.get_scores(tokens)
    # A partial sort: only the top `limit` of possibly 100k scores need ordering.
    top = np.argpartition(-scores, limit - 1)[:limit] if len(scores) > limit else np.arange(len(scores))
    order = top[np.lexsort((top, -scores[top]))]
    return [
        Hit(index.passages[row], float(scores[row]), keyword_rank=rank)
        for rank, row in enumerate(order, 1)
        if scores[row] > 0
    ]


def dense_ranking(index: Index, query_vector: np.ndarray, limit: int) -> list[Hit]:
    """Passages ranked by cosine similarity to the question's embedding."""
    if not index.passages:
        return []
    scores, rows = index.dense.search(query_vector.reshape(1, -1).astype(np.float32), min(limit, len(index.passages)))
    return [
        Hit(index.passages[row], float(score), dense_rank=rank, dense_score=float(score))
        for rank, (score, row) in enumerate(zip(scores[0], rows[0], strict=True), 1)
        if row >= 0
    ]


def fuse_rankings(keyword_hits: Sequence[Hit], dense_hits: Sequence[Hit], settings: Settings) -> list[Hit]:
    """Reciprocal rank fusion: each ranking adds weight / (rrf_k + rank) to a passage's score."""
    keyword_ranks = {_key(hit): hit.keyword_rank for hit in keyword_hits}
    dense_by_key = {_key(hit): hit for hit in dense_hits}
    passages = {_key(hit): hit.passage for hit in [*keyword_hits, *dense_hits]}
    hits = []
    for key, passage in passages.items():
        keyword_rank = keyword_ranks.get(key)
        dense_hit = dense_by_key.get(key)
        dense_rank = dense_hit.dense_rank if dense_hit else None
        score = 0.0
        if keyword_rank:
            score += settings.keyword_weight / (settings.rrf_k + keyword_rank)
        if dense_rank:
            score += settings.dense_weight / (settings.rrf_k + dense_rank)
        hits.append(Hit(passage, score, keyword_rank, dense_rank, dense_hit.dense_score if dense_hit else 0.0))
    # Ties (a passage ranked equally by both) fall back to the dense cosine, then to article order.
    hits.sort(key=lambda hit: (-hit.score, -hit.dense_score, hit.passage.doc, hit.passage.start))
    return hits


def _key(hit: Hit) -> tuple[str, int]:
    return hit.passage.doc, hit.passage.start


def retrieve(index: Index, embedder: Embedder, question: str, settings: Settings) -> Retrieval:
    """Find the passages that answer a question: corrected for typos, ranked both ways, fused."""
    question = check_question(question, settings)
    corrected = correct_question(question, index.vocabulary, index.dictionary)
    query_vector = embedder.encode([corrected])[0]
    keyword_hits = keyword_ranking(index, corrected, settings.candidates)
    dense_hits = dense_ranking(index, query_vector, settings.candidates)
    hits = fuse_rankings(keyword_hits, dense_hits, settings)
    return Retrieval(
        question=question,
        corrected=corrected,
        query_vector=query_vector,
        hits=tuple(hits),
        keyword_hits=tuple(keyword_hits),
        dense_hits=tuple(dense_hits),
    )
