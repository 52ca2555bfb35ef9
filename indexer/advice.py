"""Reads advice out of an article: who should (not) do what, where, when, on what terms, and who says so.

There is no model that judges stance offline (see shared/models.md), so this is an explicit reading of the
structured language that advice is written in: imperatives and prohibitions, modals, evaluations ("it's fine
to", "presumptuous"), negation scope over them, conditions, contrast, reported views and anaphora. Each
sentence is read in clauses; a clause that takes a position on an action becomes one record per
(action, platform, person, moment) it names, so that the stance engine can match records to a claim by parts.

The lexicons are about the language of job-search advice in general, not about any one article. Machine-
reworded copies of articles ("join on Fb", "hook up", "comply with an individual") are common in scraped
corpora, so the lexicons carry the usual rewordings of the key verbs too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise, product

from indexer.types import AdviceRecord, Article, Direction, Sentence

# ---------------------------------------------------------------------------------------------------------
# Normalisation. Length-preserving, so that a match in the normalised text is a match in the original.
# ---------------------------------------------------------------------------------------------------------
_CHAR_MAP = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "—": "-",
        "–": "-",
        "\u00a0": " ",
        "…": ".",
        "`": "'",
    }
)


def normalize(text: str) -> str:
    """Lower case with plain quotes and dashes, character for character the same length as `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    return lowered.translate(_CHAR_MAP)


# ---------------------------------------------------------------------------------------------------------
# Parts: platforms, actions, people, moments.
# ---------------------------------------------------------------------------------------------------------
_PLATFORM_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Hit connect" is LinkedIn's button.
    (
        "linkedin",
        re.compile(r"\b(?:linked ?in|linkdin|linkedn|linkdn|linkd ?in|linkedln|lnkd|li)\b|\bhit(?:s|ting)? connect\b"),
    ),
    ("facebook", re.compile(r"\b(?:face ?book|fb|facebok|facbook|faceboook|fbook)\b")),
    ("twitter", re.compile(r"\b(?:twitter|twiter|twittter|tweets?|tweeting|tweeted|retweet\w*|x/twitter)\b")),
    ("instagram", re.compile(r"\b(?:instagram|insta)\b")),
    (
        "social-media",
        re.compile(
            r"\b(?:social[ -]?media|social networks?|social networking(?: sites?)?|networking sites?|online"
            r"|on-line|on the internet|tiktok|snapchat|social sites?|social platforms?|socials|on social)\b"
        ),
    ),
    (
        "offline",
        re.compile(
            r"\b(?:paper|hand-?written|snail mail|by (?:post|mail|phone)|in the mail|hallmark|greeting cards?|"
            r"thank[- ]you cards?|phone calls?|in person|face to face|face-to-face)\b"
        ),
    ),
)
# How far before a platform's name a contrast ("far more than just having your Hallmark card") is looked for.
_CONTRAST_REACH = 40
# A platform named only to be set against another ("Contrary to Fb, a LinkedIn request...") is not the topic.
_CONTRASTIVE_MENTION = re.compile(
    r"\b(?:contrary to|unlike|compared (?:to|with)|rather than|instead of|as opposed to|other than"
    r"|than(?: [\w']+){0,3})\s+$"
)

# How a request or note is worded: "a generic invitation", "a personalized request".
_BARE_MANNER_WORDS = r"generic|blank|impersonal|unpersonali[sz]ed|canned|templated?|boilerplate|default|mass|bare|empty"
_MANNER_WORDS = rf"(?:{_BARE_MANNER_WORDS}|personal|personali[sz]ed|customi[sz]ed|tailored|short|brief|thoughtful)"

# Logging out to look at a profile unseen, or staying logged in: the words the advice and the questions use.
LOGGING_OUT = r"\b(?:log|sign)(?:s|ged|ging|ed|ing)? (?:out|off)\b"
STAYING_LOGGED_IN = r"\bstay(?:s|ed|ing)? (?:logged|signed) in(?:to)?\b"
# "Should the bar pics come off?", "do those party pics need to come down?": taking them down.
PHOTOS_COMING_DOWN = r"\b(?:pics|photos?|pictures?) (?:\w+ ){0,3}(?:come|go|be taken) (?:off|down)\b"
# "Can I tell them to add me on LinkedIn instead?": pointing a contact to the work network.
_POINTING_TO_LINKEDIN = (
    r"\b(?:tell|ask|suggest|point|redirect)\w* (?:them|him|her|(?:the|my|your|a|an) [\w-]+(?: (?!if\b"
    r"|whether\b|for\b)[\w-]+)?)"
    r"(?: (?!if\b|whether\b|for\b)[\w']+){0,2} (?:to )?(?:(?:add|connect with|find|follow|contact|reach) (?:me|you)"
    r"|connect) on linked ?in\b"
    # "Point them to my LinkedIn instead".
    r"|\b(?:point|redirect|send|steer)\w* (?:them|him|her) (?:to|toward|towards) (?:my |your )?linked ?in\b"
    # "Redirect a work person who friended me to LinkedIn", "say 'let's connect on LinkedIn instead'".
    r"|\bredirect\w* (?:[\w']+ ){0,8}to (?:my |your )?linked ?in\b|\blet(?:'s|s)? connect on linked ?in instead\b"
    r"|\bsuggest (?:they|he|she) (?:add|connect with|find|contact) (?:me|you) on linked ?in\b"
    # "Should I suggest LinkedIn instead?", "offer to connect on LinkedIn instead".
    r"|\b(?:suggest|offer|propose)\w*(?: to connect on)? linked ?in (?:instead|as an alternative)\b"
    # "Answer their request by saying we should connect on LinkedIn instead".
    r"|\bsay(?:ing)? (?:that )?(?:we|you|they) should (?:connect|link up) on linked ?in\b"
)
# Each action: patterns that name it. A pattern's group "neg" marks a negation that belongs to the action
# itself ("don't accept a request" is ignoring it), so it is not read as a prohibition.
_ACTION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("follow-back", r"\bfollow(?:ing|ed)? (?:\w+ ){0,2}back\b"),
    (
        "ask-permission",
        # ("Skip asking permission and just hit connect" is the request made without it.)
        r"(?<!skip )(?<!skipping )"
        r"\bask(?:ing)?,? (?:(?:them|him|her|the \S+(?: \S+)?|your \S+(?: \S+)?|my \S+(?: \S+)?) )?(?:first|for "
        r"(?:their |his |her )?permission|permission|"
        r"before|(?:if|whether) (?:they|he|she)(?:'d| would| mind| are| 're| is)\b)",
    ),
    (
        "ask-permission",
        r"\bjust ask\b|\bask,\s*\"|\bwould it be (?:alright|all right|ok|okay) (?:with you )?if i sent\b"
        # "Ask the hiring manager, at the end of the interview, if I can add them."
        r"|\bask(?:ing|ed)?\b(?: [\w',]+){0,12}? (?:if|whether) (?:you|i) (?:can|could|may|might)\b"
        # "Ask the interviewer if it's okay before I send the invite", "check with them that they're fine with it".
        r"|\b(?:ask|check)(?:ing)?(?: with)?\b(?: [\w',]+){0,12}? (?:if|whether|that) (?:it's|its|it is|it'd be|that's"
        r"|they're|they are|he's|she's|he is|she is) (?:ok|okay|alright|all right|fine|cool)\b"
        # "Check with the interviewer if connecting on LinkedIn is ok", "ask interviewer if ok to connect".
        r"|\b(?:ask|check)(?:ing)?(?: with)?\b(?: [\w',]+){0,4}? (?:if|whether) (?:(?:connecting|adding|following)"
        r"(?: [\w',]+){0,4}? (?:is|would be) |(?:it's |its |it is )?)(?:ok|okay|alright|all right|fine|cool)\b"
        # "Get the interviewer's ok first", "check if my interviewer minds an invite".
        r"|\b(?:get|need|have) (?:the|your|my|their) (?:[\w-]+ )?[\w-]+(?:'s)? (?:ok|okay|permission|go-ahead"
        r"|blessing)\b"
        r"|\bhave to ask (?:(?:my|your|the) interviewer )?at the end of the interview\b"
        r"|\b(?:get|need|have) (?:the |their |an )?(?:ok|okay|go-ahead|permission) from\b"
        # "Check with the interviewer in person first before sending it".
        r"|\bcheck with (?:the|your|my) (?:interviewer|recruiter|hiring manager) (?:in person |face to face )?first\b"
        r"|\b(?:ask|check with)(?:ing)? (?:them|him|her|(?:the |your |my |their )?(?:interviewer|recruiter"
        r"|hiring manager))"
        r" (?:first |beforehand )?before\b|\bask(?:ing)? (?:their|his|her) permission\b|\bhave to ask (?:them|him"
        r"|her)\s*$"
        r"|\bcheck(?:ing)? (?:if|whether) (?:they|he|she|(?:the|your|my) [\w-]+) (?:would )?minds?\b"
        r"|\bcheck(?:ing)? with (?:them|him|her|(?:the|your|my) [\w-]+) (?:if|whether) (?:they|he|she)(?:'d"
        r"| would)? mind\b"
        # "Ask the manager face to face if she'd mind me adding her", "ask the interviewer if they're ok with it".
        r"|\bask(?:ing)?\b(?: [\w',]+){0,8}? (?:if|whether) (?:they|he|she)(?:(?:'d| would)? mind\b"
        r"|(?:'re| are|'s| is|'d be| would be) (?:ok|okay|alright|all right|fine|comfortable)\b)"
        # "Do I go 'can I add you on LinkedIn?'", "say something like 'would you mind if I added you'".
        r"|\b(?:go|say|ask(?:ing|ed)?(?: \w+){0,5}|like)[,:]? [\"\u201c']?(?:(?:would|do) you mind if|mind if|can"
        r"|could|may) "
        r"(?:i|we|you) (?:add|added|connect|send)\b"
        # "Do I need their ok first?", "pushy to ask to connect at the end of the interview?"
        r"|\b(?:get|need|have) (?:their|his|her) (?:ok|okay|permission|go-ahead|blessing)\b"
        r"|\bask(?:ing|ed)? (?:(?:them|him|her|(?:the|your|my) [\w-]+) )?(?:to|if (?:you|i) (?:can|could)) "
        r"(?:connect|add)\b"
        # "Ask about connecting on LinkedIn on my way out."
        r"|\bask(?:ing)? (?:(?:them|him|her|(?:the|your|my) [\w-]+) )?about (?:connecting|adding|linking)\b",
    ),
    (
        "ignore-request",
        r"\b(?:ignor(?:e|ing)|declin(?:e|ing)|disregard(?:ing)?|reject(?:ing)?|turn(?:ing)? down)\b"
        r"(?: \w+){0,3} (?:it|request|requests|invite|invites|invitation|friend)\b"
        r"|\bsay(?:ing)? no to\b(?: [\w-]+){0,4} (?:request|requests|invite|invites|invitation)\b",
    ),
    (
        "ignore-request",
        r"\bfine to ignore\b|\bignore (?:it|them)\b"
        # "Rude if I just don't respond to a hiring manager's friend request?"
        r"|\b(?:not|don't|dont|do not|never) (?:respond|reply|answer)(?:ing)? to\b[^?.!]{0,50}\brequests?\b"
        # "Is it rude to leave it?", said last, of a request.
        r"|\bleav(?:e|ing) (?:it|them)$|\bleav(?:e|ing) (?:it|them) (?:and|&) (?:just )?(?:never|not|don't) accept\b"
        r"|\bleav(?:e|ing) (?:it|them|the request|(?:(?:a|the|my|your|their|his|her|[\w-]+'s?) )?(?:[\w'-]+ ){0,4}?"
        r"requests?(?: (?:from|on) (?:[\w-]+ ){0,6}?[\w-]+)?) (?:unanswered|pending|hanging|sitting(?: there)?"
        r"|unaccepted|alone)\b",
    ),
    # "When you don't accept a friend request": turning it down, whatever else the clause advises.
    (
        "ignore-request",
        r"\bwhen you (?P<neg>don't|do not) accept(?:ing)? (?:a |the |their |every )?(?:friend )?request",
    ),
    # "My interviewer never accepted my request": what that means, not whether to accept one.
    (
        "unaccepted-request",
        r"\b(?:hasn't|has not|haven't|have not|never|didn't|did not|doesn't|does not|won't|not) (?:yet )?accept(?:ed"
        r"|ing|s)? "
        r"(?:my|your|the|our) (?:(?:linkedin|connection|friend) ){0,2}(?:request|invite|invitation)s?\b"
        r"|\b(?:they|he|she) (?:never|haven't|hasn't|didn't|don't|do not|won't) accept(?:ed)?\b"
        r"|\b(?:request|invite|invitation)\b[^?!]{0,60}\b(?:still |been )?(?:pending|unanswered)\b"
        r"|\b(?:request|invite|invitation) (?:is |was |has been )?(?:still )?(?:pending|unanswered|ignored)\b"
        r"|\b(?:ignored|declined|rejected) (?:my|your|our) (?:linkedin |connection |friend )?"
        r"(?:request|invite|invitation)\b"
        r"|\b(?:request|invite|invitation)\b[^.?!]{0,30}\b(?:it's|it is) still pending\b",
    ),
    # Before "friend" and "connect": accepting someone's request is not sending one ("don't accept" is a no to it).
    (
        "accept-request",
        r"\baccept(?:s|ed|ing)? (?:a |an |the |their |his |her |your |my |every |all |any |most |these |those )?"
        r"(?:[\w'-]+ ){0,3}?"
        r"(?:requests?|invites?|invitations?)\b|\baccept(?:ing)? (?:it|them)\b|^accept(?: it"
        r"| them)?(?: or not)?\s*[?!.]*$"
        r"|\b(?:just |simply )?(?:not|don't|dont|do not) (?:to )?accept(?:ing)?(?: it| them)?(?: or (?:nah|not))?"
        r"\s*[?.!]*$"
        r"|\bsay(?:ing)? yes to (?:every|all|any|a|an|the|their|his|her) (?:[\w'-]+ ){0,3}?"
        r"(?:requests?|invites?|invitations?)\b",
    ),
    # Before "connect": pointing a work contact who asked on Facebook to LinkedIn instead keeps the platforms apart.
    (
        "separate-platforms",
        r"\b(?:i'd|you'd|i would|you would) rather connect on (?:linkedin|twitter)\b"
        r"|\bsuggest(?:ing)? (?:\w+ ){0,3}(?:connect\w*|contact\w*) (?:\w+ ){0,2}on (?:linkedin|the other site)\b",
    ),
    (
        "friend",
        r"\bfriend[- ]?request(?:s|ed|ing)?\b|\bbefriend\w*\b|\bbe(?:come|coming)? (?:facebook )?friends\b"
        # "A fb request to a recruiter": on Facebook, a request is a friend request.
        r"|\b(?:face ?book|fb) (?:requests?|reqs?)\b"
        r"|\bfacebook friends (?:with|w/?) \w"
        r"|\bfriend(?:ing)? (?:him|her|them|your|my|their|an|a|the|"
        r"someone|people|interviewers?|recruiters?|whoever|new|co-?workers?|colleagues?|hiring managers?|boss|bosses"
        r"|managers?|employees?|staff|team)\b|\bto be \"?friends\b|\bfriend on (?:face ?book|fb)\b"
        # "Being Facebook friends with coworkers", "having coworkers as friends on Facebook".
        r"|\badd (?:\w+ ){1,3}as (?:a )?friend\b|\bfriends on (?:face ?book|fb) with\b|\bfriends (?:them|him|her)\b"
        r"|\b(?:being |be )?(?:facebook )?friends with (?:your |my |their |the )?(?:co-?workers?|colleagues?|"
        r"interviewers?|recruiters?|hiring managers?|boss|manager)\b|\bas friends on (?:face ?book|fb)\b",
    ),
    (
        "connect",
        r"(?<!mutual )(?<!shared )(?<!common )\bconnect(?:s|ed|ing|ion|ions)?\b(?! to the internet| in common)"
        r"|\b(?:to|you|i) linked ?in (?:the|my|your|him|her|them|an?)\b|\b(?:linked ?in|li|linkdin) (?:request"
        r"|invite"
        r"|invitation|connection|ask for|add)s?\b|\b(?:send|sent|sending|sends) (?:out )?(?:a |the |any |your |an "
        r"|this )?(?:first |initial |"
        + _MANNER_WORDS
        + r" )?(?:connection |linkedin |linked in )?(?:requests?|invites?|"
        r"invitations?)\b|\brequests? to "
        r"(?:connect|hook up|link|join)\b|\b(?:link|linking) (?:up )?with\b|\bjoin(?:ing)? (?:online |on-line )?"
        r"(?:with|on)\b|\bhook(?:ing)? up\b|\bstay(?:ing)? (?:linked|connected|related)\b|\bremaining related\b"
        r"|\bnetwork(?:ing)? (?:with|in this way)\b|\bfor professional (?:use|networking|purposes)\b"
        r"|\bsign up for\b|\b(?:a |the |this )(?:" + _MANNER_WORDS + r" )?(?:request|invite|invitation)\b"
        # "Be the one who starts the LinkedIn connection".
        r"|\b(?:start|initiat|mak)(?:e|es|ed|ing|s)? (?:the |a )?(?:first )?(?:\w+ )?connection\b",
    ),
    (
        "connect",
        r"\badd(?:s|ed|ing)? (?:him|her|them|your|my|their|the|an|a|interviewers?|recruiters?|someone|people|everyone"
        r"|everybody|all)\b"
        # "Getting added on LinkedIn by candidates."
        r"|\b(?:getting|get|being|be) added on\b"
        r"(?! (?:\w+ )?(?:note|message|line|comment|thank))",
    ),
    # "Stay away from Facebook": keep off the platform, i.e. do not connect there.
    (
        "connect",
        r"\b(?:stay(?:ing)? away from|avoid(?:ing)?|skip(?:ping)?|steer(?:ing)? clear of|stay(?:ing)? off"
        r"|keep(?:ing)? off)"
        r" (?:face ?book|fb|linked ?in|twitter|social media)\b"
        r"|\b(?:stay(?:ing)? away from|steer(?:ing)? clear of|keep(?:ing)? away from) (?:\w+ ){1,3}on (?:face ?book|fb"
        r"|linked ?in|twitter|social media|instagram)\b",
    ),
    (
        "follow",
        r"\bfollow(?:s|ing|ed)?\b(?! ?-?up\b| back\b| (?:me|you|the rule|this rule|a rule|rules|the advice|these)\b)"
        r"|\bthe follow\b|\bcomply with (?:an individual|someone|somebody|the person|the individual|them|him|her)"
        r"|\babide by (?:the individual|the person|them|him|her|someone)|\bpursuing them\b"
        r"|\bobserve (?:an|the|your) interviewer|\bnext them\b"
        # "Hit request on their private Twitter".
        r"|\bhit (?:the )?request (?:on|to)\b",
    ),
    (
        "message",
        r"\bthank[- ]?you(?: notes?| messages?| emails?| e-mails?| letters?| cards?)?\b|\bmessag(?:e|es|ed|ing)\b"
        r"|\bping(?:ing)? (?:an? |my |your |the )?(?:ex-|old |former )?(?:co-?workers?|colleagues?|contacts?)\b"
        r"|\b(?:reach|get in touch with) (?:companies|employers|recruiters|hiring managers)\b"
        r"|\be-?mail(?:s|ed|ing)?\b|\bfollow(?:ed|ing|s)?[- ]?up\b|\b(?:dm|dms|inmail|direct message)\b"
        r"|\breach(?:ing)? out\b|\b(?:keep|kept|stay|staying|remain) in (?:touch|contact)\b|\bmak(?:e|ing) contact\b"
        r"|\bcontact(?:ing)?"
        r" (?:them|him|her|an employer|employers|professionals|the|your|companies|a company|recruiters"
        r"|hiring managers)\b"
        r"|\bsend(?:ing)? (?:a |an )?(?:note|message)"
        r"\b|\b(?:a|an) (?:[\w-]+ )?(?:note|introduction)\b|\bmail(?:ing)? (?:a|an|your)\b"
        # "Ask a former colleague about the company", "ask if they can tell you more": asking someone, a message.
        r"|\bask(?:ing)? (?:them|him|her|(?:a|an|the|your|my) (?:former |old |mutual )?(?:co-?workers?|colleagues?"
        r"|contacts?|connections?|friends?|recruiters?|interviewers?|hiring managers?))\b(?: [\w'-]+){0,6}? "
        r"(?:about|for (?:a job|advice|information|insight|a referral))\b"
        r"|\bask (?:if|whether) (?:they|he|she) (?:can|could|would|might) (?:tell|share|give|help|introduce)\b"
        r"|\btweet(?:ing)? (?:at|to)\b"
        # "Hit up companies on LinkedIn".
        r"|\bhit(?:ting)? up (?:companies|employers|recruiters|hiring managers|them|people)\b"
        # "Pick their brain about the company": asking someone, a message.
        r"|\bpick (?:their|his|her|[\w-]+'s) brains?\b",
    ),
    (
        "comment",
        r"\bcomment(?:s|ing|ed)?\b|\b(?:like|liking|share|sharing|react(?:ing)? to|engag(?:e|ing) with) "
        r"(?:their|his|her|(?:your|my|the) \S+) (?:\S+ )?(?:posts?|updates?|tweets?|content)",
    ),
    (
        "research",
        r"\bresearch(?:ing)?\b|\bresearched\b(?! (?:people|persons?|contacts?|candidates?))"
        r"|\blook(?:ing)? (?:them|him|her|(?:your|the|my|an?) [\w-]+) up\b"
        r"|\blook(?:ing)? up (?:your|the|my|an?|their)\b|\bgoogl(?:e|ing)\b"
        r"|\blook(?:ing)? into (?:my|your|the) (?:interviewers?|recruiters?|hiring managers?)\b"
        r"|\blook(?:ing)? (?:at|up|into) (?:publicly available|their (?!(?:\S+ )?profile)|his |her |"
        r"the company|the organi[sz]ation|them|information)|\bread(?:ing)? (?:any |their |his "
        r"|her )?(?:published )?(?:blogs?|articles?|posts?|tweets)\b|\b(?:study|studying|learn|learning"
        r"|find out) (?:more )?about\b|"
        r"\bcollect(?:ing)? (?:intel|information)\b|\blook first\b"
        r"|\bstalk(?:ed|ing|s)? (?:on )?(?:their|his|her|the|your|my|an?|them|him)\b"
        r"|\bstalking of (?:their|his|her|the|your|"
        r"my|an?)\b"
        r"|\b(?:go(?:ing|es)?|went|look(?:ing)?|scroll(?:ing)?|dig(?:ging)?|brows(?:e|ing)) through "
        # Someone else's, not one's own profile gone through to tidy it.
        r"(?:their|his|her|the|(?:your|my) (?=\S+'s\b)) ?(?:\S+ ){0,2}(?:linkedin|twitter|facebook|instagram"
        r"|social media"
        r"|profiles?|posts|feed)\b"
        r"|\b(?:mutual|shared|common) (?:connections|contacts)\b|\bconnections in common\b"
        r"|\bsearch(?:ing)? (?:for |up )?(?:them|him|her|(?:the|your|my) [\w-]+(?: [\w-]+){0,2}?)(?: on| online)\b"
        # "Look at the person interviewing me on socials": the person, not one profile.
        r"|\blook(?:ing)? (?:at|up) (?:the|your|my) (?:person|people|guy|lady|woman|man)\b[^?.]{0,30}?\bon "
        r"(?:social media|socials|linked ?in|twitter|face ?book|instagram)\b"
        r"|\bbrows(?:e|ed|ing) (?:their|his|her|the|(?:your|my) \S+'s) (?:\S+ )?(?:social media|profiles?|posts"
        r"|feed)\b|\b(?:look|go|scroll)(?:ing)? thru\b"
        r"|\blook(?:ed|ing|s)? (?:up|into) (?:the |my |your )?(?:interviewer|recruiter|hiring manager|them|him|her)\b"
        # "Scope out my interviewer on li before we meet".
        r"|\bscop(?:e|ing|ed) (?:out )?(?:them|him|her|(?:the|your|my) (?:interviewer|recruiter|hiring manager))\b"
        # "Do some digging on my interviewer's socials".
        r"|\bdig(?:ging)? (?:on|into) (?:them|him|her|their|his|(?:the|your|my) [\w-]+)\b"
        r"|\bhave a look at (?:their|his|her|(?:my|your|the) [\w-]+'s) (?:social media|profiles?|linked ?in|twitter)\b"
        r"|\blook(?:ed|ing)? up (?:the |my |your )?(?:interviewer|recruiter|hiring manager)'s\b"
        r"|\bsearch(?:ing)? for (?:(?:my|your|the) )?(?:interviewer|recruiter|hiring manager)'s (?:social media"
        r"|profiles?)\b"
        r"|\bcheck (?:if|whether|out)\b(?! (?:\S+ ){0,3}(?:profiles?|linked ?in)\b)"
        r"|\bcheck(?:ing|ed)? out (?:\S+ ){0,3}(?:social media|twitter|facebook|instagram)\b"
        # "Look at the interviewer's socials", "search the people who will interview me on social media".
        r"|\blook(?:ing)? at (?:the |my |your )?(?:interviewer|recruiter|hiring manager)s?'s? social media\b"
        r"|\bsearch(?:ing)? (?:for |up )?(?:the )?(?:people|person) (?:who|that) [^?.]{0,40}\bon (?:social media"
        r"|linked ?in|twitter|facebook|instagram)\b",
    ),
    (
        "research",
        r"\bread(?:ing)? (?:the |my |your |any |their |his |her )?(?:\S+ )?(?:published )?(?:blogs?|articles?|posts?"
        r"|tweets)\b",
    ),
    (
        "view-profile",
        r"\bview(?:ing|ed|s)? (?:\S+ ){0,4}profiles?\b|\bview(?:ing|ed|s)? (?:\S+ ){0,3}linked ?in\b"
        r"|\b(?:look|looks|looked|looking|glance[ds]?|glancing) at "
        r"(?:\S+ ){0,4}profiles?\b|\bcheck(?:ing|ed)? out (?:\S+ ){0,3}(?:profiles?|linked ?in)\b"
        r"|\bchecked (?:their|his|her|the) (?:\S+ )?profile\b|\blook(?:ing|ed|s)? at (?:theirs|his|hers)\b"
        # "Checking the hiring manager's LinkedIn profile", "see that I checked their LinkedIn".
        r"|\bcheck(?:ing|ed)? (?:their|his|her|(?:the|my|your) [\w-]+(?: [\w-]+)?'s) "
        r"(?:linked ?in |facebook |twitter )?profiles?\b|\bchecked (?:their|his|her) linked ?in\b"
        r"|\b(?:look|looks|looked|looking) at (?:\S+ ){0,3}(?:linked ?in|facebook|twitter|instagram)\b"
        r"(?! (?:posts?|updates))",
    ),
    (
        "view-privately",
        LOGGING_OUT
        + "|"
        + STAYING_LOGGED_IN
        + r"|\b(?:private|incognito|anonymous|stealth) (?:mode|browsing|viewing)\b"
        r"|\banonymously\b",
    ),
    (
        "clean-up-profile",
        r"\bprofiles? (?:is |are )?(?:interview-ready|interview ready)\b|\bpolish(?:ing)? (?:up )?(?:your "
        r"|my )?(?:\w+ ){0,2}"
        r"profile"
        r"|\b(?:make sure|making sure|ensure|check) (?:that )?(?:your|my) (?:own )?(?:\w+ )?profile (?:looks|is)\b"
        # "Should party pics get deleted": a photo removed, said in the passive.
        r"|\b(?:\w+ )?(?:pics|photos?|pictures?) (?:\w+ )?(?:get|be|go|come) (?:deleted|removed|taken down|down)\b"
        r"|\b(?:\w+ )?(?:pics|photos?|pictures?)\b(?: [\w']+){0,4} (?:have|need|has|needs) to (?:go|come down"
        r"|be (?:deleted|removed|taken down))\b"
        # "Tidy my profile first".
        r"|\b(?:tidy|clean|spruce|fix)(?:ing)? (?:up )?(?:your|my) (?:own )?(?:social )?(?:profiles?|social media"
        r"|socials|accounts?|linked ?in|face ?book|fb|li)\b"
        # "Scrub my social media", "need to clean mine up?"
        r"|\bscrub(?:bing)? (?:your |my )?(?:own )?(?:social media|socials|profiles?|accounts?|feeds?"
        r"|online presence)\b"
        r"|\b(?:clean|tidy|spruce)\w* (?:mine|yours) up\b"
        r"|\b(?:clean|cleaning|spruce|sprucing|tidy|tidying) up (?:your |my )?(?:own )?"
        r"(?:(?:linked ?in|facebook|twitter|instagram)(?: profile)?\b"
        r"|profiles?|social media(?: profiles?)?|accounts?"
        r"|online presence)\b"
        r"|\b(?:avoid(?:ing)?|remov(?:e|ing)|wip(?:e|ing)|purg(?:e|ing)|get(?:ting)? rid of|"
        r"delet(?:e|ing)|hid(?:e|ing)|untag(?:ging)?|opt away from)(?: \w+){0,4} (?:photos?|pics|pictures?|posts?"
        r"|ones that)\b|\bprivacy "
        r"settings?\b|\bkeep (?:my|your) (?:twitter|facebook|profile|feed|account)s? free from\b"
        r"|\b(?:watch|mind|careful(?: about| with)?|mindful of|think about|care(?: about)?) what (?:you|i) (?:post"
        r"|share|tweet"
        r"|put out)\b"
        r"|\b(?:my|your) (?:\w+ )?(?:posts|tweets|status updates|updates) (?:(?:and|&|/) ?(?:\w+ )?\w+ )?"
        r"(?:matter|count)\b"
        # "Do employers pay attention to what I post publicly?", "does what I post in public matter to them?"
        r"|\b(?:care|pay attention) (?:about|to) (?:the things |what )?(?:you|your) (?:post\w*|public posts)\b"
        r"|\bwhat (?:you|i) post\b[^?]{0,60}\bmatter\b"
        r"|\bpublic (?:conversations?|convos?|comments?|posts?)\b[^?]{0,40}\bmatter\b"
        r"|\btak(?:e|ing) (?:them|it|those|these|(?:(?:all|every one|each) of )?(?:the|my|your) (?:\w+ )?"
        r"(?:photos?|pics|pictures?|posts?)) down\b"
        r"|\btak(?:e|ing) down (?:(?:the|my|your|those|these|any|all|every) )?(?:\w+ )?(?:\w+ )?"
        r"(?:photos?|pics|pictures?|posts?)\b"
        r"|\btak(?:e|ing) (?:the|my|your|those|these|any|all|every) (?:\w+ ){0,2}(?:photos?|pics|pictures?"
        r"|posts?) off\b"
        r"|\b(?:clean|tidy|spruce) (?:it|them|(?:my|your) (?:\w+ )?profiles?) up\b"
        r"|\bgive (?:my|your) (?:\w+ )?profile a (?:clean-?up|polish|refresh|once-over)\b"
        r"|\b(?:fix(?:ing)? up|polish(?:ing)?(?: up)?) (?:my|your) (?:linked ?in|profile|facebook|twitter)\b"
        r"|"
        + PHOTOS_COMING_DOWN
        + r"|\b(?:work on|improve|clean|update|sort out) (?:(?:my|your) )?(?:own )?(?:\w+ )?profile\b"
        r"|\bmatter what (?:you|i) post\b"
        # "Do recruiters care what my public posts and status updates say?", "should my posts back up my image?"
        r"|\bwhat (?:your|my) (?:public )?(?:posts?|tweets|status updates|updates|convos?|conversations?)"
        r"(?: (?:and|&) (?:\w+ )?\w+)? (?:say|said|show)\b"
        r"|\b(?:my|your) (?:public )?(?:posts|tweets|status updates)(?: (?:and|&) (?:\w+ )?\w+)? (?:back up|match"
        r"|reflect)\b"
        # "Should my LinkedIn be polished first?"
        r"|\b(?:profile|linked ?in)s? (?:be |is |are |being )?(?:polished|updated|up[- ]to[- ]date)\b"
        # "Does it matter what I say in public conversations?", "do they care what my public comments say?"
        r"|\bwhat (?:you|i) (?:say|write|comment)\b[^?]{0,40}\bpublic\b"
        r"|\b(?:care|matter)\w*\b[^?]{0,30}\bpublic (?:comments?|conversations?|convos?|comment threads?)\b"
        r"|\bclean(?:ing)? up (?:the |my |your )?(?:\w+ ){0,2}(?:photos?|pics|pictures?)\b"
        r"|\bwatch(?:ing)? what (?:you|i) (?:post|share|tweet)\b|\bcareful (?:with|about) (?:my|your) posts\b"
        r"|\bwhat (?:you|i) put (?:on|out)\b"
        r"|\bscrub(?:bing)? (?:\w+ ){0,3}(?:photos?|pics|pictures?|posts?|profiles?)\b"
        r"|\bclean(?:ing)? up (?:your |my )?(?:facebook|twitter|instagram|linkedin|feed)\b"
        r"|\bmak(?:e|ing) (?:my|your) (?:facebook|twitter|instagram|profile|account|feed)s? (?:private|professional)\b"
        r"|\bkeep(?:ing)? (?:my|your) (?:twitter|facebook|instagram|feed|profile) (?:professional|clean)\b",
    ),
    (
        "separate-accounts",
        r"\bseparate (?:social media |social )?(?:accounts?|accts?|profiles?)\b|\banother (?:account "
        r"|one )?for that purpose\b"
        r"|\bpersonal and professional (?:accounts?|profiles?)\b"
        r"|\b(?:one|an?) (?:account|profile) for (?:friends|family|work|personal)\b"
        r"(?! ?(?:\+|and|&) (?!(?:one|another|a separate|a different)\b))"
        r"|\ba separate one\b"
        # "Keep a friends account and a different work account".
        r"|\b(?:a|one) (?:friends?|personal|work|professional) (?:account|acct|profile) and (?:a |another )?"
        r"(?:different |separate )?(?:work|professional|friends?|personal) (?:account|acct|profile)\b"
        # "Keep my personal and professional social media separate", "the same account for friends and work".
        r"|\bpersonal and (?:professional|work) (?:social media|online presence|life|lives)\b[^.?!]{0,20}\bseparate\b"
        # "Keep work and personal accounts separate".
        r"|\b(?:work|professional) and personal (?:accounts?|accts?|profiles?|social media)\b[^.?!]{0,20}\bseparate\b"
        # "Two accounts, one for work contacts, one for friends", "friends on one account, work on another".
        r"|\b(?:two|different|split\w*(?: \w+)?) (?:accounts?|accts?|profiles?)\b|\bseparate accts?\b"
        # "Split things into a work account and a friends account".
        r"|\bsplit\w* (?:\w+ )?into (?:a |an )?(?:work|professional|personal|friends?) (?:account|acct|profile)\b"
        r"|\bone (?:social (?:media )?)?(?:account|acct|profile) (?:just |only )?for\b[^.?!]{0,40}\b(?:another"
        r"|separate|diff\w*)\b"
        r"|\b(?:a |an? )?(?:separate|different|diff) (?:social (?:media )?)?(?:accounts?|accts?"
        r"|ones?)\b[^.?!]{0,40}\b(?:friends|work)\b"
        r"|\b(?:social (?:media )?)?(?:account|acct) (?:just |only )?for (?:my )?friends and another\b"
        r"|\bon one account\b[^.?!]{0,40}\banother\b"
        r"|\b(?:personal|professional)\b[^.?!]{0,40}\b(?:professional|personal)\b[^.?!]{0,30}\b(?:separate|apart)\b"
        r"|\b(?:professional|personal) \w+(?: \w+)? separate from (?:my|your) (?:personal|professional)\b"
        # "Separate socials for work people vs friends", "one set of accounts for work and another for friends".
        r"|\bseparate social media for\b|\bone set of (?:social (?:media )?)?(?:accounts?|profiles?) for\b[^.?!]{0,40}"
        r"\banother\b",
    ),
    (
        "separate-platforms",
        # "Keep my friends on Facebook and my work contacts on LinkedIn".
        r"\bkeep(?:ing)? (?:my |your )?(?:friends|family)(?: and (?:family|friends))? on (?:facebook|instagram)\b|"
        # "Split it up, friends on Facebook and work contacts on LinkedIn".
        r"\bfriends on (?:facebook|instagram),? and (?:my |your )?(?:work|professional)(?: \w+)? on "
        r"(?:linkedin|twitter)\b|"
        # "One network for friends and another one for work contacts".
        r"\b(?:one|a) (?:network|site|platform) for (?:friends|family|personal|work)\b[^?.]{0,30}\b(?:another|a "
        r"(?:different|separate))\b|"
        # ("Facebook friends with coworkers", "uses Facebook for work" are no rule on where whom goes.)
        r"(?<!uses )(?<!they use )(?<!using )"
        r"\b(?:facebook|linkedin|twitter|instagram) (?:(?:is |are |= )(?:just |only |strictly )?(?:for )?"
        r"|(?:just |only |strictly )(?:for )?|for )"
        r"(?:a small group of )?"
        r"(?:my |your )?"
        r"(?:friends|family|work|business|professional \w+|personal \w+)\b|\bkeep(?:ing)? (?:my |your )?(?:facebook"
        r"|instagram|twitter) (?:personal|private|for friends)\b"
        r"|\bseparate (?:social )?(?:networks?|sites?|platforms?)\b|" + _POINTING_TO_LINKEDIN,
    ),
    # Mixing both on one account is the opposite of keeping them apart.
    # Having (keeping, posting) party or personal photos up is the opposite of cleaning up a profile.
    (
        "!clean-up-profile",
        r"\b(?:keep(?:ing)?|hav(?:e|ing)|post(?:ing)?|leav(?:e|ing)|put(?:ting)?)(?: [\w']+){0,2} "
        r"(?:pics|photos?|pictures?|selfies?)\b"
        r"|\b(?:party|drinking|bar|beach|vacation|holiday|personal|embarrassing|inappropriate) "
        r"(?:pics|photos?|pictures?)\b"
        # "Would messy social media profiles hurt my chances?": a profile left as it is.
        r"|\b(?:messy|unprofessional|sloppy|unpolished|embarrassing) (?:social media |social |online |linkedin "
        r"|facebook |twitter )?(?:profiles?|presence|accounts?|feeds?)\b"
        # "If my profile isn't updated", "an outdated LinkedIn".
        r"|\b(?:profile|linked ?in)s? (?:isn't|is not|aren't|are not|not) (?:\w+ )?"
        r"(?:polished|updated|up[- ]to[- ]date)\b"
        r"|\b(?:outdated|out[- ]of[- ]date) (?:linkedin |facebook |twitter )?(?:profiles?|linkedin)\b"
        r"|\b(?:profile|linked ?in)s? (?:is |are )?(?:outdated|out[- ]of[- ]date)\b",
    ),
    (
        "!separate-accounts",
        # "Coworkers and close friends all on one Facebook account".
        r"\bon (?:one|a single|the same) (?:facebook |fb |social media )?(?:account|acct|profile)\b"
        r"|\b(?:one|a single|the same) (?:account|acct|profile) for (?:both\b|everyone|everything"
        r"|(?:my )?(?:personal )?friends ?(?:\+|and|&)(?! ?(?:one|another|a separate|a different)\b))"
        r"|\bdo both at once\b|\bmix(?:ing)? (?:personal and professional|the two|work and)\b"
        r"|\bon the same (?:\w+ )?"
        r"(?:account|profile)\b|\b(?:the )?same (?:account|acct|profile) for (?:my |your )?(?:friends|family"
        r"|personal)\b"
        r"|\bone (?:account|acct|profile) for both\b|\bmix(?:ing)? (?:work (?:contacts|people|ppl)|friends)\b"
        r"|\bon the same (?:\w+ )?acct\b|\bon the same facebook\b",
    ),
)
_POINTING = re.compile(_POINTING_TO_LINKEDIN)
_ACTIONS_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (action, re.compile(pattern)) for action, pattern in _ACTION_PATTERNS
)
_OTHER_SIDE_BEFORE = re.compile(
    r"\b(?:they|them|he|she|him|her|themselves|interviewers?|recruiters?|managers?|people|someone|contacts?"
    r"|employers?)(?: [\w']+){0,2}\s*$"
)
# "Unlike Facebook", "far more than just a Hallmark card": a platform named to be set against the one advised.
_CONTRASTED_PLATFORM = re.compile(
    r"\b(?:contrary to|unlike|compared (?:to|with)|rather than|instead of|as opposed to|than(?: [\w']+){0,3}?)"
    r"\s+(?:" + "|".join(pattern.pattern for _, pattern in _PLATFORM_PATTERNS) + r")"
)
# "send it to your interviewer": an action named only by "send", resolved from context.
_BARE_SEND = re.compile(r"\bsend(?:ing|s)? (?:it |one |them )?to (?:your|the|an|their) (?:interviewer|recruiter)")
# An action named inside an embedded question or relative clause is not the one advised about.
_EMBEDDED_BEFORE = re.compile(r"\b(?:who|whom|whether|how|what|which|wondering|uncertainty about)\b(?:\s+\S+){0,4}\s*$")
# The answer "to whether you should connect" is about connecting: only "whether" keeps its action.
# "The one who starts the connection" is the act itself, said of its doer, not a question about who.
_WH_EMBEDDED_BEFORE = re.compile(
    r"(?<!\bthe one )(?<!\bthe first )\b(?:who|whom|how|what|which|who's|who is|who are)\b(?:\s+\S+){0,4}\s*$"
)

_PEOPLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "interviewer",
        re.compile(
            r"\binterview(?:er|ers|eer|ee)s?\b|\binterveiwers?\b|\bintervewers?\b|\bpeople who (?:were in on|"
            r"conducted) the interview\b|\bthe person who interviewed you\b"
            # "The people I already met" in the rounds of a process.
            r"|\b(?:the )?(?:people|person|ones?) (?:you|i) (?:already |have |'ve )?(?:met|interviewed with)\b"
            # "3 ppl from my panel".
            r"|\b(?:from|on) (?:my|your|the) (?:interview )?panel\b"
        ),
    ),
    (
        "hiring-manager",
        re.compile(
            r"\bhiring manag\w*\b|\bhiring managers?\b|\bhr person\b|\bhr manager\b"
            r"|\b(?:new|future|soon-to-be) (?:boss|manager)\b"
        ),
    ),
    ("recruiter", re.compile(r"\brecruit(?:er|ers|ter|ters|or|ors)\b|\brecruter\w*\b|\bheadhunters?\b|\btalent acq")),
    (
        "employer",
        re.compile(
            r"\b(?:potential |prospective |future )?employers?\b|(?<!about )\b(?:the|a) (?:company"
            r"|organi[sz]ation)\b(?!'s)"
            r"|\bcompanies\b"
            # The people of a company one applies to: "follow a bunch of their employees".
            r"|\b(?:their|its|the company's|the organi[sz]ation's) (?:employees|staff|people|team members)\b"
            r"|\bpeople (?:who work|working) (?:there|at (?:the|that|this) (?:company|organi[sz]ation|firm))\b"
            r"|\b(?:a|the|that|this) company's (?:employees|staff|people)\b|\beveryone who works there\b"
            r"|\b(?:a bunch|a ton|lots|loads|a lot) of (?:the )?(?:staff|people|ppl|employees) (?:there|at (?:the"
            r"|that) place)\b"
            r"|\bevery(?:one| person| employee) at (?:that|the|this) (?:company|place|organi[sz]ation|firm)\b"
        ),
    ),
    (
        "direct-report",
        re.compile(
            r"\b(?:your|my) (?:own )?(?:employees|team members|team|staff|direct reports|reports|subordinates)\b"
            # "Should managers friend their employees?"
            r"|\bmanagers?\b(?: \w+){0,6} their (?:own )?(?:employees|team members|team|staff|direct reports"
            r"|reports)\b|\b(?:you|i) manage (?:a|the|my|your) team\b"
            r"|\bpeople (?:you|i) manage\b|\b(?:people|those|ones) who (?:now )?report (?:directly )?to (?:you|me)\b"
            r"|\bpeople on (?:their|your|my) team\b"
            # "Should bosses add their employees?", "the people who work for them".
            r"|\b(?:managers?|bosses|boss|supervisors?)\b(?: \w+){0,6} (?:their|his|her) (?:own )?(?:employees|team"
            r"|staff|reports)\b|\b(?:people|those|ones|everyone) who work (?:for|under) (?:them|you|me|him|her)\b"
        ),
    ),
    (
        "coworker",
        re.compile(
            r"(?<!non-)\b(?:co-?workers?|colleagues?|workmates?)\b|\bpeople (?:you|i) work with\b"
            r"|\b(?:other )?(?:people|staff|employees|folks) (?:in|at|from) (?:the|that|this|your) "
            r"(?:organi[sz]ation|company|team|firm)\b"
        ),
    ),
    (
        "professional-contact",
        re.compile(
            r"\bprofessional contacts?\b|\bwork contacts?\b|\bbusiness contacts?\b|\bprofessionals\b|\bnon-coworker"
            r" contacts\b|\bpeople (?:you|i) only know professionally\b|\bprofessional acquaintances?\b"
        ),
    ),
)

# Moments in a job search, in the order they come.
MOMENT_ORDER = {
    "before-interview": 0,
    "right-after-interview": 1,
    "during-process": 1,
    "after-offer": 3,
    "after-rejection": 3,
}
_MOMENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "after-rejection",
        re.compile(
            r"\byou (?:don't|do not|didn't|did not|won't|will not) (?:get|land) (?:the|that|this) "
            r"(?:job|offer|position|role)\b"
            r"|\bafter (?:a |being |the |getting |you (?:were|was|got|get) )?(?:reject\w*|turned down)"
            r"|\byou(?:'re| are| were| was| get| got|'ve been| have been) (?:rejected|turned down|passed over)\b"
            r"|\b(?:weren't|wasn't|were not|was not|not) (?:selected|hired|chosen|picked)\b"
            r"|\b(?:a|the|your) rejection\b|\brejected you\b"
            # "Didn't get the job - ...": the subject left out, as people type.
            r"|^(?:(?:so|well|sadly|unfortunately) )?(?:didn't|did not|don't|never) (?:get|land)\w* (?:the|that|this) "
            r"(?:job|offer|position|role)\b|^(?:(?:so|well|sadly|unfortunately) )?got (?:rejected|turned down)\b"
            r"|\bwent with (?:another|a different|someone else|somebody else|the other)\b|\bturned (?:you|me) down\b"
            r"|\b(?:wasn't|weren't|was not|were not) offered (?:the|that|this) (?:job|position|role)\b"
            r"|\bnot (?:getting|get|being offered|offered) (?:the|that|this) (?:job|offer|position|role)\b"
            r"|\bno job for (?:you|me)\b|\bmeans? no job\b|\bpassed on (?:you|me)\b"
            r"|\b(?:didn't|did not|didnt) (?:pick|choose|select|hire) (?:you|me)\b"
            r"|^no offer\b(?! yet)"
            # "Rejected. Sending them a request now?", "didn't get hired".
            r"|^(?:you )?(?:got |were |was )?rejected\b|\b(?:didn't|did not|didnt) get hired\b"
            # "Didn't get it :( weird to stay in touch?"
            r"|\b(?:didn't|did not|didnt) get it\b"
            # "Even if I'm not the one who gets hired", "if the job doesn't work out for me".
            r"|\bnot the one (?:who gets|who got|they) (?:hired|picked|chosen)\b"
            r"|\b(?:the )?job (?:doesn't|does not|didn't|did not|didnt|doesnt) work out\b"
            r"|\bit (?:doesn't|does not|didn't|did not) work out\b"
        ),
    ),
    (
        "after-offer",
        re.compile(
            r"\b(?<!know )(?<!knowing )(?:if|once|after|when) you(?:'ve| have)? (?:get|got|gotten|land|landed|accept"
            r"|accepted|have|receive"
            r"|received) (?:the|that|a|an|your) (?:job |new )?(?:job|offer|position|role)\b"
            r"|\bsaid yes to (?:the|their|that|an?|your) (?:job |new )?(?:job|offer|position|role)\b"
            r"|\boffer(?:'s| is) in hand\b|\boffer(?:'s| is) in\b|^(?:you )?(?:have|got) the offer\b"
            r"|\buntil (?:you|they|we|he|she) (?:actually |finally )?(?:have|get|land|receive) (?:the|that|an|a|your"
            r"|their)"
            r" (?:actual |official |real )?(?:job |new )?(?:job|offer)\b"
            # "Until they decide", "until it's all over": the end of the process, whichever way it goes.
            r"|\buntil (?:they|the company|the employer) (?:decide|have decided|make (?:a|their) decision)\b"
            r"|\buntil (?:it's|it is|its|everything is) (?:all )?(?:over|done|decided)\b"
            r"|\buntil (?:you're|you are|they're|they are|being|you get|you've been|you have been) "
            r"(?:actually |finally |officially |really )?hired\b"
            r"|\buntil (?:you|they) (?:actually |finally |officially |really )?(?:get|are) hired\b"
            r"|\buntil you (?:really |actually |officially |finally )?get the job\b"
            r"|\buntil (?:you|they)(?:'ve| have) (?:actually |finally |officially |really )been hired\b"
            r"|\buntil (?:the|an?|your) (?:actual )?(?:job )?offer\b|\buntil you (?:actually "
            r"|finally )?get offered (?:the"
            r"|a) (?:job|position|role)\b"
            r"|\b(?:you(?:'ve| have)? )?(?:actually |finally |officially |already )?"
            r"(?:start(?:ed)?|begin|began|begun) (?:at )?(?:the|your|a) (?:new )?(?:job|role|position)\b"
            # "Once the job is accepted", "job offer!! ok to add them now?"
            r"|\b(?:job|offer|position)(?: is| was| has been|'s) accepted\b|\bjob offer\b(?= ?!)"
            r"|\b(?:after|once|when|if) (?:you(?:'re| are| get| got| were|'ve been| have been)|being) hired\b"
            r"|\bprocess (?:is (?:over|complete|finished|done)|ends|has ended|wraps up)\b|\bhiring is (?:over|done"
            r"|finished)\b|\bafter (?:the |a )?(?:hiring )?decision\b"
            r"|\b(?:until|after|once) (?:you(?:'ve| have)? )?(?:hear|heard) back\b"
            r"|\bafter the offer\b|\bonce you start\b"
            r"|\byou(?:'ve| have)? been offered (?:the|a|an|that) (?:job|position|role)\b"
            r"|\b(?<!before )(?<!before you've )(?<!before you have )(?<!before you've actually )"
            r"(?<!before you have actually )(?<!know if you )(?<!know whether you )(?:got|received|landed|accepted) "
            r"(?:the|an|a|your) (?:job )?(?:offer|job|position|role)\b"
            r"|\bfirst day\b"
            # "Just got hired!!", said before the question.
            r"|^(?:you )?(?:just |finally )?got hired\b|\b(?:just|finally) got hired\b"
            # "Offer in hand!", "said yes to the offer", "now that I have the offer", "just got offered the position".
            r"|\b(?:job )?offer (?:accepted|received|in hand|(?:just |finally )?(?:came through|came in|arrived))\b"
            # "They offered me the job!", "once the offer comes thru", "now that I've gotten the offer".
            r"|\b(?:they|he|she) (?:just |finally )?offered (?:me|you) (?:the|a) (?:job|position|role)\b"
            r"|\boffer (?:comes|came) (?:thru|through|in)\b"
            r"|\bnow that (?:you|i)(?:'ve| have)? (?:gotten|got|received|accepted) (?:the|an|a) (?:job )?offer\b"
            # "I was just offered the job", "once I've started working there", "until there's an actual offer".
            r"|\b(?:you|i) (?:was|were|got|have been|'ve been) (?:just |finally |officially )?offered (?:the|a) "
            r"(?:job|position|role)\b"
            r"|\b(?:once|after|when|now that) (?:you|i)(?:'ve| have)? (?:actually |officially )?start(?:ed)? working "
            r"(?:there|at|for)\b"
            r"|\b(?:until|till|til) there(?:'s| is) (?:an?|the) (?:actual |real |official )?(?:job )?offer\b"
            r"|\b(?:until|till|til) (?:you|they|we|he|she)(?:'ve| have)? (?:actually |finally )?(?:got|gotten|landed"
            r"|received|been offered) (?:the|that|an|a|your|their) (?:job |new )?(?:job|offer)\b"
            r"|\bsaid yes to (?:the|their|an?) (?:job )?offer\b"
            r"|\bnow that (?:you|i) (?:have|got|accepted) (?:the|an?|their) (?:job )?offer\b"
            r"|\b(?:just |finally )?got offered (?:the|a) (?:job|position|role)\b"
            # "They made me an offer", "I've just been hired", "until they've made a decision".
            r"|\b(?:made|gave|extended) (?:you|me) (?:an|the|a job) offer\b|\byou(?:'ve| have) (?:just )?been hired\b"
            r"|\bafter (?:accepting|getting|receiving|landing) (?:the|an|a|your) (?:job )?offer\b"
            r"|\b(?:if|once|when|after|say) you get (?:offered )?(?:the|a|an) (?:job|offer|position|role)\b"
            r"|\b(?:if|once|when) you end up getting hired\b"
            r"|\b(?:after|once|when) you(?:'re| are|'ve been| have been) (?:officially |finally )hired\b"
            r"|\buntil (?:they|he|she)(?:'ve| have)? (?:make|made) (?:a|their|the) (?:hiring )?decision\b"
            r"|\b(?:once|after|when) (?:you|i) (?:begin|start) (?:the|my|your) (?:new )?(?:job|position|role)\b"
        ),
    ),
    (
        "before-interview",
        re.compile(
            r"\binterview(?:ing)? (?:you |me )?(?:next week|tomorrow|later this week|on (?:mon|tues|wednes|thurs"
            r"|fri)day)\b"
            # ("Without asking them beforehand" asks first, at no moment of its own.)
            r"|(?<!asking )(?<!asking them )(?<!ask them )(?<!checking )(?<!asking him )(?<!asking her )"
            r"\b(?:beforehand|the night before|the (?:day|week) before)\b|"
            r"\b(?:before|prior to|ahead of)\b(?: \w+){0,2} (?:the |your |my |an |you |i )?(?:job )?(?:interview"
            r"|interviews|phone screen|screening call|phone interview|first round|call|"
            r"interviewing|meeting|assembly|meet)\b|\bpre-interview\b|\bbefore (?:you )?(?:meet|interview)\b"
            r"|\bbefore (?:we|you|they|he|she)(?:'ve| have)? (?:actually |even |ever )?"
            r"(?:met|talked|spoken|interviewed)\b|\b(?:we|you) (?:haven't|have not|havent) (?:even |actually )?met\b"
            r"|\bbefore (?:you|we)(?:'ve| have)? (?:actually |even )?(?:had|done|gone to) (?:the|your"
            r"|an?) (?:job )?interview\b"
            # "Haven't interviewed yet", "haven't even met them yet", "my interview isn't until next week".
            r"|\b(?:haven't|have not|havent) (?:even )?(?:interviewed|met (?:them|him|her|(?:the|your|my) [\w-]+))"
            r"(?: \w+)? yet\b|\binterview (?:isn't|isnt|is not) (?:until|till)\b"
            r"|\bbefore (?:you|i) go (?:in )?(?:for|to) (?:the|your|my|an) interview\b"
            # "My interview hasn't happened yet", "I've got an interview coming up", "haven't met for the interview".
            r"|\binterview (?:hasn't|has not|hasnt) (?:even )?(?:happened|taken place)\b|\b(?:my|the"
            r"|your) interview is (?:next "
            r"week|tomorrow|on \w+day|coming up)\b|\b(?:got|have) an interview (?:with (?:\w+ ){1,3})?coming up\b"
            r"|\binterview(?:'s| is) (?:next week|tomorrow|coming up|on \w+day)\b"
            r"|\b(?:haven't|have not|havent) (?:even )?met for (?:the|our|an?) interview\b"
            r"|\b(?:haven't|have not|havent) (?:even )?interviewed with (?:\w+ ){1,3}yet\b"
            r"|\b(?:haven't|have not|havent) (?:even )?met the person\b[^?.]{0,40}\byet\b"
            r"|\b(?:you'll|you will|i'll|i will) be interviewing with\b"
            # "Haven't had the interview yet", "before we even do the interview", "interview tmrw".
            r"|\b(?:haven't|have not|havent) (?:even )?had (?:the|my|your|an?|our) (?:job )?interview\b"
            r"|\bbefore (?:we|you) (?:actually |even )?(?:do|have) (?:the|your|an?|our) (?:job )?interview\b"
            r"|\binterview (?:is )?(?:tmrw|tmr|tmw|tomorrow)\b"
        ),
    ),
    (
        "right-after-interview",
        re.compile(
            r"\b(?:right|immediately|just|soon|shortly|directly)? ?after (?:the |your |my |an |you |i "
            r"|a )?(?:job )?(?:interview|interviews|meeting|meet|phone screen|screening call|phone interview"
            r"|first round)\b"
            r"|\bpost[- ]interview\b|\bon (?:your|the) way out of the interview\b|"
            r"\bfollowing (?:the|your) interview\b|\bjust met (?:during|at|in) (?:your|the) interview\b"
            r"|\bafter (?:we|you)(?:'ve| have)? (?:actually |finally )?(?:met|talked|spoken|interviewed)\b"
            r"|\bsame[- ]day as (?:(?:the|your|my|an) )?interview\b"
            r"|\bthe (?:same )?day (?:of (?:my|your|the) interview|(?:you|i) interview)\b"
            # "Same-day li request on interview day?", "the same day I have the interview".
            r"|\bsame[- ]day (?:(?:you|i) have (?:the|my|your) interview|(?:you|i) interview)\b"
            r"|\bsame[- ]day\b[^?.!]{0,40}\binterview day\b|\binterview day\b[^?.!]{0,40}\bsame[- ]day\b"
            # "Interview over - ...", "once my interview wraps up", "just finished the interview".
            r"|^(?:the |my |your )?interview (?:is )?(?:over|done|finished)\b"
            r"|\binterview(?:'s|s)? (?:over|done|finished)\b"
            r"|\b(?:just )?(?:came|come|got|walked|walk|stepped) out of (?:the|my|an|your) interview\b"
            r"|\b(?:right |just |immediately )?after (?:you|i) (?:finish|wrap up|leave|walk out of) (?:the|my|your) "
            r"interview\b"
            r"|\bas soon as (?:the|my|your) interview (?:ends|is over|finishes)\b"
            r"|\buntil (?:the|your|my) interview (?:is|was) (?:over|done|finished)\b"
            r"|\b(?:once|after) (?:the|your|my) interview has (?:happened|taken place|finished|ended)\b"
            r"|\binterview (?:just )?(?:ended|finished)\b"
            r"|^(?:you |i )?(?:just )?had (?:my|your|the) interview\b"
            r"|\b(?:interview|interviews) (?:wraps?|wrapped) up\b|\b(?:just )?finished (?:the|my|your) interview\b"
            r"|\binterview (?:has|'s) (?:wrapped|ended|finished)\b"
            r"|\b(?:once|after|when|now that) (?:the|your) interview (?:is|was) (?:over|done|finished)\b"
            r"|\b(?:had|finished|did)\b(?: [\w-]+){0,3} (?:interview|round)\b(?: [\w-]+){0,5}? (?:today|this morning"
            r"|this afternoon"
            r"|yesterday|earlier)\b"
        ),
    ),
    (
        "during-process",
        re.compile(
            # "While I'm still in the process", "before I actually get the job", "haven't been hired yet".
            r"\b(?:still )?in the (?:hiring |interview(?:ing)? )process\b|\bstill in the (?:process|running)\b"
            r"|\bbefore (?:you |they )?(?:actually )?(?:get|land|are offered|have been offered) (?:the|a) (?:job"
            r"|offer)\b"
            # "Before I've actually got the job", "before I know if I got the job".
            r"|\bbefore (?:you(?:'ve| have)? |you know (?:if|whether) you(?:'ve| have)? )(?:actually )?(?:got|gotten"
            r"|landed) (?:the|a) (?:job|offer)\b"
            r"|\b(?:haven't|have not|hasn't|not) been hired yet\b|\bbefore (?:a |the |any )?(?:hiring )?decision\b"
            r"|\b(?:in|at) the final round\b|\b(?:a |the |my )?final(?: round| interview)? (?:is )?coming up\b"
            r"|\b(?:done|had|finished|through) (?:\w+ )?(?:rounds?|interviews)\b(?! (?:and|but) (?:got|didn't))|"
            r"\bduring (?:the |your |an |active )?(?:job search|job applications?|applications?|hiring process|"
            r"interview process|recruitment|process)\b|\bonce (?:i've|you've|you have|i have) applied\b|\b(?:while "
            r"|still )"
            r"(?:you(?:'re| are) )?waiting to hear\b|\bthe farther you progress\b|\bas you progress\b"
            r"|\bat this stage\b|\bwhile (?:you )?wait\b|\bwaiting (?:for|on) (?:a|the|their|an) (?:decision|answer"
            r"|response|offer)\b"
            r"|\bwhile (?:you're|you are) (?:still )?interviewing\b|\bbefore (?:you|they) (?:actually )?hear back\b"
            r"|\bbefore (?:hearing|(?:you've|you have) heard) back\b|\byou(?:'re| are) (?:still )?waiting to hear\b"
            r"|\bwhile (?:they're|they are) (?:still )?(?:handling|reviewing|considering) (?:your|my) application\b"
            # "Haven't heard back since my interview", "waiting on a response", "still waiting on results".
            r"|\b(?:haven't|have not|havent|hasn't|not) (?:yet )?heard back\b|\bwaiting (?:on|for) (?:a |the "
            r"|their )?(?:response|results|reply|news|word|answer|decision)\b"
            r"|\bwhile (?:they're|they are|he's|she's|he is|she is) (?:still )?(?:deciding|making (?:a|their"
            r"|the) decision)\b"
            r"|\bbefore (?:they|the company|the employer|anyone) (?:decides?|makes? (?:a|their) (?:decision|choice))\b"
            # "Before I've actually gotten the job", "when you don't actually have the job yet".
            r"|\bbefore (?:you(?:'ve| have) )?(?:actually )?(?:gotten|landed|getting|landing|got) (?:the|a) "
            r"(?:job|offer)\b"
            r"|\b(?:don't|do not) (?:actually |even )?have (?:the|a) job\b"
            # "Waiting to hear back and they followed me", "no news yet after the interview".
            r"|\bwaiting to hear back\b|\bno news yet\b"
        ),
    ),
)
# "before or immediately after an interview": the first moment is only named by the second one's noun.
_BEFORE_OR_AFTER = re.compile(r"\bbefore or (?:right |immediately |just )?after\b")
# "It does not make a difference where you are in the process": the advice holds at every moment of it.
_PROCESS_MOMENTS = ("before-interview", "right-after-interview", "during-process")
_EVERY_MOMENT = re.compile(
    r"\b(?:does not|doesn't|no matter|regardless of) (?:make a difference |matter )?(?:wherever|where|when)"
)


def holds_at_every_moment(text: str) -> bool:
    """Whether advice says it holds wherever one is in the process ("it does not make a difference where you are")."""
    return _EVERY_MOMENT.search(normalize(text)) is not None


def find_platforms(text: str) -> list[str]:
    """The platforms a normalised text names, in order of first mention, leaving out contrastive mentions."""
    return list(_cached_platforms(text))


@lru_cache(maxsize=8192)
def _cached_platforms(text: str) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    for platform, pattern in _PLATFORM_PATTERNS:
        for match in pattern.finditer(text):
            if _CONTRASTIVE_MENTION.search(text[max(0, match.start() - _CONTRAST_REACH) : match.start()]):
                continue
            found.append((match.start(), platform))
            break
    return tuple(platform for _, platform in sorted(found))


def _platform_positions(text: str) -> list[tuple[int, str]]:
    positions: list[tuple[int, str]] = []
    for platform, pattern in _PLATFORM_PATTERNS:
        for match in pattern.finditer(text):
            if not _CONTRASTIVE_MENTION.search(text[max(0, match.start() - _CONTRAST_REACH) : match.start()]):
                positions.append((match.start(), platform))
    return sorted(positions)


def find_actions(text: str) -> list[str]:
    """The actions a normalised text names (an inverted action keeps its leading "!"), in order of mention."""
    return [action for action, _, _, _ in _action_mentions(text, (), embedded=True)]


def points_to_linkedin(text: str) -> bool:
    """Whether a normalised text points a contact to LinkedIn instead ("tell them to connect on LinkedIn"), which
    keeps the networks apart rather than making a connection."""
    return _POINTING.search(text) is not None


def find_action_spans(text: str) -> list[tuple[str, int, int]]:
    """(action, start, end) of each action a normalised text names, in order of mention."""
    return [(action, start, end) for action, start, end, _ in _action_mentions(text, (), embedded=True)]


@lru_cache(maxsize=8192)
def _raw_action_matches(text: str) -> tuple[tuple[str, int, int, bool, bool, bool], ...]:
    """Every action pattern's matches in a text, in pattern order, with whether each sits inside an embedded
    question ("whether to connect") or a wh-clause ("who you will befriend"). Cached: clauses are read often."""
    matches: list[tuple[str, int, int, bool, bool, bool]] = []
    for action, pattern in _ACTIONS_COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span()
            before = text[max(0, start - 40) : start].rsplit(",", 1)[-1]
            owns_negation = "neg" in pattern.groupindex and match.group("neg") is not None
            if action == "accept-request" and _OTHER_SIDE_BEFORE.search(text[max(0, start - 30) : start]):
                # "When they accept your invite": the other side answering a request the reader sent.
                continue
            matches.append(
                (
                    action,
                    start,
                    end,
                    owns_negation,
                    bool(_EMBEDDED_BEFORE.search(before)),
                    bool(_WH_EMBEDDED_BEFORE.search(before)),
                )
            )
    return tuple(matches)


def _action_mentions(
    text: str, excluded: Sequence[tuple[int, int]], embedded: bool = False
) -> list[tuple[str, int, int, bool]]:
    """(action, start, end, owns_negation) for each action named outside the excluded spans; with `embedded`,
    actions inside embedded questions ("whether to connect") count too."""
    mentions: list[tuple[str, int, int, bool]] = []
    taken: list[tuple[int, int]] = []
    for action, start, end, owns_negation, inside_question, inside_wh in _raw_action_matches(text):
        if any(start < stop and end > begin for begin, stop in taken):
            continue
        if any(begin <= start < stop for begin, stop in excluded):
            continue
        if inside_wh or (inside_question and not embedded):
            continue
        taken.append((start, end))
        mentions.append((action, start, end, owns_negation))
    if not mentions:
        send = _BARE_SEND.search(text)
        if send:
            mentions.append(("?send", send.start(), send.end(), False))
    mentions.sort(key=lambda mention: mention[1])
    # One action named twice in a clause is one action.
    seen: set[str] = set()
    unique: list[tuple[str, int, int, bool]] = []
    # "Log out before viewing their profile": the profile view is what the precaution is about, not advised itself;
    # "view it without logging out" is a plain view.
    hidden = [mention for mention in mentions if mention[0] == "view-privately"]
    if hidden and re.search(r"\bwithout\s+$", text[max(0, hidden[0][1] - 10) : hidden[0][1]]):
        seen.add("view-privately")
    elif hidden:
        seen.add("view-profile")
    for mention in mentions:
        if mention[0] not in seen:
            seen.add(mention[0])
            unique.append(mention)
    return unique


def find_people(text: str) -> list[str]:
    """The people a normalised text names, in order of mention."""
    return list(_cached_people(text))


@lru_cache(maxsize=8192)
def _cached_people(text: str) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    for person, pattern in _PEOPLE_PATTERNS:
        match = pattern.search(text)
        if match:
            found.append((match.start(), person))
    return tuple(person for _, person in sorted(found))


# What a condition turns on: whether the person's account is public, whether what they post is professional.
# Each: the state, whether the words say it holds, and the words.
_STATE_PATTERNS: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    ("public", False, re.compile(r"\b(?:private|non-public|protected|locked)\b")),
    ("public", True, re.compile(r"(?<!non-)\bpublic(?:ly)?\b")),
    (
        "professional",
        True,
        re.compile(
            r"\bprofessional(?:ly)?\b|(?<!looking )(?<!look )\bfor work\b|\bwork(?:-related)? (?:stuff|things|content"
            r"|posts?|updates)\b"
            r"|\babout (?:their|his|her) (?:job|work)\b|\bwork[- ]related (?:posts?|stuff|content)\b"
            r"|\buses? (?:it|her \w+|his \w+|their \w+) (?:basically |mostly |just )?(?:as|like) (?:a )?linked ?in\b"
            r"|\b(?:about|mostly|mainly|all) (?:work|industry|business)\b|\bindustry (?:stuff|news|posts?|content"
            r"|things)\b"
            r"|\b(?:is|are) (?:all |mostly |mainly )?work[- ]related\b"
            # "All they tweet about is work", "only posts about their industry", "an all-work twitter".
            r"|\ball[- ]work\b|\b100% work\b|\bpurely (?:work|professional)\b"
            r"|\b(?:tweets?|posts?|shares?) (?:\w+ )?about (?:is )?(?:work|industry|business|(?:their|our|my|your) "
            r"(?:job|industry|field))\b"
        ),
    ),
    (
        "professional",
        False,
        re.compile(
            r"\bpersonal(?:ly)?\b(?! (?:note|message|msg|touch)\b)"
            r"|\b(?:very|really|too|incredibly|mainly|mostly) individual\b"
            r"|\b(?:tweets|posts) (?:are |is )?(?:mostly |mainly )?about (?:his|her|their) (?:kids|family|weekends?"
            r"|vacations?|holidays|dogs?"
            r"|cats?"
            r"|pets|hobbies|fantasy \w+)\b"
        ),
    ),
    ("political", True, re.compile(r"\b(?:political|politics|controversial)\b")),
    # How the act is done: a request that carries a note, a message that asks outright for a job.
    (
        "note",
        True,
        re.compile(
            r"\b(?:with|includ\w*|add\w*|attach\w*|writ\w*|put\w*)(?: in)? (?:a |an |my |your |some )?(?:short |brief |"
            r"personal |personali[sz]ed |custom |customi[sz]ed |thoughtful |quick |nice |little )*(?:note|message|"
            r"thank[- ]you)\b|\bpersonali[sz]ed (?:request|invite|invitation)\b|\bcustomi[sz]ed message\b"
            r"|\b(?:my|your|the|a) note (?:says|saying|makes)\b|\bintegrated a observe\b"
            # "Thank my interviewer through the LinkedIn invite message": the thank-you is the note.
            r"|\bthank\w*(?: \w+){0,3} (?:in|through|via|with|into) (?:the|a|my|your) (?:linkedin |li )?"
            r"(?:invite|request|invitation)\b"
        ),
    ),
    # What the note says: that the candidate expects nothing, or hopes to hear about the job.
    (
        "expects-outcome",
        False,
        re.compile(
            r"\bexpects? nothing\b|\bno (?:pressure|expectations?|strings)\b|\bexpecting nothing\b"
            r"|\bnot expecting anything\b|\bregardless of "
            r"the (?:\w+ )?(?:end )?result\b|\bwhatever the (?:outcome|result)\b|\bwithout expecting\b"
        ),
    ),
    (
        "expects-outcome",
        True,
        re.compile(
            r"\b(?:hop(?:e|es|ing)|want(?:ing)?|excited|looking forward)\b(?: \w+){0,3} (?:to )?"
            r"(?:get(?:ting)?|land(?:ing)?|hear(?:ing)?|the (?:job|role|position|offer))\b"
            r"|\bthe (?:hiring )?decision\b|\bhop(?:e|es|ing)\b(?: \w+){0,3} (?:pick|choose|hire|select)s? (?:me|you)\b"
        ),
    ),
    (
        "note",
        False,
        re.compile(
            r"\b(?:with no |without (?:a |any )?)(?:\w+ )?(?:note|message)\b"
            r"|\b(?:blank|generic|bare|empty) (?:linkedin )?(?:request|invite|invitation)\b"
            r"|\bjust (?:hit|click|press)\w* connect\b"
        ),
    ),
    # "Some interviewers will accept and some won't": how the person takes it varies (what "do they mind" asks).
    (
        "varies",
        True,
        re.compile(
            r"\bsome (?:\w+ )?(?:will|do|accept)\b.*\bsome (?:won't|don't|do not)\b|\beveryone (?:is different"
            r"|has their own)"
            r"|\bown (?:personal )?(?:social media )?polic(?:y|ies)\b"
        ),
    ),
    # "Send it without asking them first": whether the person was asked before the request.
    (
        "asked-first",
        True,
        re.compile(
            r"\b(?:ask|asking|asked|checking|check)(?: (?:them|him|her|(?:the|your|my) [\w-]+))?(?: first| beforehand|"
            r" for permission)\b|\b(?:their|his|her) (?:ok|okay|permission|go-ahead) first\b"
        ),
    ),
    (
        "asked-first",
        False,
        re.compile(r"\bwithout (?:asking|checking)\b|\bskip(?:ping)? (?:the )?(?:asking|ask|checking)\b"),
    ),
    # "Like and comment on every post" against "one or two, don't overdo it".
    (
        "every-post",
        True,
        re.compile(
            r"\bevery (?:single )?one of (?:(?:her|his|their|the|my|your) (?:\S+ )?)?(?:posts?|tweets?|updates?)\b"
            r"|\b(?:every|all|each|most|lots of|loads of|many of|a lot of|tons of|a ton of) (?:of )?"
            r"(?:(?:her|his|their|the|my|your) (?:\S+ )?)?(?:single )?(?:posts?|tweets?|updates?|blogs?)\b"
            r"|\b(?:basically |pretty much |nearly |almost )?(?:everything|every (?:single )?thing) "
            r"(?:(?:they|he|she|(?:the|your|my) [\w-]+) )?(?:posts?|tweets?|shares?)\b"
        ),
    ),
    ("every-post", False, re.compile(r"\bone or two\b|\ba (?:few|couple)\b|\bwithout overdoing\b|\bdon't overdo\b")),
    # "Delete every personal photo": all of them, not only the ones that give the wrong impression.
    (
        "every-photo",
        True,
        re.compile(
            r"\b(?:every|all|any)(?: single)?(?: (?:of )?(?:my|your|the))?(?: personal)? (?:photos?|pics|pictures?)\b"
            # "Bad to have personal pics on my profile at all?"
            r"|\b(?:photos?|pics|pictures?)\b[^?.]{0,40}\bat all\b"
        ),
    ),
    (
        "job-request",
        True,
        re.compile(
            r"\bask\w* (?:them|him|her) to give (?:you|me) a job\b|"
            r"\bask\w* (?:them |him |her |directly |outright |abruptly |straight |straight up |point blank )*for "
            r"(?:a |the |any )?"
            r"(?:job|position|role)\b|\bask\w* (?:\w+ ){0,3}(?:if|whether) (?:they|he|she) (?:have|has|had) (?:a "
            r"|any )?"
            r"(?:job|opening|position|role)s?\b"
            # "Ask them to hire me", "ask if there's a position for me", "ask if they've got a job for me".
            r"|\bask\w* (?:them|him|her) to hire (?:me|you)\b"
            r"|\bask\w* (?:\w+ ){0,3}(?:if|whether) (?:there'?s|there is|there are|they'?ve got|they have got"
            r"|they got) (?:a |an |any )?(?:job|opening|position|role)s?\b"
            # "Ask if they'll hire me", "ask whether they'd give me a job".
            r"|\bask\w* (?:\w+ ){0,3}(?:if|whether) (?:they|he|she)(?:'ll| will|'d| would) (?:hire (?:me|you)"
            r"|give (?:me|you) "
            r"a job)\b"
        ),
    ),
)
# What each state is about: who can see the account, or what the person posts.
STATE_ASPECTS = {
    "public": "access",
    "professional": "content",
    "political": "content",
    "note": "manner",
    "job-request": "manner",
    "every-photo": "manner",
    "asked-first": "manner",
    "every-post": "manner",
    "varies": "audience",
    # Only a question states it: it asks how the person takes the act ("do recruiters mind if ...").
    "reaction": "audience",
    # Only a question states it: whether they will accept one's request ("do interviewers usually accept?").
    "acceptance": "audience",
    "expects-outcome": "manner",
    # Only a question states it: the request stands in for a paper thank-you card.
    "instead-of-card": "manner",
    # Only a question states it: the claim is that the risk falls as the process goes on.
    "safer-later": "timing",
    # Only a question states it: a request with a thank-you weighed against a paper card.
    "card-compared": "manner",
    # Only a question states it: whether they will look at one's profile ("will they check out my profile?").
    "seen": "audience",
    # Only a question states it: keeping up a contact after the process ended ("stay connected after a rejection").
    "staying": "timing",
    # Only a question states it: hired, the interviewer is now a coworker ("got the job, can I friend my new boss?").
    "hired": "timing",
    # Only a question states it: both circles on one account ("coworkers and friends on the same Facebook").
    "mixed": "audience",
    # Only a question states it: whether the advice differs between networks ("does it matter which site?").
    "across-platforms": "audience",
    # Only a question states it: what a network is for ("isn't Facebook more of a personal thing?").
    "personal-place": "audience",
}
_STATE_NEGATOR = re.compile(r"\b(?:not|never|no|nothing|isn't|aren't|doesn't|don't|unless|without)\b|n't\b")
_STATE_SEGMENT = re.compile(r"\band\b|\bbut\b|;")


def find_condition_states(text: str) -> dict[str, bool]:
    """The states a condition names and whether it needs them to hold: "if their profile is non-public" is
    {"public": False}; a state named both ways ("mainly professional or mainly personal") is left out."""
    return dict(_cached_states(normalize(text)))


@lru_cache(maxsize=4096)
def _cached_states(text: str) -> tuple[tuple[str, bool], ...]:
    found: dict[str, set[bool]] = {}
    for state, holds, pattern in _STATE_PATTERNS:
        for match in pattern.finditer(text):
            # A negation earlier in the same part of the condition turns it around ("not very political, personal").
            segment = _STATE_SEGMENT.split(text[: match.start()])[-1]
            if STATE_ASPECTS[state] == "manner":
                # "Without abruptly asking for a job": how an act is done is negated only right before it, not by
                # "a company that isn't hiring" earlier in the clause.
                segment = " ".join(re.split(r"[,;:]", segment)[-1].split()[-2:])
            negated = len(_STATE_NEGATOR.findall(segment)) % 2 == 1
            found.setdefault(state, set()).add(holds != negated)
    return tuple((state, values.pop()) for state, values in found.items() if len(values) == 1)


def mentions_thank_you(text: str) -> bool:
    """Whether a normalised text speaks of a thank-you (a note or message), which is sent after an interview."""
    return _THANK_YOU.search(text) is not None


def find_moments(text: str) -> list[str]:
    """The moments of the job search a normalised text names, in order of mention."""
    return list(_cached_moments(text))


@lru_cache(maxsize=8192)
def _cached_moments(text: str) -> tuple[str, ...]:
    if _EVERY_MOMENT.search(text):
        return ()
    found: list[tuple[int, str]] = []
    claimed: list[tuple[int, int]] = []
    for moment, pattern in _MOMENT_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < stop and match.end() > begin for begin, stop in claimed):
                continue
            claimed.append(match.span())
            found.append((match.start(), moment))
            break
    both = _BEFORE_OR_AFTER.search(text)
    if both and not any(moment == "before-interview" for _, moment in found):
        found.append((both.start(), "before-interview"))
    return tuple(dict.fromkeys(moment for _, moment in sorted(found)))


# ---------------------------------------------------------------------------------------------------------
# Direction cues. Each: pattern, polarity (+1 for the action, -1 against), weight, and whether a negation
# in front of it flips it. Compound cues come first; a later cue that overlaps an earlier match is skipped.
# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]
    polarity: int
    weight: float
    # Whether a "not" in front of the cue turns it around ("not okay", "not a faux pas").
    negatable: bool = True


def _cue(pattern: str, polarity: int, weight: float = 1.0, negatable: bool = True) -> _Cue:
    return _Cue(re.compile(pattern), polarity, weight, negatable)


# Verbs whose negation is approval: "don't hesitate to", "do not rule it out", "I wouldn't worry about".
_NEGATIVE_VERBS = (
    r"hesitate|worry|rule|be afraid|fear|shy|neglect|overlook|underestimate|miss|forget|lose sight|"
    r"eliminate sight|be shy|be scared|dismiss|discount|sweat"
)
# Verbs after a modal that frame a statement instead of advising an action ("should know that ...").
_FRAME_VERBS = r"know|be aware|remember|understand|realize|realise|recall|keep in mind|note|expect|be careful|decide"
_PROHIBITION_LEAD = (
    r"(?:^|[,;:(\-\"*•]\s*|\b(?:so|and|but|just|please|then|simply|also|you(?: really| generally| definitely|"
    r" probably| just)?|i|i really|one|candidates|job seekers?|applicants?)\s+)"
)
_PROHIBITION = re.compile(
    _PROHIBITION_LEAD + r"(?P<neg>do not|don't|dont|never(?: ever)?|should not|shouldn't|must not|mustn't|"
    r"ought to not|ought not to|ought not|would never|would not|wouldn't|cannot|can't)\s+(?P<verb>(?:\w+\s+){0,1}\w+)"
)
_PROHIBITION_SKIP = re.compile(r"^(?:need|have|want|know|think|see|get|make a difference|matter|really know)\b")

_CUES: tuple[_Cue, ...] = (
    # Compound phrases whose negation is part of the phrase.
    _cue(
        r"\bnot (?:a |an )?(?:line |something |risk )?(?:\w+ )?worth (?:crossing|it|the risk|taking)\b", -1, 1.0, False
    ),
    _cue(r"\bnot the (?:right |best )?way to\b", -1, 1.0, False),
    _cue(r"\bwhat'?s wrong with (?:that|it|this)\b", +1, 0.8, False),
    _cue(r"\bnothing wrong with\b|\bno harm in\b|\bno reason not to\b", +1, 1.0, False),
    _cue(r"\b(?:answer (?:\w+ )?is|is) no(?=[,.;:!-]|$)", -1, 1.0, False),
    _cue(r"\bno (?:strain|pressure) to\b", +1, 0.0, False),
    _cue(
        r"\b(?:less|fewer|lower) (?:risky|intrusive|risk|threat|questionable)\b|\bcarr(?:y|ies) less\b", +1, 0.5, False
    ),
    # Crossing a line, and how it is worded.
    _cue(r"\bcross(?:es|ing|ed)? (?:the|that|a) line\b|\bline (?:\w+ )?(?:gets|is|was) crossed\b", -1, 1.0),
    # Evaluations against the action.
    _cue(
        r"(?<!non-)(?:\b(?:a )?faux pas\b|\brude\b|\bcreepy\b|\bicky\b|\bweird\b|\bawkward\b|\buncomfortable\b"
        r"|\bunprofessional"
        r"\b|\binappropriate\b|\bpresumptuous\b|\bpushy\b|\baggressive\b|\bdesperate\b|\bintrusive\b|\btacky\b"
        r"|\bneedy\b|\boverbearing\b|\bannoying\b|\b(?:a|an) (?:big )?(?:mistake|bad idea|no-no|infringement)\b"
        r"|\bfrowned upon\b|\ba bad thing\b|\boff-?putting\b|\bout of (?:place|location|line)\b|\binfringement\b"
        r"|\boverstep\w*)",
        -1,
    ),
    _cue(r"\b(?:too|way too|overly) (?:risky|pushy|forward|personal|familiar|individual|much|soon|early)\b", -1),
    _cue(r"\brisky\b|\briskier\b|\b(?:hard|tough|difficult|awkward) (?:spot|position|location|place)\b", -1, 0.5),
    # Avoidance verbs.
    _cue(
        r"\b(?:skip|avoid|steer clear of|stay away from|refrain from|hold off on|resist the (?:urge|temptation))\b",
        -1,
        1.0,
        False,
    ),
    # Evaluations for the action.
    _cue(
        r"\b(?:fine|ok|okay|alright|all right|acceptable|appropriate|normal|non-creepy|reasonable|harmless|smart|"
        r"wise|safe|polite|courteous|expected|professional|the norm)\b(?= to\b| for\b| thing\b| and\b|\s*[.,;)]|$)",
        +1,
    ),
    _cue(r"\bsafer\b", +1, 0.5),
    # "Facebook isn't for professional use": the platform is the wrong place for the action.
    _cue(r"\b(?:is|are)(?:n't| not)\s+(?:\w+\s+)?for professional\b", -1, 1.0, False),
    _cue(
        r"\bcan be (?:a|an) (?:\w+ )?(?:tool|mechanism|resource|way) (?:for|to)\b|\b(?:useful|helpful|valuable|"
        r"beneficial) (?:tool|mechanism|resource|information)",
        +1,
        0.5,
        False,
    ),
    _cue(
        r"\b(?:a |the )?(?:great|good|smart|excellent|nice|clever|best|wise) (?:way|idea|move|thing|practice|"
        r"opportunity|strategy)\b",
        +1,
    ),
    _cue(
        r"\bby all means\b|\bgo ahead\b|\bfeel free\b|\bmakes sense\b|\bworth (?:doing|considering|exploring|a try)", +1
    ),
    # The writer's (or an expert's) recommendation; "you can suggest that they ..." is a script, not a cue.
    _cue(
        r"\b(?:i|we|i'd|we'd|i would|we would|experts?|recruiters|coaches|they)(?: strongly| highly| always"
        r"| really)? (?:recommend|encourage|suggest|advise)s?\b|\b(?:is|are|highly|strongly) (?:recommended|encouraged"
        r"|advised)\b"
        r"|^[\s(*•\-\"']*(?:recommended|i recommend|we recommend)\b",
        +1,
    ),
    _cue(r"\b(?:advantages?|benefits?|an edge|a leg up|in (?:your|their) favou?r|pays off|reward)\b", +1, 0.5),
    _cue(r"\bsmart to\b", +1),
    # "Coaches say to send a paper note", "people will tell you to connect": advice, whoever gives it.
    _cue(r"\b(?:say|says|said|tell you|tells you|told you|advise you|advises you)\s+to\b", +1, 1.0, False),
    _cue(
        r"(?:^|[,;:\-]\s*|\b(?:you|should|perhaps|might|may|could|also|please|seriously|definitely|to)\s+)"
        r"(?:also\s+)?(?:consider|take into account)\b",
        +1,
        1.0,
        False,
    ),
    _cue(
        r"\byou (?:can|may|could)\b(?! (?:say|tell|ask|write|reply|respond|answer|go into|get|check)\b)", +1, 0.5, False
    ),
)
# "You should", "job seekers must", "you'll want to": advice for the action unless negated right after.
_MODAL = re.compile(
    r"\b(?:you|job seekers?|jobseekers?|candidates?|applicants?|one|everyone)\s+(?:really\s+|definitely\s+|"
    r"probably\s+|absolutely\s+|always\s+|also\s+|still\s+)?(?P<modal>should|must|need to|ought to|have to|"
    r"'ll want to|will want to|may want to|might want to|'d better|had better)\b(?P<rest>(?:\s+\S+){0,3})"
)
_NEGATOR = re.compile(r"\b(?:not|never|no|hardly|nothing|without)\b|n't\b")
# An imperative: the clause opens (after discourse words) with a verb of advice.
_IMPERATIVE = re.compile(
    r"(?:^|[,;:!] )(?:[\s(*•\-\"'\d.)]*)(?:(?:so|and|but|then|just|finally|also|instead|first|now|always|simply|please|"
    r"however|rather|ideally|personally|if in doubt)[,\s]+)*(?P<verb>send|connect|follow|add|ask|reach|research|"
    r"read|look|check|comment|make|keep|polish|clean|update|use|create|include|write|thank|accept|try|focus|"
    r"get|take|give|start|go|join|link|request|view|like|share|stay|hide|remove|delete|untag|set|opt|default|"
    r"network|engage|introduce|mention|tailor|personali[sz]e|customi[sz]e)\b"
)
_NEGATIVE_IMPERATIVE = re.compile(
    r"(?:^|[,;:!] )(?:[\s(*•\-\"'\d.)]*)(?:(?:so|and|but|then|just|finally|also|instead|now|simply|please)[,\s]+)*"
    r"(?P<verb>avoid|skip|stop|refrain|resist|forget about|steer clear|stay away)\b"
)
# Questions in the text are not advice, except rhetorical ones that approve ("What's wrong with that?").
_RHETORICAL_APPROVAL = re.compile(r"\bwhat'?s wrong with\b|\bwhy not\b")
# A modal inside an embedded question ("whether candidates should link") advises nothing.
_EMBEDDED_QUESTION = re.compile(r"\b(?:whether|wonder|question is|uncertainty)\b(?:\s+\S+){0,5}\s*$")

# ---------------------------------------------------------------------------------------------------------
# Conditions, contrast, reporting.
# ---------------------------------------------------------------------------------------------------------
_CONDITION = re.compile(
    r"\b(?P<marker>only if|as long as|so long as|provided(?: that)?|providing|unless|assuming|on condition that|"
    r"when (?:done|accomplished|handled) (?:properly|right|well|correctly)|if (?:done|handled) (?:properly|"
    r"right|well)|if|in a way that|depending on|it depends on|depends on|when applicable|when relevant|once)\b"
    r"(?P<body>\s*[^\s,;:]*(?:(?!\s(?:by all means|then|it is|it's|it can|it will|you should|you can|you may|"
    r"you'll|skip|go ahead|feel free|consider)\b)[^,;:])*)"
)
# The rest of a list a condition breaks off at its first comma: ", really personal, or controversial".
_LIST_GOES_ON = re.compile(
    r"(?:,\s*(?:[\w'-]+\s+){0,2}[\w'-]+)*,?\s+(?:or|and)\s+(?:[\w'-]+\s+){0,3}[\w'-]+(?=\s*[,;:.]|$)"
)
_WAIT_UNTIL = re.compile(
    r"\b(?:wait(?:ing)?|hold(?:ing)? off|hold(?:ing)? back)(?: \w+){0,4} (?:until|till|for|after)\b(?P<body>[^,;:()]*)"
)
_UNTIL_THEN = re.compile(r"\buntil then\b|\bbefore then\b|\bin the meantime\b|\buntil (?:that|this) point\b")
# Conditions that set up the situation or a preference do not restrict the advice.
_FRAME_CONDITION = re.compile(
    r"^(?:if|when|once) (?:you(?:'re| are) (?:thinking|considering|wondering|unsure|going to|planning)|you want|"
    r"you'd (?:still )?rather|you would rather|you prefer|you (?:don't|do not) want|you like|you(?:'re| are) ever"
    r" asked|you do(?:,|$)|you make|you(?:'re| are) a manager)"
)
# "If it's the latter": one of two alternatives the sentence before set out ("mainly professional or personal").
_LATTER = re.compile(r"\bthe (?:latter|former)\b")
_ALTERNATIVES = re.compile(r"\b(?P<first>(?:\w+ )?\w+) or (?P<second>(?:\w+ )?\w+)\b")
_THANK_YOU = re.compile(r"\bthank[- ]?you\b(?! for\b)")
# A condition that is the reader's own taste: advice under it is an allowance, not a rule.
_PREFERENCE = re.compile(r"^(?:if|when) (?:you'd (?:still )?rather|you would rather|you prefer|you want|you like)\b")
_FRIEND_REQUEST = re.compile(r"\bfriend[- ]?requests?\b")
_ANSWERS_TO_REQUESTS = frozenset({"accept-request", "ignore-request"})
# "If they follow you first": what the other side did, which sets up the advice instead of restricting it.
_TRIGGER_CONDITION = re.compile(
    r"^(?:if|when|once) (?:they|professional contacts?|an interviewer|interviewers|a professional contact|someone|"
    r"people|a recruiter|recruiters|a hiring manager|hiring managers|contacts?|a contact|a coworker)\b.{0,60}?"
    r"\b(?:follow|follows|followed|friend-requests?|friend requests?|sends?|sent|requests?|adds?|added|connects?|"
    r"invites?|invited|reaches? out)\b(?:\s+\S+){0,2}?\s*(?:you|me)\b"
)
# A timing condition that also names content ("if it is public before the interview") still restricts.
_CONTENT_CONDITION = re.compile(r"\b(?:public|private|non-public|professional|personal|political|know)\b")
_EXPLANATION = re.compile(
    r"\b(?:because|since|due to the fact|as you are implying|so that|which means|in order to|the reason)\b"
)
# "A difference between researching and crossing the line": two behaviours set side by side, not advice.
_DIFFERENCE = re.compile(r"\bdifference between\b")
# A dash between clauses (not a hyphen inside a word).
_INNER_SENTENCE = re.compile(r"(?<=[a-z][.!?])\s+(?=[A-Z(“\"])")
_DASH = re.compile(r"—\s*|\s[–-]\s+|(?<=[a-z])- ")
_CONTRAST_SPLIT = re.compile(
    r"(?:,\s*|\s+-\s*|;\s*|\s)(?=\b(?:but|however|though|although|yet|having said that|that said|nevertheless|"
    r"nonetheless|still,|on the other hand)\b)"
)
_CONTRAST_OPENING = re.compile(
    r"^[\s(*•\-\"']*(?:but|however|though|yet|having said that|that said|nevertheless|nonetheless|still|"
    r"on the other hand|personally,? though|even so|instead)\b"
)
_REPORTING_FRAME = re.compile(
    r"\b(?:(?:many|some|most|a lot of|lots of|plenty of|other|certain|the)\s+)?(?:people|trainers|coaches|"
    r"career coaches|advisors|advisers|gurus|articles|sites|books|friends|others|hr people|pundits)\s+(?:will\s+)?"
    r"(?:tell|tells|say|says|advise|advises|recommend|recommends|suggest|suggests|insist|insists|claim|claims|"
    r"believe|believes|swear|swears)\b|\byou(?:'ll| will)? (?:often |sometimes |may |might )?(?:hear|read|be told)"
    r"\b|\byou (?:might|may) think\b|\b(?:conventional|common|popular|standard|traditional|old) (?:wisdom|advice|"
    r"rule)\b|\bit'?s (?:often|commonly|sometimes|widely) said\b|\bsome say\b"
)
_ATTRIBUTION = re.compile(
    r"\b(?:says|(?<!having )(?<!that )said|added|adds|explains|explained|according to|in accordance to|warns|warned|"
    r"advises|advised|experts? say)\b"
)
# The rule or bottom line of an article weighs more than an aside.
_SUMMARY = re.compile(
    r"\b(?:bottom line|rule of thumb|the rule (?:here |below |is )|in short|in summary|the point is|the key is|"
    r"my advice|general rule)\b"
)
# A sentence that only announces the next one ("The rule here is simple.", "Here's my advice:").
_LEAD_IN = re.compile(
    r"^(?:the (?:\w+ )?rule (?:here |below |is )?(?:is )?(?:simple|easy|clear)|here'?s (?:the thing|my advice|"
    r"the rule|what to do)|my advice|the answer|in short|the bottom line)[.:!]?\s*$"
)
# A quote that is a script for the reader to say or write, not advice ("ask, 'would it be alright...'").
_SCRIPT_QUOTE = re.compile(
    r"\b(?:ask|asks|asking|say|says|saying|write|writing|read|reads|study|something like|tell (?:him|her|them)|"
    r"note|message)\s*[,:]?\s*\"(?P<quote>[^\"]*)(?:\"|$)"
)
# A reader's letter: everything between "A reader writes:" and the answer is the reader's view.
_LETTER_START = re.compile(r"^(?:a )?(?:reader|listener|job seeker|letter writer|question)\b.{0,20}(?:writes|asks)\s*:")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my)\b")
# "Never send a generic invitation", "don't connect without a note": a no to one way of doing it, not to doing it.
_BARE_MANNER = re.compile(
    rf"\b(?:{_BARE_MANNER_WORDS})\b(?: [\w-]+){{0,2}}? (?:requests?|invites?|invitations?|messages?|notes?|e-?mails?)\b"
    r"|\bwithout (?:a |an |any )?(?:[\w-]+ )?(?:note|message|introduction|explanation|context|personal touch)\b"
)
# "When you decline, you can point them to LinkedIn": advice on how to do the act named in the when-clause.
_WHEN_YOU_CAN = re.compile(r"^\W*(?:\w+ ){0,3}?when you\b(?P<when>[^,]*),\s*(?=you (?:can|could|may|might|should)\b)")
# "That might mean accepting every invite": an action offered as one option, not advised as a rule.
_OPTION = re.compile(r"\b(?:might|may|could) (?:mean|involve|look like|include)\b")
# "Don't be too pushy", "don't overdo it": do it, in measure.
_NOT_TOO = re.compile(
    r"(?:\bnot|\b\w+n't|\bnever)\s+(?:be\s+|come across as\s+|seem\s+)?(?:too|overly)\s+\w+"
    r"|(?:\bnot|\b\w+n't|\bnever)\s+overdo\b"
)
_DENIAL = re.compile(r"\b(?:not true|not the case|a myth|untrue|false|wrong to (?:think|say)) that\b")
_PERSONAL = re.compile(r"\bpersonally\b|\bif i were you\b|\bi(?:'d| would)(?! never)\b")
# "The same rule applies to all social media", "The same thing goes for ...": the previous advice, extended.
_SAME_RULE = re.compile(r"\bthe same (?:rule|advice|thing|principle|goes|applies)\b")
_ANAPHOR = re.compile(r"\b(?:it|this|that|these|those|them|so|one|do so)\b")
# The writer speaking as the other side ("If I accept their request ..."), not advising.
_SELF_CONDITION = re.compile(r"\b(?:if|when) (?:i|we)\b(?! were you)")
_AVOIDING = re.compile(r"(?:avoid|remove|delete|hide|untag|opt away from)\b")
# Lines that point elsewhere ("See also: ...", "Source: ...") are not advice.
_POINTER_LINE = re.compile(
    r"^[\s*•]*(?:see(?: also)?|source|related|read more|further reading|photo)\s*:|^\s*\((?:here"
    r"|in this article) is (?:a lot )?more (?:info|information|facts|details|on)\b|^\s*\(?(?:for more|more on this)\b"
)
_EXPLANATION_OPENING = re.compile(
    r"^[\s(]*(?:due to the fact|because|since|that'?s because|this is because|the reason)"
)


@dataclass
class _Draft:
    """A clause that takes a position, before it is expanded into one record per part."""

    first: int
    last: int
    actions: list[str]
    platforms: dict[str, list[str]]
    people: list[str]
    moments: list[str]
    polarity: float
    direction: Direction
    condition: str = ""
    speaker: str = "author"
    cues: list[str] = field(default_factory=list)
    explicit_action: bool = True


@dataclass
class _Clause:
    """One clause of a sentence: its span, conditions, and the actions it names outside them."""

    start: int
    end: int
    text: str
    # (start, end, text, kind): kind is "restrict", "frame", "trigger" or "time".
    conditions: list[tuple[int, int, str, str]]
    # The clause with conditions and explanations blanked out: what the cues are read from.
    main: str
    mentions: list[tuple[str, int, int, bool]]
    # Actions named only inside a condition: the topic when the main clause names none.
    conditioned: list[tuple[str, int, int, bool]]
    wait: re.Match[str] | None
    skip: bool


@dataclass
class _Reading:
    """What one sentence says, read once: its normalised text and the parts it names."""

    index: int
    sentence: Sentence
    text: str
    raw: str
    question: bool
    script: bool
    letter: bool = False
    # A line that points to another page ("See also: ...", "(Here is more on ...)"): never advice or context.
    pointer: bool = False
    quoted: bool = False
    attributed: bool = False
    reported: bool = False
    # Where the writer turns against a view reported in the same sentence ("..., but ..."): later clauses are theirs.
    rejected_at: int = -1
    opens_with_contrast: bool = False
    platforms: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    moments: list[str] = field(default_factory=list)
    clauses: list[_Clause] = field(default_factory=list)
    explicit_actions: list[str] = field(default_factory=list)
    resolved_actions: list[str] = field(default_factory=list)
    resolved_platforms: list[str] = field(default_factory=list)
    resolved_moments: list[str] = field(default_factory=list)
    drafts: list[_Draft] = field(default_factory=list)


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the given spans replaced by spaces, so offsets stay put."""
    characters = list(text)
    for start, end in spans:
        for position in range(max(0, start), min(len(text), end)):
            characters[position] = " "
    return "".join(characters)


def _mask_scripts(text: str) -> str:
    """Blank out quotes that are lines for the reader to say, and the quotes joined to them by "or"."""
    spans: list[tuple[int, int]] = []
    for match in _SCRIPT_QUOTE.finditer(text):
        spans.append(match.span("quote"))
        position = match.end()
        while True:
            following = re.match(r'\s*(?:or|and|,)\s*"([^"]*)(?:"|$)', text[position:])
            if not following:
                break
            spans.append((position + following.start(1), position + following.end(1)))
            position += following.end()
    return _blank(text, spans)


def _negations(text: str, start: int) -> int:
    """How many negations scope over a cue that starts at `start`: those in the few words just before it."""
    window = text[max(0, start - 28) : start]
    # A clause boundary ends the scope of a negation.
    for boundary in (",", ";", ":", " - ", " that ", " because ", " if ", " when ", " but "):
        cut = window.rfind(boundary)
        if cut >= 0:
            window = window[cut + len(boundary) :]
    return len(_NEGATOR.findall(window))


def _direction_cues(clause: str, owned: Sequence[tuple[int, int]]) -> tuple[float, list[str]]:
    """The polarity a clause takes on its action and the cue words that decided it."""
    polarity = 0.0
    cues: list[str] = []
    taken: list[tuple[int, int]] = list(owned)

    def free(start: int, end: int) -> bool:
        return not any(start < stop and end > begin for begin, stop in taken)

    def embedded(start: int) -> bool:
        before = clause[max(0, start - 40) : start]
        return _EMBEDDED_QUESTION.search(before.rsplit(",", 1)[-1]) is not None

    for match in _PROHIBITION.finditer(clause):
        start, _ = match.span("neg")
        if not free(start, match.end()) or embedded(start):
            continue
        verb = match.group("verb")
        if _PROHIBITION_SKIP.match(verb):
            continue
        taken.append((start, match.end()))
        # Negating a negative verb approves: "don't hesitate", "do not rule it out", "I wouldn't worry".
        polarity += 1.0 if re.match(rf"(?:{_NEGATIVE_VERBS})\b", verb) else -1.0
        cues.append(clause[start : match.end()].strip())
    for match in _MODAL.finditer(clause):
        if not free(*match.span("modal")) or embedded(match.start()):
            continue
        rest = match.group("rest")
        if re.match(rf"\s+(?:{_FRAME_VERBS})\b", rest):
            continue
        taken.append(match.span())
        negated = re.match(r"\s+(?:not|never)\b", rest) is not None or _negations(clause, match.start()) > 0
        polarity += -1.0 if negated else 1.0
        cues.append(match.group(0).strip())
    for cue in _CUES:
        for match in cue.pattern.finditer(clause):
            start, end = match.span()
            if not free(start, end):
                continue
            taken.append((start, end))
            if cue.weight == 0.0:
                continue
            flips = _negations(clause, start) if cue.negatable else 0
            polarity += (-1 if flips % 2 else 1) * cue.polarity * cue.weight
            shown = match.group(0).strip()
            if flips:
                window = clause[max(0, start - 28) : start]
                last = list(_NEGATOR.finditer(window))[-1]
                shown = (window[last.start() :] + shown).strip()
            cues.append(shown)
    if _DENIAL.search(clause):
        # "It is not true that you shouldn't ...": the whole clause is denied.
        polarity = -polarity
        cues.append(_DENIAL.search(clause).group(0))  # type: ignore[union-attr]
    negative = _NEGATIVE_IMPERATIVE.search(clause)
    if negative and free(*negative.span("verb")):
        polarity -= 1.0
        cues.append(negative.group("verb"))
    elif not cues:
        imperative = _IMPERATIVE.search(clause)
        if imperative and imperative.start() > 0 and re.match(r"[\s(*•\-\"']*to\b", clause):
            imperative = None
        if imperative:
            polarity += 0.8
            cues.append(imperative.group("verb") + " (imperative)")
    return polarity, cues


@lru_cache(maxsize=4096)
def cue_polarity(cues: tuple[str, ...]) -> float:
    """Which way a record's cue words lean, read again on their own: above 0 for the action, below 0 against.
    A conditional record keeps only "conditional", so this tells "if X, do it" from "if X, don't"."""
    return _direction_cues(normalize(", ".join(cues)), ())[0]


def _split_clauses(text: str, original: str) -> list[tuple[int, int]]:
    """Clause spans of a sentence: split before each contrast word and at each dash between clauses."""
    cuts = {0, len(text)}
    for match in _CONTRAST_SPLIT.finditer(text):
        cuts.add(match.end())
    for match in _DASH.finditer(original):
        cuts.add(match.end())
    # pysbd keeps a parenthesis of several sentences whole; its sentences are clauses here.
    for match in _INNER_SENTENCE.finditer(original):
        cuts.add(match.end())
    ordered = sorted(cuts)
    spans: list[tuple[int, int]] = []
    for begin, end in pairwise(ordered):
        if spans and end - spans[-1][0] < 4:
            spans[-1] = (spans[-1][0], end)
        elif text[begin:end].strip():
            spans.append((begin, end))
    return spans


def _condition_kind(text: str) -> str:
    """Whether a condition restricts the advice, frames it, names what the other side did, or sets a time."""
    if _TRIGGER_CONDITION.match(text):
        return "trigger"
    if _FRAME_CONDITION.match(text):
        return "frame"
    if find_moments(text) and not _CONTENT_CONDITION.search(text):
        return "time"
    return "restrict"


def _read_clause(text: str, start: int, end: int) -> _Clause:
    clause = text[start:end]
    conditions: list[tuple[int, int, str, str]] = []
    for match in _CONDITION.finditer(clause):
        marker = match.group("marker")
        before = clause[: match.start()]
        # "See if", "ask if", "as if": not conditions.
        if marker == "if" and re.search(r"\b(?:as|even|wonder|see|know|ask|check|asking|whether)\s+$", before):
            continue
        if marker == "once" and re.search(r"\bat\s+$", before):
            continue
        end = match.end()
        if end < len(clause) and clause[end] == ":":
            # "provided you focus on:" introduces a list of how, not a restriction.
            continue
        listed = _LIST_GOES_ON.match(clause, end)
        if listed:
            # "If what they post is very political, very personal, or controversial": the whole list.
            end = listed.end()
        text_of = clause[match.start() : end].strip()
        conditions.append((match.start(), end, text_of, _condition_kind(text_of)))
    explanations: list[tuple[int, int]] = []
    for match in _EXPLANATION.finditer(clause):
        if not clause[: match.start()].strip(" (*•-\"'"):
            comma = clause.find(",", match.end())
            explanations.append((match.start(), comma if comma > 0 else len(clause)))
        else:
            explanations.append((match.start(), len(clause)))
    wait = _WAIT_UNTIL.search(clause)
    spans_out = [(begin, stop) for begin, stop, _, kind in conditions if kind != "frame"] + explanations
    if wait:
        spans_out.append((wait.start("body"), wait.end()))
    frames = [(begin, stop) for begin, stop, _, kind in conditions if kind == "frame"]
    # The action a framing condition names ("if you're thinking about following ...") is the topic only when
    # the main clause names none of its own.
    mentions = _action_mentions(clause, spans_out + frames) or _action_mentions(clause, spans_out)
    if not mentions:
        mentions = _action_mentions(clause, spans_out, embedded=True)
    if not mentions and wait:
        # "Wait until after the interview to send the invitation": what is waited with is the action.
        mentions = [
            mention
            for mention in _action_mentions(clause, explanations)
            if wait.start() <= mention[1] < wait.end() and re.search(r"\bto (?:\S+ ){0,2}$", clause[: mention[1]])
        ]
    inside = [(begin, stop) for begin, stop, _, kind in conditions if kind in ("restrict", "trigger")]
    conditioned = [
        mention
        for mention in _action_mentions(clause, explanations)
        if any(begin <= mention[1] < stop for begin, stop in inside)
    ]
    # A condition of manner ("in a way that isn't awkward") carries the cue words themselves.
    blanked = [
        (begin, stop)
        for begin, stop, text_of, _ in conditions
        if not text_of.startswith(("in a way", "when done", "when accomplished", "if done"))
    ] + explanations
    return _Clause(
        start=start,
        end=end,
        text=clause,
        conditions=conditions,
        main=_blank(clause, blanked),
        mentions=mentions,
        conditioned=conditioned,
        wait=wait,
        skip=_DIFFERENCE.search(clause) is not None,
    )


def _letter_sentences(readings: list[_Reading], blocks: dict[int, list[int]]) -> set[int]:
    """Sentences of a reader's letter: from "A reader writes:" while blocks speak in the first person or ask."""
    letter: set[int] = set()
    ordered = sorted(blocks)
    for position, block in enumerate(ordered):
        if not _LETTER_START.match(readings[blocks[block][0]].text.strip()):
            continue
        for later in ordered[position + 1 :]:
            members = blocks[later]
            texts = " ".join(readings[index].text for index in members)
            if _FIRST_PERSON.search(texts) or texts.rstrip().endswith("?"):
                letter.update(members)
            else:
                break
        break
    return letter


def _read_sentences(sentences: list[Sentence]) -> list[_Reading]:
    """Read every sentence once: text, quotes, speaker, and the parts each clause names."""
    readings: list[_Reading] = []
    block_ends_with_colon = False
    script_block = False
    in_quote = False
    for index, sentence in enumerate(sentences):
        raw = normalize(sentence.text)
        first_of_block = index == 0 or sentences[index - 1].block != sentence.block
        if first_of_block:
            script_block = raw.lstrip("*• ").startswith('"') and block_ends_with_colon
            in_quote = False
        opens_quote = raw.lstrip("*•( ").startswith('"')
        quoted = in_quote or opens_quote
        # An opened quotation that is not closed goes on into the next sentences of the paragraph.
        if raw.count('"') % 2 == 1:
            in_quote = not in_quote
        text = _mask_scripts(raw)
        reading = _Reading(
            index=index,
            sentence=sentence,
            text=text,
            raw=raw,
            question=text.rstrip(" )\"'").endswith("?") and not _RHETORICAL_APPROVAL.search(text),
            script=script_block,
            pointer=_POINTER_LINE.match(text) is not None,
            quoted=quoted and not script_block,
            attributed=_ATTRIBUTION.search(text) is not None,
            opens_with_contrast=_CONTRAST_OPENING.match(text) is not None,
            platforms=find_platforms(raw),
            people=find_people(raw),
            moments=find_moments(text),
        )
        reading.clauses = [_read_clause(text, begin, end) for begin, end in _split_clauses(text, sentence.text)]
        inside_conditions = [
            (clause.start + begin, clause.start + stop)
            for clause in reading.clauses
            for begin, stop, _, kind in clause.conditions
            if kind in ("restrict", "trigger")
        ]
        reading.explicit_actions = [action for action, *_ in _action_mentions(text, inside_conditions)]
        readings.append(reading)
        if index + 1 >= len(sentences) or sentences[index + 1].block != sentence.block:
            block_ends_with_colon = raw.rstrip().endswith(":")
    blocks: dict[int, list[int]] = {}
    for reading in readings:
        blocks.setdefault(reading.sentence.block, []).append(reading.index)
    for index in _letter_sentences(readings, blocks):
        readings[index].letter = True
    # A reported view is rejected when a contrast follows it in the sentence or opens the next one.
    for reading in readings:
        frame = _REPORTING_FRAME.search(reading.text)
        if not frame:
            continue
        after = reading.text[frame.end() :]
        following = readings[reading.index + 1] if reading.index + 1 < len(readings) else None
        turn = re.search(r"\b(?:but|however|yet)\b", after)
        if turn or (following is not None and following.opens_with_contrast):
            reading.reported = True
            if turn:
                reading.rejected_at = frame.end() + turn.start()
        else:
            reading.attributed = True
    return readings


def _block_topics(readings: list[_Reading]) -> dict[int, list[str]]:
    """For each paragraph, the platform its section is about: its heading's, or the paragraph before's."""
    topics: dict[int, list[str]] = {}
    blocks: dict[int, list[_Reading]] = {}
    for reading in readings:
        blocks.setdefault(reading.sentence.block, []).append(reading)
    carried: list[str] = []
    for block in sorted(blocks):
        members = blocks[block]
        lone = members[0]
        heading = (
            len(members) == 1
            and len(lone.sentence.text) <= 80
            and not lone.raw.rstrip().endswith((".", "!", "?", ":", ";", '"', ")"))
        )
        named = list(dict.fromkeys(platform for member in members for platform in member.platforms))
        topics[block] = carried
        if heading:
            carried = named if len(named) == 1 else []
        elif named:
            # A paragraph about one platform makes the next paragraph, if it names none, about it too.
            carried = named if len(named) == 1 else []
    return topics


def _context(readings: list[_Reading], index: int) -> _Reading | None:
    """The sentence an anaphoric clause points back to: the latest one before it that took up an action."""
    reading = readings[index]
    blocks_seen = {reading.sentence.block}
    for earlier in range(index - 1, max(-1, index - 6), -1):
        other = readings[earlier]
        if other.script or other.pointer or (other.question and not other.resolved_actions):
            # A line that points to another page ("here is more on ...") is not what "that" refers to.
            continue
        blocks_seen.add(other.sentence.block)
        # An anaphor reaches back into the paragraph before, but no further.
        if len(blocks_seen) > 2:
            break
        if other.resolved_actions:
            return other
    return None


def _context_platforms(readings: list[_Reading], index: int, topics: dict[int, list[str]]) -> list[str]:
    """The platform a sentence is about when it names none: the paragraph's latest, else its section's."""
    reading = readings[index]
    for earlier in range(index - 1, -1, -1):
        other = readings[earlier]
        if other.sentence.block != reading.sentence.block:
            break
        if other.platforms:
            return other.platforms
    return topics.get(reading.sentence.block, [])


def _context_people(readings: list[_Reading], index: int) -> list[str]:
    reading = readings[index]
    for earlier in range(index - 1, -1, -1):
        other = readings[earlier]
        if other.sentence.block != reading.sentence.block:
            break
        if other.people:
            return other.people
    return []


def _sentence_drafts(readings: list[_Reading], index: int, topics: dict[int, list[str]]) -> list[_Draft]:
    """The positions one sentence takes, one draft per clause that has a direction."""
    reading = readings[index]
    if reading.letter:
        speaker = "reader"
    elif reading.reported:
        speaker = "reported"
    elif reading.attributed or reading.quoted:
        speaker = "expert"
    else:
        speaker = "author"
    drafts: list[_Draft] = []
    carried_actions: list[str] = []
    carried_moments: list[str] = []
    previous = readings[index - 1] if index > 0 else None
    explains_previous = _EXPLANATION_OPENING.match(reading.text) is not None
    if reading.pointer:
        return []
    for clause in reading.clauses:
        if reading.reported and 0 <= reading.rejected_at <= clause.start:
            speaker = "expert" if reading.attributed or reading.quoted else "author"
        same = _SAME_RULE.search(clause.text)
        if same and not clause.mentions:
            drafts.extend(_extend_rule(readings, index, clause, speaker))
            continue
        if clause.skip or any(
            kind == "restrict" and _SELF_CONDITION.match(text) for _, _, text, kind in clause.conditions
        ):
            continue
        owned = [(start, end) for _, start, end, owns in clause.mentions if owns]
        owned += [(start, end) for action, start, end, _ in clause.mentions if action == "clean-up-profile"]
        polarity, cues = _direction_cues(clause.main, owned)
        mentions = clause.mentions
        moments = find_moments(_blank(clause.text, [(s, e) for s, e, _, k in clause.conditions if k != "time"]))
        # "By all means connect once you have the job, but until then ...": the time before that moment.
        if _UNTIL_THEN.search(clause.text) and carried_moments:
            moments = _moments_before(carried_moments[0])
        if not moments and _EVERY_MOMENT.search(reading.text):
            # "Wherever you are in the process, don't": the rule at each moment of it, as well as in general.
            moments = ["any", *_PROCESS_MOMENTS]
        restricting = [text for _, _, text, kind in clause.conditions if kind == "restrict"]
        if not mentions and clause.conditioned and not _SELF_CONDITION.search(clause.text):
            # "If you ignore their request it is awkward": the condition names what is judged. ("If I ignore
            # their request" is the writer's own experience as the other side, not advice.)
            mentions = clause.conditioned
            restricting = []
        direction: Direction | None = None
        condition = ""
        if clause.wait:
            waited = clause.wait.group("body")
            direction = "conditional"
            moments = (find_moments("after" + waited) or find_moments(waited) or ["right-after-interview"])[:1]
            condition = _original(reading, clause.start + clause.wait.start(), clause.wait.end() - clause.wait.start())
            cues.append("wait until")
        if not cues:
            cleanup = [m for m in mentions if m[0] == "clean-up-profile" and _AVOIDING.match(clause.text, m[1])]
            if cleanup:
                # "Avoid the photos that give the wrong impression" is advice for cleaning up a profile.
                polarity, cues = 0.8, [clause.text[cleanup[0][1] : cleanup[0][2]].strip() + " (imperative)"]
        option = _OPTION.search(clause.main)
        if not cues and option and mentions and direction is None:
            # "For you, that might mean accepting every invite": one way among others, depending on the reader.
            polarity, cues = 0.5, [option.group(0)]
            direction = "conditional"
            condition = "one option among others, depending on the person"
        if not cues:
            if mentions:
                carried_actions = [action for action, *_ in mentions]
            carried_moments = moments or carried_moments
            continue
        if reading.question:
            continue
        manner_limit = _NOT_TOO.search(clause.main)
        if direction is None and manner_limit and not mentions and drafts and drafts[-1].direction == "for":
            # "You can message them, but don't be too pushy": the permission holds in a measured way.
            drafts[-1].direction = "conditional"
            drafts[-1].condition = _original(
                reading, clause.start + manner_limit.start(), manner_limit.end() - manner_limit.start()
            )
            drafts[-1].cues.extend(cue for cue in cues if cue not in drafts[-1].cues)
            continue
        if direction is None and manner_limit and not mentions and carried_actions:
            # "If you make an insightful comment ..., but don't overdo it": the act named before, in measure.
            direction = "conditional"
            condition = _original(
                reading, clause.start + manner_limit.start(), manner_limit.end() - manner_limit.start()
            )
        when_you = _WHEN_YOU_CAN.match(clause.text)
        if (
            direction is None
            and when_you
            and mentions
            and all(start < when_you.end("when") for _, start, *_ in mentions)
        ):
            # "When you don't accept a request, you can suggest they contact you on LinkedIn": how to do it well.
            direction = "conditional"
            condition = _original(reading, clause.start + when_you.end(), len(clause.text) - when_you.end())
        if direction is None:
            if abs(polarity) < 0.25:
                continue
            direction = "for" if polarity > 0 else "against"
            timing = [text for _, _, text, kind in clause.conditions if kind == "time"]
            manner = _NOT_TOO.search(clause.main)
            if restricting:
                direction = "conditional"
                condition = _resolve_latter(_original_text(reading, clause, restricting[0]), previous)
            elif manner and polarity > 0:
                # "Your note should not be too forward": do it, in a measured way.
                direction = "conditional"
                condition = _original(reading, clause.start + manner.start(), manner.end() - manner.start())
            elif polarity < 0 and (bare := _BARE_MANNER.search(clause.main)):
                # "Never send a generic invitation": send one, worded for the person.
                direction = "conditional"
                worded = _original(reading, clause.start + bare.start(), bare.end() - bare.start())
                condition = "with" + worded[len("without") :] if bare.group(0).startswith("without") else "no " + worded
            elif timing and polarity > 0:
                # "If you get the job, by all means connect": yes, from that moment on.
                direction = "conditional"
                moments = find_moments(timing[0])[:1]
                condition = _original_text(reading, clause, timing[0])
        actions = [action for action, *_ in mentions]
        explicit = bool(actions)
        inherited_platforms: list[str] = []
        inherited_people: list[str] = []
        inherited_moments: list[str] = []
        if not actions and not (clause.wait or _refers_back(clause.main)):
            continue
        if not actions and carried_actions:
            actions = carried_actions
        elif not actions:
            source = _context(readings, index)
            if source is not None:
                actions = source.resolved_actions
                inherited_platforms = source.resolved_platforms
                inherited_people = source.people
                inherited_moments = source.resolved_moments
        if "?send" in actions:
            source = _context(readings, index)
            context_actions = source.resolved_actions if source else []
            if source:
                inherited_platforms = source.resolved_platforms
            sendable = [action for action in context_actions if action in ("connect", "friend", "message")]
            actions = [action for action in actions if action != "?send"] + (sendable or ["message"])
        if not actions:
            continue
        named_platforms = find_platforms(_mask_contrastive(reading.raw[clause.start : clause.end]))
        fallback = (
            named_platforms
            or inherited_platforms
            or reading.platforms
            or _context_platforms(readings, index, topics)
            or ["any"]
        )
        paired = _pair_platforms(clause.text, mentions) if explicit else {}
        platforms = {action: paired.get(action) or list(fallback) for action in actions}
        if _FRIEND_REQUEST.search(clause.text):
            # Accepting or turning down a friend request happens on Facebook, as sending one does.
            platforms.update({action: ["facebook"] for action in platforms if action in _ANSWERS_TO_REQUESTS})
        people = (
            find_people(reading.raw[clause.start : clause.end])
            or inherited_people
            or reading.people
            or _context_people(readings, index)
        )
        if not moments and (explains_previous or not (explicit or named_platforms)):
            moments = inherited_moments or (previous.resolved_moments if previous and explains_previous else [])
        if not moments:
            # A fronted "Right after the interview, however, ..." times the clause that follows it.
            moments = carried_moments or (reading.moments if len(reading.clauses) == 1 else [])
        if not moments and mentions_thank_you(reading.text):
            # A thank-you is sent after the interview it thanks for.
            moments = ["right-after-interview"]
        summary = _SUMMARY.search(reading.text)
        if summary:
            cues.append(summary.group(0))
        if _PERSONAL.search(clause.text):
            # "Personally, I'd wait": the writer's own preference, which weighs less than a rule.
            cues.append("personally")
        if any(kind == "frame" and _PREFERENCE.match(text) for _, _, text, kind in clause.conditions):
            # "It's also fine to keep logging out if you'd rather": an allowance for the reader's taste.
            cues.append("if you prefer")
        drafts.append(
            _Draft(
                first=index,
                last=index,
                actions=actions,
                platforms=platforms,
                people=people or ["any"],
                moments=moments or ["any"],
                polarity=polarity,
                direction=direction,
                condition=condition,
                speaker=speaker,
                cues=list(dict.fromkeys(cues)),
                explicit_action=explicit,
            )
        )
        carried_actions = actions
        carried_moments = moments
    return _contrast_within(drafts)


def _extend_rule(readings: list[_Reading], index: int, clause: _Clause, speaker: str) -> list[_Draft]:
    """ "The same rule applies to all social media": the advice just given, for the platforms and people named."""
    source = next((readings[i] for i in range(index - 1, max(-1, index - 4), -1) if readings[i].drafts), None)
    if source is None:
        return []
    reading = readings[index]
    named = reading.raw[clause.start : clause.end]
    platforms = find_platforms(named)
    people = find_people(named)
    extended: list[_Draft] = []
    for draft in source.drafts:
        extended.append(
            replace(
                draft,
                first=index,
                last=index,
                platforms={action: platforms or ps for action, ps in draft.platforms.items()},
                people=people or draft.people,
                speaker=speaker,
                cues=[*draft.cues, clause.text[_SAME_RULE.search(clause.text).start() :].strip(" -,.")],  # type: ignore[union-attr]
                explicit_action=False,
            )
        )
    return extended


def _refers_back(main: str) -> bool:
    """Whether a clause that names no action points back to one ("don't do it") or is too short to have its own."""
    words = re.findall(r"[a-z']+", main)
    return bool(_ANAPHOR.search(main)) or len(words) <= 6


def _mask_contrastive(text: str) -> str:
    """Drop a platform named only to be set against another ("Unlike Facebook, LinkedIn ...")."""
    return _CONTRASTED_PLATFORM.sub(" ", text)


def _moments_before(moment: str) -> list[str]:
    """The moments of a job search that come before `moment`."""
    if moment in ("after-offer", "after-rejection"):
        return ["during-process"]
    if moment in ("right-after-interview", "during-process"):
        return ["before-interview"]
    return []


def _resolve_latter(condition: str, previous: _Reading | None) -> str:
    """ "If it's the latter", after "mainly professional or mainly personal", says which: "If it's the latter
    (mainly personal)"."""
    pointer = _LATTER.search(condition.lower())
    choices = list(_ALTERNATIVES.finditer(previous.text)) if pointer and previous is not None else []
    if not pointer or not choices or previous is None:
        return condition
    last = choices[-1]
    group = "second" if pointer.group(0) == "the latter" else "first"
    chosen = _original(previous, last.start(group), last.end(group) - last.start(group))
    return f"{condition} ({chosen})"


def _original(reading: _Reading, start: int, length: int) -> str:
    """A span of the sentence as the article words it (the normalised text has the same offsets)."""
    return reading.sentence.text[start : start + length].strip()


def _original_text(reading: _Reading, clause: _Clause, condition: str) -> str:
    found = clause.text.find(condition)
    if found < 0:
        return condition
    return _original(reading, clause.start + found, len(condition))


def _pair_platforms(clause: str, mentions: list[tuple[str, int, int, bool]]) -> dict[str, list[str]]:
    """When a clause names several actions and platforms ("a LinkedIn connection or Facebook friend
    request"), each action goes with the platform named nearest to it."""
    positions = _platform_positions(clause)
    if len(mentions) < 2 or len({platform for _, platform in positions}) < 2:
        return {}
    pairs: dict[str, list[str]] = {}
    for action, start, end, _ in mentions:
        nearest = min(positions, key=lambda position: min(abs(position[0] - start), abs(position[0] - end)))
        pairs[action] = [nearest[1]]
    return pairs


def _said(draft: _Draft) -> tuple[frozenset[str], Direction, frozenset[str]]:
    """What a draft says, with an inverted action turned the right way round: "personal photos are fine" is a no
    to cleaning up a profile."""
    actions = frozenset(action.lstrip("!") for action in draft.actions)
    inverted = all(action.startswith("!") for action in draft.actions)
    direction: Direction = draft.direction
    if inverted and direction != "conditional":
        direction = "for" if direction == "against" else "against"
    return actions, direction, frozenset(draft.moments)


def _contrast_within(drafts: list[_Draft]) -> list[_Draft]:
    """After a contrast, the later clause wins over an earlier one about the same thing at the same time."""
    kept: list[_Draft] = []
    for draft in drafts:
        actions, direction, moments = _said(draft)
        kept = [earlier for earlier in kept if not _contradicts(_said(earlier), actions, direction, moments)]
        kept.append(draft)
    return kept


def _contradicts(
    earlier: tuple[frozenset[str], Direction, frozenset[str]],
    actions: frozenset[str],
    direction: Direction,
    moments: frozenset[str],
) -> bool:
    """Whether an earlier clause says the other thing about the same actions at the same moments."""
    return earlier[0] == actions and earlier[2] == moments and earlier[1] != direction


def _merge_spans(readings: list[_Reading]) -> list[_Draft]:
    """Join a sentence to the one before it when the pair makes one piece of advice."""
    drafts: list[_Draft] = []
    for reading in readings:
        previous = readings[reading.index - 1] if reading.index > 0 else None
        same_block = previous is not None and previous.sentence.block == reading.sentence.block
        for draft in reading.drafts:
            if previous is not None and same_block:
                lead_in = _LEAD_IN.match(previous.text.strip(" *•")) is not None
                anaphoric = (
                    not draft.explicit_action
                    and not previous.drafts
                    and not previous.pointer
                    and bool(previous.explicit_actions)
                )
                if lead_in or anaphoric:
                    draft.first = previous.index
                elif reading.opens_with_contrast and previous.drafts:
                    overridden = [
                        earlier
                        for earlier in drafts
                        if earlier.last == previous.index
                        and earlier.speaker not in ("reported", "reader")
                        and set(earlier.actions) & set(draft.actions)
                        and earlier.direction != draft.direction
                        and not (earlier.direction == "for" and draft.direction == "conditional")
                        and earlier.moments == ["any"]
                    ]
                    if overridden:
                        # "The safe answer is no. But done well, it pays off": the contrast wins, with both.
                        draft.first = min(earlier.first for earlier in overridden)
                        draft.cues = list(dict.fromkeys([*draft.cues, *(c for e in overridden for c in e.cues)]))
                        drafts = [earlier for earlier in drafts if all(earlier is not o for o in overridden)]
            drafts.append(draft)
    return drafts


def topic_people(article: Article, readings: Sequence[_Reading] = ()) -> list[str]:
    """Whom the article is about when a piece of advice names no one: the people of its title, else the one
    person its body names most (if clearly the most)."""
    titled = find_people(normalize(article.title))
    if titled:
        return titled
    counts: dict[str, int] = {}
    for reading in readings:
        for person, pattern in _PEOPLE_PATTERNS:
            counts[person] = counts.get(person, 0) + len(pattern.findall(reading.raw))
    total = sum(counts.values())
    if not total:
        return []
    person, most = max(counts.items(), key=lambda item: item[1])
    return [person] if most >= 2 and most * 2 > total else []


def extract_advice(article: Article, sentences: list[Sentence]) -> list[AdviceRecord]:
    """Every piece of advice in the article, one record per action, platform, person and moment it names."""
    readings = _read_sentences(sentences)
    topics = _block_topics(readings)
    subject = topic_people(article, readings)
    for reading in readings:
        if reading.script:
            continue
        reading.drafts = _sentence_drafts(readings, reading.index, topics)
        if reading.drafts:
            reading.resolved_actions = list(dict.fromkeys(a for d in reading.drafts for a in d.actions))
            reading.resolved_platforms = list(
                dict.fromkeys(p for d in reading.drafts for ps in d.platforms.values() for p in ps)
            )
            reading.resolved_moments = [m for m in reading.drafts[-1].moments if m != "any"]
        else:
            reading.resolved_actions = [a for a in reading.explicit_actions if a != "?send"]
            reading.resolved_platforms = reading.platforms
            reading.resolved_moments = reading.moments
    records: list[AdviceRecord] = []
    for draft in _merge_spans(readings):
        start, end = _trim_markers(
            article.body, readings[draft.first].sentence.start, readings[draft.last].sentence.end
        )
        text = article.body[start:end]
        for raw_action in draft.actions:
            action = raw_action.lstrip("!")
            direction: Direction = draft.direction
            if raw_action.startswith("!") and direction != "conditional":
                # "Don't do both at once" is advice for keeping accounts apart.
                direction = "for" if direction == "against" else "against"
            platforms = _specific(draft.platforms.get(raw_action, ["any"]))
            people = draft.people if draft.people != ["any"] else (subject or ["any"])
            for platform, person, moment in product(platforms[:3], people[:3], draft.moments[:4]):
                records.append(
                    AdviceRecord(
                        doc=article.doc,
                        start=start,
                        end=end,
                        text=text,
                        action=_platform_action(action, platform),
                        platform=_action_platform(action, platform),
                        person=person,
                        moment=moment,
                        direction=direction,
                        condition=draft.condition,
                        speaker=draft.speaker,
                        cues=tuple(draft.cues),
                    )
                )
    return _unique(records)


def _specific(platforms: list[str]) -> list[str]:
    """Named platforms only; a generic "online" beside a named platform adds nothing."""
    named = [platform for platform in platforms if platform not in ("any", "social-media")]
    return named or platforms[:1] or ["any"]


def _platform_action(action: str, platform: str) -> str:
    """A connection request on Twitter is a follow request."""
    return "follow" if action == "connect" and platform == "twitter" else action


def _action_platform(action: str, platform: str) -> str:
    """A friend request is a Facebook request unless the text says otherwise."""
    return "facebook" if action == "friend" else platform


def _unique(records: list[AdviceRecord]) -> list[AdviceRecord]:
    """One record per span and parts; two clauses of a sentence saying the same thing pool their cues."""
    unique: dict[tuple[object, ...], AdviceRecord] = {}
    for record in records:
        key = (record.start, record.end, record.action, record.platform, record.person, record.moment, record.direction)
        if key in unique:
            earlier = unique[key]
            unique[key] = replace(earlier, cues=tuple(dict.fromkeys([*earlier.cues, *record.cues])))
        else:
            unique[key] = record
    return list(unique.values())


def _trim_markers(body: str, start: int, end: int) -> tuple[int, int]:
    """Leave a bullet marker out of a record's text."""
    while start < end and body[start] in "*•-– \t":
        start += 1
    return start, end


def format_records(records: Sequence[AdviceRecord]) -> str:
    """A table of records, one a line: direction, action, platform, person, moment, condition and the quote."""
    header = ("direction", "action", "platform", "person", "moment", "speaker", "condition", "quote")
    rows = [header]
    for record in records:
        quote = " ".join(record.text.split())
        condition = " ".join(record.condition.split())
        rows.append(
            (
                record.direction,
                record.action,
                record.platform,
                record.person,
                record.moment,
                record.speaker,
                condition[:40] + ("…" if len(condition) > 40 else ""),
                quote[:70] + ("…" if len(quote) > 70 else ""),
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    if not records:
        lines.append("(no advice found)")
    return "\n".join(lines)
