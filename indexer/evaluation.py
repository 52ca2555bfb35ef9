"""The eval suite: gold questions (`../shared/gold-format.md`) checked, answered, scored and reported.

Retrieval is scored by ranx on hits derived from the gold quotes: each ranked passage becomes the gold quote
it hits (or a miss), so the measures stay independent of how the articles are chunked.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ranx import evaluate as ranx_evaluate

from indexer.corpus import quote_spans
from indexer.errors import BadInputError
from indexer.search import Retrieval, retrieve
from indexer.settings import PROJECT_ROOT
from indexer.store import Index
from indexer.types import STANCES, Answer, Article, Hit, Passage, Stance, stances_disagree

if TYPE_CHECKING:
    from indexer.answer import Engine

DEFAULT_GOLD = PROJECT_ROOT / "eval" / "gold.dev.jsonl"
# Retrieval is judged on the top 5 passages, as a reader sees them first.
TOP_K = 5
RETRIEVAL_METRICS = ("recall@5", "ndcg@5", "mrr")
ANSWER_METRICS = (
    "source_recall",
    "answered_rate",
    "stance_accuracy",
    "stance_macro_f1",
    "disagree_precision",
    "disagree_recall",
    "disagree_f1",
    "abstain_accuracy",
)
METRICS = RETRIEVAL_METRICS + ANSWER_METRICS
# The figures of one system: metric name to value, None when no gold question measures it.
Figures = dict[str, float | None]
BASELINE_NAMES = {"bm25": "BM25", "dense": "dense"}
GOLD_FIELDS = "`id`, `question`, `claim`, `relevant`, `stances` and `disagree`"


@dataclass(frozen=True)
class GoldQuote:
    """A verbatim piece of an article that the passages of a good answer hold."""

    doc: str
    # The quote with its whitespace normalized, as matching compares it.
    text: str
    grade: int
    # Every place the quote occurs in the article body, as [start, end) offsets.
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldQuestion:
    """One line of a gold file, checked against the index's articles."""

    id: str
    question: str
    claim: str | None
    relevant: tuple[GoldQuote, ...]
    # Every article's gold stance; an article the line does not name counts as `none`.
    stances: Mapping[str, Stance]
    disagree: bool
    line: int
    notes: str = ""

    @property
    def answerable(self) -> bool:
        """Whether the corpus answers the question (it has gold quotes)."""
        return bool(self.relevant)

    def stance_of(self, doc: str) -> Stance:
        """The gold stance of an article on the question's claim."""
        return self.stances.get(doc, "none")


# ---------------------------------------------------------------- the gold file


def normalize_space(text: str) -> str:
    """Every run of whitespace (NBSP included) as one space, ends stripped: how quotes and passages compare."""
    return " ".join(text.split())


def load_gold(path: Path, articles: Mapping[str, Article]) -> list[GoldQuestion]:
    """The questions of a gold file, checked against the index's articles; a bad line names itself."""
    if not path.is_file():
        raise BadInputError(f"the gold file {path} does not exist; give one with --gold FILE")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise BadInputError(f"the gold file {path} is not UTF-8 text; save it as UTF-8 JSON lines") from error
    questions: list[GoldQuestion] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            question = parse_gold_line(line, number, articles)
        except BadInputError as error:
            raise BadInputError(f"{path}:{number}: {error}") from error
        if question.id in first_line:
            raise BadInputError(
                f"{path}:{number}: the id {question.id!r} is already used on line {first_line[question.id]}; "
                "give each question its own id"
            )
        first_line[question.id] = number
        questions.append(question)
    if not questions:
        raise BadInputError(f"the gold file {path} holds no questions; write one JSON object a line")
    return questions


