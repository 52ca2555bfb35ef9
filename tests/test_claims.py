"""Turning questions into claims: open versus yes/no, negative framing, fragments, typos and aliases."""

from __future__ import annotations

import pytest

from indexer.claims import (
    claim_states,
    correct_question,
    is_about_advantage,
    is_about_being_seen,
    is_social_judgment,
    parse_claim,
)
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
        ("just got hired!! is it fine to connect with my interviewer on li now?", "after-offer"),
    ],
)
def test_moments(question: str, moment: str) -> None:
    assert parts(parse_claim(question))[3] == moment


def test_questions_outside_the_vocabulary_still_get_a_claim() -> None:
    claim = parse_claim("Should I negotiate salary in the first interview?")
    assert claim is not None
    assert claim.action == "other"
    assert claim.text == "You should negotiate salary in the first interview."


@pytest.mark.parametrize(
    "question",
    [
        "does adding a photo to my resume help my chances?",
        "should i put my picture on my cv?",
        "should my linkedin url go on my resume?",
        "Is it unprofessional to put my twitter handle on my resume?",
    ],
)
def test_what_goes_on_the_resume_is_no_act_on_a_social_profile(question: str) -> None:
    # Adding a photo to a resume is neither connecting nor tidying a profile; no article speaks of resumes.
    claim = parse_claim(question)
    assert claim is not None and claim.action == "other"


def test_being_the_one_who_starts_the_connection_is_connecting() -> None:
    starts = parse_claim(
        "is it unprofessional for an applicant to be the one who starts the linkedin connection with the hiring mgr?"
    )
    assert starts is not None and (starts.action, starts.positive) == ("connect", False)
    # Letting them be the one to start it is not connecting oneself.
    left = parse_claim("As an applicant, should I let the hiring manager be the one to start the LinkedIn connection?")
    assert left is not None and (left.action, left.platform, left.positive) == ("connect", "linkedin", False)


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("would a recruiter be bothered if i sent them a li request after they interviewed me?", "reaction"),
        ("before i send the interviewer a linkedin invite do i need their ok first?", "asked-first"),
        ("the later the stage in hiring, the lower the risk of adding your interviewers online?", "safer-later"),
        ("does it get safer to connect w/ interviewers online the deeper you get into the process?", "safer-later"),
        ("If I send the interviewer a LinkedIn connection request, are they going to accept?", "acceptance"),
        ("is it true that employers look at candidates' social media?", "seen"),
        ("is it an issue for recruiters when candidates they're interviewing send them linkedin invites?", "reaction"),
        ("Is it something interviewers like when a candidate follows them on Twitter?", "reaction"),
    ],
)
def test_states_said_in_other_words(question: str, state: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.state(state) is True


def test_a_profile_left_outdated_is_the_opposite_of_updating_it() -> None:
    claim = parse_claim("would it hurt my chances if my profile isn't updated when i connect with the interviewer?")
    assert claim is not None and (claim.action, claim.positive) == ("clean-up-profile", True)
    outdated = parse_claim("is it bad if my linkedin is outdated when i add the hiring manager?")
    assert outdated is not None and (outdated.action, outdated.positive) == ("clean-up-profile", True)


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


@pytest.mark.parametrize(
    "question",
    [
        "I didn't get the job. May I still add the recruiter on LinkedIn?",
        "Should I stay connected with the hiring manager after I was rejected?",
        "Now that I wasn't selected, can I follow the interviewer on Twitter?",
        "The recruiter who rejected me sent me a LinkedIn invite - should I accept?",
    ],
)
def test_a_rejection_told_in_the_first_person_is_the_after_rejection_moment(question: str) -> None:
    assert parts(parse_claim(question))[3] == "after-rejection"


@pytest.mark.parametrize(
    "question",
    [
        "Is it too risky to friend the recruiter on Facebook?",
        "Would adding the hiring manager on LinkedIn be a mistake?",
        "Could connecting with my interviewer on LinkedIn hurt my chances?",
        "Will following the recruiter on Twitter count against me?",
        "Is it weird to follow the hiring manager on Twitter?",
        "Would it be rude to send my recruiter a LinkedIn invite?",
        "Does messaging the interviewer on LinkedIn seem pushy?",
        "Could adding the recruiter on LinkedIn backfire?",
        "Is it paranoid to log out of LinkedIn before viewing a recruiter's profile?",
        "im waiting to hear back, is it to early to add the recruiter on linkedin?",
    ],
)
def test_questions_that_ask_whether_it_is_a_mistake_are_negative(question: str) -> None:
    assert parts(parse_claim(question))[4] is False


@pytest.mark.parametrize(
    ("question", "positive"),
    [
        ("Should I never be the one to start a LinkedIn connection with a recruiter?", False),
        # A statement put up for confirmation, and a role said before the question without a comma.
        ("As the applicant I should never be the one to send a LinkedIn request to a hiring manager, right?", False),
        ("as the applicant should i never be the one to initiate the linkedin connection?", False),
        ("Is it okay not to accept a LinkedIn request from a recruiter?", False),
        ("Is it rude not to accept my interviewer's LinkedIn invitation?", True),
        ("Should I wait for the hiring manager to connect with me first?", False),
    ],
)
def test_a_negated_predicate_turns_the_question_around(question: str, positive: bool) -> None:
    assert parts(parse_claim(question))[4] is positive


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("do recruiters mind if candidates follow them on twitter?", "Following a recruiter on Twitter is acceptable."),
        (
            "do interviewers mind if you request to follow their private twitter?",
            "Sending a follow request to an interviewer on Twitter is acceptable (their account is private).",
        ),
        (
            "Are interviewers bothered when a candidate follows them on Instagram?",
            "Following an interviewer on Instagram is acceptable.",
        ),
    ],
)
def test_whether_they_mind_a_follow_is_asked_as_whether_it_is_fine(question: str, text: str) -> None:
    # Readers word it so 6 times of 7; whether they mind a LinkedIn request splits them, and stays as asked.
    claim = parse_claim(question)
    assert claim is not None and (claim.text, claim.positive, claim.state("reaction")) == (text, True, None)
    request = parse_claim("do recruiters mind if candidates send them linkedin requests?")
    assert request is not None and request.positive is False


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "before we meet, i wanna scope out my interviewer on li. creepy or normal?",
            "Researching an interviewer on LinkedIn before the interview is creepy.",
        ),
        (
            "would it be creepy if i went through my interviewer's social media before the interview?",
            "It would be creepy if you went through your interviewer's social media before the interview.",
        ),
    ],
)
def test_looking_them_up_said_other_ways(question: str, text: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.moment, claim.text) == ("research", "before-interview", text)


def test_a_misspelt_verdict_is_read_as_the_verdict() -> None:
    claim = parse_claim("fb friend request to my interviewer - inapropriate?")
    assert claim is not None and (claim.text, claim.positive) == (
        "Sending a Facebook friend request to an interviewer is inappropriate.",
        False,
    )
    # "Separate" is one letter from "desperate" but a word of its own.
    assert correct_question("separate accounts or desparate?") == "separate accounts or desperate?"


def test_accepting_a_request_is_not_sending_one() -> None:
    assert parts(parse_claim("Should I accept every LinkedIn invitation from recruiters?"))[:3] == (
        "accept-request",
        "linkedin",
        "recruiter",
    )
    assert parts(parse_claim("A recruiter sent me a friend request on Facebook, should I accept it?"))[0] == (
        "accept-request"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Can I follow up through social media after my interview?",
        "Is it fine to reach out to the recruiter on LinkedIn?",
    ],
)
def test_following_up_through_a_network_is_connecting_there(question: str) -> None:
    assert parts(parse_claim(question))[0] == "connect"
    assert parts(parse_claim("Should I follow up with a LinkedIn message after the interview?"))[0] == "message"


def test_logging_out_before_viewing_is_viewing_privately() -> None:
    claim = parse_claim("Should I browse in private mode before I look at the recruiter's LinkedIn profile?")
    assert parts(claim)[:3] == ("view-privately", "linkedin", "recruiter")
    # Looking without logging out asks whether there is no need to hide it, as "is it ok not to log out" does.
    open_view = parse_claim("Is it fine to check out the recruiter's LinkedIn profile without logging out?")
    assert parts(open_view)[:3] == ("view-privately", "linkedin", "recruiter") and parts(open_view)[4] is False


def test_a_situation_stated_in_the_question_is_kept_as_states() -> None:
    claim = parse_claim("Is it okay to follow a hiring manager whose Twitter account is protected?")
    assert claim is not None and claim_states(claim.text) == {"public": False}
    political = parse_claim("Can I follow a recruiter who tweets mostly about politics?")
    assert political is not None and claim_states(political.text) == {"political": True}
    assert claim_states("You should send a private message to the recruiter.") == {}


def test_platforms_outside_social_networking() -> None:
    assert parts(parse_claim("Should I follow the recruiter on Instagram?"))[1] == "instagram"
    assert parts(parse_claim("Should I mail a handwritten thank-you card to the hiring manager?"))[:2] == (
        "message",
        "offline",
    )


def test_a_thank_you_inside_a_request_is_the_request_and_comes_after_the_interview() -> None:
    claim = parse_claim("Is it tacky to write my thank-you into a LinkedIn invitation to the recruiter?")
    assert parts(claim) == ("connect", "linkedin", "recruiter", "right-after-interview", False)
    assert claim is not None and "instead-of-card" not in dict(claim.states)
    later = parse_claim("good idea to send the interviewer a li invite the same day with a thank you in the message?")
    assert parts(later)[:2] == ("connect", "linkedin")
    # In place of the card: a state of the question; the card itself is not.
    instead = parse_claim("linkedin invite w/ thank u msg instead of a thank you card after interview??")
    assert instead is not None and dict(instead.states).get("instead-of-card") is True
    card = parse_claim("Should I mail a handwritten thank-you card to the hiring manager?")
    assert card is not None and card.states == ()


def test_a_fragment_keeps_the_verdict_it_asks_about() -> None:
    claim = parse_claim("li invite to hiring mgr before the interview - bad etiquette?")
    assert claim is not None
    assert claim.text.endswith(" to a hiring manager before the interview is bad etiquette.")
    plain = parse_claim("fb friend request recruiter ok?")
    assert plain is not None and plain.text.endswith(" is acceptable.")


def test_a_message_that_is_only_the_channel_is_not_the_act() -> None:
    assert parts(parse_claim("Can I ask for a raise over LinkedIn messages?"))[0] == "other"


def test_naming_the_opposite_action_turns_the_claim_around() -> None:
    assert parts(parse_claim("Is it fine to keep beach photos on my Facebook while job hunting?"))[0:1] == (
        "clean-up-profile",
    )
    assert parts(parse_claim("Is it fine to keep beach photos on my Facebook while job hunting?"))[4] is False
    assert parts(parse_claim("Will employers judge me for party pictures on my profile?"))[4] is True


def test_how_it_looks_and_whether_it_pays_are_told_apart() -> None:
    assert is_social_judgment("It is presumptuous to add the recruiter on LinkedIn.")
    assert not is_social_judgment("It is a bad idea to add the recruiter on LinkedIn.")
    claim = parse_claim("Would following the recruiter on Twitter give me an edge?")
    assert claim is not None and claim.text == "Following the recruiter on Twitter would give you an edge."
    assert is_about_advantage(claim.text)


def test_everyday_words_are_not_corrected_into_domain_words() -> None:
    assert correct_question("Will the recruiter think I'm needy?") == "will the recruiter think i'm needy?"
    assert correct_question("Will the recruter think I'm hidding it?") == "will the recruiter think i'm hidding it?"
    assert parts(parse_claim("Will the recruiter think I'm needy if I add them on LinkedIn?"))[0] == "connect"


def test_looking_at_a_profile_and_thanking_someone() -> None:
    assert parts(parse_claim("Is it creepy to glance at the recruiter's LinkedIn profile?"))[:3] == (
        "view-profile",
        "linkedin",
        "recruiter",
    )
    # A thank-you goes to the interviewer, after the interview.
    assert parts(parse_claim("Should I send a thank-you note through LinkedIn?")) == (
        "message",
        "linkedin",
        "interviewer",
        "right-after-interview",
        True,
    )


