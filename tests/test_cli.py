"""The command line: the contract's commands, its JSON, and one line with exit 2 for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.settings import Settings

HEADLINE = "Should I send my interviewer a LinkedIn request?"


def run(*arguments: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(arguments))
    return result.exit_code, result.stdout, result.stderr


def test_ask_json_gives_verbatim_passages_with_true_offsets(built_settings: Settings) -> None:
    code, out, _ = run("ask", HEADLINE, "--json", "--index", str(built_settings.index))
    assert code == 0
    answer = json.loads(out)
    assert set(answer) >= {"question", "claim", "answered", "disagree", "sources", "passages"}
    assert answer["answered"] is True
    assert len(answer["passages"]) == 8
    bodies = {path.stem: path for path in built_settings.corpus.glob("*.md")}
    from indexer.corpus import read_article_file

    for passage in answer["passages"]:
        body = read_article_file(bodies[passage["doc"]]).body
        assert body[passage["start"] : passage["end"]] == passage["text"]
    for source in answer["sources"]:
        assert set(source) >= {"doc", "title", "publisher", "stance", "confidence", "evidence", "reviewed", "passages"}


def test_ask_respects_k(built_settings: Settings) -> None:
    code, out, _ = run("ask", HEADLINE, "--json", "--k", "3", "--index", str(built_settings.index))
    assert code == 0 and len(json.loads(out)["passages"]) == 3


def test_batch_answers_each_question_in_order(built_settings: Settings, tmp_path: Path) -> None:
    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        '{"question": "Can I friend my interviewer on Facebook?"}\n\nShould I follow my interviewer on Twitter?\n'
    )
    code, out, _ = run("ask", "--batch", str(batch), "--json", "--index", str(built_settings.index))
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["question"] for line in lines] == [
        "Can I friend my interviewer on Facebook?",
        "Should I follow my interviewer on Twitter?",
    ]


EMPTY = "crossread: the question is empty; type a question, for example: should I add my interviewer on LinkedIn?\n"
PUNCTUATION = "crossread: the question has no words in it, only punctuation or symbols; type a question in words\n"
HUGE = "crossread: the question is 20,000 characters long; the limit is 1,000: ask it in a sentence or two\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["ask", ""], EMPTY),
        (["ask", "   "], EMPTY),
        (["ask", "???"], PUNCTUATION),
        (["ask", "y" * 20_000], HUGE),
        (["ask", "--batch", "missing.txt"], "crossread: the batch file missing.txt does not exist\n"),
    ],
)
def test_bad_input_exits_2_with_one_line(arguments: list[str], message: str, tmp_path: Path) -> None:
    code, out, err = run(*arguments, "--index", str(tmp_path / "index"))
    assert (code, out, err) == (2, "", message)
    assert not (tmp_path / "index").exists()


def test_a_missing_index_says_to_build(tmp_path: Path) -> None:
    code, _, err = run("ask", HEADLINE, "--index", str(tmp_path / "none"))
    assert (code, err) == (2, f"crossread: there is no index in {tmp_path / 'none'}; run `crossread build` first\n")


def test_build_of_an_empty_corpus_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    code, _, err = run("build", "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index"))
    assert code == 2
    assert err == (
        f"crossread: the corpus folder {tmp_path / 'corpus'} has no readable articles (.md or .txt); "
        "add some with `crossread add FILE`\n"
    )
    assert not (tmp_path / "index").exists()


def test_build_reports_what_it_did(tmp_path: Path, corpus_copy: Path) -> None:
    code, out, _ = run("build", "--corpus", str(corpus_copy), "--index", str(tmp_path / "index"))
    assert code == 0
    assert out.startswith("Indexed 5 articles: ")
    assert "embedded 5, reused 0" in out
