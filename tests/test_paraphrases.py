"""Asked another way, a question is read the same: paraphrases of dev questions keep their original's claim."""

import json
from collections import Counter

from indexer.claims import parse_claim
from indexer.settings import PROJECT_ROOT
from indexer.types import Claim

# The share of paraphrases read as their original (act, platform, person, moment, polarity), measured when the
# eleventh session added its round (0.907 of 11,936; rounds 5 to 14 each partly unfixed); like the quality floor, a
# change may not let it fall by more than 0.02.
FLOOR = 0.907
TOLERANCE = 0.02


def parts(claim: Claim | None) -> tuple[str, str, str, str, bool] | None:
    return None if claim is None else (claim.action, claim.platform, claim.person, claim.moment, claim.positive)


def test_paraphrases_are_read_as_their_original() -> None:
    folder = PROJECT_ROOT / "eval"
    originals = {
        row["id"]: row["question"]
        for path in folder.glob("gold.*.jsonl")
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    paraphrases = [json.loads(line) for line in (folder / "paraphrases.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(paraphrases) == 11936 and {row["round"] for row in paraphrases} == set(range(1, 15))
    read = Counter(
        parts(parse_claim(row["question"])) == parts(parse_claim(originals[row["of"]])) for row in paraphrases
    )
    share = read[True] / len(paraphrases)
    assert share >= FLOOR - TOLERANCE, f"{share:.3f} of paraphrases read as their original (floor {FLOOR})"
