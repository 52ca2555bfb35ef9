"""Deciding a source's stance: compatibility by parts, timing, reported views, the real corpus, the model seam."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from indexer.advice import extract_advice
from indexer.chunking import split_sentences
from indexer.claims import parse_claim
from indexer.corpus import load_corpus
from indexer.stance import (
    CrossEncoderStanceModel,
    decide_disagreement,
    decide_position,
    load_stance_model,
    people_compatible,
)
from indexer.types import NO_POSITION, AdviceRecord, Claim, Position

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
LINKEDIN_CLAIM = Claim(
    text="You should send your interviewer a LinkedIn request.",
    action="connect",
    platform="linkedin",
    person="interviewer",
)


def record(text: str, direction: str = "for", start: int = 0, **parts: str) -> AdviceRecord:
    """A hand-made record; the parts default to a LinkedIn connection with an interviewer."""
    values = {"action": "connect", "platform": "linkedin", "person": "interviewer", "moment": "any"} | parts
    return AdviceRecord(
        doc="hand-made",
        start=start,
        end=start + len(text),
        text=text,
        direction=direction,  # type: ignore[arg-type]
        cues=("it's fine to",),
        action=values["action"],
        platform=values["platform"],
        person=values["person"],
        moment=values["moment"],
    )


@pytest.fixture(scope="module")
def corpus_records() -> dict[str, list[AdviceRecord]]:
    return {article.doc: extract_advice(article, split_sentences(article)) for article in load_corpus(CORPUS)}


def stances(question: str, corpus_records: dict[str, list[AdviceRecord]]) -> dict[str, Position]:
    claim = parse_claim(question)
    assert claim is not None
    return {doc: decide_position(claim, records) for doc, records in corpus_records.items()}


def test_advice_about_another_platform_is_not_evidence() -> None:
    facebook = record("Do not friend your interviewer on Facebook.", "against", action="friend", platform="facebook")
    assert decide_position(LINKEDIN_CLAIM, [facebook]) == NO_POSITION
    linkedin = record("It's fine to connect on LinkedIn.", start=100)
    position = decide_position(LINKEDIN_CLAIM, [facebook, linkedin])
    assert position.stance == "supports"
    assert position.evidence is not None and position.evidence.start == 100
    assert position.records == (linkedin,)


def test_general_social_media_advice_covers_linkedin() -> None:
    general = record("Never connect with interviewers on social media.", "against", platform="social-media")
    assert decide_position(LINKEDIN_CLAIM, [general]).stance == "opposes"


def test_wait_until_after_the_interview_depends_on_the_claims_moment() -> None:
    wait = AdviceRecord(
        doc="hand-made",
        start=0,
        end=30,
        text="Wait until after the interview.",
        action="connect",
        platform="linkedin",
        moment="right-after-interview",
        direction="conditional",
        condition="wait until after the interview",
        cues=("wait until",),
    )
    before = Claim(text="before", action="connect", platform="linkedin", moment="before-interview")
    after = Claim(text="after", action="connect", platform="linkedin", moment="right-after-interview")
    offer = Claim(text="offer", action="connect", platform="linkedin", moment="after-offer")
    assert decide_position(before, [wait]).stance == "opposes"
    assert decide_position(after, [wait]).stance == "supports"
    assert decide_position(offer, [wait]).stance == "supports"
    unnamed = decide_position(LINKEDIN_CLAIM, [wait])
    assert unnamed.stance == "conditional"
    assert unnamed.condition == "wait until after the interview"


def test_yes_at_one_moment_and_no_at_another_is_conditional() -> None:
    no_before = record("Do not connect before the interview.", "against", moment="before-interview")
    yes_after = record("Connect right after the interview.", start=50, moment="right-after-interview")
    position = decide_position(LINKEDIN_CLAIM, [no_before, yes_after])
    assert position.stance == "conditional"
    assert "timing" in position.condition
    assert (
        decide_position(
            Claim(text="b", action="connect", platform="linkedin", moment="before-interview"), [no_before, yes_after]
        ).stance
        == "opposes"
    )


def test_the_specific_rule_outweighs_the_general_one() -> None:
    general = record("It's fine to connect with interviewers.", platform="social-media")
    specific = record(
        "Never send a LinkedIn request before the interview.", "against", start=60, moment="before-interview"
    )
    claim = Claim(text="before", action="connect", platform="linkedin", moment="before-interview")
    assert decide_position(claim, [general, specific]).stance == "opposes"


def test_a_rejected_view_counts_the_other_way_and_a_readers_letter_not_at_all() -> None:
    reported = AdviceRecord(
        doc="hand-made",
        start=0,
        end=20,
        text="Coaches say never do it.",
        action="connect",
        platform="linkedin",
        direction="against",
        speaker="reported",
        cues=("never",),
    )
    position = decide_position(LINKEDIN_CLAIM, [reported])
    assert position.stance == "supports"
    assert position.confidence < decide_position(LINKEDIN_CLAIM, [record("It's fine to connect.")]).confidence
    letter = AdviceRecord(
        doc="hand-made",
        start=0,
        end=20,
        text="I would never do it.",
        action="connect",
        platform="linkedin",
        direction="against",
        speaker="reader",
        cues=("would never",),
    )
    assert decide_position(LINKEDIN_CLAIM, [letter]) == NO_POSITION
    expert = AdviceRecord(
        doc="hand-made",
        start=0,
        end=20,
        text="Coaches say never do it.",
        action="connect",
        platform="linkedin",
        direction="against",
        speaker="expert",
        cues=("never",),
    )
    assert decide_position(LINKEDIN_CLAIM, [expert]).stance == "opposes"


def test_a_claim_that_the_action_is_a_mistake_is_supported_by_advice_against() -> None:
    mistake = Claim(
        text="It is unprofessional to add your interviewer on LinkedIn.",
        action="connect",
        platform="linkedin",
        person="interviewer",
        positive=False,
    )
    assert decide_position(mistake, [record("Don't do it.", "against")]).stance == "supports"
    assert decide_position(mistake, [record("It's fine.", "for")]).stance == "opposes"


def test_people_compatibility() -> None:
    assert people_compatible("interviewer", "hiring-manager", "connect")
    assert people_compatible("interviewer", "recruiter", "connect")
    assert people_compatible("coworker", "professional-contact", "friend")
    assert not people_compatible("interviewer", "coworker", "connect")
    assert not people_compatible("interviewer", "employer", "message")
    # Researching the company and researching its interviewer are one preparation.
    assert people_compatible("employer", "interviewer", "research")
    assert not people_compatible("employer", "interviewer", "connect")
    coworker = record("Connect with coworkers.", person="coworker")
    assert decide_position(LINKEDIN_CLAIM, [coworker]) == NO_POSITION


def test_relevance_ranks_the_evidence_but_does_not_decide() -> None:
    first = record("It's fine to connect on LinkedIn.")
    second = record("Connecting on LinkedIn is a great way to say thanks.", start=200)
    by_default = decide_position(LINKEDIN_CLAIM, [first, second])
    ranked = decide_position(LINKEDIN_CLAIM, [first, second], relevance=lambda item: 1.0 if item.start == 200 else 0.0)
    assert by_default.stance == ranked.stance == "supports"
    assert by_default.evidence is not None and by_default.evidence.start == 0
    assert ranked.evidence is not None and ranked.evidence.start == 200


def test_a_claim_outside_the_vocabulary_takes_no_position() -> None:
    salary = Claim(text="You should negotiate salary.", action="other")
    assert decide_position(salary, [record("It's fine to connect on LinkedIn.")]) == NO_POSITION


def test_disagreement_needs_a_supporter_and_an_opposer() -> None:
    supports = Position(stance="supports", confidence=0.8)
    opposes = Position(stance="opposes", confidence=0.8)
    conditional = Position(stance="conditional", confidence=0.5)
    assert decide_disagreement([supports, conditional, opposes])
    assert not decide_disagreement([supports, conditional, NO_POSITION])
    assert not decide_disagreement(iter([opposes, opposes]))


def test_the_linkedin_question_on_the_corpus(corpus_records: dict[str, list[AdviceRecord]]) -> None:
    positions = stances("Should I send my interviewer a LinkedIn request?", corpus_records)
    assert positions["hays-connect-with-recruiter"].stance == "opposes"
    assert positions["work-it-daily-follow-up-social-media"].stance == "supports"
    assert positions["ask-a-manager-social-media-job-search"].stance == "conditional"
    assert positions["connect-with-interviewers-social-media"].stance == "conditional"
    assert decide_disagreement(positions.values())
    evidence = positions["work-it-daily-follow-up-social-media"].evidence
    assert evidence is not None and "great way" in evidence.text
    body = next(a.body for a in load_corpus(CORPUS) if a.doc == "work-it-daily-follow-up-social-media")
    assert body[evidence.start : evidence.end] == evidence.text
    hays = positions["hays-connect-with-recruiter"]
    assert 0.0 < hays.confidence <= 1.0 and hays.records


def test_the_facebook_friend_question_on_the_corpus(corpus_records: dict[str, list[AdviceRecord]]) -> None:
    positions = stances("Can I friend my interviewer on Facebook?", corpus_records)
    assert all(position.stance != "supports" for position in positions.values())
    assert positions["hays-connect-with-recruiter"].stance == "opposes"
    assert positions["connect-with-interviewers-social-media"].stance == "opposes"
    assert not decide_disagreement(positions.values())


def test_a_salary_question_on_the_corpus(corpus_records: dict[str, list[AdviceRecord]]) -> None:
    positions = stances("Should I ask for a higher salary in the first interview?", corpus_records)
    assert {position.stance for position in positions.values()} == {"none"}


def test_an_email_question_on_the_corpus(corpus_records: dict[str, list[AdviceRecord]]) -> None:
    # Advice about messages on social media (a thank-you in a LinkedIn invite) is no word on an email.
    positions = stances("is emailing HR a week after the interview to ask about my status too pushy?", corpus_records)
    assert {position.stance for position in positions.values()} == {"none"}
    linkedin = stances("is a linkedin message better than a thank you card?", corpus_records)
    assert linkedin["work-it-daily-follow-up-social-media"].stance == "supports"


def test_an_article_about_sending_emails_answers_an_email_question() -> None:
    # An article a user adds about thank-you emails speaks to them; the seed corpus's emails in passing do not.
    claim = parse_claim("Should I send my interviewer a thank-you email after the interview?")
    assert claim is not None and claim.platform == "email"
    sent = record(
        "You should always send your interviewer a thank-you email within a day of the interview.",
        action="message",
        platform="any",
        moment="right-after-interview",
    )
    in_passing = record(
        "Expect that he or she will be swamped with notes, emails, messages and resumes.",
        action="message",
        platform="any",
    )
    assert decide_position(claim, [sent]).stance == "supports"
    assert decide_position(claim, [in_passing]).stance == "none"


def test_deciding_is_fast_enough_for_query_time(corpus_records: dict[str, list[AdviceRecord]]) -> None:
    claim = parse_claim("Should I send my interviewer a LinkedIn request?")
    assert claim is not None
    # CPU time of this process, so that other work on a shared machine does not count against it.
    started = time.process_time()
    rounds = 50
    for _ in range(rounds):
        for records in corpus_records.values():
            decide_position(claim, records)
    assert (time.process_time() - started) / (rounds * len(corpus_records)) < 0.001


class FakeStanceModel:
    """Answers a fixed direction and remembers what it was asked."""

    def __init__(self, answer: tuple[str, float] | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def direction(self, claim_text: str, evidence_text: str) -> tuple[str, float] | None:
        self.asked.append((claim_text, evidence_text))
        return self.answer


def test_a_stance_model_replaces_the_direction_of_compatible_records() -> None:
    linkedin = record("It's fine to connect on LinkedIn.")
    facebook = record("Friend them on Facebook.", action="friend", platform="facebook", start=100)
    model = FakeStanceModel(("against", 0.9))
    position = decide_position(LINKEDIN_CLAIM, [linkedin, facebook], stance_model=model)
    assert position.stance == "opposes"  # the rules read "for"; the model's reading wins
    assert model.asked == [(LINKEDIN_CLAIM.text, linkedin.text)]  # incompatible records are not asked about
    assert decide_position(LINKEDIN_CLAIM, [linkedin], stance_model=FakeStanceModel(None)) == NO_POSITION


def test_no_configured_model_means_the_rule_engine() -> None:
    assert load_stance_model("") is None
    assert load_stance_model("   ") is None


def test_a_tiny_cross_encoder_saved_on_disk_plugs_in(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    vocabulary = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "you", "should", "connect", "not", "linkedin", "."]
    (tmp_path / "vocab.txt").write_text("\n".join(vocabulary) + "\n")
    tokenizer = transformers.BertTokenizer(str(tmp_path / "vocab.txt"))
    config = transformers.BertConfig(
        vocab_size=len(vocabulary),
        hidden_size=8,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=16,
        max_position_embeddings=64,
        num_labels=3,
        id2label={0: "contradiction", 1: "entailment", 2: "neutral"},
        label2id={"contradiction": 0, "entailment": 1, "neutral": 2},
    )
    model = transformers.BertForSequenceClassification(config)
    with torch.no_grad():
        # Whatever the input, the classifier says "entailment": the plumbing, not the model, is under test.
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor([0.0, 6.0, 0.0]))
    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)

    stance_model = load_stance_model(str(tmp_path))
    assert isinstance(stance_model, CrossEncoderStanceModel)
    reading = stance_model.direction("you should connect", "you should not connect")
    assert reading is not None and reading[0] == "for" and 0.9 < reading[1] <= 1.0
    position = decide_position(
        LINKEDIN_CLAIM, [record("Do not connect on LinkedIn.", "against")], stance_model=stance_model
    )
    assert position.stance == "supports"


def reviewed(text: str, direction: str = "for", start: int = 0, condition: str = "", **parts: str) -> AdviceRecord:
    """A hand-made reviewed record: no cue words, a person's reading of the advice."""
    values = {"action": "connect", "platform": "linkedin", "person": "interviewer", "moment": "any"} | parts
    return AdviceRecord(
        doc="hand-made",
        start=start,
        end=start + len(text),
        text=text,
        direction=direction,  # type: ignore[arg-type]
        condition=condition,
        reviewed=True,
        action=values["action"],
        platform=values["platform"],
        person=values["person"],
        moment=values["moment"],
    )


