"""Decides each source's stance on a claim from the advice records read out of it.

A record counts only when its parts are compatible with the claim's: advice about Facebook is not evidence
about LinkedIn, and advice for after the interview speaks to a claim about before it only through its
timing. Every compatible record casts a vote (supports, opposes or conditional) weighted by how strongly it
is worded (a reviewed record, a person's reading, at full strength) and how specifically it matches the
claim; the votes of one source are then weighed together:

- the specific rule wins, part by part: a record whose condition the claim's stated situation settles, then
  one about the claim's own action, then one naming its moment, its platform, its person, each outweighs
  the records without that part;
- a source that says yes at one moment (or on one platform) and no at another is `conditional` for a claim
  that names neither, unless the limited yes or no only restates its general rule;
- asked whether an act looks bad ("weird", "rude"), advice on the best time to do it is no verdict; asked
  whether it pays off, a mere permission says nothing;
- a view the author reports in order to reject it counts the other way round, at half weight; a reader's
  letter that the article answers does not count.

Embedding similarity (the optional `relevance` callable) only ranks the compatible records when the
evidence sentence is chosen; it never decides a stance. A `StanceModel` (an NLI cross-encoder, when one is
configured) may replace the rule engine's reading of each record's direction.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from indexer.advice import (
    MOMENT_ORDER,
    STATE_ASPECTS,
    cue_polarity,
    find_condition_states,
    holds_at_every_moment,
    mentions_thank_you,
    normalize,
)
from indexer.claims import (
    EMAIL_SENT,
    MUTUAL_CONNECTIONS,
    asks_only_if_noticed,
    is_about_advantage,
    is_about_being_seen,
    is_everywhere,
    is_social_judgment,
)
from indexer.types import HIRING_SIDE, NO_POSITION, AdviceRecord, Claim, Evidence, Position, Stance, stances_disagree

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
    # Two accounts apart is one way of keeping circles apart; one platform per circle is not two accounts.
    "separate-platforms": frozenset({"separate-platforms", "separate-accounts"}),
    "ignore-request": frozenset({"ignore-request"}),
    "accept-request": frozenset({"accept-request"}),
    "view-privately": frozenset({"view-privately"}),
    "ask-permission": frozenset({"ask-permission"}),
    "unaccepted-request": frozenset({"unaccepted-request"}),
}
# Actions that refuse each other: advice for one is advice against the other ("fine to ignore it" is a no to
# accepting). Viewing a profile openly and hiding the view are opposed only one way: "no need to worry that
# they see you viewed it" is a no to hiding, while a warning against viewing says nothing about hiding.
_OPPOSED_ACTIONS: dict[str, frozenset[str]] = {
    "accept-request": frozenset({"ignore-request"}),
    "ignore-request": frozenset({"accept-request"}),
    "view-privately": frozenset({"view-profile"}),
}
_APPROVAL_ONLY_OPPOSES = frozenset({"view-profile"})
# Related actions that speak to a claim less directly: connecting on social media in general covers a follow,
# a follow back is a follow, and keeping in touch at a moment approves accepting a request then.
_RELATED_ACTIONS: dict[str, frozenset[str]] = {
    "follow": frozenset({"connect"}),
    "follow-back": frozenset({"follow"}),
    "accept-request": frozenset({"connect", "message"}),
}
_APPROVAL_AT_THE_MOMENT: dict[str, frozenset[str]] = {"accept-request": frozenset({"connect", "message"})}
_RELATED_FIT = 0.7
# Advice about the opposed action is about the claim's own act seen from the other side: a little less direct.
_OPPOSED_FIT = 0.8
# Platforms with norms of their own (personal photos, not networking): advice about "social media" in general
# is not read as covering them; only advice that names them is.
_OWN_NORMS_PLATFORMS = frozenset({"instagram"})
_GENERAL_PLATFORMS = frozenset({"any", "social-media"})
# Off the networks: advice about social media says nothing of a paper card or an email.
_OFF_NETWORK_PLATFORMS = frozenset({"offline", "email"})
_LOOKING_UP = frozenset({"research", "view-profile"})
# Acts on one's own profile and accounts rather than towards a person.
_OWN_PRESENCE = frozenset({"separate-accounts", "separate-platforms"})
# Moments outside the candidacy: advice for after the offer says little about a job seeker's question.
_OUTSIDE_CANDIDACY = frozenset({"after-offer", "after-rejection"})

_WEAK_CUE = re.compile(
    r"^(?:advantages?|benefits?|an edge|in (?:your|their) favou?r|reward|safer|risky|riskier|less \w+|fewer \w+|"
    r"lower \w+|carr(?:y|ies) less|you (?:can|may|could)|hard \w+|tough \w+|difficult \w+|the norm|"
    r".* \(imperative\))$"
)
# What advice says about an act's outcome, good or bad: what answers "does it improve my chances".
_OUTCOME = re.compile(
    r"\b(?:advantages?|benefits?|beneficial|an edge|a leg up|favou?r|pays? off|reward|great way|good way|smart|"
    r"stand out|helps?|helpful|positive aspects?|positives|recogni[sz]e|remember|"
    r"risk\w*|threat|presumptuous|pushy|aggressive|crossed|cross(?:es|ing)? (?:the|that|a) "
    r"line|inexperience|hurts?|damag\w*|backfire\w*|intrusive|familiar\w*|not the way|(?:not|in)appropriate|not okay)\b"
)
# The good outcomes among them: "done right, it gives you an edge" answers "does it help" with a yes.
_GAIN = re.compile(
    r"\b(?:advantages?|benefits?|beneficial|an edge|a leg up|favou?r|pays? off|reward|great way|good way|smart|"
    r"stand out|helps?|helpful|positive aspects?|positives|recogni[sz]e|remember)\b"
)
# A claim that the act is allowed ("is it ok to", "can I just"), not that it is the thing to do ("should I").
_ALL_RIGHT = re.compile(r"\b(?:ok|okay|fine|acceptable|alright|all right|allowed)\b", re.IGNORECASE)
_PERMISSION = re.compile(_ALL_RIGHT.pattern + r"|^you (?:can|may|could)\b", re.IGNORECASE)
# Whether the act costs one ("would it hurt my chances", "a bad look"), asked without saying it is unwise.
_COSTLY = re.compile(r"\ba mistake\b|\bbad look\b|\blooks? bad\b")
# The writer's own habit, not a rule: "personally, I'd wait".
_PERSONAL_TASTE = re.compile(r"\bpersonally\b|\bI(?:'d| would)\b", re.IGNORECASE)
# How the person takes the act, in the advice: "they are typically flattered", "you will seem familiar to them" (the
# reworded article's "seem to be common to them").
_TAKEN_WELL = re.compile(r"\b(?:flattered|(?:seem|appear)(?: to be)? (?:familiar|common) to them)\b", re.IGNORECASE)
# Advice that they will look at one's profile, or to ready it for their eyes.
_THEY_LOOK = re.compile(
    r"\bwill (?:see|look at|appear at|check out) your (?:\w+ )?profile|\binterview-ready\b|\bperspective of\b",
    re.IGNORECASE,
)
# Readying one's profile before a job search act: "before reaching out to recruiters", "before I start applying".
_BEFORE_CONTACT = re.compile(
    r"\bbefore (?:you |i )?(?:start(?:ing)? )?(?:reach\w* out|connect\w*|messag\w*|contact\w*|add\w*|apply\w*)\b",
    re.IGNORECASE,
)
# A request or what rides in one: advice on a request's message ("a LinkedIn invite with a thank-you", "a note in the
# request"), or a claim about a request ("send a follow request"), not a follow that needs none.
_IN_A_REQUEST = re.compile(r"\b(?:invite|invitation|request|note)s?\b", re.IGNORECASE)
# A claim that the act is required: "do I have to accept", "is it rude not to accept".
_OBLIGATION = re.compile(
    r"\b(?:have|has|need|needs) to\b|\bmust\b|\b(?:obliged|obligated|required|expected to)\b"
    r"|\b(?:rude|impolite|bad manners) (?:of (?:me|you) )?(?:to )?not\b",
    re.IGNORECASE,
)
# A condition that leaves the act to the person: "if you want to", "you don't need to".
_OPTIONAL = re.compile(
    r"\bif you (?:want|wish|like)\b|\b(?:don't|do not) (?:need|have) to\b|\boptional\b|\bup to you\b", re.IGNORECASE
)
# What looking someone up is about, when a text names it: their own writing, or the connections one shares with them.
_RESEARCH_OBJECTS = (
    ("writing", re.compile(r"\b(?:blogs?|articles?)\b", re.IGNORECASE)),
    (
        "shared",
        re.compile(
            r"\b(?:mutual|shared) (?:connections?|contacts?)\b|\b(?:connections?|colleagues|contacts?) in common\b|"
            + MUTUAL_CONNECTIONS.pattern,
            re.IGNORECASE,
        ),
    ),
)
_PHOTOS = re.compile(r"\b(?:photos?|pics?|pictures?|selfies?|images?)\b", re.IGNORECASE)
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
    # Whether the record's condition turns on the situation the claim states.
    specific_condition: bool = False
    # Whether the record is about the claim's own action, not a related one ("connect" for a claim to follow).
    specific_action: bool = True
    # Whether the record names the claim's own person (an interviewer, not professional contacts in general).
    specific_person: bool = False


def _research_objects(text: str) -> set[str]:
    """What a text says to look into about a person, of the kinds in `_RESEARCH_OBJECTS`."""
    return {kind for kind, pattern in _RESEARCH_OBJECTS if pattern.search(text)}


def people_compatible(claim_person: str, record_person: str, action: str) -> bool:
    """Whether advice about `record_person` speaks to a claim about `claim_person`.

    An interviewer, a hiring manager and a recruiter are one side of the table: advice to a job seeker about
    one holds for the others. An employer (a company approached cold) and a coworker are not; a professional
    contact is the general class of them all. Looking people up is another matter: researching the company
    and researching its interviewer are one preparation.
    """
    if claim_person == record_person or record_person == "any":
        return True
    if claim_person == "any":
        # "Make it interview-ready for the interviewer who will look" is no rule about every photo one posts.
        return not (action == "clean-up-profile" and record_person in HIRING_SIDE)
    if "direct-report" in (claim_person, record_person):
        # The people one manages are not contacts of a job seeker: advice about those says nothing about them.
        return False
    if "professional-contact" in (claim_person, record_person) or action in _OWN_PRESENCE:
        # One's own profile and accounts are seen by every professional contact alike.
        return True
    if action in _LOOKING_UP:
        return {claim_person, record_person} <= HIRING_SIDE | {"employer"}
    return {claim_person, record_person} <= HIRING_SIDE


def _platform_fit(claim: Claim, record: AdviceRecord) -> tuple[float, str, bool] | None:
    """(weight, scope, specific) of a record's platform against the claim's, or None when they differ."""
    if record.platform == claim.platform:
        return 1.0, "", claim.platform not in _GENERAL_PLATFORMS
    # Advice that names no platform, in writing about social media, means social media: not a paper note, and not
    # a network with norms of its own. A paper note, for its part, says nothing about any network.
    if (
        claim.platform in _OWN_NORMS_PLATFORMS
        and record.platform == "social-media"
        and record.direction == "against"
        and (record.action == claim.action or _IN_A_REQUEST.search(claim.text) is not None)
    ):
        # "Don't connect on any social media" takes in a network with norms of its own; a yes to social media does not,
        # nor does a no to another act there (no requests before you meet is no word on a follow on Instagram, but
        # is on a request to follow a private account).
        return 0.8, "", False
    if (
        claim.platform == "email"
        and record.platform in _GENERAL_PLATFORMS
        and EMAIL_SENT.search(normalize(record.text))
    ):
        # Advice about sending an email speaks to a question about one, in an article about email.
        return 1.0, "", True
    if claim.platform in _OWN_NORMS_PLATFORMS or claim.platform in _OFF_NETWORK_PLATFORMS:
        return None
    if record.platform == "offline" and claim.platform != "any":
        return None
    if record.platform in _GENERAL_PLATFORMS:
        return 0.8, "", False
    if claim.platform in _GENERAL_PLATFORMS:
        return 0.9, record.platform, False
    return None


def _moment_vote(claim: Claim, record: AdviceRecord, direction: str) -> tuple[str, float, str, bool] | None:
    """(direction, weight, scope, specific) of a record that says `direction` at its moment, read at the claim's
    moment, or None when it does not apply."""
    vote = _timed_vote(claim, record, direction)
    if not vote or vote[0] != "for" or direction != "conditional":
        return vote
    # A yes that holds at the claim's moment under a condition: whether that condition stays open.
    open_manner = (
        claim.moment not in _OUTSIDE_CANDIDACY
        and not is_about_advantage(claim.text)
        and (is_social_judgment(claim.text) or claim.state("reaction"))
        and _open_manner(claim, record)
    )
    # "After you have met them, with a note that expects nothing": asked how it looks ("is it pushy") or how they
    # take it, it depends on those terms, which the question leaves open. Asked whether to do it or whether it
    # is all right, it is a yes said with how (readers agree); once hired, or asked only whether it pays, a yes;
    # asked whether it is a mistake or should wait ("would it hurt", "hold off until the offer"), a no.
    liked_then = claim.positive and claim.state("reaction") and _PERSONAL_TASTE.search(record.text) is not None
    # "Personally, I'd wait until after the interview, when they're more likely to feel rapport": asked whether
    # they like it then, more likely is not always (writers and majorities, 5 of 5).
    if open_manner or liked_then:
        vote = ("conditional", *vote[1:])
    return vote


def _open_manner(claim: Claim, record: AdviceRecord) -> bool:
    """Whether a record's condition names how the act is done (with a note) and the claim does not say."""
    named = find_condition_states(record.condition) if record.condition else {}
    return any(STATE_ASPECTS[state] == "manner" and state not in dict(claim.states) for state in named)


