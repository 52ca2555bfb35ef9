"""Adding articles: each format read into an article, bad files refused in one line, the corpus never damaged."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from embedders import WatchedEmbedder
from fpdf import FPDF
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from indexer.chunking import make_passages, split_sentences
from indexer.cli import main
from indexer.corpus import parse_article, read_article_file, render_article
from indexer.embedding import SentenceTransformerEmbedder
from indexer.errors import ArticleError, CrossreadError
from indexer.indexing import build_corpus_index
from indexer.ingest import (
    SUPPORTED_SUFFIXES,
    add_articles,
    add_pasted_text,
    find_duplicate,
    read_document,
    reflow_pdf_text,
    safe_file_name,
)
from indexer.settings import Settings
from indexer.store import CURRENT

# A topic no seed article covers: relocation packages.
RELOCATION_TITLE = "Relocation packages: what to ask before you move for a job"
RELOCATION = [
    "A relocation package is the money and help an employer offers when a new job means moving to another "
    "city. Before you accept an offer that needs a move, ask exactly what the package covers.",
    "Most packages pay for the removal company and for temporary housing during the first month. Some also "
    "pay for a trip to look for a new home, and a few cover the fees of selling your current house.",
    "Ask whether you must repay the relocation money if you leave within a year. Many employers claw back "
    "the whole package from people who resign in the first twelve months, so read that clause before you sign. "
    "Negotiate a shorter clawback period, or one that shrinks month by month, before you accept the offer. "
    "Get the agreed terms, the clawback clause included, in writing and signed by the employer.",
]
PAGE_TWO = [
    "Tax rules differ from country to country. In some places the relocation allowance counts as income, "
    "so ask the employer to gross it up and cover the tax on it as well. Keep every receipt for the move: "
    "removal invoices, travel tickets and the deposit on a rented flat are the proof a tax office asks for.",
]


# Furniture that neither the extractor nor the cleaner knows: a near-copy keeps it.
REPRINT = "This article first appeared on our partner site and is reprinted here with their kind permission."


def make_pdf(pages: list[list[str]], title: str = "", author: str = "") -> bytes:
    """A PDF with a text layer: one page per list of paragraphs."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph)
            pdf.ln(4)
    return bytes(pdf.output())


def make_scanned_pdf() -> bytes:
    """A PDF whose only page is drawn shapes, as a scan without OCR looks to a text extractor."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(120, 120, 120)
    pdf.rect(20, 20, 170, 60, style="F")
    pdf.ellipse(40, 100, 80, 40, style="F")
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, user_password: str, owner_password: str) -> bytes:
    """The same PDF, encrypted."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def web_page(title: str, paragraphs: list[str]) -> bytes:
    """A saved web page: navigation, a byline, share buttons and comments around the article."""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Career Garden</title>
<meta name="author" content="Mira Okafor">
<meta property="og:site_name" content="Career Garden">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2023-04-12">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li>
<li><a href="/about">About us</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
{body}
<p>Photo credit: Jane Smith</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
</article></main>
<section id="comments"><h3>3 Comments</h3>
<div class="comment"><p>Great post, thanks! I tried this and it worked for me.</p></div>
<form><h3>Leave a Reply</h3><textarea></textarea><button>Post Comment</button></form></section>
<footer><p>Copyright 2023 Career Garden. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>""".encode()


@pytest.fixture()
def library(built_settings: Settings, tmp_path: Path) -> Settings:
    """A corpus and its built index of its own, copied from the session's, for a test that adds to it."""
    shutil.copytree(built_settings.corpus, tmp_path / "corpus")
    shutil.copytree(built_settings.index, tmp_path / "index")
    return replace(built_settings, corpus=tmp_path / "corpus", index=tmp_path / "index")


def snapshot(settings: Settings) -> tuple[dict[str, bytes], str]:
    """Every corpus file's bytes and the index's CURRENT pointer."""
    files = {path.name: path.read_bytes() for path in sorted(settings.corpus.iterdir())}
    return files, (settings.index / CURRENT).read_text()


# ---------------------------------------------------------------- reading each format


