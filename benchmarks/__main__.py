"""`python -m benchmarks`: run every benchmark, print the tables, write benchmarks/results/latest.json."""

from __future__ import annotations

import time
from pathlib import Path

import click

from benchmarks.report import render_tables, write_json
from benchmarks.run import SIZES, Plan, run_benchmarks
from indexer.settings import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "benchmarks" / "results" / "latest.json"


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--repeats",
    type=click.IntRange(1),
    default=Plan.repeats,
    show_default=True,
    help="Repeats of build, add, cold and each scale query.",
)
@click.option(
    "--ask-repeats",
    type=click.IntRange(1),
    default=Plan.ask_repeats,
    show_default=True,
    help="Passes over the gold questions.",
)
@click.option(
    "--sizes",
    default=",".join(str(size) for size in SIZES),
    show_default=True,
    help="Synthetic corpus sizes in passages, comma-separated; empty for none.",
)
@click.option("--no-cold", is_flag=True, help="Leave out the cold `crossread ask`.")
@click.option("--no-page", is_flag=True, help="Leave out the page's first render.")
@click.option(
    "--random-vectors", is_flag=True, help="Also measure HNSW over random unit vectors, the worst case (minutes more)."
)
@click.option("--output", type=click.Path(path_type=Path), default=RESULTS, show_default=True, help="The JSON file.")
def main(
    repeats: int,
    ask_repeats: int,
    sizes: str,
    no_cold: bool,
    no_page: bool,
    random_vectors: bool,
    output: Path,
) -> None:
    """Measure what crossread costs beside the bare model it runs, per stage and at scale."""
    try:
        parsed = tuple(int(size.replace("_", "")) for size in sizes.split(",") if size.strip())
    except ValueError as error:
        raise click.BadParameter(
            f"{sizes!r}: give whole numbers of passages, such as 1000,10000", param_hint="--sizes"
        ) from error
    plan = Plan(
        repeats=repeats,
        ask_repeats=ask_repeats,
        cold_repeats=repeats,
        scale_repeats=repeats,
        sizes=parsed,
        cold=not no_cold,
        page=not no_page,
        random_vectors=random_vectors,
    )
    started = time.monotonic()
    results = run_benchmarks(
        plan, say=lambda message: click.echo(f"[{time.monotonic() - started:5.0f} s] {message}", err=True)
    )
    write_json(results, output)
    click.echo(render_tables(results))
    click.echo(f"\nFigures written to {output}", err=True)


main()