def _timed_vote(claim: Claim, record: AdviceRecord, direction: str) -> tuple[str, float, str, bool] | None:
    moment = record.moment
    if claim.moment == "after-rejection" and moment != "after-rejection" and direction != "against":
        # "It's not a faux pas", "I'd wait until after the interview": a yes to a candidate is no answer on whether to
        # reach out once turned down (majorities 24 to 13, writers 21 to 11).
        return None
    if direction == "conditional" and moment != "any":
        # "Wait until after the interview": no before that moment, yes from it on.
        if claim.moment == "any":
            return "conditional", 0.3 if moment in _OUTSIDE_CANDIDACY else 1.0, "", False
        if moment in _OUTSIDE_CANDIDACY and claim.moment in _OUTSIDE_CANDIDACY and moment != claim.moment:
            return None
        later = MOMENT_ORDER[claim.moment] >= MOMENT_ORDER[moment]
        # It names the line between no and yes: specific for the moments up to that line; beyond it, a yes
        # is only inferred ("after the interview" holds a fortiori once hired).
        return ("for" if later else "against"), 1.3, "", MOMENT_ORDER[claim.moment] <= MOMENT_ORDER[moment]
    if moment == "any":
        return direction, 1.0, "", False
    if claim.moment == "any":
        return direction, 0.5 if moment in _OUTSIDE_CANDIDACY else 1.0, moment, False
    if moment == claim.moment or {moment, claim.moment} <= {"during-process", "right-after-interview"}:
        return direction, 1.3, "", True
    if {moment, claim.moment} <= {"during-process", "before-interview"}:
        # "During the process" takes in the time before the interview, but it is mostly the wait after it.
        return direction, 1.0, "", False
    # The risk of getting in touch falls as the process goes on: a yes holds for later moments and a no for
    # earlier ones, at less weight than advice that names the moment, and not as specific as it.
    later = MOMENT_ORDER[claim.moment] > MOMENT_ORDER[moment]
    if (direction == "for" and later and moment not in _OUTSIDE_CANDIDACY) or (
        direction == "against" and not later and claim.moment not in _OUTSIDE_CANDIDACY
    ):
        return direction, 1.0, "", False
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
        if cue == "if you prefer":
            summary *= 0.4
            continue
        strength = max(strength, 0.5 if _WEAK_CUE.match(cue) else 1.0)
    return (strength or 0.5) * summary


