"""Turning questions into claims: open versus yes/no, negative framing, fragments, typos and aliases."""

from __future__ import annotations

import pytest

from indexer.claims import parse_claim
from indexer.types import ACTIONS, MOMENTS, PEOPLE, PLATFORMS, Claim


def parts(claim: Claim | None) -> tuple[str, str, str, str, bool]:
    assert claim is not None
    return claim.action, claim.platform, claim.person, claim.moment, claim.positive


@pytest.mark.parametrize(
    "question",
    [
        "How do I follow up after an interview?",
        "What should I wear to an interview?",
        "When should I send a thank-you note?",
        "Why do recruiters ignore LinkedIn requests?",
        "Which platform is best for networking?",
        "Who should I connect with at the company?",
        "Tips for connecting with recruiters on LinkedIn",
        "So, how long should I wait before following up?",
        "Is it better to connect on LinkedIn or on Facebook?",
    ],
)
def test_open_questions_have_no_claim(question: str) -> None:
    assert parse_claim(question) is None


def test_the_headline_question() -> None:
    claim = parse_claim("Should I send my interviewer a LinkedIn request?")
    assert parts(claim) == ("connect", "linkedin", "interviewer", "any", True)
    assert claim is not None and claim.text == "You should send your interviewer a LinkedIn request."


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Is it unprofessional to add my recruiter on LinkedIn?", "recruiter"),
        ("Is it inappropriate to connect with the hiring manager on LinkedIn?", "hiring-manager"),
        ("Would it be bad to connect with my interviewer on LinkedIn?", "interviewer"),
        ("Is it creepy to add an interviewer on LinkedIn?", "interviewer"),
    ],
)
def test_asking_whether_it_is_wrong_makes_a_negative_claim(question: str, person: str) -> None:
    assert parts(parse_claim(question)) == ("connect", "linkedin", person, "any", False)


def test_do_recruiters_mind_is_a_negative_claim_about_recruiters() -> None:
    claim = parse_claim("Do recruiters mind if I connect with them on LinkedIn?")
    assert parts(claim) == ("connect", "linkedin", "recruiter", "any", False)
    assert claim is not None and claim.text == "Recruiters mind if you connect with them on LinkedIn."


def test_the_predicate_names_the_action_not_the_setting() -> None:
    claim = parse_claim("A hiring manager sent me a Facebook friend request - is it rude to ignore it?")
    assert parts(claim) == ("ignore-request", "facebook", "hiring-manager", "any", False)


def test_a_keyword_fragment_becomes_a_readable_claim() -> None:
    claim = parse_claim("fb friend request interviewer")
    assert parts(claim) == ("friend", "facebook", "interviewer", "any", True)
    assert claim is not None and claim.text == "Sending a Facebook friend request to an interviewer is acceptable."
    timed = parse_claim("linkedin request before interview")
    # A claim about an interview that names no one is about the interviewer.
    assert parts(timed)[:4] == ("connect", "linkedin", "interviewer", "before-interview")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("should i conect with my intervewer on linkdin", ("connect", "linkedin", "interviewer")),
        ("Can I add my recruter on li?", ("connect", "linkedin", "recruiter")),
        ("Should I send a freind request to the hiring manger?", ("friend", "facebook", "hiring-manager")),
        ("is it ok to follow my interviewer on X?", ("follow", "twitter", "interviewer")),
        ("Can I add my interviewer on Facebook?", ("friend", "facebook", "interviewer")),
    ],
)
def test_typos_and_aliases(question: str, expected: tuple[str, str, str]) -> None:
    assert parts(parse_claim(question))[:3] == expected


def test_corrected_words_appear_in_the_claim_text() -> None:
    claim = parse_claim("Is it unprofessional to add my recruter on linkdin?")
    assert claim is not None and claim.text == "It is unprofessional to add your recruiter on LinkedIn."


@pytest.mark.parametrize(
    ("question", "moment"),
    [
        ("Should I connect with my interviewer on LinkedIn right after the interview?", "right-after-interview"),
        ("Can I add my interviewer on LinkedIn before my interview?", "before-interview"),
        ("Is it appropriate to connect with the interviewer after I get the job?", "after-offer"),
        ("Once I've accepted the offer, can I connect with my interviewer on LinkedIn?", "after-offer"),
    ],
)
def test_moments(question: str, moment: str) -> None:
    assert parts(parse_claim(question))[3] == moment


def test_questions_outside_the_vocabulary_still_get_a_claim() -> None:
    claim = parse_claim("Should I negotiate salary in the first interview?")
    assert claim is not None
    assert claim.action == "other"
    assert claim.text == "You should negotiate salary in the first interview."


def test_a_thank_you_note_is_a_message_however_it_is_sent() -> None:
    assert parts(parse_claim("Is it okay to send a thank-you note on LinkedIn?"))[:2] == ("message", "linkedin")


def test_claims_use_the_shared_vocabularies() -> None:
    for question in (
        "Should I follow back an interviewer who followed me on Twitter?",
        "Can I research my interviewer?",
    ):
        claim = parse_claim(question)
        assert claim is not None
        assert claim.action in (*ACTIONS, "other")
        assert claim.platform in PLATFORMS and claim.person in PEOPLE and claim.moment in MOMENTS
    assert parts(parse_claim("Should I follow back an interviewer who followed me on Twitter?"))[0] == "follow-back"