def test_markdown_keeps_its_front_matter_and_shows_what_the_cleaner_removed() -> None:
    data = (
        b"---\ntitle: Thank-you notes\npublisher: Career Garden\nauthor: Mira Okafor\ndate: '2023-04-12'\n---\n\n"
        b"Send a short thank-you note within a day of the interview.\n\n"
        b"Leave a Reply\nYour email address will not be published.\n"
    )
    draft = read_document("thank-you.md", data, Settings())
    article = draft.article
    assert (article.doc, article.title, article.publisher, article.author, article.date) == (
        "thank-you",
        "Thank-you notes",
        "Career Garden",
        "Mira Okafor",
        "2023-04-12",
    )
    assert article.body == "Send a short thank-you note within a day of the interview."
    assert draft.removed == ("Leave a Reply\nYour email address will not be published.",)


def test_text_file_takes_its_title_from_the_first_line() -> None:
    draft = read_document("notes.txt", f"{RELOCATION_TITLE}\n\n{RELOCATION[0]}\n".encode(), Settings())
    assert (draft.article.title, draft.article.body, draft.removed) == (RELOCATION_TITLE, RELOCATION[0], ())
    assert draft.article.provenance.startswith("added from notes.txt on ")


def test_plain_pdf_becomes_paragraphs_with_its_metadata() -> None:
    draft = read_document("guide.pdf", make_pdf([RELOCATION], RELOCATION_TITLE, "Jo Park"), Settings())
    article = draft.article
    assert (article.title, article.author, article.page_starts, draft.pages) == (RELOCATION_TITLE, "Jo Park", (0,), 1)
    assert article.body == "\n\n".join(RELOCATION)


def test_two_page_pdf_keeps_each_passage_page_number() -> None:
    draft = read_document("guide.pdf", make_pdf([RELOCATION, PAGE_TWO]), Settings())
    article = draft.article
    second = len("\n\n".join(RELOCATION)) + 2
    assert article.page_starts == (0, second)
    assert article.body[second:] == PAGE_TWO[0]
    # No title in the metadata: the first paragraph is too long to be one, so the file name stands in.
    assert article.title == "guide"
    passages = make_passages(article, split_sentences(article), max_chars=700)
    assert [passage.page for passage in passages] == [1, 1, 2]
    assert passages[-1].start == second
    # The Markdown file stores the page offsets, so the pages survive a reload.
    assert parse_article(article.doc, render_article(article)).page_starts == (0, second)


def test_pdf_encrypted_with_an_empty_user_password_is_read() -> None:
    data = encrypt_pdf(make_pdf([RELOCATION]), user_password="", owner_password="owner-secret")
    assert read_document("guide.pdf", data, Settings()).article.body == "\n\n".join(RELOCATION)


def test_reflow_joins_layout_lines_and_keeps_bullets_apart() -> None:
    text = (
        "Ask what the package covers before you accept an offer that needs a\n"
        "move to another city.\n"
        "Checklist\n"
        "• Removal company and temporary housing for the first month of the job\n"
        "• A trip to look for a new home\n"
        "A counter-\noffer is normal."
    )
    assert reflow_pdf_text(text) == (
        "Ask what the package covers before you accept an offer that needs a move to another city.\n\n"
        "Checklist\n\n"
        "• Removal company and temporary housing for the first month of the job\n\n"
        "• A trip to look for a new home\n\n"
        "A counter-offer is normal."
    )


def test_web_page_keeps_the_article_and_its_metadata_without_the_page_around_it() -> None:
    draft = read_document("relocation.html", web_page(RELOCATION_TITLE, RELOCATION), Settings())
    article = draft.article
    assert (article.title, article.author, article.date, article.publisher) == (
        RELOCATION_TITLE,
        "Mira Okafor",
        "2023-04-12",
        "Career Garden",
    )
    assert article.body == "\n\n".join(RELOCATION)
    assert draft.removed == ("Photo credit: Jane Smith",)


def test_windows_1252_text_is_detected_and_said() -> None:
    text = "Salary talk\n\nAsk for the package \x93in writing\x94 \x96 and check the caf\xe9 allowance."
    draft = read_document("note.txt", text.encode("latin-1"), Settings())
    assert draft.article.body == "Ask for the package “in writing” – and check the café allowance."
    assert draft.encoding == "cp1252"


