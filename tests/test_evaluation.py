"""The eval suite: quote matching, the metrics on tiny cases worked out by hand, gold-file errors, a real run."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.corpus import load_corpus
from indexer.errors import BadInputError
from indexer.evaluation import (
    GoldQuestion,
    ReaderLabels,
    answer_figures,
    compare_readers,
    evaluation_to_dict,
    load_gold,
    load_reader_labels,
    majority_stances,
    parse_gold_line,
    passage_hits,
    render_report,
    render_table,
    retrieval_figures,
    run_evaluation,
)
from indexer.settings import PROJECT_ROOT, Settings
from indexer.types import Answer, Article, Claim, Hit, Passage, Position, SourceView

AAM = "ask-a-manager-social-media-job-search"
HAYS = "hays-connect-with-recruiter"
WID = "work-it-daily-follow-up-social-media"
ARTICLES = {
    AAM: Article(
        AAM,
        "Can I connect with my interviewer?",
        "Wait until the interview is over. Then send a short note with the request. Never send it before.",
    ),
    # An NBSP and a line break inside the sentence that the gold quotes with plain spaces.
    HAYS: Article(
        HAYS,
        "Should job seeker and recruiter connect?",
        "The bottom line is,\u00a0any job seeker should know that it is not okay\nto connect with the interviewer.",
    ),
    WID: Article(WID, "Follow up on social media", "Sending the invite is a great way to build in a thank you note."),
}


def span(doc: str, first: str, last: str) -> Passage:
    """The passage of an article from the words `first` to the words `last`, with true offsets."""
    body = ARTICLES[doc].body
    start = body.index(first)
    end = body.index(last, start) + len(last)
    return Passage(doc, start, end, body[start:end])


def gold(**fields: Any) -> GoldQuestion:
    """A gold question from the fields of a gold line; unanswerable and open unless told otherwise."""
    line: dict[str, Any] = {
        "id": "q1",
        "question": "Should I?",
        "claim": None,
        "relevant": [],
        "stances": {},
        "disagree": False,
    }
    return parse_gold_line(json.dumps({**line, **fields}), 1, ARTICLES)


NOTE = "Then send a short note with the request."
FIRST = span(AAM, "Wait", "over.")
SECOND = span(AAM, "Then", "request.")
THIRD = span(AAM, "Never", "before.")


def test_whitespace_is_normalized_nbsp_included() -> None:
    quote = "any job seeker should know that it is not okay to connect with the interviewer"
    question = gold(relevant=[{"doc": HAYS, "quote": quote, "grade": 2}])
    assert question.relevant[0].spans == ((20, 98),)
    assert passage_hits(span(HAYS, "The", "interviewer."), question.relevant[0])


def test_one_hit_at_rank_two() -> None:
    question = gold(relevant=[{"doc": AAM, "quote": NOTE, "grade": 2}])
    figures = retrieval_figures([question], [[THIRD, SECOND, FIRST]])
    # DCG = 2 / log2(3); the ideal puts the one quote first: 2 / log2(2) = 2.
    assert figures == {"recall@5": 1.0, "ndcg@5": pytest.approx(1 / math.log2(3)), "mrr": 0.5}


def test_a_quote_split_over_two_passages_hits_the_one_with_half_its_characters() -> None:
    # 63 characters: 22 of them ("the interview is over.") in FIRST, 40 in SECOND, the space between in neither.
    quote = "the interview is over. Then send a short note with the request."
    question = gold(relevant=[{"doc": AAM, "quote": quote, "grade": 2}])
    assert [passage_hits(passage, question.relevant[0]) for passage in (FIRST, SECOND, THIRD)] == [False, True, False]
    figures = retrieval_figures([question], [[FIRST, SECOND]])
    assert figures == {"recall@5": 1.0, "ndcg@5": pytest.approx(1 / math.log2(3)), "mrr": 0.5}


def test_a_quote_held_by_two_overlapping_passages_counts_once() -> None:
    question = gold(
        relevant=[
            {"doc": AAM, "quote": NOTE, "grade": 2},
            {"doc": HAYS, "quote": "any job seeker should know that it is not okay", "grade": 1},
        ]
    )
    overlapping = [span(AAM, "Wait", "request."), span(AAM, "Then", "before.")]
    figures = retrieval_figures([question], [overlapping])
    # Only the first passage earns the note: DCG = 2; the ideal is 2 + 1 / log2(3).
    assert figures == {"recall@5": 0.5, "ndcg@5": pytest.approx(2 / (2 + 1 / math.log2(3))), "mrr": 1.0}


def test_a_passage_of_another_article_never_hits() -> None:
    question = gold(relevant=[{"doc": AAM, "quote": NOTE, "grade": 2}])
    elsewhere = Passage(WID, 0, len(NOTE), NOTE)
    assert not passage_hits(elsewhere, question.relevant[0])


def test_half_the_quote_in_common_hits_even_without_matching_offsets() -> None:
    question = gold(relevant=[{"doc": AAM, "quote": NOTE, "grade": 2}])
    # Text as a reader copied it: the second half of the quote, with offsets that point elsewhere.
    copied = Passage(AAM, 0, 10, "note with the request. And more text after it.")
    assert passage_hits(copied, question.relevant[0])
    assert not passage_hits(Passage(AAM, 0, 10, "with the request."), question.relevant[0])


def answer(
    answered: bool, stances: dict[str, str], disagree: bool = False, passages: tuple[Passage, ...] = ()
) -> Answer:
    """An answer as the engine would give it, with the given sources' stances."""
    return Answer(
        question="Should I?",
        claim=Claim("You should.", "connect"),
        answered=answered,
        disagree=disagree,
        sources=tuple(SourceView(ARTICLES[doc], Position(stance, 0.9)) for doc, stance in stances.items()),  # type: ignore[arg-type]
        hits=tuple(Hit(passage, 1.0) for passage in passages),
    )