@pytest.mark.parametrize(
    ("question", "moment"),
    [
        ("Should I wait until after the interview to connect with the hiring manager?", "before-interview"),
        ("should i hold off on connecting w/ my interviewer on li until after we've actually met?", "before-interview"),
        ("Should I wait until I get the offer to add my interviewer on LinkedIn?", "during-process"),
    ],
)
def test_waiting_for_a_moment_asks_whether_doing_it_before_is_a_mistake(question: str, moment: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.moment, claim.positive) == ("connect", moment, False)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The situation set out before the question: its moment and its states count, its words do not frame it.
        (
            "interviewers twitter is private, should i send a follow request?",
            ("follow", "twitter", "interviewer", "any", True, (("public", False),)),
        ),
        (
            "Got the offer! Can I connect with my interviewer on LinkedIn now?",
            ("connect", "linkedin", "interviewer", "after-offer", True, ()),
        ),
        (
            # Asked whether keeping up the contact is odd once it is over, the claim is that it is fine.
            "didnt get the job... is it weird to stay connected w/ the interviewer on linkedin?",
            ("connect", "linkedin", "interviewer", "after-rejection", True, (("staying", True),)),
        ),
        (
            "is it weird to add the hiring manager on linkedin before i've even had the interview",
            ("connect", "linkedin", "hiring-manager", "before-interview", False, ()),
        ),
        (
            "Should I send my interviewer a LinkedIn request once the interview is over?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True, ()),
        ),
        (
            "Do interviewers generally dislike getting LinkedIn requests from candidates?",
            ("connect", "linkedin", "interviewer", "any", False, (("reaction", True),)),
        ),
        (
            "is it creepy to look through my interviewer's social media profiles before we meet?",
            ("research", "social-media", "interviewer", "before-interview", False, ()),
        ),
        (
            "is it too pushy to ask about connecting on linkedin on my way out of the interview?",
            ("ask-permission", "linkedin", "interviewer", "right-after-interview", False, ()),
        ),
        # Taking photos down is cleaning up the profile, however many words stand between.
        (
            "do i need to delete all my personal pics before job hunting",
            ("clean-up-profile", "any", "any", "any", True, (("every-photo", True),)),
        ),
        (
            "Should I take the bar photos off my profile if I'm going to message employers from it?",
            ("clean-up-profile", "any", "employer", "any", True, ()),
        ),
        (
            "Should I hold off on connecting with the interviewer on LinkedIn until I actually get hired?",
            ("connect", "linkedin", "interviewer", "during-process", False, ()),
        ),
        (
            "At the end of my interview today I'm planning to ask the manager face to face if she'd mind me adding "
            "her on LinkedIn. Is that awkward?",
            ("ask-permission", "linkedin", "interviewer", "any", False, ()),
        ),
        (
            "if i decline a work contact's facebook request should i tell them to connect on linkedin instead?",
            ("separate-platforms", "facebook", "professional-contact", "any", True, ()),
        ),
        (
            "Should I ask the interviewer if they're ok with me connecting on LinkedIn before I send it?",
            ("ask-permission", "linkedin", "interviewer", "any", True, ()),
        ),
        (
            "Is it awkward to ask the hiring manager face to face, at the end of the interview, if I can add them on "
            "LinkedIn?",
            ("ask-permission", "linkedin", "hiring-manager", "any", False, ()),
        ),
        (
            "should i just stay off social media with my interviewers completely to be safe?",
            ("connect", "social-media", "interviewer", "any", False, ()),
        ),
        (
            "got the job offer, can i add my future boss (who interviewed me) on facebook now or still too soon?",
            ("friend", "facebook", "hiring-manager", "after-offer", True, ()),
        ),
        (
            "is it creepy to follow my interviewer on insta before i hear back",
            ("follow", "instagram", "interviewer", "during-process", False, ()),
        ),
        (
            "do hiring managers think its creepy when candidates look at their linkedin profile?",
            ("view-profile", "linkedin", "hiring-manager", "any", False, ()),
        ),
        (
            "do my tweets and status updates matter when i'm job hunting?",
            ("clean-up-profile", "twitter", "any", "any", True, ()),
        ),
        (
            "should i just not connect with interviewers online at all until i hear back?",
            ("connect", "social-media", "interviewer", "during-process", False, ()),
        ),
        (
            "should my linkedin note to the interviewer say i really hope they pick me?",
            ("connect", "linkedin", "interviewer", "any", True, (("expects-outcome", True), ("note", True))),
        ),
        (
            "should i ask the interviewer if it's cool to add them on linkedin before i send it?",
            ("ask-permission", "linkedin", "interviewer", "any", True, ()),
        ),
        (
            "a recruiter sent me a facebook friend request and i dont want to accept. is it rude to leave it?",
            ("ignore-request", "facebook", "recruiter", "any", False, ()),
        ),
        (
            "Is it a good idea to ask old colleagues I share with the interviewer what the company is like?",
            ("message", "any", "coworker", "any", True, ()),
        ),
        (
            "Should I ask people I know who used to work with the interviewer about the company before my interview?",
            ("message", "any", "coworker", "before-interview", True, ()),
        ),
        (
            "My interviewer sent me a LinkedIn request before I've heard back. Should I accept it?",
            ("accept-request", "linkedin", "interviewer", "during-process", True, ()),
        ),
        (
            "I'm waiting to hear back. is it better to hold off on adding the recuiter on linkedin until i hear?",
            ("connect", "linkedin", "recruiter", "during-process", False, ()),
        ),
        (
            "if i follow or connect with my interviewer will they end up looking at my profile?",
            ("clean-up-profile", "any", "interviewer", "any", True, (("seen", True),)),
        ),
        (
            "should I make sure my own profile looks good before I send the hiring manager a connection request?",
            ("clean-up-profile", "any", "hiring-manager", "any", True, ()),
        ),
        (
            "Do I need to polish my own LinkedIn profile before I connect with the people who interviewed me?",
            ("clean-up-profile", "linkedin", "interviewer", "any", True, ()),
        ),
        (
            "in my linkedin note should i make it clear im not expecting anything from the connection re the job?",
            ("connect", "linkedin", "any", "any", True, (("expects-outcome", False), ("note", True))),
        ),
        (
            "got rejected, is it weird to add the interviewer on linkedin now?",
            ("connect", "linkedin", "interviewer", "after-rejection", True, ()),
        ),
        (
            "Should I stay in touch with the interviewer if I don't get the job?",
            ("connect", "any", "interviewer", "after-rejection", True, (("staying", True),)),
        ),
        (
            "Once I've been offered the job, can I connect with the interviewer on LinkedIn?",
            ("connect", "linkedin", "interviewer", "after-offer", True, ()),
        ),
        (
            "is a linkedin invite w/ a thank you msg better than mailing a thank you card?",
            (
                "connect",
                "linkedin",
                "interviewer",
                "right-after-interview",
                True,
                (("card-compared", True), ("instead-of-card", True), ("note", True)),
            ),
        ),
        # "Ask them if they mind" is the act asked about, not a framing of it; "do recruiters mind" is.
        (
            "should i ask my interviewer if they mind me sending a linkedin invite before i actually send it?",
            ("ask-permission", "linkedin", "interviewer", "any", True, ()),
        ),
        (
            "do recruiters mind if candidates send them linkedin requests after an interview?",
            ("connect", "linkedin", "recruiter", "right-after-interview", False, (("reaction", True),)),
        ),
        # "Stalk their social media" is looking them up; "look like a stalker" is a verdict on it.
        (
            "is it ok to stalk my interviewer's social media before the interview",
            ("research", "social-media", "interviewer", "before-interview", True, ()),
        ),
        (
            "interviewer can see i looked at their linkedin profile... did i just look like a stalker?",
            ("view-profile", "linkedin", "interviewer", "any", False, ()),
        ),
        # How the act is done: with a note, or asking outright for a job.
        (
            "will it look desperate to send my interviewer a linkedin request with a short note while i wait?",
            ("connect", "linkedin", "interviewer", "during-process", False, (("note", True),)),
        ),
        (
            "can i just dm a hiring manager i dont know and ask for a job",
            ("message", "any", "employer", "any", True, (("job-request", True),)),
        ),
        (
            "as a manager is it ok to send my team members friend requests on facebook",
            ("friend", "facebook", "direct-report", "any", True, ()),
        ),
        (
            "Just applied somewhere - is it too much to follow a bunch of their employees on twitter?",
            ("follow", "twitter", "employer", "any", False, ()),
        ),
        (
            "should i keep one account for friends and a seperate one for work contacts?",
            ("separate-accounts", "any", "professional-contact", "any", True, ()),
        ),
    ],
)
def test_questions_as_people_type_them(question: str, expected: tuple[object, ...]) -> None:
    claim = parse_claim(question)
    assert claim is not None
    assert (claim.action, claim.platform, claim.person, claim.moment, claim.positive, claim.states) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "is linkedin any less weird than facebook for adding an interviewer?",
            (
                "connect",
                "linkedin",
                "facebook",
                True,
                "LinkedIn is less weird than Facebook for adding an interviewer.",
            ),
        ),
        (
            "is facebook riskier than linkedin for connecting with recruiters",
            (
                "connect",
                "facebook",
                "linkedin",
                False,
                "Facebook is riskier than LinkedIn for connecting with recruiters.",
            ),
        ),
    ],
)
def test_a_comparison_of_two_platforms_asks_which_is_the_better(question: str, expected: tuple[object, ...]) -> None:
    claim = parse_claim(question)
    assert claim is not None
    assert (claim.action, claim.platform, claim.contrast, claim.positive, claim.text) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The situation told after the question, or before it in a sentence of its own.
        (
            "my interviewer mostly tweets about our industry, is it fine to follow her?",
            ("follow", "twitter", "interviewer", "any", True, (("professional", True),), "", False),
        ),
        (
            "should i follow my interviewer on twitter before the interview? her feed is all industry stuff, nothing "
            "personal",
            ("follow", "twitter", "interviewer", "before-interview", True, (("professional", True),), "", False),
        ),
        (
            "interviewer's twitter is mostly political hot takes. follow anyway to get on his radar?",
            (
                "follow",
                "twitter",
                "interviewer",
                "any",
                True,
                (("political", True), ("professional", False)),
                "",
                False,
            ),
        ),
        # A choice between two verdicts, or two ways of doing it, asks about the first.
        (
            "one fb for friends + a separate account for work contacts — good idea or overkill?",
            ("separate-platforms", "facebook", "professional-contact", "any", True, (), "", False),
        ),
        (
            "add a note to linkedin conection request to interviewer or just send it blank?",
            ("message", "linkedin", "interviewer", "any", True, (("note", True),), "", False),
        ),
        (
            "thinking of skipping the mailed thank you card and putting my thank you in a linkedin invite to the "
            "interviewer instead. smart or tacky?",
            (
                "connect",
                "linkedin",
                "interviewer",
                "right-after-interview",
                True,
                (("instead-of-card", True), ("note", True)),
                "",
                False,
            ),
        ),
        (
            "can i just send my interviewer the linkedin request without asking them first?",
            ("connect", "linkedin", "interviewer", "any", True, (("asked-first", False),), "", False),
        ),
        (
            "is it ok to skip asking and just send the li invite to my interviewer?",
            ("connect", "linkedin", "interviewer", "any", True, (("asked-first", False),), "", False),
        ),
        # Whether refraining is all right.
        (
            "is it ok NOT to connect with my interviewer on any social media? i'd rather keep things formal",
            ("connect", "social-media", "interviewer", "any", False, (), "", True),
        ),
        (
            "Should job seekers stay off social media with interviewers completely until they're hired?",
            ("connect", "social-media", "interviewer", "during-process", False, (), "", False),
        ),
        (
            "3 ppl from my interview panel followed me on twitter. ok to follow them too?",
            ("follow-back", "twitter", "interviewer", "any", True, (), "", False),
        ),
        (
            "can I dm a hiring manager on linkedin and just ask them for a job?",
            ("message", "linkedin", "employer", "any", True, (("job-request", True),), "", False),
        ),
        (
            "should I check for mutual connections with the interviewer and ask them about the company?",
            ("message", "any", "coworker", "any", True, (), "", False),
        ),
        (
            "li or fb — which is ok for connecting with an interviewer, or are both off limits?",
            ("connect", "linkedin", "interviewer", "any", True, (), "facebook", False),
        ),
        (
            "do I need to sign out of linkedin before I look at the interviewer's profile?",
            ("view-privately", "linkedin", "interviewer", "any", True, (), "", False),
        ),
        (
            "a recruiter i barely know sent me a fb friend request, is it rude to leave it unanswered?",
            ("ignore-request", "facebook", "recruiter", "any", False, (), "", False),
        ),
        (
            # How they take it: advice that reactions vary answers it.
            "Do hiring managers get annoyed when candidates send them LinkedIn requests?",
            ("connect", "linkedin", "hiring-manager", "any", False, (("reaction", True),), "", False),
        ),
        (
            # The request turned down is the Facebook one; LinkedIn is where to send them.
            "Can I tell a work contact I'd rather connect on LinkedIn when they add me on Facebook?",
            ("separate-platforms", "facebook", "professional-contact", "any", True, (), "", False),
        ),
    ],
)
def test_questions_typed_in_a_hurry(question: str, expected: tuple[object, ...]) -> None:
    claim = parse_claim(question)
    assert claim is not None
    parts = (claim.action, claim.platform, claim.person, claim.moment, claim.positive, claim.states, claim.contrast)
    assert (*parts, claim.refrain) == expected


