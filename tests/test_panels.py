"""The page's two panels: adding articles (uploaded or pasted) and reviewing an article's positions.

Each test gets its own copy of the corpus and its own index in a tmp folder, since every one of them writes:
an add writes into the corpus, a review writes a positions file, and both swap in a new index generation.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from apptest import html_blocks, run_app
from embedders import WatchedEmbedder
from streamlit.testing.v1 import AppTest

from indexer import page
from indexer.corpus import read_article_file
from indexer.embedding import SentenceTransformerEmbedder
from indexer.indexing import build_corpus_index
from indexer.ingest import summarize_added
from indexer.positions import positions_path, read_positions_file
from indexer.review import Review, accept_record, correct_record, start_review
from indexer.settings import PROJECT_ROOT, Settings, load_settings
from indexer.store import CURRENT, current_generation, load_index
from indexer.types import AdviceRecord

HEADLINE = "Should I send my interviewer a LinkedIn request?"
TWITTER = "Should I follow a recruiter on Twitter?"
ASK_A_MANAGER = "ask-a-manager-social-media-job-search"
HAYS = "hays-connect-with-recruiter"
# A new article: one piece of advice no seed article gives (follow a recruiter on Twitter), and page furniture.
TWITTER_TITLE = "Following recruiters on Twitter"
TWITTER_DOC = "following-recruiters-on-twitter"
TWITTER_TEXT = (
    "Should you follow a recruiter on Twitter? It is a question many job seekers ask once an application is in.\n\n"
    "Following a recruiter on Twitter is fine, and often a good idea: you see the roles they share before anyone "
    "else does. Unlike a LinkedIn request, a follow asks nothing of the recruiter, so it never puts them on the "
    "spot.\n\n"
    "Do not reply to every tweet they post, though. One thoughtful reply to a post about your industry is enough; "
    "a stream of replies reads as pressure.\n\n"
    "Advertisement\n\n"
    "If the recruiter follows you back, keep your own tweets professional: assume everything you post will be read "
    "by the people deciding on your application.\n\n"
    "Share this article\n"
    "Related posts: How to write a thank-you email\n"
)
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


# ---------------------------------------------------------------- fixtures and helpers


def make_library(
    folder: Path, embedder: SentenceTransformerEmbedder, without_positions: tuple[str, ...] = ()
) -> Settings:
    """A copy of the real corpus in `folder`, less the positions files named, indexed there."""
    corpus = folder / "corpus"
    shutil.copytree(PROJECT_ROOT / "corpus", corpus)
    for doc in without_positions:
        positions_path(corpus, doc).unlink()
    settings = load_settings(corpus=corpus, index=folder / "index")
    build_corpus_index(settings, embedder=embedder)
    return settings


@pytest.fixture
def library(tmp_path: Path, embedder: SentenceTransformerEmbedder, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The real corpus copied and indexed in a tmp folder, with the app pointed at it."""
    settings = make_library(tmp_path, embedder)
    point_app_at(settings, monkeypatch)
    return settings


