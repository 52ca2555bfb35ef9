"""The page: what `indexer.page` computes (without Streamlit), then the Streamlit app through AppTest."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from apptest import FIRST_RUN_SECONDS, html_blocks, run_app

from indexer import page
from indexer.answer import Engine
from indexer.embedding import SentenceTransformerEmbedder
from indexer.output import summarize_stances
from indexer.settings import PROJECT_ROOT, Settings
from indexer.types import (
    AdviceRecord,
    Answer,
    Article,
    Claim,
    Evidence,
    Hit,
    Passage,
    Position,
    SourceView,
    Stance,
)

HEADLINE = "Should I send my interviewer a LinkedIn request?"
SALARY = "What salary should I ask for as a junior accountant?"
CLAIM = Claim(text="You should send your interviewer a LinkedIn request.", action="connect", platform="linkedin")
SCRIPT = "<script>window.__injected = 1</script>"
IMAGE = '<img src=x onerror="window.__injected=2">'


def make_source(
    doc: str,
    publisher: str,
    body: str,
    evidence: str | None,
    stance: Stance,
    condition: str = "",
    cues: tuple[str, ...] = (),
) -> SourceView:
    """A source whose one passage is its whole body, with the evidence sentence found in it."""
    records: tuple[AdviceRecord, ...] = ()
    found = None
    if evidence is not None:
        start = body.index(evidence)
        found = Evidence(evidence, start, start + len(evidence))
        records = (
            AdviceRecord(
                doc,
                found.start,
                found.end,
                evidence,
                action="connect",
                platform="linkedin",
                direction="against" if stance == "opposes" else "for",
                condition=condition,
                cues=cues,
            ),
        )
    article = Article(
        doc=doc, title=f"Title of {doc}", body=body, publisher=publisher, author="A. Writer", date="2020-01-02"
    )
    position = Position(stance=stance, confidence=0.8, evidence=found, condition=condition, records=records)
    return SourceView(article, position, (Hit(Passage(doc, 0, len(body), body), 0.5),))


YES = make_source(
    "yes-doc",
    "Yes Press",
    "Intro line. Do send the request. Outro line.",
    "Do send the request.",
    "supports",
    cues=("do send",),
)
NO = make_source(
    "no-doc",
    "No Press",
    "Never send the request before you get the job. More text.",
    "Never send the request before you get the job.",
    "opposes",
    cues=("never",),
)
LATER = make_source(
    "later-doc",
    "Later Press",
    "Send it after the interview. That is all.",
    "Send it after the interview.",
    "conditional",
    condition="after the interview",
)
SILENT = make_source("silent-doc", "Quiet Press", "Nothing about requests here.", None, "none")
ELSEWHERE = Article(doc="elsewhere", title="Unrelated article", body="Salaries are not discussed.", publisher="Other")


def make_answer(*sources: SourceView, disagree: bool = True, claim: Claim | None = CLAIM) -> Answer:
    """An answered question over these sources, with one more article that is not retrieved at all."""
    return Answer(
        question=HEADLINE,
        claim=claim,
        answered=True,
        disagree=disagree,
        sources=sources,
        hits=tuple(hit for source in sources for hit in source.hits),
        silent=(ELSEWHERE,),
    )


# ---------------------------------------------------------------- badges, summary, banner


def test_badges_read_as_an_icon_and_a_word() -> None:
    labels = {stance: page.badge_for(stance).label for stance in ("supports", "opposes", "conditional", "none")}
    assert labels == {
        "supports": "✔ Says yes",
        "opposes": "✖ Says no",
        "conditional": "◐ Yes, with conditions",
        "none": "– No position",
    }


def test_badge_html_carries_the_word_and_the_cues_on_hover() -> None:
    assert page.badge_html(NO.position) == (
        '<span class="crossread-badge crossread-opposes" title="Decided by: never (confidence 0.80)">'
        '<span aria-hidden="true">✖</span> Says no</span>'
    )


def test_the_view_has_the_summary_the_banner_and_a_column_per_source_taking_a_position() -> None:
    answer = make_answer(YES, NO, LATER, SILENT)
    view = page.view_answer(answer)
    assert (
        view.summary
        == summarize_stances(answer)
        == ("1 source says yes, 1 says yes with conditions, 1 says no, 2 do not address it")
    )
    assert view.disagreement == page.Disagreement(yes=YES, no=NO)
    assert [source.article.doc for source in view.columns] == ["yes-doc", "no-doc", "later-doc"]
    assert [article.doc for article in view.silent] == ["silent-doc", "elsewhere"]


def test_no_banner_when_the_sources_agree() -> None:
    assert page.view_answer(make_answer(YES, LATER, disagree=False)).disagreement is None


def test_filtering_out_the_only_source_that_says_no_removes_the_banner() -> None:
    view = page.view_answer(make_answer(YES, NO, LATER), docs={"yes-doc", "later-doc"})
    assert view.disagreement is None
    assert view.summary == "1 source says yes, 1 says yes with conditions"
    assert [source.article.doc for source in view.columns] == ["yes-doc", "later-doc"]
    assert view.silent == ()


def test_banner_puts_the_two_evidence_sentences_side_by_side_with_links() -> None:
    banner = page.banner_html(page.Disagreement(yes=YES, no=NO))
    assert "⚠ The sources disagree" in banner
    assert banner.index("“Do send the request.”") < banner.index("“Never send the request before you get the job.”")
    assert "<strong>Yes Press</strong>" in banner and "<strong>No Press</strong>" in banner
    assert 'href="#evidence-yes-doc"' in banner and 'href="#evidence-no-doc"' in banner


def test_an_open_question_shows_every_retrieved_source_without_badges() -> None:
    answer = make_answer(SILENT, YES, claim=None, disagree=False)
    view = page.view_answer(answer)
    assert [source.article.doc for source in view.columns] == ["silent-doc", "yes-doc"]
    assert "crossread-badge" not in page.column_html(view.columns[1], with_badge=False)


def test_sources_are_laid_out_in_rows_of_four() -> None:
    assert page.arrange_in_rows([1, 2, 3, 4, 5, 6]) == [[1, 2, 3, 4], [5, 6]]
    assert page.arrange_in_rows([1, 2, 3]) == [[1, 2, 3]]


# ---------------------------------------------------------------- escaped highlighting


def test_highlight_escapes_first_and_marks_by_body_offsets() -> None:
    body = f"Before {SCRIPT} the advice & more."
    start = body.index("the advice")
    marked = page.highlight(body, 0, len(body), [page.Mark(start, start + len("the advice"), "evidence", "here")])
    assert marked == (
        "Before &lt;script&gt;window.__injected = 1&lt;/script&gt; "
        '<span class="crossread-anchor" id="here"></span><mark class="crossread-evidence">the advice</mark> &amp; more.'
    )


def test_highlight_shows_evidence_inside_a_cited_passage_without_nesting() -> None:
    body = "One. Two <b>. Three."
    marks = [page.Mark(0, 13, "cited"), page.Mark(5, 13, "evidence")]
    assert page.highlight(body, 0, len(body), marks) == (
        '<mark class="crossread-cited">One. </mark><mark class="crossread-evidence">Two &lt;b&gt;.</mark> Three.'
    )


def test_highlight_clips_marks_to_the_shown_range() -> None:
    body = "abcdefghij"
    assert page.highlight(body, 2, 6, [page.Mark(0, 4, "evidence"), page.Mark(8, 9, "cited")]) == (
        '<mark class="crossread-evidence">cd</mark>ef'
    )


def test_an_article_with_a_script_tag_shows_it_as_text_everywhere() -> None:
    body = f"Intro. {SCRIPT} Do send the request. {IMAGE} End."
    source = make_source("hostile", f"Press {IMAGE}", body, "Do send the request.", "supports")
    source = SourceView(
        article=Article(
            doc="hostile", title=f"Title {SCRIPT}", body=body, publisher=f"Press {IMAGE}", url="javascript:alert(1)"
        ),
        position=source.position,
        hits=source.hits,
    )
    answer = make_answer(source, NO)
    rendered = "".join(
        [
            page.column_html(source),
            page.articles_html([source]),
            page.banner_html(page.Disagreement(yes=source, no=NO)),
            page.silent_html([source.article]),
            page.not_covered_html(page.PageView(answer, "", None, (), (), (page.Topic(source.article, body),))),
        ]
    )
    assert "<script" not in rendered and "<img" not in rendered and "javascript:" not in rendered
    assert "&lt;script&gt;window.__injected = 1&lt;/script&gt;" in rendered
    assert "&lt;img src=x onerror=&quot;window.__injected=2&quot;&gt;" in rendered


def test_evidence_is_highlighted_inside_its_passage_with_a_link_to_the_article() -> None:
    assert page.evidence_html(YES) == (
        '<blockquote class="crossread-passage">Intro line. <mark class="crossread-evidence">Do send the request.'
        '</mark> Outro line.</blockquote><a class="crossread-jump" href="#evidence-yes-doc">in the article ↓</a>'
    )


def test_whole_article_marks_the_cited_passages_and_anchors_the_evidence() -> None:
    body = "First paragraph.\n\nSecond one says do send the request. Third part."
    evidence = "Second one says do send the request."
    start = body.index(evidence)
    source = SourceView(
        article=Article(doc="two/parts", title="T", body=body),
        position=Position("supports", 0.9, Evidence(evidence, start, start + len(evidence))),
        hits=(Hit(Passage("two/parts", start, len(body), body[start:]), 0.4),),
    )
    assert page.article_html(source) == (
        '<details class="crossread-article" id="article-two-parts"><summary>T</summary>'
        '<div class="crossread-body">First paragraph.\n\n'
        f'<span class="crossread-anchor" id="passage-two-parts-{start}"></span>'
        '<span class="crossread-anchor" id="evidence-two-parts"></span>'
        '<mark class="crossread-evidence">Second one says do send the request.</mark>'
        '<mark class="crossread-cited"> Third part.</mark></div></details>'
    )


def test_a_long_passage_is_cut_to_whole_sentences_around_the_evidence() -> None:
    body = (
        "A first sentence that is long enough to fall outside the window before the evidence. Short one. "
        "The evidence sentence. A sentence after it. Then one more that runs on and on and on well past the "
        "window that the column shows after the evidence, so it is left out."
    )
    passage = Passage("long", 0, len(body), body)
    start = body.index("The evidence sentence.")
    excerpt = page.excerpt_around(body, passage, start, start + len("The evidence sentence."), before=20, after=30)
    assert body[excerpt.start : excerpt.end] == "Short one. The evidence sentence. A sentence after it."
    assert (excerpt.cut_before, excerpt.cut_after) == (True, True)
    source = SourceView(
        Article("long", "T", body),
        Position("supports", 0.9, Evidence("The evidence sentence.", start, start + len("The evidence sentence."))),
        (Hit(passage, 0.3),),
    )
    assert page.evidence_html(source).startswith(
        '<blockquote class="crossread-passage">… Short one. <mark class="crossread-evidence">The evidence sentence.'
        "</mark> A sentence after it. …</blockquote>"
    )


def test_a_passage_without_a_sentence_end_nearby_is_cut_between_words() -> None:
    body = "word " * 40 + "EVIDENCE." + " tail" * 40
    start = body.index("EVIDENCE.")
    excerpt = page.excerpt_around(body, Passage("w", 0, len(body), body), start, start + 9, before=12, after=12)
    assert body[excerpt.start : excerpt.end] == "word word EVIDENCE. tail tail"


def test_a_reviewed_position_says_so_beside_its_badge() -> None:
    reviewed = Position("supports", 1.0, reviewed=True)
    assert page.badge_html(reviewed).endswith('</span> <span class="crossread-reviewed">✎ reviewed</span>')
    assert 'title="Decided by the evidence sentence (reviewed by a person)"' in page.badge_html(reviewed)


def test_other_passages_are_listed_below_with_links() -> None:
    extra = Passage("yes-doc", 0, 11, "Intro line.")
    source = SourceView(YES.article, YES.position, (*YES.hits, Hit(extra, 0.1)))
    assert page.other_passages_html(source) == (
        '<details class="crossread-more"><summary>Another relevant passage</summary><ul>'
        '<li><span class="crossread-text">Intro line.</span> '
        '<a class="crossread-jump" href="#passage-yes-doc-0">in the article ↓</a></li></ul></details>'
    )


def test_a_long_further_passage_is_listed_by_its_opening() -> None:
    body = "An opening sentence. " + "More words follow here. " * 20
    source = SourceView(
        Article("many", "T", body),
        Position("none", 0.0),
        (Hit(Passage("many", 0, 20, body[:20]), 0.5), Hit(Passage("many", 0, len(body), body), 0.2)),
    )
    listed = page.other_passages_html(source)
    assert '<span class="crossread-text">An opening sentence. ' in listed
    assert "More words follow here. …</span>" in listed and body not in listed


def test_condition_and_the_reasons_show_in_the_column() -> None:
    column = page.column_html(LATER)
    assert "<strong>Condition:</strong> after the interview" in column
    assert "<summary>Why this stance</summary>" in column
    assert column.endswith('<a class="crossread-whole" href="#article-later-doc">Read the whole article ↓</a></div>')
    assert page.reasons(LATER.position) == (
        "“Send it after the interview.” — advises doing it — if after the interview",
    )


def test_a_corrected_question_is_shown_as_text() -> None:
    answer = replace(
        make_answer(YES),
        question="[x](https://evil.example) <b>li</b>",
        corrected_question="[x](https://evil.example) <b>LinkedIn</b>",
    )
    assert page.read_as_html(answer) == (
        '<div class="crossread-claim">Read as: [x](https://evil.example) &lt;b&gt;LinkedIn&lt;/b&gt;</div>'
    )


def test_only_web_addresses_become_links() -> None:
    assert page.safe_url("https://example.org/a") == "https://example.org/a"
    assert page.safe_url("javascript:alert(1)") == ""
    assert page.safe_url("data:text/html,hi") == ""


def test_a_question_is_shared_through_the_url() -> None:
    assert page.share_link("Is it ok? yes & no") == "?q=Is%20it%20ok%3F%20yes%20%26%20no"


# ---------------------------------------------------------------- unanswered questions and the download


def test_an_unanswered_question_lists_the_closest_topics() -> None:
    near = Passage("yes-doc", 12, 44, "Do send the request. Outro line.")
    answer = Answer(
        question=SALARY,
        claim=None,
        answered=False,
        disagree=False,
        hits=(Hit(near, 0.2), Hit(Passage("yes-doc", 0, 11, "Intro line."), 0.1), *NO.hits),
        silent=(YES.article, NO.article),
    )
    view = page.view_answer(answer)
    assert view.columns == () and view.disagreement is None
    assert view.topics == (
        page.Topic(YES.article, "Do send the request."),
        page.Topic(NO.article, "Never send the request before you get the job."),
    )
    statement = page.not_covered_html(view)
    assert "The articles in the corpus do not cover this question." in statement
    assert "The closest topics they do cover:" in statement


def test_the_download_is_the_comparison_in_markdown() -> None:
    assert page.comparison_markdown(make_answer(YES, NO, LATER, SILENT)) == "\n".join(
        [
            f"# {HEADLINE}",
            "",
            f"Claim: {CLAIM.text}",
            "",
            "1 source says yes, 1 says yes with conditions, 1 says no, 2 do not address it",
            "",
            "## The sources disagree",
            "",
            "- ✔ Says yes — Yes Press: “Do send the request.”",
            "- ✖ Says no — No Press: “Never send the request before you get the job.”",
            "",
            "## Sources",
            "",
            "### ✔ Says yes: Title of yes-doc",
            "",
            "Yes Press · A. Writer · 2020-01-02",
            "",
            "Evidence: “Do send the request.”",
            "",
            "> Intro line. Do send the request. Outro line.",
            "",
            "### ✖ Says no: Title of no-doc",
            "",
            "No Press · A. Writer · 2020-01-02",
            "",
            "Evidence: “Never send the request before you get the job.”",
            "",
            "> Never send the request before you get the job. More text.",
            "",
            "### ◐ Yes, with conditions: Title of later-doc",
            "",
            "Later Press · A. Writer · 2020-01-02",
            "",
            "Condition: after the interview",
            "",
            "Evidence: “Send it after the interview.”",
            "",
            "> Send it after the interview. That is all.",
            "",
            "## Do not address this question",
            "",
            "- Title of silent-doc (Quiet Press)",
            "- Unrelated article (Other)",
            "",
        ]
    )


def test_the_download_of_an_unanswered_question_says_so() -> None:
    answer = Answer(question=SALARY, claim=None, answered=False, disagree=False, hits=NO.hits, silent=(NO.article,))
    assert page.comparison_markdown(answer) == "\n".join(
        [
            f"# {SALARY}",
            "",
            "The articles in the corpus do not cover this question.",
            "",
            "The closest topics they do cover:",
            "",
            "- **Title of no-doc** (No Press): Never send the request before you get the job.",
            "",
        ]
    )


# ---------------------------------------------------------------- the Streamlit app, through AppTest


@pytest.fixture
def app_settings(built_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Point the app at the session's index and corpus copy (never at the project's own index)."""
    monkeypatch.setenv("CROSSREAD_INDEX", str(built_settings.index))
    monkeypatch.setenv("CROSSREAD_CORPUS", str(built_settings.corpus))
    return built_settings


