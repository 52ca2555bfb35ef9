"""Removes page furniture (comment forms, newsletter prompts, counters, credits, teasers) from article text.

The same cleaner made the seed corpus and cleans every added article, and it reports what it removed so
that a person can see that nothing of the article went with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line that starts the furniture below an article: everything from it to the end goes.
_TAIL_STARTS = [
    re.compile(r"^Leave a (Reply|Comment)\b", re.I),
    re.compile(r"^\d* ?Comments?\s*$", re.I),
    re.compile(r"^%d bloggers like this", re.I),
    re.compile(r"^Brought to you by .{1,80}\. Further reading:?\s*$", re.I),
    re.compile(r"^You have been successfully signed up\b", re.I),
    re.compile(r"^(Share|Share this|Share this article|Related (posts|articles)):?\s*$", re.I),
]
# A newsletter prompt: it, and an unrelated teaser that follows it down to "Read more", go.
_NEWSLETTER = re.compile(r"^(Sign up|Subscribe)\b.{0,80}\bnewsletter\b.*$", re.I)
_READ_MORE = re.compile(r"^Read more( Show less)?\s*$", re.I)
# Whole lines that are never article text.
_DROP_LINES = [
    re.compile(r"^See All\s*$", re.I),
    re.compile(r"^\(Visited \d+ times?, \d+ visits? today\)\s*$", re.I),
    re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4}.{0,20}\d+ views\s*$"),
    re.compile(r"^(Share on|Tweet|Pin it|Email this)\b.{0,40}$", re.I),
    re.compile(r"^(Photo|Image) (Credit|Source|courtesy)s?:.{0,80}$", re.I),
    re.compile(r"^Print\s*$|^Advertisement\s*$", re.I),
    re.compile(r"^Read more( Show less)?\s*$", re.I),
]
# An image credit at the end of a paragraph, after its last sentence.
_TRAILING_CREDIT = re.compile(r"\s+(Photo|Image) (Credit|Source)s?:\s*[^.\n]{1,60}$", re.I)


@dataclass(frozen=True)
class Cleaned:
    """Text with the furniture removed, and each removed piece, in order, for the user to check."""

    text: str
    removed: tuple[str, ...]


def clean_text(text: str) -> Cleaned:
    """Remove page furniture from an article's text; the article's own words stay verbatim."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    removed: list[str] = []
    lines = _cut_tail(lines, removed)
    lines = _cut_newsletter_teaser(lines, removed)
    kept: list[str] = []
    for line in lines:
        if any(pattern.match(line.strip()) for pattern in _DROP_LINES):
            removed.append(line.strip())
            continue
        credit = _TRAILING_CREDIT.search(line)
        if credit:
            removed.append(credit.group(0).strip())
            line = line[: credit.start()]
        kept.append(line.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return Cleaned(text=body, removed=tuple(piece for piece in removed if piece))


def _cut_tail(lines: list[str], removed: list[str]) -> list[str]:
    for number, line in enumerate(lines):
        if any(pattern.match(line.strip()) for pattern in _TAIL_STARTS):
            removed.append("\n".join(lines[number:]).strip())
            return lines[:number]
    return lines


def _cut_newsletter_teaser(lines: list[str], removed: list[str]) -> list[str]:
    for number, line in enumerate(lines):
        if not _NEWSLETTER.match(line.strip()):
            continue
        start = number
        # A short heading right above the prompt ("Get Some Leverage") belongs to the prompt.
        if number > 0 and 0 < len(lines[number - 1].strip()) <= 40 and not lines[number - 1].rstrip().endswith("."):
            start = number - 1
        rest = lines[number + 1 :]
        ends_in_teaser = any(_READ_MORE.match(item.strip()) for item in rest)
        end = len(lines) if ends_in_teaser else number + 1
        removed.append("\n".join(lines[start:end]).strip())
        return lines[:start] + lines[end:]
    return lines
