"""Sentences and passages: whole sentences, within one article, with offsets that point at their text."""

from __future__ import annotations

import itertools

from indexer.chunking import make_passages, split_blocks, split_sentences
from indexer.corpus import load_corpus
from indexer.settings import PROJECT_ROOT
from indexer.types import Article


def test_every_sentence_and_passage_of_the_corpus_has_true_offsets() -> None:
    for article in load_corpus(PROJECT_ROOT / "corpus"):
        sentences = split_sentences(article)
        passages = make_passages(article, sentences)
        assert sentences and passages
        for piece in [*sentences, *passages]:
            assert piece.doc == article.doc
            assert article.body[piece.start : piece.end] == piece.text
        # Passages start and end on sentence boundaries, and together they cover every sentence.
        starts = {sentence.start for sentence in sentences}
        ends = {sentence.end for sentence in sentences}
        assert all(passage.start in starts and passage.end in ends for passage in passages)
        covered = {
            number for passage in passages for number in range(passage.first_sentence, passage.last_sentence + 1)
        }
        assert covered == set(range(len(sentences)))


def test_bullets_are_blocks_of_their_own() -> None:
    body = "Intro line.\n\n* First bullet. Two sentences.\n* Second bullet.\n  • Third bullet."
    blocks = [body[start:end] for start, end in split_blocks(body)]
    assert blocks == ["Intro line.", "* First bullet. Two sentences.", "* Second bullet.", "• Third bullet."]


def test_a_passage_stays_within_its_paragraph_when_the_paragraph_is_long_enough() -> None:
    first = "This paragraph is long enough to stand alone as a passage of its own. " * 3
    second = "The second paragraph speaks of something else entirely and is long too. " * 3
    article = Article(doc="a", title="t", body=f"{first.strip()}\n\n{second.strip()}")
    passages = make_passages(article, split_sentences(article), max_chars=300)
    assert [passage.text for passage in passages] == [first.strip(), second.strip()]


def test_a_heading_joins_the_paragraph_it_introduces() -> None:
    article = Article(doc="a", title="t", body="The Seeker\n\nAsk before you connect. Then wait.")
    passages = make_passages(article, split_sentences(article))
    assert [passage.text for passage in passages] == ["The Seeker\n\nAsk before you connect. Then wait."]


def test_long_paragraphs_are_cut_into_overlapping_windows_of_whole_sentences() -> None:
    body = " ".join(f"Sentence number {number} says one thing." for number in range(12))
    article = Article(doc="a", title="t", body=body)
    passages = make_passages(article, split_sentences(article), max_chars=120, overlap=1)
    assert len(passages) > 3
    for before, after in itertools.pairwise(passages):
        assert after.first_sentence == before.last_sentence  # one sentence of overlap
        assert len(before.text) <= 120
