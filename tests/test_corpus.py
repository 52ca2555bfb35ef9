"""The corpus: the seed articles as made, the loader, and the cleaner."""

from __future__ import annotations

from pathlib import Path

from indexer.clean import clean_text
from indexer.corpus import Skipped, load_corpus, parse_article, render_article, slugify
from indexer.errors import ArticleError
from indexer.settings import PROJECT_ROOT

SEED_IDS = {
    "ask-a-manager-social-media-job-search",
    "social-etiquette-career-advancement",
    "hays-connect-with-recruiter",
    "work-it-daily-follow-up-social-media",
    "connect-with-interviewers-social-media",
}


def test_the_corpus_holds_the_five_seed_articles_with_their_metadata() -> None:
    articles = {article.doc: article for article in load_corpus(PROJECT_ROOT / "corpus")}
    assert set(articles) == SEED_IDS
    assert articles["hays-connect-with-recruiter"].publisher == "Hays"
    assert articles["hays-connect-with-recruiter"].date == "2015-09-18"
    assert articles["ask-a-manager-social-media-job-search"].author == "Alison Green"
    assert all(article.provenance.startswith("shared/seeds/") for article in articles.values())


def test_seed_bodies_keep_the_article_and_lose_the_furniture() -> None:
    articles = {article.doc: article for article in load_corpus(PROJECT_ROOT / "corpus")}
    bodies = "\n".join(article.body for article in articles.values())
    for furniture in (
        "Leave a Reply",
        "You are commenting using",
        "See All",
        "581 views",
        "Visited 1 times",
        "Photo Credit",
        "Read more Show less",
        "grandparents",
        "Sign up for The Work It Daily",
    ):
        assert furniture not in bodies, furniture
    # The machine-spun wording of the fifth article stays as it was published.
    assert "Do not join on Fb." in articles["connect-with-interviewers-social-media"].body
    ending = "And you might as well get some benefit from it."
    assert articles["work-it-daily-follow-up-social-media"].body.endswith(ending)


def test_cleaner_reports_each_piece_it_removes() -> None:
    raw = (
        "Advice starts here.\n\nKeep your profile tidy. Photo Credit: Getty\n\nSee All\n"
        "(Visited 12 times, 3 visits today)\n\nLeave a Reply\n\nYou are commenting using your account."
    )
    cleaned = clean_text(raw)
    assert cleaned.text == "Advice starts here.\n\nKeep your profile tidy."
    assert cleaned.removed == (
        "Leave a Reply\n\nYou are commenting using your account.",
        "Photo Credit: Getty",
        "See All",
        "(Visited 12 times, 3 visits today)",
    )


def test_cleaner_removes_a_newsletter_prompt_and_the_teaser_after_it() -> None:
    teaser = "Get Some Leverage\nSign up for The Daily Newsletter\nA teaser.\n\nRead more Show less"
    raw = "Last line of the article.\n\n" + teaser
    cleaned = clean_text(raw)
    assert cleaned.text == "Last line of the article."
    assert cleaned.removed == (teaser,)


def test_markdown_round_trips_through_render_and_parse() -> None:
    article = parse_article("x", "---\ntitle: 'A: title'\npublisher: P\n---\n\nBody *text*.\n\n* a bullet\n")
    assert article.title == "A: title"
    assert parse_article("x", render_article(article)) == article


def test_front_matter_that_does_not_parse_is_named_in_one_line() -> None:
    try:
        parse_article("x", "---\ntitle: A: title\n---\n\nBody.\n", source="x.md")
    except ArticleError as error:
        assert str(error) == "x.md: the front matter is not valid YAML (line 1: mapping values are not allowed here)"
    else:
        raise AssertionError("no error")


def test_a_text_file_takes_its_title_from_the_first_line() -> None:
    article = parse_article("note", "My title\n\nFirst paragraph.\n")
    assert (article.title, article.body) == ("My title", "First paragraph.")


def test_unreadable_files_are_reported_by_name_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("---\ntitle: Good\n---\n\nText.\n")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 culture\n\nText.".encode("latin-1"))
    (tmp_path / "good.positions.yaml").write_text("[]\n")
    skipped: list[Skipped] = []
    articles = load_corpus(tmp_path, skipped.append)
    assert [article.doc for article in articles] == ["good"]
    assert [skip.reason for skip in skipped] == [
        "empty.txt: the file is empty",
        "latin.txt: not UTF-8 text (byte 3); save it as UTF-8",
    ]


def test_slugify_makes_readable_ascii_names() -> None:
    assert slugify("Should Job Seekers Connect — on LinkedIn?") == "should-job-seekers-connect-on-linkedin"
    assert slugify("../../etc/x") == "etc-x"
    assert slugify("日本") == "article"