def claim_of(question: str) -> Claim:
    claim = parse_claim(question)
    assert claim is not None
    return claim


# Records several tests share: Ask a Manager's permission, her own habit on timing, and her test of their tweets.
NOT_A_FAUX_PAS = reviewed("It's not a faux pas to send the request.")
# Work It Daily's "everyone has their own social media policy": how people take a request varies.
EVERYONE_DIFFERS = reviewed(
    "Everyone has their own social media policy.",
    "conditional",
    condition="everyone has their own social media policy",
    platform="social-media",
    person="any",
)
PERSONALLY_WAIT = reviewed(
    "Personally, though, I'd wait until after the interview.",
    "conditional",
    start=50,
    condition="wait until after the interview",
    moment="right-after-interview",
)
TWEETS_TEST = reviewed(
    "Look first to see if their tweets are mainly professional.",
    "conditional",
    condition="only if their tweets are mainly professional",
    action="follow",
    platform="twitter",
)


def test_a_reviewed_verdict_beats_a_reviewed_preference_on_timing_when_asked_if_it_is_wrong() -> None:
    verdict = reviewed("Sending the request is no blunder.")
    timing = reviewed(
        "I'd hold off until after the interview.",
        "conditional",
        start=50,
        condition="after the interview",
        moment="right-after-interview",
    )
    asked_if_wrong = claim_of("Is it unprofessional to add my recruiter on LinkedIn?")
    assert decide_position(asked_if_wrong, [verdict, timing]).stance == "opposes"
    assert decide_position(claim_of("Should I add my recruiter on LinkedIn?"), [verdict, timing]).stance == (
        "conditional"
    )
    before = claim_of("Is it weird to add my recruiter on LinkedIn before the interview?")
    assert decide_position(before, [verdict, timing]).stance == "opposes"
    advisability = claim_of("Is it a bad idea to add my recruiter on LinkedIn before the interview?")
    assert decide_position(advisability, [verdict, timing]).stance == "supports"
    # What it costs is how it lands, like how it looks (readers 6 to 1); whether it is too early is about when.
    for costly in (
        "would it hurt my chances to add my recruiter on linkedin before the interview?",
        "li request to my recruiter before we've even met, bad move?",
        "is it a bad look to add my recruiter on linkedin before my interview even happens?",
    ):
        assert decide_position(claim_of(costly), [verdict, timing]).stance == "opposes", costly
    for unwise in (
        "bad idea to add my recruiter on linkedin before we've even met?",
        "li request to my recruiter before the interview - too early?",
        "better to hold off on the linkedin request to my recruiter till after the interview?",
    ):
        assert decide_position(claim_of(unwise), [verdict, timing]).stance == "supports", unwise