def parse_gold_line(line: str, number: int, articles: Mapping[str, Article]) -> GoldQuestion:
    """One gold question from its JSON line; a BadInputError says what is wrong with it."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadInputError(f"not valid JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(item, dict):
        raise BadInputError(f"a gold line is a JSON object with {GOLD_FIELDS}")
    identifier = _field(item, "id", str, "a string")
    question = _field(item, "question", str, "a string")
    if not question.strip():
        raise BadInputError("`question` is empty; write the question a job seeker would ask")
    claim = _field(item, "claim", (str, type(None)), "a string, or null for an open question")
    relevant = tuple(
        _parse_quote(entry, articles) for entry in _field(item, "relevant", list, "a list of {doc, quote, grade}")
    )
    stances = _parse_stances(_field(item, "stances", dict, "an object of article id to stance"), articles)
    disagree = _field(item, "disagree", bool, "true or false")
    notes = item.get("notes") or ""
    _check_consistency(claim, relevant, stances, disagree)
    return GoldQuestion(identifier, question, claim, relevant, stances, disagree, number, str(notes))


def _field(item: dict[str, Any], name: str, kind: type | tuple[type, ...], description: str) -> Any:
    if name not in item:
        raise BadInputError(f"the field `{name}` is missing; a gold line has {GOLD_FIELDS}")
    value = item[name]
    # JSON true and false are ints to Python; a grade or an id must not pass as one.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise BadInputError(f"`{name}` must be {description}, not {json.dumps(value, ensure_ascii=False)[:60]}")
    return value


def _article_id(name: str, articles: Mapping[str, Article]) -> str:
    # The gold format's examples shorten ids ("ask-a-manager-social-media"); a unique prefix is accepted.
    from indexer.corpus import resolve_article

    return resolve_article(name, list(articles))


def _parse_quote(entry: object, articles: Mapping[str, Article]) -> GoldQuote:
    if not isinstance(entry, dict):
        raise BadInputError("each item of `relevant` is an object with `doc`, `quote` and `grade`")
    doc = _article_id(_field(entry, "doc", str, "an article id"), articles)
    text = normalize_space(_field(entry, "quote", str, "a string"))
    grade = _field(entry, "grade", int, "1 or 2")
    if grade not in (1, 2):
        raise BadInputError(f"the grade of a quote is 1 (related) or 2 (answers the question), not {grade}")
    # The format asks for 40 to 300 characters, yet its own example has 39: only an empty quote is refused,
    # since it would be found everywhere.
    if not text:
        raise BadInputError("a quote is empty; copy the words that answer the question from the article's body")
    spans = quote_spans(articles[doc].body, text)
    if not spans:
        raise BadInputError(f"the quote {_excerpt(text)} is not in the article {doc}; copy it verbatim from its body")
    return GoldQuote(doc, text, grade, spans)


def _parse_stances(given: dict[str, Any], articles: Mapping[str, Article]) -> dict[str, Stance]:
    stances: dict[str, Stance] = {}
    for name, stance in given.items():
        doc = _article_id(name, articles)
        if stance not in STANCES:
            raise BadInputError(
                f"the stance {json.dumps(stance, ensure_ascii=False)} of {doc} is not one of {', '.join(STANCES)}"
            )
        if doc in stances:
            raise BadInputError(f"`stances` gives the article {doc} twice")
        stances[doc] = stance
    return stances


def _check_consistency(
    claim: str | None, relevant: tuple[GoldQuote, ...], stances: dict[str, Stance], disagree: bool
) -> None:
    taken = {doc: stance for doc, stance in stances.items() if stance != "none"}
    if taken and claim is None:
        doc, stance = next(iter(taken.items()))
        raise BadInputError(f"`claim` is null (an open question), yet {doc} has the stance {stance}; give the claim")
    if taken and not relevant:
        doc, stance = next(iter(taken.items()))
        raise BadInputError(
            f"`relevant` is empty (the corpus cannot answer it), yet {doc} has the stance {stance}; "
            "give the quotes that decide it"
        )
    supporting = [doc for doc, stance in taken.items() if stance == "supports"]
    opposing = [doc for doc, stance in taken.items() if stance == "opposes"]
    if disagree and not (supporting and opposing):
        raise BadInputError("`disagree` is true, yet no article supports the claim while another opposes it")
    if not disagree and supporting and opposing:
        raise BadInputError(
            f"`disagree` is false, yet {supporting[0]} supports the claim and {opposing[0]} opposes it; set it to true"
        )


def _excerpt(text: str, limit: int = 60) -> str:
    return json.dumps(text if len(text) <= limit else text[: limit - 1] + "…", ensure_ascii=False)


# ---------------------------------------------------------------- matching and retrieval metrics


def passage_hits(passage: Passage, quote: GoldQuote) -> bool:
    """Whether a passage hits a gold quote: same article, and it holds the quote or half of its characters."""
    if passage.doc != quote.doc:
        return False
    text = normalize_space(passage.text)
    if quote.text in text:
        return True
    needed = len(quote.text) / 2
    for start, end in quote.spans:
        shared_start, shared_end = max(start, passage.start), min(end, passage.end)
        shared = passage.text[shared_start - passage.start : shared_end - passage.start]
        if shared_end > shared_start and len(normalize_space(shared)) >= needed:
            return True
    match = SequenceMatcher(None, text, quote.text, autojunk=False).find_longest_match(0, len(text), 0, len(quote.text))
    return match.size >= needed


def credit_passages(passages: Sequence[Passage], quotes: Sequence[GoldQuote]) -> list[int | None]:
    """For each ranked passage, the gold quote it earns: the highest grade it hits among quotes not yet earned."""
    earned: set[int] = set()
    credits: list[int | None] = []
    for passage in passages:
        hit = [number for number, quote in enumerate(quotes) if number not in earned and passage_hits(passage, quote)]
        best = max(hit, key=lambda number: quotes[number].grade, default=None)
        if best is not None:
            earned.add(best)
        credits.append(best)
    return credits


def retrieval_scores(
    questions: Sequence[GoldQuestion], rankings: Sequence[Sequence[Passage]]
) -> dict[str, dict[str, float]]:
    """recall@5, ndcg@5 and mrr of each answerable question (metric to question id to value), by ranx."""
    qrels: dict[str, dict[str, int]] = {}
    earned_run: dict[str, dict[str, float]] = {}
    found_run: dict[str, dict[str, float]] = {}
    for question, ranking in zip(questions, rankings, strict=True):
        if not question.answerable:
            continue
        top = list(ranking[:TOP_K])
        qrels[question.id] = {f"quote-{number}": quote.grade for number, quote in enumerate(question.relevant)}
        # A passage that earns no quote keeps its rank as a miss; scores fall with rank so ranx keeps the order.
        earned_run[question.id] = {
            f"quote-{number}" if number is not None else f"miss-{rank}": float(TOP_K - rank)
            for rank, number in enumerate(credit_passages(top, question.relevant))
        } or {"nothing": 0.0}
        # Recall counts every quote the top passages hit, also when one passage hits several.
        found_run[question.id] = {
            f"quote-{number}": 1.0
            for number, quote in enumerate(question.relevant)
            if any(passage_hits(passage, quote) for passage in top)
        } or {"nothing": 0.0}
    if not qrels:
        return {metric: {} for metric in RETRIEVAL_METRICS}
    with warnings.catch_warnings():
        # ranx's numba code warns about an integer cast of hashed ids that is harmless here.
        warnings.simplefilter("ignore")
        earned = ranx_evaluate(qrels, earned_run, [f"ndcg@{TOP_K}", f"mrr@{TOP_K}-l2"], return_mean=False)
        found = ranx_evaluate(qrels, found_run, ["recall"], return_mean=False)
    # ranx returns one value per query, in the order of the dictionaries, which were filled in the same order.
    with_grade_two = {question.id for question in questions if any(quote.grade == 2 for quote in question.relevant)}
    return {
        "recall@5": dict(zip(qrels, map(float, found), strict=True)),
        "ndcg@5": dict(zip(qrels, map(float, earned[f"ndcg@{TOP_K}"]), strict=True)),
        # The reciprocal rank of the first passage that hits a grade-2 quote; a question without one has no rank.
        "mrr": {
            identifier: float(value)
            for identifier, value in zip(qrels, earned[f"mrr@{TOP_K}-l2"], strict=True)
            if identifier in with_grade_two
        },
    }


def retrieval_figures(questions: Sequence[GoldQuestion], rankings: Sequence[Sequence[Passage]]) -> Figures:
    """The mean recall@5, ndcg@5 and mrr over the answerable questions."""
    return {metric: _mean(list(values.values())) for metric, values in retrieval_scores(questions, rankings).items()}


# ---------------------------------------------------------------- answer metrics


def shown_passages(answer: Answer) -> tuple[Passage, ...]:
    """The ranked passages an answer shows: none when it abstains."""
    return tuple(hit.passage for hit in answer.hits) if answer.answered else ()


def answer_stances(answer: Answer) -> dict[str, Stance]:
    """Each source's stance in an answer; an article that is not among the sources takes no position."""
    return {source.article.doc: source.position.stance for source in answer.sources} if answer.answered else {}


