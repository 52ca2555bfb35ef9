"""The `crossread` command line (also `python -m indexer`): build, add, ask, eval, positions, review."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from indexer.corpus import resolve_article
from indexer.errors import BadInputError, CrossreadError
from indexer.settings import load_settings

if TYPE_CHECKING:
    from indexer.review import Review

index_option = click.option("--index", "index", type=click.Path(path_type=Path), help="Index folder (default index/).")
corpus_option = click.option(
    "--corpus", "corpus", type=click.Path(path_type=Path), help="Corpus folder (default corpus/)."
)
automatic_option = click.option(
    "--automatic-only", is_flag=True, default=False, help="Ignore reviewed positions: the automatic engine alone."
)


def fail(message: str) -> None:
    """Print one line that says what is wrong and exit 2, as the contract asks of bad input."""
    click.echo(f"crossread: {message}", err=True)
    sys.exit(2)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the project's own errors into one line on standard error and exit status 2."""
    try:
        yield
    except CrossreadError as error:
        fail(str(error))


@contextmanager
def progress_bar() -> Iterator[Callable[[str, int, int], None]]:
    """A tqdm bar fed by the indexer's progress callback."""
    from tqdm import tqdm

    bar: Any = None
    current = ""

    def report(stage: str, done: int, total: int) -> None:
        nonlocal bar, current
        if bar is None or current != stage:
            if bar is not None:
                bar.close()
            # disable=None: a bar on a terminal, silence in a pipe or a log.
            bar = tqdm(total=total, desc=stage, unit="text", leave=False, disable=None)
            current = stage
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield report
    finally:
        if bar is not None:
            bar.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """crossread: where job-search advice articles agree and disagree."""


@main.command()
@corpus_option
@index_option
def build(corpus: Path | None, index: Path | None) -> None:
    """(Re)build the index from every article in the corpus; unchanged articles are not embedded again."""
    from indexer.indexing import build_corpus_index

    with user_errors():
        settings = load_settings(corpus=corpus, index=index)
        with progress_bar() as report:
            result = build_corpus_index(
                settings,
                progress=report,
                on_skip=lambda skip: click.echo(f"crossread: skipped {skip.reason}", err=True),
            )
        click.echo(
            f"Indexed {result.articles} articles: {result.passages} passages, {result.sentences} sentences; "
            f"embedded {len(result.embedded)}, reused {len(result.reused)}"
            + (f", removed {len(result.removed)}" if result.removed else "")
            + f" in {result.seconds:.1f} s."
        )


def read_batch(path: Path) -> list[str]:
    """Questions from a batch file: one a line, or JSON lines with a `question` field."""
    if not path.is_file():
        raise BadInputError(f"the batch file {path} does not exist")
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise BadInputError(f"{path}:{number}: not valid JSON ({error.msg})") from error
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise BadInputError(f"{path}:{number}: a JSON line needs a string field `question`")
            questions.append(item["question"])
        else:
            questions.append(line)
    if not questions:
        raise BadInputError(f"the batch file {path} holds no questions")
    return questions


@main.command()
@click.argument("question", required=False)
@click.option("--batch", type=click.Path(path_type=Path), help="A file of questions, one a line or JSON lines.")
@index_option
@click.option("--k", "k", type=click.IntRange(1, 100), help="How many passages (default 8).")
@click.option("--json", "as_json", is_flag=True, help="Print the contract's JSON.")
@automatic_option
def ask(
    question: str | None, batch: Path | None, index: Path | None, k: int | None, as_json: bool, automatic_only: bool
) -> None:
    """Answer a question (or a --batch file of them) from the indexed articles."""
    from indexer.answer import answer_question, open_engine
    from indexer.output import answer_to_dict, render_text
    from indexer.search import check_question

    with user_errors():
        settings = load_settings(index=index, k=k, automatic_only=automatic_only or None)
        if batch is not None and question is not None:
            raise BadInputError("give either a QUESTION or --batch FILE, not both")
        if batch is None:
            if question is None:
                raise BadInputError(
                    'give a question, for example: crossread ask "Should I add my interviewer on LinkedIn?"'
                )
            check_question(question, settings)
            engine = open_engine(settings)
            answer = answer_question(engine, question)
            click.echo(
                json.dumps(answer_to_dict(answer), ensure_ascii=False, indent=2) if as_json else render_text(answer)
            )
            return
        questions = read_batch(batch)
        engine = open_engine(settings)
        failed = 0
        for item in questions:
            try:
                click.echo(json.dumps(answer_to_dict(answer_question(engine, item)), ensure_ascii=False))
            except BadInputError as error:
                failed += 1
                click.echo(json.dumps({"question": item, "error": str(error)}, ensure_ascii=False))
        if failed:
            fail(f"{failed} of {len(questions)} questions in {batch} could not be answered; see their `error` fields")


