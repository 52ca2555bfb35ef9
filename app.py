"""The crossread page: ask a question, see which sources say yes and which say no, and where they disagree.

Layout only. What the page shows is computed in `indexer.page`; run it with `make run`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import streamlit as st

from indexer import page
from indexer import review as reviewing
from indexer.answer import Engine, answer_question, open_engine
from indexer.embedding import SentenceTransformerEmbedder
from indexer.errors import CrossreadError, IndexMismatchError
from indexer.indexing import build_corpus_index
from indexer.ingest import AddReport
from indexer.positions import PART_FIELDS, VOCABULARIES
from indexer.review import Review
from indexer.settings import Settings, load_settings
from indexer.store import Progress, current_generation
from indexer.types import AdviceRecord, Answer


@st.cache_resource(show_spinner="Loading the language model (once per server)…")
def load_embedder(model_path: str, batch_size: int) -> SentenceTransformerEmbedder:
    """The embedding model, shared by every visitor and every index generation."""
    return SentenceTransformerEmbedder(model_path, batch_size)


# Keyed on the generation's name: an add elsewhere swaps CURRENT, and the next question loads the new one.
@st.cache_resource(show_spinner="Loading the index…", max_entries=2)
def load_engine(settings: Settings, generation: str) -> Engine:
    """The index of one generation, with the shared model."""
    return open_engine(settings, load_embedder(settings.model_path(), settings.batch_size))


@st.cache_resource(show_spinner="Reading the articles…", max_entries=256)
def answer_for(_engine: Engine, index_folder: str, generation: str, question: str) -> Answer:
    """The answer to a question from one generation; answers are frozen, so visitors can share them."""
    return answer_question(_engine, question)


def build_with_progress(settings: Settings) -> None:
    """Build the index on first use, with a progress bar fed by the indexer."""
    embedder = load_embedder(settings.model_path(), settings.batch_size)
    bar = st.progress(0.0, text="Building the index for the first time: reading the articles…")

    def report(stage: str, done: int, total: int) -> None:
        text = f"Building the index for the first time: {stage} ({done} of {total})"
        bar.progress(page.progress_fraction(done, total), text=text)

    build_corpus_index(settings, progress=report, embedder=embedder)
    bar.empty()


def open_current_engine(settings: Settings) -> tuple[Engine, str]:
    """The engine of the index's current generation, building the index first when there is none."""
    generation = current_generation(settings.index)
    if generation is None:
        build_with_progress(settings)
        generation = current_generation(settings.index)
        assert generation is not None
    return load_engine(settings, generation.name), generation.name


def ask_example() -> None:
    """Ask the example question the reader clicked, and clear the click so the same one can be clicked again."""
    st.session_state["q"] = st.session_state["example"]
    st.session_state["example"] = None


def show_question_box() -> str:
    """The question box, bound to `?q=` so an answer can be shared and reloaded, with examples to click."""
    st.text_input(
        "Your question",
        key="q",
        bind="query-params",
        placeholder="Ask a yes-or-no question about job-search etiquette, then press Enter",
    )
    st.pills(
        "Try an example", page.EXAMPLE_QUESTIONS, key="example", on_change=ask_example, label_visibility="collapsed"
    )
    return str(st.session_state["q"]).strip()


def show_corpus(engine: Engine) -> list[str]:
    """The corpus in the sidebar, each article with a checkbox that shows or hides it; returns the shown ids."""
    st.sidebar.subheader("Corpus")
    st.sidebar.caption("Untick a source to leave it out of the comparison.")
    kept = []
    for row in page.corpus_rows(engine.index):
        doc = str(row["doc"])
        if st.sidebar.checkbox(str(row["title"]), value=True, key=f"source:{doc}"):
            kept.append(doc)
        st.sidebar.html(page.corpus_entry_html(row))
    return kept