def _mixes_circles(claim: Claim, record: AdviceRecord) -> bool:
    """Whether a record is a yes to friending coworkers on Facebook, asked whether both circles may share one
    Facebook account: having them there is that (writers and readers agree, 4 of 5)."""
    return (
        claim.action == "separate-accounts"
        and claim.state("mixed") is True
        and claim.platform == record.platform == "facebook"
        and record.action == "friend"
        and record.person == "coworker"
        and record.direction == "for"
    )


def _action_fit(claim: Claim, record: AdviceRecord) -> float:
    """How far a record's action speaks to the claim's: 1 for the same kind, less for a general rule."""
    if _asks_first(claim, record) is not None:
        return 1.0
    if _mixes_circles(claim, record):
        return _OPPOSED_FIT
    if record.action in _ACTION_COMPATIBLE.get(claim.action, frozenset()):
        if claim.action == "view-profile" and record.action == "research" and is_about_being_seen(claim.text):
            # Whether they will see you looked is not answered by advice to look them up.
            return 0.0
        return 1.0
    if record.action in _OPPOSED_ACTIONS.get(claim.action, frozenset()):
        return _OPPOSED_FIT
    if record.action in _RELATED_ACTIONS.get(claim.action, frozenset()):
        # Advice on connecting on social media in general covers following too, but not advice about one network.
        if claim.action == "follow" and record.platform not in _GENERAL_PLATFORMS:
            return 0.0
        return _RELATED_FIT
    return 0.0