def test_a_choice_between_a_network_and_social_media_in_general_reads() -> None:
    claim = parse_claim("linkedin or social media — which is ok for recruiters")
    assert claim is not None and (claim.platform, claim.contrast) == ("linkedin", "social-media")
    assert claim.text == "LinkedIn is a better place than social media for this."


@pytest.mark.parametrize(
    "question",
    [
        "my interviewer never accepted my linkedin request - does that mean i didn't get the job?",
        "the interviewer never accepted my linkedin request, did that kill my chances?",
        "I sent my interviewer a linkedin request a week ago and it's still pending. does that mean I didn't get it?",
        "if the interviewer never accepts my linkedin request does that mean i didn't get the job?",
    ],
)
def test_a_request_left_unaccepted_asks_whether_it_is_a_bad_sign(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.positive) == ("unaccepted-request", True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The manager asking is not the person asked about.
        ("new manager here - should i add my team on facebook?", ("friend", "facebook", "direct-report")),
        ("Should managers friend their employees on Facebook?", ("friend", "facebook", "direct-report")),
        # A request ignored is a request left unaccepted.
        ("the interviewer ignored my linkedin request, does that mean they didn't like me?", ("unaccepted-request",)),
        # Accepting an offer is not accepting a request.
        ("can i accept an offer and keep interviewing at other companies?", ("other",)),
        ("should i accept their request?", ("accept-request",)),
        ("can i ask an old coworker who is connected to my interviewer what the company is like?", ("message",)),
        ("Do employers care what I post publicly, like status updates?", ("clean-up-profile",)),
        ("Do recruiters care what my public posts and status updates say?", ("clean-up-profile",)),
        ("Should my public posts and status updates back up the image I give in interviews?", ("clean-up-profile",)),
        # What one says in public threads is part of one's profile; whether employers look at it asks if it is seen.
        ("does it matter what i say in public comment threads while job hunting?", ("clean-up-profile",)),
        ("do employers care what my public comments and convos on social media say?", ("clean-up-profile",)),
        ("do employers actually look at candidates social media?", ("clean-up-profile", "social-media", "employer")),
        # A profile polished or left outdated is one's own profile, whoever it is for.
        ("should my linkedin be polished before i send invites to interviewers?", ("clean-up-profile", "linkedin")),
        ("shoud i ask the interviewer if it's ok before i send them a linkedin invite?", ("ask-permission",)),
        # Looking up what one has in common with the interviewer is looking up the interviewer.
        ("is it worth checking if me and the interviewer have mutual connections on linkedin?", ("research",)),
        ("Should I keep my personal and professional social media separate?", ("separate-accounts",)),
        (
            "should i just stay away from interviewers on social media completely until the process is over?",
            ("connect", "social-media", "interviewer", "during-process", False),
        ),
        ("Is LinkedIn more acceptable than Facebook for adding someone who interviewed me?", ("connect", "linkedin")),
        ("should i ask mutual linkedin connections about the company before interviewing", ("message",)),
        ("Do I need to clean up my own LinkedIn before I connect with the interviewer?", ("clean-up-profile",)),
        ("do recruiters think it's creepy when they see i checked out their linkedin profile", ("view-profile",)),
        ("Does engaging with the interviewer's posts before the interview help them remember me?", ("comment",)),
        ("read interviewers blog posts before interview - worth it?", ("research",)),
        (
            "can I connect with my interviewer on linkedin once I've gotten the offer?",
            ("connect", "linkedin", "interviewer", "after-offer"),
        ),
        (
            "i've done 2 rounds and have a final coming up, ok to connect on linkedin with the people i already met?",
            ("connect", "linkedin", "interviewer", "during-process"),
        ),
        # Pointing a contact to the work network; the situation set out first is no refusal of the act.
        (
            "if i dont want the hiring manager on my fb can i tell them to add me on linkedin instead?",
            ("separate-platforms", "facebook", "hiring-manager", "any", True),
        ),
        # One account for both is the opposite of keeping them apart.
        (
            "can i use the same account for friends and work contacts",
            ("separate-accounts", "any", "professional-contact", "any", False),
        ),
    ],
)
def test_people_and_acts_third_readers(question: str, expected: tuple[str, ...]) -> None:
    assert parts(parse_claim(question))[: len(expected)] == expected


@pytest.mark.parametrize(
    "question",
    [
        "should i comment on basically everything the interviewer posts so they remember me?",
        "should i comment on every single thing the recruiter posts so they remember me",
        "should i comment on a ton of the recruiter's posts so they remember my name",
        "is it too pushy to comment on all my interviewer's posts before the interview",
    ],
)
def test_commenting_on_everything_is_commenting_on_every_post(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.action == "comment" and claim.state("every-post") is True


def test_content_of_every_tweet_is_no_state_of_following() -> None:
    content = parse_claim(
        "ok to follow the interviewer on twitter before the interview if everything they tweet is work related"
    )
    assert content is not None and dict(content.states) == {"professional": True}
    research = parse_claim("is it worth checking if me and the interviewer have mutual connections on linkedin?")
    assert research is not None and research.person == "interviewer"


def test_better_off_not_doing_it_asks_whether_refraining_is_right() -> None:
    claim = parse_claim("am i better off just not connecting with interviewers on social media at all?")
    assert claim is not None and not claim.positive
    better = parse_claim("Is it better to just not connect with interviewers online at all?")
    assert better is not None and not better.positive


def test_what_a_note_says_is_how_the_request_is_made() -> None:
    hoping = parse_claim("can my note on linkedin say i'm really hoping to get the job?")
    assert hoping is not None and hoping.action == "connect"
    assert dict(hoping.states) == {"expects-outcome": True, "note": True}
    assert hoping.text == "Saying you're really hoping to get the job in the note of a LinkedIn request is acceptable."
    no_pressure = parse_claim("should my linkedin note to the interviewer say there's no pressure to accept?")
    assert no_pressure is not None and dict(no_pressure.states)["expects-outcome"] is False
    # Said of the request asked about, the note is only the note.
    request = parse_claim("Can I connect with my interviewer on LinkedIn right after if my note says I expect nothing?")
    assert request is not None and dict(request.states) == {"note": True}
    thanks = parse_claim("good idea to thank my interviewer through the linkedin invite message?")
    assert thanks is not None and dict(thanks.states).get("note") is True


def test_how_they_take_it_and_whether_it_is_safer_later() -> None:
    awkward = parse_claim("Do interviewers find it awkward when candidates send them LinkedIn requests?")
    assert awkward is not None and dict(awkward.states) == {"reaction": True}
    trend = parse_claim(
        "Does it get less risky to connect with an interviewer the further along you are in the process?"
    )
    assert trend is not None and (trend.moment, dict(trend.states)) == ("any", {"safer-later": True})
    comfortable = parse_claim(
        "Do hiring managers get more comfortable with candidates connecting the further along they are in the process?"
    )
    assert comfortable is not None and dict(comfortable.states) == {"safer-later": True}
    compared = parse_claim("is it less risky to connect with an interviewer online after the interview than before?")
    assert compared is not None and (compared.moment, dict(compared.states)) == (
        "right-after-interview",
        {"safer-later": True},
    )


@pytest.mark.parametrize(
    ("question", "advantage"),
    [
        ("will following the interviewer on twitter before the interview actually help me?", True),
        ("Will it help me to follow the recruiter on Twitter?", True),
        ("Would connecting give me an edge?", True),
        ("Can you help me write a note to the recruiter?", False),
        ("Should I follow the recruiter on Twitter?", False),
        ("does it actually help to follow your interviewer on twitter before the interview?", True),
        ("does following your interviewer on twitter before the interview actually help?", True),
        ("Is there any actual benefit to following your interviewer on Twitter before the interview?", True),
        ("Can adding interviewers on social media actually give me a competitive edge?", True),
        ("following hiring manager on twitter pre-interview - would that help me stand out from the crowd?", True),
        # The gain as the purpose of doing it anyway: a question of whether to do it.
        ("interviewer's twitter is mostly political hot takes. follow anyway to get on his radar?", False),
    ],
)
def test_whether_a_question_asks_if_the_act_pays_off(question: str, advantage: bool) -> None:
    claim = parse_claim(question)
    assert claim is not None and is_about_advantage(claim.text) is advantage


def test_asking_in_person_whether_it_is_ok_is_asking_first() -> None:
    claim = parse_claim("should i ask the interviewer in person if it's ok to connect on linkedin before i send it?")
    assert parts(claim)[0] == "ask-permission"


def test_a_request_in_place_of_a_separate_thank_you_and_refraining_read_well() -> None:
    card = parse_claim("can i put my thank you in the li connection request instead of sending a separate one?")
    assert card is not None and card.state("instead-of-card") is True
    refrain = parse_claim("is it fine if i don't accept my coworker's facebook request?")
    assert refrain is not None and refrain.text == "It is fine not to accept your coworker's Facebook request."


def test_a_comparison_of_networks_says_what_it_is_the_better_place_for() -> None:
    before = parse_claim("linkedin vs facebook for connecting with an interviewer, is linkedin the safer bet?")
    assert before is not None and (before.platform, before.contrast) == ("linkedin", "facebook")
    # The comparison asked about ("the safer bet") is kept.
    assert before.text == "LinkedIn is safer than Facebook for connecting with an interviewer."
    article = parse_claim("is linkedin a better place than facebook to connect with a hiring manager?")
    assert article is not None
    assert article.text == "LinkedIn is a better place than Facebook to connect with a hiring manager."


def test_asked_whether_they_will_look_at_ones_profile_the_claim_says_so() -> None:
    claim = parse_claim("if i follow or connect with my interviewer will they end up looking at my profile?")
    assert claim is not None and claim.text == "They will look at your profile."


@pytest.mark.parametrize(
    ("question", "positive", "text"),
    [
        # Asked whether it is odd when there is a reason to, the claim is "is it fine": a source that says "fine"
        # supports it.
        (
            "didnt get the job... is it weird to stay connected w/ the interviewer on linkedin?",
            True,
            "It is fine to stay connected with the interviewer on LinkedIn (didn't get the job).",
        ),
        (
            "3 interviewers followed me on twitter, would it be weird to follow them back?",
            True,
            "It would be fine to follow them back (3 interviewers followed you on twitter).",
        ),
        (
            "is it weird to follow an interviewer on twitter if all they tweet about is work",
            True,
            "It is fine to follow an interviewer on Twitter if all they tweet about is work.",
        ),
        # Asked whether to go ahead against the reason the advice gives, readers word the claim as that advice.
        (
            "my interviewer tweets a lot about politics, should i still follow them?",
            False,
            "You should not follow them (your interviewer tweets a lot about politics).",
        ),
        (
            "should i still follow the interviewer on twitter if all they tweet about is politics?",
            False,
            "You should not follow the interviewer on Twitter if all they tweet about is politics.",
        ),
        (
            "didn't get the job - should i still keep in touch with the interviewer?",
            True,
            "You should still keep in touch with the interviewer (didn't get the job).",
        ),
    ],
)
def test_the_claim_says_what_readers_take_the_question_to_ask(question: str, positive: bool, text: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.positive, claim.text) == (positive, text)


def test_what_a_note_would_say_is_the_claim() -> None:
    claim = parse_claim("is it pushy to say in my linkedin note that i hope to hear good news about the job?")
    assert claim is not None and claim.state("expects-outcome") is True and claim.state("note") is True
    assert (
        claim.text == "Saying you hope to hear good news about the job in the note of a LinkedIn request is a mistake."
    )


@pytest.mark.parametrize(
    "question",
    [
        "is linkedin ok but facebook not ok when it comes to adding an interviewer?",
        "li ok but fb not ok for adding an interviewer?",
        "is it ok to add an interviewer on linkedin but not ok on facebook?",
        "LinkedIn ok even though Facebook isn't, when it comes to adding an interviewer?",
        "is linkedin the one place it's actually ok to connect with an interviewer, unlike fb?",
    ],
)
def test_linkedin_ok_but_facebook_not_compares_the_two(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None
    assert (claim.platform, claim.contrast, claim.positive) == ("linkedin", "facebook", True)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("i manage a team, can i add them on facebook?", "manage"),
        ("is it weird to follow my interviewer's coworkers before contacting recruiters?", "contacting"),
        ("do i need to delete my hiking photos before applying?", "hiking"),
    ],
)
def test_real_words_are_not_corrected_into_domain_words(question: str, kept: str) -> None:
    # "contacting" is not "connecting", nor "manage" "manager": a word of the language is no typo.
    assert kept in correct_question(question).split()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "should i just research the interviewer and not try to connect with them at all",
            ("connect", "any", "interviewer", "any", False),
        ),
        (
            "should i research the interviewer instead of following them on twitter?",
            ("follow", "twitter", "interviewer", "any", False),
        ),
        # Researching and then following is still a question about the research.
        ("should i research the interviewer and follow them?", ("research", "any", "interviewer", "any", True)),
    ],
)
def test_researching_instead_of_connecting_asks_whether_not_to_connect(
    question: str, expected: tuple[str, ...]
) -> None:
    assert parts(parse_claim(question)) == expected


