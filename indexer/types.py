"""The core types. All frozen: an index, once loaded, is shared between threads of the page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Stance = Literal["supports", "opposes", "conditional", "none"]
Direction = Literal["for", "against", "conditional"]
STANCES: tuple[Stance, ...] = ("supports", "opposes", "conditional", "none")


def stances_disagree(stances: Iterable[Stance]) -> bool:
    """Whether, among the stances of a question's sources, one supports the claim while another opposes it."""
    given = set(stances)
    return "supports" in given and "opposes" in given


@dataclass(frozen=True)
class Article:
    """One advice article: its metadata and its body, the text that every offset points into."""

    doc: str
    title: str
    body: str
    publisher: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    provenance: str = ""
    # Character offsets where each PDF page starts in the body; empty for other formats.
    page_starts: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based PDF page that holds this body offset, or None for articles without pages."""
        if not self.page_starts:
            return None
        page = 0
        for number, start in enumerate(self.page_starts):
            if start <= offset:
                page = number
        return page + 1


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with offsets into its body."""

    doc: str
    start: int
    end: int
    text: str
    # Which block (paragraph, bullet, heading) of the article it belongs to.
    block: int = 0


@dataclass(frozen=True)
class Passage:
    """A window of whole sentences of one article: the unit that retrieval ranks."""

    doc: str
    start: int
    end: int
    text: str
    # Positions of its first and last sentence in the article's sentence list, inclusive.
    first_sentence: int = 0
    last_sentence: int = 0
    page: int | None = None


@dataclass(frozen=True)
class Hit:
    """A passage as retrieved for one question: its fused score and where each ranking put it."""

    passage: Passage
    score: float
    keyword_rank: int | None = None
    dense_rank: int | None = None
    dense_score: float = 0.0


@dataclass(frozen=True)
class AdviceRecord:
    """One piece of advice read from an article: who should (not) do what, where, when, and on what terms."""

    doc: str
    start: int
    end: int
    text: str
    action: str
    platform: str = "any"
    person: str = "any"
    moment: str = "any"
    direction: Direction = "for"
    condition: str = ""
    # "author", "expert" (quoted, and the author agrees), "reported" (a view the author rejects) or "reader" (a
    # reader's letter that the article answers).
    speaker: str = "author"
    cues: tuple[str, ...] = ()
    reviewed: bool = False
    reviewer: str = ""
    reviewed_on: str = ""


@dataclass(frozen=True)
class Claim:
    """The yes/no statement a question asks about, in the same parts as an advice record."""

    text: str
    action: str
    platform: str = "any"
    person: str = "any"
    moment: str = "any"
    # False when the question asks whether the action is a mistake ("is it unprofessional to ..."):
    # then advice against the action supports the claim.
    positive: bool = True
    # The situation the question takes as given and how it says the act is done, as condition states:
    # (("note", True),) for "with a short note", (("public", False),) for "their account is private".
    states: tuple[tuple[str, bool], ...] = ()
    # The platform a comparison sets this one against ("is LinkedIn safer than Facebook": "facebook"); then
    # `positive` says whether the claim is that this platform is the better one.
    contrast: str = ""
    # Whether the question asks if refraining is all right ("is it okay not to connect at all"): then a yes to the
    # act does not speak against it, only a no to the act speaks for it.
    refrain: bool = False

    def state(self, name: str) -> bool | None:
        """Whether the question states a condition holds (True), does not (False), or says nothing of it (None)."""
        return dict(self.states).get(name)


@dataclass(frozen=True)
class Evidence:
    """The sentence that decides a source's stance, verbatim, with offsets into the article body."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Position:
    """A source's stance on a claim, with the evidence and the records that decided it."""

    stance: Stance
    confidence: float
    evidence: Evidence | None = None
    condition: str = ""
    records: tuple[AdviceRecord, ...] = ()
    reviewed: bool = False


NO_POSITION = Position(stance="none", confidence=0.0)


@dataclass(frozen=True)
class SourceView:
    """One article's part of an answer: what it says about the question and the passages that say it."""

    article: Article
    position: Position
    hits: tuple[Hit, ...] = ()


@dataclass(frozen=True)
class Answer:
    """The whole answer to a question, as the CLI prints it and the page lays it out."""

    question: str
    claim: Claim | None
    answered: bool
    disagree: bool
    sources: tuple[SourceView, ...] = ()
    hits: tuple[Hit, ...] = ()
    # Sources in the corpus that do not address the question (for the page's compact list).
    silent: tuple[Article, ...] = field(default_factory=tuple)
    corrected_question: str = ""


# The parts an advice record and a claim are made of. "any" means the advice or the question does not say.
ACTIONS = (
    "connect",  # send a connection request (LinkedIn invitation, "add", "link")
    "accept-request",  # accept a connection or friend request someone else sent
    "friend",  # a Facebook friend request
    "follow",  # follow on Twitter or elsewhere, without a request
    "follow-back",  # follow someone who followed you first
    "message",  # send a note, message or thank-you through social media
    "comment",  # comment on their posts, blogs or articles
    "research",  # look them or the organisation up, read their posts
    "view-profile",  # view their profile (and be seen doing it)
    "view-privately",  # log out or browse in private mode so that a profile view is not seen
    "clean-up-profile",  # make one's own profile and photos fit for employers
    "separate-accounts",  # keep personal and professional accounts apart
    "separate-platforms",  # use one platform for friends and family, another for work (Facebook / LinkedIn)
    "ignore-request",  # ignore or decline a request from a professional contact
    "ask-permission",  # ask the person first whether they would welcome a request
    "unaccepted-request",  # a request one sent that is not accepted: whether it is a bad sign
)
# "offline": not through social media at all (a paper note or card, a letter, a call, in person); "email": an
# email, which a question may ask about and no advice on social media covers.
PLATFORMS = ("linkedin", "facebook", "twitter", "instagram", "social-media", "offline", "email", "any")
# "direct-report": the people one manages ("if you're a manager, give your employees Facebook privacy").
PEOPLE = (
    "interviewer",
    "recruiter",
    "hiring-manager",
    "employer",
    "coworker",
    "direct-report",
    "professional-contact",
    "any",
)
# The people across the table in a hiring process: advice to a job seeker about one holds for the others.
HIRING_SIDE = frozenset({"interviewer", "hiring-manager", "recruiter"})
MOMENTS = ("before-interview", "right-after-interview", "during-process", "after-offer", "after-rejection", "any")
DIRECTIONS: tuple[Direction, ...] = ("for", "against", "conditional")
SPEAKERS = ("author", "expert", "reported", "reader")