# A yes turned into a no and back; a rejected condition says nothing clear, so it has no reversal.
_REVERSED = {"for": "against", "against": "for"}


def _asks_first(claim: Claim, record: AdviceRecord) -> bool | None:
    """For a request sent with or without asking first, whether it was asked, when the record is advice to ask."""
    if claim.action != "connect" or record.action != "ask-permission" or record.direction != "for":
        return None
    return claim.state("asked-first")


def _action_direction(claim: Claim, record: AdviceRecord) -> str | None:
    """What a record says about the claim's action: its own direction, turned around when it is about the
    opposed action, or None when it says nothing about it."""
    asked = _asks_first(claim, record)
    if asked is not None:
        # "Just ask first" is a yes to a request after asking and a no to one sent without.
        return "for" if asked else "against"
    if _mixes_circles(claim, record):
        return "against"
    if record.action in _APPROVAL_AT_THE_MOMENT.get(claim.action, frozenset()):
        # "Stay in touch after a rejection" approves accepting their request then; it says nothing at other
        # moments, and a no to sending a request is no word on answering one.
        named_moment = claim.moment != "any" and record.moment == claim.moment
        return record.direction if named_moment and record.direction == "for" else None
    if record.action not in _OPPOSED_ACTIONS.get(claim.action, frozenset()):
        return record.direction
    if record.direction == "conditional" or (record.action in _APPROVAL_ONLY_OPPOSES and record.direction != "for"):
        # "Accept it if Facebook is your work account" leaves ignoring it where it was.
        return None
    return _REVERSED.get(record.direction, record.direction)


def _leaves_it_optional(claim: Claim, record: AdviceRecord, said: str | None) -> bool:
    """Whether a record leaves the claim's act to the person: a yes only if they want to, or a condition other
    than timing on the very platform asked about (a condition on another platform says nothing of this one)."""
    if said == "for":
        return _OPTIONAL.search(record.condition) is not None
    return said == "conditional" and record.moment == "any" and record.platform == claim.platform


