"""Retrieval: hybrid ranking, typo tolerance, grouping by source, and bad questions."""

from __future__ import annotations

import pytest

from indexer.answer import answer_question, group_by_source
from indexer.errors import BadInputError
from indexer.search import check_question, fuse_rankings, retrieve
from indexer.settings import Settings
from indexer.text import correct_question
from indexer.types import Hit, Passage

HEADLINE = "Should I send my interviewer a LinkedIn request?"


def test_the_headline_question_finds_the_four_articles_that_discuss_it(engine) -> None:  # type: ignore[no-untyped-def]
    answer = answer_question(engine, HEADLINE)
    docs = {hit.passage.doc for hit in answer.hits}
    assert {
        "hays-connect-with-recruiter",
        "ask-a-manager-social-media-job-search",
        "work-it-daily-follow-up-social-media",
        "connect-with-interviewers-social-media",
    } <= docs
    for hit in answer.hits:
        body = engine.index.articles[hit.passage.doc].body
        assert body[hit.passage.start : hit.passage.end] == hit.passage.text
    assert [hit.score for hit in answer.hits] == sorted((hit.score for hit in answer.hits), reverse=True)


def test_typos_are_corrected_against_the_corpus_and_find_the_same_passages(engine) -> None:  # type: ignore[no-untyped-def]
    typed = retrieve(engine.index, engine.embedder, "shuold i conect with my recruter on linkdin", engine.settings)
    clean = retrieve(engine.index, engine.embedder, "Should I connect with my recruiter on LinkedIn?", engine.settings)
    assert typed.corrected == "should i connect with my recruiter on linkedin"
    assert [hit.passage for hit in typed.hits[:3]] == [hit.passage for hit in clean.hits[:3]]


def test_real_words_missing_from_the_corpus_are_not_corrected(engine) -> None:  # type: ignore[no-untyped-def]
    index = engine.index
    assert correct_question("what dress code for interviews", index.vocabulary, index.dictionary) == (
        "what dress code for interviews"
    )
    # A contraction typed without its apostrophe, and a known word with an ending, are words too.
    assert correct_question("havent heard back, should i check with mutuals", index.vocabulary, index.dictionary) == (
        "havent heard back, should i check with mutuals"
    )
    assert correct_question("personalize the invite", index.vocabulary, index.dictionary) == "personalize the invite"
    # "Safest" is "safe" compared, not a typo of "safety".
    assert correct_question("is it safest to wait", index.vocabulary, index.dictionary) == "is it safest to wait"


def test_abbreviations_find_what_the_full_words_find(engine) -> None:  # type: ignore[no-untyped-def]
    short = retrieve(engine.index, engine.embedder, "fb friend request interviewer", engine.settings)
    full = retrieve(engine.index, engine.embedder, "Facebook friend request to an interviewer", engine.settings)
    assert short.hits[0].passage == full.hits[0].passage
    assert {hit.passage.doc for hit in short.hits[:5]} == {hit.passage.doc for hit in full.hits[:5]}


def test_sources_are_grouped_in_the_order_of_their_best_passage() -> None:
    def hit(doc: str, start: int, score: float) -> Hit:
        return Hit(Passage(doc, start, start + 1, "x"), score)

    hits = (hit("b", 0, 0.9), hit("a", 0, 0.8), hit("b", 5, 0.7), hit("c", 0, 0.6), hit("a", 9, 0.5))
    grouped = group_by_source(hits, k=3)
    assert list(grouped) == ["b", "a"]
    assert [h.passage.start for h in grouped["a"]] == [0, 9]


def test_reciprocal_rank_fusion_adds_both_rankings() -> None:
    first, second = Passage("a", 0, 1, "x"), Passage("b", 0, 1, "y")
    keyword = [Hit(first, 3.0, keyword_rank=1), Hit(second, 1.0, keyword_rank=2)]
    dense = [Hit(second, 0.9, dense_rank=1, dense_score=0.9)]
    fused = fuse_rankings(keyword, dense, Settings(rrf_k=60))
    assert [hit.passage.doc for hit in fused] == ["b", "a"]
    assert fused[0].score == pytest.approx(1 / 62 + 1 / 61)
    assert (fused[0].keyword_rank, fused[0].dense_rank, fused[1].dense_rank) == (2, 1, None)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "the question is empty; type a question, for example: should I add my interviewer on LinkedIn?"),
        ("   \n\t ", "the question is empty; type a question, for example: should I add my interviewer on LinkedIn?"),
        ("?!?...", "the question has no words in it, only punctuation or symbols; type a question in words"),
        ("x" * 20_000, "the question is 20,000 characters long; the limit is 1,000: ask it in a sentence or two"),
    ],
)
def test_bad_questions_get_one_clear_line(question: str, message: str) -> None:
    with pytest.raises(BadInputError) as error:
        check_question(question, Settings())
    assert str(error.value) == message


def test_a_yes_no_question_about_an_act_no_article_advises_on_is_not_covered(engine) -> None:  # type: ignore[no-untyped-def]
    question = "Should I list my LinkedIn URL on my cover letter?"
    retrieval = retrieve(engine.index, engine.embedder, question, engine.settings)
    # Close to the corpus by its words, so the threshold alone would answer it...
    assert retrieval.best_dense_score >= engine.settings.answer_threshold
    # ...but no article advises on cover letters, so the page says the articles do not cover it.
    answer = answer_question(engine, question)
    assert (answer.answered, answer.sources) == (False, ())


def test_keyword_fragments_are_answered_even_when_their_action_is_unparsed(engine) -> None:  # type: ignore[no-untyped-def]
    answer = answer_question(engine, "linkedin profile views hiring manager")
    assert answer.answered is True
    assert "ask-a-manager-social-media-job-search" in {source.article.doc for source in answer.sources}
