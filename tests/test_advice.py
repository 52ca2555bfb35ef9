"""Reading advice records out of text: negation, conditions, contrast, reported views, spans, context."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from indexer.advice import extract_advice, find_condition_states, format_records
from indexer.chunking import split_sentences
from indexer.corpus import load_corpus
from indexer.types import ACTIONS, DIRECTIONS, MOMENTS, PEOPLE, PLATFORMS, SPEAKERS, AdviceRecord, Article

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def read(body: str) -> list[AdviceRecord]:
    """The records of an article made of `body`."""
    article = Article(doc="written-for-test", title="Advice", body=body)
    records = extract_advice(article, split_sentences(article))
    for record in records:
        assert body[record.start : record.end] == record.text
    return records


def only(records: list[AdviceRecord], action: str) -> AdviceRecord:
    """The one record about `action` (several may differ only by platform or person)."""
    matching = [record for record in records if record.action == action]
    assert matching, f"no record about {action}: {records}"
    return matching[0]


def test_negated_approval_is_advice_against() -> None:
    record = only(read("It is not okay to connect with your interviewer on LinkedIn."), "connect")
    assert (record.direction, record.platform, record.person) == ("against", "linkedin", "interviewer")
    assert "not okay" in record.cues


def test_negated_disapproval_is_advice_for() -> None:
    record = only(read("It's not a faux pas to send your interviewer a LinkedIn request."), "connect")
    assert record.direction == "for"


def test_negating_a_negative_verb_approves() -> None:
    record = only(read("Don't hesitate to follow your recruiter on Twitter."), "follow")
    assert (record.direction, record.platform, record.person) == ("for", "twitter", "recruiter")


def test_a_denied_prohibition_is_advice_for() -> None:
    record = only(read("It is not true that you shouldn't follow up with the recruiter by email."), "message")
    assert record.direction == "for"


def test_imperatives_for_and_against() -> None:
    assert only(read("Send your interviewer a thank-you note through LinkedIn."), "message").direction == "for"
    skipped = only(read("Skip the Facebook friend request."), "friend")
    assert (skipped.direction, skipped.platform) == ("against", "facebook")


def test_first_person_never_is_against() -> None:
    record = only(read("I would never friend a hiring manager on Facebook."), "friend")
    assert (record.direction, record.person, record.speaker) == ("against", "hiring-manager", "author")


def test_avoiding_a_platform_is_not_connecting_there() -> None:
    record = only(read("Stay away from Facebook when it comes to recruiters."), "connect")
    assert (record.direction, record.platform, record.person) == ("against", "facebook", "recruiter")


def test_a_restricting_condition_makes_advice_conditional() -> None:
    record = only(read("Follow a hiring manager on Twitter as long as their account is public."), "follow")
    assert record.direction == "conditional"
    assert record.condition.startswith("as long as their account is public")


def test_unless_makes_a_prohibition_conditional() -> None:
    record = only(read("Unless the recruiter uses Facebook professionally, don't send a friend request."), "friend")
    assert record.direction == "conditional"
    assert record.condition == "Unless the recruiter uses Facebook professionally"


def test_waiting_until_after_the_interview_is_a_timed_condition() -> None:
    record = only(read("Wait until after the interview to send a LinkedIn invitation."), "connect")
    assert (record.direction, record.moment, record.platform) == ("conditional", "right-after-interview", "linkedin")


def test_getting_the_job_is_a_moment_not_a_content_condition() -> None:
    records = read("If you get the job, by all means connect with your recruiter on LinkedIn, but until then wait.")
    offer = [record for record in records if record.moment == "after-offer"]
    assert offer and offer[0].direction == "conditional" and offer[0].condition == "If you get the job"


def test_a_situation_the_other_side_created_is_not_a_condition() -> None:
    record = only(read("If a recruiter follows you on Twitter, it is totally fine to follow them back."), "follow-back")
    assert (record.direction, record.condition) == ("for", "")


def test_the_clause_after_a_contrast_wins() -> None:
    records = read("Connecting with your interviewer on LinkedIn may seem pushy, but it is perfectly acceptable.")
    assert [record.direction for record in records if record.action == "connect"] == ["for"]


def test_a_contrast_that_opens_the_next_sentence_overrides_and_spans_both() -> None:
    body = (
        "The safest answer is no, you should not connect with interviewers online. "
        "But when done properly, connecting with interviewers online can give you an advantage."
    )
    records = [record for record in read(body) if record.action == "connect"]
    assert len(records) == 1
    assert records[0].direction == "conditional"
    assert records[0].text == body  # one span over the two sentences
    assert records[0].condition == "when done properly"


def test_a_reported_view_that_the_author_rejects() -> None:
    body = "Many career coaches say you should never message a recruiter on LinkedIn. But a short message is fine."
    records = [record for record in read(body) if record.action == "message"]
    reported = [record for record in records if record.speaker == "reported"]
    author = [record for record in records if record.speaker == "author"]
    assert reported and reported[0].direction == "against"
    assert author and author[0].direction == "for" and author[0].text == "But a short message is fine."


def test_a_view_rejected_within_the_sentence_leaves_the_rest_to_the_author() -> None:
    body = "You might think following a recruiter on Twitter is harmless, but it can feel intrusive."
    records = [record for record in read(body) if record.action == "follow"]
    assert [(record.direction, record.speaker) for record in records] == [("against", "author")]


def test_a_manner_limit_makes_permission_conditional() -> None:
    record = only(read("You can message the recruiter on LinkedIn, but you should not be too pushy."), "message")
    assert record.direction == "conditional"
    assert record.condition == "not be too pushy"


def test_a_quoted_expert_is_an_expert() -> None:
    record = only(read("According to recruiters, it is perfectly acceptable to research your interviewer."), "research")
    assert (record.speaker, record.direction) == ("expert", "for")


def test_a_reader_letter_is_not_the_authors_view() -> None:
    body = (
        "A reader writes:\n\nI think it is fine to add my interviewer on LinkedIn right away. Am I wrong?\n\n"
        "You should wait until after the interview to send it."
    )
    records = read(body)
    assert {record.speaker for record in records if "reader" not in record.text} >= {"reader", "author"}
    letter = [record for record in records if record.text.startswith("I think")]
    assert letter and all(record.speaker == "reader" for record in letter)


def test_a_lead_in_sentence_joins_the_advice_it_announces() -> None:
    record = only(read("The rule here is simple. Do not connect on Facebook."), "connect")
    assert (record.text, record.direction, record.platform) == (
        "The rule here is simple. Do not connect on Facebook.",
        "against",
        "facebook",
    )


def test_an_anaphoric_judgement_spans_the_sentence_it_judges() -> None:
    record = only(
        read("Many candidates send LinkedIn requests to their interviewers. That is perfectly acceptable."), "connect"
    )
    assert record.direction == "for"
    assert record.text.startswith("Many candidates") and record.text.endswith("acceptable.")


def test_an_anaphor_takes_action_and_platform_from_the_sentence_before() -> None:
    records = read("Do not send your interviewer a Facebook friend request. It is not appropriate.")
    second = [record for record in records if record.text == "It is not appropriate."]
    assert second and (second[0].action, second[0].platform, second[0].direction) == ("friend", "facebook", "against")


def test_a_paragraph_about_a_platform_sets_the_platform_of_the_next() -> None:
    record = only(
        read("Twitter is a different story.\n\nIf the account is private, do not ask to follow the recruiter."),
        "follow",
    )
    assert (record.platform, record.direction) == ("twitter", "conditional")


def test_a_platform_named_only_by_contrast_is_not_the_topic() -> None:
    record = only(read("Unlike Facebook, a LinkedIn request to an interviewer is perfectly acceptable."), "connect")
    assert record.platform == "linkedin"


def test_machine_reworded_vocabulary() -> None:
    assert only(read("The rule below is simple. Do not join on Fb."), "connect").platform == "facebook"
    right_after = only(
        read("Right after you job interview, however, you need to take into account connecting online."), "connect"
    )
    assert (right_after.direction, right_after.moment) == ("for", "right-after-interview")


def test_description_and_questions_are_not_advice() -> None:
    assert (
        read("A lot of candidates send LinkedIn requests to their interviewers. Some interviewers accept them.") == []
    )
    assert read("Is it appropriate to add your interviewer on Facebook?") == []


def test_records_use_the_shared_vocabularies() -> None:
    for article in load_corpus(CORPUS):
        for record in extract_advice(article, split_sentences(article)):
            assert record.action in ACTIONS
            assert record.platform in PLATFORMS
            assert record.person in PEOPLE
            assert record.moment in MOMENTS
            assert record.direction in DIRECTIONS
            assert record.speaker in SPEAKERS
            assert article.body[record.start : record.end] == record.text
            assert record.cues


def test_corpus_readings_that_decide_the_headline_question() -> None:
    articles = {article.doc: article for article in load_corpus(CORPUS)}
    hays = extract_advice(
        articles["hays-connect-with-recruiter"], split_sentences(articles["hays-connect-with-recruiter"])
    )
    bottom_line = [record for record in hays if "not okay" in record.cues and record.platform == "linkedin"]
    assert bottom_line and bottom_line[0].direction == "against"
    manager = articles["ask-a-manager-social-media-job-search"]
    waits = [record for record in extract_advice(manager, split_sentences(manager)) if "wait until" in record.cues]
    assert waits and waits[0].action == "connect" and waits[0].moment == "right-after-interview"
    assert all(
        record.speaker == "reader"
        for record in extract_advice(manager, split_sentences(manager))
        if "would never initiate" in record.text
    )


def test_format_records_prints_one_line_a_record() -> None:
    records = read(
        "It is not okay to connect with your interviewer on LinkedIn. Don't hesitate to follow them on Twitter."
    )
    table = format_records(records).splitlines()
    assert len(table) == len(records) + 1
    assert table[0].split()[:5] == ["direction", "action", "platform", "person", "moment"]
    assert table[1].startswith("against") and "It is not okay" in table[1]
    assert "(no advice found)" in format_records([])


@pytest.mark.parametrize("doc", ["connect-with-interviewers-social-media", "hays-connect-with-recruiter"])
def test_extraction_is_fast_enough_for_indexing(doc: str) -> None:
    article = next(article for article in load_corpus(CORPUS) if article.doc == doc)
    sentences = split_sentences(article)
    # CPU time of this process, so that other work on a shared machine does not count against it.
    started = time.process_time()
    for _ in range(5):
        extract_advice(article, sentences)
    assert (time.process_time() - started) / 5 < 0.05


def test_a_prohibition_of_one_manner_is_a_condition_not_a_no() -> None:
    generic = only(read("Never send a canned invitation to a recruiter on LinkedIn."), "connect")
    assert (generic.direction, generic.condition) == ("conditional", "no canned invitation")
    bare = only(read("Do not send the hiring manager a connection request without a short note."), "connect")
    assert (bare.direction, bare.condition) == ("conditional", "with a short note")
    assert only(read("Do not send the hiring manager a connection request."), "connect").direction == "against"


def test_waiting_inherits_the_action_of_the_sentence_before() -> None:
    records = read("Following the hiring manager on Twitter is harmless. Still, hold off until you have an offer.")
    waiting = [record for record in records if record.text.startswith("Still")]
    assert waiting and (waiting[0].action, waiting[0].platform, waiting[0].moment, waiting[0].direction) == (
        "follow",
        "twitter",
        "after-offer",
        "conditional",
    )
    later = read("Sending a LinkedIn request is fine. Wait a few days after the interview.")
    assert [record.moment for record in later if record.direction == "conditional"] == ["right-after-interview"]


def test_an_option_among_others_is_conditional() -> None:
    record = only(read("For some job seekers, that could mean accepting every LinkedIn invitation."), "accept-request")
    assert (record.direction, record.platform) == ("conditional", "linkedin")


def test_accepting_and_declining_requests() -> None:
    declined = only(read("Don't accept Facebook friend requests from recruiters."), "accept-request")
    assert (declined.direction, declined.platform, declined.person) == ("against", "facebook", "recruiter")
    assert read("When they accept your invitation, they will see your profile.") == []
    softened = only(
        read("When you don't accept a friend request, you can point the person to your LinkedIn page."),
        "ignore-request",
    )
    assert (softened.direction, softened.platform) == ("conditional", "facebook")
    assert softened.condition == "you can point the person to your LinkedIn page."


def test_logging_out_is_viewing_privately_and_a_preference_weighs_less() -> None:
    record = only(read("It's fine to log out of LinkedIn first if you'd rather stay anonymous."), "view-privately")
    assert (record.direction, record.platform) == ("for", "linkedin")
    assert "if you prefer" in record.cues
    assert not [
        record
        for record in read("Never log out before viewing a recruiter's profile.")
        if record.action == "view-profile"
    ]


def test_the_latter_names_one_of_the_two_alternatives_before_it() -> None:
    records = read("See whether their tweets are mostly work or mostly jokes. If it's the latter, don't follow them.")
    follow = only(records, "follow")
    assert follow.condition == "If it's the latter (mostly jokes)"


def test_a_rule_for_every_moment_of_the_process_names_each_moment() -> None:
    records = read("No matter where you are in the hiring process, do not friend a recruiter on Facebook.")
    assert {record.moment for record in records if record.action == "friend"} == {
        "any",
        "before-interview",
        "right-after-interview",
        "during-process",
    }


def test_a_view_reported_in_order_to_reject_it_and_a_platform_named_only_by_comparison() -> None:
    body = (
        "Some people will tell you to mail a handwritten note. "
        "But a LinkedIn message is the best way to say thanks, far more than a paper card."
    )
    records = read(body)
    paper = only(records, "message")
    assert (paper.speaker, paper.direction, paper.platform) == ("reported", "for", "offline")
    assert [record.platform for record in records if record.speaker == "author"] == ["linkedin"]


def test_a_link_to_another_page_is_not_what_that_refers_to() -> None:
    body = "Follow the recruiter on Twitter. (For more on polishing your profile, see our guide.) That is smart."
    assert [record.action for record in read(body) if record.text.startswith("That")] == ["follow"]


def test_having_said_that_is_not_a_quotation() -> None:
    record = only(read("Having said that, connecting with recruiters on LinkedIn is fine."), "connect")
    assert record.speaker == "author"


def test_not_overdoing_it_limits_the_act_named_before() -> None:
    records = read("If you leave a comment on the recruiter's blog, keep it short, but don't overdo it.")
    assert [(record.action, record.direction) for record in records] == [("comment", "conditional")]


def test_a_condition_keeps_its_whole_list() -> None:
    record = only(
        read("If their tweets are angry, crude, or political in tone, do not follow them on Twitter."), "follow"
    )
    assert record.condition == "If their tweets are angry, crude, or political in tone"


def test_photos_kept_up_are_the_opposite_of_cleaning_up_and_the_contrast_wins() -> None:
    records = read("Holiday pictures are not a bad thing, but delete the ones that could embarrass you on Facebook.")
    assert [(record.action, record.direction) for record in records] == [("clean-up-profile", "for")]


def test_a_thank_you_is_sent_after_the_interview() -> None:
    record = only(read("A LinkedIn note is a smart way to send your thank-you."), "message")
    assert record.moment == "right-after-interview"


def test_using_one_network_for_friends_and_another_for_work() -> None:
    record = only(read("You should keep Instagram for friends and use LinkedIn for work."), "separate-platforms")
    assert record.direction == "for"


def test_situation_states_of_a_condition() -> None:
    assert find_condition_states("if their account is not public") == {"public": False}
    assert find_condition_states("unless they use it professionally") == {"professional": False}
    assert find_condition_states("if they post mostly personal news") == {"professional": False}
    assert find_condition_states("if they post mostly work news or mostly personal news") == {}
    assert find_condition_states("if their tweets are mostly work stuff") == {"professional": True}
    # How the act is done, negated only right before it.
    assert find_condition_states("without abruptly asking for a job") == {"job-request": False}
    assert find_condition_states("a company that isn't hiring, to ask for a job") == {"job-request": True}
    assert find_condition_states("a request with no message") == {"note": False}
    assert find_condition_states("if they tweet professionally or personally") == {}
