"""Reads the corpus folder: Markdown articles with YAML front matter, and plain text articles."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from indexer.errors import ArticleError, BadInputError
from indexer.types import Article

ARTICLE_SUFFIXES = (".md", ".txt")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
METADATA_FIELDS = ("title", "publisher", "author", "date", "url", "provenance")


@dataclass(frozen=True)
class Skipped:
    """A corpus file that could not be read, and why."""

    path: Path
    reason: str


def slugify(text: str, limit: int = 60) -> str:
    """A readable file name from a title: lower case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or "article"


def content_hash(article: Article) -> str:
    """A hash of everything indexing reads from an article, so unchanged articles are not embedded again."""
    digest = hashlib.sha256()
    for part in (article.doc, article.title, article.body, repr(article.page_starts)):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def describe_yaml_error(error: yaml.YAMLError) -> str:
    """A YAML error in one line: where it is and what is wrong."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).split("\n")[0]
    return f"line {mark.line + 1}: {problem}" if mark else str(problem)


def parse_article(doc: str, text: str, source: str = "") -> Article:
    """An article from the text of a corpus file: Markdown with front matter, or text titled by line one."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    metadata: dict[str, object] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as error:
            raise ArticleError(
                f"{source or doc}: the front matter is not valid YAML ({describe_yaml_error(error)})"
            ) from error
        if not isinstance(loaded, dict):
            raise ArticleError(f"{source or doc}: the front matter must be a mapping of fields")
        metadata = loaded
        body = text[match.end() :]
    else:
        first, _, rest = text.strip().partition("\n")
        metadata = {"title": first.strip().lstrip("# ").strip()}
        body = rest
    body = body.strip()
    if not body:
        raise ArticleError(f"{source or doc}: the article has no text")
    page_starts = metadata.get("page_starts") or []
    if not isinstance(page_starts, list) or not all(isinstance(start, int) for start in page_starts):
        raise ArticleError(f"{source or doc}: page_starts in the front matter must be a list of whole numbers")
    fields = {name: str(metadata.get(name) or "") for name in METADATA_FIELDS}
    return Article(doc=doc, body=body, page_starts=tuple(page_starts), **fields)


def render_article(article: Article) -> str:
    """The Markdown file that stores an article: front matter, a blank line, then the body verbatim."""
    metadata: dict[str, object] = {name: getattr(article, name) for name in METADATA_FIELDS if getattr(article, name)}
    if article.page_starts:
        metadata["page_starts"] = list(article.page_starts)
    front = yaml.safe_dump(metadata, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n\n{article.body}\n"


def read_article_file(path: Path) -> Article:
    """Read one corpus file, or raise ArticleError naming the file and what is wrong with it."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path.name}: cannot be read ({error.strerror})") from error
    if not data.strip():
        raise ArticleError(f"{path.name}: the file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{path.name}: not UTF-8 text (byte {error.start}); save it as UTF-8") from error
    if "\x00" in text:
        raise ArticleError(f"{path.name}: binary data, not text")
    return parse_article(path.stem, text, source=path.name)


def corpus_files(folder: Path) -> list[Path]:
    """The article files of a corpus folder, in name order (positions files and hidden files excluded)."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file()
        and path.suffix in ARTICLE_SUFFIXES
        and not path.name.startswith(".")
        and not path.name.endswith(".positions.yaml")
    )


def load_corpus(folder: Path, on_skip: Callable[[Skipped], None] | None = None) -> list[Article]:
    """Every readable article in the folder; each unreadable one is reported through `on_skip` and left out."""
    if not folder.is_dir():
        raise ArticleError(f"the corpus folder {folder} does not exist; create it or pass --corpus DIR")
    articles: list[Article] = []
    seen: set[str] = set()
    for path in corpus_files(folder):
        try:
            article = read_article_file(path)
        except ArticleError as error:
            if on_skip:
                on_skip(Skipped(path, str(error)))
            continue
        if article.doc in seen:
            if on_skip:
                on_skip(Skipped(path, f"{path.name}: another file already has the id {article.doc!r}"))
            continue
        seen.add(article.doc)
        articles.append(article)
    return articles


def resolve_article(name: str, docs: list[str]) -> str:
    """An article id from what the user typed: the id, a file name or path, or a unique prefix."""
    stem = Path(name).name
    for suffix in (".positions.yaml", ".md", ".txt", ".pdf", ".html"):
        stem = stem.removesuffix(suffix)
    if stem in docs:
        return stem
    matches = [doc for doc in docs if doc.startswith(stem)]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(sorted(docs))
    if matches:
        raise BadInputError(f"{name!r} matches several articles ({', '.join(matches)}); give the whole id")
    raise BadInputError(f"no article {name!r} in the index; the articles are: {known}")


def quote_spans(body: str, quote: str) -> tuple[tuple[int, int], ...]:
    """Every [start, end) where the quote occurs in the body, any run of whitespace matching any other."""
    words = quote.split()
    if not words:
        return ()
    pattern = r"\s+".join(re.escape(word) for word in words)
    return tuple((match.start(), match.end()) for match in re.finditer(pattern, body))