def test_sprucing_up_ones_linkedin_is_cleaning_up_the_profile() -> None:
    claim = parse_claim("Should I spruce up my LinkedIn before I send the interviewer an invite?")
    assert parts(claim)[:2] == ("clean-up-profile", "linkedin")


@pytest.mark.parametrize(
    ("question", "hired"),
    [
        ("Got the job! Is it fine to add my new boss, who interviewed me, on Facebook?", True),
        ("once I start the new job can I friend my interviewer (now a coworker) on facebook?", True),
        ("can i friend my interviewer on fb once i've been hired?", True),
        # An offer is not yet the job; and on LinkedIn, being hired changes nothing the advice turns on.
        ("got the job offer, can i add my future boss (who interviewed me) on facebook now?", None),
        ("got the job! can i connect with my interviewer on linkedin now?", None),
    ],
)
def test_hired_is_a_state_of_facebook_questions_about_the_interviewer(question: str, hired: bool | None) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.moment == "after-offer" and claim.state("hired") is hired


@pytest.mark.parametrize(
    "question",
    [
        "when i add someone who interviewed me on linkedin do i have to include a personal message?",
        "when adding my interviewer on li should i write a note or simply press connect",
        "li invite to a person who interviewed me - is a personalized note required or can i skip it",
        "I'm about to send a connection request to the person interviewing me. Is writing a message necessary?",
        "li invite to interviewer - personal msg or blank?",
        "Should I personalize the LinkedIn invitation I send to my interviewer with a short note?",
    ],
)
def test_asked_whether_to_add_a_note_the_note_is_the_question(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.person, claim.state("note")) == ("message", "interviewer", True)


def test_a_note_asked_about_reads_as_the_note_of_a_request() -> None:
    claim = parse_claim("li invite to interviewer - personal msg or blank?")
    assert claim is not None
    assert claim.text == (
        "Adding a personal note to a request to an interviewer on LinkedIn is acceptable"
        " (linkedin invite to interviewer)."
    )
    # An open question keeps its "when": only a clause before "should I" is a situation.
    assert parse_claim("when should i send a linkedin request?") is None


def test_pointing_a_contact_to_linkedin_instead() -> None:
    claim = parse_claim("if a work contact asks why i didnt accept their fb request can i just point them to linkedin")
    assert parts(claim)[:2] == ("separate-platforms", "facebook")


