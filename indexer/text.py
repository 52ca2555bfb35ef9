"""Words: tokenizing for the keyword index, and making a typed question match the corpus's words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import Stemmer
from rapidfuzz.distance import DamerauLevenshtein

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does doing for from had has have having he her
    hers him his how i if in into is it its itself me my myself of on or our ours she should so some such than
    that the their theirs them then there these they this those to too us was we were what when where which
    while who whom why will with would you your yours yourself ok okay just very really also am""".split()
)

# How people type the corpus's words: abbreviations, brand names, and names for the same person.
ALIASES: dict[str, tuple[str, ...]] = {
    "fb": ("facebook",),
    "li": ("linkedin",),
    "lnkd": ("linkedin",),
    "ig": ("instagram",),
    "x": ("twitter",),
    "tweet": ("twitter",),
    "dm": ("message",),
    "add": ("connect",),
    "invite": ("invitation", "request"),
    "hr": ("recruiter",),
    "interviewer": ("interviewer", "hiring", "manager"),
    "recruiter": ("recruiter", "interviewer"),
    "hm": ("hiring", "manager", "interviewer"),
    "befriend": ("friend",),
    "friending": ("friend",),
    "pay": ("salary",),
}


# Spelled out before anything reads the question: the model knows "Facebook" far better than "fb".
ABBREVIATIONS = {
    "fb": "Facebook",
    "li": "LinkedIn",
    "lnkd": "LinkedIn",
    "ig": "Instagram",
    "insta": "Instagram",
    "hm": "hiring manager",
    "hms": "hiring managers",
    "mgr": "manager",
    "mgrs": "managers",
    "dm": "direct message",
    "pic": "photo",
    "pics": "photos",
}
# Contractions typed without their apostrophe: words of their own, never typos of a corpus word ("havent" is not
# "have"). The claims parser reads them too.
CONTRACTIONS = {
    "dont": "don't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "cant": "can't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "ive": "i've",
    "youre": "you're",
    "theyre": "they're",
}
# Endings that make a known word into another real one ("mutuals", "personalize"): not a typo to correct.
_INFLECTIONS = ("s", "es", "ize", "ise", "ized", "ised", "izing", "ising")
_AFTER_E = ("st", "r", "d")
# "x" is a platform only where a platform is expected ("follow her on x"), never on its own.
_X_AS_PLATFORM = re.compile(r"\b(on|via|through|using) x\b", re.I)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Lower-case words of a text, apostrophes kept inside words ("don’t")."""
    return _WORD.findall(text.lower().replace("’", "'"))


def keyword_tokens(text: str) -> list[str]:
    """The stems the keyword index matches on: stop words out, aliases expanded."""
    tokens: list[str] = []
    for word in words(text):
        for expanded in ALIASES.get(word, (word,)):
            if expanded not in STOPWORDS:
                tokens.append(expanded)
    return _stemmer().stemWords(tokens)


def vocabulary(texts: Iterable[str]) -> Counter[str]:
    """How often each word occurs across the texts: what typos are corrected towards."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(words(text))
    return counts


def dictionary_words(model_folder: str) -> frozenset[str]:
    """Whole English words from the model's tokenizer vocabulary: real words that are never "corrected"."""
    path = Path(model_folder) / "vocab.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").split("\n")
    return frozenset(line for line in lines if line.isalpha() and line.islower())


def correct_word(word: str, known: Counter[str], dictionary: frozenset[str] = frozenset()) -> str:
    """The corpus word a typed word most likely meant, or the word itself when it is a real word or too far."""
    if word in known or word in dictionary or word in ALIASES or word in STOPWORDS or len(word) < 4:
        return word
    if not word.isalpha() or word in CONTRACTIONS:
        return word
    if any(
        word.endswith(end) and (word[: -len(end)] in known or word[: -len(end)] in dictionary) for end in _INFLECTIONS
    ):
        return word
    # "Safest", "ruder", "liked": a word ending in "e" compared or put in the past is no typo either.
    stems = [word[: -len(end)] for end in _AFTER_E if word.endswith(end) and word[: -len(end)].endswith("e")]
    if any(stem in known or stem in dictionary for stem in stems):
        return word
    limit = 1 if len(word) <= 5 else 2
    best, best_key = word, (limit + 1, 0)
    for candidate, count in known.items():
        if candidate[0] != word[0] and candidate[:2] != word[1::-1]:
            continue
        distance = DamerauLevenshtein.distance(word, candidate, score_cutoff=limit)
        if distance <= limit and (distance, -count) < best_key:
            best, best_key = candidate, (distance, -count)
    return best


def correct_question(question: str, known: Counter[str], dictionary: frozenset[str] = frozenset()) -> str:
    """The question with abbreviations spelled out and unknown words replaced by the nearest corpus word."""

    def replace(match: re.Match[str]) -> str:
        original = match.group(0)
        if original.lower() in ABBREVIATIONS:
            return ABBREVIATIONS[original.lower()]
        fixed = correct_word(original.lower(), known, dictionary)
        return original if fixed == original.lower() else fixed

    question = _X_AS_PLATFORM.sub(lambda match: f"{match.group(1)} Twitter", question)
    return re.sub(r"[A-Za-z]+", replace, question)
