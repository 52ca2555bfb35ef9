"""Decides each source's stance on a claim from the advice records read out of it.

A record counts only when its parts are compatible with the claim's: advice about Facebook is not evidence
about LinkedIn, and advice for after the interview speaks to a claim about before it only through its
timing. Every compatible record casts a vote (supports, opposes or conditional) weighted by how strongly it
is worded and how specifically it matches the claim; the votes of one source are then weighed together:

- a record that names the claim's own moment or platform outweighs a general one (the specific rule wins);
- a source that says yes at one moment (or on one platform) and no at another is `conditional` for a claim
  that names neither;
- views the author reports in order to reject them never count.

Embedding similarity (the optional `relevance` callable) only ranks the compatible records when the
evidence sentence is chosen; it never decides a stance. A `StanceModel` (an NLI cross-encoder, when one is
configured) may replace the rule engine's reading of each record's direction.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from indexer.advice import MOMENT_ORDER
from indexer.types import NO_POSITION, AdviceRecord, Claim, Evidence, Position, Stance

# Which record actions speak to which claim action.
_ACTION_COMPATIBLE: dict[str, frozenset[str]] = {
    "connect": frozenset({"connect", "friend"}),
    "friend": frozenset({"friend", "connect"}),
    "follow": frozenset({"follow"}),
    "follow-back": frozenset({"follow-back"}),
    "message": frozenset({"message"}),
    "comment": frozenset({"comment"}),
    "research": frozenset({"research", "view-profile"}),
    "view-profile": frozenset({"view-profile", "research"}),
    "clean-up-profile": frozenset({"clean-up-profile"}),
    "separate-accounts": frozenset({"separate-accounts"}),
    "ignore-request": frozenset({"ignore-request"}),
    "ask-permission": frozenset({"ask-permission"}),
}
# The people across the table in a hiring process.
_HIRING_SIDE = frozenset({"interviewer", "hiring-manager", "recruiter"})
_GENERAL_PLATFORMS = frozenset({"any", "social-media"})
# Moments outside the candidacy: advice for after the offer says little about a job seeker's question.
_OUTSIDE_CANDIDACY = frozenset({"after-offer", "after-rejection"})

_WEAK_CUE = re.compile(
    r"^(?:advantages?|benefits?|an edge|in (?:your|their) favou?r|reward|safer|risky|riskier|less \w+|fewer \w+|"
    r"lower \w+|carr(?:y|ies) less|you (?:can|may|could)|hard \w+|tough \w+|difficult \w+|the norm|"
    r".* \(imperative\))$"
)
_SUMMARY_CUE = re.compile(
    r"^(?:bottom line|rule of thumb|the rule|in short|in summary|the point is|the key is|"
    r"my advice|general rule)"
)


class StanceModel(Protocol):
    """Reads whether a piece of evidence argues for or against a claim, as worded."""

    def direction(self, claim_text: str, evidence_text: str) -> tuple[str, float] | None:
        """("for" | "against" | "conditional", confidence in [0, 1]), or None when it takes no side."""
        ...


class CrossEncoderStanceModel:
    """A sentence-transformers NLI cross-encoder as a StanceModel: entailment is for, contradiction against."""

    def __init__(self, path: str) -> None:
        from sentence_transformers import CrossEncoder

        self._model = CrossEncoder(path, device="cpu")
        config = getattr(self._model.model, "config", None)
        labels = dict(getattr(config, "id2label", {}) or {})
        self._labels = {int(index): str(label).lower() for index, label in labels.items()}

    def direction(self, claim_text: str, evidence_text: str) -> tuple[str, float] | None:
        """The NLI label of (evidence, claim) read as a direction, with its probability."""
        scores = self._model.predict([(evidence_text, claim_text)], apply_softmax=True)
        row = [float(value) for value in scores[0]]
        best = max(range(len(row)), key=row.__getitem__)
        label = self._labels.get(best, "")
        if label.startswith("entail"):
            return "for", row[best]
        if label.startswith("contradict"):
            return "against", row[best]
        return None


def load_stance_model(stance_model_path: str) -> StanceModel | None:
    """The configured NLI model (the settings field `stance_model`), or None: then the rule engine decides."""
    if not stance_model_path.strip():
        return None
    return CrossEncoderStanceModel(stance_model_path)


@dataclass(frozen=True)
class _Vote:
    record: AdviceRecord
    label: Stance
    weight: float
    # The moment or platform a vote is limited to, when the claim names none ("" when not limited).
    moment_scope: str
    platform_scope: str
    # Whether the record names the claim's own moment (or platform), not a general rule.
    specific_moment: bool
    specific_platform: bool


def people_compatible(claim_person: str, record_person: str, action: str) -> bool:
    """Whether advice about `record_person` speaks to a claim about `claim_person`.

    An interviewer, a hiring manager and a recruiter are one side of the table: advice to a job seeker about
    one holds for the others. An employer (a company approached cold) and a coworker are not; a professional
    contact is the general class of them all.
    """
    if claim_person == record_person or "any" in (claim_person, record_person):
        return True
    if "professional-contact" in (claim_person, record_person):
        return True
    return {claim_person, record_person} <= _HIRING_SIDE


def _platform_fit(claim: Claim, record: AdviceRecord) -> tuple[float, str, bool] | None:
    """(weight, scope, specific) of a record's platform against the claim's, or None when they differ."""
    if record.platform == claim.platform:
        return 1.0, "", claim.platform not in _GENERAL_PLATFORMS
    if record.platform in _GENERAL_PLATFORMS:
        return 0.8, "", False
    if claim.platform in _GENERAL_PLATFORMS:
        return 0.9, record.platform, False
    return None


def _moment_vote(claim: Claim, record: AdviceRecord) -> tuple[str, float, str, bool] | None:
    """(direction, weight, scope, specific) of a record at the claim's moment, or None when it does not apply."""
    direction, moment = record.direction, record.moment
    if direction == "conditional" and moment != "any":
        # "Wait until after the interview": no before that moment, yes from it on.
        if claim.moment == "any":
            return "conditional", 0.3 if moment in _OUTSIDE_CANDIDACY else 1.0, "", False
        if moment in _OUTSIDE_CANDIDACY and claim.moment in _OUTSIDE_CANDIDACY and moment != claim.moment:
            return None
        later = MOMENT_ORDER[claim.moment] >= MOMENT_ORDER[moment]
        return ("for" if later else "against"), 1.3, "", True
    if moment == "any":
        return direction, 1.0, "", False
    if claim.moment == "any":
        return direction, 0.5 if moment in _OUTSIDE_CANDIDACY else 1.0, moment, False
    if (
        moment == claim.moment
        or {moment, claim.moment} <= {"during-process", "before-interview"}
        or {
            moment,
            claim.moment,
        }
        <= {"during-process", "right-after-interview"}
    ):
        return direction, 1.3, "", True
    # The risk of getting in touch falls as the process goes on: a yes holds for later moments and a no for
    # earlier ones, at less weight than advice that names the moment.
    later = MOMENT_ORDER[claim.moment] > MOMENT_ORDER[moment]
    if (direction == "for" and later and moment not in _OUTSIDE_CANDIDACY) or (
        direction == "against" and not later and claim.moment not in _OUTSIDE_CANDIDACY
    ):
        return direction, 1.0, "", True
    return None


