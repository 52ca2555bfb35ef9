"""Answers a question: retrieval, the claim, each source's position, and where the sources disagree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from indexer.claims import is_yes_no_question, parse_claim
from indexer.embedding import Embedder, SentenceTransformerEmbedder, model_identity
from indexer.search import Retrieval, retrieve
from indexer.settings import Settings
from indexer.stance import StanceModel, decide_disagreement, decide_position, load_stance_model
from indexer.store import Index, load_index
from indexer.types import NO_POSITION, AdviceRecord, Answer, Claim, Hit, Position, SourceView

# A source shows at most this many passages beside its evidence.
PASSAGES_PER_SOURCE = 3


@dataclass
class Engine:
    """The loaded model and index: the state every question shares."""

    settings: Settings
    index: Index
    embedder: Embedder
    # None: the offline rule engine decides direction; a configured NLI model replaces that step.
    stance_model: StanceModel | None = None


def open_engine(settings: Settings, embedder: Embedder | None = None) -> Engine:
    """Load the index (refusing one built with another model) and the model that queries it."""
    index = load_index(settings.index, settings, embedder.name if embedder else model_identity(settings.model_path()))
    if embedder is None:
        embedder = SentenceTransformerEmbedder(settings.model_path(), settings.batch_size)
    return Engine(settings, index, embedder, load_stance_model(settings.stance_model))


def is_answered(retrieval: Retrieval, settings: Settings) -> bool:
    """Whether anything in the corpus speaks to the question, judged by the nearest passage's cosine."""
    return retrieval.best_dense_score >= settings.answer_threshold


def is_answered_by_review(retrieval: Retrieval, claim: Claim | None, settings: Settings) -> bool:
    """Whether a question just below the answer threshold may still be answered from reviewed positions."""
    return (
        claim is not None
        and claim.action != "other"
        and retrieval.best_dense_score >= settings.reviewed_answer_threshold
    )


def is_outside_the_advice(
    retrieval: Retrieval, claim: Claim | None, positions: dict[str, Position], settings: Settings
) -> bool:
    """A yes/no question about an act no article advises on ("negotiate salary over LinkedIn messages").

    Such a question can sit close to the corpus by its words (LinkedIn, recruiters) while nothing in it is
    answered: its action is outside every advice record's vocabulary, no source takes a position, and no
    passage is close enough to be on its topic (an added article on relocation answers relocation questions).
    Keyword fragments are left alone: their "action" is often just unparsed (measured on dev: 5 of 5
    unanswerable questions caught this way, no answerable one lost).
    """
    return (
        claim is not None
        and claim.action == "other"
        and all(position.stance == "none" for position in positions.values())
        and retrieval.best_dense_score < settings.outside_advice_threshold
        and is_yes_no_question(retrieval.corrected)
    )


def relevance_function(index: Index, query_vector: np.ndarray, doc: str) -> Callable[[AdviceRecord], float]:
    """How close a record's sentences are to the question, from the sentence vectors stored at build time."""
    first, end = index.article_sentences(doc)
    similarities = index.sentence_vectors[first:end] @ query_vector if end > first else np.zeros(0)
    sentences = index.sentences[first:end]

    def relevance(record: AdviceRecord) -> float:
        scores = [
            float(similarities[number])
            for number, sentence in enumerate(sentences)
            if sentence.start < record.end and record.start < sentence.end
        ]
        return max(scores, default=0.0)

    return relevance


def decide_positions(
    index: Index,
    claim: Claim,
    query_vector: np.ndarray,
    automatic_only: bool,
    stance_model: StanceModel | None = None,
) -> dict[str, Position]:
    """Every article's position on the claim: from its reviewed positions when it has them (a person read the
    whole article, so where none of them speaks to the claim, the article says nothing of it), else from its
    automatic records."""
    positions: dict[str, Position] = {}
    for doc in index.articles:
        relevance = relevance_function(index, query_vector, doc)
        reviewed = () if automatic_only else index.reviewed.get(doc, ())
        if reviewed:
            # Falling back to the automatic records where no reviewed position speaks brought back their
            # misreadings: measured against three readers on dev, answering "none" there was right more often.
            position = decide_position(claim, reviewed, relevance, stance_model=stance_model)
            positions[doc] = replace(position, reviewed=position.stance != "none")
        else:
            positions[doc] = decide_position(claim, index.records.get(doc, ()), relevance, stance_model=stance_model)
    return positions


def group_by_source(hits: tuple[Hit, ...], k: int) -> dict[str, list[Hit]]:
    """Each article's hits, best first, articles in the order of their best hit in the top k."""
    grouped: dict[str, list[Hit]] = {}
    for hit in hits[:k]:
        grouped.setdefault(hit.passage.doc, [])
    for hit in hits:
        if hit.passage.doc in grouped and len(grouped[hit.passage.doc]) < PASSAGES_PER_SOURCE:
            grouped[hit.passage.doc].append(hit)
    return grouped


def _with_evidence_passage(index: Index, hits: list[Hit], position: Position, all_hits: tuple[Hit, ...]) -> list[Hit]:
    # The page highlights the evidence inside a passage, so the passage holding it must be shown.
    evidence = position.evidence
    if evidence is None or any(hit.passage.start <= evidence.start and evidence.end <= hit.passage.end for hit in hits):
        return hits
    doc = position.records[0].doc if position.records else ""
    for hit in all_hits:
        if hit.passage.doc == doc and hit.passage.start <= evidence.start and evidence.end <= hit.passage.end:
            return [*hits, hit]
    for passage in index.passages:
        if passage.doc == doc and passage.start <= evidence.start and evidence.end <= passage.end:
            return [*hits, Hit(passage, 0.0)]
    return hits


def answer_question(engine: Engine, question: str, k: int | None = None, automatic_only: bool | None = None) -> Answer:
    """The whole answer: passages, sources side by side with their stances, and the disagreement flag."""
    settings = engine.settings
    k = k or settings.k
    automatic_only = settings.automatic_only if automatic_only is None else automatic_only
    index = engine.index
    retrieval = retrieve(index, engine.embedder, question, settings)
    claim = parse_claim(retrieval.corrected)
    covered = is_answered(retrieval, settings)
    positions: dict[str, Position] = {}
    if claim is not None and (covered or is_answered_by_review(retrieval, claim, settings)):
        positions = decide_positions(index, claim, retrieval.query_vector, automatic_only, engine.stance_model)
        # Below the threshold, a person's reading of an article must speak to the claim for it to be answered.
        covered = covered or any(position.reviewed for position in positions.values())
    if not covered or is_outside_the_advice(retrieval, claim, positions, settings):
        return Answer(
            question=retrieval.question,
            claim=claim,
            answered=False,
            disagree=False,
            silent=tuple(index.articles.values()),
            corrected_question=retrieval.corrected,
            hits=retrieval.hits[:k],
        )
    grouped = group_by_source(retrieval.hits, k)
    for doc, position in positions.items():
        if position.stance != "none" and doc not in grouped:
            grouped[doc] = []
    sources = tuple(
        SourceView(
            article=index.articles[doc],
            position=positions.get(doc, NO_POSITION),
            hits=tuple(_with_evidence_passage(index, hits, positions.get(doc, NO_POSITION), retrieval.hits)),
        )
        for doc, hits in grouped.items()
    )
    return Answer(
        question=retrieval.question,
        claim=claim,
        answered=True,
        disagree=decide_disagreement(positions.values()),
        sources=sources,
        hits=retrieval.hits[:k],
        silent=tuple(article for doc, article in index.articles.items() if doc not in grouped),
        corrected_question=retrieval.corrected,
    )