# Session keys of the two panels. The review is a frozen Review, replaced whole on every change; its version
# is part of every review widget's key, so that after a change the widgets show the review as it now is.
ADD_REPORT = "add:report"
ADD_ROUND = "add:round"
ADD_CLEAR = "add:clear"
PASTE_FIELDS = ("add:title", "add:publisher", "add:author", "add:text")
REVIEW = "review"
REVIEW_VERSION = "review:version"
REVIEW_MESSAGE = "review:message"
REVIEW_NOTICE = "review:notice"
REVIEW_QUOTE = "review:quote"
# New positions start from the most common parts: the reviewer changes what the quote says otherwise.
NEW_POSITION_DEFAULTS = {
    "action": "connect",
    "platform": "any",
    "person": "any",
    "moment": "any",
    "direction": "for",
    "condition": "",
    "speaker": "author",
}


def progress_bar(label: str) -> Progress:
    """A progress bar under the current element, and the callback that the indexer feeds it through."""
    bar = st.progress(0.0, text=label)

    def report(stage: str, done: int, total: int) -> None:
        bar.progress(page.progress_fraction(done, total), text=f"{label}: {stage} ({done} of {total})")

    return report


def finish_add(origin: str, report: AddReport) -> None:
    """Keep the add's report for the next run, empty what was added, and rerun so the new index is loaded."""
    st.session_state[ADD_REPORT] = (origin, report)
    if origin == "upload":
        # A new key empties the upload box: the files are on the reader's disk, nothing is lost.
        st.session_state[ADD_ROUND] = st.session_state.get(ADD_ROUND, 0) + 1
    elif report.added:
        # Pasted text is kept until it is in the corpus: a refused paste can be fixed and tried again.
        st.session_state[ADD_CLEAR] = True
    st.rerun()


def show_add_report(origin: str, settings: Settings) -> None:
    """The last add's report where it was asked for, with a button to review each added article's positions."""
    kept = st.session_state.get(ADD_REPORT)
    if kept is None or kept[0] != origin:
        return
    report: AddReport = kept[1]
    st.html(page.add_report_html(report))
    for added in report.added:
        label = "Review its positions" if len(report.added) == 1 else f"Review the positions of {added.doc}"
        st.button(
            label,
            key=f"add:review:{added.doc}",
            on_click=open_review,
            args=(settings, added.doc),
            icon=":material/rate_review:",
            width="stretch",
        )


def show_add_articles_panel(settings: Settings) -> None:
    """The sidebar panel that adds articles, uploaded or pasted, as `crossread add` does, and says what it did."""
    if st.session_state.pop(ADD_CLEAR, False):
        for key in PASTE_FIELDS:
            st.session_state[key] = ""
    embedder = load_embedder(settings.model_path(), settings.batch_size)
    # Keyed and tracked: the panel stays open when an added article lengthens the corpus list above it.
    with st.sidebar.expander("Add articles", key="add:panel", on_change="rerun"):
        st.html(page.PANEL_STYLE)
        uploads = st.file_uploader(
            "Article files",
            type=list(page.UPLOAD_TYPES),
            accept_multiple_files=True,
            key=f"add:files:{st.session_state.get(ADD_ROUND, 0)}",
            help="Markdown, text, PDF or a saved web page. Only the new articles are embedded.",
            max_upload_size=page.upload_limit_megabytes(settings),
        )
        if st.button("Add the files", key="add:upload", disabled=not uploads, width="stretch"):
            items = [(upload.name, upload.getvalue()) for upload in uploads or []]
            finish_add("upload", page.add_uploads(items, settings, progress_bar("Adding"), embedder))
        show_add_report("upload", settings)
        st.markdown("**Or paste an article**")
        title = st.text_input("Title", key="add:title")
        publisher = st.text_input("Publisher", key="add:publisher")
        author = st.text_input("Author", key="add:author")
        text = st.text_area("Text", key="add:text", height=150, placeholder="Paste the article's text here")
        if st.button("Add the pasted article", key="add:paste", width="stretch"):
            finish_add(
                "paste", page.add_pasted(title, publisher, author, text, settings, progress_bar("Adding"), embedder)
            )
        show_add_report("paste", settings)