@main.command()
@click.argument("article")
@index_option
@automatic_option
def positions(article: str, index: Path | None, automatic_only: bool) -> None:
    """Print the advice records the engine read in one article (reviewed ones first where it has them)."""
    from indexer.advice import format_records
    from indexer.store import load_index

    with user_errors():
        settings = load_settings(index=index)
        loaded = load_index(settings.index)
        doc = resolve_article(article, list(loaded.articles))
        reviewed = () if automatic_only else loaded.reviewed.get(doc, ())
        title = loaded.articles[doc].title
        if reviewed:
            click.echo(f"{doc}: {title}\nReviewed positions ({len(reviewed)}):")
            click.echo(format_records(list(reviewed)))
            click.echo("")
        records = loaded.records.get(doc, ())
        click.echo(f"{doc}: {title}\nAutomatic records ({len(records)}):")
        click.echo(format_records(list(records)))


@main.command(name="eval")
@click.option("--gold", type=click.Path(path_type=Path), help="Gold file of JSON lines (default eval/gold.dev.jsonl).")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
@click.option("--report", type=click.Path(path_type=Path), help="Write a Markdown report of every failing question.")
@click.option(
    "--reader",
    "readers",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Another reader's stances on the same questions (eval/readers/*.jsonl); compares readers and the engine.",
)
@automatic_option
def eval_command(
    gold: Path | None,
    index: Path | None,
    as_json: bool,
    report: Path | None,
    readers: tuple[Path, ...],
    automatic_only: bool,
) -> None:
    """Score a gold file against the index, beside keyword-only (BM25) and dense-only retrieval."""
    from indexer.answer import open_engine
    from indexer.evaluation import (
        DEFAULT_GOLD,
        agreement_to_dicts,
        compare_readers,
        evaluation_to_dict,
        load_gold,
        load_reader_labels,
        render_agreement,
        render_report,
        render_table,
        run_evaluation,
    )

    with user_errors():
        settings = load_settings(index=index, automatic_only=automatic_only or None)
        gold = gold or DEFAULT_GOLD
        if not gold.is_file():
            raise BadInputError(f"the gold file {gold} does not exist; give one with --gold FILE")
        if report is not None and not report.parent.is_dir():
            raise BadInputError(f"the folder of the report {report} does not exist; create it or give another path")
        engine = open_engine(settings)
        questions = load_gold(gold, engine.index.articles)
        labels = [load_reader_labels(path, questions, engine.index.articles) for path in readers]
        evaluation = run_evaluation(engine, questions, gold, automatic_only=settings.automatic_only)
        agreement = compare_readers(evaluation, labels) if labels else []
        if report is not None:
            try:
                report.write_text(render_report(evaluation, engine.index), encoding="utf-8")
            except OSError as error:
                raise BadInputError(
                    f"cannot write the report to {report} ({error.strerror}); give another path"
                ) from error
            click.echo(f"crossread: wrote the report of failing questions to {report}", err=True)
        if as_json:
            result = evaluation_to_dict(evaluation, settings.index)
            if agreement:
                result["readers"] = agreement_to_dicts(agreement)
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            click.echo(render_table(evaluation) + (render_agreement(agreement) if agreement else ""))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@corpus_option
@index_option
def add(paths: tuple[Path, ...], corpus: Path | None, index: Path | None) -> None:
    """Add articles (.md, .txt, .pdf, .html) to the corpus and index them without re-embedding the rest."""
    from indexer.ingest import add_articles, summarize_added

    with user_errors():
        settings = load_settings(corpus=corpus, index=index)
        with progress_bar() as report:
            result = add_articles(list(paths), settings, progress=report)
        for added in result.added:
            for line in summarize_added(added):
                click.echo(line)
        if result.build is not None:
            others = [doc for doc in result.build.embedded if doc not in {added.doc for added in result.added}]
            also = f" Also embedded, as the index held no vectors of them to reuse: {', '.join(others)}."
            click.echo(
                f"Index: {result.build.articles} articles; embedded {len(result.build.embedded)}, "
                f"reused {len(result.build.reused)} in {result.seconds:.1f} s." + (also if others else "")
            )
        for rejected in result.rejected:
            click.echo(f"crossread: {rejected.reason}", err=True)
        if result.rejected:
            sys.exit(2)