def test_app_answers_the_question_in_the_url_with_summary_banner_and_badged_columns(
    app_settings: Settings, engine: Engine
) -> None:
    from indexer.answer import answer_question

    expected = page.view_answer(answer_question(engine, HEADLINE))
    app = run_app(HEADLINE)
    assert not app.exception and not app.error
    assert app.text_input(key="q").value == HEADLINE
    assert html_blocks(app, "crossread-summary") == [page.summary_html(expected)]
    assert expected.disagreement is not None
    assert html_blocks(app, "crossread-banner") == [page.banner_html(expected.disagreement)]
    columns = html_blocks(app, "crossread-column")
    assert len(columns) == len(expected.columns) >= 4
    for html_text, source in zip(columns, expected.columns, strict=True):
        assert f'data-doc="{source.article.doc}"' in html_text
        assert page.badge_html(source.position) in html_text
    assert app.download_button[0].label == "Download this comparison"


def test_app_says_when_the_articles_do_not_cover_the_question(app_settings: Settings) -> None:
    app = run_app(SALARY)
    statements = html_blocks(app, "crossread-not-covered")
    assert len(statements) == 1
    assert "The articles in the corpus do not cover this question." in statements[0]
    assert "The closest topics they do cover:" in statements[0]
    assert html_blocks(app, "crossread-column") == [] and html_blocks(app, "crossread-banner") == []