def _condition_direction(claim: Claim, record: AdviceRecord, direction: str) -> tuple[str, bool, bool] | None:
    """(direction, settled, holds) of a record under the situation the claim states ("an interviewer whose
    account is private"): a condition about that situation is settled, and holds or not; one about something
    else leaves the record as it is, or (a question of who can see the account against a test of what they
    post) takes it out, as None. A condition in advice is read both ways: "if it is public, follow" also says
    not to when it is private."""
    # Being hired is when it is done, which the record's moment has already answered; it settles no condition.
    states = {state: holds for state, holds in claim.states if state != "hired"}
    if "varies" in find_condition_states(record.condition):
        # "Some interviewers accept and some don't" answers how people take it ("do they mind"), not whether to do it;
        # said of requests, it says nothing of how they take a follow.
        asked_how_taken = states.get("reaction") or states.get("acceptance")
        return ("conditional", True, True) if asked_how_taken and record.action == claim.action else None
    if not states or not record.condition:
        return direction, False, False
    named = find_condition_states(record.condition)
    if states.get("reaction") and named and {STATE_ASPECTS[state] for state in named} <= {"content", "access"}:
        # Asked how they take it ("do hiring managers like it when candidates follow them"), a test of what their own
        # account is like says nothing of it (readers agree), unless the advice says how they take it ("they are
        # typically flattered").
        if direction != "against" and _TAKEN_WELL.search(record.text):
            return "for", True, True
        return None
    if direction == "for" and record.reviewed:
        # "Comment on one or two, don't overdo it": a yes that says how; a question that does it otherwise (on every
        # post) is answered no by it, and one that does not say how keeps the yes.
        manner = {state: holds for state, holds in find_condition_states(record.condition).items() if state in states}
        manner = {state: holds for state, holds in manner.items() if STATE_ASPECTS[state] == "manner"}
        if not manner:
            return direction, False, False
        holds = all(manner[state] == states[state] for state in manner)
        return ("for" if holds else "against"), True, holds
    if direction != "conditional":
        return direction, False, False
    shared = set(named) & set(states)
    if not shared:
        # A test of what they post leaves a question about their politics open; it says nothing about a question
        # of who can see the account. How the act is done (with a note) leaves every other condition as it is.
        # A public account is the usual case: the test of what they post still decides (readers agree).
        situation = {STATE_ASPECTS[state] for state, holds in states.items() if not (state == "public" and holds)}
        situation -= {"manner", "audience"}
        if not situation:
            return direction, False, False
        aspects = {STATE_ASPECTS[state] for state in named}
        return (direction, False, False) if aspects & situation else None
    holds = all(named[state] == states[state] for state in shared)
    # A reviewer writes the condition under which the answer is yes; an automatic record keeps its cue words,
    # which say whether the condition is when to do it ("if it is public, follow") or when not to.
    says_yes = record.reviewed or cue_polarity(record.cues) >= 0
    return ("for" if holds == says_yes else "against"), True, holds


def _content_unweighed(claim: Claim, record: AdviceRecord) -> bool:
    """Whether a claim refrains from a follow for what their feed is like ("skip following a political account") and
    the record's rule does not turn on what they post."""
    names_content = claim.state("political") is True or claim.state("professional") is False
    weighs_content = any(STATE_ASPECTS.get(state) == "content" for state in find_condition_states(record.condition))
    return claim.action == "follow" and not claim.positive and names_content and not weighs_content


def _readies_for_contact(claim: Claim, record: AdviceRecord) -> bool:
    """Whether a claim asks to tidy one's profile before reaching out or applying ("clean up my social media before I
    start applying"), or whether employers look at it, and the record is advice to make it ready for those who will
    look: whoever the claim names, that advice is the answer (writers and readers agree)."""
    return (
        claim.action == "clean-up-profile"
        and (_BEFORE_CONTACT.search(claim.text) is not None or claim.state("seen") is True)
        and _THEY_LOOK.search(record.text) is not None
    )


def compatible(claim: Claim, record: AdviceRecord) -> bool:
    """Whether a record's action, platform and person speak to the claim's (timing is weighed separately)."""
    if not _action_fit(claim, record):
        return False
    if _platform_fit(claim, record) is None:
        return False
    if (
        _readies_for_contact(claim, record)
        or _mixes_circles(claim, record)
        or (claim.state("hired") and record.person == "coworker" and record.direction == "for")
    ):
        # Hired, the interviewer is a coworker: a yes to friending coworkers is a yes to friending them (a rule for
        # how to keep one's own accounts is not).
        return True
    return people_compatible(claim.person, record.person, claim.action)


