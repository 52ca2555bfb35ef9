"""Turns a job seeker's question into the yes/no claim that sources take stances on.

Open questions ("how", "what", "tips for ...") have no claim: they are answered by retrieval alone. A yes/no
question ("Should I ...", "Is it rude to ...", "Do recruiters mind if ...") or a keyword fragment ("fb friend
request interviewer") becomes a Claim with the same parts as an advice record (action, platform, person,
moment), so that the stance engine can match advice to it by parts.

Beyond those parts, the stance engine reads three things off the claim's text with the functions below: the
situation a question takes as given ("an interviewer whose account is private", `claim_states`), whether it
asks how an act looks to others ("is it weird to ...", `is_social_judgment`) and whether it asks if the act
pays off ("would it give me an edge", `is_about_advantage`).

Decisions about people, documented here because the stance engine relies on them: an interviewer and a
hiring manager are the same side of the table, and a recruiter counts with them for contact advice (connect,
friend, follow, message) given to job seekers. Those rules live in `indexer.stance.people_compatible`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from indexer.advice import (
    LOGGING_OUT,
    PHOTOS_COMING_DOWN,
    STATE_ASPECTS,
    STAYING_LOGGED_IN,
    find_action_spans,
    find_actions,
    find_condition_states,
    find_moments,
    find_people,
    find_platforms,
    mentions_thank_you,
    normalize,
    points_to_linkedin,
)
from indexer.text import CONTRACTIONS
from indexer.types import HIRING_SIDE, Claim

# Words a question opens with when it is not a yes/no question.
_OPEN_START = re.compile(
    r"^(?:how|what|when|why|where|which|who|whom|whose|tips?|advice|ways?|best ways?|guide|steps|ideas|"
    r"suggestions|help|list|explain|describe|tell me|any (?:tips|advice|ideas|suggestions|rules))\b"
)
# "Ok to not accept?" opens with its verdict, not with a filler word.
_FILLER = re.compile(
    r"^(?:(?:so|(?:ok|okay)(?! (?:to|if|not)\b)|hey|hi|hello|quick question|question|q|please|honestly|um|well|tbh"
    r"|ngl|real talk|serious question|genuine question)"
    r"[,:!.]?\s+)+"
)
# "A candidate who's still in the running adds them": the asker described, not a clause of its own.
_WHO_DESCRIBED = re.compile(r"\b((?:candidate|applicant|job ?seeker|job hunter)s?) who(?:'s| is| are|'re)? ")
# "Personal note or just connect?": the note offered as the choice.
_NOTE_OR_JUST_CONNECT = re.compile(
    r"\b(?:note|message|msg)\b[^?.]{0,60}\bor (?:should (?:i|you) )?(?:just |simply )?(?:(?:hit|click|press)\w* )?"
    r"(?:connect|send (?:it|the (?:request|invite)))(?: without one| as is| blank)?\s*$"
)
# "A thank-you and a connect request", "an invite with a thank-you message": the request, carrying the message as
# its note.
_MESSAGE_IN_A_REQUEST = re.compile(
    r"\b(?:and|with|plus|\+|w/?) (?:a |an )?(?:(?:linkedin|li) )?(?:connect(?:ion)? request|invite|invitation"
    r"|linkedin request)\b"
    r"|\b(?:invite|invitation|(?:connect(?:ion)?|linkedin|li) request)\b (?:with|w/?|\+|plus|including) (?:a |an |my )?"
    r"(?:short |quick |personal |nice )?(?:thank[- ]?(?:you|u)|thanks|message|msg|note)\b"
)
# "The recruiter who interviewed me", "my new manager (who interviewed me)": who they are, not an act of the question.
_WHO_INTERVIEWED = re.compile(
    r"\b(?P<who>recruiter|hiring manager|manager|hm|boss|person|guy|woman|lady|man|one|people)(?P<plural>s?) \(?who "
    r"(?:interviewed|screened|is interviewing|will interview|was interviewing) (?:me|you)\)?"
)
_INTERVIEWED_BY = {
    "person": "interviewer",
    "guy": "interviewer",
    "woman": "interviewer",
    "lady": "interviewer",
    "man": "interviewer",
    "one": "interviewer",
    "people": "interviewers",
}
# "Should I still follow them?": whether to go ahead anyway.
_STILL_ASKED = re.compile(r"\b((?:should|shld|shoud) (?:you|i)) still\b")
# "Is it better to X or Y": a choice, not a yes/no question.
_CHOICE = re.compile(r"\b(?:better|rather|best)\b.*\bor\b")
# Two words paired as one attribute ("personal or political posts", "work/personal"): no choice between two acts.
_PAIRED_WORDS = re.compile(
    r"\b(?:personal|political|professional|private|public|work)(?: or |/)(?:personal|political"
    r"|professional|private|public|work)\b"
)
_YES_NO_START = re.compile(
    r"^(?:should|shall|can|could|may|might|must|would|will|is|are|am|was|were|do|does|did|have|has|had|"
    r"isn't|aren't|don't|doesn't|won't|wouldn't|shouldn't|ought)\b"
)
# The question asks whether the action is a mistake: advice against it then supports the claim.
_NEGATIVE_FRAMING = re.compile(
    r"\b(?:rude|unprofessional|weird|creepy|bad|inappropriate|wrong|a mistake|faux pas|pushy|presumptuous|"
    r"(?:a |an )?(?:social )?(?:misstep|gaffe|blunder)|(?:don't|dont|do not|doesn't|does not|not) (?:like|appreciate)|"
    r"desperate|awkward|tacky|frowned upon|overstep\w*|cross(?:ing)? (?:a|the) line|annoying|"
    r"red flag|look desperate|a no-no|intrusive|overkill|bad idea|breach of etiquette|bad manners|impolite|bad form|"
    r"poor (?:etiquette|form)|bad etiquette|over the top|excessive|strange|odd|aita|"
    r"lower\w* (?:my|your) (?:chances|odds)|a problem for|an issue for|overboard|overbearing|"
    # "Would it come off badly", "come across the wrong way", "send the wrong message".
    r"come (?:off|across) (?:as )?(?:badly|poorly|bad|wrong|the wrong way)|out of line|overdo(?:ing)? it|"
    r"think less of|less likely (?:to|that)|"
    r"(?:send|give)s? the wrong (?:message|impression)|"
    r"premature|"
    # "Stalking", "a stalker": a verdict; "is it ok to stalk their profile" names the act (looking them up).
    r"(?<!to )(?<!you )(?<!media )stalk\w*|"
    r"off-?putting|taboo|unwelcome|against (?:the )?(?:rules|etiquette)|avoid|creep|"
    # Risk and harm: "too risky", "could it hurt my chances", "will it count against me", "backfire".
    r"(?<!less )risky|dangerous|(?:too|overly|way too) \w+|backfire\w*|count against|hold (?:it )?against|"
    r"(?:hurt|harm|damage|jeopardi[sz]e|ruin|hinder|kill|tank|wreck|sink|blow)\w* (?:your |the )?(?:chances?|shot|"
    r"candidacy|application|prospects|image|reputation|odds)|hurts? you|count against you|cost (?:you )?the (?:job"
    r"|offer)|look bad|a bad look|"
    r"needy|clingy|nosy|nosey|invasive|improper|impolite|disrespectful|unwise|a turn-?off|cringe\w*|over-?eager|"
    # Needless or judged: "is it paranoid to log out first", "will recruiters judge me for ...", "to early".
    r"paranoid|unnecessary|pointless|judge|judged|to (?:early|soon|late|much|forward|pushy)|"
    # Irritation and folly: "do hiring managers get annoyed", "is it dumb to", "bad etiquette".
    r"annoyed|annoys|irritat\w*|bothered|put off|turned off|offended|dumb|stupid|silly|foolish|"
    r"bad (?:etiquette|form|manners)|poor form)\b"
)
# "Should my note say ...": what the note of a request says.
_NOTE_CONTENT = re.compile(
    r"^(?:can|could|should|may|would|will|is it ok (?:if|for)) (?:my|your|the|a) (?:\w+ ){0,2}(?:note|message)\b"
    r"|\b(?:should|can|could) you (?:say|mention|include|write|tell them)\b[^?]{0,60}\b(?:note|message)\b"
    r"|\b(?:note|message)\b[^?]{0,40}\b(?:should|can|could) you (?:say|mention|include|write|make (?:it )?clear)\b"
    # "Is it pushy to say in my LinkedIn note that ...".
    r"|\bto (?:say|mention|write|include|put) in (?:my|your|the|a) (?:\w+ )?(?:note|message)\b"
)
# What the note would say, for the claim's text: "... say (i'm really hoping to get the job)".
_SAID_IN_NOTE = re.compile(
    r"\b(?:say(?:s|ing)?|make (?:it )?clear) (?:in (?:my|your|the|a) (?:\w+ )?(?:note|message) )?(?:that )?(?P<what>["
    r"^?]+?)(?: in (?:the|my|your|a) (?:note|message))?$"
)
# "Does it get less risky to connect the further along you are?": a claim about how the answer changes with time.
_SAFER_LATER = re.compile(
    r"\b(?:less risky|riskier|safer|less risk|less of a risk|more (?:acceptable|appropriate|okay|ok|comfortable"
    r"|relaxed))\b"
    r"[^?.]{0,60}"
    r"\b(?:further|farther"
    r"|later|the longer|the more|deeper)\b|\bthe (?:later|further|farther|deeper)\b[^?.]{0,60}\bthe (?:lower|less)\b"
    r"[^?.]{0,20}\brisk|\b(?:further|farther) along\b[^?.]{0,80}\b(?:less risky|safer|more comfortable"
    r"|more relaxed)\b"
    r"|\brisk\b[^?.]{0,60}\bgo(?:es)? down\b[^?.]{0,40}\b(?:progress|further|farther|later)\b"
    r"|\b(?:further|farther|later) (?:into|along|in)\b[^?.]{0,60}\b(?:safer|less risky|less of a risk)\b"
    r"|\b(?:less risky|safer)\b[^?]{0,60}\bafter (?:the interview )?than before\b"
)
# "Instead of a thank-you card", "replace the handwritten note": the request stands in for a paper thank-you.
_PAPER_THANKS = re.compile(
    r"\b(?:thank[- ]?(?:you|u)|thanks) (?:card|note|letter)s?\b|\b(?:hand[- ]?written|mailed|paper|snail[- ]?mail)\b"
    r"|\b(?:skip\w*|not bother with|forgo|ditch) (?:sending |mailing |writing )?(?:a |the )?(?:\w+ )?card\b"
    r"|\binstead of (?:sending |mailing |writing )?(?:a |the )?(?:separate|paper) (?:one|card|note)\b"
    r"|\b(?:instead of|rather than) (?:sending |mailing |posting |writing )?(?:a |the )?card\b"
)
# "Do recruiters mind if ...": asks whether they object. Not "ask them if they mind" inside the question.
_ASKED_OF_THEM = (
    r"^(?:do|does|did|would|will|won't|wouldn't|don't|doesn't)\s+(?:[\w'-]+\s+){1,3}?"
    # "Do the people who interview you actually mind ...?"
    r"(?:who \w+ (?:you|me|them) )?(?:actually |really |even |generally |usually |ever )?"
)
_BETTER_THAN = re.compile(
    r"\b(?:better|worse|more \w+|less \w+) (?:\w+ )?than\b|\bbetter to\b.+\bthan\b|\bwhich (?:is |one is |'s )?better\b"
    r"|\s>\s"
    r"|\bbeats?\b|\bvs\.?\b|\bversus\b"
)
# "A photo on my resume", "my LinkedIn URL on my CV": the paper application, not a social profile.
_ON_THE_RESUME = re.compile(r"\b(?:on|to|in|onto) (?:my|your|the|a) (?:resume|résumé|cv|cover letter)s?\b")
# An email named as the means: "emailing HR", "a thank-you email".
_BY_EMAIL = re.compile(r"\be-?mail(?:s|ed|ing)?\b")
# Advice that is about sending an email itself, not one that names emails in passing ("swamped with notes, emails").
EMAIL_SENT = re.compile(
    r"\b(?:thank[- ]?you|follow[- ]?up) e-?mails?\b|\bsend(?:ing)? (?:an? |your |the )?(?:[\w-]+ )?e-?mail\b"
    r"|\be-?mail(?:ing)? (?:them|him|her|your|the|an?)\b"
)
# "A handwritten thank-you card", "paper notes".
_CARD_PHRASE = r"(?:a |an |the )?(?:\w+ )?(?:thank[- ]?(?:you|u) )?(?:card|note|letter)s?"
# "Isn't a handwritten card better than a thank-you in an invite?": the card is the one said to be better.
_CARD_SAID_BETTER = re.compile(
    r"^(?:(?:is|isn't|are|aren't|would|wouldn't) )?"
    rf"(?P<card>{_CARD_PHRASE})"
    r" (?:still |really |always )?(?:be )?"
    r"(?P<verdict>(?:a )?(?:better|preferable|more \w+)(?: (?:choice|option|way|move|idea|bet))? than .+?|> .+?)"
    r"(?:,? right)?$"
)
# "Handwritten card vs LinkedIn message after the interview - which is better?": the first is asked to be the better.
_CARD_VERSUS = re.compile(
    rf"^(?P<card>{_CARD_PHRASE}) "
    r"(?P<verdict>(?:vs\.?|versus) [^?]+?)\s*[-,:\u2013\u2014]+\s*which (?:is|one is|'s) better$"
)
# "Which is better after an interview: an invite with a thank-you, or a card?" compares the first with the second.
_WHICH_IS_BETTER = re.compile(
    r"^(?:which|what)(?:'s| is)(?: the)? better\b[^:,]*[:,]? (?P<first>.+?),? or (?P<second>.+)$"
)
_MIND_HEAD = re.compile(
    # "Recruiters mind getting LI requests?": the question without its "do".
    r"^(?:\w+ ){1,2}mind (?:getting|receiving|when|if)\b|"
    + _ASKED_OF_THEM
    + r"(?:mind|dislike|hate|resent|care (?:if|when|that))\b"
    r"|^(?:does|would|will|do) it (?:really |actually |even )?(?:bother|annoy)\b"
    r"|^(?:are|is) (?:\w+ ){1,3}(?:annoyed|bothered|irritated|put off) (?:by|when|if)\b"
)
# "Should I never be the one to start ...", "is it okay not to accept ...", "is it fine if I don't ...".
# ("Skip the thank-you card and message them instead" skips the card, not the act asked about; "skip asking and just
# send it" skips the asking.)
_REFRAINING = (
    r"(?:skip(?! (?:the |a )?(?:paper |mailed |handwritten )?(?:thank[- ]?you )?(?:card|note|letter)"
    r"| (?:the )?(?:asking|ask|checking)\b)|refrain from"
    r"|hold off on|hold back from|forgo|stay off|stay away from|keep off|keep away from|steer clear of|pass on)"
)
_NEGATED_PREDICATE = re.compile(
    r"^(?:should|shall|can|could|may|must) you (?:just |simply )?(?:not|never)\b"
    # "As the applicant I should never be the one to send it, right?": a statement put up for confirmation.
    r"|\byou (?:should|must) (?:just |simply )?never\b"
    # "Candidates should just not connect with interviewers at all, right?"
    r"|\b(?:candidates|applicants|job seekers|job hunters) (?:should|must) (?:just |simply )?(?:not|never)\b"
    r"|\bto (?:just |simply )?(?:not|never)\b"
    r"(?! (?:respond|reply|answer)\b| bother with (?:a |the )?(?:[\w-]+ )?card\b)"
    r"|\bnever to\b"
    r"|(?<!or )\bnot to\b|\bchoose not to\b|^not \w+ing\b"
    # "Am I better off just not connecting at all?"
    r"|\bbetter off (?:just |simply )?(?:not|never|skipping|avoiding)\b"
    # Not a situation set out first: "if I don't want them on my Facebook, can I ...".
    r"|(?<=\S )if you (?:just |simply )?(?:don't|do not|never|didn't|didnt|did not)\b"
    r"(?! (?:get|land|hear|want|have|respond|reply|answer)\b)"
    # "Should I wait for the recruiter to connect first?", "let them make the first move": not to do it oneself.
    r"|\bwait for (?:them|him|her|(?:the|your|an?) [\w-]+(?: [\w-]+)?) to\b"
    # "Should I wait before sending a follow request?"
    r"|\bwait (?:before|on) \w+ing\b"
    r"|\blet (?:them|him|her) (?:\w+ )?(?:first|make)\b"
    # "Should I skip following them", "is it fine to hold off on connecting": asks about not doing it.
    rf"|^(?:should|shall|can|could|may|must) you (?:just |simply )?{_REFRAINING}\b|\b(?:to|if you) (?:just "
    rf"|simply )?{_REFRAINING}\b"
    # "Skip following?", "just stay off social media with interviewers?": a fragment that proposes not doing it.
    rf"|^(?:just |better to |best to )?{_REFRAINING}\b"
    # "Look at their profile without logging out?", "stay logged in": not viewing it privately.
    rf"|\bwithout (?:bothering to )?{LOGGING_OUT}|{STAYING_LOGGED_IN}"
    # "Is not connecting at all the better move?"
    r"|^(?:is|would|will) (?:just |simply )?(?:not|never) \w+ing\b|\bnever (?:connecting|adding|following|friending)\b"
    # "Safest bet = just don't connect at all?"
    r"|= (?:just |simply )?(?:don't|do not|not|never)\b"
)
# "Should I hold off on connecting until after we've met", "wait until I get the offer to add them": the
# question is whether doing it before that moment is a mistake.
_WAIT_UNTIL = re.compile(
    r"\b(?:hold(?:ing)? (?:off|back)|wait(?:ing)?|put(?:ting)? (?:it |that |this )?off|stay(?:ing)? (?:off|away)"
    r"|keep(?:ing)? (?:off|away)|steer\w* clear"
    r"|(?P<avoid>avoid\w*)|(?:just )?not (?:\w+ )?(?:connect|add|follow|friend)\w*)\b"
    r".*?\b(?:until|till|til)\b|\bwait(?:ing)? (?:for|on) (?:the|an?|your) (?:actual )?(?:job )?offer\b"
)
_OR_WAIT = re.compile(r",?\s+or (?:should|shall|do|can|would|will) (?:you|i) (?:just |rather )?(?:wait|hold off)\b")
# The moment just before each moment a question waits for.
_MOMENT_BEFORE = {
    "right-after-interview": "before-interview",
    "during-process": "right-after-interview",
    "after-offer": "during-process",
    "after-rejection": "during-process",
}
# Negative words that the question negates back to a positive ("is it not rude") are rare; "not okay" is not.
_NEGATED_POSITIVE = re.compile(r"\b(?:not|n't) (?:okay|ok|fine|acceptable|appropriate|alright|professional)\b")

# Abbreviations and spellings of the domain's words, then a dictionary that typos are corrected against.
_ALIASES = {
    "fb": "facebook",
    "facebok": "facebook",
    "face book": "facebook",
    "li": "linkedin",
    "linkdin": "linkedin",
    "linkedn": "linkedin",
    "linkdn": "linkedin",
    "linked in": "linkedin",
    "lnkd": "linkedin",
    "twiter": "twitter",
    "tweeter": "twitter",
    "ig": "instagram",
    "insta": "instagram",
    "recruter": "recruiter",
    "recuiter": "recruiter",
    "interveiwer": "interviewer",
    "intervewer": "interviewer",
    "hr": "hr person",
    "dm": "message",
    "dming": "messaging",
    "dmed": "messaged",
    "pm": "message",
    "thx": "thank-you",
    "ty": "thank-you",
    "u": "you",
    "thru": "through",
    "ur": "your",
    "r": "are",
    "im": "i'm",
    "ok": "okay",
    "mgr": "manager",
    "mgrs": "managers",
    "hm's": "hiring manager's",
    "mgr's": "manager's",
    "evrything": "everything",
    "socials": "social media",
    "hm": "hiring manager",
    "hms": "hiring managers",
    "req": "request",
    "reqs": "requests",
    "desparate": "desperate",
    "desprate": "desperate",
    # Chat spellings: "w/ my interviewer", "b4 the interview", "thank u msg", "didnt get the job".
    "w/": "with",
    "w/o": "without",
    "b4": "before",
    "thank u": "thank you",
    "thanku": "thank you",
    "msg": "message",
    "msgs": "messages",
    "ppl": "people",
    "bc": "because",
    "seperate": "separate",
    "wierd": "weird",
    **CONTRACTIONS,
}
_VOCABULARY = (
    "linkedin",
    "facebook",
    "twitter",
    "instagram",
    "interviewer",
    "interviewers",
    "interview",
    "interviewing",
    "recruiter",
    "recruiters",
    "hiring",
    "manager",
    "managers",
    "employer",
    "employers",
    "coworker",
    "coworkers",
    "colleague",
    "request",
    "requests",
    "connect",
    "connection",
    "connecting",
    "friend",
    "follow",
    "following",
    "message",
    "messaging",
    "profile",
    "invitation",
    "invite",
    "acceptable",
    "appropriate",
    "inappropriate",
    "desperate",
    "unprofessional",
    "professional",
    "salary",
    "thank",
    "comment",
    "research",
    "should",
    "okay",
    "creepy",
    "weird",
    "rejection",
    "accept",
    "ignore",
)
_VOCABULARY_SET = frozenset(_VOCABULARY)
# Everyday words one letter away from a domain word: spelled right, so never "corrected" ("think" is not "thank").
_REAL_WORDS = frozenset(
    {
        "think",
        "thinks",
        "thing",
        "things",
        "hiding",
        "firing",
        "riding",
        "wiring",
        "managed",
        "manage",
        "manages",
        "managing",
        "contacting",
        "contacted",
        "hiking",
        "employed",
        "interviewed",
        "employee",
        "employees",
        "recruited",
        "massage",
        "fallow",
        "hollow",
        "creeps",
    }
)
# "x" means Twitter only where a platform would stand.
_X_PLATFORM = re.compile(r"\b(?:on|via|through|using) x\b|\bx\s*\(twitter\)|\bx/twitter\b|\btwitter/x\b")
_ADD_ON_FACEBOOK = re.compile(r"\badd(?:s|ed|ing)?\b.*\bfacebook\b|\bfacebook\b.*\badd(?:s|ed|ing)?\b")

_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "am": "are",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we": "you",
    "our": "your",
    "us": "you",
}
_PROPER = {"linkedin": "LinkedIn", "facebook": "Facebook", "twitter": "Twitter", "instagram": "Instagram"}

_PERSON_PHRASES = {
    "interviewer": "an interviewer",
    "recruiter": "a recruiter",
    "hiring-manager": "a hiring manager",
    "employer": "an employer",
    "coworker": "a coworker",
    "professional-contact": "a professional contact",
    "direct-report": "your own employees",
}
_MOMENT_PHRASES = {
    "before-interview": " before the interview",
    "right-after-interview": " right after the interview",
    "during-process": " during the hiring process",
    "after-offer": " after getting the offer",
    "after-rejection": " after a rejection",
}


@lru_cache(maxsize=4096)
def _correct_word(word: str) -> str:
    """A misspelt domain word corrected against the vocabulary (one edit for short words, two for long)."""
    if word in _VOCABULARY_SET or word in _REAL_WORDS or len(word) < 5 or not word.isalpha():
        return word
    # An inflection or derivation of a domain word ("followed", "inappropriate") is not a typo.
    if any(known in word for known in _VOCABULARY_SET if len(known) >= 4):
        return word
    allowed = 1 if len(word) < 9 else 2
    best, best_distance = word, allowed + 1
    for candidate in _VOCABULARY:
        if abs(len(candidate) - len(word)) > allowed:
            continue
        distance = DamerauLevenshtein.distance(word, candidate, score_cutoff=allowed)
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best


def correct_question(question: str) -> str:
    """The question in lower case, with aliases expanded and misspelt domain words corrected."""
    text = " ".join(normalize(question).split())
    text = _X_PLATFORM.sub(lambda match: match.group(0).replace("x", "twitter", 1), text)
    for alias, full in sorted(_ALIASES.items(), key=lambda item: -len(item[0])):
        text = re.sub(rf"(?<![\w'-]){re.escape(alias)}(?![\w'-])", full, text)
    return re.sub(r"[a-z]+", lambda match: _correct_word(match.group(0)), text)


def _swap_pronouns(text: str) -> str:
    """First person to second ("my interviewer" to "your interviewer"), for the claim and for moment cues."""
    return re.sub(r"[a-z']+", lambda match: _PRONOUNS.get(match.group(0), match.group(0)), text)


def is_open_question(question: str) -> bool:
    """Whether a question asks how/what/when... rather than yes or no."""
    text = _FILLER.sub("", correct_question(question).strip())
    if _WHICH_IS_BETTER.match(text):
        return False
    # "When I send the request, should I add a note?" is a yes/no question after the situation it sets out.
    asked = split_situation(text)[1]
    # "Better to add a note or just hit connect?" offers the note; "posts that are personal or political" no choice.
    chosen = not _NOTE_OR_JUST_CONNECT.search(asked) and _CHOICE.search(_PAIRED_WORDS.sub("", asked))
    return bool(_OPEN_START.match(asked)) or (bool(_YES_NO_START.match(asked)) and bool(chosen))


def is_yes_no_question(question: str) -> bool:
    """Whether a question is phrased as a yes/no question ("should I...", "is it..."), not as keywords."""
    text = _FILLER.sub("", correct_question(question).strip())
    # "A recruiter messaged me about salary. Should I give her a number?": the question after the situation.
    asked = split_situation(text)[1]
    return bool(_YES_NO_START.match(asked)) and not is_open_question(asked)


def parse_claim(question: str) -> Claim | None:
    """The yes/no claim a question asks about, or None for an open question."""
    corrected = _FILLER.sub("", correct_question(question).strip())
    corrected = _WHO_DESCRIBED.sub(r"\1 ", corrected.rstrip(" ?!."))
    corrected = _WHO_INTERVIEWED.sub(
        lambda found: _INTERVIEWED_BY.get(found.group("who"), found.group("who") + found.group("plural")), corrected
    )
    which = _WHICH_IS_BETTER.match(corrected)
    if which:
        corrected = f"is {which.group('first')} better than {which.group('second')}"
    if not corrected or is_open_question(corrected):
        return None
    # "Should job seekers accept every invite?" asks what you should do.
    swapped = _swap_pronouns(_SEEKERS_ASKED_ABOUT.sub(lambda found: f"{found.group(1) or 'for'} you", corrected))
    # "Didn't get the job - is it weird to still connect?": what comes before the question is the situation.
    preamble, asked = split_situation(swapped)
    # "Do I have to accept, or is it weird not to?": the second question is the first turned round.
    asked = re.sub(r",?\s+or (?:is|would) (?:it|that)(?: be)? \w+ (?:not to|if (?:you|i) (?:don't|do not))$", "", asked)
    named_action = _main_action(asked) if preamble else _main_action(swapped)
    told_before = named_action == "other" and preamble and (not _PREDICATE.search(asked) or _REFERS_BACK.search(asked))
    if told_before:
        # "I looked at their profile... did I look like a stalker?" judges the act told before, the nearest first;
        # "should I give her a number?" asks about an act of its own, which no advice may cover.
        # "Personal note on the request - does it make a difference?": the note told first is what is asked about.
        whole = _main_action(swapped)
        if _ADD_NOTE.search(swapped):
            named_action = "message"
        elif whole in ("ignore-request", "unaccepted-request", "separate-platforms"):
            # "Got a request from a recruiter - rude to just leave it?": the answer to the request told first.
            named_action = whole
        else:
            named_action = _main_action(preamble.rpartition(". ")[2])
        if named_action == "other":
            named_action = _main_action(swapped)
    action = named_action.lstrip("!")
    platform = _platform(swapped)
    if action == "connect" and platform == "facebook" and _ADD_ON_FACEBOOK.search(swapped):
        action = "friend"
    if action == "friend":
        platform = "facebook"
    if action == "connect" and platform == "twitter":
        action = "follow"
    if action == "follow" and _FOLLOWED_FIRST.search(swapped):
        # "They followed me on Twitter, can I follow them too?": following back.
        action = "follow-back"
    states = {**find_condition_states(preamble), **claim_states(asked), **_proposed_manner(swapped)}
    if action != "comment":
        # "Everything they tweet is work stuff", "a couple of the people who interviewed me": how much of their feed
        # one engages with is a question only about commenting.
        states.pop("every-post", None)
    if action == "message" and _ADD_NOTE.search(swapped):
        # "Is a note required, or can I just hit connect?": the note of a request is what is asked about.
        states.setdefault("note", True)
    if action in ("message", "connect") and _NOTE_OR_JUST_CONNECT.search(asked):
        # "LinkedIn invite to the interviewer - personal note or just connect?": whether to add the note.
        action, states["note"] = "message", True
    elif action == "message" and _MESSAGE_IN_A_REQUEST.search(swapped):
        # "DM them a thank-you and a connect request": the request, carrying the message as its note.
        action, states["note"] = "connect", True
    if _REACTION.search(asked):
        states["reaction"] = True
    if action == "connect" and _THEY_ACCEPT.search(swapped):
        # "Will they accept it?": how they answer a request, which only advice that people differ speaks to.
        states["acceptance"] = True
    if _NOTE_CONTENT.search(swapped) and "expects-outcome" in states:
        # "Can my note say I'm hoping to get the job?": what a request's note says is how the request is made.
        action, states["note"] = "connect", True
    else:
        # Said of a request asked about ("if I add a note saying I expect nothing"), it is the note, no more.
        states.pop("expects-outcome", None)
    safer_later = _SAFER_LATER.search(swapped)
    if safer_later:
        states["safer-later"] = True
    # ("Not hired but want to keep in touch on LinkedIn. Is that weird?": the keeping told before the question.)
    kept = f"{preamble} {asked}" if told_before else asked
    staying = _STAYING.search(kept)
    if staying and not _MAKING_CONTACT.search(kept[: staying.start()]):
        # Keeping in touch is keeping the connection, however it is kept.
        states["staying"] = True
        action = "connect" if action in ("message", "other") else action
    if action == "clean-up-profile" and _SEEN_BY_THEM.search(swapped) and not _TIDYING.search(swapped):
        # Asked only whether they will look, not also whether to tidy it first.
        states["seen"] = True
    if _PAPER_THANKS.search(swapped) and platform != "offline":
        states["instead-of-card"] = True
        if _BETTER_THAN.search(swapped):
            # "Is an invite with a thank-you better than a mailed card?": which thank-you is the better one.
            states["card-compared"] = True
    if states.get("political") and "professional" not in states:
        # Tweets that are mostly political are not the professional feed the advice asks for.
        states["professional"] = False
    person = _person(swapped)
    if person == "employer" and action not in ("message", "connect", "follow") and _STRANGER.search(swapped):
        # A stranger who sends you a request is still the recruiter they are; only writing cold is to an employer.
        person = _person(_STRANGER.sub("", swapped))
    if person == "any" and action in ("message", "connect") and _STRANGER.search(swapped):
        # "A manager I don't know": someone at a company approached cold is an employer.
        person = "employer"
    if person in HIRING_SIDE and states.get("job-request"):
        # Writing to ask outright for a job is a cold approach to an employer, not keeping in touch after an interview.
        person = "employer"
    if MUTUAL_CONNECTIONS.search(swapped):
        # The people one has in common with the interviewer are former colleagues, asked about the company; looking
        # them up is looking up the interviewer.
        asking = re.search(r"\bask(?:ing)?\b|\bcheck with\b|\btalk to\b|\bpick \w+ brains?\b", swapped) is not None
        person = "coworker" if asking else "interviewer"
        action = "message" if asking else "research"
    if action == "separate-platforms" and "facebook" in find_platforms(swapped):
        # "Tell them to add me on LinkedIn if I don't want them on my Facebook": the request turned down is Facebook's.
        platform = "facebook"
    if action == "connect" and person == "employer":
        # Reaching out to a company, or to its people cold, is writing to it: a first contact, not keeping in touch.
        action = "message"
    moments = find_moments(swapped)
    # A thank-you is sent after the interview it thanks for.
    moment = moments[0] if moments else "right-after-interview" if mentions_thank_you(swapped) else "any"
    if safer_later and not re.search(r"\bthan before\b", safer_later.group(0)):
        # "The further along you are in the process": a trend over every moment, not one of them.
        moment = "any"
    if moment == "after-offer" and platform == "facebook" and person in HIRING_SIDE and _HIRED.search(swapped):
        # "Got the job, can I friend my new boss on Facebook?": once hired, the interviewer is a coworker.
        states["hired"] = True
    if named_action == "!separate-accounts":
        # "Is it fine to have coworkers and friends on the same Facebook account?": whether to mix the two circles.
        states["mixed"] = True
    negative = _is_negative(asked)
    # "Do recruiters mind if candidates follow them on Twitter?": readers word the claim as its being fine (6 of 7),
    # where a LinkedIn request splits them.
    mind_turned = (
        negative
        and action in ("follow", "follow-back")
        and (_MIND_HEAD.search(asked) is not None or _REACTION.search(asked) is not None)
        and not _NEGATIVE_FRAMING.search(_REACTION.sub("", _MIND_HEAD.sub("", asked)))
    )
    if mind_turned:
        negative = False
        states.pop("reaction", None)
    card_said_better = (
        (_CARD_SAID_BETTER.match(swapped) or _CARD_VERSUS.match(swapped)) if states.get("card-compared") else None
    )
    if card_said_better:
        # "Isn't a handwritten card better than thanking them in a LinkedIn message?": the claim about thanking online
        # is that it is the worse of the two.
        negative = not negative
    if told_before and not _NEGATIVE_FRAMING.search(asked) and not _MIND_HEAD.search(asked):
        # "Not friending my coworkers - is that ok?", "adding them will make me look pushy. Will it?": the act told
        # before the question carries its own refusal or verdict.
        negative = _NEGATIVE_FRAMING.search(preamble) is not None or _NEGATED_PREDICATE.search(preamble) is not None
    # "Until the process is over, should I stay away from them?": the moment awaited, said first.
    awaiting = f"{asked} {preamble}" if told_before or re.match(r"(?:until|till|til)\b", preamble) else asked
    before = _moment_before_awaited(awaiting)
    waiting = _WAIT_UNTIL.search(awaiting)
    if waiting and before:
        # Waiting for a moment is refraining until then: the claim is that doing it before is a mistake ("avoid" has
        # said so already, and so has "stay off them until it's over - is that the move?").
        moment = before
        avoid = waiting.group("avoid") or (told_before and not _NEGATIVE_FRAMING.search(asked))
        if not _OR_WAIT.search(awaiting):
            # ("Would connecting now be pushy, or should I wait until they decide?" offers waiting as the other answer.)
            negative = True if avoid else not negative
    elif _NEGATED_PREDICATE.search(asked):
        # "Is it okay not to accept?" asks whether refraining is right; "is it rude not to?" whether doing it is.
        # "Is it safer not to connect until the process is over" refrains only until then.
        negative = not negative
        moment = before or moment
    if named_action.startswith("!") or _LEFT_TO_THEM.search(asked):
        # "Is it ok to keep party photos up?" asks about the opposite of cleaning up the profile; "should I let the
        # hiring manager be the one to connect?" about not doing it oneself.
        negative = not negative
    instead = _INSTEAD_OF_CONNECTING.search(asked) if action == "research" else None
    if instead:
        # "Should I just research them and not connect at all?": the choice asked about is not to connect.
        action = instead.group("act") if instead.group("act") in ("follow", "friend") else "connect"
        negative = not negative
    reason_to = moment in ("after-offer", "after-rejection") or action == "follow-back" or states.get("professional")
    if negative and _ODDITY.search(asked) and reason_to:
        # "Didn't get the job - is it weird to still connect?", "they followed me, weird to follow back?", "weird to
        # follow if all they tweet about is work?": the asker has a reason to; asked whether it is odd, they ask
        # whether it is fine (how gold readers word these claims).
        negative = False
        corrected, swapped, asked = (_ODDITY.sub("fine", text, count=1) for text in (corrected, swapped, asked))
    still = _STILL_ASKED.search(asked)
    if still and not negative and (states.get("political") or states.get("professional") is False):
        # "Her tweets are all politics - should I still follow her?": asked whether to go ahead against the reason the
        # advice gives, readers word the claim as that advice, not to (7 of 10).
        negative = True
        corrected, swapped, asked = (_STILL_ASKED.sub(r"\1 not", text, count=1) for text in (corrected, swapped, asked))
    if action == "unaccepted-request":
        # "Never accepted my request - did that kill my chances?": whatever the wording, it asks if it is a bad sign.
        negative = False
    compared = (
        _COMPARISON.search(asked)
        or _COMPARISON_LATE.search(asked)
        or _WHICH_PLATFORM.search(swapped)
        or _OK_BUT_NOT.search(asked)
        or _OK_ON_BUT_NOT.search(asked)
        or _OK_UNLIKE.search(asked)
    )
    contrast = ""
    if compared and platform != "any":
        # "Is LinkedIn any less weird than Facebook": which platform is the better one, not whether to do it.
        contrast = find_platforms(compared.group("other"))[0]
        negative = compared.groupdict().get("worse") is not None
        if action == "other":
            # "LinkedIn or Facebook - which is okay for connecting": the act is named after "which".
            action = _main_action(asked[compared.end() :]).lstrip("!")
        if action == "friend" and platform != "facebook":
            action = "connect"
        if contrast == platform:
            contrast = ""
    across = _ACROSS_PLATFORMS.search(swapped) if not contrast and action in ("connect", "friend", "other") else None
    if across:
        # "Does it matter which site I use?", "do the same rules apply on Instagram as on LinkedIn?": whether the
        # advice differs between networks, read as LinkedIn against Facebook, where every source that differs does.
        action, platform, contrast, states["across-platforms"] = "connect", "linkedin", "facebook", True
        negative = _SAME_EVERYWHERE.search(swapped) is not None
    personal_place = not across and not contrast and _PERSONAL_PLACE.search(swapped) is not None
    if personal_place:
        # "Isn't Facebook more of a personal thing than a networking site?": what the network is for, read as how a
        # source treats Facebook against LinkedIn, where one that treats them alike says nothing of it.
        action, platform, person, contrast, negative = "connect", "linkedin", "any", "facebook", False
        states = {"personal-place": True}
    # Said as asked: "should job seekers accept every invite they receive?" keeps its job seekers.
    text = _claim_text(corrected, _swap_pronouns(corrected), action, platform, person, moment, negative)
    if across:
        who = _PERSON_PHRASES.get(person) or "someone"
        text = (
            f"The same rules for connecting with {who} apply on every social network."
            if negative
            else f"Whether to connect with {who} depends on the social network."
        )
    elif compared and contrast:
        text = _comparison_text(asked, compared, platform, contrast)
    elif card_said_better:
        are = "are" if card_said_better.group("card").endswith("s") else "is"
        verdict = re.sub(r"^(?:> |vs\.? |versus )", "better than ", card_said_better.group("verdict"))
        text = _finish(f"{card_said_better.group('card')} {are} {verdict}")
    elif told_before and negative and re.search(_OKAY, asked) and _NEGATED_PREDICATE.search(preamble):
        # "Not friending my coworkers - is that ok?": whether not doing the act told first is all right.
        text = _claim_text("okay not to", "", action, platform, person, moment, negative)
    elif told_before and len(asked.split()) <= 4:
        # "Adding them will make me look pushy. Will it?": the act told first, with its verdict, is the claim.
        text = _claim_text(f"{preamble}, {asked}", "", action, platform, person, moment, negative)
    elif preamble:
        statement = _claim_text(asked, asked, action, platform, person, moment, negative)
        text = f"{statement[:-1]} ({preamble})."
    if mind_turned:
        text = _finish(_from_parts(action, platform, person, moment) + " is acceptable")
        if states.get("public") is False:
            text = f"{text[:-1]} (their account is private)."
    if personal_place:
        text = "Facebook is for personal life rather than professional networking, unlike LinkedIn."
    if action == "follow" and text.startswith("Following ") and _FOLLOW_REQUEST.search(swapped):
        # "Insta follow request to my interviewer?": the request is the act, and what advice on requests speaks to.
        text = "Sending a follow request to " + text.removeprefix("Following ")
    if action == "message" and states.get("note") and text.startswith("Messaging "):
        # "Personal note or just hit connect?": the note of a request, not a message of its own.
        text = "Adding a personal note to a request to " + text.removeprefix("Messaging ")
    if action == "view-profile" and text.startswith("Viewing the profile of ") and is_about_being_seen(swapped):
        # "Creepy when LinkedIn shows them I checked out their profile?": being seen looking is what is asked about.
        text = "Letting them see you viewed the profile of " + text.removeprefix("Viewing the profile of ")
    if action == "research" and text.startswith("Researching ") and MUTUAL_CONNECTIONS.search(swapped):
        # "Worth checking if me and my interviewer have mutual connections?": the connections are what is looked up.
        text = "Checking the connections you share with " + text.removeprefix("Researching ")
    if states.get("every-photo") and text.startswith("Cleaning up your own profile"):
        # "Need to delete every personal pic?": the photos are what is asked about.
        text = text.replace("Cleaning up your own profile", "Removing every personal photo from your profile", 1)
    if states.get("acceptance") and text.startswith("Sending a"):
        # "If I send it, will they accept it?" asks how they will answer the request, not whether to send it.
        request = f"{_PROPER[platform]} connection request" if platform in _PROPER else "connection request"
        text = _finish(f"{_PERSON_PHRASES.get(person) or 'they'} will accept your {request}")
    if states.get("seen") and text.startswith("Cleaning up"):
        # "If I follow them, will they end up looking at my profile?" asks whether they will, not whether to tidy it.
        text = "They will look at your profile."
    said = _SAID_IN_NOTE.search(swapped) if "expects-outcome" in states else None
    if said:
        where = f"a {_PROPER.get(platform, 'connection')} request" if platform != "any" else "a connection request"
        verdict = "is a mistake" if negative else "is acceptable"
        text = _finish(f"Saying {said.group('what').strip()} in the note of {where} {verdict}")
    if action in ("connect", "friend", "follow") and _PLAY_IT_SAFE.search(asked):
        # "Is it better to play it safe and not connect?": whether one should not.
        negative = True
    elif (
        moment == "any"
        and action in ("connect", "friend", "follow")
        and _SAFEST_NOT.search(asked)
        and not _FOR_A_WHILE.search(asked)
    ):
        # "Is the safest move to just not connect at all?" asks whether refraining is the safe choice: advice against
        # the act says yes, advice for it says nothing of safety (writers and majorities, 5 of 7).
        negative = True
        phrase = _from_parts(action, platform, person, moment)
        text = f"Not {phrase[0].lower()}{phrase[1:]} at all is the safest choice."
    return Claim(
        text=text,
        action=action,
        platform=platform,
        person=person,
        moment=moment,
        positive=not negative,
        states=tuple(sorted(states.items())),
        contrast=contrast,
        refrain=_REFRAIN.search(asked) is not None
        or re.match(r"(?:can|could|may) you (?:just |simply )?not\b", asked) is not None
        or text.startswith("Not "),
    )


def _comparison_text(asked: str, compared: re.Match[str], platform: str, contrast: str) -> str:
    """ "Is LinkedIn safer than Facebook for ..." as a statement; "LinkedIn or Facebook, which ..." as a ranking."""
    if compared.re is not _COMPARISON:
        # What it is the better place for, said before the verdict or after it ("the better place to connect with ...").
        purpose = re.search(r"\b(?:for|to) (?:connect|add|follow|friend|send|reach|network)\w*[^,?.]*", compared.string)
        what = (
            re.split(
                rf" [-\u2013\u2014]+ | on {_PLATFORM_WORDS}\b|,? (?:even though|though|tho|whereas|while|unlike) ",
                purpose.group(0),
            )[0].strip()
            if purpose
            else "for this"
        )
        # "Is LinkedIn the safer bet?": the comparison asked about ("safer", "less weird"), not only "better".
        said = re.search(rf"\b(?:{_BETTER}|{_WORSE})\b", compared.group(0))
        comparative = said.group(0) if said and said.group(0) != "better" else "a better place"
        return f"{_platform_name(platform)} is {comparative} than {_platform_name(contrast)} {what}."
    subject = re.sub(r"^(?:is|are|would|will|does) (?:it )?", "", asked[: compared.start()]).strip()
    # "Is LinkedIn a better place than ...": the article belongs to what is compared, after "is".
    article = re.search(r" (?:a|an|the)$", subject)
    subject, article_text = (subject[: article.start()], article.group(0)) if article else (subject, "")
    compared_text = re.sub(r"^(?:any|even) ", "", asked[compared.start() :].strip())
    return _finish(f"{subject} is{article_text} {compared_text}")


def _moment_before_awaited(text: str) -> str:
    """The moment just before the one a question waits for ("until after we've met": before the interview), or ""."""
    until = re.search(r"\b(?:until|till|til|wait(?:ing)? (?:for|on))\b.+$", text)
    if until and until.group(0).startswith("wait"):
        until = re.search(r"(?<= )(?:for|on)\b.+$", until.group(0))
    awaited = find_moments("until " + until.group(0).split(" ", 1)[-1]) if until else []
    return _MOMENT_BEFORE.get(awaited[0], "") if awaited else ""


def _platform_name(platform: str) -> str:
    """A platform as a reader writes it ("LinkedIn", "social media")."""
    return _PROPER.get(platform, platform.replace("-", " "))


def _platform(text: str) -> str:
    """The platform a question is about: the first it names, a network before "social media" in general and
    before a paper card it is set against ("skip the mailed card and thank them in a LinkedIn invite")."""
    platforms = find_platforms(text)
    networks = [platform for platform in platforms if platform not in ("social-media", "offline")]
    if networks:
        return networks[0]
    if not platforms and _BY_EMAIL.search(text):
        # "Is emailing HR about my status too pushy?": an email is no social network, nor a paper card.
        return "email"
    return platforms[0] if platforms else "any"


# "Stay connected with the interviewer", "keep in touch": keeping up a contact, not making it ("connect to keep in
# touch" makes it).
# "Should job seekers ...", "do people who are job hunting need to ...": the asker, said in the third person.
_SEEKERS_ASKED_ABOUT = re.compile(
    r"\bfor (?:job )?(?:candidates|applicants|job ?seekers)(?= to\b)|"
    r"^(should|must|can|could|do|would|ought) (?:job ?seekers|a job ?seeker|job hunters|job candidates"
    r"|someone who is job "
    r"hunting|(?:people|candidates|applicants) "
    r"(?:who are|that are) (?:job hunting|job searching|looking for (?:a )?(?:job|jobs|work))|candidates|applicants"
    # "Should people looking for a job just steer clear?", "should I, as a candidate, never initiate".
    r"|people looking for (?:a )?(?:job|jobs|work)|(?:i|you),? as an? (?:candidate|applicant|job ?seeker),?)\b"
)
# "Should I keep it that way?", "can I do that?": the act is the one told before the question.
_REFERS_BACK = re.compile(
    r"\b(?:keep|do|try|put) (?:it|that|this|them)\b|\b(?:it|that|this) way\b|\blike that\b|\bwait\b"
    r"|\b(?:leave|ignored?) (?:it|them)\b|\bor not\s*$|^should you\s*$|^(?:will|would|does) it\s*$|\bto use\b"
    r"|\blook at it\b"
    r"|\bis (?:that|it|this) (?:really )?(?:necessary|needed|required|overkill|paranoid)\b"
    r"|\b(?:does|do|will|would) (?:it|that|this) (?:\w+ )?(?:make|matter|help|work)\b"
)
_PHOTOS_COMING_DOWN = re.compile(PHOTOS_COMING_DOWN)
# "Party pics - take them down?": the photos named first, taken down.
_PHOTOS_TAKEN_DOWN = re.compile(
    r"\b(?:take|taking|delete|deleting|remove|removing|hide|hiding|scrub\w*) (?:them|those|these)\b"
)
# Logging out, or staying logged in, to look at a profile: whether to be seen looking.
_PRIVATE_VIEWING = re.compile(f"{LOGGING_OUT}|{STAYING_LOGGED_IN}")
# Hired, not only offered: the person who interviewed you is now someone you work with.
_HIRED = re.compile(
    r"\b(?:got|get|landed|land) (?:the|this|that) job\b(?! offer)|\bhired\b"
    r"|\b(?:start(?:ed|ing)?|begin|began|beginning) (?:at )?(?:the|my|your|a) (?:new )?job\b|\bnew (?:boss|manager)\b"
    r"|\bnow (?:a|my|your) (?:coworker|co-worker|colleague|boss|manager)\b"
)
_STAYING = re.compile(
    r"\b(?:stay|keep|remain)(?:ing)? (?:connected|in touch|in contact)\b"
    r"|\bkeep(?:ing)? up (?:the )?(?:contact|connection)\b|\bkeep (?:the|my|your) \w+ as a (?:\w+ )?connection\b"
    # "Keep my LinkedIn connection with the interviewer after not getting the job".
    r"|\bkeep(?:ing)? (?:the|my|your|our) (?:[\w-]+ )?(?:media )?connection with\b"
)
# Whether the advice differs between networks ("does it matter which site", "are the rules different for each site");
# said as whether it is the same ("do the same rules apply to Insta", "any different from adding them on Facebook").
_ACROSS_PLATFORMS = re.compile(
    r"\bdoes it matter (?:which|what) (?:platform|site|network|app|social)|\bsame rules?\b"
    r"|\brules? (?:different|differ)\b|\bany different from\b"
    r"|\b(?:rule|rules) (?:apply|applies) (?:to|on) (?:instagram|twitter|facebook|every|all|other)\b"
)
# "Is Facebook more of a personal thing", "really meant for personal stuff", "not meant for professional contacts".
_PERSONAL_PLACE = re.compile(
    r"\b(?:facebook|fb)\b[^?]{0,30}\b(?:more of a personal|(?:really |just |only |mostly |mainly |strictly )?"
    r"(?:meant )?for (?:personal|private)|a personal (?:thing|space|site|network|platform)|(?:really )?not meant for "
    r"(?:professional|work|networking)|really meant for (?:professional|work|networking))"
    r"|\b(?:is|isn't|isnt) (?:facebook|fb) (?:really |just |only |strictly )?for (?:friends|family)\b"
    r"|\b(?:facebook|fb) ?= ?personal\b"
)
_SAME_EVERYWHERE = re.compile(r"\bsame\b|\bany different from\b|\b(?:apply|applies) (?:to|on) [^?]{0,40}\btoo\b")
_FOLLOW_REQUEST = re.compile(r"\bfollow requests?\b|\brequest(?:ing)? to follow\b")
_MAKING_CONTACT = re.compile(r"\b(?:connect|add(?:ed|ing)?|send|sent|request|invite|friend)\b")
# "Will they end up looking at my profile?", "do employers look at candidates' profiles?": whether they will look.
_SEEN_BY_THEM = re.compile(
    r"\b(?:do|does|will|would) (?:employers|recruiters|hiring managers|interviewers|they|he|she|(?:the|your) [\w-]+"
    r"(?: [\w-]+)?) (?:actually |really |even |end up |then |go |and )*(?:look(?:ing)? at|check(?:ing)?(?: out)?|see"
    r"|view)"
    r" (?:your|candidates'?|(?:job )?applicants'?) (?:[\w-]+ )?(?:[\w-]+ )?(?:profiles?|posts|updates|social media"
    r"|socials)\b"
    # "Is it true that employers look at candidates' social media?"
    r"|\b(?:employers|recruiters|hiring managers|interviewers) (?:actually |really )?(?:look at|check(?: out)?) "
    r"(?:candidates'?|(?:job )?applicants'?|your) (?:social media|socials|profiles?)\b"
    # "Are they gonna look at my profile?"
    r"|\b(?:are|is) (?:they|he|she) (?:gonna|going to) (?:end up )?(?:go (?:and )?)?(?:look(?:ing)? at"
    r"|check(?:ing)? out"
    r"|check|see|view(?:ing)?) your (?:[\w-]+ )?(?:profiles?|posts|updates)\b"
    r"|\b(?:they'll|they will|he'll|she'll) (?:end up )?(?:go (?:and )?)?(?:view(?:ing)?|look(?:ing)? at"
    r"|check(?:ing)? out)"
    r" your (?:[\w-]+ )?(?:profiles?|posts|updates)\b"
)
# Asking also whether to tidy the profile first ("should I clean it up?").
_TIDYING = re.compile(r"\b(?:clean|polish|tidy|delete|remove|take down|scrub)\w*\b")
# "Is it weird to ...": oddity, of the negative framings the one written as "is it fine" after the process is over.
# Researching them "and not try to connect at all": the research is the alternative to connecting.
_INSTEAD_OF_CONNECTING = re.compile(
    r"(?:\b(?:and|but) (?:just )?(?:not|never|don't)|\b(?:instead of|rather than)|,? no) (?:try(?:ing)? to "
    r"|attempt(?:ing)? "
    r"to |bother(?:ing)? (?:to )?)?(?P<act>connect|add|friend|follow|send)\w*\b"
)
# "Is the safest move to just not connect", "not connecting is the safe option, right?": refraining as the safe choice.
_SAFEST_NOT = re.compile(
    r"\b(?:safest|safe (?:option|choice|bet|move)|risk-?free)\b[^?.]*?\b(?:not|never)\b"
    r"|\b(?:not|never)\b[^?.]*?\b(?:the )?(?:safest|safe (?:option|choice|bet|move))\b"
    # "Is it safer to just not connect at all?", "better not to at all, to be safe?": the same, said of everywhere.
    r"|\b(?:is it|isn't it|would it be) (?:just |simply )?(?:safer|better(?=[^?]*\bto be safe\b))\b[^?.]*?"
    r"\b(?:not|never)\b[^?]*\bat all\b"
)
# "While I'm a candidate", "until I hear back": refraining for a while, which is advice on timing.
_FOR_A_WHILE = re.compile(r"\b(?:while|until|till|til|during|before|after|yet|candidate|process)\b")
_PLAY_IT_SAFE = re.compile(r"\bplay(?:ing)? it safe (?:and|by) (?:just )?(?:not|never)\b")
_ODDITY = re.compile(r"\b(?:weird|wierd|strange|odd)\b")


def _is_negative(asked: str) -> bool:
    """Whether a question asks if the act is a mistake ("is it rude to", "do recruiters mind"), before any
    negation of the act itself; "good idea or overkill?" asks about the first of the two."""
    if _CHOICE_OF_VERDICTS.search(asked):
        return False
    # "Do I need to scrub every photo, or is that overkill?": the verdict offered second is the other answer.
    asked = re.sub(
        r",?\s+or (?:is|would) (?:that|it|this)(?: be)? .*$|\s+or (?:is it |is that )?still \w+ \w+$"
        r"|\bor not (?:ok|okay)\b",
        "",
        asked,
    )
    framed = _NEGATIVE_FRAMING.search(asked) is not None and not _NEGATED_POSITIVE.search(asked)
    if framed or _MIND_HEAD.search(asked):
        return True
    # "Is it not okay to ...": asks whether it is wrong.
    return re.search(r"\b(?:not|n't) (?:okay|ok|fine|acceptable|appropriate|alright)\b", asked) is not None


def _proposed_manner(text: str) -> dict[str, bool]:
    """How a question proposes to do the act: of "add a note or just click connect?", the first alternative, and
    what the second leaves out ("just send it, or ask them first?" proposes sending without asking)."""
    first, separator, second = _split_alternatives(text)
    proposed = manner_states(first)
    if separator:
        for state, holds in manner_states(second).items():
            proposed.setdefault(state, not holds)
    return proposed


def _split_alternatives(text: str) -> tuple[str, str, str]:
    """(first, separator, second) at the first "or" of a text; (text, "", "") when it has none."""
    found = re.search(r",?\s+or\s+", text)
    return (text[: found.start()], found.group(0), text[found.end() :]) if found else (text, "", "")


_FOLLOWED_FIRST = re.compile(r"\b(?:followed|follows|added) you\b")
MUTUAL_CONNECTIONS = re.compile(
    r"\b(?:mutual|shared|common) (?:linkedin |facebook )?(?:connections|contacts)\b|\bconnections in common\b"
    r"|\bmutuals\b|\bshare (?:any |an? )?(?:old |former )?(?:connections|contacts|co-?workers?|colleagues?)\b"
    r"|\bmutual (?:old |former )?(?:co-?workers?|colleagues?)\b|\b(?:co-?workers?|colleagues?) (?:\w+ ){0,5}both know\b"
    r"|\b1st[- ]degree (?:linkedin )?"
    r"connections?\b"
    # "An old coworker who is connected to my interviewer."
    r"|\b(?:co-?workers?|colleagues?|friends?|contacts?)\b[^?.]{0,30}\b(?:(?:connected|linked) (?:to|with|w/?)|knows?) "
    r"(?:my|the|your) (?:interviewer|hiring manager|recruiter)\b"
    # "People we both know on LinkedIn."
    r"|\b(?:people|folks|ppl|anyone|someone) "
    r"(?:we|you|you and (?:i|me|the interviewer)|me and (?:the|my|your) interviewer) both know\b"
    # "An old coworker in common", "colleagues I share with the interviewer", "people who used to work with them".
    r"|\b(?:co-?workers?|colleagues?) (?:in common|(?:you|i) share with)\b"
    r"|\bwho (?:used to )?work(?:ed)? with (?:my|the|your) (?:interviewer|hiring manager|recruiter)\b"
    # "Former coworkers we're both connected to", "connections I share with the interviewer", "someone who's connected
    # to my interviewer".
    r"|\b(?:we're|we are|you're|you are) both connected (?:to|with)\b|\bconnections (?:you|i|we) share\b"
    r"|\b(?:someone|somebody|people|anyone|a person)\b[^?.]{0,20}\b(?:connected|linked) (?:to|with) "
    r"(?:my|the|your) (?:interviewer|hiring manager|recruiter)\b"
)
# "Accept an offer": a job, not a request.
_JOB_OFFER = re.compile(r"accept(?:ing)? (?:an?|the|their|this|that|my|your) (?:job |new )?(?:offer|position|role)\b")
# "Is it okay not to connect at all", "fine if I don't accept": whether refraining is all right.
_OKAY = r"\b(?:okay|ok|fine|acceptable|alright|all right|normal)"
_REFRAIN = re.compile(
    rf"{_OKAY}(?: \w+){{0,3}} (?:(?:just |simply )?not to|to (?:just |simply )?(?:not|never)|if you (?:just )?(?:don't"
    rf"|do not|didn't|did not"
    r"|never))\b"
    # "Would it be okay for me to skip connecting?", "ok if i skip adding them?"
    rf"|{_OKAY}(?: \w+){{0,3}} (?:to|if you|if i) (?:just )?{_REFRAINING}\b"
)
# "Good idea or overkill?", "smart or tacky?": a choice between two verdicts asks about the first.
_CHOICE_OF_VERDICTS = re.compile(
    r"\b(?:a )?(?:good idea|good move|smart|fine|okay|acceptable|appropriate|professional|normal|worth it|helpful)"
    r"[\s,]+or[\s,]+(?:is it |just )?(?:a |an )?[\w-]+(?: [\w-]+)?\s*$"
    # "LinkedIn request to the interviewer now, or overkill?": the act proposed, then the verdict against it.
    r"|^(?!(?:is|are|was|would|will|do|does) )[^,]+,\s+or (?:is (?:it|that) )?(?:overkill|too much|too soon|too pushy|"
    r"pushy|weird|creepy|desperate|rude|a bad idea)\s*$"
    # "Would adding them help or hurt my chances?": whether it helps.
    r"|\bhelp (?:(?:me|you|my chances) )?(?:or|/) hurt\b"
)


_PLATFORM_WORDS = r"(?:facebook|linkedin|twitter|instagram|social media)"
_BETTER = (
    r"safer|better|more (?:acceptable|appropriate|professional|normal|okay|common|welcome)|less (?:weird|risky|creepy"
    r"|awkward|intrusive|pushy|personal|invasive|inappropriate|unprofessional|strange|odd)"
)
_WORSE = (
    r"riskier|worse|weirder|creepier|more (?:risky|weird|creepy|awkward|intrusive|pushy|personal|invasive"
    r"|inappropriate|unprofessional)|less (?:acceptable|appropriate|safe|professional|normal|okay|common)"
)
# "LinkedIn or Facebook - which is okay for connecting": a choice between two platforms, the first proposed.
_WHICH_PLATFORM = re.compile(
    rf"^(?P<this>{_PLATFORM_WORDS}) (?:or|vs\.?|versus) (?P<other>{_PLATFORM_WORDS})\b"
    # "LinkedIn vs Facebook for connecting with an interviewer, is LinkedIn the safer bet?"
    r"(?: for [^,?]{0,60})?[\s,:\u2013\u2014-]*"
    rf"(?P<better>which|(?:is (?:\w+ )?|\w+ is )(?:the )?(?:{_BETTER}))\b"
)
# "Is it safer to connect on LinkedIn rather than Facebook", "is LinkedIn the safer option compared to Facebook".
_COMPARISON_LATE = re.compile(
    rf"\b(?:(?P<better>{_BETTER})|(?P<worse>{_WORSE}))\b[^?]{{0,80}}?\b(?:rather than|compared (?:to|with)|than|then)"
    rf"(?: (?:adding|connecting|following)(?: with)?(?: (?:them|him|her))?)?(?: on| using"
    rf"| via)? (?P<other>{_PLATFORM_WORDS})\b"
)
# "Is LinkedIn safer than Facebook", "is twitter any less weird than linkedin for following them".
_COMPARISON = re.compile(
    rf"\b(?:any |even |much |a lot |a bit )?(?:(?P<better>{_BETTER})|(?P<worse>{_WORSE}))(?: (?:bet|choice|option|place"
    rf"|platform|way|route))?(?: on {_PLATFORM_WORDS})? than "
    rf"(?:on |using |via |with |through )?(?:a |an )?(?P<other>{_PLATFORM_WORDS})\b"
)


# "Is LinkedIn ok but Facebook not?": the first the better one.
_OK_BUT_NOT = re.compile(
    rf"^(?:(?:is|are) )?(?P<this>{_PLATFORM_WORDS}) (?P<better>ok|okay|fine|acceptable|alright) but "
    rf"(?P<other>{_PLATFORM_WORDS}) not\b"
)
# "LinkedIn ok even though Facebook isn't?", "the one place it's ok to connect, unlike fb?"
_OK_UNLIKE = re.compile(
    rf"\b(?P<better>ok|okay|fine|acceptable|alright)\b[^?]{{0,60}}?,? (?:even though|though|tho|whereas|while|unlike) "
    rf"(?P<other>{_PLATFORM_WORDS})\b(?:$| (?:isn't|is not|isnt|not)\b)"
)
# "Is it ok to add them on LinkedIn but not on Facebook?"
_OK_ON_BUT_NOT = re.compile(
    rf"\b(?P<better>ok|okay|fine|acceptable|alright) (?:to \w+ (?:\w+ ){{0,3}})?on {_PLATFORM_WORDS} but not "
    rf"(?:(?:ok|okay|fine) )?on (?P<other>{_PLATFORM_WORDS})\b"
)


# Where a question begins after the situation it sets out: "my interviewer's twitter is private, should I ...".
_QUESTION_AFTER_SITUATION = re.compile(
    r"(?:[,;:!?]|\.+|\s[-\u2013\u2014]+)\s+(?=(?:so |but |and |then )?(?:should|shall|can|could|may|might|must|would|"
    r"will|is|are|was|do|does|did|ok|okay|any (?:harm|problem)|(?:rude|okay|fine|weird|bad|smart|wise) to)\b)"
)

# "When I send the invite do I add a note": a clause of time or condition, then the question with no comma.
_QUESTION_AFTER_CLAUSE = re.compile(
    r"^(?P<situation>(?:when|if|once|before|after|while|since|now that|even (?:though|tho|if)|as (?:an?|the)) .+?) "
    r"(?=(?:should|can|could|do|does|must|would|will"
    r"|shall) (?:i|you|we|(?:my|your) posts)\b"
    # "When I'm looking for work is it bad to keep personal photos up?"
    r"|(?:is|would|will|does|isn't) (?:it|that|this)\b)"
)


_SHORT_ASK = re.compile(r"(?:(?:a |is it (?:a )?)?good idea|ok|okay|fine|alright|worth it|should i|can i|is it)\b")


def split_situation(text: str) -> tuple[str, str]:
    """(situation, question) of a question that sets out its situation before or after it ("her feed is all
    industry stuff"); ("", text) for one that does not."""
    before, asked = "", text
    if not _YES_NO_START.match(text):
        # "Got a friend request from my interviewer?? Accept or not?": a bare act after the question marks.
        found = _QUESTION_AFTER_SITUATION.search(text) or re.search(
            r"[?!]+\s+(?=(?:accept|follow|add|connect|ignore|skip|friend)\b)", text
        )
        clause = _QUESTION_AFTER_CLAUSE.match(text)
        if clause and not found:
            before, asked = clause.group("situation"), text[clause.end() :]
        elif found:
            before, asked = text[: found.start()].strip(), re.sub(r"^(?:so|but|and|then) ", "", text[found.end() :])
        else:
            # "Her tweets are mostly politics. Follow anyway?", "... political rants - follow or not?": a statement,
            # then the question in few words.
            statement, stop, rest = text.rpartition(". ")
            if not stop:
                # After a comma or a dash, only a few words: "..., still follow or nah?"
                parts = re.split(r"(?:,| [-\u2013\u2014]+) ", text)
                # "Note in the invite, or just click connect?" is one question with two choices.
                # "Their twitter is all industry stuff, good idea to follow her before we meet?": a longer one when it
                # opens as a question does.
                limit = 12 if _SHORT_ASK.match(parts[-1]) else 6
                fits = len(parts) > 1 and len(parts[-1].split()) <= limit and not parts[-1].startswith("or ")
                rest = parts[-1] if fits else ""
                statement, stop = text[: len(text) - len(rest)].rstrip(" ,-\u2013\u2014"), "," if rest else ""
            if stop and find_actions(rest):
                before, asked = statement.strip(), rest
    # "Should I follow her? Her feed is all industry stuff": what follows the question mark is the situation too.
    question, mark, after = asked.partition("? ")
    if mark and _YES_NO_START.match(question):
        return " ".join(part for part in (before, after.strip(" ?!.")) if part), question
    return before, asked


# "Do recruiters mind if ...", "do hiring managers get annoyed when ...": how the person takes the act.
_REACTION = re.compile(
    _ASKED_OF_THEM + r"(?:mind|(?<!look )(?<!looks )(?<!sound )(?<!seem )like|appreciate|welcome|hate|dislike|care"
    r"|get (?:annoyed|irritated|bothered|offended|put off)|feel (?:\w+ )?(?:about|uncomfortable|awkward)"
    r"|find it (?:\w+ )?(?:awkward|weird|annoying|creepy|odd|strange|off-?putting|uncomfortable))\b"
    # "Does it bother recruiters when candidates ...?", "are hiring managers happy to get requests?"
    r"|^(?:does|would|will|do) it (?:really |actually |even )?(?:bother|annoy)\b"
    r"|^(?:are|is) (?:\w+ ){1,3}(?:happy|pleased|glad|annoyed|bothered|irritated|put off) (?:to get|to receive|by|when"
    r"|if)\b|^(?:are|is) (?:\w+ ){1,3}into it (?:when|if)\b"
    # "Is it a problem for recruiters when ...", "is it something interviewers like?"
    r"|^is it (?:an issue|a problem|an? (?:big )?deal) for (?:\w+ ){1,3}(?:if|when)\b"
    r"|^is (?:it|that|this) something (?:\w+ ){1,3}(?:like|mind|appreciate|hate|dislike)\b"
    # "Would a recruiter be bothered if I sent them a request?"
    r"|^(?:would|will) (?:\w+ ){1,3}be (?:bothered|annoyed|irritated|offended|put off|happy|pleased|glad) "
    r"(?:if|when|by)\b"
    r"|^(?:do|does) (?:\w+ ){1,3}enjoy\b"
)
# "Let the hiring manager be the one to connect": leaving the act to them.
_LEFT_TO_THEM = re.compile(
    r"\b(?:let|leave it to|wait for) (?:the|my|your|them|him|her)\b[^?]{0,30}\bbe the (?:one|first)\b"
)
# "Do interviewers usually accept requests from candidates?", "will they even accept it?"
_THEY_ACCEPT = re.compile(
    r"\b(?:will|would|do|does|did|are|is)(?: not|n't)?"
    r" (?:they|he|she|(?:the|your) interviewer|interviewers|(?:the |your )?hiring managers?"
    r"|(?:the |your )?recruiters?|(?:the )?employers?)(?: \w+)? (?:even |usually |actually |generally |normally |ever "
    r"|going to |gonna )?accept(?:s|ing)?\b(?! (?:the|an|my|your) (?:job|offer|position))"
)
# Someone the job seeker does not know ("a hiring manager I don't know", "cold"): an employer approached cold,
# not the interviewer of a process they are in.
_STRANGER = re.compile(
    r"\b(?:you|i) (?:don't|do not|didn't|did not) know\b|\bcold\b|\bstrangers?\b|\bnever met\b"
    r"|\b(?:at|from) (?:my|your|the|a) (?:target|dream|favou?rite) (?:companies|company|employers?)\b"
)


def _person(text: str) -> str:
    """The person a question is about; the interviewer when it speaks of an interview or a thank-you."""
    people = find_people(text)
    if "direct-report" in people:
        # "New manager here - should I add my team?": the manager is the one asking.
        return "direct-report"
    person = people[0] if people else "any"
    if person in ("hiring-manager", "recruiter") and _STRANGER.search(text) and not re.search(r"\binterview", text):
        return "employer"
    if person == "any" and (re.search(r"\binterview", text) or mentions_thank_you(text)):
        # Following up after an interview, getting in touch before one, or thanking: it is about the interviewer.
        return "interviewer"
    return person


def manner_states(text: str) -> dict[str, bool]:
    """How a question says the act is done ("with a short note", "and just ask for a job"), as condition states."""
    return {state: holds for state, holds in find_condition_states(text).items() if STATE_ASPECTS[state] == "manner"}


# The predicate of a yes/no question: what comes after "is it rude to", "should you", "do you need to".
_PREDICATE = re.compile(
    r"\b(?:(?:is|was|would|will) it(?: be)? (?:\w+ ){0,2}?(?:to|if you)|(?:should|shall|can|could|may|might|must)"
    r" you|do you (?:need|have) to|is it (?:\w+ )?(?:to|if))\s+(?P<predicate>.+)$"
)


# "Follow up through social media", "reach out on LinkedIn": the way in on a social network is a connection request.
_FOLLOW_UP_THROUGH_PLATFORM = re.compile(
    r"\b(?:follow(?:ed|ing|s)?[- ]?up|reach(?:ing|ed)? out|(?:keep|stay|get)(?:ing)? in touch|contact(?:ing|ed)?)\b"
    r".*\b(?:through|on|via"
    r"|over|"
    r"using|with|by)\s+(?:social media|social networks?|linkedin|facebook|twitter|instagram)\b"
)
_MESSAGE_WORDS = re.compile(r"\b(?:message|messages|messaging|note|e-?mail|dm|inmail|letter|card)\b")
# "Put my thank-you in a LinkedIn request": the act is sending the request, which carries the thanks.
_THANKS_IN_REQUEST = re.compile(
    r"\bthank[- ]?you\b.{0,40}?\b(?:in|inside|within|into|with|as part of) (?:a|the|my|your) (?:[\w-]+ ){0,4}?"
    r"(?:request|invite|invitation)\b|\b(?:request|invite|invitation) (?:[\w-]+ ){0,3}?"
    r"(?:with|\+|that includes|including|as) (?:(?:a|my|your) )?thank[- ]?you\b"
    r"|\b(?:request|invite|invitation) to thank\b|\bthank[- ]?you as (?:a|an) (?:[\w-]+ ){0,3}?(?:request|invite"
    r"|invitation)\b"
    r"|\bthank\w*(?: (?:my|the|your) interviewer| them| him| her)? (?:via|through|in|with) (?:the|a) (?:note|message"
    r"|msg) "
    r"(?:on|of|in) (?:a|the|my|your) (?:linkedin |li )?(?:connection )?(?:request|invite|invitation)\b"
    r"|\b(?:request|invite|invitation) (?:msg|message|note) to say thanks\b"
    r"|\bthanks (?:to (?:the |my |your )?\w+ )?in the (?:message|note|msg) (?:on|of) the (?:linkedin |li )?"
    r"(?:invite|invitation|request)\b"
    r"|\bthank(?:ing)? (?:them|him|her|(?:your|my|the) [\w-]+) (?:with|through|via|in) (?:a|an|the) (?:[\w-]+ ){0,2}"
    r"(?:request|invite|invitation)\b"
    # "Send a LinkedIn request as my post-interview thank-you", "make the invite my thank-you", "count it as one".
    r"|\b(?:request|invite|invitation) (?:as|my|your) (?:a |an |the |my |your )?(?:[\w-]+ ){0,2}?thank[- ]?(?:you|u)\b"
)
_ADD_NOTE = re.compile(
    r"(?<!if you )(?<!if i )(?<!when you )(?<!as long as you )"
    r"\b(?:add|include|attach|write|put)\w* (?:them |him |her )?(?:a |an )?(?:short |brief |personal |personali[sz]ed "
    r"|custom "
    r"|customi[sz]ed "
    r"|quick )*(?:note|message|msg)\b"
    # "Personal note or just hit connect?", "is a note required?", "personalize the invite", "write something in it".
    r"|\b(?:note|message|msg)\b[^?.]{0,40}\bor (?:just |simply )?(?:(?:hit|click|press)\w* connect|(?:leave it )?blank"
    r"|nothing|skip it|send it (?:plain|blank|as is))\b"
    r"|\b(?:note|message|msg) (?:is |are )?(?:really |actually )?(?:required|necessary|needed|mandatory|a must)\b"
    r"|\b(?:note|message|msg)\b[^?.]{0,60}\b(?:make|makes) (?:a|any) difference\b"
    r"|\bneed (?:a|to add a|to include a|to write a) (?:\w+ )?(?:note|message|msg)\b"
    r"|\bpersonali[sz]e (?:it|them)\b"
    r"|\b(?:writing|adding|including) (?:a |an )?(?:\w+ )?(?:note|message|msg) (?:is |really |actually )*"
    r"(?:required|necessary|needed|mandatory|a must)\b"
    r"|\bpersonali[sz]e (?:the|my|your|a|this) (?:[\w-]+ ){0,2}(?:request|invite|invitation)\b"
    r"|\bwrite (?:something|anything) in (?:the|my|your|a) (?:[\w-]+ )?(?:request|invite|invitation)\b"
    # "Note or no note?", "should my request have a personalised note?"
    r"|\bnote or no note\b|\bwrite something\b[^?.]{0,20}\bor leave it blank\b"
    r"|\b(?:request|invite|invitation|req)\b[^?.]{0,40}\b(?:have|include|contain|come with) "
    r"(?:a |an )?(?:[\w-]+ )?(?:note|message|msg)\b"
)
# "Over LinkedIn messages", "via email": what follows names the channel of another act.
# ("The offer comes through before adding them" is not a channel.)
_CHANNEL_BEFORE = re.compile(
    r"\b(?:(?<!is )(?<!was )(?<!are )over|via|(?<!come )(?<!comes )through|by|using)\s+(?:[\w-]+\s+){0,2}$"
)
# Where a question states the situation it asks about: "an interviewer whose account is private".
_STATED_SITUATION = re.compile(
    r"\b(?:whose|who|with (?:an?|no)|without|if|when|that (?:has|is|are)|even though|even tho|although|given(?: that)?"
    r"|since|as long as|so long as|provided(?: that)?)\b|\("
)


# Asking how an act looks to others ("weird", "rude", "presumptuous") rather than whether it is wise ("a bad idea",
# "hurt my chances"): advice on the best time to do it does not answer it; a verdict on the act does.
_SOCIAL_JUDGMENT = re.compile(
    r"\b(?:weird|strange|odd|rude|unprofessional|creepy|inappropriate|faux pas|pushy|presumptuous|awkward|tacky"
    r"|desperate|misstep|gaffe|"
    r"stalk\w*|intrusive|impolite|disrespectful|improper|off-?putting|frowned upon|a no-no|taboo|"
    r"bad (?:etiquette|form|manners)|poor form|etiquette)\b"
)


# Asking whether an act pays off ("give me an edge", "improve my chances") rather than whether it is done.
_ADVANTAGE = re.compile(
    r"\b(?:an? (?:competitive |real |big )?(?:edge|advantage|leg up|boost)|(?:any |a |real )?(?:actual )?benefits?"
    r"|(?:does|do|would|will|can|could) (?:it|that|this|they)(?: (?:actually|really|even))? help"
    r"|(?:actually|really) (?:does )?helps?|does help|helps?\s*$"
    r"|(?:improve|help|increase|boost|raise)\w* (?:your |the )?(?:chances|odds|"
    r"candidacy|prospects)|stand out|get (?:you )?noticed|work in (?:your|my) favou?r|pay off|"
    r"seem (?:more )?familiar|get on (?:their|his|her) radar|(?:remember|recogni[sz]e) (?:you|me|your name|my name)\b|"
    r"(?:feels?|seems?) familiar|"
    r"make (?:you|me) (?:seem |look )?(?:more )?familiar|set (?:you|me|yourself|myself) apart|"
    r"(?:better|higher) (?:odds|chances)|(?:chances|odds)\b(?: \w+){0,5} go up|do anything for (?:you|me)|"
    r"put (?:you|me) ahead|more likely to (?:get|be) hired|(?:increase|improve)\w* (?:your|my) chance\b|"
    r"(?:does|would|will) (?:that|it|this) (?:actually |really )?work"
    # "Will it make them like me more?", "remember me better", "do hiring managers notice when ...".
    r"|make (?:them|him|her) (?:like|favou?r|remember)|(?:like|remember) (?:you|me) (?:more|better)"
    r"|favou?r (?:you|me)\b|notice (?:when|if) (?:a |an |the |you|i)"
    # "Will it actually help me?", not "can you help me write a note".
    r"|help (?:you|me)(?! (?:write|word|draft|decide|choose|with|find|figure|make|understand|prepare)))\b"
)


# Asking whether the person will see that one looked at their profile, not whether to look.
_BEING_SEEN = re.compile(
    r"\b(?:see|sees|seen|seeing|saw|shows?|showed|know|knows|notice\w*|notif\w*|tells?)\b.{0,40}\b(?:viewed|looked"
    r"|visited|checked|view)\b"
    # "I checked out their profile and they can see it."
    r"|\b(?:viewed|looked|visited|checked)\b.{0,60}\b(?:can|could|will|would) see\b"
)


def is_about_being_seen(claim_text: str) -> bool:
    """Whether a claim is about being seen viewing a profile ("will they know I looked") rather than viewing it."""
    return _BEING_SEEN.search(normalize(claim_text)) is not None


# "..., should I?", "... should I do it?": a fragment that asks whether to do it.
_SHOULD_I_TAIL = re.compile(r"\bshould (?:i|you)(?: do it| go for it)?\s*[?!.]*$")
# "Bad idea?", "too early?", "better to hold off?": whether it is wise, asked the negative way; a wait is "premature".
_UNWISE = re.compile(
    r"\b(?:a )?bad idea\b|\btoo (?:early|soon)\b|\bpremature\b|(?P<wait>\bhold (?:off|back)\b|\bwait\b)"
)
# "li request before the interview even happens - good idea?": whether it is wise, not only whether it is allowed.
_GOOD_IDEA_TAIL = re.compile(r"\b(?:a )?(?:good|smart|wise) (?:idea|move)\W*$")
_OBLIGATION_ASKED = re.compile(
    r"\b(?:have|has|need|needs) to\b|\bmust\b|\b(?:required|obliged|expected) to\b"
    # "Is deleting every personal photo required while I'm job hunting?"
    r"|^(?:is|are) \S+ing\b[^?]*\b(?:required|mandatory|necessary)\b"
)
# "Not connecting at all", "stay off it completely": refraining everywhere, not at one moment.
_AT_ALL = re.compile(
    r"\b(?:at all|completely|entirely|altogether|totally|on any (?:social media|platform|site|network)s?"
    r"|never (?:connect|add|follow|friend)\w*)\b"
)
_PURPOSE_BEFORE = re.compile(
    r"\b(?:(?:so (?:that )?|in order to |to make )(?:they|he|she|them|him|her|you|it)?\b|anyway to |just to )[^.]*$"
)


def is_about_advantage(claim_text: str) -> bool:
    """Whether a claim asks if an act pays off ("does connecting improve my chances") rather than if it is done;
    "should I comment so that they remember me" asks whether to do it, the gain being only its purpose."""
    text = normalize(claim_text)
    return any(not _PURPOSE_BEFORE.search(text[: found.start()]) for found in _ADVANTAGE.finditer(text))


_NOTICED = re.compile(r"\bnotice (?:when|if)\b")


def asks_only_if_noticed(claim_text: str) -> bool:
    """Whether a claim asks only if they notice the act ("do interviewers notice when candidates follow them"), not
    whether it helps."""
    text = normalize(claim_text)
    return _NOTICED.search(text) is not None and not is_about_advantage(_NOTICED.sub(" ", text))


def is_everywhere(claim_text: str) -> bool:
    """Whether a claim is about not doing it anywhere, ever ("never connect on any social media", "at all")."""
    return _AT_ALL.search(normalize(claim_text)) is not None


def is_social_judgment(claim_text: str) -> bool:
    """Whether a claim is about how an act looks to others ("it is weird to ...") rather than whether it is wise."""
    return _SOCIAL_JUDGMENT.search(normalize(claim_text)) is not None


# "A hiring manager's public Twitter account": who can see it, said of the person's account itself.
_ACCOUNT_ACCESS = re.compile(
    r"(?:'s|s|\btheir|\bhis|\bher) (?:public|private|locked|protected) (?:\w+ )?(?:account|acct|profile|twitter"
    r"|instagram"
    r"|feed)\b"
    # "Private twitter interviewer follow request?": a fragment that opens with it.
    r"|^(?:public|private|locked|protected) (?:twitter|instagram|insta|account|acct|profile)\b"
)


def claim_states(claim_text: str) -> dict[str, bool]:
    """The states a claim takes as given ("to follow an interviewer whose account is private": public is
    False), read from the clause that states the situation; empty when it states none."""
    text = normalize(claim_text)
    situation = _STATED_SITUATION.search(text)
    states = find_condition_states(text[situation.start() :]) if situation else {}
    account = _ACCOUNT_ACCESS.search(text)
    return {**find_condition_states(account.group(0)), **states} if account else states


# "Before I add them", "when I connect", "while reaching out": the act named as the occasion of another.
_OCCASION_BEFORE = re.compile(r"\b(?:before|when|while|once|if|as|after|b4)\b(?: [\w']+){0,3} $")


def _main_action(text: str) -> str:
    """The action the question is about (see `_named_action`); one's own profile when the act that would lead the
    reader to it is only the occasion ("clean it up before I add them?", "if I connect while my profile is out of
    date")."""
    action = _named_action(text)
    contact = ("connect", "message", "friend", "follow")
    if action not in contact:
        return action
    spans = find_action_spans(text)
    own_profile = [name for name, _, _ in spans if name.lstrip("!") == "clean-up-profile"]
    occasion = next((start for name, start, _ in spans if name in contact), None)
    if own_profile and occasion is not None and _OCCASION_BEFORE.search(text[max(0, occasion - 40) : occasion]):
        return own_profile[0]
    return action


def _named_action(text: str) -> str:
    """The action the question names (with a leading "!" when the question names its opposite, "keep party
    photos up"): the first one its predicate names, else the first it names, or "other". A thank-you note is a
    message however it is sent, unless it rides in a connection request; following up through a social
    network, with no message named, is getting connected there."""
    if _THANKS_IN_REQUEST.search(text):
        return "connect"
    if _ON_THE_RESUME.search(text):
        # "Does a photo on my resume help?", "should my LinkedIn URL go on my CV?": what goes on the paper
        # application, which no advice on social profiles covers (readers agree).
        return "other"
    if _SEEN_BY_THEM.search(text):
        # "Will they end up looking at my profile?": whether one's profile will be seen, which is why it must be fit
        # to be seen; the advice that says so is advice on keeping it so.
        return "clean-up-profile"
    if points_to_linkedin(text):
        # "Should I tell them to connect on LinkedIn instead?": the connection named is where to send them.
        return "separate-platforms"
    if _ADD_NOTE.search(text):
        # "Add a personal message or just hit connect?": the note is what is asked about.
        return "message"
    if "unaccepted-request" in find_actions(text):
        # "Sent them a request and they never accepted - is that a sign?": what the silence means.
        return "unaccepted-request"
    turning_down = re.search(
        r"\b(?:ignored?|ignoring|declined?|declining|turn(?:ing)? down|leave it|let it sit|sitting there"
        r"|not respond\w*)\b",
        text,
    )
    if turning_down and re.search(r"\b(?:requests?|req)\b", text):
        # "Got a friend request from a recruiter and I'd rather ignore it": what to do with the request received.
        return "ignore-request"
    photos_named = re.search(r"\b(?:pics|photos?|pictures?)\b", text) is not None
    if _PHOTOS_COMING_DOWN.search(text) or (photos_named and _PHOTOS_TAKEN_DOWN.search(text)):
        # "Do those party pics need to come down?": taking them down, not keeping them.
        return "clean-up-profile"
    if _PRIVATE_VIEWING.search(text):
        # "Check out their profile without logging out?": whether to be seen is the question, not whether to look.
        return "view-privately"
    if re.search(r"\bthank[- ]?you\b", text):
        return "message"
    if _FOLLOW_UP_THROUGH_PLATFORM.search(text) and not _MESSAGE_WORDS.search(text):
        return "connect"
    predicate = _PREDICATE.search(text)
    if predicate:
        said = predicate.group("predicate")
        if re.match(r"(?:just |simply )?(?:not |never )?accept(?:ing)?\b", said) and not _JOB_OFFER.search(said):
            return "accept-request"
        for action, start, _ in find_action_spans(said):
            if action.startswith("?"):
                continue
            if start > 0 and _CHANNEL_BEFORE.search(said[:start]):
                # "Negotiate my salary over LinkedIn messages": the message is the channel, not the act asked about.
                return "other"
            return action
    for action in find_actions(text):
        if action.startswith("?"):
            continue
        return action
    if re.search(r"\badd(?:ing)?\b", text) and find_people(text):
        return "connect"
    if re.search(r"\bsend\b.*\b(?:request|invite|invitation|connection)\b", text):
        return "connect"
    keeping_off = re.search(rf"\b{_REFRAINING}\b|\bavoid\b|\binteract\w* with\b", text)
    if keeping_off and find_people(text) and find_platforms(text):
        # "Stay away from interviewers on social media until it's over": keeping off them there is not connecting.
        return "connect"
    return "other"


def _claim_text(
    corrected: str, swapped: str, action: str, platform: str, person: str, moment: str, negative: bool
) -> str:
    """A readable statement of the claim: the question turned around, or built from its parts."""
    if _YES_NO_START.match(corrected) or re.match(r"(?:it'?s|it is)\b", corrected):
        statement = _declarative(swapped)
        if statement:
            return _finish(statement)
    # "li invite before the interview - bad etiquette?": the verdict asked about is kept, since advice on the best
    # time answers whether it is wise, not how it looks.
    judgment = _SOCIAL_JUDGMENT.search(corrected) if negative else None
    # ("Did I look like a stalker?" judges it as stalkerish.)
    verdict = re.sub(r"^stalker$", "stalkerish", judgment.group(0)) if judgment else ""
    unwise = _UNWISE.search(corrected) if negative and not judgment else None
    if unwise:
        # "bad idea to add them before we've met?" asks whether it is wise, which advice on the best time answers;
        # "bad move?", "would it hurt my chances?" ask what it costs, which it does not.
        verdict = "premature" if unwise.group("wait") else re.sub(r"^bad idea$", "a bad idea", unwise.group(0))
    ending = f" is {verdict}" if verdict else " is a mistake" if negative else " is acceptable"
    if not negative and _OBLIGATION_ASKED.search(corrected):
        # "Job hunting - need to delete every personal pic?": whether one must, not whether one may.
        ending = " is required"
    if not negative and is_about_advantage(corrected):
        # "Would following them help me stand out?": whether it pays off, which the claim must keep saying.
        ending = " gives you an advantage"
    elif not negative and _SHOULD_I_TAIL.search(corrected):
        # "li request to my interviewer - should i?": whether it is the thing to do, not only whether it is allowed.
        ending = " is what you should do"
    elif not negative and _GOOD_IDEA_TAIL.search(corrected):
        ending = " is a good idea"
    # "Skip connecting with interviewers online altogether?": the claim keeps that it is everywhere.
    everywhere = " at all" if _AT_ALL.search(corrected) else ""
    phrase = _from_parts(action, platform, person, moment)
    if negative and _REFRAIN.search(corrected):
        # "Ok to not accept a fb request from a recruiter?": whether not doing it is all right.
        return _finish(f"Not {phrase[0].lower()}{phrase[1:]}{everywhere} is acceptable")
    return _finish(phrase + everywhere + ending)


def _declarative(swapped: str) -> str:
    """ "should you send ..." becomes "you should send ..."; "is it rude to ..." becomes "it is rude to ..."."""
    patterns = (
        (r"^(should|shall|can|could|may|might|must|would|will) you (.+)$", r"you \1 \2"),
        # "Should job seekers accept every invite?" becomes "job seekers should accept every invite".
        (
            r"^(should|shall|can|could|may|might|must|would|will) (job ?seekers|job hunters|candidates|applicants"
            r"|people (?:who|that) are (?:job hunting|job searching|looking for (?:a )?(?:job|jobs|work))) (.+)$",
            r"\2 \1 \3",
        ),
        (r"^(is|was) it (.+)$", r"it \1 \2"),
        (r"^would it be (.+)$", r"it would be \1"),
        (r"^will it (.+)$", r"it will \1"),
        (r"^(do|does|did) (.+?) (mind|care|like|expect|want|hate|see|notice) (.+)$", r"\2 \3 \4"),
        # "Will the hiring manager think I'm creepy if ..." becomes "the hiring manager will think you're creepy ...".
        (
            r"^(will|would|could|might) ((?:the|an?|your|my) [\w-]+(?: [\w-]+)?|they|he|she|recruiters|interviewers"
            r"|employers|hiring managers|people) (think|mind|care|notice|see|know|judge|like|expect|find|consider)"
            r"\b(.*)$",
            r"\2 \1 \3\4",
        ),
        # "Would following them give you an edge?" becomes "following them would give you an edge".
        (
            r"^(would|will|could|can|does|do|might) ((?:\S+ing|(?:an?|the|your|my) .+?)(?: .+?)?) "
            r"(give|improve|help|hurt|get|make|"
            r"boost|increase|count|look|seem|come|backfire|damage)\b(.*)$",
            r"\2 \1 \3\4",
        ),
        # "Does it actually help to follow them?" becomes "it actually helps to follow them".
        (
            r"^does it ((?:actually |really |even )?)(help|hurt|matter|work|make|bother|annoy)\b(.*?)"
            r"(?: or (?:nah|not))?$",
            r"it \1\2s\3",
        ),
        (r"^(do|does) (.+)$", r"\2"),
        (
            r"^(is|are) (.+?) (okay|fine|acceptable|appropriate|alright|rude|unprofessional|weird|creepy|a mistake|"
            r"allowed|normal|a good idea|a bad idea)(.*)$",
            r"\2 \1 \3\4",
        ),
        # "Are hiring managers actually happy to get invites?" becomes "hiring managers are actually happy to get ...".
        (
            r"^(are|is) ((?:\w+ ){1,3}?)((?:actually |really |usually |generally )?(?:happy|pleased|glad|annoyed"
            r"|bothered|irritated|put off|into it)\b.*)$",
            r"\2\1 \3",
        ),
        (r"^are you (.+)$", r"you are \1"),
        (r"^(it'?s|it is) (.+)$", r"\1 \2"),
    )
    for pattern, replacement in patterns:
        if re.match(pattern, swapped):
            statement = re.sub(pattern, replacement, swapped)
            # "it is okay if you add ..." reads better as "it is okay to add ...", and "if you don't add" as
            # "not to add".
            statement = re.sub(
                r"\b(it (?:is|would be) \w+) if you (just |simply )?(?:don't|do not|dont|didn't|did not|didnt) ",
                r"\1 \2not to ",
                statement,
            )
            # ("It would be creepy if you went through ..." keeps its past tense.)
            return re.sub(
                r"\b(it (?:is|would be) \w+) if you\b(?! (?:went|sent|saw|did|made|\w+ed)\b)", r"\1 to", statement
            )
    return ""


def _from_parts(action: str, platform: str, person: str, moment: str) -> str:
    """ "fb friend request interviewer" becomes "Sending a Facebook friend request to an interviewer", to which
    the verdict asked about is added."""
    who = _PERSON_PHRASES.get(person, "")
    where = (
        " by email"
        if platform == "email"
        else f" on {_platform_name(platform)}"
        if platform not in ("any", "offline")
        else ""
    )
    named = _PROPER.get(platform, "")
    phrases = {
        "connect": (
            f"Sending a {named} connection request to {who or 'someone'}"
            if named
            else f"Connecting with {who or 'someone'}{where}"
        ),
        "friend": f"Sending a Facebook friend request to {who or 'someone'}",
        "follow": f"Following {who or 'someone'}{where}",
        "follow-back": f"Following {who or 'someone'} back{where}",
        "message": f"Messaging {who or 'someone'}{where}",
        "comment": f"Commenting on the posts of {who or 'someone'}{where}",
        "research": f"Researching {who or 'the people you will meet'}{where}",
        "view-profile": f"Viewing the profile of {who or 'someone'}{where}",
        "clean-up-profile": f"Cleaning up your own profile{where}",
        "separate-accounts": "Keeping separate personal and professional accounts",
        "separate-platforms": "Keeping one platform for friends and another for work",
        "accept-request": f"Accepting a request from {who or 'a professional contact'}{where}",
        "view-privately": f"Viewing the profile of {who or 'someone'} without being seen{where}",
        "ignore-request": f"Ignoring a request from {who or 'a professional contact'}{where}",
        "ask-permission": f"Asking {who or 'someone'} before sending a request{where}",
        "unaccepted-request": f"A request {who or 'someone'} has not accepted{where} being a bad sign",
    }
    phrase = phrases.get(action, "Doing this")
    return phrase.replace("  ", " ") + _MOMENT_PHRASES.get(moment, "")


def _finish(statement: str) -> str:
    """Capitalised, with proper names and a full stop."""
    words = [_PROPER.get(word, "I" if word == "i" else word) for word in statement.split()]
    text = " ".join(words).strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."