def open_review(settings: Settings, doc: str | None = None) -> None:
    """Open the review panel on an article (the one picked in the sidebar when none is given)."""
    doc = doc or st.session_state.get("review:article")
    for key in (REVIEW_NOTICE, REVIEW_MESSAGE, REVIEW_QUOTE):
        st.session_state.pop(key, None)
    if not doc:
        return
    try:
        review = reviewing.start_review(settings, doc, st.session_state.get("review:reviewer", ""))
    except CrossreadError as error:
        st.session_state[REVIEW_NOTICE] = ("error", str(error))
        return
    st.session_state[REVIEW] = review
    st.session_state[REVIEW_VERSION] = st.session_state.get(REVIEW_VERSION, 0) + 1


def change_review(change: Callable[[Review], Review], place: str = "records") -> bool:
    """Apply one change to the review in the session; a refused change leaves it as it was and says why."""
    st.session_state.pop(REVIEW_MESSAGE, None)
    try:
        st.session_state[REVIEW] = change(st.session_state[REVIEW])
    except CrossreadError as error:
        st.session_state[REVIEW_MESSAGE] = (place, str(error))
        return False
    st.session_state[REVIEW_VERSION] += 1
    return True


def part_key(version: int, number: int | str, name: str) -> str:
    """The session key of one part's box: the record's number (or "new") and the review's version."""
    return f"review:{version}:{number}:{name}"


def typed_parts(version: int, number: int | str) -> dict[str, str]:
    """The parts as the reviewer set them in the boxes of one record (or of the new position)."""
    return {name: str(st.session_state[part_key(version, number, name)] or "") for name in PART_FIELDS}


def accept(number: int) -> None:
    """Accept record `number` as it is."""
    change_review(lambda review: reviewing.accept_record(review, number))


def correct(number: int, version: int) -> None:
    """Correct record `number` to the parts set in its boxes."""
    parts = typed_parts(version, number)
    change_review(lambda review: reviewing.correct_record(review, number, **parts))


def delete(number: int) -> None:
    """Delete record `number`: the article does not give that advice."""
    change_review(lambda review: reviewing.delete_record(review, number))


def accept_all() -> None:
    """Accept every record not yet reviewed."""
    change_review(reviewing.accept_all)


def fill_quote(version: int) -> None:
    """Put the sentence the reviewer picked into the quote box, to be shortened there if need be."""
    st.session_state[REVIEW_QUOTE] = st.session_state[part_key(version, "new", "sentence")] or ""


def add_new_position(version: int) -> None:
    """Add a position from the quote box; refused, with its line, when the quote is not in the article."""
    quote = str(st.session_state.get(REVIEW_QUOTE, ""))
    parts = typed_parts(version, "new")
    if change_review(lambda review: reviewing.add_position(review, quote, **parts), place="new"):
        st.session_state[REVIEW_QUOTE] = ""


def save(settings: Settings) -> None:
    """Write the reviewed positions and swap the index to them; the next answer reads them."""
    review: Review = st.session_state[REVIEW]
    try:
        report = reviewing.save_review(settings, review)
    except CrossreadError as error:
        st.session_state[REVIEW_MESSAGE] = ("save", str(error))
        return
    close_review()
    st.session_state[REVIEW_NOTICE] = ("success", page.save_message(report, review.article.doc))
    if report.note:
        st.session_state[REVIEW_MESSAGE] = ("notice", report.note)


def restart_from_engine(settings: Settings) -> None:
    """Start the review again from the records the engine reads, dropping the changes made so far."""
    review: Review = st.session_state[REVIEW]
    change_review(lambda _: reviewing.start_review(settings, review.article.doc, review.reviewer, from_engine=True))


def close_review() -> None:
    """Close the review panel without saving."""
    for key in (REVIEW, REVIEW_MESSAGE, REVIEW_NOTICE, REVIEW_QUOTE):
        st.session_state.pop(key, None)


