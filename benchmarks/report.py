"""The benchmark figures as Markdown tables, the targets they are held to, and the JSON file."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.stages import ASK_STAGES, BUILD_PHASES

ASK_RATIO_LIMIT = 4.0
BUILD_RATIO_FLOOR = 0.8
SCALE_PASSAGES = 100_000
SEARCH_MS_LIMIT = 20.0
RECALL_FLOOR = 0.95
STAGE_NAMES = {
    "check_and_correct": "check and correct the question",
    "query_embedding": "query embedding",
    "keyword": "keyword ranking (BM25)",
    "dense": "dense ranking (FAISS)",
    "fusion": "fusion (RRF)",
    "stance": "stance (claim, positions, disagreement)",
    "grouping": "grouping by source",
}


@dataclass(frozen=True)
class Target:
    """One of the issue's targets: what was measured, the bound, and by how much it is met or missed."""

    name: str
    measured: float
    bound: float
    at_most: bool
    unit: str
    note: str = ""

    @property
    def met(self) -> bool:
        """Whether the measured figure is on the right side of the bound."""
        return self.measured <= self.bound if self.at_most else self.measured >= self.bound

    def verdict(self) -> str:
        """'met' or how far off it is, as a factor of the bound."""
        if math.isnan(self.measured):
            return "not measured"
        if self.met:
            return "met"
        factor = self.measured / self.bound if self.at_most else self.bound / self.measured
        return f"missed by {factor:.2f}x"


def check_targets(results: dict[str, Any]) -> list[Target]:
    """The issue's targets, judged on these results; the scale target on the largest size measured."""
    targets = [
        Target(
            "warm ask p50 (stance included) / one bare query embedding p50",
            results["ask"]["answer_ratio_to_bare_p50"],
            ASK_RATIO_LIMIT,
            at_most=True,
            unit="x",
        ),
        Target(
            "build throughput / bare model throughput on the same texts",
            results["build"]["throughput_ratio"],
            BUILD_RATIO_FLOOR,
            at_most=False,
            unit="x",
        ),
    ]
    if results["scale"]:
        largest = max(results["scale"], key=lambda size: size["passages"])
        note = "" if largest["passages"] >= SCALE_PASSAGES else f"only {largest['passages']:,} passages measured"
        targets += [
            Target(
                f"search p50 at {largest['passages']:,} passages (keyword + dense + fusion)",
                largest["hybrid_search"]["p50_ms"],
                SEARCH_MS_LIMIT,
                at_most=True,
                unit="ms",
                note=note,
            ),
            Target(
                f"dense recall@10 against exact search at {largest['passages']:,} passages",
                largest["dense_search"]["recall_at_10"],
                RECALL_FLOOR,
                at_most=False,
                unit="",
                note=note,
            ),
        ]
    return targets


def targets_to_dict(targets: Sequence[Target]) -> list[dict[str, Any]]:
    """The targets as JSON-ready dictionaries."""
    return [
        {
            "name": target.name,
            "measured": target.measured,
            "bound": target.bound,
            "at_most": target.at_most,
            "met": target.met,
            "verdict": target.verdict(),
            "note": target.note,
        }
        for target in targets
    ]


def _number(value: float, digits: int = 1) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:,.{digits}f}"