def _said_to_the_question(claim: Claim, record: AdviceRecord, said: str | None) -> str | None:
    """What a record's direction on the act says to the kind of question asked (whether it gets safer, what the note
    says, whether it replaces a card, whether one must, whether one may refrain), or None when it says nothing."""
    if said is None:
        return None
    if claim.state("safer-later"):
        # "Less risky the further along you are": advice that draws a line in time (no before, yes after) says so;
        # a yes at one moment, or advice for any moment, says nothing of it. At the moment the claim names, a no
        # says it is no safer then.
        if record.moment == "any" or (claim.moment != "any" and record.moment != claim.moment):
            return None
        if claim.moment == "any":
            return None if record.direction == "for" else "for"
        return "against" if record.direction == "against" else "for"
    if (
        claim.state("hired")
        and record.moment != claim.moment
        and record.person != "coworker"
        and not holds_at_every_moment(record.text)
    ):
        # Friending the interviewer once hired: advice for that time, or about coworkers, speaks, and so does a rule
        # said to hold wherever one is in the process ("don't do it", the files' writers: 12 of 18); another rule for
        # the interview process does not reach past it.
        return None
    if (
        claim.state("note") is False
        and said == "for"
        and (
            mentions_thank_you(normalize(record.text))
            or find_condition_states(record.text).get("note") is True
            or record.moment not in ("any", claim.moment)
        )
    ):
        # A yes to a request with a thank-you written into it, or to keeping in touch after a rejection, is no word on
        # a request sent bare (readers: nothing 5 of 6).
        return None
    if claim.state("staying") and record.moment != claim.moment:
        # Keeping up a contact once the process is over: only advice about that time speaks; a rule about when to make
        # the request, or a plain yes to it, says nothing of keeping it up (readers agree).
        return None
    if claim.state("expects-outcome") is not None and "expects-outcome" not in find_condition_states(record.condition):
        # Asked what the note should say, only advice on what it says speaks.
        return None
    if (
        claim.action == "message"
        and claim.state("note")
        and "note" not in find_condition_states(record.condition)
        and (record.platform == "offline" or not _IN_A_REQUEST.search(record.text))
    ):
        # "Add a note to the request or just hit connect?": a message of another kind is no word on the note.
        return None
    if claim.state("instead-of-card") and said != "against" and not mentions_thank_you(normalize(record.text)):
        # A request in place of a thank-you card: a yes to the request, or a condition on it, is no word on dropping
        # the card; a no to the request right after the interview still holds, and makes it the worse thank-you too
        # (the files' writers: a no 13 of 16, though their majorities mostly give nothing).
        return None
    optional_yes = said == "for" and _OPTIONAL.search(record.condition) is not None
    if (
        (said == "conditional" or optional_yes)
        and record.moment == "any"
        and _OBLIGATION.search(claim.text)
        and not _open_manner(replace(claim, states=()), record)
        and "varies" not in find_condition_states(record.condition)
    ):
        # "Do I have to accept their request?": advice that it depends says you do not (readers agree); "do I need to
        # add a note?" is answered yes by advice that makes the note its condition.
        return "against"
    if claim.refrain and _leaves_it_optional(claim, record, said):
        # "You don't need to if you don't want to", "Facebook for friends or for work, as you decide": then not doing
        # it is all right.
        return "against"
    if claim.refrain and said in ("for", "conditional"):
        # Asked whether it is all right not to do it, a yes to doing it, a view on when, or a condition on another
        # network, says nothing.
        return None
    return said


def _votes(claim: Claim, records: Sequence[AdviceRecord], stance_model: StanceModel | None) -> list[_Vote]:
    votes: list[_Vote] = []
    advantage = is_about_advantage(claim.text)
    # Asked whether it pays off with no moment named, a source that says no at every moment of the candidacy it
    # names says it does not (writers 9 to 2); asked only whether they notice, it says nothing.
    no_throughout_candidacy = not asks_only_if_noticed(claim.text) and not any(
        record.direction != "against" and record.moment not in _OUTSIDE_CANDIDACY and compatible(claim, record)
        for record in records
    )
    for record in records:
        # A reader's letter is what the article answers, not advice; a view the author reports in order to reject it
        # ("you hear coaches say to send a paper note. But ...") is the author's no to it, read below.
        rejected = record.speaker == "reported"
        if record.speaker == "reader" or (rejected and stance_model is not None) or not compatible(claim, record):
            continue
        if claim.state("acceptance") and "varies" not in find_condition_states(record.condition):
            # Whether they will accept is answered by advice that people differ, not by a yes or no to sending.
            continue
        if claim.action == "follow-back" and record.action == "follow" and (record.moment != "any" or not claim.states):
            # A follow back answers their move: advice on making the first one says nothing of it (readers give no
            # position 2 to 1), unless the question says what their account is like, which that advice weighs.
            continue
        if claim.action == "clean-up-profile" and _PHOTOS.search(claim.text) and not _PHOTOS.search(record.text):
            # Asked about photos, advice to make the profile interview-ready in general is no word on them.
            continue
        if _content_unweighed(claim, record):
            # "Should I skip following her if she tweets about politics?": a rule that does not turn on what they
            # post is no word on that reason (writers and readers, 36 to 9).
            continue
        if claim.state("seen") and not _THEY_LOOK.search(record.text):
            # Asked whether they will look at one's profile, only advice that says they will (or to ready it for their
            # eyes) speaks; a rule about which photos to keep does not (readers agree).
            continue
        asked_about = _research_objects(claim.text) - ({"writing"} if record.platform in _GENERAL_PLATFORMS else set())
        if claim.action == "research" and not asked_about <= _research_objects(record.text):
            # Asked about reading their blog or checking connections in common, advice to look at their tweets is
            # no word on it (readers agree); advice to study them on social media in general takes in what they
            # write (writers and readers, 11 of 11).
            continue
        plain_no = (
            record.direction == "against"
            and (record.platform == claim.platform or record.platform in _GENERAL_PLATFORMS)
            and (
                record.moment in ("any", claim.moment)
                or (claim.moment == "any" and record.moment not in _OUTSIDE_CANDIDACY and no_throughout_candidacy)
            )
        )
        if advantage and not plain_no and not _OUTCOME.search(normalize(record.text)):
            # Asked whether it pays off, a mere permission ("it's not a faux pas") says nothing either way; a rule
            # against doing it then and there says it does not (readers agree), a no on one network of several,
            # or at one moment of several, does not.
            continue
        if advantage and record.direction == "conditional" and not _GAIN.search(normalize(record.text)):
            # Nor does a condition on when or where to do it that names no gain ("the risk falls as you progress").
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
        said = _said_to_the_question(claim, record, _action_direction(claim, record))
        if said is None:
            continue
        if advantage and said == "conditional" and _GAIN.search(normalize(record.text)):
            # "Done properly, it gives you an edge": asked whether it pays off, that is a yes.
            said = "for"
        if rejected:
            said = _REVERSED.get(said or "")
        conditioned = _condition_direction(claim, record, said) if said else None
        if conditioned is None:
            continue
        said, specific_condition, condition_holds = conditioned
        if _asks_first(claim, record) is not None:
            # Whether the person was asked first is the situation the question states: that advice decides.
            specific_condition, condition_holds = True, True
        timed = _moment_vote(claim, record, said)
        if timed is None:
            continue
        direction, moment_weight, moment_scope, specific_moment = timed
        waiting = record.direction == "conditional" and record.moment != "any"
        if (
            waiting
            and claim.moment not in ("any", *_OUTSIDE_CANDIDACY)
            and not claim.positive
            and (is_social_judgment(claim.text) or _COSTLY.search(claim.text) is not None)
        ):
            # Asked whether it looks weird or rude, or would cost one ("would it hurt my chances"), "I'd wait until
            # after the interview" is a view on the best time, not a verdict on the act: it neither decides nor
            # outweighs one. Asked whether it is a bad idea, it is that verdict. Once the process is over, "if you
            # get the job, by all means" is the verdict (writers and readers agree).
            moment_weight, specific_moment = moment_weight * 0.4, False
        elif waiting and claim.positive and _PERMISSION.search(claim.text) and _PERSONAL_TASTE.search(record.text):
            # Asked whether it is all right, the writer's own habit ("personally, I'd wait") is no condition on it;
            # asked "is it okay", it is no more to the point than the rule it follows ("it's not a faux pas").
            moment_weight *= 0.4
            specific_moment = specific_moment and _ALL_RIGHT.search(claim.text) is None
        # A reviewed record is a person's reading of the advice: full strength, whatever its wording.
        strength = 1.0 if record.reviewed else cue_strength(record.cues)
        weight = strength * platform_weight * person_weight * moment_weight
        if rejected:
            # Read off the author's rejection of it, not said outright.
            weight *= 0.5
        if specific_condition and not condition_holds:
            # Read the other way round ("if it is public, follow" for a private account): less sure.
            weight *= 0.7
        if not claim.positive and direction == "conditional" and record.moment != "any":
            # Asked whether it is a mistake, "wait until after the interview" is about when, not whether: it
            # decides only when the source says nothing outright.
            weight *= 0.4
        votes.append(
            _Vote(
                record,
                _label(direction, claim.positive),
                weight,
                moment_scope,
                platform_scope,
                specific_moment,
                specific_platform,
                specific_condition,
                _action_fit(claim, record) >= _OPPOSED_FIT,
                claim.person != "any" and record.person == claim.person,
            )
        )
    return votes


