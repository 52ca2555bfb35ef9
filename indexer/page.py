"""Everything the Streamlit page shows, computed without Streamlit: badges, the disagreement banner,
escaped highlighting, the whole article, the closest topics and the Markdown download; and for the two
panels, adding articles (what was added or refused) and reviewing positions (each record as a card).

Article text is untrusted: every piece of it is passed through `html.escape` before any markup is added,
so an article that contains `<script>` shows those characters and runs nothing.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal, TypeVar
from urllib.parse import quote, urlsplit

from indexer.chunking import split_sentences
from indexer.embedding import Embedder
from indexer.errors import CrossreadError
from indexer.ingest import SUPPORTED_SUFFIXES, AddReport, Rejected, add_articles, add_pasted_text, summarize_added
from indexer.output import summarize_stances
from indexer.review import Review, SaveReport
from indexer.settings import Settings
from indexer.stance import decide_disagreement
from indexer.store import Index, Progress
from indexer.types import AdviceRecord, Answer, Article, Hit, Passage, Position, SourceView, Stance

# Three fit in one row at 1280 pixels wide: the headline disagreement, an agreement, another platform.
EXAMPLE_QUESTIONS = (
    "Should I send my interviewer a LinkedIn request?",
    "Can I connect with my interviewer after I get the job?",
    "Should I friend a recruiter on Facebook?",
)

# About how much of its passage a column shows before and after the evidence; the rest is in the article.
CONTEXT_BEFORE = 70
CONTEXT_AFTER = 140
# How much of each further relevant passage a column lists.
OPENING_CHARS = 200
# More sources than this fill a grid of rows instead of one row of columns.
COLUMNS_PER_ROW = 4
# How many of the nearest articles an unanswered question lists as what the corpus does cover.
CLOSEST_TOPICS = 3

MarkKind = Literal["evidence", "cited"]
# Where marks overlap, the higher kind shows: the evidence inside a cited passage reads as evidence.
_MARK_PRIORITY: dict[MarkKind, int] = {"cited": 1, "evidence": 2}
_DIRECTION_WORDS = {
    "for": "advises doing it",
    "against": "advises against it",
    "conditional": "advises it on a condition",
}

# The end of a sentence: a stop, any closing quotes or brackets, then space.
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+")

Item = TypeVar("Item")


@dataclass(frozen=True)
class Badge:
    """How a stance reads on the page: an icon and a word, so it never depends on colour alone."""

    stance: Stance
    icon: str
    word: str

    @property
    def label(self) -> str:
        """The icon and the word together, as the badge shows them."""
        return f"{self.icon} {self.word}"


BADGES: dict[Stance, Badge] = {
    "supports": Badge("supports", "✔", "Says yes"),
    "opposes": Badge("opposes", "✖", "Says no"),
    "conditional": Badge("conditional", "◐", "Yes, with conditions"),
    "none": Badge("none", "–", "No position"),
}


@dataclass(frozen=True)
class Mark:
    """A highlighted range of an article body: the evidence sentence or a cited passage, with its anchor."""

    start: int
    end: int
    kind: MarkKind
    anchor: str = ""


@dataclass(frozen=True)
class Excerpt:
    """The part of a passage that a column shows, in body offsets, and whether text was left out each side."""

    start: int
    end: int
    cut_before: bool
    cut_after: bool


@dataclass(frozen=True)
class Disagreement:
    """Two sources that answer the claim oppositely: the banner shows their evidence side by side."""

    yes: SourceView
    no: SourceView


@dataclass(frozen=True)
class Topic:
    """Something the corpus does cover, offered when a question falls outside it."""

    article: Article
    sentence: str


@dataclass(frozen=True)
class PageView:
    """What the page lays out for one answer."""

    answer: Answer
    summary: str
    disagreement: Disagreement | None
    columns: tuple[SourceView, ...]
    silent: tuple[Article, ...]
    topics: tuple[Topic, ...]


# ---------------------------------------------------------------- what the page shows


def view_answer(answer: Answer, docs: Collection[str] | None = None) -> PageView:
    """The page's parts for an answer, limited to the sources in `docs` when the reader filtered them."""
    if docs is not None:
        answer = keep_sources(answer, docs)
    columns = speaking_sources(answer)
    shown = {source.article.doc for source in columns}
    silent = tuple(source.article for source in answer.sources if source.article.doc not in shown)
    return PageView(
        answer=answer,
        summary=summarize_stances(answer),
        disagreement=find_disagreement(answer),
        columns=columns if answer.answered else (),
        silent=(*silent, *answer.silent) if answer.answered else (),
        topics=() if answer.answered else closest_topics(answer),
    )


