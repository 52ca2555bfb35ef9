"""The crossread page: ask a question, see which sources say yes and which say no, and where they disagree.

Layout only. What the page shows is computed in `indexer.page`; run it with `make run`.
"""

from __future__ import annotations

import streamlit as st

from indexer import page
from indexer.answer import Engine, answer_question, open_engine
from indexer.embedding import SentenceTransformerEmbedder
from indexer.errors import CrossreadError, IndexMismatchError
from indexer.indexing import build_corpus_index
from indexer.settings import Settings, load_settings
from indexer.store import current_generation
from indexer.types import Answer


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
        fraction = min(done / total, 1.0) if total else 1.0
        bar.progress(fraction, text=f"Building the index for the first time: {stage} ({done} of {total})")

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
    st.pills("Try an example", page.EXAMPLE_QUESTIONS, key="example", on_change=ask_example,
             label_visibility="collapsed")
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


def show_add_articles_panel(settings: Settings) -> None:
    """The sidebar panel that adds articles to the corpus (filled in by the upload issue)."""
    with st.sidebar.expander("Add articles"):
        st.caption("Uploading articles from the page is coming. Meanwhile: `crossread add FILE`.")


def show_review_panel(settings: Settings) -> None:
    """The sidebar panel that confirms or corrects an article's positions (filled in by the review issue)."""
    with st.sidebar.expander("Review positions"):
        st.caption("Reviewing positions from the page is coming. Meanwhile: `crossread review ARTICLE`.")


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
    st.html('<div class="crossread-header"><strong>crossread</strong> · where job-search advice agrees '
            "and disagrees</div>")
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
