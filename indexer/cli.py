"""The `crossread` command line (also `python -m indexer`): build, add, ask, eval, positions, review."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from indexer.errors import BadInputError, CrossreadError
from indexer.settings import load_settings

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


if __name__ == "__main__":
    main()