def keep_sources(answer: Answer, docs: Collection[str]) -> Answer:
    """The answer as if the corpus held only these articles (the sidebar's filter by source)."""
    sources = tuple(source for source in answer.sources if source.article.doc in docs)
    return replace(
        answer,
        sources=sources,
        hits=tuple(hit for hit in answer.hits if hit.passage.doc in docs),
        silent=tuple(article for article in answer.silent if article.doc in docs),
        disagree=answer.disagree and decide_disagreement(source.position for source in sources),
    )


def speaking_sources(answer: Answer) -> tuple[SourceView, ...]:
    """The sources that get a column: those that take a position, or every retrieved one for an open question."""
    if answer.claim is None:
        return answer.sources
    taking_position = tuple(source for source in answer.sources if source.position.stance != "none")
    # When the engine finds no position anywhere, the retrieved sources still show what they say.
    return taking_position or answer.sources


def find_disagreement(answer: Answer) -> Disagreement | None:
    """The most relevant source that says yes and the most relevant that says no, when the sources disagree."""
    if not answer.answered or not answer.disagree:
        return None
    yes = _first_with_stance(answer.sources, "supports")
    no = _first_with_stance(answer.sources, "opposes")
    return Disagreement(yes=yes, no=no) if yes and no else None


def _first_with_stance(sources: Sequence[SourceView], stance: Stance) -> SourceView | None:
    candidates = [source for source in sources if source.position.stance == stance]
    # A source with an evidence sentence makes a better banner than one without.
    candidates.sort(key=lambda source: source.position.evidence is None)
    return candidates[0] if candidates else None


def badge_for(stance: Stance) -> Badge:
    """The badge of a stance."""
    return BADGES[stance]


def closest_topics(answer: Answer, limit: int = CLOSEST_TOPICS) -> tuple[Topic, ...]:
    """The nearest articles to an unanswered question, each with the first sentence of its nearest passage."""
    articles = {article.doc: article for article in answer.silent}
    articles.update({source.article.doc: source.article for source in answer.sources})
    topics: list[Topic] = []
    for hit in answer.hits:
        article = articles.get(hit.passage.doc)
        if article is None or any(topic.article.doc == article.doc for topic in topics):
            continue
        topics.append(Topic(article=article, sentence=first_sentence(hit.passage)))
        if len(topics) == limit:
            break
    return tuple(topics)


def first_sentence(passage: Passage) -> str:
    """The first sentence of a passage, as the sentence splitter reads it."""
    sentences = split_sentences(Article(doc=passage.doc, title="", body=passage.text))
    return sentences[0].text if sentences else passage.text.strip()


def evidence_hit(source: SourceView) -> Hit | None:
    """The source's passage that holds its evidence sentence, or its best passage when there is no evidence."""
    evidence = source.position.evidence
    if evidence is None:
        return source.hits[0] if source.hits else None
    for hit in source.hits:
        if hit.passage.start <= evidence.start and evidence.end <= hit.passage.end:
            return hit
    return None


def excerpt_around(
    body: str,
    passage: Passage,
    focus_start: int,
    focus_end: int,
    before: int = CONTEXT_BEFORE,
    after: int = CONTEXT_AFTER,
) -> Excerpt:
    """The focus with about `before` and `after` characters of its passage around it, cut between sentences
    where a sentence ends near enough, else between words, so a column stays short enough to read at a glance."""
    start = passage.start
    if focus_start - before > passage.start:
        window = focus_start - before
        ends = [match.end() for match in _SENTENCE_END.finditer(body, window, focus_start)]
        space = body.find(" ", window, focus_start)
        start = ends[0] if ends else space + 1 if space >= 0 else focus_start
    end = passage.end
    if focus_end + after < passage.end:
        window = focus_end + after
        matches = _SENTENCE_END.finditer(body, focus_end, window)
        ends = [match.start() + len(match.group().rstrip()) for match in matches]
        space = body.rfind(" ", focus_end, window)
        end = ends[-1] if ends else space if space >= 0 else focus_end
    return Excerpt(start, end, cut_before=start > passage.start, cut_after=end < passage.end)


def arrange_in_rows(items: Sequence[Item], per_row: int = COLUMNS_PER_ROW) -> list[Sequence[Item]]:
    """Items in rows of at most `per_row`: one row for a few sources, a grid for many."""
    return [items[start : start + per_row] for start in range(0, len(items), per_row)]


def corpus_rows(index: Index) -> list[dict[str, object]]:
    """The sidebar's list of the corpus: each article's id, title, publisher and number of passages."""
    counts: dict[str, int] = {}
    for passage in index.passages:
        counts[passage.doc] = counts.get(passage.doc, 0) + 1
    return [
        {"doc": doc, "title": article.title or doc, "publisher": article.publisher, "passages": counts.get(doc, 0)}
        for doc, article in index.articles.items()
    ]