def test_an_abstention() -> None:
    unanswerable = gold(id="q2", claim="You should ask for a raise.", stances={AAM: "none"})
    answerable = gold(
        id="q1",
        claim="You should connect.",
        relevant=[{"doc": AAM, "quote": NOTE, "grade": 2}],
        stances={AAM: "supports"},
    )
    questions = [answerable, unanswerable]
    # The engine abstains on both: right for the second, wrong for the first, which then shows no passages.
    answers = [answer(False, {}, passages=(SECOND,)), answer(False, {}, passages=(SECOND,))]
    figures = answer_figures(questions, answers, list(ARTICLES))
    assert figures["abstain_accuracy"] == 1.0
    assert figures["answered_rate"] == 0.0
    assert figures["source_recall"] == 0.0
    # Six pairs (two questions with a claim, three articles); only the first question's AAM pair is wrong.
    assert figures["stance_accuracy"] == pytest.approx(5 / 6)
    assert retrieval_figures(questions, [(), ()]) == {"recall@5": 0.0, "ndcg@5": 0.0, "mrr": 0.0}


def test_stances_and_disagreement() -> None:
    question = gold(
        claim="You should connect.",
        relevant=[{"doc": AAM, "quote": NOTE, "grade": 2}],
        stances={AAM: "supports", HAYS: "opposes", WID: "none"},
        disagree=True,
    )
    # HAYS comes back conditional; WID is not among the sources, so it counts as none.
    got = answer(True, {AAM: "supports", HAYS: "conditional"}, disagree=False, passages=(SECOND,))
    figures = answer_figures([question], [got], list(ARTICLES))
    assert figures == {
        "source_recall": 1.0,
        "answered_rate": 1.0,
        "stance_accuracy": pytest.approx(2 / 3),
        # F1 per label: supports 1, opposes 0 (missed), conditional 0 (wrongly said), none 1.
        "stance_macro_f1": 0.5,
        "disagree_precision": 0.0,
        "disagree_recall": 0.0,
        "disagree_f1": 0.0,
        "abstain_accuracy": None,
    }


def test_a_gold_doc_id_may_be_a_unique_prefix() -> None:
    question = gold(relevant=[{"doc": "ask-a-manager-social-media", "quote": NOTE, "grade": 2}])
    assert question.relevant[0].doc == AAM