@lru_cache(maxsize=4096)
def cue_strength(cues: tuple[str, ...]) -> float:
    """How firmly a record's cue words take their position: hedges, bare imperatives and the writer's
    personal preference weigh less; the bottom line of an article weighs more."""
    strength = 0.0
    summary = 1.0
    for cue in cues:
        if _SUMMARY_CUE.match(cue):
            summary = 1.5
            continue
        if cue == "personally":
            summary *= 0.6
            continue
        strength = max(strength, 0.5 if _WEAK_CUE.match(cue) else 1.0)
    return (strength or 0.5) * summary


def _action_fit(claim: Claim, record: AdviceRecord) -> float:
    """How far a record's action speaks to the claim's: 1 for the same kind, less for a general rule."""
    if record.action in _ACTION_COMPATIBLE.get(claim.action, frozenset()):
        return 1.0
    # Advice on connecting with people on social media in general covers following them too.
    if claim.action == "follow" and record.action == "connect" and record.platform in _GENERAL_PLATFORMS:
        return 0.7
    return 0.0


def compatible(claim: Claim, record: AdviceRecord) -> bool:
    """Whether a record's action, platform and person speak to the claim's (timing is weighed separately)."""
    if not _action_fit(claim, record):
        return False
    if _platform_fit(claim, record) is None:
        return False
    return people_compatible(claim.person, record.person, claim.action)


def _votes(claim: Claim, records: Sequence[AdviceRecord], stance_model: StanceModel | None) -> list[_Vote]:
    votes: list[_Vote] = []
    for record in records:
        if record.speaker == "reported" or not compatible(claim, record):
            continue
        platform = _platform_fit(claim, record)
        assert platform is not None
        platform_weight, platform_scope, specific_platform = platform
        person_weight = (1.0 if record.person == claim.person else 0.9) * _action_fit(claim, record)
        if stance_model is not None:
            read = stance_model.direction(claim.text, record.text)
            if read is None:
                continue
            direction, confidence = read
            if direction == "for" and record.condition:
                direction = "conditional"
            label = _label(direction, positive=True)
            votes.append(
                _Vote(record, label, confidence * platform_weight, "", platform_scope, False, specific_platform)
            )
            continue
        timed = _moment_vote(claim, record)
        if timed is None:
            continue
        direction, moment_weight, moment_scope, specific_moment = timed
        weight = cue_strength(record.cues) * platform_weight * person_weight * moment_weight
        if not claim.positive and direction == "conditional" and record.moment != "any":
            # Asked whether it is a mistake, "wait until after the interview" is about when, not whether.
            weight *= 0.5
        votes.append(
            _Vote(
                record,
                _label(direction, claim.positive),
                weight,
                moment_scope,
                platform_scope,
                specific_moment,
                specific_platform,
            )
        )
    return votes