def test_the_claims_moment_decides_before_its_platform() -> None:
    once_hired = reviewed(
        "Once you are hired, connect anywhere.", "conditional", condition="once hired", moment="after-offer"
    )
    once_hired = replace(once_hired, platform="social-media")
    no_facebook = reviewed("No Facebook requests to interviewers.", "against", start=60, platform="facebook")
    claim = claim_of("Once I'm hired, can I friend my interviewer on Facebook?")
    assert decide_position(claim, [once_hired, no_facebook]).stance == "supports"
    # Before the interview the general Facebook rule stands.
    assert decide_position(claim_of("Can I friend my interviewer on Facebook?"), [no_facebook]).stance == "opposes"


def test_a_yes_inferred_beyond_the_line_gives_way_to_a_rule_for_the_platform() -> None:
    after_interview = reviewed(
        "After the interview, think about connecting online.",
        "conditional",
        condition="after the interview",
        moment="right-after-interview",
        platform="social-media",
    )
    no_facebook = reviewed("Never on Facebook.", "against", start=60, platform="facebook")
    claim = claim_of("Once I get the offer, can I friend my interviewer on Facebook?")
    assert decide_position(claim, [after_interview, no_facebook]).stance == "opposes"


def test_accepting_and_ignoring_answer_each_other() -> None:
    ignore = reviewed("It's fine to ignore their request.", action="ignore-request", platform="facebook")
    accept = claim_of("Should I accept my interviewer's Facebook friend request?")
    assert accept.action == "accept-request"
    assert decide_position(accept, [ignore]).stance == "opposes"
    sending_ban = reviewed("Never send a friend request.", "against", action="friend", platform="facebook")
    assert decide_position(accept, [sending_ban]) == NO_POSITION


def test_no_need_to_hide_a_profile_view_is_a_no_to_logging_out() -> None:
    seen = reviewed("Don't worry that they see you viewed their profile.", action="view-profile")
    claim = claim_of("Should I log out of LinkedIn before I view my interviewer's profile?")
    assert decide_position(claim, [seen]).stance == "opposes"
    warning = reviewed("Don't look at their profile.", "against", action="view-profile")
    assert decide_position(claim, [warning]) == NO_POSITION


def test_a_yes_to_a_request_with_a_thank_you_in_it_is_no_word_on_one_sent_bare() -> None:
    thank_you_in_it = reviewed("A LinkedIn invite with a thank-you written into the message gains you more.")
    after_rejection = reviewed("No reason for a breakup if you don't get the job.", moment="after-rejection")
    bare = claim_of("is it fine to send an interviewer a linkedin request with no note?")
    assert bare.state("note") is False
    assert decide_position(bare, [thank_you_in_it]) == NO_POSITION
    assert decide_position(bare, [after_rejection]) == NO_POSITION
    # A plain yes to sending one still speaks, and so does a no.
    assert decide_position(bare, [NOT_A_FAUX_PAS]).stance == "supports"
    assert decide_position(bare, [reviewed("Don't send the request.", "against")]).stance == "opposes"


def test_related_actions_speak_with_less_weight() -> None:
    follow_back = reviewed("If they follow you, follow them back.", action="follow-back", platform="twitter")
    vetting = reviewed(
        "Only follow people whose tweets are mostly professional.",
        "conditional",
        start=60,
        condition="only if their tweets are mostly professional",
        action="follow",
        platform="twitter",
    )
    claim = claim_of("My recruiter followed me on Twitter, can I follow them back?")
    assert decide_position(claim, [follow_back, vetting]).stance == "supports"
    # Advice on whom to follow first is no word on following back (readers give it no position 2 to 1), unless the
    # question says what their feed is like.
    assert decide_position(claim, [vetting]) == NO_POSITION
    political = claim_of("My recruiter followed me on Twitter but tweets mostly politics, can I follow them back?")
    assert decide_position(political, [vetting]).stance == "opposes"


def test_keeping_in_touch_at_a_moment_approves_accepting_a_request_then() -> None:
    stay = reviewed("Stay in touch even after a rejection.", action="message", moment="after-rejection")
    after_rejection = claim_of("The recruiter who rejected me sent me a LinkedIn invite, should I accept?")
    assert decide_position(after_rejection, [stay]).stance == "supports"
    assert decide_position(claim_of("Should I accept LinkedIn invites from recruiters?"), [stay]) == NO_POSITION


def test_a_condition_settled_by_the_situation_the_question_states() -> None:
    public_only = reviewed(
        "Follow them only if the account is public.",
        "conditional",
        condition="if their account is public",
        action="follow",
        platform="twitter",
    )
    content = reviewed(
        "Check whether their tweets are professional first.",
        "conditional",
        start=60,
        condition="if their tweets are mostly professional",
        action="follow",
        platform="twitter",
    )
    private = claim_of("Can I follow an interviewer whose Twitter account is private?")
    assert decide_position(private, [public_only]).stance == "opposes"
    assert decide_position(private, [content]) == NO_POSITION  # about content, not about who can see it
    political = claim_of("Can I follow an interviewer who tweets about politics?")
    # Tweets mostly about politics are not the professional feed the condition asks for.
    assert decide_position(political, [content]).stance == "opposes"
    automatic = AdviceRecord(
        doc="hand-made",
        start=0,
        end=40,
        text="If their account is locked, don't ask to follow.",
        action="follow",
        platform="twitter",
        person="interviewer",
        direction="conditional",
        condition="If their account is locked",
        cues=("don't ask to",),
    )
    assert decide_position(private, [automatic]).stance == "opposes"
    public = claim_of("Can I follow an interviewer whose Twitter account is public?")
    assert decide_position(public, [automatic]).stance == "supports"