@pytest.mark.parametrize(
    ("question", "moment"),
    [
        ("interview over - send interviewer a li request?", "right-after-interview"),
        (
            "once my interview wraps up, should i send the person who interviewed me a linkedin request",
            "right-after-interview",
        ),
        (
            "I had my interview. Should I send the hiring manager a connection request on LinkedIn now?",
            "right-after-interview",
        ),
        ("offer in hand! fine to connect w the hm on li now?", "after-offer"),
        ("just said yes to the offer!! can i finally send my interviewer a linkedin invite now?", "after-offer"),
        ("now that i have the offer can i send the hm a linkedin request", "after-offer"),
        ("haven't interviewed yet - is it fine to send the hm a linkedin invite?", "before-interview"),
        (
            "my interview isnt until next week. would it be a faux pas to connect with the hm on linkedin",
            "before-interview",
        ),
        (
            "haven't heard back since my interview - can i send the interviewer a linkedin request now?",
            "during-process",
        ),
        (
            "still waiting on results and 3 ppl from my panel followed me on twitter. follow them back, ok?",
            "during-process",
        ),
        (
            "they went with another candidate. is it still alright to keep in touch with the interviewer?",
            "after-rejection",
        ),
        ("should i hold off on sending the linkedin request until the interview is over?", "before-interview"),
        ("I wasn't offered the job - is it strange to stay in touch with my interviewer?", "after-rejection"),
        (
            "Is it better to wait until I've really been hired before connecting with the interviewer on LinkedIn?",
            "during-process",
        ),
        ("haven't interviewed with the hm yet, is it ok to send them a li request?", "before-interview"),
        ("Should I send my interviewer a LinkedIn invite as soon as the interview ends?", "right-after-interview"),
        (
            "Would it be weird to friend the person who interviewed me on Facebook once I've actually started the job?",
            "after-offer",
        ),
        (
            "haven't had the interview yet... is adding the hiring mgr on linkedin already a weird move or nah?",
            "before-interview",
        ),
        ("would the hm think im pushy if i connect on li before we even do the interview?", "before-interview"),
        ("interview tmrw and i kinda want to stalk the interviewer's socials first. creepy?", "before-interview"),
        (
            "Is it alright to send the hiring manager a LinkedIn request right after I finish the interview?",
            "right-after-interview",
        ),
        (
            "just walked out of my interview - ok to add the hiring manager on linkedin right away?",
            "right-after-interview",
        ),
        ("once i've started working there, is it ok to add my interviewer, now a coworker, on fb?", "after-offer"),
        (
            "I was just offered the job - can I send my interviewer a Facebook friend request at this point?",
            "after-offer",
        ),
        ("offer just came in, is adding my interviewer on facebook still weird rn?", "after-offer"),
        ("they offered me the job!!! ok to send the interviewer a linkedin request now?", "after-offer"),
        ("once the offer comes thru can i send my new boss a linkedin request", "after-offer"),
        ("Now that I've gotten the offer, can I send the recruiter a LinkedIn connection request?", "after-offer"),
        ("rejected. sending the hiring mgr a linkedin request now = pathetic?", "after-rejection"),
        ("didnt get hired, is staying linkedin connections with my interviewer weird or nah", "after-rejection"),
        ("no offer yet - would adding the recruiter on li be pushy?", "any"),
        ("didnt get it :( weird to stay in touch w/ the interviewer or nah?", "after-rejection"),
        ("interview's next week, is it odd to follow the person interviewing me on twitter rn?", "before-interview"),
        ("ok to send li invite same day as interview?", "right-after-interview"),
        ("same-day li request on interview day - fine or too fast?", "right-after-interview"),
        ("can i send a linkedin invite the same day i have the interview?", "right-after-interview"),
        ("now that i've said yes to the job can i friend my interviewer on fb?", "after-offer"),
        ("I have an interview with this person coming up. Is it rude to send them a LI request?", "before-interview"),
        ("waiting to hear back post-interview - could adding the hiring mgr on li hurt my chances?", "during-process"),
        ("no news yet after the interview. would hitting connect w/ the HM hurt my chances?", "during-process"),
        ("if the interviewer didnt accept my LI request does that mean no job?", "after-rejection"),
        ("Is connecting with your interviewer online before you've landed the job presumptuous?", "during-process"),
        ("connecting w the interviewer on socials before getting the job - presumptuous?", "during-process"),
        ("once the job is accepted can i send li invites to my interviewers", "after-offer"),
        ("I've accepted the position. Is it alright to hit connect on LinkedIn with my interviewers?", "after-offer"),
        ("After I begin my new job, can I send my hiring manager a Facebook friend request?", "after-offer"),
        ("started the new job. add the hiring manager on fb now, yes or no?", "after-offer"),
        ("job offer!! ok to send my new manager (the one who interviewed me) a fb friend request now?", "after-offer"),
        ("hold off on linkedin requests to interviewers until there's an actual offer? yes or no", "during-process"),
        ("should i not connect with the interviewer on linkedin till i've gotten an offer", "during-process"),
        (
            "Before any decision is made, do recruiters mind getting LinkedIn requests from candidates?",
            "during-process",
        ),
    ],
)
def test_moments_as_job_seekers_type_them(question: str, moment: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.moment == moment


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Refraining, said as a fragment or with the moment awaited first.
        (
            "interviewer's twitter is mostly personal life + politics. skip following?",
            ("follow", "twitter", "interviewer", "any", False),
        ),
        (
            "just stay off social media w/ interviewers entirely, to be safe?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        (
            "Until the process is finished, should I just stay away from interviewers on social media entirely?",
            ("connect", "social-media", "interviewer", "during-process", False),
        ),
        (
            "should i avoid interviewers on social media completely until the process is over?",
            ("connect", "social-media", "interviewer", "during-process", False),
        ),
        (
            "hold off on the li request to my interviewer till i'm officially hired?",
            ("connect", "linkedin", "interviewer", "during-process", False),
        ),
        (
            "wait for the offer before adding the hm on li?",
            ("connect", "linkedin", "hiring-manager", "during-process", False),
        ),
        # The act proposed, then the verdict against it: asked whether it is all right.
        (
            "waiting on a response post interview... li request to the interviewer now, or overkill?",
            ("connect", "linkedin", "interviewer", "during-process", True),
        ),
        ("recruiter fb friend req, is that fine", ("friend", "facebook", "recruiter", "any", True)),
        (
            "got a friend request on facebook from a recruiter, and i'd rather just ignore it. is that rude?",
            ("ignore-request", "facebook", "recruiter", "any", False),
        ),
        (
            "is it rude to leave a recruiter's facebook friend request unanswered if i don't want to accept it?",
            ("ignore-request", "facebook", "recruiter", "any", False),
        ),
        (
            "recruiter added me on fb... ok to just not accept?",
            ("accept-request", "facebook", "recruiter", "any", False),
        ),
        ("fb friends with coworkers - is that normal?", ("friend", "facebook", "coworker", "any", True)),
        (
            "fb for friends, li for work contacts - should i keep it that way?",
            ("separate-platforms", "facebook", "professional-contact", "any", True),
        ),
        (
            "should people who are job hunting accept every linkedin invite they receive?",
            ("accept-request", "linkedin", "any", "any", True),
        ),
        (
            "Do hiring managers view it as a breach of etiquette when candidates add them on LinkedIn before we meet?",
            ("connect", "linkedin", "hiring-manager", "before-interview", False),
        ),
        (
            "can i just not accept a friend request on facebook from a recruiter, is that ok",
            ("accept-request", "facebook", "recruiter", "any", False),
        ),
        (
            "Is it okay to contact companies on LinkedIn that aren't hiring right now?",
            ("message", "linkedin", "employer", "any", True),
        ),
        (
            "should i check with mutuals about what the company is like before i go in for the interview",
            ("message", "any", "coworker", "before-interview", True),
        ),
        (
            "li connection request + thank you message in place of a thank you card - ok?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "My interview hasn't happened yet. Is it bad manners to connect with the hiring manager on LinkedIn?",
            ("connect", "linkedin", "hiring-manager", "before-interview", False),
        ),
        (
            "They made me an offer, so I'm wondering if it's fine to connect with the hiring manager on LinkedIn now",
            ("connect", "linkedin", "hiring-manager", "after-offer", True),
        ),
        (
            "I've just been hired - is it ok to connect with my interviewer on LinkedIn now?",
            ("connect", "linkedin", "interviewer", "after-offer", True),
        ),
        (
            "They turned me down for the role. Is it strange to connect with the interviewer on LinkedIn?",
            ("connect", "linkedin", "interviewer", "after-rejection", True),
        ),
        (
            "now that the interview's done, is it alright to connect with my interviewer on LinkedIn?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "Would adding my interviewer on LinkedIn before we've even met for the interview be premature?",
            ("connect", "linkedin", "interviewer", "before-interview", False),
        ),
        (
            "still waiting to hear back - should i wait to add the recruiter on li until they've made a decision?",
            ("connect", "linkedin", "recruiter", "during-process", False),
        ),
        (
            "Does it bother recruiters when applicants add them on LinkedIn while still waiting to hear back?",
            ("connect", "linkedin", "recruiter", "during-process", False),
        ),
        (
            "can i stay logged into linkedin while viewing my interviewer's profile, even if it means they'll see?",
            ("view-privately", "linkedin", "interviewer", "any", False),
        ),
        (
            "Is it alright to keep up contact with the interviewer on LinkedIn even though I didn't get the role?",
            ("connect", "linkedin", "interviewer", "after-rejection", True),
        ),
        (
            "just applied - do i follow everyone who works there on socials?",
            ("follow", "social-media", "employer", "any", True),
        ),
        (
            "personal note on li connection request to an interviewer - does it make a difference?",
            ("message", "linkedin", "interviewer", "any", True),
        ),
        (
            "is it pushy to send a follow request to my interviewers private twitter acct while im still interviewing?",
            ("follow", "twitter", "interviewer", "during-process", False),
        ),
        (
            "Should I get rid of every personal photo on my social profiles while I'm looking for work?",
            ("clean-up-profile", "any", "any", "any", True),
        ),
        (
            "Just came out of the interview. Is it okay to send my interviewer a LinkedIn invite right away?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "if i end up not getting the job should i still stay in touch w the interviewer",
            ("connect", "any", "interviewer", "after-rejection", True),
        ),
        (
            "Is it a good idea to run two accounts — one for work contacts, one for friends?",
            ("separate-accounts", "any", "professional-contact", "any", True),
        ),
        (
            "should my personal social media and my professional social media be kept apart?",
            ("separate-accounts", "social-media", "any", "any", True),
        ),
        (
            "Should I give my profile a clean-up before I add the interviewer?",
            ("clean-up-profile", "any", "interviewer", "any", True),
        ),
        (
            "should i wait for the offer to actually come through before adding the hiring mgr on li?",
            ("connect", "linkedin", "hiring-manager", "during-process", False),
        ),
        (
            "Connecting with my interviewer on LinkedIn — should I put that off until I've received the offer?",
            ("connect", "linkedin", "interviewer", "during-process", False),
        ),
        (
            "Would it be okay for me to skip connecting with interviewers online entirely?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        (
            "sent a li request to my interviewer a week ago, still pending... does that mean i didnt get the job?",
            ("unaccepted-request", "linkedin", "interviewer", "after-rejection", True),
        ),
        (
            "is it smart to search for my interviewer on social media ahead of the interview, or no?",
            ("research", "social-media", "interviewer", "before-interview", True),
        ),
        (
            "should i get my interviewers permission to connect on li before actually sending the request?",
            ("ask-permission", "linkedin", "interviewer", "any", True),
        ),
        (
            "is it ok to ping an ex-colleague before my interview to ask what the company is like?",
            ("message", "any", "coworker", "before-interview", True),
        ),
        (
            "Got a fb friend request from a recruiter - would it be impolite to just leave it and not respond?",
            ("ignore-request", "facebook", "recruiter", "any", False),
        ),
        (
            "the interviewer ignored my linkedin request, does that mean they didn't like me?",
            ("unaccepted-request", "linkedin", "interviewer", "any", True),
        ),
        (
            "should candidates wait until the hiring process is over before connecting with interviewers online?",
            ("connect", "social-media", "interviewer", "during-process", False),
        ),
        (
            "Is it better for candidates to wait until the hiring process ends before connecting on social media?",
            ("connect", "social-media", "any", "during-process", False),
        ),
        (
            "Would it hurt my chances if I followed up with my interviewer on social media after the interview?",
            ("connect", "social-media", "interviewer", "right-after-interview", False),
        ),
        (
            "if i'm contacting employers through my fb, do those party pics need to come down?",
            ("clean-up-profile", "facebook", "employer", "any", True),
        ),
        (
            "Would it be unprofessional to send my interviewer a LinkedIn invite as a thank-you instead of a card?",
            ("connect", "linkedin", "interviewer", "right-after-interview", False),
        ),
        (
            "got turned down for the job, would it be weird to keep the interviewer as a linkedin connection?",
            ("connect", "linkedin", "interviewer", "after-rejection", True),
        ),
        (
            "need to polish my linkedin before i connect with the interviewer?",
            ("clean-up-profile", "linkedin", "interviewer", "any", True),
        ),
        (
            "linkedin connection request to the interviewer - do i need a note with it?",
            ("message", "linkedin", "interviewer", "any", True),
        ),
        (
            "safest bet = never connecting w interviewers on any socials, right?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        ("ok or not ok to add a recruiter as friend on facebook?", ("friend", "facebook", "recruiter", "any", True)),
        (
            "interview hasn't even happened yet - weird to add the hiring manager on LI?",
            ("connect", "linkedin", "hiring-manager", "before-interview", False),
        ),
        (
            "Would it be impolite to simply not respond to a hiring manager's Facebook friend request?",
            ("ignore-request", "facebook", "hiring-manager", "any", False),
        ),
        ("follow my interviewer on twiter, should i or not?", ("follow", "twitter", "interviewer", "any", True)),
        (
            "got a fb friend req FROM my interviewer?? accept or not?",
            ("accept-request", "facebook", "interviewer", "any", True),
        ),
        (
            "party pics - take them down before i start dming recruiters?",
            ("clean-up-profile", "any", "recruiter", "any", True),
        ),
        (
            "li shows who viewed your profile... will the hm think im creepy for looking at theirs?",
            ("view-profile", "linkedin", "hiring-manager", "any", False),
        ),
        (
            "ok to social-media stalk my interviewer before the interview?",
            ("research", "social-media", "interviewer", "before-interview", True),
        ),
        (
            "new manager here - is it a good idea to friend the people who report directly to me on facebook?",
            ("friend", "facebook", "direct-report", "any", True),
        ),
        (
            "would it be creepy if i looked up my interviewer on social media before the interview?",
            ("research", "social-media", "interviewer", "before-interview", False),
        ),
        (
            "should i do some digging on my interviewer's socials before the interview, good idea?",
            ("research", "social-media", "interviewer", "before-interview", True),
        ),
        (
            "recruiter added me on fb. can i just leave it and never accept, is that ok?",
            ("ignore-request", "facebook", "recruiter", "any", True),
        ),
        (
            "is it alright to leave facebook requests from the people i work with unaccepted",
            ("ignore-request", "facebook", "coworker", "any", True),
        ),
        (
            "recruiter i only know in a work context friended me on fb - ok not to accept?",
            ("accept-request", "facebook", "recruiter", "any", False),
        ),
        (
            'end of interview - do i ask the interviewer "mind if we connect on linkedin?"',
            ("ask-permission", "linkedin", "interviewer", "any", True),
        ),
        (
            'do i need to say something like "would you mind if i added you on linkedin?" to my interviewer',
            ("ask-permission", "linkedin", "interviewer", "any", True),
        ),
        (
            "Should people looking for a job just steer clear of connecting with interviewers on social media?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        (
            "should i as a candidate never initiate connecting with a hiring manager on linkedin",
            ("connect", "linkedin", "hiring-manager", "any", False),
        ),
        (
            "would adding my interviewers online help or hurt me? worth it?",
            ("connect", "social-media", "interviewer", "any", True),
        ),
        (
            "interviewer's twitter is private - should i wait before sending a follow request?",
            ("follow", "twitter", "interviewer", "any", False),
        ),
        (
            "need to scrub my social media before the interviewer sees it?",
            ("clean-up-profile", "social-media", "interviewer", "any", True),
        ),
        (
            "interviewer will prob look at my profile after we connect. need to clean mine up?",
            ("clean-up-profile", "any", "interviewer", "any", True),
        ),
        (
            "should party pics get deleted before i contact recruiters thru social media",
            ("clean-up-profile", "social-media", "recruiter", "any", True),
        ),
        (
            "should i split things into a work account and a friends account",
            ("separate-accounts", "any", "any", "any", True),
        ),
        (
            "recruiters mind getting li requests from candidates?",
            ("connect", "linkedin", "recruiter", "any", False),
        ),
        (
            "is it fine to send my interviewer a connection request on li without asking them beforehand",
            ("connect", "linkedin", "interviewer", "any", True),
        ),
        (
            "Would it be okay to skip asking permission and just hit connect on my interviewer's LinkedIn?",
            ("connect", "linkedin", "interviewer", "any", True),
        ),
        (
            "former coworker of mine knows my interviewer. should i pick their brain about the company?",
            ("message", "any", "coworker", "any", True),
        ),
        (
            "keeping my facebook strictly friends/fam and using linkedin for anyone work related. good idea?",
            ("separate-platforms", "facebook", "any", "any", True),
        ),
        (
            "is it fine to not bother with a thank-you card and instead thank them via a linkedin invite right after?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "do all the personal photos on my profile have to go while i'm looking for a job",
            ("clean-up-profile", "any", "any", "any", True),
        ),
        (
            "Do interviewers find it awkward when a candidate who's still in the running adds them on LinkedIn?",
            ("connect", "linkedin", "interviewer", "during-process", False),
        ),
        (
            "is it ok to message a manager i dont know on linkedin and straight up ask for a job?",
            ("message", "linkedin", "employer", "any", True),
        ),
        (
            "my new coworkers keep adding me on facebook, do i have to accept or is it weird not to?",
            ("accept-request", "facebook", "coworker", "any", True),
        ),
        (
            "is it unprofessional to just dm a hiring manager on linkedin and ask if they'll hire me?",
            ("message", "linkedin", "employer", "any", False),
        ),
        (
            "is sending my interviewer a friend request on facebook out of line?",
            ("friend", "facebook", "interviewer", "any", False),
        ),
        (
            "Would commenting on the hiring manager's blog posts before my interview be overdoing it?",
            ("comment", "any", "hiring-manager", "before-interview", False),
        ),
        (
            "is sending the recruiter a linkedin request pushy if i dont have an offer yet",
            ("connect", "linkedin", "recruiter", "any", False),
        ),
        (
            "hm can see i checked their li profile... do they mind that?",
            ("view-profile", "linkedin", "hiring-manager", "any", False),
        ),
        (
            "would it be creepy if i stalked my interviewer's socials before my interview",
            ("research", "social-media", "interviewer", "before-interview", False),
        ),
        (
            "is it fine to hit up companies on linkedin/twitter even tho theyre not hiring right now",
            ("message", "linkedin", "employer", "any", True),
        ),
        (
            "i manage a team and was thinking of sending them all fb friend requests... is that ok?",
            ("friend", "facebook", "direct-report", "any", True),
        ),
        (
            "Is it appropriate for a manager to send Facebook friend requests to their own team members?",
            ("friend", "facebook", "direct-report", "any", True),
        ),
        (
            "asking the interviewer at the end 'can i add you on linkedin?' - weird?",
            ("ask-permission", "linkedin", "interviewer", "any", False),
        ),
        (
            "Should I keep a single account for both my personal friends and my professional contacts?",
            ("separate-accounts", "any", "professional-contact", "any", False),
        ),
        (
            "should i have one account for friends and one for work?",
            ("separate-accounts", "any", "any", "any", True),
        ),
        (
            "will employers think less of me bc of the party pics on my fb",
            ("clean-up-profile", "facebook", "employer", "any", True),
        ),
        (
            "would it hurt my chances if i sent the recruiter who interviewed me a connection request on li?",
            ("connect", "linkedin", "recruiter", "any", False),
        ),
        (
            "Do candidates who connect with their interviewers on social media get an edge?",
            ("connect", "social-media", "interviewer", "any", True),
        ),
        (
            "can i dm the interviewer on li with a thank you and a connect request after the interview?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "should I ask former coworkers we're both connected to what they know about the company?",
            ("message", "any", "coworker", "any", True),
        ),
        (
            "should i check which connections i share with the interviewer and ask them about the company",
            ("message", "any", "coworker", "any", True),
        ),
        (
            "i used to work with someone who's connected to my interviewer. should i ask them about the company?",
            ("message", "any", "coworker", "any", True),
        ),
        (
            "should i ask old coworkers who know my interviewer what the company is like?",
            ("message", "any", "coworker", "any", True),
        ),
        (
            "before my interview should I ask people we both know on linkedin about the company?",
            ("message", "linkedin", "coworker", "before-interview", True),
        ),
        (
            "Should a manager send Facebook friend requests to the people on their team?",
            ("friend", "facebook", "direct-report", "any", True),
        ),
        (
            "would messy social media profiles hurt my chances when I reach out to hiring managers online?",
            ("clean-up-profile", "social-media", "hiring-manager", "any", True),
        ),
        (
            "is it better to keep one network for friends and another one for work contacts?",
            ("separate-platforms", "any", "professional-contact", "any", True),
        ),
        (
            "skip the mailed thank you card and just send the interviewer a linkedin invite w a thank you message",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "li invite to the person who interviewed me - personal note or just connect?",
            ("message", "linkedin", "interviewer", "any", True),
        ),
        (
            "is it necessary to wait till i officially get the job to connect w the interviewer on li",
            ("connect", "linkedin", "interviewer", "during-process", False),
        ),
        (
            "accepted the offer!! ok to add my soon-to-be boss who interviewed me on facebook now?",
            ("friend", "facebook", "hiring-manager", "after-offer", True),
        ),
        (
            "fb = family and friends, linkedin = work ppl. is that ok?",
            ("separate-platforms", "facebook", "any", "any", True),
        ),
        (
            "should I keep my friends on facebook and my work contacts on linkedin",
            ("separate-platforms", "facebook", "professional-contact", "any", True),
        ),
        (
            "do i need to tidy my profile first before i connect with or follow the hm?",
            ("clean-up-profile", "any", "hiring-manager", "any", True),
        ),
        (
            "is adding my interviewer on facebook weird?",
            ("friend", "facebook", "interviewer", "any", False),
        ),
        (
            "would it come off badly to send my interviewer a li invite before we've even met?",
            ("connect", "linkedin", "interviewer", "before-interview", False),
        ),
        (
            "As an applicant should I never be the one to initiate the LinkedIn connection with a hiring manager?",
            ("connect", "linkedin", "hiring-manager", "any", False),
        ),
        # Paraphrases of the seventh session's round: "hit connect" is LinkedIn's, an invite made the thank-you, a
        # permission asked in other words, everyone who interviewed me, "getting added", messy social profiles.
        (
            "unprofessional to hit connect on the hiring mgr i interviewed with?",
            ("connect", "linkedin", "hiring-manager", "any", False),
        ),
        (
            "good idea to send a li request as my post-interview thank you?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "is it a good idea to make a linkedin invite my thank-you after the interview?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "before i send the interviewer a linkedin invite do i need their ok first?",
            ("ask-permission", "linkedin", "interviewer", "any", True),
        ),
        (
            "pushy to ask to connect on linkedin at the end of an interview?",
            ("ask-permission", "linkedin", "interviewer", "any", False),
        ),
        (
            "i got the offer! is it ok to add everyone who interviewed me on linkedin now?",
            ("connect", "linkedin", "interviewer", "after-offer", True),
        ),
        (
            "do hms actually like getting added on li by candidates?",
            ("connect", "linkedin", "hiring-manager", "any", True),
        ),
        (
            "hiring managers — do they actually like getting linkedin adds from candidates?",
            ("connect", "linkedin", "hiring-manager", "any", True),
        ),
        (
            "do messy social profiles hurt your chances when reaching out to hiring managers online?",
            ("clean-up-profile", "social-media", "hiring-manager", "any", True),
        ),
        (
            "if i turn down a work contact's fb friend request, should i suggest linkedin instead?",
            ("separate-platforms", "facebook", "professional-contact", "any", True),
        ),
        (
            "is it a good idea to keep work and personal accounts seperate?",
            ("separate-accounts", "any", "any", "any", True),
        ),
        # One's own profile asked about, the request only its occasion ("before I add them", "while").
        (
            "update li profile before adding the interviewer?",
            ("clean-up-profile", "linkedin", "interviewer", "any", True),
        ),
        (
            "Should I delete the bar pictures before I start reaching out to recruiters on Facebook?",
            ("clean-up-profile", "facebook", "recruiter", "any", True),
        ),
        (
            "should i take down party pics before using my fb to reach out to recruiters",
            ("clean-up-profile", "facebook", "recruiter", "any", True),
        ),
        (
            "if i connect with the interviewer while my profile isn't updated, could that hurt my chances?",
            ("clean-up-profile", "any", "interviewer", "any", True),
        ),
        (
            "is it a bad idea to have both my coworkers and my close friends on one facebook account?",
            ("separate-accounts", "facebook", "coworker", "any", True),
        ),
        (
            "they passed on me for the job. weird to still add the interviewer on linkedin?",
            ("connect", "linkedin", "interviewer", "after-rejection", True),
        ),
        (
            "ok to ask old coworkers connected w my interviewer abt the company?",
            ("message", "any", "coworker", "any", True),
        ),
        (
            "lil bit of social media stalking on the interviewer to prep - ok?",
            ("research", "social-media", "interviewer", "any", True),
        ),
        (
            "is it better to keep a friends account and a different work account?",
            ("separate-accounts", "any", "any", "any", True),
        ),
        (
            "do the public conversations i have on my socials matter when i'm job hunting?",
            ("clean-up-profile", "social-media", "any", "any", True),
        ),
        (
            "can i redirect a work person who friended me on facebook to linkedin instead?",
            ("separate-platforms", "facebook", "any", "any", True),
        ),
        (
            "Is it okay if I simply don't connect with interviewers online at all?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        (
            "Since a hiring manager will likely look at my profile, should I tidy it up before I connect with them?",
            ("clean-up-profile", "any", "hiring-manager", "any", True),
        ),
        (
            "should i pass on following an interviewer if they mostly tweet about their kids?",
            ("follow", "twitter", "interviewer", "any", False),
        ),
        # The eleventh round of paraphrases (ninth session).
        (
            "wait till i get an actual offer before connecting w the interviewer?",
            ("connect", "any", "interviewer", "during-process", False),
        ),
        (
            "final round done, no news yet. wait to add the interviewer on linkedin till they decide?",
            ("connect", "linkedin", "interviewer", "during-process", False),
        ),
        (
            "Stay off socials w/ interviewers until it's all over — is that the move?",
            ("connect", "social-media", "interviewer", "during-process", False),
        ),
        (
            "candidates staying off social media w interviewers till the process is over - should they?",
            ("connect", "social-media", "interviewer", "during-process", False),
        ),
        (
            "still waiting to hear back — would connecting with the interviewer now be pushy, or should I hold off "
            "until they decide?",
            ("connect", "any", "interviewer", "during-process", False),
        ),
        (
            "candidates should just not connect with interviewers online at all, right?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        (
            "are candidates better off skipping social media connections with their interviewers completely?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        (
            "is it a social misstep to send an li invite to the person who did my interview",
            ("connect", "linkedin", "interviewer", "any", False),
        ),
        (
            "is it a thing that interviewers dont like when candidates add them on li?",
            ("connect", "linkedin", "interviewer", "any", False),
        ),
        ("offer's in hand - ok to add the hm on li?", ("connect", "linkedin", "hiring-manager", "after-offer", True)),
        (
            "should i bother adding the person who interviewed me on li now that the interview is over?",
            ("connect", "linkedin", "interviewer", "right-after-interview", True),
        ),
        (
            "Even if the job doesn't work out for me, is keeping up contact with the interviewer worth it?",
            ("connect", "any", "interviewer", "after-rejection", True),
        ),
        (
            "Note or no note on a LinkedIn connection request to my interviewer?",
            ("message", "linkedin", "interviewer", "any", True),
        ),
        (
            "should my li request to the interviewer have a personalized note?",
            ("message", "linkedin", "interviewer", "any", True),
        ),
        (
            "should i check with the interviewer if connecting on li is ok before i send the request?",
            ("ask-permission", "linkedin", "interviewer", "any", True),
        ),
        (
            "do i ask the interviewer for permission to connect on linkedin before actually sending the invite?",
            ("ask-permission", "linkedin", "interviewer", "any", True),
        ),
        ("fb friends w coworkers - normal?", ("friend", "facebook", "coworker", "any", True)),
        (
            "recruiter uses facebook for work things — alright to add them as a friend?",
            ("friend", "facebook", "recruiter", "any", True),
        ),
        (
            "would it be rude to tell an interviewer i only use fb for family and ask to connect on linkedin instead?",
            ("separate-platforms", "facebook", "interviewer", "any", False),
        ),
        (
            "recruiter added me on facebook... ok to not accept or nah?",
            ("accept-request", "facebook", "recruiter", "any", False),
        ),
        (
            "rude if i just don't respond to a hiring mgr's facebook friend request?",
            ("ignore-request", "facebook", "hiring-manager", "any", False),
        ),
        (
            "is it worth fixing up my own profile before connecting with an interviewer?",
            ("clean-up-profile", "any", "interviewer", "any", True),
        ),
        (
            "Is it necessary to clean up my social profiles before I reach out to hiring managers?",
            ("clean-up-profile", "any", "hiring-manager", "any", True),
        ),
        (
            "checking the hiring manager's linkedin profile before my interview - creepy?",
            ("view-profile", "linkedin", "hiring-manager", "before-interview", False),
        ),
        ("check my own profile before applying?", ("other", "any", "any", "any", True)),
        (
            "is it fine to hit request on my interviewer's private twitter?",
            ("follow", "twitter", "interviewer", "any", True),
        ),
        # The twelfth round of paraphrases (ninth session).
        (
            "Is there a risk that connecting with the person who interviewed me on social media lowers my chances?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        (
            "connecting w/ the interviewer on socials - would that hurt my shot?",
            ("connect", "social-media", "interviewer", "any", False),
        ),
        (
            "should i get the ok from my interviewer before sending them a linkedin connection request",
            ("ask-permission", "linkedin", "interviewer", "any", True),
        ),
        (
            "once the offer's in, is it ok to send the person who interviewed me a linkedin request",
            ("connect", "linkedin", "interviewer", "after-offer", True),
        ),
        (
            "is it overboard to follow my interviewer on insta before i hear back from them",
            ("follow", "instagram", "interviewer", "during-process", False),
        ),
        (
            "would it be ok if i didnt accept the facebook request a hm sent me?",
            ("accept-request", "facebook", "hiring-manager", "any", False),
        ),
        (
            "Is it acceptable to look into my interviewers on social media?",
            ("research", "social-media", "interviewer", "any", True),
        ),
        (
            "when i send my interviewer a connection request should i write something or leave it blank?",
            ("message", "any", "interviewer", "any", True),
        ),
        (
            "job didnt work out - weird to stay connected w/ the interviewer?",
            ("connect", "any", "interviewer", "after-rejection", True),
        ),
        (
            "we haven't even met yet - would sending my interviewer a li request be rude?",
            ("connect", "linkedin", "interviewer", "before-interview", False),
        ),
    ],
)
def test_questions_as_job_seekers_type_them(question: str, expected: tuple[str, ...]) -> None:
    # Moments, refraining, fragments and situations in the wordings gold writers and paraphrases of their
    # questions used; each read as its act, platform, person, moment and polarity.
    assert parts(parse_claim(question)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "interviewer's twitter is mostly political rants - follow or not?",
        "hm tweets tons of politics stuff, still follow or nah?",
        "Should I still follow the hiring manager even though they tweet a lot of political content?",
    ],
)
def test_political_tweets_said_in_passing_are_the_situation(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.action == "follow" and claim.state("political") is True


@pytest.mark.parametrize(
    "question",
    [
        "is it weird if i keep my li connection with the interviewer after not getting the job?",
        "not hired but want to keep in touch with the interviewer on linkedin. is that weird?",
    ],
)
def test_keeping_the_connection_after_a_rejection_is_staying_in_touch(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.moment, claim.state("staying"), claim.positive) == (
        "after-rejection",
        True,
        True,
    )


def test_welcoming_a_request_is_how_they_take_it() -> None:
    claim = parse_claim("Do HMs welcome LinkedIn invites from the candidates applying for their roles?")
    assert claim is not None and (claim.person, claim.state("reaction")) == ("hiring-manager", True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do i ask my interviewer if its ok first before sending a li request?", ("ask-permission", True)),
        (
            "Before sending a LinkedIn request, should I check with the interviewer that they're fine with it?",
            ("ask-permission", True),
        ),
        (
            "should i get the interviewer's ok on adding them on linkedin before i actually send the invite",
            ("ask-permission", True),
        ),
        ("should i check if my interviewer minds a linkedin invite before sending it?", ("ask-permission", True)),
        # One's own profile gone through to tidy it, and someone else's looked over.
        (
            "started job hunting and wondering if i need to go through my profile and delete all my personal pics",
            ("clean-up-profile", True),
        ),
        (
            "Do I need to delete all of my personal pictures from my profile while I'm looking for a job?",
            ("clean-up-profile", True),
        ),
        ("checking out interviewer's social media before the interview - good idea?", ("research", True)),
        (
            "i checked out the hiring manager's linkedin and now they'll see i viewed it. is that creepy?",
            ("view-profile", False),
        ),
        (
            "is it ok if i stay logged in to linkedin while i look at the hiring manager's profile?",
            ("view-privately", False),
        ),
    ],
)
def test_acts_as_job_seekers_type_them(question: str, expected: tuple[str, bool]) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.positive) == expected