def _label(direction: str, positive: bool) -> Stance:
    """A record's direction as a stance on the claim: against the action supports "it is a mistake to"."""
    if direction == "conditional":
        return "conditional"
    if (direction == "for") == positive:
        return "supports"
    return "opposes"


def _weigh(votes: list[_Vote]) -> list[_Vote]:
    """The specific rule wins over the general one, and a yes here with a no there is a condition."""
    if any(vote.specific_moment for vote in votes):
        votes = [vote if vote.specific_moment else _scaled(vote, 0.3) for vote in votes]
    if any(vote.specific_platform for vote in votes):
        votes = [vote if vote.specific_platform else _scaled(vote, 0.5) for vote in votes]
    for scope in ("moment_scope", "platform_scope"):
        yes = {getattr(vote, scope) for vote in votes if vote.label == "supports"}
        no = {getattr(vote, scope) for vote in votes if vote.label == "opposes"}
        if yes and no and (yes - {""}) | (no - {""}) and yes != no:
            votes = [
                _relabel(vote, "conditional") if getattr(vote, scope) and vote.label != "conditional" else vote
                for vote in votes
            ]
    return votes


def _scaled(vote: _Vote, factor: float) -> _Vote:
    return _Vote(
        vote.record,
        vote.label,
        vote.weight * factor,
        vote.moment_scope,
        vote.platform_scope,
        vote.specific_moment,
        vote.specific_platform,
    )


def _relabel(vote: _Vote, label: Stance) -> _Vote:
    return _Vote(
        vote.record,
        label,
        vote.weight,
        vote.moment_scope,
        vote.platform_scope,
        vote.specific_moment,
        vote.specific_platform,
    )


def _totals(votes: list[_Vote]) -> dict[Stance, float]:
    """Each label's weight, counting one passage once per label (its several records say one thing)."""
    best: dict[tuple[Stance, int, int], float] = {}
    for vote in votes:
        key = (vote.label, vote.record.start, vote.record.end)
        best[key] = max(best.get(key, 0.0), vote.weight)
    totals: dict[Stance, float] = {"supports": 0.0, "opposes": 0.0, "conditional": 0.0}
    for (label, _, _), weight in best.items():
        totals[label] += weight
    return totals


def _decide(totals: dict[Stance, float]) -> Stance:
    supports, opposes, conditional = totals["supports"], totals["opposes"], totals["conditional"]
    strongest = max(supports, opposes)
    if supports + opposes + conditional < 0.3:
        return "none"
    if conditional > 0 and conditional >= 0.5 * strongest:
        return "conditional"
    if supports > 0 and opposes > 0 and min(supports, opposes) >= 0.6 * strongest:
        return "conditional"
    return "supports" if supports >= opposes else "opposes"


def decide_position(
    claim: Claim,
    records: Sequence[AdviceRecord],
    relevance: Callable[[AdviceRecord], float] | None = None,
    stance_model: StanceModel | None = None,
) -> Position:
    """One source's stance on a claim, from its advice records, with the evidence that decides it."""
    votes = _weigh(_votes(claim, records, stance_model))
    if not votes:
        return NO_POSITION
    totals = _totals(votes)
    stance = _decide(totals)
    if stance == "none":
        return NO_POSITION
    deciding = [vote for vote in votes if vote.label == stance]
    if not deciding:
        # Conditional because a yes and a no were balanced: both sides decide it.
        deciding = [vote for vote in votes if vote.label in ("supports", "opposes")]

    def rank(vote: _Vote) -> tuple[float, float, int]:
        score = relevance(vote.record) if relevance is not None else 0.0
        return (round(vote.weight, 3), score, -vote.record.start)

    deciding.sort(key=rank, reverse=True)
    chosen = deciding[0].record
    total = sum(totals.values())
    share = totals[stance] / total if total and stance in totals else 0.5
    if stance == "conditional" and totals["conditional"] == 0:
        share = min(totals["supports"], totals["opposes"]) / total * 2 if total else 0.5
    confidence = max(0.0, min(1.0, share * (1.0 - math.exp(-total))))
    condition = ""
    if stance == "conditional":
        condition = chosen.condition or _scope_condition(deciding)
    records_used: list[AdviceRecord] = []
    for vote in deciding:
        if vote.record not in records_used:
            records_used.append(vote.record)
    return Position(
        stance=stance,
        confidence=round(confidence, 3),
        evidence=Evidence(text=chosen.text, start=chosen.start, end=chosen.end),
        condition=condition,
        records=tuple(records_used),
    )


def _scope_condition(votes: list[_Vote]) -> str:
    """A readable condition when a yes and a no differ by timing or platform."""
    moments = sorted({vote.record.moment for vote in votes if vote.record.moment != "any"})
    if moments:
        return "depends on timing: " + ", ".join(moments)
    platforms = sorted({vote.record.platform for vote in votes if vote.record.platform not in _GENERAL_PLATFORMS})
    if platforms:
        return "depends on the platform: " + ", ".join(platforms)
    return ""


def decide_disagreement(positions: Iterable[Position]) -> bool:
    """True when one source supports the claim and another opposes it."""
    stances = {position.stance for position in positions}
    return "supports" in stances and "opposes" in stances