def test_utf16_text_with_a_byte_order_mark_is_read() -> None:
    draft = read_document("note.txt", "Salary talk\n\nAsk for the package in writing.".encode("utf-16"), Settings())
    assert (draft.article.title, draft.article.body) == ("Salary talk", "Ask for the package in writing.")


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("empty.txt", lambda: b"", "empty.txt: the file is empty"),
        ("blank.md", lambda: b"  \n\n \t", "blank.md: the file is empty"),
        (
            "photo.txt",
            lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
            "photo.txt: binary data, not text; is it really a .txt file?",
        ),
        (
            "guide.pdf",
            lambda: b"<html><body><p>Not a PDF at all.</p></body></html>",
            "guide.pdf: not a PDF (it has no %PDF- header); check the file or give it its real extension",
        ),
        (
            "locked.pdf",
            lambda: encrypt_pdf(make_pdf([RELOCATION]), user_password="secret", owner_password="owner"),
            "locked.pdf: the PDF is encrypted with a password; save an unprotected copy (open it and print it "
            "to a new PDF) and add that",
        ),
        (
            "scan.pdf",
            make_scanned_pdf,
            "scan.pdf: the PDF has no text layer (a scanned document?); it needs OCR first, for example "
            "`ocrmypdf in.pdf out.pdf`, then add the result",
        ),
        (
            "cut.pdf",
            lambda: make_pdf([RELOCATION])[:700],
            "cut.pdf: a damaged or truncated PDF (PdfStreamError); download it again",
        ),
        (
            "notes.docx",
            lambda: b"PK\x03\x04 a word file",
            "notes.docx: the type .docx is not supported; add .md, .txt, .pdf or .html files",
        ),
        (
            "README",
            lambda: b"some text",
            "README: a file without an extension is not supported; add .md, .txt, .pdf or .html files",
        ),
        (
            "korean-looking.txt",
            lambda: bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20,
            "korean-looking.txt: not UTF-8, and its encoding could not be detected; save it as UTF-8",
        ),
        (
            "menu.html",
            lambda: b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
            "menu.html: no article text found in the page; copy the article's text into a .txt file and add that",
        ),
        (
            "only-furniture.md",
            lambda: b"Title\n\nLeave a Reply\nYour email address will not be published.",
            "only-furniture.md: nothing is left once page furniture is removed; is this an article?",
        ),
    ],
)
def test_bad_file_gets_one_clear_line(name: str, make: object, message: str) -> None:
    with pytest.raises(ArticleError) as raised:
        read_document(name, make(), Settings())  # type: ignore[operator]
    assert str(raised.value) == message


def test_file_over_the_size_limit_is_refused() -> None:
    with pytest.raises(ArticleError) as raised:
        read_document("big.txt", b"Title\n\n" + b"word " * 100_000, Settings(max_article_bytes=200_000))
    assert str(raised.value) == (
        "big.txt: 0.5 MB is over the size limit of 0.2 MB; split the file, or raise the limit with "
        "CROSSREAD_MAX_ARTICLE_BYTES"
    )


@pytest.mark.parametrize(
    ("name", "safe"),
    [("../../etc/x.md", "x.md"), ("..\\..\\windows\\x.txt", "x.txt"), ("/", "article"), (".hidden.md", "hidden.md")],
)
def test_unsafe_upload_names_are_made_safe(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


RANDOM_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.binary(max_size=500).map(lambda data: b"%PDF-1.7\n" + data),
    st.text(max_size=500).map(str.encode),
    st.tuples(st.integers(0, 2000), st.binary(min_size=1, max_size=8)).map(
        lambda cut: make_pdf([RELOCATION])[: cut[0]] + cut[1]
    ),
)


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=RANDOM_BYTES, suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_random_bytes_give_an_article_or_the_project_error(data: bytes, suffix: str) -> None:
    try:
        draft = read_document(f"random{suffix}", data, Settings())
    except CrossreadError as error:
        assert "\n" not in str(error) and str(error).startswith(f"random{suffix}")
        return
    article = draft.article
    assert article.body and article.body == article.body.strip()
    # What was read is what the corpus file will hold, offsets and all.
    assert parse_article(article.doc, render_article(article)) == article