def corpus_entry_html(row: dict[str, object]) -> str:
    """The line under an article's checkbox in the sidebar: its publisher and how many passages it has."""
    count = int(str(row["passages"]))
    passages = "1 passage" if count == 1 else f"{count} passages"
    publisher = str(row["publisher"] or "no publisher")
    return f'<div class="crossread-corpus-entry">{escape(publisher)} · {passages}</div>'


def source_name(article: Article) -> str:
    """How the page names a source: its publisher, or its title when the publisher is unknown."""
    return article.publisher or article.title or article.doc


def byline(article: Article) -> str:
    """Publisher, author and date, those the article has, joined by middle dots."""
    return " · ".join(part for part in (article.publisher, article.author, article.date) if part)


def reasons(position: Position) -> tuple[str, ...]:
    """The records and cues that decided a stance, one line each, in plain text."""
    return tuple(describe_record(record) for record in position.records)


def describe_record(record: AdviceRecord) -> str:
    """One advice record as a line: the sentence, which way it advises, on what condition, from which cues."""
    parts = [f"“{record.text}”", _DIRECTION_WORDS.get(record.direction, record.direction)]
    if record.condition:
        parts.append(f"if {record.condition}")
    if record.speaker != "author":
        parts.append(f"speaker: {record.speaker}")
    if record.cues:
        parts.append("cues: " + ", ".join(record.cues))
    if record.reviewed:
        when = f" on {record.reviewed_on}" if record.reviewed_on else ""
        parts.append(f"reviewed by {record.reviewer or 'a person'}{when}")
    return " — ".join(parts)


def stance_tooltip(position: Position) -> str:
    """What the badge says on hover: the cues that decided it and how sure the engine is."""
    cues = list(dict.fromkeys(cue for record in position.records for cue in record.cues))
    how = "reviewed by a person" if position.reviewed else f"confidence {position.confidence:.2f}"
    if position.stance == "none":
        return "This source does not take a position on the question."
    return (f"Decided by: {', '.join(cues)}" if cues else "Decided by the evidence sentence") + f" ({how})"


# ---------------------------------------------------------------- anchors and links


def _anchor_part(doc: str) -> str:
    # Article ids are file names; an HTML id and a URL fragment need a tamer alphabet.
    return re.sub(r"[^A-Za-z0-9_-]", "-", doc)


def article_anchor(doc: str) -> str:
    """The HTML id of an article's whole text on the page."""
    return f"article-{_anchor_part(doc)}"


def evidence_anchor(doc: str) -> str:
    """The HTML id of an article's evidence sentence inside its whole text."""
    return f"evidence-{_anchor_part(doc)}"


def passage_anchor(doc: str, start: int) -> str:
    """The HTML id of a cited passage inside its article's whole text."""
    return f"passage-{_anchor_part(doc)}-{start}"


def safe_url(url: str) -> str:
    """The article's address when it is a web address; anything else (javascript:, data:) becomes empty."""
    return url if urlsplit(url.strip()).scheme in {"http", "https"} else ""


def share_link(question: str) -> str:
    """The page's relative address that asks this question when opened."""
    return f"?q={quote(question)}"


# ---------------------------------------------------------------- HTML, escaped before it is marked


def escape(text: str) -> str:
    """Text made safe to place inside HTML, quotes included (it also goes into attributes)."""
    return html.escape(text, quote=True)


def highlight(body: str, start: int, end: int, marks: Iterable[Mark]) -> str:
    """`body[start:end]` as HTML: each piece escaped first, then the marked ranges wrapped in <mark>.

    Marks are in body offsets and may overlap; the output is flat (no nested marks), the evidence wins
    over a cited passage, and each mark's anchor is an empty element at its first character.
    """
    clipped = [
        replace(mark, start=max(mark.start, start), end=min(mark.end, end))
        for mark in marks
        if mark.start < end and start < mark.end and mark.end > mark.start
    ]
    cuts = sorted({start, end, *(mark.start for mark in clipped), *(mark.end for mark in clipped)})
    pieces: list[str] = []
    placed: set[str] = set()
    for left, right in itertools.pairwise(cuts):
        for mark in clipped:
            if mark.anchor and mark.start == left and mark.anchor not in placed:
                placed.add(mark.anchor)
                pieces.append(f'<span class="crossread-anchor" id="{escape(mark.anchor)}"></span>')
        covering = [mark.kind for mark in clipped if mark.start <= left and right <= mark.end]
        text = escape(body[left:right])
        if covering:
            kind = max(covering, key=lambda name: _MARK_PRIORITY[name])
            pieces.append(f'<mark class="crossread-{kind}">{text}</mark>')
        else:
            pieces.append(text)
    return "".join(pieces)


