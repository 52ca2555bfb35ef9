"""Adds articles to the corpus: reads .md, .txt, .pdf and .html files, refuses duplicates, stores each as
Markdown with front matter and indexes only the new ones.

Every problem with one file is one line that names the file, says what is wrong and what to do; a file
that cannot be added changes nothing, and a failed indexing takes back the files it had written.
"""

from __future__ import annotations

import fcntl
import io
import logging
import os
import re
import time
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from indexer.chunking import make_passages, split_sentences
from indexer.clean import clean_text
from indexer.corpus import corpus_files, load_corpus, parse_article, render_article, slugify
from indexer.embedding import Embedder
from indexer.errors import ArticleError, CrossreadError, DuplicateArticleError
from indexer.indexing import build_corpus_index
from indexer.settings import Settings
from indexer.store import BuildReport, Progress
from indexer.text import words
from indexer.types import Article

if TYPE_CHECKING:
    from pypdf import PageObject

SUPPORTED_SUFFIXES = (".md", ".txt", ".pdf", ".html", ".htm")
# Share of the shorter article's word 5-grams that must also be in the other one to call it a near-copy.
NEAR_COPY_SHARE = 0.8
_SHINGLE_WORDS = 5
# Control characters other than tab, line feed, carriage return and form feed mark binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A web page whose main text is shorter than this holds no article.
_MIN_PAGE_WORDS = 25
_COLUMN_GAP = re.compile(r"\S {3,}\S")
_BULLET = re.compile(r"^(?:[*•\-–]|\d+[.)])\s")
# A PDF line shorter than this share of the page's longest line ends a paragraph (or is a heading).
_SHORT_LINE_SHARE = 0.75


@dataclass(frozen=True)
class Draft:
    """An article read from a file and not yet in the corpus, with the pieces the cleaner removed from it."""

    article: Article
    source: str
    removed: tuple[str, ...] = ()
    # The encoding a text file was read in ("" for PDFs, web pages and pasted text); the corpus is UTF-8.
    encoding: str = ""

    @property
    def pages(self) -> int:
        """How many pages the PDF had (0 for other formats)."""
        return len(self.article.page_starts)


@dataclass(frozen=True)
class Duplicate:
    """An article already in the corpus that a new one repeats, and how much of the text they share."""

    article: Article
    # Share of the shorter article's word 5-grams that are in both.
    share: float
    exact: bool


@dataclass(frozen=True)
class Added:
    """An article now in the corpus and the index."""

    doc: str
    title: str
    publisher: str
    source: str
    path: Path
    passages: int
    sentences: int
    pages: int
    removed: tuple[str, ...]
    encoding: str


@dataclass(frozen=True)
class Rejected:
    """A file that was not added, with the one line that says why."""

    source: str
    reason: str
    # The corpus article it duplicates, when that is the reason.
    duplicate_of: str = ""


@dataclass(frozen=True)
class AddReport:
    """What one add did: the articles added, the files refused, and the index build (None if nothing was added)."""

    added: tuple[Added, ...]
    rejected: tuple[Rejected, ...]
    build: BuildReport | None
    seconds: float


# ---------------------------------------------------------------- reading one document


def safe_file_name(name: str) -> str:
    """The last part of an uploaded or given file name, so that no name can point outside the corpus."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = _CONTROL.sub("", base).strip().lstrip(".")
    return base or "article"


def read_document(name: str, data: bytes, settings: Settings) -> Draft:
    """An article draft from a file's name and bytes, or ArticleError with one line that says what is wrong."""
    source = safe_file_name(name)
    suffix = PurePosixPath(source).suffix.lower()
    if len(data) > settings.max_article_bytes:
        raise ArticleError(
            f"{source}: {_megabytes(len(data))} is over the size limit of {_megabytes(settings.max_article_bytes)}; "
            "split the file, or raise the limit with CROSSREAD_MAX_ARTICLE_BYTES"
        )
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"the type {suffix}" if suffix else "a file without an extension"
        raise ArticleError(f"{source}: {kind} is not supported; add .md, .txt, .pdf or .html files")
    if not data.strip():
        raise ArticleError(f"{source}: the file is empty")
    doc = slugify(PurePosixPath(source).stem)
    if suffix == ".pdf":
        return _read_pdf(doc, source, data)
    if suffix in (".html", ".htm"):
        return _read_html(doc, source, data)
    text, encoding = decode_text(source, data)
    try:
        article = parse_article(doc, text, source=source)
    except (ValueError, TypeError) as error:
        raise ArticleError(f"{source}: page_starts in the front matter must be a list of numbers") from error
    cleaned, removed = _clean(article, source)
    return _finish(cleaned, source, encoding, removed)