def test_a_limited_no_is_a_condition_only_when_it_departs_from_the_general_rule() -> None:
    general_yes = record("It's fine to connect on LinkedIn.")
    before_no = record("Not before the interview.", "against", start=40, moment="before-interview")
    assert decide_position(LINKEDIN_CLAIM, [general_yes, before_no]).stance == "conditional"
    general_no = record("Don't connect on LinkedIn.", "against", start=80)
    assert decide_position(LINKEDIN_CLAIM, [general_no, before_no]).stance == "opposes"


def test_platforms_with_their_own_norms_need_advice_that_names_them() -> None:
    # "Never on any social media" takes in Instagram; a yes to social media in general does not.
    never = record("Never follow interviewers on social media.", "against", action="follow", platform="social-media")
    assert decide_position(claim_of("Should I follow my interviewer on Instagram?"), [never]).stance == "opposes"
    # No requests on social media before you meet is no word on a follow there, but is on a request to follow.
    no_requests = record("Do not send any requests on social media.", "against", platform="social-media")
    assert decide_position(claim_of("Should I follow my interviewer on Instagram?"), [no_requests]) == NO_POSITION
    private = claim_of("can i request to follow my interviewer's private insta?")
    assert decide_position(private, [no_requests]).stance == "opposes"
    fine = record("It's fine to connect with interviewers on social media.", "for", platform="social-media")
    assert decide_position(claim_of("Should I follow my interviewer on Instagram?"), [fine]) == NO_POSITION
    paper = claim_of("Should I mail a paper thank-you card to my interviewer?")
    assert decide_position(paper, [record("Send a thank-you message.", action="message", platform="any")]) == (
        NO_POSITION
    )


def test_asked_whether_it_pays_off_a_mere_permission_says_nothing() -> None:
    permission = NOT_A_FAUX_PAS
    benefit = reviewed("A request gives you an edge over other candidates.", start=50)
    claim = claim_of("Would connecting with my interviewer on LinkedIn improve my chances?")
    assert decide_position(claim, [permission]) == NO_POSITION
    assert decide_position(claim, [permission, benefit]).stance == "supports"


def test_an_allowance_for_the_readers_taste_weighs_less_than_a_rule() -> None:
    allowance = record("It's fine to log out first if you'd rather.", action="view-privately")
    allowance = replace(allowance, cues=("fine", "if you prefer"))
    no_need = record("No need to worry they see you viewed it.", start=50, action="view-profile")
    claim = claim_of("Should I log out of LinkedIn before viewing my interviewer's profile?")
    assert decide_position(claim, [allowance, no_need]).stance == "opposes"


def test_situations_and_precautions_on_the_corpus(corpus_records: dict[str, list[AdviceRecord]]) -> None:
    logging_out = stances("Do I have to log out of LinkedIn before viewing a recruiter's profile?", corpus_records)
    assert logging_out["ask-a-manager-social-media-job-search"].stance == "opposes"
    assert logging_out["hays-connect-with-recruiter"] == NO_POSITION
    locked = stances("Can I follow a hiring manager whose Twitter account is locked?", corpus_records)
    assert locked["connect-with-interviewers-social-media"].stance == "opposes"
    assert locked["ask-a-manager-social-media-job-search"] == NO_POSITION


def test_a_comparison_weighs_what_a_source_says_of_each_platform() -> None:
    claim = claim_of("Is LinkedIn safer than Facebook for connecting with an interviewer?")
    linkedin_yes = NOT_A_FAUX_PAS
    facebook_no = record("Do not connect on Facebook.", "against", platform="facebook", start=60)
    linkedin_no = record("Do not send them a LinkedIn request.", "against", start=120)
    assert decide_position(claim, [linkedin_yes, facebook_no]).stance == "supports"
    # The same no on both platforms: the source does not rank them.
    assert decide_position(claim, [linkedin_no, facebook_no]) == NO_POSITION
    # Silent on one of them: no comparison either.
    assert decide_position(claim, [linkedin_yes]) == NO_POSITION
    worse = claim_of("Is Facebook riskier than LinkedIn for connecting with an interviewer?")
    assert decide_position(worse, [linkedin_yes, facebook_no]).stance == "supports"


def test_asked_whether_refraining_is_all_right_only_a_no_to_the_act_speaks() -> None:
    refrain = claim_of("Is it okay not to connect with my interviewer on LinkedIn at all?")
    permission = NOT_A_FAUX_PAS
    timing = reviewed("I'd wait until after the interview.", "conditional", start=50, moment="right-after-interview")
    prohibition = reviewed("Don't send your interviewer a request.", "against", start=100)
    assert decide_position(refrain, [permission, timing]) == NO_POSITION
    assert decide_position(refrain, [permission, prohibition]).stance == "supports"


def test_advice_to_ask_first_decides_a_request_sent_without_asking() -> None:
    ask_first = reviewed("Just ask first!", action="ask-permission")
    send = reviewed("Sending the invite is a great way to thank them.", start=50, moment="right-after-interview")
    without = claim_of("Can I send my interviewer a LinkedIn request without asking them first?")
    assert decide_position(without, [ask_first, send]).stance == "opposes"
    plain = claim_of("Can I send my interviewer a LinkedIn request?")
    assert decide_position(plain, [ask_first, send]).stance == "supports"


def test_one_rule_for_both_platforms_makes_neither_more_acceptable_but_ranks_no_safety() -> None:
    linkedin_no = record("Do not send them a LinkedIn request.", "against")
    facebook_no = record("Do not connect on Facebook.", "against", platform="facebook", start=60)
    acceptable = claim_of("Is LinkedIn more acceptable than Facebook for connecting with an interviewer?")
    assert decide_position(acceptable, [linkedin_no, facebook_no]).stance == "opposes"
    safer = claim_of("Is LinkedIn safer than Facebook for connecting with an interviewer?")
    assert decide_position(safer, [linkedin_no, facebook_no]) == NO_POSITION


def test_asked_about_photos_only_advice_about_photos_speaks() -> None:
    ready = reviewed("Make your profile interview-ready.", action="clean-up-profile", person="hiring-manager")
    photos = reviewed(
        "Opt away from the photos of your latest bar outing.", start=50, action="clean-up-profile", person="any"
    )
    party = claim_of("Should I take down my party pics before I start messaging recruiters?")
    assert decide_position(party, [ready]) == NO_POSITION
    assert decide_position(party, [ready, photos]).stance == "supports"
    profile = claim_of("Do I need to polish my profile before I add the hiring manager?")
    assert decide_position(profile, [ready]).stance == "supports"


def test_do_they_mind_is_answered_by_advice_that_people_differ() -> None:
    varies = EVERYONE_DIFFERS
    mind = claim_of("Do recruiters mind getting LinkedIn invites from candidates?")
    assert decide_position(mind, [varies]).stance == "conditional"
    should = claim_of("Should I send my interviewer a LinkedIn invite?")
    assert decide_position(should, [varies]) == NO_POSITION
    requests = claim_of("do hiring managers like getting linkedin invites from candidates?")
    assert decide_position(requests, [varies]).stance == "conditional"
    # That people differ on requests says nothing of how they take a follow.
    follows = claim_of("do hiring managers like it when candidates follow them on twitter?")
    assert decide_position(follows, [varies]) == NO_POSITION