def badge_html(position: Position) -> str:
    """The stance badge: icon and word (the colour only repeats them), the deciding cues on hover."""
    badge = badge_for(position.stance)
    reviewed = ' <span class="crossread-reviewed">✎ reviewed</span>' if position.reviewed else ""
    return (
        f'<span class="crossread-badge crossread-{badge.stance}" title="{escape(stance_tooltip(position))}">'
        f'<span aria-hidden="true">{badge.icon}</span> {escape(badge.word)}</span>{reviewed}'
    )


def heading_html(article: Article) -> str:
    """A source's title, with a link to the original when it has a web address, and its byline."""
    url = safe_url(article.url)
    title = escape(article.title or article.doc)
    if url:
        title = f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    line = byline(article)
    # Long titles are cut to two lines on the page; the tooltip has the whole title.
    return f'<div class="crossread-title" title="{escape(article.title)}">{title}</div>' + (
        f'<div class="crossread-byline">{escape(line)}</div>' if line else ""
    )


def evidence_html(source: SourceView) -> str:
    """The evidence sentence highlighted inside (an excerpt of) its passage, with a link to it in the article."""
    evidence = source.position.evidence
    body, doc = source.article.body, source.article.doc
    hit = evidence_hit(source)
    marks = [Mark(evidence.start, evidence.end, "evidence")] if evidence else []
    if hit is not None and evidence is not None:
        excerpt = excerpt_around(body, hit.passage, evidence.start, evidence.end)
    elif hit is not None:
        excerpt = excerpt_around(body, hit.passage, hit.passage.start, hit.passage.start)
    elif evidence is not None:
        excerpt = Excerpt(evidence.start, evidence.end, cut_before=False, cut_after=False)
    else:
        return ""
    text = (
        ("… " if excerpt.cut_before else "")
        + highlight(body, excerpt.start, excerpt.end, marks)
        + (" …" if excerpt.cut_after else "")
    )
    target = evidence_anchor(doc) if evidence else passage_anchor(doc, hit.passage.start) if hit else ""
    return f'<blockquote class="crossread-passage">{text}</blockquote>{_jump_link(target)}'


def _jump_link(anchor: str) -> str:
    return f'<a class="crossread-jump" href="#{anchor}">in the article ↓</a>'


def other_passages_html(source: SourceView) -> str:
    """The source's other relevant passages, each with a link to it in the whole article."""
    shown = evidence_hit(source)
    others = [hit for hit in source.hits if hit is not shown]
    if not others:
        return ""
    items = "".join(
        f'<li><span class="crossread-text">{_opening_html(source.article.body, hit.passage)}</span> '
        f"{_jump_link(passage_anchor(source.article.doc, hit.passage.start))}</li>"
        for hit in others
    )
    label = "Another relevant passage" if len(others) == 1 else f"{len(others)} more relevant passages"
    return f'<details class="crossread-more"><summary>{label}</summary><ul>{items}</ul></details>'


def _opening_html(body: str, passage: Passage) -> str:
    # A narrow column shows how a passage opens; the whole of it is in the article, full width.
    excerpt = excerpt_around(body, passage, passage.start, passage.start, before=0, after=OPENING_CHARS)
    return escape(body[excerpt.start : excerpt.end]) + (" …" if excerpt.cut_after else "")


def reasons_html(position: Position) -> str:
    """A small expander with the records and cues that decided the stance."""
    lines = reasons(position)
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f'<details class="crossread-why"><summary>Why this stance</summary><ul>{items}</ul></details>'


def article_html(source: SourceView) -> str:
    """The whole article with its cited passages and its evidence highlighted, each with an anchor."""
    article = source.article
    marks = [
        Mark(hit.passage.start, hit.passage.end, "cited", passage_anchor(article.doc, hit.passage.start))
        for hit in source.hits
    ]
    evidence = source.position.evidence
    if evidence is not None:
        marks.append(Mark(evidence.start, evidence.end, "evidence", evidence_anchor(article.doc)))
    body = highlight(article.body, 0, len(article.body), marks)
    return (
        f'<details class="crossread-article" id="{article_anchor(article.doc)}">'
        f"<summary>{escape(article.title or article.doc)}{_publisher_html(article)}</summary>"
        f'<div class="crossread-body">{body}</div></details>'
    )