# ---------------------------------------------------------------- duplicates


def test_a_copy_behind_other_page_furniture_is_a_near_duplicate(corpus_copy: Path) -> None:
    existing = read_article_file(corpus_copy / "hays-connect-with-recruiter.md")
    paragraphs = [REPRINT, *existing.body.split("\n\n")]
    draft = read_document("hays.html", web_page(existing.title, paragraphs), Settings())
    assert draft.article.body.startswith(REPRINT)
    found = find_duplicate(draft.article, [existing])
    assert found is not None and found.article.doc == "hays-connect-with-recruiter"
    assert not found.exact and found.share >= 0.8


def test_a_new_article_is_no_duplicate_of_the_seeds(corpus_copy: Path) -> None:
    articles = [read_article_file(path) for path in sorted(corpus_copy.glob("*.md"))]
    draft = read_document("relocation.txt", f"{RELOCATION_TITLE}\n\n{RELOCATION[0]}".encode(), Settings())
    assert find_duplicate(draft.article, articles) is None


def test_duplicates_are_reported_and_change_nothing(library: Settings) -> None:
    before = snapshot(library)
    existing = read_article_file(library.corpus / "hays-connect-with-recruiter.md")
    copy = (library.corpus / "hays-connect-with-recruiter.md").read_bytes()
    near = web_page(existing.title, [REPRINT, *existing.body.split("\n\n")])
    report = add_articles([("copy.md", copy), ("hays.html", near)], library)
    assert [(item.source, item.duplicate_of) for item in report.rejected] == [
        ("copy.md", "hays-connect-with-recruiter"),
        ("hays.html", "hays-connect-with-recruiter"),
    ]
    assert [item.reason for item in report.rejected] == [
        "copy.md: a duplicate of the corpus article hays-connect-with-recruiter (the same text); not added",
        "hays.html: a duplicate of the corpus article hays-connect-with-recruiter (a near-copy: 100% of the "
        "shorter text is the same); not added",
    ]
    assert report.added == () and report.build is None
    assert snapshot(library) == before


# ---------------------------------------------------------------- adding