@main.command()
@click.argument("article")
@corpus_option
@index_option
@click.option("--reviewer", help="Who reviews (default: your login name).")
@click.option("--accept-all", is_flag=True, help="Accept every record as it stands, without asking.")
@click.option("--from", "from_file", type=click.Path(path_type=Path), help="Take the positions in this YAML file.")
@click.option("--from-engine", is_flag=True, help="Start from the engine's records even if reviewed positions exist.")
@click.option("--interactive/--no-interactive", default=None, help="Ask about each record (default: on a terminal).")
def review(
    article: str,
    corpus: Path | None,
    index: Path | None,
    reviewer: str | None,
    accept_all: bool,
    from_file: Path | None,
    from_engine: bool,
    interactive: bool | None,
) -> None:
    """Confirm or correct an article's positions; writes corpus/<article>.positions.yaml and updates the index."""
    from indexer import review as reviewing

    with user_errors():
        settings = load_settings(corpus=corpus, index=index)
        doc = resolve_article(article, reviewing.article_docs(settings))
        current = reviewing.start_review(settings, doc, reviewer or "", from_engine=from_engine)
        if from_file is not None:
            current = reviewing.load_positions_from(current, from_file)
        if accept_all:
            current = reviewing.accept_all(current)
        if interactive is None:
            interactive = sys.stdin.isatty()
        if interactive:
            decided = review_interactively(current)
            if decided is None:
                click.echo("Nothing saved.")
                return
            current = decided
        elif from_file is None and not accept_all:
            raise BadInputError(
                "`review` asks about each record on a terminal; to review without one, pass --accept-all or --from FILE"
            )
        saved = reviewing.save_review(settings, current)
        click.echo(
            f"Saved {saved.positions} reviewed positions of {doc} to {saved.path}"
            + (f"; left out {saved.left_out} records nobody reviewed" if saved.left_out else "")
            + ("; the index now answers from them (nothing re-embedded)." if saved.index_updated else ".")
        )
        if saved.note:
            click.echo(f"crossread: {saved.note}", err=True)


def review_interactively(current: Review) -> Review | None:
    """Walk the reviewer through the records: accept, correct, delete, add from a quote; None means quit."""
    from indexer import review as reviewing
    from indexer.advice import format_records
    from indexer.positions import PART_FIELDS, VOCABULARIES, PositionsError, find_quote

    def ask_parts(defaults: dict[str, str]) -> dict[str, str]:
        parts = {}
        for name in PART_FIELDS:
            choices = VOCABULARIES.get(name)
            kind = click.Choice(choices) if choices else click.STRING
            parts[name] = click.prompt(f"  {name}", default=defaults.get(name), type=kind, show_default=True)
        return parts

    article = current.article
    click.echo(f"{article.doc}: {article.title}")
    click.echo(f"{len(current.records)} records from the {current.started_from}:")
    click.echo(format_records(current.records))
    number = 0
    while True:
        if number < len(current.records):
            record = current.records[number]
            state = "reviewed" if record.reviewed else "not reviewed"
            click.echo(f"\n{number + 1}/{len(current.records)} ({state})\n{format_records([record])}")
            click.echo(f"  quote: {' '.join(record.text.split())}")
            menu, choices, default = "[a]ccept, [c]orrect, [d]elete, [n]ew, [s]ave, [q]uit", "acdnsq", "a"
        else:
            menu, choices, default = "[n]ew position from a quote, [s]ave, [q]uit without saving", "nsq", "s"
        choice = click.prompt(menu, type=click.Choice(list(choices)), default=default, show_choices=False)
        if choice == "a":
            current = reviewing.accept_record(current, number)
            number += 1
        elif choice == "c":
            current = reviewing.correct_record(
                current, number, **ask_parts({name: getattr(record, name) for name in PART_FIELDS})
            )
            number += 1
        elif choice == "d":
            current = reviewing.delete_record(current, number)
        elif choice == "n":
            quote = click.prompt("  quote (verbatim from the article)")
            try:
                find_quote(article, quote)
            except PositionsError as error:
                click.echo(f"crossread: {error}", err=True)
                continue
            defaults = {"platform": "any", "person": "any", "moment": "any", "direction": "for", "speaker": "author"}
            current = reviewing.add_position(current, quote, **ask_parts(defaults))
        elif choice == "s":
            return current
        else:
            return None


if __name__ == "__main__":
    main()
