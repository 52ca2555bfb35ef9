"""Splits an article body into blocks, sentences and passages, every one with offsets into the body."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from indexer.types import Article, Passage, Sentence

# Blocks are paragraphs, bullets and headings: a line break that starts a bullet or a blank line ends one.
_BLOCK_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:[*•\-–]|\d+[.)])\s)")
# A short line without a final stop is a heading: it opens the passage that follows instead of standing alone.
_HEADING_CHARS = 80


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def split_blocks(body: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each paragraph, bullet or heading, trimmed of surrounding space."""
    blocks: list[tuple[int, int]] = []
    position = 0
    for match in [*_BLOCK_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        start, stop = _trim(body, position, end)
        if stop > start:
            blocks.append((start, stop))
        position = match.end() if match else len(body)
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(article: Article) -> list[Sentence]:
    """The article's sentences, in order, each with `body[start:end] == text`."""
    sentences: list[Sentence] = []
    body = article.body
    for number, (block_start, block_end) in enumerate(split_blocks(body)):
        block = body[block_start:block_end]
        position = 0
        for piece in _segmenter().segment(block):
            stripped = piece.strip()
            if not stripped:
                continue
            # pysbd returns the pieces in order; find each one after the last, so offsets are exact.
            found = block.find(stripped, position)
            if found < 0:
                continue
            position = found + len(stripped)
            start, end = block_start + found, block_start + position
            sentences.append(Sentence(article.doc, start, end, body[start:end], number))
    return sentences


def _is_heading(sentence: Sentence, block_sizes: dict[int, int]) -> bool:
    return (
        block_sizes[sentence.block] == 1
        and len(sentence.text) <= _HEADING_CHARS
        and not sentence.text.rstrip("”\"')").endswith((".", "!", ":", ";"))
    )


def make_passages(article: Article, sentences: list[Sentence], max_chars: int = 700, overlap: int = 1) -> list[Passage]:
    """Windows of whole sentences: a window stays within its block unless the block is too short alone."""
    if not sentences:
        return []
    block_sizes: dict[int, int] = {}
    for sentence in sentences:
        block_sizes[sentence.block] = block_sizes.get(sentence.block, 0) + 1
    passages: list[Passage] = []
    first = 0
    while first < len(sentences):
        last = first
        while last + 1 < len(sentences):
            following = sentences[last + 1]
            length = following.end - sentences[first].start
            same_block = following.block == sentences[last].block
            # A heading, or a window still under half the size, joins the next block rather than standing alone.
            short = _is_heading(sentences[last], block_sizes) or (
                sentences[last].end - sentences[first].start < max_chars // 2
            )
            if length > max_chars or not (same_block or short):
                break
            last += 1
        start, end = sentences[first].start, sentences[last].end
        passages.append(
            Passage(
                doc=article.doc,
                start=start,
                end=end,
                text=article.body[start:end],
                first_sentence=first,
                last_sentence=last,
                page=article.page_at(start),
            )
        )
        if last + 1 >= len(sentences):
            break
        # Overlap only inside a block: a new block starts a fresh window.
        next_first = last + 1
        if sentences[last + 1].block == sentences[last].block and last - first + 1 > overlap:
            next_first = last + 1 - overlap
        first = next_first
    return passages
