"""The answer as the contract's JSON, and as text for people."""

from __future__ import annotations

import textwrap
from dataclasses import asdict
from typing import Any

from indexer.types import Answer, Hit, SourceView

STANCE_WORDS = {
    "supports": "says yes",
    "opposes": "says no",
    "conditional": "says yes, with conditions",
    "none": "does not take a position",
}


def hit_to_dict(hit: Hit, with_doc: bool = True) -> dict[str, Any]:
    """A passage as JSON: verbatim text and its offsets into the article body."""
    item: dict[str, Any] = {"doc": hit.passage.doc} if with_doc else {}
    item.update(
        text=hit.passage.text,
        start=hit.passage.start,
        end=hit.passage.end,
        score=round(hit.score, 6),
    )
    if hit.passage.page is not None:
        item["page"] = hit.passage.page
    return item


def source_to_dict(source: SourceView) -> dict[str, Any]:
    """One source of an answer as JSON, in the contract's fields plus the records that decided it."""
    article, position = source.article, source.position
    return {
        "doc": article.doc,
        "title": article.title,
        "publisher": article.publisher,
        "author": article.author,
        "date": article.date,
        "url": article.url,
        "stance": position.stance,
        "confidence": round(position.confidence, 3),
        "evidence": asdict(position.evidence) if position.evidence else None,
        "condition": position.condition or None,
        "reviewed": position.reviewed,
        "records": [
            {
                "text": record.text,
                "start": record.start,
                "end": record.end,
                "action": record.action,
                "platform": record.platform,
                "person": record.person,
                "moment": record.moment,
                "direction": record.direction,
                "condition": record.condition,
                "speaker": record.speaker,
                "cues": list(record.cues),
                "reviewed": record.reviewed,
            }
            for record in position.records
        ],
        "passages": [hit_to_dict(hit, with_doc=False) for hit in source.hits],
    }


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    """The answer in the JSON of the contract (`../shared/contract.md`)."""
    return {
        "question": answer.question,
        "corrected_question": answer.corrected_question if answer.corrected_question != answer.question else None,
        "claim": answer.claim.text if answer.claim else None,
        "answered": answer.answered,
        "disagree": answer.disagree,
        "sources": [source_to_dict(source) for source in answer.sources] if answer.answered else [],
        "passages": [hit_to_dict(hit) for hit in answer.hits] if answer.answered else [],
    }


# How the consensus line says each stance, for one source and for several.
_METER = {
    "supports": ("says yes", "say yes"),
    "conditional": ("says yes with conditions", "say yes with conditions"),
    "opposes": ("says no", "say no"),
    "none": ("does not address it", "do not address it"),
}


def summarize_stances(answer: Answer) -> str:
    """One line in the manner of a consensus meter: "2 sources say yes, 1 says no, 1 does not address it"."""
    if not answer.answered:
        return "The articles do not cover this question."
    if answer.claim is None:
        return f"{len(answer.sources)} sources speak to this question; it asks how or what, not yes or no."
    counts = dict.fromkeys(_METER, 0)
    for source in answer.sources:
        counts[source.position.stance] += 1
    counts["none"] += len(answer.silent)
    parts: list[str] = []
    for stance, (one, several) in _METER.items():
        count = counts[stance]
        if count:
            noun = ("source" if count == 1 else "sources") if not parts else ""
            parts.append(" ".join(filter(None, [str(count), noun, one if count == 1 else several])))
    return ", ".join(parts)


def render_text(answer: Answer, width: int = 100) -> str:
    """The answer for a terminal: the claim, the disagreement, then each source with its evidence."""
    lines = [f"Question: {answer.question}"]
    if answer.corrected_question and answer.corrected_question != answer.question:
        lines.append(f"Read as:  {answer.corrected_question}")
    if not answer.answered:
        lines.append("The articles in the corpus do not cover this question.")
        return "\n".join(lines)
    lines.append(f"Claim:    {answer.claim.text if answer.claim else '(an open question: no yes or no)'}")
    lines.append(summarize_stances(answer))
    if answer.disagree:
        lines.append("** The sources disagree. **")
    for source in answer.sources:
        position = source.position
        mark = (
            " (reviewed)" if position.reviewed else f" ({position.confidence:.2f})" if position.stance != "none" else ""
        )
        lines.append("")
        lines.append(
            f"[{position.stance}{mark}] {source.article.publisher or source.article.doc}: {source.article.title}"
        )
        if position.condition:
            lines.append(f"  Condition: {position.condition}")
        if position.evidence:
            lines.extend(
                textwrap.wrap(
                    f"“{position.evidence.text}”",
                    width,
                    initial_indent="  Evidence: ",
                    subsequent_indent="            ",
                )
            )
        for hit in source.hits:
            lines.extend(
                textwrap.wrap(
                    " ".join(hit.passage.text.split()),
                    width,
                    initial_indent="  - ",
                    subsequent_indent="    ",
                    max_lines=3,
                    placeholder=" …",
                )
            )
    return "\n".join(lines)