def _megabytes(value: float) -> str:
    return f"{value / 1_000_000:,.0f} MB"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def render_tables(results: dict[str, Any]) -> str:
    """Every figure as Markdown: build, warm ask, cold, add, scale and the targets."""
    lines: list[str] = []
    machine = results["machine"]
    lines += [
        f"Machine: {machine['cores']} cores, {machine['cpu']}, {machine['memory_gib']} GiB; load average "
        f"{machine['load_average_1min']:.1f} at the start; Python {machine['python']}, torch {machine['torch']}, "
        f"faiss {machine['faiss']}. Whole run: {results['seconds']:.0f} s.",
        "",
    ]
    build = results["build"]
    lines += [
        f"**Build** ({build['articles']} articles: {build['passages']} passages + {build['sentences']} sentences; "
        f"median of {build['repeats']})",
        "",
        *_table(
            ["", "crossread build", "bare model encode", "ratio"],
            [
                [
                    "texts embedded per second",
                    _number(build["build_texts_per_second"]),
                    _number(build["bare_texts_per_second"]),
                    f"{build['throughput_ratio']:.2f}x",
                ],
                ["seconds", _number(build["build_seconds"], 2), _number(build["bare_encode_seconds"], 2), ""],
                ["CPU time, as a ratio (a cross-check)", "", "", f"{build['cpu_throughput_ratio']:.2f}x"],
                [
                    "bare model fed the build's batches (each article's texts, 32 at a time)",
                    "",
                    f"{_number(build['bare_in_build_batches_texts_per_second'])} texts/s",
                    f"{build['build_batches_throughput_ratio']:.2f}x",
                ],
                [
                    "of which: prepare / embedding / writing",
                    " / ".join(_number(build["phase_seconds"][phase], 2) for phase in BUILD_PHASES),
                    "",
                    "",
                ],
            ],
        ),
        "",
    ]
    ask = results["ask"]
    bare = ask["bare_query_embedding"]
    rows = [["bare query embedding (the unit)", _number(bare["p50_ms"], 2), _number(bare["p95_ms"], 2), "1.00x"]]
    for stage in ASK_STAGES:
        figures = ask["stages"][stage]
        rows.append(
            [
                STAGE_NAMES[stage],
                _number(figures["p50_ms"], 2),
                _number(figures["p95_ms"], 2),
                f"{figures['ratio_to_bare_p50']:.2f}x",
            ]
        )
    answer = ask["answer"]
    rows.append(
        [
            "**whole answer (answer_question)**",
            _number(answer["p50_ms"], 2),
            _number(answer["p95_ms"], 2),
            f"{ask['answer_ratio_to_bare_p50']:.2f}x",
        ]
    )
    rows.append(["whole answer, CPU time (a cross-check)", "", "", f"{ask['answer_cpu_ratio_to_bare_p50']:.2f}x"])
    lines += [
        f"**Ask, warm** ({ask['questions']} gold questions × {ask['repeats']}; {ask['questions_with_stance']} of "
        "them have a claim that stances are decided on)",
        "",
        *_table(["stage", "p50 ms", "p95 ms", "p50 / bare p50"], rows),
        "",
    ]
    lines += _cold_lines(results["cold"])
    add = results["add"]
    lines += [
        f"**Add** (one new article of {add['new_passages']} passages + {add['new_sentences']} sentences to an index "
        f"of {add['articles_before']}; median of {add['repeats']})",
        "",
        *_table(
            ["", "seconds", "ratio"],
            [
                [
                    "crossread add (copy, clean, check duplicates, chunk, embed the new article, write)",
                    _number(add["add_seconds"], 2),
                    f"{add['ratio_to_bare']:.2f}x",
                ],
                ["bare model encode of the new article's texts", _number(add["bare_encode_seconds"], 2), "1.00x"],
                ["crossread add, CPU time (a cross-check)", "", f"{add['cpu_ratio_to_bare']:.2f}x"],
            ],
        ),
        "",
    ]
    lines += _scale_lines(results["scale"])
    targets = results["targets"]
    lines += [
        "**Targets**",
        "",
        *_table(
            ["target", "measured", "bound", "verdict"],
            [
                [
                    target["name"] + (f" ({target['note']})" if target["note"] else ""),
                    _number(target["measured"], 3 if target["bound"] < 10 else 1),
                    ("≤ " if target["at_most"] else "≥ ") + _number(target["bound"], 2),
                    target["verdict"],
                ]
                for target in targets
            ],
        ),
    ]
    return "\n".join(lines)