def test_app_answers_a_typed_question_and_a_clicked_example(app_settings: Settings) -> None:
    # The box is bound to `?q=` in the browser; tests/test_browser.py checks that the URL follows it.
    app = run_app()
    assert app.info[0].value == "Type a question above, or click one of the examples."
    app.text_input(key="q").input(SALARY).run()
    assert html_blocks(app, "crossread-not-covered")
    app.pills(key="example").set_value(page.EXAMPLE_QUESTIONS[0]).run()
    assert app.text_input(key="q").value == page.EXAMPLE_QUESTIONS[0]
    assert app.pills(key="example").value is None
    assert html_blocks(app, "crossread-column") and not html_blocks(app, "crossread-not-covered")


def test_app_filters_the_sources_from_the_sidebar(app_settings: Settings) -> None:
    app = run_app(HEADLINE)
    shown = html_blocks(app, "crossread-column")
    first = shown[0].split('data-doc="', 1)[1].split('"', 1)[0]
    app.sidebar.checkbox(key=f"source:{first}").uncheck().run()
    remaining = html_blocks(app, "crossread-column")
    assert len(remaining) == len(shown) - 1
    assert all(f'data-doc="{first}"' not in block for block in remaining)
    for box in app.sidebar.checkbox:
        box.uncheck()
    app.run()
    assert html_blocks(app, "crossread-column") == []
    assert app.info[0].value == "Every source is unticked in the sidebar: tick at least one to compare."