def read_pasted_text(title: str, publisher: str, author: str, text: str, url: str = "", date: str = "") -> Draft:
    """An article draft from text pasted into the page, with the metadata typed beside it."""
    title = " ".join(title.split())
    if not title:
        raise ArticleError("the pasted article has no title; type its title")
    if not text.strip():
        raise ArticleError(f"{title}: the pasted text is empty; paste the article's text")
    article = Article(
        doc=slugify(title),
        title=title,
        body=text.strip(),
        publisher=" ".join(publisher.split()),
        author=" ".join(author.split()),
        date=date.strip(),
        url=url.strip(),
    )
    cleaned, removed = _clean(article, title)
    return _finish(cleaned, title, "", removed, provenance="pasted")


def decode_text(source: str, data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read in: UTF-8 when it is, else the detected one, else an error."""
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect_encoding(source, data)
    if "\x00" in text or len(_CONTROL.findall(text)) > len(text) // 100:
        raise _binary_error(source)
    return text, encoding


def _binary_error(source: str) -> ArticleError:
    return ArticleError(f"{source}: binary data, not text; is it really a {PurePosixPath(source).suffix} file?")


def _detect_encoding(source: str, data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None or (best.coherence == 0.0 and not best.encoding.startswith("utf")):
        if b"\x00" in data:
            raise _binary_error(source)
        raise ArticleError(f"{source}: not UTF-8, and its encoding could not be detected; save it as UTF-8")
    # Most non-UTF-8 English text is Windows-1252; prefer it whenever it reads as cleanly as the best guess.
    if any(result.chaos <= best.chaos and "cp1252" in result.could_be_from_charset for result in results):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding


def _clean(article: Article, source: str) -> tuple[Article, tuple[str, ...]]:
    """The article with page furniture removed from its body, and the removed pieces."""
    cleaned = clean_text(_CONTROL.sub("", article.body))
    if not cleaned.text:
        raise ArticleError(f"{source}: nothing is left once page furniture is removed; is this an article?")
    # Page offsets stay true only while the cleaner leaves the body as it was.
    page_starts = article.page_starts if cleaned.text == article.body else ()
    return replace(article, body=cleaned.text, page_starts=page_starts), cleaned.removed


def _finish(article: Article, source: str, encoding: str, removed: tuple[str, ...], provenance: str = "") -> Draft:
    """Fill in what the file did not say, and check that the Markdown file reads back as the same article."""
    page_starts = article.page_starts
    ordered = list(page_starts) == sorted(page_starts)
    if page_starts and not (ordered and page_starts[0] == 0 and page_starts[-1] <= len(article.body)):
        page_starts = ()
    title = " ".join(_CONTROL.sub("", article.title).split()) or PurePosixPath(source).stem
    draft = replace(
        article,
        title=title,
        page_starts=page_starts,
        provenance=article.provenance or f"{provenance or 'added from ' + source} on {time.strftime('%Y-%m-%d')}",
    )
    if parse_article(draft.doc, render_article(draft)) != draft:
        raise ArticleError(f"{source}: its text cannot be stored as Markdown unchanged; save it as plain UTF-8 text")
    return Draft(article=draft, source=source, removed=removed, encoding=encoding)


def _read_html(doc: str, source: str, data: bytes) -> Draft:
    import trafilatura

    if b"\x00" in data:
        raise ArticleError(f"{source}: binary data, not a web page; is it really an .html file?")
    try:
        document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as error:  # trafilatura parses arbitrary bytes, and its failures have many types
        raise ArticleError(
            f"{source}: cannot be read as a web page ({type(error).__name__}); save the article as text"
        ) from error
    text = getattr(document, "text", None) or ""
    # With no article on the page, the extractor falls back to whatever text it finds: a menu, a footer.
    if len(words(text)) < _MIN_PAGE_WORDS:
        raise ArticleError(
            f"{source}: no article text found in the page; copy the article's text into a .txt file and add that"
        )
    title = getattr(document, "title", None) or ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    # The page's headline usually opens the extracted text too; the title field already holds it.
    if len(lines) > 1 and title and lines[0] == title.strip():
        lines = lines[1:]
    article = Article(
        doc=doc,
        title=title,
        body="\n\n".join(lines),
        publisher=getattr(document, "sitename", None) or "",
        author=getattr(document, "author", None) or "",
        date=getattr(document, "date", None) or "",
        url=getattr(document, "url", None) or "",
    )
    cleaned, removed = _clean(article, source)
    return _finish(cleaned, source, "", removed)


def _read_pdf(doc: str, source: str, data: bytes) -> Draft:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if b"%PDF-" not in data[:1024]:
        raise ArticleError(
            f"{source}: not a PDF (it has no %PDF- header); check the file or give it its real extension"
        )
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ArticleError(
                    f"{source}: the PDF is encrypted with a password; save an unprotected copy "
                    "(open it and print it to a new PDF) and add that"
                )
            page_texts = [_page_text(page) for page in reader.pages]
            metadata = reader.metadata
            title = (metadata.title if metadata else None) or ""
            author = (metadata.author if metadata else None) or ""
    except ArticleError:
        raise
    except (DependencyError, FileNotDecryptedError, NotImplementedError) as error:
        raise ArticleError(
            f"{source}: the PDF is encrypted in a way crossread cannot open ({error}); "
            "save an unprotected copy and add that"
        ) from error
    except Exception as error:  # pypdf raises many exception types on damaged files; all mean the same here
        raise ArticleError(
            f"{source}: a damaged or truncated PDF ({type(error).__name__}); download it again"
        ) from error
    paragraphs_per_page = [reflow_pdf_text(_CONTROL.sub("", text)) for text in page_texts]
    if not any(paragraphs_per_page):
        raise ArticleError(
            f"{source}: the PDF has no text layer (a scanned document?); it needs OCR first, "
            "for example `ocrmypdf in.pdf out.pdf`, then add the result"
        )
    # Each page is cleaned on its own, so a furniture line on one page never takes the pages after it.
    parts: list[str] = []
    page_starts: list[int] = []
    removed: list[str] = []
    position = 0
    for text in paragraphs_per_page:
        cleaned = clean_text(text)
        removed.extend(cleaned.removed)
        if cleaned.text and parts:
            position += 2
        page_starts.append(position)
        if cleaned.text:
            parts.append(cleaned.text)
            position += len(cleaned.text)
    body = "\n\n".join(parts)
    if not body:
        raise ArticleError(f"{source}: nothing is left once page furniture is removed; is this an article?")
    if not title:
        first = body.split("\n\n", 1)[0]
        title = first if len(first) <= 120 else PurePosixPath(source).stem
    article = Article(doc=doc, title=str(title), body=body, author=str(author), page_starts=tuple(page_starts))
    return _finish(article, source, "", tuple(removed))


def _page_text(page: PageObject) -> str:
    """A page's text: read by layout, which keeps the gaps between paragraphs, unless the page is in columns."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # layout reading fails on some pages that plain reading handles
        return page.extract_text() or ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    # Layout reading puts columns side by side on one line; plain reading gives them one after the other.
    if sum(1 for line in lines if _COLUMN_GAP.search(line)) * 4 >= len(lines) > 0:
        return page.extract_text() or ""
    return text


def reflow_pdf_text(text: str) -> str:
    """A PDF page's text as paragraphs separated by blank lines: the lines that layout broke are joined again."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line or _BULLET.match(line):
            if current:
                paragraphs.append(current)
            current = ""
            if not line:
                continue
        # A line that ends in a hyphen is a compound word broken at its hyphen: join without a space.
        current = f"{current}{line}" if current.endswith("-") else f"{current} {line}".strip()
        if len(line) < width * _SHORT_LINE_SHARE and not line.endswith("-"):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    # pypdf logs a warning for every repair it makes to a damaged file; the user gets one line from us instead.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        yield
    finally:
        logger.setLevel(level)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# ---------------------------------------------------------------- duplicates


def _normalized_words(article: Article) -> list[str]:
    return words(unicodedata.normalize("NFKC", article.body))


def _shingles(tokens: list[str]) -> set[str]:
    if len(tokens) < _SHINGLE_WORDS:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[number : number + _SHINGLE_WORDS]) for number in range(len(tokens) - _SHINGLE_WORDS + 1)}


def find_duplicate(article: Article, existing: Sequence[Article]) -> Duplicate | None:
    """The existing article this one repeats: the same words, or a near-copy behind other page furniture."""
    tokens = _normalized_words(article)
    shingles = _shingles(tokens)
    best: Duplicate | None = None
    for other in existing:
        other_tokens = _normalized_words(other)
        if other_tokens == tokens:
            return Duplicate(other, 1.0, exact=True)
        other_shingles = _shingles(other_tokens)
        smaller = min(len(shingles), len(other_shingles))
        if not smaller:
            continue
        share = len(shingles & other_shingles) / smaller
        if share >= NEAR_COPY_SHARE and (best is None or share > best.share):
            best = Duplicate(other, share, exact=False)
    return best


def check_not_duplicate(draft: Draft, existing: Sequence[Article]) -> None:
    """Raise DuplicateArticleError when the draft repeats an article already in the corpus."""
    found = find_duplicate(draft.article, existing)
    if found is None:
        return
    how = "the same text" if found.exact else f"a near-copy: {found.share:.0%} of the shorter text is the same"
    raise DuplicateArticleError(
        f"{draft.source}: a duplicate of the corpus article {found.article.doc} ({how}); not added", found.article.doc
    )


# ---------------------------------------------------------------- adding


def read_item(item: Path | tuple[str, bytes], settings: Settings) -> Draft:
    """A draft from a path on disk or a (file name, bytes) pair such as an upload."""
    if isinstance(item, tuple):
        return read_document(item[0], item[1], settings)
    if not item.is_file():
        reason = "is a folder, not a file" if item.is_dir() else "does not exist"
        raise ArticleError(f"{item}: {reason}; give the path of an article file")
    size = item.stat().st_size
    if size > settings.max_article_bytes:
        raise ArticleError(
            f"{item.name}: {_megabytes(size)} is over the size limit of {_megabytes(settings.max_article_bytes)}; "
            "split the file, or raise the limit with CROSSREAD_MAX_ARTICLE_BYTES"
        )
    try:
        data = item.read_bytes()
    except OSError as error:
        raise ArticleError(f"{item}: cannot be read ({error.strerror})") from error
    return read_document(item.name, data, settings)


def add_articles(
    items: Sequence[Path | tuple[str, bytes]],
    settings: Settings,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
) -> AddReport:
    """Add files (paths, or (name, bytes) uploads) to the corpus and index them; bad files are reported, not added."""
    started = time.perf_counter()
    drafts: list[Draft] = []
    rejected: list[Rejected] = []
    for item in items:
        try:
            drafts.append(read_item(item, settings))
        except ArticleError as error:
            name = item[0] if isinstance(item, tuple) else str(item)
            rejected.append(Rejected(safe_file_name(name), str(error)))
    return _add_drafts(drafts, rejected, settings, progress, embedder, started)


def add_pasted_text(
    title: str,
    publisher: str,
    author: str,
    text: str,
    settings: Settings,
    url: str = "",
    date: str = "",
    progress: Progress | None = None,
    embedder: Embedder | None = None,
) -> AddReport:
    """Add text pasted into the page as an article, with the title, publisher and author typed beside it."""
    started = time.perf_counter()
    try:
        draft = read_pasted_text(title, publisher, author, text, url, date)
    except ArticleError as error:
        rejected = (Rejected(title.strip() or "pasted text", str(error)),)
        return AddReport(added=(), rejected=rejected, build=None, seconds=time.perf_counter() - started)
    return _add_drafts([draft], [], settings, progress, embedder, started)


def _add_drafts(
    drafts: list[Draft],
    rejected: list[Rejected],
    settings: Settings,
    progress: Progress | None,
    embedder: Embedder | None,
    started: float,
) -> AddReport:
    if not drafts:
        return AddReport(added=(), rejected=tuple(rejected), build=None, seconds=time.perf_counter() - started)
    with _corpus_lock(settings.corpus):
        existing = load_corpus(settings.corpus)
        taken = {path.stem for path in corpus_files(settings.corpus)} | {
            path.name.removesuffix(".positions.yaml") for path in settings.corpus.glob("*.positions.yaml")
        }
        accepted: list[Draft] = []
        for draft in drafts:
            try:
                check_not_duplicate(draft, existing + [item.article for item in accepted])
            except DuplicateArticleError as error:
                rejected.append(Rejected(draft.source, str(error), error.existing_doc))
                continue
            doc = _free_doc_id(draft.article.doc, taken)
            taken.add(doc)
            accepted.append(replace(draft, article=replace(draft.article, doc=doc)))
        if not accepted:
            return AddReport(added=(), rejected=tuple(rejected), build=None, seconds=time.perf_counter() - started)
        written: list[Path] = []
        try:
            for draft in accepted:
                written.append(_write_article(settings.corpus, draft.article))
            build = build_corpus_index(settings, progress, embedder=embedder)
        except BaseException as error:
            # The corpus must be exactly as it was: the index build swaps in whole or not at all, so only
            # the files written here need taking back.
            for path in written:
                path.unlink(missing_ok=True)
            if isinstance(error, CrossreadError) or not isinstance(error, Exception):
                raise
            raise ArticleError(
                f"indexing failed ({type(error).__name__}: {error}); nothing was added, "
                "the corpus and the index are as they were"
            ) from error
    added = tuple(_describe(draft, path, settings) for draft, path in zip(accepted, written, strict=True))
    return AddReport(added=added, rejected=tuple(rejected), build=build, seconds=time.perf_counter() - started)


def _free_doc_id(doc: str, taken: set[str]) -> str:
    if doc not in taken:
        return doc
    number = 2
    while f"{doc}-{number}" in taken:
        number += 1
    return f"{doc}-{number}"


def _write_article(folder: Path, article: Article) -> Path:
    path = folder / f"{article.doc}.md"
    # Written under a hidden name, then renamed: a build running meanwhile reads the whole file or none of it.
    staging = folder / f".{article.doc}.md.adding"
    try:
        staging.write_text(render_article(article), encoding="utf-8")
        os.replace(staging, path)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return path


@contextmanager
def _corpus_lock(folder: Path) -> Iterator[None]:
    # One add at a time per corpus: two uploads must not both take the same free id or both pass the duplicate check.
    if not folder.is_dir():
        raise ArticleError(f"the corpus folder {folder} does not exist; create it or pass --corpus DIR")
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        os.close(handle)


def _describe(draft: Draft, path: Path, settings: Settings) -> Added:
    article = draft.article
    sentences = split_sentences(article)
    passages = make_passages(article, sentences, settings.passage_chars, settings.passage_overlap_sentences)
    return Added(
        doc=article.doc,
        title=article.title,
        publisher=article.publisher,
        source=draft.source,
        path=path,
        passages=len(passages),
        sentences=len(sentences),
        pages=draft.pages,
        removed=draft.removed,
        encoding=draft.encoding,
    )


def summarize_added(added: Added) -> list[str]:
    """Lines for people: what was added, its size in passages and sentences, and what the cleaner removed."""
    facts = [_count(added.passages, "passage"), _count(added.sentences, "sentence")]
    if added.pages:
        facts.append(_count(added.pages, "page"))
    if added.encoding not in ("", "utf-8"):
        facts.append(f"read as {added.encoding}")
    by = f" ({added.publisher})" if added.publisher else ""
    lines = [f"Added {added.doc}: {added.title}{by}, from {added.source}: {', '.join(facts)}."]
    if added.removed:
        lines.append(f"  The cleaner removed {_count(len(added.removed), 'piece')} of page furniture:")
        for piece in added.removed:
            one_line = " | ".join(part.strip() for part in piece.splitlines() if part.strip())
            lines.append(f"    - {one_line[:157] + '...' if len(one_line) > 160 else one_line}")
    else:
        lines.append("  The cleaner removed nothing.")
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