def _cold_lines(cold: dict[str, Any]) -> list[str]:
    ask, page = cold["ask"], cold["page"]
    rows: list[list[str]] = []
    if "skipped" in ask:
        rows.append(["crossread ask", ask["skipped"]])
    else:
        rows += [
            [f"`crossread ask` process start to answer (median of {ask['repeats']})", f"{ask['seconds']:.2f} s"],
            ["its peak resident memory", _megabytes(ask["peak_resident_bytes"])],
            [
                "of which Python + `import sentence_transformers` alone",
                f"{ask['import_sentence_transformers_seconds']:.2f} s",
            ],
        ]
    if "skipped" in page:
        rows.append(["page", page["skipped"]])
    else:
        rows += [
            [
                f"page: `streamlit run` to health check (median of {page['repeats']})",
                f"{page['server_ready_seconds']:.2f} s",
            ],
            ["page: `streamlit run` to the first answer rendered", f"{page['first_render_seconds']:.2f} s"],
            ["page: a second question on the warm server, rendered", f"{page['warm_render_seconds']:.2f} s"],
            ["page: server's peak resident memory", _megabytes(page["server_peak_resident_bytes"])],
        ]
    return ["**Cold**", "", *_table(["", "value"], rows), ""]


def _scale_lines(scale: Sequence[dict[str, Any]]) -> list[str]:
    if not scale:
        return []
    rows = []
    for size in scale:
        build = size["build_seconds"]
        memory = size["memory"]
        rows.append(
            [
                f"{size['passages']:,}",
                size["index_kind"],
                f"{_number(build['dense'], 2)} / {_number(build['keyword'], 2)} / {_number(build['rest_of_index'], 2)}",
                _number(build["embedding_estimated"], 0),
                f"{_number(size['dense_search']['p50_ms'], 2)} / {_number(size['dense_search']['p95_ms'], 2)}",
                f"{_number(size['dense_search_one_thread']['p50_ms'], 2)} / "
                f"{_number(size['dense_search_one_thread']['p95_ms'], 2)}",
                _number(size["exact_search"]["p50_ms"], 2),
                f"{size['dense_search']['recall_at_10']:.3f}",
                _number(size["keyword_search"]["p50_ms"], 2),
                f"{_number(size['hybrid_search']['p50_ms'], 2)} / {_number(size['hybrid_search']['p95_ms'], 2)}",
                f"{memory['resident_bytes_per_passage'] / 1000:,.1f} KB "
                f"({memory['vector_bytes_per_passage'] / 1000:,.1f} / {memory['dense_bytes_per_passage'] / 1000:,.2f})",
            ]
        )
    lines = [
        "**Scale** (synthetic corpora of recombined real sentences; search times are one query at a time, "
        "over the gold questions)",
        "",
        *_table(
            [
                "passages",
                "dense index",
                "build s: dense / keyword / rest",
                "embedding s (estimated)",
                "dense p50 / p95 ms",
                "same, 1 thread",
                "exact p50 ms",
                "recall@10",
                "keyword p50 ms",
                "search p50 / p95 ms",
                "memory per passage (vectors / FAISS index)",
            ],
            rows,
        ),
        "",
    ]
    for size in scale:
        if size["ef_search_sweep"]:
            lines += [
                f"HNSW search breadth at {size['passages']:,} passages:",
                "",
                *_table(
                    ["efSearch", "p50 ms", "p95 ms", "recall@10"],
                    [
                        [
                            str(row["ef_search"]),
                            _number(row["p50_ms"], 2),
                            _number(row["p95_ms"], 2),
                            f"{row['recall_at_10']:.3f}",
                        ]
                        for row in size["ef_search_sweep"]
                    ],
                ),
                "",
            ]
        if "random_vectors" in size:
            random = size["random_vectors"]
            lines += [
                f"Random unit vectors at {size['passages']:,} ({random['index_kind']}): build "
                f"{random['build_seconds']:.1f} s, p50 {random['dense_search']['p50_ms']:.2f} ms, recall@10 "
                f"{random['dense_search']['recall_at_10']:.3f}.",
                "",
            ]
    return lines


def write_json(results: dict[str, Any], path: Path) -> None:
    """Write the results whole: to a temporary file first, then renamed over the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_suffix(".json.tmp")
    staging.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(staging, path)