def articles_html(sources: Sequence[SourceView]) -> str:
    """The whole articles under the columns, full width to be read comfortably, each closed until opened
    (a link to a passage opens its article: browsers open a closed <details> that holds a link's target)."""
    if not sources:
        return ""
    articles = "".join(article_html(source) for source in sources)
    return (
        '<div class="crossread-articles"><div class="crossread-articles-head">Read the whole articles, '
        f"cited passages highlighted:</div>{articles}</div>"
    )


def column_html(source: SourceView, with_badge: bool = True) -> str:
    """One source's column: heading, badge, condition, evidence in its passage, why, more, whole article."""
    position = source.position
    condition = (
        f'<div class="crossread-condition"><strong>Condition:</strong> {escape(position.condition)}</div>'
        if position.condition and position.stance == "conditional"
        else ""
    )
    return (
        f'<div class="crossread-column" data-doc="{escape(source.article.doc)}">'
        + heading_html(source.article)
        + (badge_html(position) if with_badge else "")
        + condition
        + evidence_html(source)
        + reasons_html(position)
        + other_passages_html(source)
        + f'<a class="crossread-whole" href="#{article_anchor(source.article.doc)}">Read the whole article ↓</a>'
        + "</div>"
    )


def banner_html(disagreement: Disagreement) -> str:
    """The disagreement banner: the two opposing evidence sentences side by side, each with its source."""
    sides = "".join(_banner_side(source) for source in (disagreement.yes, disagreement.no))
    return (
        '<div class="crossread-banner" role="note">'
        '<div class="crossread-banner-head">⚠ The sources disagree</div>'
        f'<div class="crossread-banner-sides">{sides}</div></div>'
    )


def _banner_side(source: SourceView) -> str:
    evidence = source.position.evidence
    quote_text = f"“{escape(evidence.text)}”" if evidence else "(no single sentence decides it)"
    link = f" {_jump_link(evidence_anchor(source.article.doc))}" if evidence else ""
    return (
        f'<div class="crossread-banner-side crossread-{source.position.stance}">'
        f"{badge_html(source.position)} <strong>{escape(source_name(source.article))}</strong>"
        f'<div class="crossread-banner-quote">{quote_text}{link}</div></div>'
    )


def read_as_html(answer: Answer) -> str:
    """How the engine read a question it corrected (a typo, an abbreviation), shown as text: the question
    arrives from the URL, so a shared link must not be able to put markup or links on the page."""
    return f'<div class="crossread-claim">Read as: {escape(answer.corrected_question)}</div>'


def summary_html(view: PageView) -> str:
    """The consensus line, under the claim that "yes" and "no" answer."""
    claim = view.answer.claim
    said = f'<div class="crossread-claim">Yes or no to: “{escape(claim.text)}”</div>' if claim else ""
    return f'{said}<div class="crossread-summary">{escape(view.summary)}</div>'


def silent_html(articles: Sequence[Article]) -> str:
    """The sources that do not address the question, in one compact line each."""
    if not articles:
        return ""
    items = "".join(
        f"<li>{escape(article.title or article.doc)}{_publisher_html(article)}</li>" for article in articles
    )
    return (
        '<div class="crossread-silent"><span class="crossread-silent-head">Do not address this question:</span>'
        f"<ul>{items}</ul></div>"
    )


def _publisher_html(article: Article) -> str:
    return f' <span class="crossread-byline">({escape(article.publisher)})</span>' if article.publisher else ""


def not_covered_html(view: PageView) -> str:
    """The plain statement that the corpus does not cover the question, and what it covers instead."""
    topics = "".join(
        f"<li><strong>{escape(topic.article.title or topic.article.doc)}</strong>{_publisher_html(topic.article)}"
        f'<br><span class="crossread-text">{escape(topic.sentence)}</span></li>'
        for topic in view.topics
    )
    closest = f"<div>The closest topics they do cover:</div><ul>{topics}</ul>" if topics else ""
    return (
        '<div class="crossread-not-covered">'
        "<p><strong>The articles in the corpus do not cover this question.</strong></p>"
        f"{closest}</div>"
    )


# ---------------------------------------------------------------- the download