def test_job_seekers_asked_about_stay_in_the_claim() -> None:
    claim = parse_claim("Should job seekers take every personal photo off their social media profiles?")
    assert (
        claim is not None
        and claim.text == "Job seekers should take every personal photo off their social media profiles."
    )


@pytest.mark.parametrize(
    "question",
    [
        "li connect request w/ thank u note vs snail mail thank you card - which is better?",
        "Is a LinkedIn connection request with a thank-you message a better option than sending a thank-you card?",
    ],
)
def test_which_thank_you_is_better_compares_the_card(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.state("card-compared") is True


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "isn't a handwritten thank you card better than a thank-you in a linkedin invite?",
            "A handwritten thank you card is better than a thank-you in a LinkedIn invite.",
        ),
        (
            "are handwritten thank you cards still better than thanking the interviewer in a linkedin message?",
            "Handwritten thank you cards are better than thanking the interviewer in a LinkedIn message.",
        ),
        (
            "wouldn't a handwritten thank-you card be better than thanking them in a linkedin invite?",
            "A handwritten thank-you card is better than thanking them in a LinkedIn invite.",
        ),
        (
            "handwritten thank you card > thank-you in a li invite, right?",
            "Handwritten thank you card is better than thank-you in a LinkedIn invite.",
        ),
        (
            "handwritten thank you card vs linkedin msg after the interview - which is better?",
            "Handwritten thank you card is better than LinkedIn message after the interview.",
        ),
    ],
)
def test_a_card_said_to_be_better_is_a_no_to_thanking_online(question: str, text: str) -> None:
    # The card named first is the one called better: the claim about thanking on LinkedIn is that it is worse.
    claim = parse_claim(question)
    assert claim is not None
    assert (claim.text, claim.positive, claim.state("card-compared")) == (text, False, True)
    online_first = parse_claim("Is a LinkedIn invite with a thank-you message better than mailing a thank you card?")
    assert online_first is not None and online_first.positive is True