GOOD = json.dumps(
    {"id": "q1", "question": "Should I?", "claim": None, "relevant": [], "stances": {}, "disagree": False}
)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "q2", "question": }', "not valid JSON (Expecting value at column 26)"),
        (
            GOOD.replace(
                '"relevant": []', json.dumps({"relevant": [{"doc": AAM, "quote": NOTE.upper(), "grade": 2}]})[1:-1]
            ),
            f'the quote "{NOTE.upper()}" is not in the article {AAM}; copy it verbatim from its body',
        ),
        (
            GOOD.replace('"relevant": []', '"relevant": [{"doc": "linkedin-tips", "quote": "x", "grade": 2}]'),
            f"no article 'linkedin-tips' in the index; the articles are: {AAM}, {HAYS}, {WID}",
        ),
        (
            GOOD.replace('"stances": {}', f'"stances": {{"{HAYS}": "maybe"}}'),
            f'the stance "maybe" of {HAYS} is not one of supports, opposes, conditional, none',
        ),
        (
            GOOD.replace('"id": "q1", ', ""),
            "the field `id` is missing; a gold line has "
            "`id`, `question`, `claim`, `relevant`, `stances` and `disagree`",
        ),
        (
            GOOD.replace('"relevant": []', json.dumps({"relevant": [{"doc": AAM, "quote": NOTE, "grade": 3}]})[1:-1]),
            "the grade of a quote is 1 (related) or 2 (answers the question), not 3",
        ),
        (
            GOOD.replace(
                '"relevant": []', json.dumps({"relevant": [{"doc": AAM, "quote": " \u00a0", "grade": 2}]})[1:-1]
            ),
            "a quote is empty; copy the words that answer the question from the article's body",
        ),
        (
            GOOD.replace('"disagree": false', '"disagree": true'),
            "`disagree` is true, yet no article supports the claim while another opposes it",
        ),
    ],
)
def test_a_bad_gold_file_names_the_line_and_the_fault(line: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(GOOD + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(BadInputError) as raised:
        load_gold(path, ARTICLES)
    assert str(raised.value) == f"{path}:3: {message}"


def test_a_repeated_id_names_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(GOOD + "\n" + GOOD + "\n", encoding="utf-8")
    with pytest.raises(BadInputError) as raised:
        load_gold(path, ARTICLES)
    assert str(raised.value) == f"{path}:2: the id 'q1' is already used on line 1; give each question its own id"


# ---------------------------------------------------------------- against the real index

HEADLINE = {
    "id": "h1",
    "question": "Should I send my interviewer a LinkedIn request?",
    "claim": "A job seeker should send their interviewer a LinkedIn connection request.",
    "relevant": [
        {
            "doc": HAYS,
            "quote": "That line definitely gets crossed when a candidate sends a request to their interviewer "
            "before or immediately after an interview to connect on LinkedIn.",
            "grade": 2,
        }
    ],
    "stances": {HAYS: "opposes"},
    "disagree": False,
}
SALARY = {
    "id": "s1",
    "question": "Should I negotiate my first salary offer?",
    "claim": "You should negotiate your first salary offer.",
    "relevant": [],
    "stances": {},
    "disagree": False,
}


def write_gold(folder: Path, *items: dict[str, Any]) -> Path:
    path = folder / "tiny.jsonl"
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def test_an_evaluation_of_the_real_index(engine: Any, tmp_path: Path) -> None:
    path = write_gold(tmp_path, HEADLINE, SALARY)
    evaluation = run_evaluation(engine, load_gold(path, engine.index.articles), path)
    hybrid = evaluation.figures["hybrid"]
    assert hybrid["recall@5"] == 1.0
    assert hybrid["answered_rate"] == 1.0
    assert hybrid["abstain_accuracy"] == 1.0
    assert evaluation.figures["bm25"]["recall@5"] == 1.0
    assert set(evaluation.figures["dense"]) == {"recall@5", "ndcg@5", "mrr"}
    table = render_table(evaluation).splitlines()
    assert table[0] == f"{path}: 2 questions (1 answerable, 1 unanswerable, 2 with a claim)"
    # The corpus may carry reviewed positions: then a column shows the figures without them.
    reviewed = evaluation.reviewed_positions == "used"
    assert ("automatic_only" in evaluation.figures) == reviewed
    assert table[2].split() == ["hybrid", *(["automatic", "only"] if reviewed else []), "BM25", "dense"]
    dense_recall = f"{evaluation.figures['dense']['recall@5']:.3f}"
    assert table[3].split() == ["recall@5", "1.000", *(["1.000"] if reviewed else []), "1.000", dense_recall]
    report = render_report(evaluation, engine.index)
    failing = evaluation_to_dict(evaluation, engine.settings.index)["failing"]
    assert report.count("\n### ") == len(failing)


def test_eval_command_prints_one_json_object_and_writes_the_report(built_settings: Settings, tmp_path: Path) -> None:
    path = write_gold(tmp_path, HEADLINE, {**SALARY, "id": "s2", "question": "Should I put my GPA on my resume?"})
    report = tmp_path / "report.md"
    result = CliRunner().invoke(
        main, ["eval", "--gold", str(path), "--index", str(built_settings.index), "--json", "--report", str(report)]
    )
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["questions"] == 2 and figures["abstain_accuracy"] == 1.0
    assert set(figures["baselines"]) == {"bm25", "dense"}
    assert report.read_text(encoding="utf-8").startswith(f"# crossread eval: {path}\n")
    assert result.stderr == f"crossread: wrote the report of failing questions to {report}\n"


def test_eval_command_exits_2_on_a_bad_gold_file(built_settings: Settings, tmp_path: Path) -> None:
    path = write_gold(tmp_path, {**SALARY, "stances": {HAYS: "agrees"}})
    result = CliRunner().invoke(main, ["eval", "--gold", str(path), "--index", str(built_settings.index)])
    assert result.exit_code == 2
    assert result.stderr == (
        f'crossread: {path}:1: the stance "agrees" of {HAYS} is not one of supports, opposes, conditional, none\n'
    )


# Every gold file shipped in eval/, with how many questions it has: each is read by the one gold parser, so a
# quote that drifts from its article or a broken disagree flag fails here before it skews a figure.
SHIPPED_GOLD = {
    "gold.dev.jsonl": 42,
    "gold.extra.jsonl": 45,
    "gold.test.jsonl": 41,
    "gold.dev2.jsonl": 45,
    "gold.dev3.jsonl": 49,
    "gold.dev4.jsonl": 44,
    "gold.dev5.jsonl": 48,
    "gold.dev6.jsonl": 45,
    "gold.dev7.jsonl": 48,
    "gold.dev8.jsonl": 48,
    "gold.dev9.jsonl": 46,
    "gold.dev10.jsonl": 47,
    "gold.dev11.jsonl": 48,
    "gold.dev12.jsonl": 46,
    "gold.dev13.jsonl": 46,
    "gold.blind1.jsonl": 47,
    "gold.blind2.jsonl": 49,
    "gold.blind3.jsonl": 47,
    "gold.blind4.jsonl": 47,
    "gold.blind5.jsonl": 46,
    "gold.blind6.jsonl": 45,
    "gold.blind7.jsonl": 48,
    "gold.blind8.jsonl": 46,
    "gold.blind9.jsonl": 46,
    "gold.blind10.jsonl": 49,
    "gold.dev14.jsonl": 45,
    "gold.dev15.jsonl": 47,
    "gold.blind11.jsonl": 49,
    "gold.blind12.jsonl": 46,
    "gold.dev16.jsonl": 45,
    "gold.dev17.jsonl": 47,
    "gold.dev18.jsonl": 47,
    "gold.dev19.jsonl": 45,
    "gold.dev20.jsonl": 45,
    "gold.dev21.jsonl": 46,
    "gold.dev22.jsonl": 47,
    "gold.dev23.jsonl": 46,
    "gold.blind13.jsonl": 47,
    "gold.blind14.jsonl": 47,
    "gold.blind15.jsonl": 45,
    "gold.blind16.jsonl": 47,
    "gold.blind17.jsonl": 46,
    "gold.blind18.jsonl": 46,
    "gold.blind19.jsonl": 47,
    "gold.blind20.jsonl": 47,
    "gold.blind21.jsonl": 46,
    "gold.blind22.jsonl": 45,
    "gold.blind23.jsonl": 46,
    "gold.blind24.jsonl": 47,
    "gold.blind25.jsonl": 47,
    "gold.blind26.jsonl": 48,
    "gold.blind27.jsonl": 46,
    "gold.blind28.jsonl": 47,
    "gold.blind29.jsonl": 47,
    "gold.blind30.jsonl": 46,
    "gold.blind31.jsonl": 45,
    "gold.blind32.jsonl": 46,
    "gold.blind33.jsonl": 45,
    "gold.blind34.jsonl": 46,
    "gold.blind35.jsonl": 47,
    "gold.blind36.jsonl": 46,
    "gold.blind37.jsonl": 47,
    "gold.blind38.jsonl": 46,
    "gold.blind39.jsonl": 46,
    "gold.blind40.jsonl": 46,
    "gold.blind41.jsonl": 47,
    "gold.blind42.jsonl": 47,
    "gold.blind43.jsonl": 46,
    "gold.blind44.jsonl": 44,
    "gold.blind45.jsonl": 45,
    "gold.blind46.jsonl": 46,
    "gold.blind47.jsonl": 47,
    "gold.blind48.jsonl": 46,
    "gold.blind49.jsonl": 47,
    "gold.blind50.jsonl": 47,
    "gold.blind51.jsonl": 47,
    "gold.blind52.jsonl": 47,
    "gold.blind53.jsonl": 49,
    "gold.blind54.jsonl": 46,
    "gold.blind55.jsonl": 47,
    "gold.blind56.jsonl": 45,
    "gold.blind57.jsonl": 48,
    "gold.blind58.jsonl": 47,
    "gold.blind59.jsonl": 45,
    "gold.blind60.jsonl": 47,
    "gold.blind61.jsonl": 46,
    "gold.blind62.jsonl": 48,
    "gold.blind63.jsonl": 47,
    "gold.blind64.jsonl": 44,
    "gold.blind65.jsonl": 49,
    "gold.blind66.jsonl": 46,
    "gold.blind67.jsonl": 47,
    "gold.blind68.jsonl": 47,
    "gold.blind69.jsonl": 47,
    "gold.blind70.jsonl": 50,
    "gold.blind71.jsonl": 46,
    "gold.blind72.jsonl": 47,
    "gold.blind73.jsonl": 47,
    "gold.blind74.jsonl": 46,
    "gold.blind75.jsonl": 48,
    "gold.blind76.jsonl": 47,
    "gold.blind77.jsonl": 46,
    "gold.blind78.jsonl": 47,
    "gold.blind79.jsonl": 47,
    "gold.blind80.jsonl": 45,
    "gold.blind81.jsonl": 47,
    "gold.blind82.jsonl": 46,
    "gold.blind83.jsonl": 48,
    "gold.blind84.jsonl": 46,
    "gold.blind85.jsonl": 47,
    "gold.blind86.jsonl": 47,
    "gold.blind87.jsonl": 47,
    "gold.blind88.jsonl": 48,
    "gold.blind89.jsonl": 47,
    "gold.blind90.jsonl": 47,
    "gold.blind91.jsonl": 48,
    "gold.blind92.jsonl": 46,
    "gold.blind93.jsonl": 48,
    "gold.blind94.jsonl": 45,
    "gold.blind95.jsonl": 47,
    "gold.blind96.jsonl": 46,
    "gold.blind97.jsonl": 47,
    "gold.blind98.jsonl": 47,
    "gold.blind99.jsonl": 46,
    "gold.blind100.jsonl": 46,
    "gold.blind101.jsonl": 47,
    "gold.blind102.jsonl": 47,
    "gold.blind103.jsonl": 47,
    "gold.blind104.jsonl": 47,
    "gold.blind105.jsonl": 48,
    "gold.blind106.jsonl": 47,
    "gold.blind107.jsonl": 47,
    "gold.blind108.jsonl": 45,
    "gold.blind109.jsonl": 45,
    "gold.blind110.jsonl": 45,
    "gold.blind111.jsonl": 45,
    "gold.blind112.jsonl": 48,
}


def test_every_shipped_gold_file_reads_and_keeps_its_questions() -> None:
    folder = PROJECT_ROOT / "eval"
    assert {path.name for path in folder.glob("gold.*.jsonl")} == set(SHIPPED_GOLD)
    articles = {article.doc: article for article in load_corpus(PROJECT_ROOT / "corpus")}
    ids: set[str] = set()
    for name, count in SHIPPED_GOLD.items():
        questions = load_gold(folder / name, articles)
        assert len(questions) == count, name
        ids |= {question.id for question in questions}
    assert len(ids) == sum(SHIPPED_GOLD.values())


def test_the_majority_of_readers_and_a_tie_goes_to_the_gold_files_writer() -> None:
    writer = {"q1": {HAYS: "opposes", AAM: "conditional"}}
    second = {"q1": {HAYS: "supports", AAM: "supports"}}
    third = {"q1": {HAYS: "supports", AAM: "none"}}
    assert majority_stances([writer, second, third], [HAYS, AAM, WID]) == {
        "q1": {HAYS: "supports", AAM: "conditional", WID: "none"}
    }


def write_reader(tmp_path: Path, *lines: dict[str, Any]) -> Path:
    path = tmp_path / "gold.second.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([{"id": "q9", "stances": {}}], "1: the id 'q9' is not a question with a claim in the gold file"),
        ([{"id": "h1", "stances": {HAYS: "agrees"}}], f'1: the stance "agrees" of {HAYS} is not one of'),
        ([{"id": "h1", "stances": {}}, {"id": "h1", "stances": {}}], "2: the id 'h1' is labelled twice"),
        ([], "leaves 1 question(s) with a claim unlabelled (h1); a reader labels every one"),
    ],
)
def test_a_bad_readers_file_names_the_line_and_the_fault(
    lines: list[dict[str, Any]], message: str, tmp_path: Path
) -> None:
    questions = [gold(id="h1", claim="Sending the request is fine."), gold(id="o1")]
    path = write_reader(tmp_path, *lines)
    with pytest.raises(BadInputError) as error:
        load_reader_labels(path, questions, ARTICLES)
    assert message in str(error.value)