def comparison_markdown(answer: Answer, docs: Collection[str] | None = None) -> str:
    """The comparison as a Markdown document: question, summary, disagreement, each source, the silent ones."""
    view = view_answer(answer, docs)
    lines = [f"# {answer.question}", ""]
    if answer.corrected_question and answer.corrected_question != answer.question:
        lines += [f"Read as: {answer.corrected_question}", ""]
    if not answer.answered:
        lines += ["The articles in the corpus do not cover this question.", ""]
        if view.topics:
            lines += ["The closest topics they do cover:", ""]
            lines += [
                f"- **{topic.article.title}** ({source_name(topic.article)}): {topic.sentence}" for topic in view.topics
            ]
            lines.append("")
        return "\n".join(lines)
    if answer.claim is not None:
        lines += [f"Claim: {answer.claim.text}", ""]
    lines += [view.summary, ""]
    if view.disagreement is not None:
        lines += ["## The sources disagree", ""]
        for source in (view.disagreement.yes, view.disagreement.no):
            evidence = source.position.evidence
            said = f"“{evidence.text}”" if evidence else "(no single sentence decides it)"
            lines.append(f"- {badge_for(source.position.stance).label} — {source_name(source.article)}: {said}")
        lines.append("")
    lines += ["## Sources", ""]
    for source in view.columns:
        lines += _source_markdown(source, with_badge=answer.claim is not None)
    if view.silent:
        lines += ["## Do not address this question", ""]
        lines += [f"- {article.title} ({source_name(article)})" for article in view.silent]
        lines.append("")
    return "\n".join(lines)


def _source_markdown(source: SourceView, with_badge: bool) -> list[str]:
    article, position = source.article, source.position
    heading = f"### {badge_for(position.stance).label}: {article.title}" if with_badge else f"### {article.title}"
    lines = [heading, ""]
    if byline(article):
        lines += [byline(article), ""]
    if safe_url(article.url):
        lines += [f"<{safe_url(article.url)}>", ""]
    if position.condition and position.stance == "conditional":
        lines += [f"Condition: {position.condition}", ""]
    if position.evidence is not None:
        lines += [f"Evidence: “{position.evidence.text}”", ""]
    for hit in source.hits:
        lines += [_quote(hit.passage.text), ""]
    return lines


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.splitlines())


# ---------------------------------------------------------------- adding articles


# What the upload box accepts: the formats `crossread add` reads, without their dots.
UPLOAD_TYPES = tuple(suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES)


def add_uploads(
    uploads: Sequence[tuple[str, bytes]],
    settings: Settings,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
) -> AddReport:
    """Add uploaded files, each a (file name, bytes) pair, as `crossread add` does; a failure becomes one line."""
    try:
        return add_articles(list(uploads), settings, progress=progress, embedder=embedder)
    except CrossreadError as error:
        return _failed_add("the upload", error)


def add_pasted(
    title: str,
    publisher: str,
    author: str,
    text: str,
    settings: Settings,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
) -> AddReport:
    """Add an article pasted into the page, with its title, publisher and author; a failure becomes one line."""
    try:
        return add_pasted_text(title, publisher, author, text, settings, progress=progress, embedder=embedder)
    except CrossreadError as error:
        return _failed_add(title.strip() or "pasted text", error)


def _failed_add(source: str, error: CrossreadError) -> AddReport:
    # The add takes back what it wrote before raising, so the page has only the line to show.
    return AddReport(added=(), rejected=(Rejected(source, str(error)),), build=None, seconds=0.0)


def progress_fraction(done: int, total: int) -> float:
    """How far a stage of indexing has come, between 0 and 1, for a progress bar."""
    return min(done / total, 1.0) if total else 1.0


def index_line(report: AddReport) -> str:
    """What an add did to the index: how many articles it holds, which were embedded, how many were reused."""
    build = report.build
    if build is None:
        return ""
    embedded = ", ".join(build.embedded) if build.embedded else "none"
    return (
        f"The index now holds {plural(build.articles, 'article')}: embedded {embedded}; "
        f"reused the vectors of {plural(len(build.reused), 'article')}."
    )