def test_whether_they_will_accept_is_answered_only_by_advice_that_people_differ() -> None:
    varies = EVERYONE_DIFFERS
    prohibition = reviewed("Connecting right after the interview crosses the line.", "against", start=60)
    for question in (
        "if I send my interviewer a linkedin request will they accept it?",
        "do interviewers usually accept linkedin requests from candidates?",
    ):
        accept = claim_of(question)
        assert accept.state("acceptance") is True, question
        assert decide_position(accept, [varies, prohibition]).stance == "conditional", question
        # A no to sending the request is no forecast of how they answer it (readers: nothing 5 of 5).
        assert decide_position(accept, [prohibition]) == NO_POSITION, question
    assert claim_of("will the interviewer even accept my linkedin request?").text == (
        "An interviewer will accept your LinkedIn connection request."
    )


def test_a_request_left_unaccepted_is_read_by_advice_about_why_people_do_not_accept() -> None:
    policy = reviewed(
        "With those who won't, it's usually because they reserve LinkedIn for people they know.",
        "against",
        action="unaccepted-request",
    )
    claim = claim_of("My interviewer never accepted my LinkedIn request. Does that mean they're not interested?")
    assert decide_position(claim, [policy]).stance == "opposes"
    # Advice about sending the request says nothing about what a missing answer means.
    assert decide_position(claim, [NOT_A_FAUX_PAS]) == NO_POSITION


def test_advice_that_leaves_the_act_optional_says_refraining_is_all_right() -> None:
    optional = reviewed(
        "It's common to friend coworkers, but you don't need to.",
        condition="if you want to",
        action="friend",
        platform="facebook",
        person="coworker",
    )
    refrain = claim_of("is it ok NOT to friend my coworkers on fb?")
    assert decide_position(refrain, [optional]).stance == "supports"
    # A condition on one network is no word on refraining on every network.
    facebook_only = reviewed(
        "Assume Facebook is personal unless you know otherwise.",
        "conditional",
        condition="only if you know they use Facebook professionally",
        action="friend",
        platform="facebook",
    )
    everywhere = claim_of("is it okay not to connect with my interviewers on social media at all?")
    assert decide_position(everywhere, [facebook_only]) == NO_POSITION


def test_a_request_in_place_of_a_thank_you_card_is_read_from_thank_you_advice_or_a_no_to_the_request() -> None:
    permission = NOT_A_FAUX_PAS
    thank_you = reviewed(
        "Instead of a thank-you card, send a LinkedIn invite with a thank-you message.",
        start=50,
        moment="right-after-interview",
    )
    prohibition = reviewed("Connecting right after the interview crosses the line.", "against", start=130)
    card = claim_of("can a linkedin invite with a thank you message replace the thank you card after the interview?")
    assert decide_position(card, [permission]) == NO_POSITION
    assert decide_position(card, [permission, thank_you]).stance == "supports"
    assert decide_position(card, [prohibition]).stance == "opposes"
    # Without a card in the question, the permission answers it.
    assert decide_position(claim_of("Can I send my interviewer a LinkedIn request?"), [permission]).stance == (
        "supports"
    )


def test_staying_off_every_network_until_hired_is_answered_by_a_yes_on_one_of_them() -> None:
    after_meeting = reviewed(
        "After the interview, connect on LinkedIn with a note.",
        "conditional",
        condition="after you have met them, with a note that expects nothing",
        moment="right-after-interview",
    )
    facebook_no = reviewed("Do not join on Facebook.", "against", start=60, platform="facebook")
    stay_off = claim_of("Should I stay off social media with interviewers until I get the job?")
    assert decide_position(stay_off, [after_meeting, facebook_no]).stance == "opposes"
    # Asked whether it is weird, the same advice is still a condition on the network and the note.
    weird = claim_of("Is it weird to connect with interviewers on social media while I wait to hear back?")
    assert decide_position(weird, [after_meeting, facebook_no]).stance == "conditional"


def test_asked_whether_it_is_required_advice_that_it_depends_says_it_is_not() -> None:
    depends = reviewed(
        "Facebook for friends and LinkedIn for work, or the other way round.",
        "conditional",
        condition="if Facebook is the account you keep for work contacts",
        action="accept-request",
        platform="facebook",
        person="professional-contact",
    )
    required = claim_of("starting my new job monday, do i have to accept fb friend requests from my new coworkers?")
    assert decide_position(required, [depends]).stance == "opposes"
    assert decide_position(claim_of("should i accept my coworker's facebook friend request?"), [depends]).stance == (
        "conditional"
    )


def test_asked_whether_it_is_all_right_the_writers_own_habit_is_no_condition() -> None:
    permission = NOT_A_FAUX_PAS
    habit = PERSONALLY_WAIT
    rule = replace(habit, text="Wait until after the interview.")
    allowed = claim_of("hiring manager linkedin connection request - ok to send?")
    assert decide_position(allowed, [permission, habit]).stance == "supports"
    assert decide_position(allowed, [permission, rule]).stance == "conditional"
    # Asked what to do, the habit is advice on when.
    should = claim_of("Should I send the hiring manager a LinkedIn connection request?")
    assert decide_position(should, [permission, habit]).stance == "conditional"
    # "Can I ... before we've met?" is left to the habit (a rule reading it as "is it okay" was taken back).
    can = claim_of("Can I send the hiring manager a LinkedIn invite before I've even met them?")
    assert decide_position(can, [permission, habit]).stance == "opposes"


def test_a_public_account_leaves_the_test_of_what_they_post_to_decide() -> None:
    professional = TWEETS_TEST
    public = claim_of("Is it ok to follow my interviewer on twitter? Her account is public.")
    assert decide_position(public, [professional]).stance == "conditional"
    private = claim_of("My interviewer's twitter is private, should I send a request to follow?")
    assert decide_position(private, [professional]) == NO_POSITION


def test_asked_whether_a_note_is_needed_advice_that_makes_it_the_condition_says_yes() -> None:
    with_note = reviewed(
        "A request works in your favour when a note says you expect nothing.",
        "conditional",
        condition="after you have met them, with a note that expects nothing",
        action="message",
    )
    note = claim_of("do i need to add a note to my linkedin connection request to the interviewer?")
    assert decide_position(note, [with_note]).stance == "supports"


def test_safer_the_further_along_is_said_by_advice_that_draws_a_line_in_time() -> None:
    not_before = reviewed("Do not send requests before you have met them.", "against", moment="before-interview")
    after = reviewed(
        "After the interview it is worth considering.",
        "conditional",
        start=60,
        condition="after the interview",
        moment="right-after-interview",
    )
    any_time = reviewed("Send the invite: it is a great way to follow up.", start=120)
    later = claim_of("Does it get less risky to connect with an interviewer the further along you are?")
    assert dict(later.states) == {"safer-later": True}
    assert decide_position(later, [not_before, after]).stance == "supports"
    assert decide_position(later, [any_time]) == NO_POSITION


