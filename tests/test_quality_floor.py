"""Quality cannot silently regress: the test split must score within 0.02 of the figures in eval/RESULTS.md."""

from __future__ import annotations

import json
import re
from typing import Any

from indexer.evaluation import METRICS, load_gold, run_evaluation
from indexer.settings import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "eval" / "RESULTS.md"
GOLD_TEST = PROJECT_ROOT / "eval" / "gold.test.jsonl"
TOLERANCE = 0.02


def recorded_floor() -> dict[str, float]:
    """The figures in the fenced json block under the heading `## Floor` of eval/RESULTS.md."""
    found = re.search(
        r"^## Floor$.*?^```json\n(.*?)^```$", RESULTS.read_text(encoding="utf-8"), re.DOTALL | re.MULTILINE
    )
    assert found, f"{RESULTS} has no ```json block under the heading `## Floor`"
    floor: dict[str, float] = json.loads(found.group(1))
    return floor


def test_the_floor_records_every_metric() -> None:
    floor = recorded_floor()
    assert set(floor) == set(METRICS)
    assert all(isinstance(value, float | int) for value in floor.values())


def test_the_test_split_scores_at_least_the_recorded_floor(engine: Any) -> None:
    floor = recorded_floor()
    evaluation = run_evaluation(engine, load_gold(GOLD_TEST, engine.index.articles), GOLD_TEST)
    figures = evaluation.figures["hybrid"]
    fallen = {}
    for metric, recorded in floor.items():
        value = figures[metric]
        if value is None or value < recorded - TOLERANCE:
            fallen[metric] = f"{'no figure' if value is None else round(value, 4)} on the test split, floor {recorded}"
    assert not fallen, f"quality fell below the floor in {RESULTS.name}: {fallen}"