def plural(number: int, noun: str) -> str:
    """A count and its noun, the noun in the plural unless the count is one."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def upload_limit_megabytes(settings: Settings) -> int:
    """The upload box's limit in megabytes: the article size limit, rounded up (ingest checks the exact bytes)."""
    return max(1, -(-settings.max_article_bytes // 1_000_000))


def add_report_html(report: AddReport) -> str:
    """What an add reports on the page: the summary lines of each article added, then one line per file refused."""
    blocks = []
    for added in report.added:
        lines = summarize_added(added)
        # summarize_added indents the cleaner's note and its pieces; the page shows the depth as indentation.
        rows = "".join(
            f'<div class="crossread-add-line crossread-depth-{(len(line) - len(line.lstrip())) // 2}">'
            f"{escape(line.strip())}</div>"
            for line in lines
        )
        blocks.append(f'<div class="crossread-added">{rows}</div>')
    line = index_line(report)
    if line:
        blocks.append(f'<div class="crossread-index-line">{escape(line)}</div>')
    blocks.extend(
        f'<div class="crossread-refused" role="alert">{escape(rejected.reason)}</div>' for rejected in report.rejected
    )
    return f'<div class="crossread-add-report">{"".join(blocks)}</div>'


# ---------------------------------------------------------------- reviewing positions


# The words a direction reads as, and the badge colours it borrows: "for" reads like a yes, "against" like a no.
_DIRECTION_STANCES: dict[str, Stance] = {"for": "supports", "against": "opposes", "conditional": "conditional"}


def review_heading_html(review: Review) -> str:
    """The head of the review panel: which article, where its records come from, and what saving keeps."""
    article = review.article
    started = "from its positions file" if review.started_from == "positions file" else "read by the engine"
    total = len(review.records)
    pending = review.pending
    waiting = f"{pending} not reviewed yet" if pending else "all reviewed"
    return (
        '<div class="crossread-review-head">'
        f'<div class="crossread-review-title">Reviewing the positions of “{escape(article.title or article.doc)}”'
        f"{_publisher_html(article)}</div>"
        f'<div class="crossread-byline">{plural(total, "record")} {started}, {waiting}. '
        "Accept, correct or delete each one, or add one from a quote. Saving keeps the reviewed records only, "
        "and the article is answered from them from then on; nothing is embedded again.</div></div>"
    )


def record_status(record: AdviceRecord) -> str:
    """Who decided a record: the reviewer and the day, or the engine and the cues it read."""
    if record.reviewed:
        when = f" on {record.reviewed_on}" if record.reviewed_on else ""
        return f"✎ reviewed by {record.reviewer or 'a person'}{when}"
    cues = f" (cues: {', '.join(record.cues)})" if record.cues else ""
    return f"read by the engine, not reviewed yet{cues}"


def record_parts(record: AdviceRecord) -> str:
    """A record's parts other than its direction, as a line: what, where, to whom, when, who says it."""
    parts = [record.action, f"on {record.platform}", f"to {record.person}", f"moment: {record.moment}"]
    if record.condition:
        parts.append(f"if {record.condition}")
    parts.append(f"speaker: {record.speaker}")
    return " · ".join(parts)


def review_record_html(number: int, record: AdviceRecord) -> str:
    """One record in the review panel: its number and status, its direction as a badge, its parts, its quote."""
    stance = _DIRECTION_STANCES.get(record.direction, "none")
    state = "reviewed" if record.reviewed else "pending"
    return (
        f'<div class="crossread-record crossread-record-{state}">'
        f'<div class="crossread-record-status"><strong>{number + 1}.</strong> {escape(record_status(record))}</div>'
        f'<span class="crossread-badge crossread-{stance}">{escape(_DIRECTION_WORDS.get(record.direction, ""))}</span>'
        f' <span class="crossread-record-parts">{escape(record_parts(record))}</span>'
        f'<blockquote class="crossread-passage">{escape(record.text)}</blockquote></div>'
    )


def quote_choices(article: Article) -> tuple[str, ...]:
    """The article's sentences, to pick the quote of a new position from."""
    return tuple(sentence.text for sentence in split_sentences(article))


def save_message(report: SaveReport, doc: str) -> str:
    """What saving a review did, in one line for the page."""
    left_out = f"; left out {plural(report.left_out, 'record')} nobody reviewed" if report.left_out else ""
    index = "; the page now answers from them (nothing was embedded again)" if report.index_updated else ""
    return f"Saved {plural(report.positions, 'reviewed position')} of {doc} to {report.path.name}{left_out}{index}."


# ---------------------------------------------------------------- style


PAGE_STYLE = """
<style>
[data-testid="stMainBlockContainer"] { padding: 3rem 1.5rem 2rem; }
/* The toolbar sits at the right; a clear header band lets the page's own header line show at the left. */
[data-testid="stHeader"] { background: transparent; }
[data-testid="stBaseButton-pills"] { font-size: 0.85rem; min-height: 1.8rem; padding: 0.1rem 0.7rem; }
.crossread-corpus-entry { font-size: 0.8rem; color: #4b5563; margin: -0.9rem 0 0 1.75rem; }
.crossread-header { font-size: 1.05rem; color: #374151; margin-bottom: -0.4rem; }
.crossread-claim { color: #4b5563; font-size: 0.9rem; }
.crossread-summary { font-size: 1.15rem; font-weight: 600; margin: 0.1rem 0 0.2rem; }
.crossread-badge { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 0.8rem; font-weight: 600;
  font-size: 0.95rem; border: 2px solid; margin: 0.25rem 0.3rem 0.25rem 0; cursor: help; white-space: nowrap; }
.crossread-supports { color: #14532d; background: #dcfce7; border-color: #15803d; }
.crossread-opposes { color: #7f1d1d; background: #fee2e2; border-color: #b91c1c; }
.crossread-conditional { color: #713f12; background: #fef3c7; border-color: #b45309; }
.crossread-none { color: #374151; background: #f3f4f6; border-color: #6b7280; }
.crossread-reviewed { font-size: 0.8rem; color: #4b5563; white-space: nowrap; }
.crossread-title { font-weight: 700; font-size: 1rem; line-height: 1.3; display: -webkit-box;
  -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.crossread-title a { color: inherit; }
.crossread-byline { color: #4b5563; font-size: 0.85rem; }
.crossread-condition { font-size: 0.85rem; margin: 0.1rem 0 0.2rem; color: #374151; }
.crossread-passage { margin: 0.3rem 0 0.1rem; padding: 0.2rem 0 0.2rem 0.6rem; border-left: 3px solid #d1d5db;
  white-space: pre-line; font-size: 0.9rem; line-height: 1.45; color: #374151; }
mark.crossread-evidence { background: #fde68a; color: #111827; font-weight: 600; padding: 0 0.1rem; }
mark.crossread-cited { background: #e0f2fe; color: inherit; }
.crossread-jump { font-size: 0.8rem; }
.crossread-column details { margin-top: 0.35rem; font-size: 0.88rem; }
.crossread-column details summary { cursor: pointer; color: #1f2937; font-weight: 600; }
.crossread-column details ul { padding-left: 1.1rem; margin: 0.2rem 0; }
.crossread-text { white-space: pre-line; }
.crossread-whole { display: inline-block; margin-top: 0.35rem; font-size: 0.88rem; font-weight: 600; }
.crossread-articles { margin-top: 0.8rem; }
.crossread-articles-head { font-weight: 600; font-size: 0.9rem; color: #374151; margin-bottom: 0.2rem; }
.crossread-article { border-top: 1px solid #e5e7eb; padding: 0.35rem 0; }
.crossread-article summary { cursor: pointer; font-weight: 600; }
.crossread-body { white-space: pre-line; max-width: 52rem; padding: 0.4rem 0 0.4rem 1.2rem; font-size: 0.95rem;
  line-height: 1.6; }
.crossread-anchor { scroll-margin-top: 4rem; }
.crossread-banner { border: 2px solid #b45309; background: #fffbeb; border-radius: 0.5rem;
  padding: 0.4rem 0.8rem 0.6rem; margin: 0 0 0.3rem; }
.crossread-banner-head { font-weight: 700; font-size: 1.05rem; color: #78350f; }
.crossread-banner-sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 0.3rem; }
.crossread-banner-side { background: #ffffff; border-left-width: 5px; border-left-style: solid;
  padding: 0.3rem 0.6rem; border-radius: 0.3rem; color: #111827; }
.crossread-banner-quote { margin-top: 0.2rem; font-size: 0.95rem; line-height: 1.4; }
.crossread-silent { font-size: 0.9rem; color: #374151; margin-top: 0.5rem; }
.crossread-silent-head { font-weight: 600; }
.crossread-silent ul { margin: 0.1rem 0 0; padding-left: 1.2rem; }
.crossread-not-covered { border: 1px solid #d1d5db; border-radius: 0.5rem; padding: 0.6rem 0.9rem; }
</style>
"""


# The add and review panels: the add report in the narrow sidebar, the review panel in the main area.
PANEL_STYLE = """
<style>
.crossread-add-report { font-size: 0.85rem; line-height: 1.4; }
.crossread-added { border-left: 3px solid #15803d; background: #f0fdf4; padding: 0.3rem 0.5rem;
  margin: 0.3rem 0; color: #14532d; overflow-wrap: anywhere; }
.crossread-add-line.crossread-depth-1 { margin-left: 0.6rem; color: #374151; }
.crossread-add-line.crossread-depth-2 { margin-left: 1.2rem; color: #4b5563; font-size: 0.8rem; }
.crossread-index-line { color: #4b5563; margin: 0.2rem 0; }
.crossread-refused { border-left: 3px solid #b91c1c; background: #fef2f2; color: #7f1d1d; padding: 0.3rem 0.5rem;
  margin: 0.3rem 0; overflow-wrap: anywhere; }
.crossread-review-title { font-weight: 700; font-size: 1.1rem; }
.crossread-record { font-size: 0.9rem; }
.crossread-record-status { color: #4b5563; font-size: 0.82rem; }
.crossread-record-pending .crossread-record-status { color: #92400e; font-weight: 600; }
.crossread-record-parts { color: #374151; font-size: 0.85rem; }
.crossread-record .crossread-badge { font-size: 0.85rem; cursor: default; }
.crossread-record .crossread-passage { margin-bottom: 0; }
</style>
"""
