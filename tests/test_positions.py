"""Reviewed positions: the YAML file beside each article, the review flow, and answers that prefer them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from indexer.answer import answer_question, open_engine
from indexer.cli import main
from indexer.corpus import Skipped, load_corpus, read_article_file
from indexer.embedding import SentenceTransformerEmbedder
from indexer.indexing import build_corpus_index
from indexer.positions import (
    PositionsError,
    locate_quote,
    parse_positions,
    positions_path,
    read_positions_files,
    render_positions,
)
from indexer.review import accept_all, add_position, correct_record, save_review, start_review
from indexer.settings import PROJECT_ROOT, Settings, load_settings
from indexer.store import current_generation, load_index
from indexer.types import Article

CORPUS = PROJECT_ROOT / "corpus"
HAYS = "hays-connect-with-recruiter"
HEADLINE = "Should I send my interviewer a LinkedIn request?"
SEEDED = sorted(path.name.removesuffix(".md") for path in CORPUS.glob("*.md"))
SKIP_TAIL = f"; {HAYS} is answered from its automatic records until then"


def hays() -> Article:
    return read_article_file(CORPUS / f"{HAYS}.md")


@pytest.fixture()
def writable(tmp_path: Path, built_settings: Settings) -> Settings:
    """A copy of the session corpus and of its built index, for tests that review and save."""
    shutil.copytree(built_settings.corpus, tmp_path / "corpus")
    shutil.copytree(built_settings.index, tmp_path / "index")
    return load_settings(corpus=tmp_path / "corpus", index=tmp_path / "index")


def run(*arguments: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(arguments), input=stdin)
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- the file format


# Who reviewed the shipped positions: the seed review and each later reading of the articles.
REVIEWERS = (
    "crossread seed review",
    "crossread second review",
    "crossread third review",
    "crossread fourth review",
)


@pytest.mark.parametrize("doc", SEEDED)
def test_every_article_ships_with_positions_that_read_and_write_back_byte_for_byte(doc: str) -> None:
    article = read_article_file(CORPUS / f"{doc}.md")
    text = positions_path(CORPUS, doc).read_text(encoding="utf-8")
    records = parse_positions(text, article, f"{doc}.positions.yaml")
    assert records
    assert render_positions(doc, records) == text
    for record in records:
        assert article.body[record.start : record.end] == record.text
        assert record.reviewed and record.reviewed_on == "2026-11-22"
        assert record.reviewer in REVIEWERS


def test_the_seed_positions_say_what_hays_advises() -> None:
    records = parse_positions(positions_path(CORPUS, HAYS).read_text(encoding="utf-8"), hays(), "hays")
    parts = {(r.action, r.platform, r.person, r.moment, r.direction) for r in records}
    assert ("connect", "linkedin", "interviewer", "before-interview", "against") in parts
    assert ("connect", "linkedin", "interviewer", "right-after-interview", "against") in parts
    assert ("connect", "linkedin", "interviewer", "after-offer", "conditional") in parts
    assert ("research", "social-media", "interviewer", "any", "for") in parts
    # "One or two, but don't overdo it" is how to comment, not a condition on it (the second review).
    assert ("comment", "social-media", "interviewer", "any", "for") in parts
    assert "If you get the job by all means connect" in {record.text for record in records}


def test_a_quote_is_found_whatever_its_whitespace_and_points_into_the_body() -> None:
    body = "Say hello.\n\nIf you get the job\u00a0by all   means connect, but wait."
    start, end = locate_quote(body, "If you get the job by all means\nconnect") or (0, 0)
    assert body[start:end] == "If you get the job\u00a0by all   means connect"
    assert locate_quote(body, "by all means disconnect") is None
    assert locate_quote(body, "   ") is None


BAD_FILES = [
    (
        "- action: connect\n  platform: linkedin\n  quote: [If you get the job\n",
        f"{HAYS}.positions.yaml: not valid YAML (line 4, column 1: expected ',' or ']', but got '<stream end>'); "
        "fix the file or delete it",
    ),
    (
        "- action: connect\n  colour: red\n  quote: If you get the job by all means connect\n",
        f"{HAYS}.positions.yaml, entry 1: unknown part 'colour'; the parts are action, platform, person, moment, "
        "direction, condition, speaker, quote, reviewer, reviewed_on",
    ),
    (
        "- action: connect\n  quote: If you get the job by all means connect\n"
        "- action: connect\n  platform: myspace\n  quote: If you get the job by all means connect\n",
        f"{HAYS}.positions.yaml, entry 2: unknown platform 'myspace'; "
        "use one of linkedin, facebook, twitter, instagram, social-media, offline, email, any",
    ),
    (
        "- action: connect\n  direction: against\n  quote: If you get the job, by all means connect\n",
        f'{HAYS}.positions.yaml, entry 1: the quote "If you get the job, by all means connect" is not in the article '
        f"{HAYS}; copy it verbatim from the article",
    ),
    (
        "- action: connect\n  condition: yes\n  quote: If you get the job by all means connect\n",
        f"{HAYS}.positions.yaml, entry 1: condition must be text, not True; put it in quotes",
    ),
    (
        "action: connect\n",
        f"{HAYS}.positions.yaml: a positions file must be a list of entries (lines starting with '- ')",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_FILES)
def test_a_bad_positions_file_leaves_the_article_to_its_automatic_records_with_one_line(
    tmp_path: Path, text: str, message: str
) -> None:
    for path in CORPUS.glob("*.md"):
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(positions_path(CORPUS, "ask-a-manager-social-media-job-search"), tmp_path)
    positions_path(tmp_path, HAYS).write_text(text, encoding="utf-8")
    skipped: list[Skipped] = []
    reviewed = read_positions_files(tmp_path, load_corpus(tmp_path), skipped.append)
    assert [skip.reason for skip in skipped] == [message + SKIP_TAIL]
    assert "\n" not in skipped[0].reason
    assert set(reviewed) == {"ask-a-manager-social-media-job-search"}


def test_a_positions_file_without_its_article_is_reported(tmp_path: Path) -> None:
    shutil.copy(CORPUS / f"{HAYS}.md", tmp_path)
    (tmp_path / "gone.positions.yaml").write_text("[]\n", encoding="utf-8")
    skipped: list[Skipped] = []
    assert read_positions_files(tmp_path, load_corpus(tmp_path), skipped.append) == {}
    assert [skip.reason for skip in skipped] == [
        "gone.positions.yaml: there is no article 'gone' in the corpus; rename or delete it"
    ]


# ---------------------------------------------------------------- answers


def test_with_positions_hays_opposes_the_headline_from_a_reviewed_position(engine) -> None:  # type: ignore[no-untyped-def]
    answer = answer_question(engine, HEADLINE)
    positions = {source.article.doc: source.position for source in answer.sources}
    assert positions[HAYS].stance == "opposes"
    assert positions[HAYS].reviewed is True
    assert all(record.reviewed for record in positions[HAYS].records)
    evidence = positions[HAYS].evidence
    assert evidence is not None
    assert engine.index.articles[HAYS].body[evidence.start : evidence.end] == evidence.text


def test_automatic_only_answers_the_same_question_from_the_engine_alone(engine) -> None:  # type: ignore[no-untyped-def]
    answer = answer_question(engine, HEADLINE, automatic_only=True)
    assert {source.article.doc: source.position.stance for source in answer.sources}[HAYS] == "opposes"
    for source in answer.sources:
        assert source.position.reviewed is False
        assert not any(record.reviewed for record in source.position.records)


# ---------------------------------------------------------------- the review flow


def test_accepting_every_reviewed_position_changes_nothing(writable: Settings) -> None:
    path = positions_path(writable.corpus, HAYS)
    before = path.read_bytes()
    review = accept_all(start_review(writable, HAYS, reviewer="someone else", reviewed_on="2027-01-01"))
    assert review.started_from == "positions file" and review.pending == 0
    save_review(writable, review)
    assert path.read_bytes() == before


def test_saving_a_review_changes_the_answer_and_embeds_nothing(
    writable: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    old = load_index(writable.index)
    review = start_review(writable, HAYS, reviewer="tester", reviewed_on="2026-11-23")
    for number, record in enumerate(review.records):
        if record.action == "connect" and record.platform != "facebook":
            review = correct_record(review, number, direction="for")
    calls = embedder.calls
    saved = save_review(writable, review)
    assert embedder.calls == calls
    assert saved.index_updated and saved.positions == len(review.records)
    new = load_index(writable.index)
    assert new.folder != old.folder
    assert np.array_equal(new.passage_vectors, old.passage_vectors)
    assert np.array_equal(new.sentence_vectors, old.sentence_vectors)
    assert new.records == old.records
    linkedin = [record for record in new.reviewed[HAYS] if (record.action, record.platform) == ("connect", "linkedin")]
    assert len(linkedin) == 7 and {record.direction for record in linkedin} == {"for"}
    assert {record.reviewer for record in linkedin} == {"tester"}
    answer = answer_question(open_engine(writable, embedder), HEADLINE)
    hays_position = {source.article.doc: source.position for source in answer.sources}[HAYS]
    assert (hays_position.stance, hays_position.reviewed) == ("supports", True)
    # The index a review writes is one a later build reuses whole.
    assert build_corpus_index(writable, embedder=embedder).embedded == ()


def test_a_review_adds_a_position_only_from_a_quote_in_the_article(writable: Settings) -> None:
    review = start_review(writable, HAYS, reviewer="tester", reviewed_on="2026-11-23")
    with pytest.raises(PositionsError) as refused:
        add_position(review, "Always add your interviewer on Facebook.", action="friend", platform="facebook")
    assert str(refused.value) == (
        f'the quote "Always add your interviewer on Facebook." is not in the article {HAYS}; '
        "copy it verbatim from the article"
    )
    added = add_position(
        review, "See also: Recruiters,  Stop Abusing\nSocial Media", action="connect", direction="against"
    )
    new = [record for record in added.records if record.text == "See also: Recruiters, Stop Abusing Social Media"]
    assert len(new) == 1 and new[0].reviewer == "tester" and len(added.records) == len(review.records) + 1


def test_a_review_without_positions_starts_from_the_engine(writable: Settings) -> None:
    positions_path(writable.corpus, HAYS).unlink()
    review = start_review(writable, HAYS, reviewer="tester", reviewed_on="2026-11-23")
    assert review.started_from == "engine" and review.records
    assert review.pending == len(review.records)
    decided = accept_all(review)
    assert decided.pending == 0
    saved = save_review(writable, decided)
    assert saved.positions == len(review.records) and saved.index_updated
    assert all(record.reviewer == "tester" for record in load_index(writable.index).reviewed[HAYS])


# ---------------------------------------------------------------- the command line


def test_review_round_trips_a_positions_file_through_the_command_line(writable: Settings) -> None:
    path = positions_path(writable.corpus, HAYS)
    before = path.read_bytes()
    options = ("--corpus", str(writable.corpus), "--index", str(writable.index))
    code, out, _ = run("review", HAYS, "--from", str(CORPUS / f"{HAYS}.positions.yaml"), *options)
    assert code == 0, out
    assert out == (
        f"Saved 25 reviewed positions of {HAYS} to {path}; the index now answers from them (nothing re-embedded).\n"
    )
    assert path.read_bytes() == before


def test_review_refuses_a_bad_positions_file_with_one_line(writable: Settings) -> None:
    positions_path(writable.corpus, HAYS).write_text(BAD_FILES[2][0], encoding="utf-8")
    code, _, err = run("review", HAYS, "--accept-all", "--corpus", str(writable.corpus))
    assert (code, err) == (2, f"crossread: {BAD_FILES[2][1]}\n")


def test_review_without_a_terminal_asks_for_a_script_flag(writable: Settings) -> None:
    code, _, err = run("review", HAYS, "--corpus", str(writable.corpus))
    assert (code, err) == (
        2,
        "crossread: `review` asks about each record on a terminal; "
        "to review without one, pass --accept-all or --from FILE\n",
    )


def test_review_interactively_accepts_corrects_deletes_and_adds(writable: Settings) -> None:
    positions_path(writable.corpus, HAYS).unlink()
    engine_records = start_review(writable, HAYS).records
    keep = ["a"] + ["c", "", "", "", "", "for", "", ""] + ["d"] * (len(engine_records) - 2)
    new = ["n", "Always add your interviewer on Facebook.", "n", "See also: Recruiters, Stop Abusing Social Media"]
    new += ["comment", "social-media", "interviewer", "any", "against", "too much", "author", "s"]
    code, out, err = run(
        "review",
        HAYS,
        "--interactive",
        "--reviewer",
        "tester",
        "--corpus",
        str(writable.corpus),
        "--index",
        str(writable.index),
        stdin="\n".join([*keep, *new]) + "\n",
    )
    assert code == 0, out + err
    assert f"Saved 3 reviewed positions of {HAYS}" in out
    assert err == (
        f'crossread: the quote "Always add your interviewer on Facebook." is not in the article {HAYS}; '
        "copy it verbatim from the article\n"
    )
    saved = load_index(writable.index).reviewed[HAYS]
    assert [(record.action, record.direction, record.reviewer) for record in saved] == [
        (engine_records[0].action, engine_records[0].direction, "tester"),
        (engine_records[1].action, "for", "tester"),
        ("comment", "against", "tester"),
    ]
    assert saved[2].text == "See also: Recruiters, Stop Abusing Social Media" and saved[2].condition == "too much"


def test_ask_json_marks_reviewed_sources_and_automatic_only_turns_them_off(built_settings: Settings) -> None:
    index = ("--index", str(built_settings.index))
    reviewed = json.loads(run("ask", HEADLINE, "--json", *index)[1])
    automatic = json.loads(run("ask", HEADLINE, "--json", "--automatic-only", *index)[1])
    assert {s["doc"]: (s["stance"], s["reviewed"]) for s in reviewed["sources"]}[HAYS] == ("opposes", True)
    assert {s["reviewed"] for s in automatic["sources"]} == {False}


def test_review_leaves_the_generation_alone_when_the_index_holds_an_older_text(writable: Settings) -> None:
    article = writable.corpus / f"{HAYS}.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    generation = current_generation(writable.index)
    saved = save_review(writable, start_review(writable, HAYS, reviewer="tester"))
    assert not saved.index_updated
    assert saved.note == (
        f"the index does not hold the current text of {HAYS}; run `crossread build` to index it with its positions"
    )
    assert current_generation(writable.index) == generation