def test_they_are_gonna_look_at_my_profile_asks_whether_they_will_look() -> None:
    claim = parse_claim("interviewer accepts my li request -> are they gonna look at my profile?")
    assert claim is not None and (claim.action, claim.state("seen")) == ("clean-up-profile", True)


def test_less_risky_on_one_network_than_on_another_is_a_comparison() -> None:
    on_each = parse_claim("is connecting with someone who interviewed me less risky on linkedin than on facebook?")
    assert on_each is not None and (on_each.platform, on_each.contrast) == ("linkedin", "facebook")
    versus = parse_claim("li vs fb for connecting with someone who interviewed me - is li less risky?")
    assert versus is not None and versus.text == (
        "LinkedIn is less risky than Facebook for connecting with someone who interviewed you."
    )


def test_a_claim_built_from_its_parts_keeps_that_it_is_everywhere() -> None:
    claim = parse_claim("better to just skip connecting w interviewers online altogether?")
    assert claim is not None and claim.text == "Connecting with an interviewer on social media at all is a mistake."


def test_a_claim_built_from_its_parts_keeps_that_it_asks_about_the_gain() -> None:
    claim = parse_claim("Is there any actual benefit to following your interviewer on Twitter before the interview?")
    assert claim is not None
    assert claim.text == "Following an interviewer on Twitter before the interview gives you an advantage."
    helps = parse_claim("does it actually help to follow your interviewer on twitter before the interview?")
    assert (
        helps is not None
        and helps.text == "It actually helps to follow your interviewer on Twitter before the interview."
    )


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "job searching - need to delete every personal photo from my profile?",
            "Removing every personal photo from your profile is required.",
        ),
        (
            "worried the hiring manager will think im creepy when linkedin shows them i checked out their profile",
            "Letting them see you viewed the profile of a hiring manager on LinkedIn is creepy.",
        ),
    ],
)
def test_a_claim_built_from_its_parts_keeps_what_is_asked(question: str, text: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.text == text


@pytest.mark.parametrize(
    "question",
    [
        "Will the hiring manager find me creepy if LinkedIn notifies them that I looked at their profile?",
        "interviewers seeing that you checked out their li profile - do they think its creepy?",
        "checked out the interviewer's li and they can see it... did i just look stalkerish?",
    ],
)
def test_being_seen_looking_at_a_profile(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.action == "view-profile" and is_about_being_seen(claim.text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "ok to not accept a fb friend request from a recruiter?",
            "Not accepting a request from a recruiter on Facebook is acceptable.",
        ),
        (
            "recruiter added me on fb... ok to just not accept?",
            "Not accepting a request from a recruiter on Facebook is acceptable (recruiter added you on facebook).",
        ),
    ],
)
def test_asked_whether_it_is_ok_not_to_the_claim_is_about_refraining(question: str, text: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.refrain and not claim.positive and claim.text == text


def test_a_personal_note_says_nothing_of_what_they_post() -> None:
    claim = parse_claim(
        "personal message on a linkedin request to an interviewer - does it actually make a difference or nah"
    )
    assert claim is not None and claim.state("professional") is None and claim.state("note") is True
    assert claim.text == "It actually makes a difference (personal message on a linkedin request to an interviewer)."


def test_situations_said_in_passing() -> None:
    private = parse_claim("Is it ok to request to follow my interviewer on Twitter, given their account is private?")
    assert private is not None and private.state("public") is False
    like_linkedin = parse_claim(
        "Is it okay to friend my interviewer on Facebook given she basically uses it like LinkedIn?"
    )
    assert like_linkedin is not None and like_linkedin.state("professional") is True
    every_post = parse_claim("too pushy to comment on evrything my interviewer posts before the interview?")
    assert every_post is not None and every_post.state("every-post") is True


def test_looking_for_work_is_not_a_feed_about_work() -> None:
    claim = parse_claim("while i'm looking for work do i have to take all the personal pictures off my profiles")
    assert claim is not None and claim.state("professional") is None and claim.state("every-photo") is True


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Do I need the interviewer's OK before I send them a LinkedIn connection request?", ("ask-permission", True)),
        (
            "should i ask the interviewer if its ok to connect on li before i hit send on the request",
            ("ask-permission", True),
        ),
        (
            "Before sending the hiring manager a LinkedIn invitation, should I ask their permission?",
            ("ask-permission", True),
        ),
        ("one acct for friends + a diff one for work contacts, should i do that?", ("separate-accounts", True)),
        ("Can I use one account for both friends and work contacts?", ("separate-accounts", False)),
        ("should i look up interviewer on social media before interview?", ("research", True)),
        ("if the interviewer accepts my li request do my posts matter then?", ("clean-up-profile", True)),
        ("Is it over the top to comment on my interviewer's LinkedIn posts before the interview?", ("comment", False)),
        ("new manager here — ok or not to send fb friend requests to my direct reports?", ("friend", True)),
        ("safest bet = just don't connect w/ interviewers on social media at all?", ("connect", False)),
        ("AITA if I don't add my coworkers on FB?", ("friend", True)),
        ("does sending a li request to the interviewer lower my chances of getting the job", ("connect", False)),
        # Skipping the card is not refraining from the message asked about.
        ("can i skip the thank you card post interview and just message on li instead", ("message", True)),
    ],
)
def test_wordings_of_a_third_round_of_paraphrases(question: str, expected: tuple[str, bool]) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.positive) == expected


@pytest.mark.parametrize(
    "question",
    [
        "connecting with an interviewer — is linkedin the safer option compared to facebook?",
        "would linkedin be a safer platform then facebook to connect with my interviewer",
        "Is it more acceptable to connect with an interviewer on LinkedIn rather than Facebook?",
        "Is adding an interviewer on LinkedIn any less weird than adding them on Facebook?",
    ],
)
def test_comparisons_said_later_in_the_question(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.platform, claim.contrast, claim.positive) == ("linkedin", "facebook", True)


def test_which_is_better_compares_the_first_with_the_second() -> None:
    claim = parse_claim("what's better, a linkedin invite w/ a thank you note or mailing a handwritten thank you card?")
    assert claim is not None and claim.state("card-compared") is True
    assert parse_claim("which is better for networking?") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Should I get the hiring manager's permission before I send them a LinkedIn invitation?", "ask-permission"),
        ("Would it be impolite to simply not respond to a hiring manager's Facebook friend request?", "ignore-request"),
        ("recruiter i've never met sent me a fb friend req. rude if i just let it sit there?", "ignore-request"),
        ("ok or not ok to add a recruiter as friend on facebook?", "friend"),
        ("work ppl and friends on the same fb acct, bad idea?", "separate-accounts"),
        (
            "Before I start contacting employers, is it necessary to clean up the photos on my social media?",
            "clean-up-profile",
        ),
        ("thanking my interviewer via the note on a linkedin connection request — good idea or not?", "connect"),
    ],
)
def test_acts_of_a_third_round_of_paraphrases(question: str, expected: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.action == expected


def test_a_comparison_keeps_its_comparative_and_gains_are_asked_about() -> None:
    safer = parse_claim("li vs fb for connecting w/ someone who interviewed me, is li the safer bet?")
    assert (
        safer is not None
        and safer.text == "LinkedIn is safer than Facebook for connecting with someone who interviewed you."
    )
    odds = parse_claim("Will my chances go up if I follow the hiring manager on Twitter before my interview?")
    assert odds is not None and is_about_advantage(odds.text)
    hired = parse_claim("If I end up getting hired, am I allowed to friend my interviewer on Facebook at that point?")
    assert hired is not None and (hired.moment, hired.state("hired")) == ("after-offer", True)


def test_strange_and_odd_ask_how_it_looks_and_can_i_not_asks_about_refraining() -> None:
    assert is_social_judgment("It is strange to connect with the hiring manager on LinkedIn before the interview.")
    refrain = parse_claim("can i not accept a fb friend request from a recruiter, is that ok")
    assert refrain is not None and refrain.refrain and not refrain.positive


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("are hiring managers happy to get linkedin connection requests from applicants?", ("connect", True, True)),
        ("does it annoy hiring managers when job candidates send them linkedin requests?", ("connect", False, True)),
        (
            "Should someone who is job hunting accept every LinkedIn invitation they receive?",
            ("accept-request", True, None),
        ),
        (
            "need to sort out my linkedin profile before i connect with my interviewer?",
            ("clean-up-profile", True, None),
        ),
        ("if i follow my interviewer are they gonna check my profile", ("clean-up-profile", True, None)),
        (
            "Should I stick to researching interviewers on social media and not attempt to connect with them?",
            ("connect", False, None),
        ),
        (
            "Should I hold back from following an interviewer on Twitter when their account is mostly personal?",
            ("follow", False, None),
        ),
    ],
)
def test_wordings_of_a_fourth_round_of_paraphrases(question: str, expected: tuple[str, bool, bool | None]) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.positive, claim.state("reaction")) == expected