def precision_recall_f1(true_positives: int, false_positives: int, false_negatives: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of one label; saying nothing when there is nothing to find counts as perfect."""
    found = true_positives + false_positives
    expected = true_positives + false_negatives
    precision = true_positives / found if found else float(expected == 0)
    recall = true_positives / expected if expected else float(found == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def answer_figures(questions: Sequence[GoldQuestion], answers: Sequence[Answer], docs: Sequence[str]) -> Figures:
    """Sources, stances, disagreement and abstention, as `../shared/gold-format.md` defines them."""
    answerable = [
        (question, answer) for question, answer in zip(questions, answers, strict=True) if question.answerable
    ]
    with_claim = [(question, answer) for question, answer in zip(questions, answers, strict=True) if question.claim]
    unanswerable = [answer for question, answer in zip(questions, answers, strict=True) if not question.answerable]
    source_recall = []
    for question, answer in answerable:
        expected = [doc for doc in docs if question.stance_of(doc) != "none"]
        if expected:
            sources = {source.article.doc for source in answer.sources} if answer.answered else set()
            source_recall.append(sum(doc in sources for doc in expected) / len(expected))
    found = [answer_stances(answer) for _, answer in with_claim]
    return {
        "source_recall": _mean(source_recall),
        "answered_rate": _mean([float(answer.answered) for _, answer in answerable]),
        **stance_agreement(
            [question.stances for question, _ in with_claim],
            found,
            docs,
            [(question.disagree, answer.disagree) for question, answer in with_claim],
        ),
        "abstain_accuracy": _mean([float(not answer.answered) for answer in unanswerable]),
    }


def stance_agreement(
    expected: Sequence[Mapping[str, Stance]],
    found: Sequence[Mapping[str, Stance]],
    docs: Sequence[str],
    disagreements: Sequence[tuple[bool, bool]] | None = None,
) -> Figures:
    """Stance accuracy, macro-F1 and the disagreement flag's precision, recall and F1 of `found` against
    `expected`, question by question; an article a side leaves out counts as `none`. The flags default to
    what the stances imply (one source supports, another opposes)."""
    pairs = [
        (wanted.get(doc, "none"), got.get(doc, "none"))
        for wanted, got in zip(expected, found, strict=True)
        for doc in docs
    ]
    per_label = [
        precision_recall_f1(
            sum(gold == label and given == label for gold, given in pairs),
            sum(gold != label and given == label for gold, given in pairs),
            sum(gold == label and given != label for gold, given in pairs),
        )[2]
        for label in STANCES
    ]
    flags = (
        disagreements
        if disagreements is not None
        else [
            (stances_disagree(wanted.values()), stances_disagree(got.values()))
            for wanted, got in zip(expected, found, strict=True)
        ]
    )
    disagree = precision_recall_f1(
        sum(wanted and given for wanted, given in flags),
        sum(not wanted and given for wanted, given in flags),
        sum(wanted and not given for wanted, given in flags),
    )
    return {
        "stance_accuracy": _mean([float(gold == given) for gold, given in pairs]),
        "stance_macro_f1": _mean(per_label) if pairs else None,
        "disagree_precision": disagree[0] if flags else None,
        "disagree_recall": disagree[1] if flags else None,
        "disagree_f1": disagree[2] if flags else None,
    }


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


# ---------------------------------------------------------------- running the gold questions


@dataclass(frozen=True)
class Evaluation:
    """A scored gold file: each question's answer and retrieval, and the figures of every system."""

    gold: Path
    questions: tuple[GoldQuestion, ...]
    answers: tuple[Answer, ...]
    retrievals: tuple[Retrieval, ...]
    # "hybrid" (the engine as it answers), "bm25", "dense", and "automatic_only" when the index has reviewed
    # positions that the main figures used.
    figures: Mapping[str, Figures]
    docs: tuple[str, ...]
    # "used", "ignored" (--automatic-only) or "none" (the index has no reviewed positions).
    reviewed_positions: str


def run_evaluation(
    engine: Engine, questions: Sequence[GoldQuestion], gold: Path, automatic_only: bool = False
) -> Evaluation:
    """Answer every gold question with the engine, rank it with each baseline, and compute the figures."""
    # Imported here so that the gold file and the metrics do not need the stance engine loaded.
    from indexer.answer import answer_question

    has_reviewed = any(engine.index.reviewed.values())
    answers, automatic_answers, retrievals = [], [], []
    for question in questions:
        try:
            answers.append(answer_question(engine, question.question, automatic_only=automatic_only))
            if has_reviewed and not automatic_only:
                automatic_answers.append(answer_question(engine, question.question, automatic_only=True))
            # The baselines rank the same corrected question, each ranking on its own.
            retrievals.append(retrieve(engine.index, engine.embedder, question.question, engine.settings))
        except BadInputError as error:
            raise BadInputError(f"{gold}:{question.line}: {error}") from error
    docs = tuple(engine.index.articles)
    figures: dict[str, Figures] = {
        "hybrid": score_answers(questions, answers, docs),
        "bm25": retrieval_figures(questions, [[hit.passage for hit in item.keyword_hits] for item in retrievals]),
        "dense": retrieval_figures(questions, [[hit.passage for hit in item.dense_hits] for item in retrievals]),
    }
    if automatic_answers:
        figures["automatic_only"] = score_answers(questions, automatic_answers, docs)
    return Evaluation(
        gold=gold,
        questions=tuple(questions),
        answers=tuple(answers),
        retrievals=tuple(retrievals),
        figures=figures,
        docs=docs,
        reviewed_positions="ignored" if automatic_only and has_reviewed else "used" if has_reviewed else "none",
    )


def score_answers(questions: Sequence[GoldQuestion], answers: Sequence[Answer], docs: Sequence[str]) -> Figures:
    """Every metric of the engine's answers: retrieval on the passages they show, then the answer metrics."""
    return {
        **retrieval_figures(questions, [shown_passages(answer) for answer in answers]),
        **answer_figures(questions, answers, docs),
    }


# ---------------------------------------------------------------- other readers of the same questions


@dataclass(frozen=True)
class ReaderLabels:
    """Another reader's stances on a gold file's questions with a claim, labelled from the articles alone, without
    seeing the gold file's labels: how far careful readers agree is the ceiling a stance engine is measured by."""

    path: Path
    # Question id to each article's stance.
    stances: Mapping[str, Mapping[str, Stance]]


@dataclass(frozen=True)
class Agreement:
    """How far one set of stances agrees with another on the same questions."""

    first: str
    second: str
    figures: Figures


def load_reader_labels(path: Path, questions: Sequence[GoldQuestion], articles: Mapping[str, Article]) -> ReaderLabels:
    """A reader's labels (JSON lines of `id`, `stances`, `notes`) for every question with a claim of a gold file."""
    if not path.is_file():
        raise BadInputError(f"the reader's labels {path} do not exist; give a file of JSON lines with --reader FILE")
    wanted = {question.id for question in questions if question.claim}
    stances: dict[str, Mapping[str, Stance]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise BadInputError("a reader's line is a JSON object with `id` and `stances`")
            identifier = _field(item, "id", str, "a string")
            if identifier not in wanted:
                raise BadInputError(f"the id {identifier!r} is not a question with a claim in the gold file")
            if identifier in stances:
                raise BadInputError(f"the id {identifier!r} is labelled twice")
            given = _parse_stances(_field(item, "stances", dict, "an object of article id to stance"), articles)
        except json.JSONDecodeError as error:
            raise BadInputError(f"{path}:{number}: not valid JSON ({error.msg} at column {error.colno})") from error
        except BadInputError as error:
            raise BadInputError(f"{path}:{number}: {error}") from error
        stances[identifier] = given
    missing = sorted(wanted - set(stances))
    if missing:
        raise BadInputError(
            f"{path} leaves {len(missing)} question(s) with a claim unlabelled ({', '.join(missing[:5])}); "
            "a reader labels every one"
        )
    return ReaderLabels(path, stances)


def majority_stances(
    labels: Sequence[Mapping[str, Mapping[str, Stance]]], docs: Sequence[str]
) -> dict[str, dict[str, Stance]]:
    """Each question's stance of each article as most readers give it; a tie goes to the first reader (the
    gold file's own writer)."""
    first = labels[0]
    majority: dict[str, dict[str, Stance]] = {}
    for identifier in first:
        majority[identifier] = {}
        for doc in docs:
            given = [reader[identifier].get(doc, "none") for reader in labels]
            counts = {stance: given.count(stance) for stance in given}
            top = max(counts.values())
            majority[identifier][doc] = (
                given[0] if counts[given[0]] == top else next(stance for stance in given if counts[stance] == top)
            )
    return majority


def compare_readers(evaluation: Evaluation, readers: Sequence[ReaderLabels]) -> list[Agreement]:
    """Every pair of readers (the gold file's writer first), then the engine against each reader and against the
    majority of them, on the questions with a claim."""
    with_claim = [
        (question, answer)
        for question, answer in zip(evaluation.questions, evaluation.answers, strict=True)
        if question.claim
    ]
    named: list[tuple[str, Mapping[str, Mapping[str, Stance]]]] = [
        ("gold", {question.id: question.stances for question, _ in with_claim}),
        *((reader.path.stem, reader.stances) for reader in readers),
    ]
    engine = {question.id: answer_stances(answer) for question, answer in with_claim}
    ids = [question.id for question, _ in with_claim]
    docs = evaluation.docs

    def agree(first: Mapping[str, Mapping[str, Stance]], second: Mapping[str, Mapping[str, Stance]]) -> Figures:
        return stance_agreement([first[i] for i in ids], [second[i] for i in ids], docs)

    rows = [
        Agreement(first_name, second_name, agree(first, second))
        for number, (first_name, first) in enumerate(named)
        for second_name, second in named[number + 1 :]
    ]
    rows += [Agreement(name, "engine", agree(labels, engine)) for name, labels in named]
    majority = majority_stances([labels for _, labels in named], docs)
    rows.append(Agreement(f"majority of {len(named)} readers", "engine", agree(majority, engine)))
    return rows


def agreement_to_dicts(rows: Sequence[Agreement]) -> list[dict[str, Any]]:
    """The readers' agreement as JSON: one object a pair, with the stance and disagreement figures."""
    return [{"first": row.first, "second": row.second, **_rounded(row.figures)} for row in rows]


def render_agreement(rows: Sequence[Agreement]) -> str:
    """The readers' agreement for people: one row a pair, stance macro-F1, accuracy and disagreement F1."""
    pairs = [f"{row.first} ~ {row.second}" for row in rows]
    width = max(map(len, pairs))
    lines = ["", "", "Readers of the same questions (stance macro-F1, stance accuracy, disagreement F1):"]
    for pair, row in zip(pairs, rows, strict=True):
        figures = row.figures
        lines.append(
            f"  {pair.ljust(width)}  {_format(figures['stance_macro_f1'])}  {_format(figures['stance_accuracy'])}  "
            f"{_format(figures['disagree_f1'])}"
        )
    return "\n".join(lines)


def failure_reasons(question: GoldQuestion, answer: Answer, docs: Sequence[str]) -> list[str]:
    """Why the engine's answer to a gold question is wrong; empty when it is right."""
    if not question.answerable:
        return ["answered, but the corpus does not cover this question"] if answer.answered else []
    if not answer.answered:
        return ["abstained, but the corpus answers this question"]
    reasons = []
    grade_two = [quote for quote in question.relevant if quote.grade == 2]
    top = shown_passages(answer)[:TOP_K]
    if grade_two and not any(passage_hits(passage, quote) for passage in top for quote in grade_two):
        reasons.append(f"none of the top {TOP_K} passages hits a grade-2 quote")
    if question.claim:
        found = answer_stances(answer)
        for doc in docs:
            expected, got = question.stance_of(doc), found.get(doc, "none")
            if expected != got:
                where = "" if doc in found else " (not among the sources)"
                reasons.append(f"{doc}: expected {expected}, got {got}{where}")
        if question.disagree != answer.disagree:
            reasons.append(f"disagree: expected {str(question.disagree).lower()}, got {str(answer.disagree).lower()}")
    return reasons


def failing_questions(evaluation: Evaluation) -> list[tuple[GoldQuestion, Answer, list[str]]]:
    """The gold questions the engine gets wrong, each with its answer and the reasons."""
    failing = []
    for question, answer in zip(evaluation.questions, evaluation.answers, strict=True):
        reasons = failure_reasons(question, answer, evaluation.docs)
        if reasons:
            failing.append((question, answer, reasons))
    return failing


# ---------------------------------------------------------------- reporting


def evaluation_to_dict(evaluation: Evaluation, index: Path) -> dict[str, Any]:
    """The figures as one JSON object: the engine's metrics at the top level, the baselines beside them."""
    questions = evaluation.questions
    result: dict[str, Any] = {
        "gold": str(evaluation.gold),
        "index": str(index),
        "questions": len(questions),
        "answerable": sum(question.answerable for question in questions),
        "unanswerable": sum(not question.answerable for question in questions),
        "with_claim": sum(question.claim is not None for question in questions),
        "reviewed_positions": evaluation.reviewed_positions,
        **_rounded(evaluation.figures["hybrid"]),
        "baselines": {name: _rounded(evaluation.figures[name]) for name in BASELINE_NAMES},
    }
    if "automatic_only" in evaluation.figures:
        result["automatic_only"] = _rounded(evaluation.figures["automatic_only"])
    result["failing"] = [question.id for question, _, _ in failing_questions(evaluation)]
    return result


def _rounded(figures: Figures) -> Figures:
    return {metric: None if value is None else round(value, 4) for metric, value in figures.items()}


def _columns(evaluation: Evaluation) -> list[tuple[str, Figures]]:
    main = "hybrid, automatic only" if evaluation.reviewed_positions == "ignored" else "hybrid"
    columns = [(main, evaluation.figures["hybrid"])]
    if "automatic_only" in evaluation.figures:
        columns.append(("automatic only", evaluation.figures["automatic_only"]))
    columns.extend((label, evaluation.figures[name]) for name, label in BASELINE_NAMES.items())
    return columns


def _summary(evaluation: Evaluation) -> str:
    questions = evaluation.questions
    answerable = sum(question.answerable for question in questions)
    with_claim = sum(question.claim is not None for question in questions)
    return (
        f"{evaluation.gold}: {len(questions)} questions ({answerable} answerable, "
        f"{len(questions) - answerable} unanswerable, {with_claim} with a claim)"
    )


def render_table(evaluation: Evaluation) -> str:
    """The figures for people: one row a metric, one column for the engine and one for each baseline."""
    columns = _columns(evaluation)
    widths = [max(len(label), 6) for label, _ in columns]
    name_width = max(map(len, METRICS))
    lines = [_summary(evaluation), ""]
    lines.append(
        " ".join([" " * name_width, *(label.rjust(width) for (label, _), width in zip(columns, widths, strict=True))])
    )
    for metric in METRICS:
        cells = [_format(figures.get(metric)).rjust(width) for (_, figures), width in zip(columns, widths, strict=True)]
        lines.append(" ".join([metric.ljust(name_width), *cells]))
    failing = len(failing_questions(evaluation))
    lines.append("")
    lines.append(
        f"{failing} of {len(evaluation.questions)} questions fail; `--report FILE` lists them."
        if failing
        else "Every question passes."
    )
    return "\n".join(lines)


def _format(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def render_report(evaluation: Evaluation, index: Index) -> str:
    """Markdown with every failing question: what was expected, what came back, what should have been found."""
    columns = _columns(evaluation)
    lines = [f"# crossread eval: {evaluation.gold}", "", _summary(evaluation) + ".", ""]
    lines.append("| metric | " + " | ".join(label for label, _ in columns) + " |")
    lines.append("| --- |" + " ---: |" * len(columns))
    for metric in METRICS:
        lines.append(f"| {metric} | " + " | ".join(_format(figures.get(metric)) for _, figures in columns) + " |")
    failing = failing_questions(evaluation)
    lines += ["", f"## Failing questions: {len(failing)} of {len(evaluation.questions)}", ""]
    retrievals = {
        question.id: retrieval for question, retrieval in zip(evaluation.questions, evaluation.retrievals, strict=True)
    }
    for question, answer, reasons in failing:
        lines += _report_question(question, answer, reasons, retrievals[question.id], index, evaluation.docs)
    return "\n".join(lines).rstrip() + "\n"


def _report_question(
    question: GoldQuestion, answer: Answer, reasons: list[str], retrieval: Retrieval, index: Index, docs: Sequence[str]
) -> list[str]:
    lines = [f"### {question.id}: {question.question}", "", f"Gold line {question.line}."]
    if retrieval.corrected != retrieval.question:
        lines[-1] += f" Read as: {retrieval.corrected}"
    lines += ["", "Why it fails:", *(f"- {reason}" for reason in reasons), ""]
    lines.append("Expected: " + _describe_expected(question, docs))
    lines.append("")
    lines.append("Came back: " + _describe_answer(answer, docs))
    lines.append("")
    top = shown_passages(answer)[:TOP_K]
    if top:
        lines.append(f"Top {TOP_K} passages:")
        lines.append("")
        for rank, passage in enumerate(top, 1):
            hits = [quote for quote in question.relevant if passage_hits(passage, quote)]
            mark = (
                f" — hits {', '.join(f'grade {quote.grade} {_excerpt(quote.text, 50)}' for quote in hits)}"
                if hits
                else ""
            )
            lines.append(f"{rank}. `{passage.doc}` [{passage.start}:{passage.end}]{mark}")
            lines.append(f"   > {_excerpt_passage(passage.text)}")
        lines.append("")
    missed = [quote for quote in question.relevant if not any(passage_hits(passage, quote) for passage in top)]
    if missed:
        lines.append("Should have been found:")
        lines.append("")
        for quote in sorted(missed, key=lambda quote: -quote.grade):
            lines += _report_missed_quote(quote, retrieval, index)
        lines.append("")
    return lines


def _describe_expected(question: GoldQuestion, docs: Sequence[str]) -> str:
    if not question.answerable:
        return "not answered (the corpus does not cover it)."
    if question.claim is None:
        return "answered; an open question (no claim)."
    stances = ", ".join(f"{doc} {question.stance_of(doc)}" for doc in docs)
    return f"answered; claim “{question.claim}”; disagree {str(question.disagree).lower()}; stances: {stances}."


def _describe_answer(answer: Answer, docs: Sequence[str]) -> str:
    if not answer.answered:
        return "not answered."
    if answer.claim is None:
        sources = ", ".join(source.article.doc for source in answer.sources)
        return f"answered; read as an open question; sources: {sources}."
    found = answer_stances(answer)
    stances = ", ".join(f"{doc} {found.get(doc, 'none')}" for doc in docs)
    lines = [f"answered; claim “{answer.claim.text}”; disagree {str(answer.disagree).lower()}; stances: {stances}."]
    for source in answer.sources:
        evidence = source.position.evidence
        if evidence:
            lines.append(f"- `{source.article.doc}` {source.position.stance} because: {_excerpt(evidence.text, 200)}")
    return "\n".join(lines)


def _report_missed_quote(quote: GoldQuote, retrieval: Retrieval, index: Index) -> list[str]:
    holders = [passage for passage in index.passages if passage_hits(passage, quote)]
    lines = [f"- grade {quote.grade}, `{quote.doc}`: {_excerpt(quote.text, 300)}"]
    if not holders:
        return [*lines, "  (no passage of the index hits it)"]
    passage = holders[0]
    ranks = [
        f"{name} {_rank_of(passage, hits)}"
        for name, hits in (
            ("hybrid", retrieval.hits),
            ("BM25", retrieval.keyword_hits),
            ("dense", retrieval.dense_hits),
        )
    ]
    lines.append(f"  in the passage [{passage.start}:{passage.end}], ranked {', '.join(ranks)}:")
    lines.append(f"  > {_excerpt_passage(passage.text)}")
    return lines


def _rank_of(passage: Passage, hits: Sequence[Hit]) -> str:
    for rank, hit in enumerate(hits, 1):
        if hit.passage.doc == passage.doc and hit.passage.start == passage.start:
            return str(rank)
    return "below the candidates"


def _excerpt_passage(text: str, limit: int = 400) -> str:
    text = normalize_space(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