@pytest.fixture
def unreviewed_library(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """Like `library`, but Ask a Manager has no positions file: the engine's records decide its stance."""
    settings = make_library(tmp_path, embedder, without_positions=(ASK_A_MANAGER,))
    point_app_at(settings, monkeypatch)
    return settings


def point_app_at(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the app read this corpus and index (never the project's own)."""
    monkeypatch.setenv("CROSSREAD_CORPUS", str(settings.corpus))
    monkeypatch.setenv("CROSSREAD_INDEX", str(settings.index))


def snapshot(settings: Settings) -> dict[str, bytes]:
    """Every file of the corpus and the index's CURRENT pointer, to check that nothing changed."""
    files = {f"corpus/{path.name}": path.read_bytes() for path in sorted(settings.corpus.iterdir())}
    return {**files, CURRENT: (settings.index / CURRENT).read_bytes()}


def column_of(app: AppTest, doc: str) -> str:
    """The comparison column of one source."""
    columns = [block for block in html_blocks(app, "crossread-column") if f'data-doc="{doc}"' in block]
    assert len(columns) == 1, doc
    return columns[0]


def review_key(app: AppTest, number: int | str, name: str) -> str:
    """The key of a review widget as the panel names it now (its keys follow the review's version)."""
    return f"review:{app.session_state['review:version']}:{number}:{name}"


def number_of(records: tuple[AdviceRecord, ...], words: str) -> int:
    """The position of the one record whose quote holds these words."""
    numbers = [number for number, record in enumerate(records) if words in record.text]
    assert len(numbers) == 1, words
    return numbers[0]


def paste(app: AppTest, title: str, text: str, publisher: str = "", author: str = "") -> None:
    """Fill in the paste form and press its button."""
    app.text_input(key="add:title").input(title)
    app.text_input(key="add:publisher").input(publisher)
    app.text_input(key="add:author").input(author)
    app.text_area(key="add:text").input(text)
    app.button(key="add:paste").click().run()


# ---------------------------------------------------------------- adding, through the functions the panel calls


def test_an_upload_is_added_and_reported_in_the_summary_lines(
    library: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    report = page.add_uploads(
        [("twitter.txt", f"{TWITTER_TITLE}\n\n{TWITTER_TEXT}".encode())], library, embedder=embedder
    )
    assert [added.doc for added in report.added] == ["twitter"] and report.rejected == ()
    assert (library.corpus / "twitter.md").is_file()
    assert page.index_line(report) == (
        "The index now holds 6 articles: embedded twitter; reused the vectors of 5 articles."
    )
    shown = page.add_report_html(report)
    lines = summarize_added(report.added[0])
    assert lines[1:] == [
        "  The cleaner removed 2 pieces of page furniture:",
        "    - Share this article | Related posts: How to write a thank-you email",
        "    - Advertisement",
    ]
    for line in lines:
        assert f">{page.escape(line.strip())}</div>" in shown
    assert 'class="crossread-refused"' not in shown


def test_bad_uploads_each_get_one_line_and_change_nothing(
    library: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    before = snapshot(library)
    report = page.add_uploads(
        [
            ("x.txt", BINARY),
            ("empty.md", b""),
            ("guide.pdf", b"<html>Not a PDF at all.</html>"),
            ("notes.docx", b"PK\x03\x04 a word file"),
            ("korean-looking.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20),
        ],
        library,
        embedder=embedder,
    )
    assert report.added == () and report.build is None
    assert page.add_report_html(report) == (
        '<div class="crossread-add-report">'
        '<div class="crossread-refused" role="alert">x.txt: binary data, not text; is it really a .txt file?</div>'
        '<div class="crossread-refused" role="alert">empty.md: the file is empty</div>'
        '<div class="crossread-refused" role="alert">guide.pdf: not a PDF (it has no %PDF- header); check the file '
        "or give it its real extension</div>"
        '<div class="crossread-refused" role="alert">notes.docx: the type .docx is not supported; add .md, .txt, '
        ".pdf or .html files</div>"
        '<div class="crossread-refused" role="alert">korean-looking.txt: not UTF-8, and its encoding could not be '
        "detected; save it as UTF-8</div></div>"
    )
    assert snapshot(library) == before


def test_an_upload_over_the_size_limit_is_one_line(library: Settings, embedder: SentenceTransformerEmbedder) -> None:
    before = snapshot(library)
    small = load_settings(corpus=library.corpus, index=library.index, max_article_bytes=200_000)
    report = page.add_uploads([("long.txt", b"Title\n\n" + b"word " * 100_000)], small, embedder=embedder)
    assert [rejected.reason for rejected in report.rejected] == [
        "long.txt: 0.5 MB is over the size limit of 0.2 MB; split the file, or raise the limit with "
        "CROSSREAD_MAX_ARTICLE_BYTES"
    ]
    # The upload box says the same limit, rounded up to whole megabytes.
    assert page.upload_limit_megabytes(small) == 1 and page.upload_limit_megabytes(library) == 20
    assert snapshot(library) == before


def test_an_upload_named_to_climb_out_of_the_corpus_stays_inside_it(
    library: Settings, embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    report = page.add_uploads(
        [("../../etc/x.md", f"# {TWITTER_TITLE}\n\n{TWITTER_TEXT}".encode())], library, embedder=embedder
    )
    assert [(added.doc, added.path) for added in report.added] == [("x", library.corpus / "x.md")]
    assert not (tmp_path / "etc").exists() and not (library.corpus.parent.parent / "etc").exists()


def test_a_crash_while_embedding_is_one_line_and_changes_nothing(
    library: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    before = snapshot(library)
    generations = sorted(path.name for path in library.index.iterdir())
    # Two texts a batch: the new article's eight sentences and passages take four calls, and the second crashes.
    in_batches = load_settings(corpus=library.corpus, index=library.index, batch_size=2)
    crashing = WatchedEmbedder(embedder, crash_at=2)
    report = page.add_pasted(TWITTER_TITLE, "Scratch Careers", "", TWITTER_TEXT, in_batches, embedder=crashing)
    assert crashing.calls == 2
    assert [(rejected.source, rejected.reason) for rejected in report.rejected] == [
        (
            TWITTER_TITLE,
            "indexing failed (RuntimeError: out of memory); nothing was added, "
            "the corpus and the index are as they were",
        )
    ]
    assert report.added == ()
    assert snapshot(library) == before
    assert sorted(path.name for path in library.index.iterdir()) == generations


def test_a_question_asked_during_an_add_reads_the_whole_old_index(
    library: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    old = current_generation(library.index)
    seen: list[tuple[str, str, int]] = []

    def read_meanwhile(stage: str, done: int, total: int) -> None:
        # What another visitor's page would load at this moment of the add.
        index = load_index(library.index)
        seen.append((stage, index.folder.name, len(index.articles)))

    report = page.add_pasted(TWITTER_TITLE, "", "", TWITTER_TEXT, library, progress=read_meanwhile, embedder=embedder)
    new = current_generation(library.index)
    assert report.added and old is not None and new is not None and new != old
    assert {(name, count) for stage, name, count in seen if stage == "embedding"} == {(old.name, 5)}
    assert {(name, count) for _, name, count in seen} <= {(old.name, 5), (new.name, 6)}
    assert len(load_index(library.index).articles) == 6


# ---------------------------------------------------------------- adding, on the page


def test_pasting_an_article_adds_it_and_the_page_answers_from_it(library: Settings) -> None:
    app = run_app()
    paste(app, TWITTER_TITLE, TWITTER_TEXT, publisher="Scratch Careers", author="A. Tester")
    assert not app.exception
    added = read_article_file(library.corpus / f"{TWITTER_DOC}.md")
    assert (added.title, added.publisher, added.author) == (TWITTER_TITLE, "Scratch Careers", "A. Tester")
    reports = html_blocks(app, "crossread-add-report")
    assert len(reports) == 1
    assert (
        f"Added {TWITTER_DOC}: {TWITTER_TITLE} (Scratch Careers), from {TWITTER_TITLE}: 1 passage, 7 sentences."
        in reports[0]
    )
    assert "The cleaner removed 2 pieces of page furniture:" in reports[0]
    assert "The index now holds 6 articles: embedded following-recruiters-on-twitter;" in reports[0]
    # The page loaded the new generation: the sidebar lists the article, and the form is empty again.
    assert TWITTER_TITLE in [box.label for box in app.sidebar.checkbox]
    assert app.text_area(key="add:text").value == "" and app.text_input(key="add:title").value == ""
    app.text_input(key="q").input(TWITTER).run()
    assert "✔</span> Says yes" in column_of(app, TWITTER_DOC)
    # Right after adding: its positions, read by the engine, open for review.
    app.button(key=f"add:review:{TWITTER_DOC}").click().run()
    heading = html_blocks(app, "crossread-review-head")
    assert len(heading) == 1 and f"Reviewing the positions of “{TWITTER_TITLE}”" in heading[0]
    assert "1 record read by the engine, 1 not reviewed yet." in heading[0]


def test_pasting_an_article_twice_reports_the_duplicate_and_adds_nothing(library: Settings) -> None:
    hays = read_article_file(library.corpus / f"{HAYS}.md")
    before = snapshot(library)
    app = run_app()
    paste(app, "Connecting with recruiters", hays.body)
    assert html_blocks(app, "crossread-add-report") == [
        '<div class="crossread-add-report"><div class="crossread-refused" role="alert">Connecting with recruiters: '
        f"a duplicate of the corpus article {HAYS} (the same text); not added</div></div>"
    ]
    assert snapshot(library) == before
    # A refused paste keeps what was typed, to fix it and try again.
    assert app.text_input(key="add:title").value == "Connecting with recruiters"


def test_an_uploaded_binary_file_shows_one_line_and_changes_nothing(library: Settings) -> None:
    before = snapshot(library)
    app = run_app()
    uploader = app.file_uploader[0]
    assert uploader.allowed_type == [".md", ".txt", ".pdf", ".html", ".htm"]
    uploader.set_value(("x.txt", BINARY, "text/plain"))
    app.run()
    app.button(key="add:upload").click().run()
    assert not app.exception
    refused = html_blocks(app, "crossread-refused")
    assert len(refused) == 1
    assert refused[0].count('class="crossread-refused"') == 1
    assert "x.txt: binary data, not text; is it really a .txt file?" in refused[0]
    assert snapshot(library) == before


# ---------------------------------------------------------------- reviewing positions


@pytest.fixture
def reviewing_ask_a_manager(unreviewed_library: Settings) -> Iterator[tuple[AppTest, Review]]:
    """The page on the headline question, with the review panel open on Ask a Manager's engine records."""
    app = run_app(HEADLINE)
    app.text_input(key="review:reviewer").input("Test Reviewer")
    app.selectbox(key="review:article").set_value(ASK_A_MANAGER)
    app.button(key="review:open").click().run()
    yield app, start_review(unreviewed_library, ASK_A_MANAGER, "Test Reviewer")


def test_accepting_and_correcting_a_direction_then_saving_changes_the_answer(
    unreviewed_library: Settings, reviewing_ask_a_manager: tuple[AppTest, Review]
) -> None:
    app, review = reviewing_ask_a_manager
    before = column_of(app, ASK_A_MANAGER)
    assert "◐</span> Yes, with conditions" in before and "reviewed" not in before
    deciding = number_of(review.records, "Personally, though, I’d wait until after the interview")
    assert deciding != 0
    app.button(key=review_key(app, 0, "accept")).click().run()
    app.selectbox(key=review_key(app, deciding, "direction")).set_value("against")
    app.button(key=review_key(app, deciding, "correct")).click().run()
    cards = html_blocks(app, "crossread-record")
    assert "✎ reviewed by Test Reviewer" in cards[deciding] and "advises against it" in cards[deciding]
    assert "read by the engine, not reviewed yet" in cards[1]
    app.button(key="review:save").click().run()
    assert not app.exception and not app.error
    assert [message.value for message in app.success] == [
        f"Saved 2 reviewed positions of {ASK_A_MANAGER} to {ASK_A_MANAGER}.positions.yaml; left out 15 records "
        "nobody reviewed; the page now answers from them (nothing was embedded again)."
    ]
    # The panel closed, the file holds what was decided, and the answer reads it.
    assert html_blocks(app, "crossread-review-head") == []
    expected = correct_record(accept_record(review, 0), deciding, direction="against")
    saved = read_positions_file(positions_path(unreviewed_library.corpus, ASK_A_MANAGER), review.article)
    assert saved == tuple(record for record in expected.records if record.reviewed)
    after = column_of(app, ASK_A_MANAGER)
    assert '✖</span> Says no</span> <span class="crossread-reviewed">✎ reviewed</span>' in after


def test_a_quote_that_is_not_in_the_article_is_refused_and_nothing_is_saved(library: Settings) -> None:
    before = snapshot(library)
    app = run_app()
    app.selectbox(key="review:article").set_value(HAYS)
    app.button(key="review:open").click().run()
    heading = html_blocks(app, "crossread-review-head")[0]
    assert "25 records from its positions file, all reviewed." in heading
    app.text_area(key="review:quote").input("Always send the request at once.")
    app.button(key=review_key(app, "new", "add")).click().run()
    assert [error.value for error in app.error] == [
        f'the quote "Always send the request at once." is not in the article {HAYS}; copy it verbatim from the article'
    ]
    assert "25 records from its positions file" in html_blocks(app, "crossread-review-head")[0]
    assert snapshot(library) == before
    # Picking a sentence of the article puts it in the quote box, and that quote is taken.
    sentence = page.quote_choices(read_article_file(library.corpus / f"{HAYS}.md"))[3]
    app.selectbox(key=review_key(app, "new", "sentence")).set_value(sentence).run()
    assert app.text_area(key="review:quote").value == sentence
    app.button(key=review_key(app, "new", "add")).click().run()
    assert not app.error
    assert "26 records from its positions file, all reviewed." in html_blocks(app, "crossread-review-head")[0]
    # Closing without saving leaves the positions file and the index as they were.
    app.button(key="review:close").click().run()
    assert html_blocks(app, "crossread-review-head") == []
    assert snapshot(library) == before


# ---------------------------------------------------------------- what the review panel shows


def test_a_record_card_says_who_decided_it_and_escapes_the_quote() -> None:
    quote = 'Send it <b>now</b> & "then" wait.'
    automatic = AdviceRecord(
        "doc",
        0,
        len(quote),
        quote,
        action="connect",
        platform="linkedin",
        person="interviewer",
        direction="against",
        cues=("wait",),
    )
    assert page.review_record_html(2, automatic) == (
        '<div class="crossread-record crossread-record-pending">'
        '<div class="crossread-record-status"><strong>3.</strong> read by the engine, not reviewed yet '
        "(cues: wait)</div>"
        '<span class="crossread-badge crossread-opposes">advises against it</span> '
        '<span class="crossread-record-parts">connect · on linkedin · to interviewer · moment: any · speaker: author'
        "</span>"
        '<blockquote class="crossread-passage">Send it &lt;b&gt;now&lt;/b&gt; &amp; &quot;then&quot; wait.'
        "</blockquote></div>"
    )
    reviewed = AdviceRecord(
        "doc",
        0,
        4,
        "Send",
        action="connect",
        direction="conditional",
        condition="after it",
        reviewed=True,
        reviewer="Ann",
        reviewed_on="2026-01-02",
    )
    assert page.record_status(reviewed) == "✎ reviewed by Ann on 2026-01-02"
    assert page.record_parts(reviewed) == "connect · on any · to any · moment: any · if after it · speaker: author"