def test_later_comparisons_and_safer_later_in_a_fourth_round() -> None:
    later = parse_claim("Is connecting with an interviewer on LinkedIn less risky than connecting on Facebook?")
    assert later is not None and (later.platform, later.contrast) == ("linkedin", "facebook")
    trend = parse_claim(
        "As I get further into the hiring process, does it get safer to connect with an interviewer online?"
    )
    assert trend is not None and trend.state("safer-later") is True
    gain = parse_claim("would adding my interviewer on social media make me more likely to get hired?")
    assert gain is not None and is_about_advantage(gain.text)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("not friending my co-workers on fb - is that ok?", ("friend", False, True)),
        ("Is it alright if I choose not to friend my colleagues on Facebook?", ("friend", False, True)),
        (
            "I'm worried that adding my interviewer on LinkedIn will make me come across as pushy. Will it?",
            ("connect", False, False),
        ),
        (
            "Is it bad manners to invite my interviewer to connect on LinkedIn ahead of the interview?",
            ("connect", False, False),
        ),
        (
            "A work contact added me on Facebook. Can I tell them I'd prefer to connect on LinkedIn instead?",
            ("separate-platforms", True, False),
        ),
        ("separate social media accounts for friends vs work people - good idea?", ("separate-accounts", True, False)),
        ("do hm's think it's unprofessional if a candidate friends them on fb?", ("friend", False, False)),
    ],
)
def test_wordings_of_a_fourth_round_of_paraphrases_last(question: str, expected: tuple[str, bool, bool]) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.positive, claim.refrain) == expected


def test_situations_and_comparisons_of_a_fourth_round() -> None:
    content = parse_claim(
        "should i still follow the interviewer on twitter even tho they tweet a lot of political stuff"
    )
    assert content is not None and content.state("political") is True
    industry = parse_claim(
        "Her Twitter is public and it's just industry things. Is it okay if I follow my interviewer?"
    )
    assert industry is not None and industry.state("professional") is True
    clause = parse_claim("When connecting with an interviewer, is it safer to use LinkedIn than Facebook?")
    assert clause is not None and (clause.action, clause.contrast) == ("connect", "facebook")
    card = parse_claim("Is it rude to send my thank-you in a LinkedIn connection request rather than a card?")
    assert card is not None and card.state("instead-of-card") is True
    unaccepted = parse_claim(
        "I sent a LinkedIn request to the interviewer and they don't accept it. Does it mean I did not get the job?"
    )
    assert unaccepted is not None and unaccepted.action == "unaccepted-request"


@pytest.mark.parametrize(
    "question",
    [
        "is emailing HR a week after the interview to ask about my status too pushy?",
        "is it too late to email a thank you 3 days after the interview?",
    ],
)
def test_an_email_is_no_social_network(question: str) -> None:
    # No advice in a corpus about social media speaks to an email: its claim is on a platform of its own.
    claim = parse_claim(question)
    assert claim is not None and claim.platform == "email"
    linkedin = parse_claim("is a linkedin message better than a thank you email?")
    assert linkedin is not None and linkedin.platform == "linkedin"


@pytest.mark.parametrize(
    "question",
    [
        "will following the hiring manager on twitter before the interview make them like me more?",
        "would the hiring manager remember me better if i interact with them on social media first?",
        "Will connecting with my interviewer online make them feel like they know me and favor me?",
        "Do hiring managers notice when a candidate follows them on Twitter?",
    ],
)
def test_whether_they_will_like_or_remember_you_asks_whether_it_pays_off(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and is_about_advantage(claim.text)


@pytest.mark.parametrize(
    ("question", "state", "holds"),
    [
        ("private twitter interviewer follow request?", "public", False),
        (
            "should i skip following an interviewer whose tweets are mostly about their kids and weekends?",
            "professional",
            False,
        ),
    ],
)
def test_what_their_account_is_like_said_in_few_words(question: str, state: str, holds: bool) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.state(state) is holds


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Round 13 of the paraphrases: wordings that read differently from the question they reword.
        ("once the offer's accepted can i send my interviewer a linkedin request?", ("connect", "after-offer", True)),
        (
            "should i hit connect on linkedin with the person who interviewed me now that the interview wrapped up?",
            ("connect", "right-after-interview", True),
        ),
        (
            "they didnt pick me for the job. is it odd to stay in touch with whoever interviewed me?",
            ("connect", "after-rejection", True),
        ),
        ("once i'm hired, ok to fb friend whoever interviewed me?", ("friend", "after-offer", True)),
        ("friending new coworkers on fb once i start, that ok?", ("friend", "after-offer", True)),
        ("good idea to look at the interviewer's socials before my interview?", ("research", "before-interview", True)),
        ("do i need permission from the interviewer before sending a li invite", ("ask-permission", "any", True)),
        (
            "is it a good idea to check with the interviewer in person first before sending them a li request",
            ("ask-permission", "any", True),
        ),
        ("separate socials for work ppl vs friends - should i?", ("separate-accounts", "any", True)),
        ("should i split it up, friends on facebook and work contacts on li?", ("separate-platforms", "any", True)),
        (
            "is it bad manners to say no to a facebook friend request from someone i only know thru work?",
            ("ignore-request", "any", False),
        ),
        ("tbh should i skip adding interviewers on social media completely?", ("connect", "any", False)),
        ("Job hunting now. Should I take all of my personal pictures down?", ("clean-up-profile", "any", True)),
        (
            "do the people who interview you actually mind if you add them on linkedin as a candidate?",
            ("connect", "any", False),
        ),
        ("Does it actually bother interviewers when candidates connect with them on LI?", ("connect", "any", False)),
        (
            "when i'm looking for work is it bad to have any personal photos on my profile?",
            ("clean-up-profile", "any", True),
        ),
        (
            "Is it better to add a note to my LinkedIn invite to the interviewer, or just click connect?",
            ("message", "any", True),
        ),
        (
            "is it better to skip following an interviewer whose twitter is mostly personal or political posts?",
            ("follow", "any", False),
        ),
        (
            "is deleting every personal photo from my profiles required while im job hunting?",
            ("clean-up-profile", "any", True),
        ),
        (
            "can i respond to a recruiter's facebook friend request by just saying we should connect on linkedin?",
            ("separate-platforms", "any", True),
        ),
        (
            "when i don't accept a facebook request from a work contact, should i propose linkedin as an alternative?",
            ("separate-platforms", "any", True),
        ),
        (
            "Do I need to have different social media accounts for work contacts and for my friends?",
            ("separate-accounts", "any", True),
        ),
        ("would it be alright if i just didn't friend my coworkers on fb?", ("friend", "any", False)),
    ],
)
def test_rewordings_read_as_the_question_they_reword(question: str, expected: tuple[str, str, bool]) -> None:
    claim = parse_claim(question)
    assert claim is not None
    assert (claim.action, claim.moment, claim.positive) == expected


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("are hiring mgrs into it when candidates send them linkedin invites", "hiring-manager"),
        ("should a manager send fb friend requests to the people who work for them?", "direct-report"),
        ("should bosses be adding their employees on fb?", "direct-report"),
    ],
)
def test_who_is_asked_about_in_shorthand(question: str, person: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.person == person


def test_asked_whether_they_are_happy_to_get_it_the_claim_keeps_their_reaction() -> None:
    claim = parse_claim("Are hiring managers actually happy to get LinkedIn connection invites from applicants?")
    assert claim is not None and claim.state("reaction") is True
    assert claim.text == "Hiring managers are actually happy to get LinkedIn connection invites from applicants."


def test_a_fragment_that_ends_should_i_asks_whether_to_do_it_not_whether_it_is_allowed() -> None:
    claim = parse_claim("li request to my interviewer - should i?")
    assert claim is not None and claim.positive
    assert claim.text == "Sending a LinkedIn connection request to an interviewer is what you should do."


def test_a_fragment_keeps_whether_it_is_wise_and_thru_is_through() -> None:
    wise = parse_claim("li request to the hiring manager before the interview even happens - good idea??")
    assert wise is not None and wise.text == (
        "Sending a LinkedIn connection request to a hiring manager before the interview is a good idea."
    )
    unwise = parse_claim("bad idea to add my interviewer on linkedin before we've even met?")
    assert unwise is not None and not unwise.positive
    assert unwise.text == "Sending a LinkedIn connection request to an interviewer before the interview is a bad idea."
    through = parse_claim("is it acceptable to follow up after an interview thru social media?")
    assert through is not None and (through.platform, through.moment) == ("social-media", "right-after-interview")
    contact = parse_claim("Is it too forward to contact a recruiter on social media before I've even interviewed?")
    assert contact is not None and (contact.action, contact.platform) == ("connect", "social-media")
    thanks = parse_claim("is it unprofessional to thank the interviewer thru a linkedin connection request?")
    assert thanks is not None and (thanks.action, thanks.platform) == ("connect", "linkedin")
    wait = parse_claim("better to hold off on the linkedin request till after the interview?")
    assert wait is not None and wait.text == (
        "Sending a LinkedIn connection request to an interviewer before the interview is premature."
    )


def test_a_situation_set_out_before_a_longer_question_or_after_as_long_as() -> None:
    before = parse_claim(
        "interviewer's twitter is public and mostly industry stuff, good idea to follow her before we meet?"
    )
    assert before is not None and dict(before.states) == {"public": True, "professional": True}
    as_long_as = parse_claim(
        "Is following the hiring manager on Twitter fine as long as they mostly tweet about work stuff?"
    )
    assert as_long_as is not None and dict(as_long_as.states) == {"professional": True}


@pytest.mark.parametrize(
    "question",
    [
        "would following the interviewer on twitter before the interview work in my favor?",
        "will following my interviewer on twitter make them remember me when I show up?",
    ],
)
def test_whether_it_works_in_my_favour_asks_whether_it_pays_off(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and is_about_advantage(claim.text)


def test_the_note_offered_against_sending_it_as_it_is() -> None:
    claim = parse_claim(
        "when i connect w the interviewer on linkedin, is a personalized note a good idea or should i just send it?"
    )
    assert claim is not None and (claim.action, claim.state("note")) == ("message", True)
    refrain = parse_claim("would it be alright if i just didn't friend my coworkers on fb?")
    assert refrain is not None and refrain.refrain
    assert refrain.text == "It would be alright just not to friend your coworkers on Facebook."
    required = parse_claim("is deleting every personal photo from my profiles required while im job hunting?")
    assert required is not None and required.text == "Removing every personal photo from your profile is required."


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ok if i skip adding my interviewer on li completely?", ("connect", False, True)),
        ("is it fine if i skip friending the people i work with on fb", ("friend", False, True)),
        ("fb request to a recruiter, fine or no?", ("friend", True, False)),
        ("do i have to tidy my linkedin before sending invites to my interviewers", ("clean-up-profile", True, False)),
        ("is it unprofessional if a manager adds their team on facebook", ("friend", False, False)),
        (
            "is it smart to search for the person interviewing me on social media ahead of the interview",
            ("research", True, False),
        ),
        ("ok to look at the person interviewing me on socials before the interview?", ("research", True, False)),
    ],
)
def test_wordings_of_a_fourteenth_round_of_paraphrases(question: str, expected: tuple[str, bool, bool]) -> None:
    claim = parse_claim(question)
    assert claim is not None and (claim.action, claim.positive, claim.refrain) == expected


@pytest.mark.parametrize(
    "question",
    [
        "can i dm a random hiring mgr on li that i dont know and ask if theres a job for me?",
        "Can I send a LinkedIn DM to a hiring manager I don't know at all and just ask them to hire me?",
        "is it a desperate look to slide into a hiring manager's li dms asking if there's a position for me",
    ],
)
def test_asking_for_a_job_in_other_words(question: str) -> None:
    claim = parse_claim(question)
    assert claim is not None and claim.state("job-request") is True