def show_review_message(place: str) -> None:
    """The line a refused change left, shown where the change was asked for."""
    message = st.session_state.get(REVIEW_MESSAGE)
    if message is not None and message[0] == place:
        st.error(message[1], icon=":material/block:")


def show_part_boxes(version: int, number: int | str, record: AdviceRecord | None, columns: int) -> None:
    """A box per part (a choice where the part has a vocabulary), set to the record's parts or the defaults;
    the direction comes first, as the part most often corrected."""
    values = {name: getattr(record, name) for name in PART_FIELDS} if record else NEW_POSITION_DEFAULTS
    names = ("direction", *(name for name in PART_FIELDS if name != "direction"))
    for column, name in zip(itertools.cycle(st.columns(columns)), names, strict=False):
        key = part_key(version, number, name)
        choices = VOCABULARIES.get(name)
        if choices is None:
            column.text_input(name.capitalize(), value=values[name], key=key)
        else:
            # A value outside the vocabulary shows as unset, and saving it is refused with the list to choose from.
            index = choices.index(values[name]) if values[name] in choices else None
            column.selectbox(name.capitalize(), choices, index=index, key=key)


def show_review_record(number: int, record: AdviceRecord, version: int) -> None:
    """One record with its buttons: accept, correct its parts or direction, delete."""
    with st.container(border=True, gap="small"):
        st.html(page.review_record_html(number, record))
        with st.container(horizontal=True, gap="small"):
            st.button(
                "Accept",
                key=f"review:{version}:{number}:accept",
                on_click=accept,
                args=(number,),
                disabled=record.reviewed,
                icon=":material/check:",
            )
            # Keyed by the version: once a correction is applied, the next run shows a fresh, closed popover.
            with st.popover("Correct", icon=":material/edit:", key=f"review:{version}:{number}:popover"):
                st.markdown(f"**Correct record {number + 1}**")
                show_part_boxes(version, number, record, columns=3)
                st.button(
                    "Apply the correction",
                    key=f"review:{version}:{number}:correct",
                    on_click=correct,
                    args=(number, version),
                    type="primary",
                )
            st.button(
                "Delete",
                key=f"review:{version}:{number}:delete",
                on_click=delete,
                args=(number,),
                icon=":material/delete:",
            )


def show_new_position(review: Review, version: int) -> None:
    """Adding a position: pick a sentence (or type a quote), set its parts, add it."""
    st.markdown("**Add a position from a quote**")
    st.selectbox(
        "Pick the sentence that gives the advice",
        page.quote_choices(review.article),
        index=None,
        key=part_key(version, "new", "sentence"),
        on_change=fill_quote,
        args=(version,),
        placeholder="Choose a sentence of the article",
    )
    st.text_area(
        "Quote, verbatim from the article (shorten it to the words that give the advice)", key=REVIEW_QUOTE, height=80
    )
    show_part_boxes(version, "new", None, columns=4)
    st.button(
        "Add this position",
        key=f"review:{version}:new:add",
        on_click=add_new_position,
        args=(version,),
        icon=":material/add:",
    )
    show_review_message("new")


def show_review(settings: Settings, review: Review) -> None:
    """The review panel in the main area, above the comparison: the records, a new position, save or close."""
    version = int(st.session_state.get(REVIEW_VERSION, 0))
    with st.container(border=True):
        st.html(page.PANEL_STYLE)
        st.html(page.review_heading_html(review))
        show_review_message("records")
        # The records scroll inside the panel, so that the comparison stays a short scroll below it.
        with st.container(height=440 if len(review.records) > 2 else "content"):
            if not review.records:
                st.caption("No records: add one from a quote below.")
            for number, record in enumerate(review.records):
                show_review_record(number, record, version)
        show_new_position(review, version)
        st.divider()
        decided = len(review.records) - review.pending
        save_column, accept_column, restart_column, close_column = st.columns(4)
        label = f"Save {page.plural(decided, 'reviewed position')}" if decided else "Nothing reviewed to save"
        save_column.button(
            label,
            key="review:save",
            on_click=save,
            args=(settings,),
            type="primary",
            icon=":material/save:",
            width="stretch",
            disabled=not decided,
        )
        accept_column.button(
            f"Accept the {review.pending} pending",
            key="review:accept-all",
            on_click=accept_all,
            disabled=not review.pending,
            width="stretch",
        )
        restart_column.button(
            "Start again from the engine",
            key="review:restart",
            on_click=restart_from_engine,
            args=(settings,),
            width="stretch",
        )
        close_column.button("Close without saving", key="review:close", on_click=close_review, width="stretch")
        show_review_message("save")