def test_asked_what_the_note_says_only_advice_on_what_it_says_speaks() -> None:
    expects_nothing = reviewed(
        "A note that says you expect nothing works in your favour.",
        "conditional",
        condition="after you have met them, with a note that expects nothing",
    )
    permission = reviewed("It's not a faux pas to send the request.", start=80)
    hoping = claim_of("can my note on linkedin say i'm really hoping to get the job?")
    assert decide_position(hoping, [expects_nothing]).stance == "opposes"
    assert decide_position(hoping, [permission]) == NO_POSITION
    no_pressure = claim_of("should my linkedin note to the interviewer say there's no pressure to accept?")
    assert decide_position(no_pressure, [expects_nothing]).stance == "supports"


def test_asked_whether_it_is_expected_a_yes_only_if_you_want_to_says_no() -> None:
    optional = reviewed(
        "It's common to friend coworkers, but you don't need to.",
        condition="if you want to",
        action="friend",
        platform="facebook",
        person="coworker",
    )
    expected = claim_of("new job - am i expected to add my coworkers on fb?")
    assert decide_position(expected, [optional]).stance == "opposes"
    assert decide_position(claim_of("can i add my coworkers on fb?"), [optional]).stance == "supports"


def test_asked_whether_to_add_a_note_only_advice_on_a_requests_message_speaks() -> None:
    in_the_invite = reviewed(
        "A LinkedIn invite with a thank-you written into the message gains you more.",
        action="message",
        moment="right-after-interview",
    )
    ask_coworkers = reviewed("Ask them what the company is like.", start=90, action="message", person="coworker")
    note = claim_of("should I write a personal note with the connection request or just hit connect?")
    assert decide_position(note, [ask_coworkers]) == NO_POSITION
    assert decide_position(note, [ask_coworkers, in_the_invite]).stance == "supports"


def test_after_the_interview_a_yes_on_the_terms_of_a_note_answers_should_i_but_not_is_it_pushy() -> None:
    with_a_note = reviewed(
        "All those candidates sent a request to connect, but included a note calling out the intention.",
        "conditional",
        condition="after you have met them, with a note that expects nothing",
        moment="right-after-interview",
    )
    done_properly = reviewed(
        "When done properly, using social media to connect with interviewers can give you an advantage.",
        "conditional",
        start=120,
        condition="done properly: after you have met them, and not on Facebook",
        platform="social-media",
    )
    should = claim_of("Should I send my interviewer a LinkedIn request after the interview?")
    assert decide_position(should, [with_a_note, done_properly]).stance == "supports"
    pushy = claim_of("would sending a linkedin invite right after the interview look pushy?")
    assert decide_position(pushy, [with_a_note, done_properly]).stance == "conditional"


def test_keeping_in_touch_after_a_rejection_is_answered_only_by_advice_about_that_time() -> None:
    permission = NOT_A_FAUX_PAS
    prohibition = reviewed("It is not okay to connect with the interviewer until you get the job.", "against", start=50)
    regardless = reviewed(
        "I hope we can remain in contact, regardless of the interview outcome.", start=120, moment="after-rejection"
    )
    staying = claim_of("I didn't get the job. Is it weird to stay connected with the interviewer on LinkedIn?")
    assert staying.positive
    assert decide_position(staying, [permission]) == NO_POSITION
    assert decide_position(staying, [prohibition]) == NO_POSITION
    assert decide_position(staying, [regardless]).stance == "supports"
    # Sending the request after a rejection is still answered by the rules on sending one.
    adding = claim_of("didn't get the job but the interviewer was great. weird to add them on linkedin?")
    assert decide_position(adding, [prohibition]).stance == "opposes"
    # A yes said to a candidate, or a wait until after the interview, is no word on it (majorities 24 to 13).
    wait = reviewed(
        "I'd wait until after the interview.",
        "conditional",
        condition="after the interview",
        moment="right-after-interview",
    )
    assert decide_position(adding, [permission]) == NO_POSITION
    assert decide_position(adding, [wait]) == NO_POSITION
    assert decide_position(adding, [regardless]).stance == "supports"


def test_a_no_to_the_request_right_after_the_interview_answers_the_thank_you_in_an_invite() -> None:
    prohibition = reviewed("Connecting right after the interview crosses the line.", "against", moment="any")
    # Whether the invite can replace the card, or is the better thank-you, asks about sending it right after the
    # interview: the no holds (the files' writers: a no 13 of 16 for "better than", 11 of 14 for "replace", though
    # their relabellers mostly give nothing).
    better = claim_of("is a linkedin invite w/ a thank you msg better than mailing a thank you card?")
    assert decide_position(better, [prohibition]).stance == "opposes"
    replace_card = claim_of("can a linkedin invite w/ a thank you msg replace the handwritten thank you card?")
    assert decide_position(replace_card, [prohibition]).stance == "opposes"
    instead = claim_of("can i put my thank you in the linkedin invite instead of mailing a card?")
    assert decide_position(instead, [prohibition]).stance == "opposes"
    # A card said to be the better one: the no to the invite agrees.
    card_better = claim_of("isn't a handwritten thank you card better than a thank-you in a linkedin invite?")
    assert decide_position(card_better, [prohibition]).stance == "supports"
    # A yes to connecting says nothing of dropping the card.
    permission = reviewed("Connecting after the interview is fine.", "for", moment="any")
    assert decide_position(better, [permission]) == NO_POSITION


def test_never_connecting_at_all_is_answered_no_by_advice_that_it_depends() -> None:
    done_properly = reviewed(
        "Connecting with interviewers online can feel risky, but don't rule it out completely.",
        "conditional",
        condition="after you have met them, and not on Facebook",
        platform="social-media",
    )
    never = claim_of("am i better off just not connecting with interviewers on social media at all?")
    assert decide_position(never, [done_properly]).stance == "opposes"
    # Said however job seekers say it: on any network, altogether, as a fragment.
    for question in (
        "is it smarter to never connect w/ interviewers on any social media?",
        "better to just skip connecting w interviewers online altogether?",
        "just stay off social media w/ interviewers entirely, to be safe?",
    ):
        assert decide_position(claim_of(question), [done_properly]).stance == "opposes", question
    # Asked whether it is all right not to, advice that it depends leaves it to them: it is (readers agree).
    allowed = claim_of("is it ok to just not connect with my interviewers on social media at all?")
    assert allowed.refrain and decide_position(allowed, [done_properly]).stance == "supports"


def test_asked_how_they_take_it_a_test_of_what_they_post_says_nothing() -> None:
    content_test = TWEETS_TEST
    reaction = claim_of("do hiring managers like it when candidates follow them on twitter?")
    assert decide_position(reaction, [content_test]) == NO_POSITION
    assert decide_position(claim_of("should i follow my interviewer on twitter?"), [content_test]).stance == (
        "conditional"
    )


def test_a_situation_that_settles_the_condition_leaves_other_conditions_out() -> None:
    with_a_note = reviewed(
        "All those candidates sent a request to connect, but included a note calling out the intention.",
        "conditional",
        condition="after you have met them, with a note that expects nothing",
        moment="right-after-interview",
    )
    general = [
        reviewed(
            f"Connecting online can help you, passage {number}.",
            "conditional",
            start=200 + 100 * number,
            condition="done properly: after you have met them, and not on Facebook",
            platform="social-media",
        )
        for number in range(4)
    ]
    bare = claim_of("li invite to interviewer w/ no message - fine?")
    assert decide_position(bare, [with_a_note, *general]).stance == "opposes"