def _within_candidacy(claim: Claim, votes: list[_Vote]) -> list[_Vote]:
    """A question that names no moment is asked by a candidate: advice for after the offer or the rejection answers
    it only when the source says nothing about the time of the candidacy."""
    if claim.moment != "any":
        return votes
    inside = [vote for vote in votes if vote.record.moment not in _OUTSIDE_CANDIDACY]
    return inside or votes


def _label(direction: str, positive: bool) -> Stance:
    """A record's direction as a stance on the claim: against the action supports "it is a mistake to"."""
    if direction == "conditional":
        return "conditional"
    if (direction == "for") == positive:
        return "supports"
    return "opposes"


# The parts of a vote that make it specific, in the order they decide, and how much a vote without it keeps.
_SPECIFICITY = (
    ("specific_condition", 0.15),
    ("specific_action", 0.3),
    ("specific_moment", 0.2),
    ("specific_platform", 0.5),
    ("specific_person", 0.5),
)


def _weighed_votes(claim: Claim, records: Sequence[AdviceRecord], stance_model: StanceModel | None) -> list[_Vote]:
    """Every compatible record's vote on the claim, weighed against the others."""
    votes = _within_candidacy(claim, _votes(claim, records, stance_model))
    if _is_blanket_no(claim):
        # "Stay off social media with interviewers until hired": a yes on one network is a no to that, and a no on
        # another does not make it right.
        votes = [vote for vote in votes if not (vote.platform_scope and vote.label == "supports")]
        # "It depends on when and where" is no to "never": one may, on those terms (readers agree).
        votes = [_relabel(vote, "opposes") if vote.label == "conditional" else vote for vote in votes]
        return _weigh(votes, ("moment_scope",))
    if not is_about_advantage(claim.text):
        return _weigh(votes)
    # Asked whether it pays off, "yes, but not on Facebook" is still a yes: the one platform counts for less, and it
    # makes no condition of it.
    votes = [_scaled(vote, 0.5) if vote.platform_scope else vote for vote in votes]
    return _weigh(votes, ("moment_scope",))


def _is_blanket_no(claim: Claim) -> bool:
    """Whether a claim holds that one should keep off every network until the process is over ("stay off social
    media with interviewers until hired"), rather than how it looks or whether it is wise at one moment."""
    return (
        (claim.moment == "during-process" or is_everywhere(claim.text))
        and not claim.positive
        and not claim.refrain
        and not _PERMISSION.search(claim.text)
        and not claim.contrast
        and claim.platform in _GENERAL_PLATFORMS
        and not is_social_judgment(claim.text)
        and not claim.state("reaction")
        and not is_about_advantage(claim.text)
    )