def test_readers_and_the_engine_compared_on_the_real_index(engine: Any, tmp_path: Path) -> None:
    path = write_gold(tmp_path, HEADLINE, SALARY)
    evaluation = run_evaluation(engine, load_gold(path, engine.index.articles), path)
    docs = evaluation.docs
    answered = {question.id: {doc: "none" for doc in docs} for question in evaluation.questions if question.claim}
    silent = ReaderLabels(tmp_path / "blind.second.jsonl", answered)
    rows = compare_readers(evaluation, [silent])
    pairs = [(row.first, row.second) for row in rows]
    assert pairs == [
        ("gold", "blind.second"),
        ("gold", "engine"),
        ("blind.second", "engine"),
        ("majority of 2 readers", "engine"),
    ]
    # With two readers the majority is the gold file's writer: a tie goes to them.
    assert rows[3].figures == rows[1].figures
    # A reader who says "none" everywhere disagrees with the headline's gold wherever it takes a stance.
    assert rows[0].figures["stance_accuracy"] == sum(
        question.stance_of(doc) == "none" for question in evaluation.questions if question.claim for doc in docs
    ) / (len(docs) * 2)


def test_eval_command_compares_the_shipped_readers(built_settings: Settings) -> None:
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "--gold",
            str(PROJECT_ROOT / "eval" / "gold.test.jsonl"),
            "--index",
            str(built_settings.index),
            "--reader",
            str(PROJECT_ROOT / "eval" / "readers" / "test.second.jsonl"),
            "--reader",
            str(PROJECT_ROOT / "eval" / "readers" / "test.third.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    start = lines.index("Readers of the same questions (stance macro-F1, stance accuracy, disagreement F1):")
    assert [line.split("  ")[1].strip() for line in lines[start + 1 :]] == [
        "gold ~ test.second",
        "gold ~ test.third",
        "test.second ~ test.third",
        "gold ~ engine",
        "test.second ~ engine",
        "test.third ~ engine",
        "majority of 3 readers ~ engine",
    ]


def test_every_gold_file_has_two_more_readers_who_label_all_its_claims() -> None:
    folder = PROJECT_ROOT / "eval"
    articles = {article.doc: article for article in load_corpus(PROJECT_ROOT / "corpus")}
    for name in SHIPPED_GOLD:
        stem = name.removeprefix("gold.").removesuffix(".jsonl")
        questions = load_gold(folder / name, articles)
        for reader in ("second", "third"):
            labels = load_reader_labels(folder / "readers" / f"{stem}.{reader}.jsonl", questions, articles)
            assert len(labels.stances) == sum(question.claim is not None for question in questions)