def test_asked_about_their_writing_or_shared_connections_only_advice_on_those_speaks() -> None:
    tweets = reviewed(
        "Look first to see if their tweets are mainly professional.", action="research", platform="twitter"
    )
    blogs = reviewed(
        "Read any published blogs or articles written by your interviewer.",
        start=80,
        action="research",
        platform="any",
    )
    blog_question = claim_of("is it smart to read blog posts my interveiwer has written before the interview")
    assert decide_position(blog_question, [tweets]) == NO_POSITION
    assert decide_position(blog_question, [tweets, blogs]).stance == "supports"
    general = claim_of("should i research my interviewer on social media before the interview?")
    assert decide_position(general, [tweets]).stance == "supports"
    # Old colleagues you both know are connections in common, however they are named.
    colleagues = claim_of("Should I check which old colleagues my interviewer and I both know?")
    assert decide_position(colleagues, [tweets]) == NO_POSITION


def test_asked_whether_it_is_okay_the_writers_habit_does_not_outrank_the_rule_it_follows() -> None:
    permission = NOT_A_FAUX_PAS
    habit = PERSONALLY_WAIT
    okay = claim_of("Is it OK to send the hiring manager a LinkedIn request before I've even interviewed with them?")
    assert decide_position(okay, [permission, habit]).stance == "supports"
    should = claim_of("should i connect with the hiring manager on li before my interview?")
    assert decide_position(should, [permission, habit]).stance == "opposes"


def test_asked_how_they_take_it_advice_that_says_they_are_flattered_answers_yes() -> None:
    flattered = reviewed(
        "Most people do not have many Twitter followers, so they are typically flattered when another person follows "
        "them.",
        "conditional",
        condition="if their profile is public and their posts are not very political, personal or controversial",
        action="follow",
        platform="twitter",
    )
    reaction = claim_of("do hiring managers like it when candidates follow them on twitter?")
    assert decide_position(reaction, [flattered]).stance == "supports"
    # Asked whether to follow, it is still a test of their account.
    assert decide_position(claim_of("should i follow my interviewer on twitter?"), [flattered]).stance == (
        "conditional"
    )


def test_asked_whether_they_will_look_at_ones_profile_only_advice_that_says_they_will_speaks() -> None:
    they_see = reviewed(
        "Just remember that when they do accept the invite, they will see your profile and status updates.",
        action="clean-up-profile",
        person="professional-contact",
    )
    photos = reviewed(
        "Avoid the photos that could give the wrong impression.",
        start=120,
        action="clean-up-profile",
        platform="social-media",
        person="professional-contact",
    )
    seen = claim_of("will the interviewer look at my profile if they accept my linkedin request")
    assert seen.state("seen")
    assert decide_position(seen, [they_see]).stance == "supports"
    assert decide_position(seen, [photos]) == NO_POSITION
    # Asked as well whether to tidy it first, advice on what to tidy speaks.
    tidy = claim_of("If I connect with my interviewer will they look at my profile? Should I clean it up first?")
    assert tidy.state("seen") is None
    assert decide_position(tidy, [photos]).stance == "supports"


def test_once_hired_the_interviewer_is_a_coworker_on_facebook() -> None:
    coworkers = reviewed(
        "It's more common for people to connect to coworkers on Facebook.",
        condition="if you want to: a social gesture, not networking",
        action="friend",
        platform="facebook",
        person="coworker",
    )
    own_accounts = reviewed(
        "If you do not befriend work contacts on one account, consider another.",
        "conditional",
        condition="if Facebook is the account you keep for work",
        action="friend",
        platform="facebook",
        person="coworker",
    )
    process_rule = reviewed(
        "It does not make a difference where you are in the interview process: don't do it.",
        "against",
        platform="facebook",
    )
    while_interviewing = reviewed(
        "Don't send a Facebook request while you are interviewing.",
        "against",
        platform="facebook",
        moment="during-process",
    )
    hired = claim_of("Got the job. Is it fine to send my new manager (who interviewed me) a facebook friend request?")
    assert decide_position(hired, [coworkers, own_accounts]).stance == "supports"
    # A rule for the interview process does not reach past it; one said to hold wherever one is does (the files'
    # writers read Connect with interviewers' "don't do it" so, 12 of 18).
    assert decide_position(hired, [while_interviewing]).stance == "none"
    assert decide_position(hired, [process_rule]).stance == "opposes"
    # Offered the job, they are still the interviewer: the rule holds and coworkers are someone else.
    offered = claim_of("got the offer!! can i add the hiring manager who interviewed me on facebook now?")
    assert decide_position(offered, [process_rule]).stance == "opposes"
    assert decide_position(offered, [coworkers]).stance == "none"


def test_asked_whether_it_pays_off_a_no_at_every_moment_of_the_candidacy_says_it_does_not() -> None:
    before = reviewed(
        "Don't send a request before the interview.", "against", platform="social-media", moment="before-interview"
    )
    after = reviewed(
        "Nor right after it.", "against", start=50, platform="social-media", moment="right-after-interview"
    )
    hired = reviewed(
        "If you get the job, connect.", "conditional", start=90, platform="social-media", moment="after-offer"
    )
    helps = claim_of("Does following the interviewer on Twitter actually help your chances?")
    assert helps.moment == "any"
    assert decide_position(helps, [before, after, hired]).stance == "opposes"
    # A yes at one moment of the candidacy leaves the question that names none open to it: a no here is one of several.
    later = reviewed("After the interview it is fine.", start=120, platform="social-media", moment="during-process")
    assert decide_position(helps, [before, later]).stance != "opposes"
    # Asked only whether they notice, the rule says nothing (writers and readers agree).
    noticed = claim_of("Do hiring managers notice when a candidate follows them on Twitter?")
    assert decide_position(noticed, [before, after, hired]).stance == "none"


def test_asked_whether_both_circles_may_share_one_facebook_a_yes_to_friending_coworkers_answers() -> None:
    coworkers = reviewed(
        "It's more common for people to connect to coworkers on Facebook.",
        action="friend",
        platform="facebook",
        person="coworker",
    )
    shared = claim_of("Is it fine to have work people and personal friends on the same facebook account?")
    assert (shared.action, shared.state("mixed"), shared.positive) == ("separate-accounts", True, False)
    assert decide_position(shared, [coworkers]).stance == "supports"
    # Asked whether to keep two accounts, it is no word on that; nor on one account somewhere other than Facebook.
    assert (
        decide_position(claim_of("Should I keep separate accounts for friends and work?"), [coworkers]) == NO_POSITION
    )
    anywhere = claim_of("can i use the same account for friends and work contacts")
    assert decide_position(anywhere, [coworkers]) == NO_POSITION


def test_asked_whether_it_looks_bad_once_hired_if_you_get_the_job_by_all_means_is_the_verdict() -> None:
    no_facebook = reviewed(
        "Do not send a Facebook friend request to your interviewer.", "against", action="friend", platform="facebook"
    )
    once_hired = reviewed(
        "If you get the job by all means connect.",
        "conditional",
        start=60,
        condition="once you have the job",
        platform="social-media",
        moment="after-offer",
    )
    offered = claim_of("is it unprofessional to friend my interviewer on facebook after i've accepted the offer")
    assert (offered.moment, offered.positive) == ("after-offer", False)
    assert decide_position(offered, [no_facebook, once_hired]).stance == "opposes"
    # Before the offer, waiting for it is a view on the best time, and the plain no decides.
    waiting = claim_of("Is it presumptuous to add an interviewer on LinkedIn before I've actually got the job?")
    assert waiting.moment == "during-process"