def show_review_panel(settings: Settings) -> None:
    """The sidebar panel that opens an article's review, and the review itself in the main area when open."""
    engine, _ = open_current_engine(settings)
    titles = {doc: article.title or doc for doc, article in engine.index.articles.items()}
    with st.sidebar.expander("Review positions", key="review:panel", on_change="rerun"):
        st.selectbox("Article", list(titles), format_func=titles.__getitem__, key="review:article")
        st.text_input("Your name, saved with each position", value=reviewing.default_reviewer(), key="review:reviewer")
        st.button(
            "Review its positions",
            key="review:open",
            on_click=open_review,
            args=(settings,),
            icon=":material/rate_review:",
            width="stretch",
        )
    # Shown once, in the run right after the save: the answers below already read the saved positions.
    notice = st.session_state.pop(REVIEW_NOTICE, None)
    if notice is not None:
        kind, line = notice
        (st.success if kind == "success" else st.error)(line)
        show_review_message("notice")
    review = st.session_state.get(REVIEW)
    if review is not None:
        show_review(settings, review)


def show_answer(answer: Answer, kept: list[str]) -> None:
    """The answer: summary, disagreement banner, a column per source, the silent sources, the download."""
    if not kept:
        st.info("Every source is unticked in the sidebar: tick at least one to compare.")
        return
    view = page.view_answer(answer, kept)
    if answer.corrected_question and answer.corrected_question != answer.question:
        st.html(page.read_as_html(answer))
    if not answer.answered:
        st.html(page.not_covered_html(view))
        return
    summary, download = st.columns([3, 1], vertical_alignment="center")
    summary.html(page.summary_html(view))
    download.download_button(
        "Download this comparison",
        data=page.comparison_markdown(answer, kept),
        file_name="crossread-comparison.md",
        mime="text/markdown",
        on_click="ignore",
        icon=":material/download:",
        width="stretch",
    )
    if view.disagreement is not None:
        st.html(page.banner_html(view.disagreement))
    per_row = min(len(view.columns), page.COLUMNS_PER_ROW)
    for row in page.arrange_in_rows(view.columns, per_row):
        for column, source in zip(st.columns(per_row, gap="medium"), row, strict=False):
            column.html(page.column_html(source, with_badge=answer.claim is not None))
    if view.silent:
        st.html(page.silent_html(view.silent))
    st.html(page.articles_html(view.columns))


def main() -> None:
    """The page."""
    st.set_page_config(page_title="crossread", page_icon="⚖", layout="wide")
    st.html(page.PAGE_STYLE)
    st.html(
        '<div class="crossread-header"><strong>crossread</strong> · where job-search advice agrees and disagrees</div>'
    )
    settings = load_settings()
    question = show_question_box()
    try:
        engine, generation = open_current_engine(settings)
    except IndexMismatchError as error:
        # Settings or the model changed since the build: offer the rebuild here rather than only in the CLI.
        st.error(str(error))
        if st.button("Rebuild the index now"):
            build_with_progress(settings)
            st.rerun()
        return
    except CrossreadError as error:
        st.error(str(error))
        return
    kept = show_corpus(engine)
    show_add_articles_panel(settings)
    show_review_panel(settings)
    if not question:
        st.info("Type a question above, or click one of the examples.")
        return
    try:
        answer = answer_for(engine, str(settings.index), generation, question)
    except CrossreadError as error:
        st.error(str(error))
        return
    show_answer(answer, kept)


main()