def _weigh(votes: list[_Vote], scopes: tuple[str, ...] = ("moment_scope", "platform_scope")) -> list[_Vote]:
    """The specific rule wins over the general one, and a yes here with a no there is a condition."""
    # The most specific advice decides, part by part: the situation the claim states, then the claim's own action,
    # its moment, its platform. At each step the votes without that part weigh less, and the rest go on.
    leading = set(range(len(votes)))
    for part, factor in _SPECIFICITY:
        having = {number for number in leading if getattr(votes[number], part)}
        if not having:
            continue
        votes = [_scaled(vote, factor) if number in leading - having else vote for number, vote in enumerate(votes)]
        leading = having
    if any(vote.specific_condition for vote in votes):
        # The situation the question states settles the condition: it is no longer open by timing or platform, nor
        # by conditions that do not turn on it.
        scopes = ()
        votes = [vote for vote in votes if vote.specific_condition or vote.label != "conditional"]
    for scope in scopes:
        scoped = [vote for vote in votes if getattr(vote, scope)]
        yes = {getattr(vote, scope) for vote in votes if vote.label == "supports"}
        # "Yes on LinkedIn, only if they use it professionally on Facebook" is a condition too.
        no = {getattr(vote, scope) for vote in votes if vote.label == "opposes"} | {
            getattr(vote, scope) for vote in scoped if vote.label == "conditional"
        }
        if not scoped or not (yes and no) or yes == no:
            continue
        # A limited yes or no is a condition when it departs from what the source says in general (or when the
        # source says nothing in general); one that agrees with the general rule only restates it.
        general: dict[Stance, float] = {}
        for vote in votes:
            if not getattr(vote, scope) and vote.label != "conditional":
                general[vote.label] = general.get(vote.label, 0.0) + vote.weight
        dominant = max(general.items(), key=lambda item: item[1])[0] if general else None
        if dominant is None or any(vote.label != dominant for vote in scoped):
            votes = [
                _relabel(vote, "conditional") if getattr(vote, scope) and vote.label != "conditional" else vote
                for vote in votes
            ]
    return votes


def _scaled(vote: _Vote, factor: float) -> _Vote:
    return replace(vote, weight=vote.weight * factor)


def _relabel(vote: _Vote, label: Stance) -> _Vote:
    return replace(vote, label=label)


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
    if claim.contrast:
        return _decide_comparison(claim, records, relevance, stance_model)
    votes = _weighed_votes(claim, records, stance_model)
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


_SAFETY = re.compile(r"\b(?:safer|safe|riskier|risky|risk)\b")
# Two platforms whose leanings differ by less than this are treated alike by a source.
_SAME_LEANING = 0.25


def _leaning(claim: Claim, records: Sequence[AdviceRecord], stance_model: StanceModel | None) -> float | None:
    """How far a source leans to yes (1) or no (-1) on a claim, conditions counting as neither; None if silent."""
    totals = _totals(_weighed_votes(claim, records, stance_model))
    total = sum(totals.values())
    if total < 0.3:
        return None
    return (totals["supports"] - totals["opposes"]) / total


def _decide_comparison(
    claim: Claim,
    records: Sequence[AdviceRecord],
    relevance: Callable[[AdviceRecord], float] | None,
    stance_model: StanceModel | None,
) -> Position:
    """A source's stance on "X is better than Y": how it treats the act on one platform against the other."""
    this = replace(claim, contrast="", positive=True)
    other = replace(this, platform=claim.contrast, action="friend" if claim.contrast == "facebook" else this.action)
    this_leaning, other_leaning = _leaning(this, records, stance_model), _leaning(other, records, stance_model)
    if this_leaning is None or other_leaning is None:
        return NO_POSITION
    stance: Stance
    if claim.state("across-platforms"):
        # Whether the advice differs between networks: a source that treats them alike says it does not, one that
        # says yes on one and no on the other says it does; "positive" is the claim that it differs.
        differs = abs(this_leaning - other_leaning) >= _SAME_LEANING
        if not differs and abs(this_leaning) < 0.5:
            return NO_POSITION
        stance = "supports" if differs == claim.positive else "opposes"
    elif abs(this_leaning - other_leaning) < _SAME_LEANING:
        if abs(this_leaning) < 0.5 or _SAFETY.search(normalize(claim.text)) or claim.state("personal-place"):
            # Alike, or only said to be alike: no ranking of how safe the one is against the other, nor of which is
            # the personal one.
            return NO_POSITION
        # "The same rule applies to all social media": the one is no more acceptable than the other.
        stance = "opposes"
    else:
        better = this_leaning > other_leaning
        stance = "supports" if better == claim.positive else "opposes"
    this_position = decide_position(this, records, relevance, stance_model)
    other_position = decide_position(other, records, relevance, stance_model)
    # The evidence is what the source says about the platform it treats the more firmly.
    chosen = this_position if abs(this_leaning) >= abs(other_leaning) else other_position
    return Position(
        stance=stance,
        confidence=round(min(1.0, abs(this_leaning - other_leaning) / 2), 3),
        evidence=chosen.evidence,
        records=this_position.records + other_position.records,
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
    return stances_disagree(position.stance for position in positions)