def test_add_then_ask_finds_the_new_article_and_build_embeds_nothing(
    library: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    from indexer.answer import answer_question, open_engine
    from indexer.output import answer_to_dict

    pdf = make_pdf([RELOCATION, PAGE_TWO], RELOCATION_TITLE, "Jo Park")
    report = add_articles([("../../uploads/relocation guide.pdf", pdf)], library, embedder=embedder)
    assert report.rejected == ()
    [added] = report.added
    assert (added.doc, added.title, added.source, added.pages) == (
        "relocation-guide",
        RELOCATION_TITLE,
        "relocation guide.pdf",
        2,
    )
    assert added.path == library.corpus / "relocation-guide.md"
    assert report.build is not None and report.build.embedded == ("relocation-guide",)
    stored = read_article_file(added.path)
    assert stored.page_starts == (0, len("\n\n".join(RELOCATION)) + 2)
    assert (added.passages, added.sentences) == (
        len(make_passages(stored, split_sentences(stored), library.passage_chars, library.passage_overlap_sentences)),
        len(split_sentences(stored)),
    )

    answer = answer_question(open_engine(library, embedder), "Do I have to repay my relocation package if I quit?")
    assert answer.answered and answer.sources[0].article.doc == "relocation-guide"
    # Each passage of the PDF shows the page it comes from.
    shown = [item for item in answer_to_dict(answer)["passages"] if item["doc"] == "relocation-guide"]
    assert shown and all(item["page"] == (1 if item["start"] < stored.page_starts[1] else 2) for item in shown)

    again = build_corpus_index(library, embedder=embedder)
    assert again.embedded == ()
    assert sorted(again.reused) == sorted(path.stem for path in library.corpus.glob("*.md"))


def test_pasted_text_is_added_with_the_typed_metadata(library: Settings, embedder: SentenceTransformerEmbedder) -> None:
    text = "\n\n".join(RELOCATION) + "\n\nSign up for our weekly newsletter\n"
    report = add_pasted_text(RELOCATION_TITLE, " The Weekly Move ", "Sam Lee", text, library, embedder=embedder)
    [added] = report.added
    assert (added.doc, added.publisher, added.removed) == (
        "relocation-packages-what-to-ask-before-you-move-for-a-job",
        "The Weekly Move",
        ("Sign up for our weekly newsletter",),
    )
    stored = read_article_file(added.path)
    assert (stored.title, stored.publisher, stored.author, stored.body) == (
        RELOCATION_TITLE,
        "The Weekly Move",
        "Sam Lee",
        "\n\n".join(RELOCATION),
    )
    assert stored.provenance.startswith("pasted on ")


def test_pasted_text_without_a_title_is_refused(library: Settings) -> None:
    report = add_pasted_text("  ", "", "", RELOCATION[0], library)
    assert [item.reason for item in report.rejected] == ["the pasted article has no title; type its title"]
    assert report.build is None


def test_a_batch_adds_the_good_files_and_reports_each_bad_one(
    library: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    good = f"{RELOCATION_TITLE}\n\n" + "\n\n".join(RELOCATION)
    report = add_articles(
        [("../../etc/x.md", good.encode()), ("empty.txt", b""), ("scan.pdf", make_scanned_pdf())],
        library,
        embedder=embedder,
    )
    assert [added.path for added in report.added] == [library.corpus / "x.md"]
    assert [item.source for item in report.rejected] == ["empty.txt", "scan.pdf"]
    assert not (library.corpus.parent / "etc").exists()


def test_an_id_already_taken_gets_a_number(library: Settings, embedder: SentenceTransformerEmbedder) -> None:
    good = f"{RELOCATION_TITLE}\n\n" + "\n\n".join(RELOCATION)
    report = add_articles([("hays-connect-with-recruiter.txt", good.encode())], library, embedder=embedder)
    assert [added.doc for added in report.added] == ["hays-connect-with-recruiter-2"]


def test_a_crash_in_the_middle_of_embedding_leaves_corpus_and_index_as_they_were(
    library: Settings, embedder: SentenceTransformerEmbedder
) -> None:
    before = snapshot(library)
    generations = sorted(path.name for path in library.index.iterdir())
    first = f"{RELOCATION_TITLE}\n\n" + "\n\n".join(RELOCATION)
    second = "Tax on relocation\n\n" + PAGE_TWO[0]
    crashing = WatchedEmbedder(embedder, crash_at=2)
    # Small batches, so that the crash comes after some texts were embedded and before the rest.
    settings = replace(library, batch_size=4)
    with pytest.raises(ArticleError) as raised:
        add_articles([("first.txt", first.encode()), ("second.txt", second.encode())], settings, embedder=crashing)
    assert crashing.calls == 2
    assert str(raised.value) == (
        "indexing failed (RuntimeError: out of memory); nothing was added, the corpus and the index are as they were"
    )
    assert snapshot(library) == before
    assert sorted(path.name for path in library.index.iterdir()) == generations


def test_cli_add_prints_what_was_added_and_one_line_per_problem(library: Settings, tmp_path: Path) -> None:
    article = tmp_path / "relocation.txt"
    article.write_text(f"{RELOCATION_TITLE}\n\n" + "\n\n".join(RELOCATION) + "\n\nLeave a Reply\nName\n")
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    folders = ["--corpus", str(library.corpus), "--index", str(library.index)]
    result = CliRunner().invoke(main, ["add", str(article), str(empty), str(tmp_path / "missing.pdf"), *folders])
    assert result.exit_code == 2
    stored = read_article_file(library.corpus / "relocation.md")
    sentences = split_sentences(stored)
    passages = make_passages(stored, sentences, library.passage_chars, library.passage_overlap_sentences)
    count, plural = len(passages), "" if len(passages) == 1 else "s"
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        f"Added relocation: {RELOCATION_TITLE}, from relocation.txt: {count} passage{plural}, 8 sentences.",
        "  The cleaner removed 1 piece of page furniture:",
        "    - Leave a Reply | Name",
    ]
    assert lines[3].startswith("Index: 6 articles; embedded 1, reused 5 in ")
    assert result.stderr.splitlines() == [
        "crossread: empty.md: the file is empty",
        f"crossread: {tmp_path / 'missing.pdf'}: does not exist; give the path of an article file",
    ]