def test_app_says_what_is_wrong_with_a_question_it_cannot_take(app_settings: Settings) -> None:
    app = run_app("?" * 20)
    assert [error.value for error in app.error] == [
        "the question has no words in it, only punctuation or symbols; type a question in words"
    ]
    assert html_blocks(app, "crossread-summary") == []


def test_app_sidebar_lists_the_corpus_and_the_panels_to_fill_in(app_settings: Settings, engine: Engine) -> None:
    app = run_app()
    articles = engine.index.articles
    assert [box.label for box in app.sidebar.checkbox] == [article.title for article in articles.values()]
    hays = engine.index.articles["hays-connect-with-recruiter"]
    count = sum(1 for passage in engine.index.passages if passage.doc == hays.doc)
    entries = [element.value for element in app.sidebar.html]
    assert f'<div class="crossread-corpus-entry">Hays · {count} passages</div>' in entries
    assert [expander.label for expander in app.sidebar.expander] == ["Add articles", "Review positions"]


def test_app_offers_to_rebuild_an_index_built_with_other_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder: SentenceTransformerEmbedder
) -> None:
    from indexer.indexing import build_corpus_index
    from indexer.settings import load_settings

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "hays-connect-with-recruiter.md").write_text(
        (PROJECT_ROOT / "corpus" / "hays-connect-with-recruiter.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    build_corpus_index(load_settings(corpus=corpus, index=index, passage_chars=700), embedder=embedder)
    monkeypatch.setenv("CROSSREAD_CORPUS", str(corpus))
    monkeypatch.setenv("CROSSREAD_INDEX", str(index))
    monkeypatch.setenv("CROSSREAD_PASSAGE_CHARS", "600")
    app = run_app()
    assert "the index was built with passages of 700 characters" in app.error[0].value
    app.button[0].click().run(timeout=FIRST_RUN_SECONDS)
    assert not app.error
    assert [box.label for box in app.sidebar.checkbox] == [
        "Should Job Seeker and Recruiter Connect with Each Other on Social Media?"
    ]