def test_advice_to_study_them_on_social_media_in_general_takes_in_what_they_write() -> None:
    studying = reviewed(
        "As a candidate, social media can be a way to learn about your interviewer.",
        action="research",
        platform="social-media",
        moment="before-interview",
    )
    their_tweets = reviewed("Look at their tweets.", start=80, action="research", platform="twitter")
    blog = claim_of("Should I read the blog posts and articles my interviewer has written before we meet?")
    assert decide_position(blog, [studying]).stance == "supports"
    # Advice on one network's posts is still no word on their blog.
    assert decide_position(blog, [their_tweets]) == NO_POSITION


def test_advice_to_ready_the_profile_for_those_who_look_answers_whoever_the_question_names() -> None:
    ready = reviewed(
        "More on making sure your social media profile is interview-ready.",
        action="clean-up-profile",
        platform="social-media",
    )
    for question in (
        "Should I clean up my social media before I start applying for jobs?",
        "do i need to clean up my own profile before i connect with people from the company?",
        "Do employers actually look at candidates' social media profiles?",
    ):
        assert decide_position(claim_of(question), [ready]).stance == "supports", question
    # Photos are another matter: the general advice is no word on which to take down (readers agree).
    photos = claim_of("should i take down party pics before reaching out to recruiters on social media")
    assert decide_position(photos, [ready]) == NO_POSITION


def test_refraining_from_a_follow_for_what_they_post_a_rule_blind_to_content_says_nothing() -> None:
    every_network = reviewed(
        "The same rule applies to all social media.", "against", action="follow", platform="social-media"
    )
    their_tweets = reviewed(
        "If their tweets are mainly personal, skip the follow.",
        "conditional",
        start=60,
        condition="only if their tweets are mainly professional",
        action="follow",
        platform="twitter",
    )
    skip = claim_of("should i skip following an interviewer whose tweets are mostly political or super personal")
    assert skip.positive is False
    assert decide_position(skip, [every_network]) == NO_POSITION
    assert decide_position(skip, [their_tweets]).stance == "supports"
    # Asked whether to follow at all, the rule answers.
    plain = claim_of("is it ok to follow my interviewer on twitter before the interview?")
    assert decide_position(plain, [every_network]).stance == "opposes"


@pytest.mark.parametrize(
    ("question", "positive"),
    [
        ("does it matter which platform I use to connect with an interviewer?", True),
        (
            "do the same rules apply on insta or twitter as on linkedin when it comes to connecting with interviewers?",
            False,
        ),
        ("does it matter which site? is adding an interviewer on linkedin any different from adding them on fb", False),
    ],
)
def test_whether_the_advice_differs_between_networks_is_how_a_source_treats_them(question: str, positive: bool) -> None:
    claim = claim_of(question)
    assert (claim.state("across-platforms"), claim.positive) == (True, positive)
    assert claim.text.startswith("Whether to connect" if positive else "The same rules")
    every_network = [
        reviewed("Don't connect on LinkedIn.", "against"),
        reviewed("Do not send a Facebook friend request.", "against", start=40, action="friend", platform="facebook"),
    ]
    linkedin_yes = [
        reviewed("It's not a faux pas to send the LinkedIn request."),
        reviewed("Facebook is personal: don't.", "against", start=60, action="friend", platform="facebook"),
    ]
    differs, same = ("supports", "opposes") if positive else ("opposes", "supports")
    assert decide_position(claim, linkedin_yes).stance == differs
    assert decide_position(claim, every_network).stance == same
    # A source that speaks of one network only says nothing of whether they differ.
    assert decide_position(claim, linkedin_yes[:1]) == NO_POSITION


def test_a_follow_request_on_a_network_of_its_own_takes_the_no_to_requests_before_meeting() -> None:
    no_requests = reviewed(
        "Before meeting an interviewer for the first time, do not send any requests to connect on social media.",
        "against",
        platform="social-media",
        moment="before-interview",
    )
    request = claim_of("insta follow request to my interviewer before the interview, ok?")
    assert request.text.startswith("Sending a follow request to")
    assert decide_position(request, [no_requests]).stance == "opposes"
    # A follow that needs no request is another act there (readers: nothing).
    assert decide_position(claim_of("ok to follow my interviewer on insta before the interview?"), [no_requests]) == (
        NO_POSITION
    )


@pytest.mark.parametrize(
    "question",
    [
        "Isn't the safest move to just not connect with interviewers online at all?",
        "the safest option is not connecting with the interviewer online at all, right?",
        "is it safer to just not connect with interviewers on social media at all?",
        "Is it better to just not connect with the interviewer online at all, to be safe?",
    ],
)
def test_asked_whether_not_connecting_is_the_safest_choice_a_yes_to_connecting_says_nothing(question: str) -> None:
    safest = claim_of(question)
    assert safest.text == "Not connecting with an interviewer on social media at all is the safest choice."
    no_to_connecting = reviewed("Don't connect on LinkedIn.", "against", platform="social-media")
    assert decide_position(safest, [no_to_connecting]).stance == "supports"
    # "It's not a faux pas" says nothing of whether staying away is safer.
    assert decide_position(safest, [NOT_A_FAUX_PAS]) == NO_POSITION
    # Playing it safe asks whether one should not: then a yes to connecting speaks against it.
    play_safe = claim_of("Is it better to play it safe and not connect with interviewers online at all?")
    assert decide_position(play_safe, [NOT_A_FAUX_PAS]).stance == "opposes"
    # Refraining only while the process runs is advice on timing, asked whether one should not.
    while_candidate = claim_of("is the safest move to not connect with interviewers online until i hear back?")
    assert not while_candidate.refrain and while_candidate.moment == "during-process"


@pytest.mark.parametrize(
    "question",
    [
        "isn't facebook more of a personal thing than a networking site?",
        "Is Facebook really not meant for professional contacts?",
        "facebook = personal, linkedin = work. is that the rule?",
    ],
)
def test_asked_what_facebook_is_for_a_source_that_treats_it_apart_from_linkedin_answers(question: str) -> None:
    personal = claim_of(question)
    assert personal.text == "Facebook is for personal life rather than professional networking, unlike LinkedIn."
    facebook_no = reviewed("Facebook is personal: don't.", "against", start=60, action="friend", platform="facebook")
    assert decide_position(personal, [NOT_A_FAUX_PAS, facebook_no]).stance == "supports"
    # "The same rule applies to all social media": no word on which network is the personal one.
    linkedin_no = reviewed("Don't connect on LinkedIn.", "against")
    assert decide_position(personal, [linkedin_no, facebook_no]) == NO_POSITION


def test_a_fragment_about_shared_connections_keeps_them_in_the_claim() -> None:
    shared = claim_of("worth checking if me and my interviewer have mutual connections?")
    assert shared.text == "Checking the connections you share with an interviewer is acceptable."
    # Advice to look the interviewer up says nothing of the connections one shares with them.
    look_up = reviewed("Research your interviewer on social media.", action="research", platform="social-media")
    assert decide_position(shared, [look_up]) == NO_POSITION


def test_asked_whether_they_like_it_once_the_time_comes_a_habit_of_waiting_makes_it_depend() -> None:
    liked = claim_of("Do hiring managers like it when candidates add them on LinkedIn after the interview?")
    assert decide_position(liked, [NOT_A_FAUX_PAS, PERSONALLY_WAIT]).stance == "conditional"
    # Asked whether to do it then, her habit is a yes.
    after = claim_of("Should I add the hiring manager on LinkedIn after the interview?")
    assert decide_position(after, [NOT_A_FAUX_PAS, PERSONALLY_WAIT]).stance == "supports"
