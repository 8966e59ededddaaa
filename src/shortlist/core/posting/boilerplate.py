"""Lines of a posting that ask nothing of the candidate, wherever they stand (issue #12).

Job boards put perks under "Skills/Responsibilities", the closing date inside "The role"
and the equal-opportunity statement after the requirements, so a line is judged by its
own words as well as by its section's heading. The families, each read on
``fold(text)`` (lower case, straight apostrophes):

- equal-opportunity, legal and "how to apply" statements ("We are an equal opportunity
  employer", "a drug-free workplace", "Click apply", "... please apply.");
- application logistics: closing and interview dates, how and when you will be
  contacted, who to ring for an informal chat, invitations to get in touch;
- perks and pay: leave, pensions, insurance, discounts, parking, bonuses, salary ranges,
  flexible, hybrid or remote working offered ("Remote / ability to work from home"),
  visa sponsorship offered, and what the employer offers ("we can offer", "X will cover
  the cost of", a lead-in "we also have a range of other benefits such as");
- the employer speaking of itself: values and mission, "We are a 40-bed hospice",
  "Harbourside College is the largest provider of ...";
- how the hiring runs and the terms of the post (see ``hiring``).

A line with these words that also asks for something ("Experience administering pension
schemes", "Proven ability to work remotely", "If you have two years' experience ... we
would like to hear from you") is kept, and so is a line that starts with a duty verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shortlist.core.posting.hiring import (
    HIRING_WORDS,
    about_applications,
    about_terms,
    contact_details,
    disclaims,
    hiring_step,
    other_duties,
)
from shortlist.core.text.prefilter import Prefilter

__all__ = ["is_boilerplate", "offers_perks"]

_STATEMENT = re.compile(
    r"equal (?:opportunit|employment)|without regard to|regardless of (?:race|age|gender|sex"
    r"|religion|background|disability|sexual|ethnic)|reasonable (?:accommodation|adjustment)"
    r"|we (?:celebrate|value|welcome|embrace) (?:diversity|applications from)"
    r"|committed to (?:diversity|inclusion|equality|equal|building a diverse|creating an?"
    r" (?:diverse|inclusive))|protected (?:veteran|characteristic|class)|affirmative action"
    r"|disability confident|e-verify|all qualified applicants"
    r"|^(?:apply(?: now| today| here| online)?[.!]?$|apply (?:now|today|here|online)"
    r"|click (?:to )?apply|click (?:the|this) link|to apply|how to apply"
    r"|send (?:us )?your (?:cv|resume)"
    r"|please (?:send|submit|apply)|applications? (?:close|deadline))\b"
    r"|(?:don't|do not) (?:meet|tick|check|have) (?:every|all)|encourage you to apply"
    r"|(?:still|we'd|would) love to hear from you|even if you don't"
    r"|does not discriminate|welcomes? applications from|all aspects of employment"
    r"|diversity (?:strengthens|makes|enriches|drives)|diverse and inclusive"
    r"|(?:an|our) inclusive (?:work|workplace|environment|culture|community)"
    r"|hiring preference"
    r"|veterans? preference"
    r"|(?:do|does|will) not discriminate|encourage (?:all |qualified |interested )?(?:applicants"
    r"|candidates|individuals|people)\b|not (?:intended|meant) to be (?:an? )?(?:all-inclusive"
    r"|exhaustive|comprehensive)|should not be (?:construed|interpreted) as"
    r"|drug[- ]free (?:workplace|work environment|employer)|fair chance"
    r"|arrest (?:and|or) conviction|conviction records|complies with (?:all |applicable |related )"
    r"|^(?:if (?:you|this)\b.*\b)?(?:please )?apply(?: now| today| here| online)?[.!]*$"
    r"|\b(?:please|and|then|so) apply(?: now| today| here| online)?[.!]*$"
)
# Pay said about the job, whatever else the sentence names ("Salary commensurate with
# experience", "Our salary structure reflects the value we place on experience").
_PAY = re.compile(
    r"^(?:salary|pay|compensation|wages?|rate of pay|hourly rate|pay rate)\s*:"
    r"|commensurate with|(?:salary|compensation|pay) (?:for (?:this|the|positions|the role)"
    r"|will be|is|varies|vary|depends|structure|philosophy|range|ranges|band)\b"
    r"|anticipated (?:salary|pay|starting)|pay transparency|starting (?:salary|pay|rate)"
    r"|^(?:salary|pay|compensation|benefits?|perks|pay increases|bonus(?:es)?|pay information"
    r"|compensation (?:&|and) benefits(?: package)?|benefits? package)$|/pay information$"
    r"|^(?:[\w/]+ ){0,2}[\w/]+ (?:&|and) (?:compensation|salary|pay|benefits|perks)$"
)
# HR fields run together: "Working Title ... Role Code ... FLSA Exempt Pay Band UG".
_FIELDS = re.compile(
    r"\b(?:working title|role title|role code|flsa|pay band|position number|exemption status"
    r"|e-class|job category|fte|orp eligible|agency|job family|grade|requisition"
    r"|posting number|recruitment type|number of vacancies|position end date)\b"
)
_LOGISTICS = re.compile(
    r"closing date|interviews? (?:will|are expected to|is expected to|are due to|is due to"
    r"|are likely to|are planned to) (?:be held|take place|be conducted)|interview date"
    r"|shortlist(?:ing|ed)|will be (?:contacted|notified|invited to)"
    r"|we will (?:contact|be in touch)"
    r"|check your (?:e-?mails?|junk|spam|trac)|apply (?:online|early|via|through)"
    r"|informal (?:visit|discussion|chat|enquir|conversation)"
    r"|for (?:further|more) (?:information|details)"
    r"|get in touch with|please (?:note|contact|check|do not|quote)"
    r"|please ensure (?:that )?(?:your |the )?(?:references?|application|e-?mail|referees?)"
    r"|apply with your (?:cv|resume)"
    r"|if you (?:would like|wish|want) to (?:discuss|know more|find out|arrange)"
    r"|(?:job|vacancy) reference|we reserve the right"
    r"|get in touch\b|please (?:be (?:informed|aware)|assume|visit|follow)|if you do not hear"
    r"|(?:follow|click) the link|ready to apply|should you (?:wish|like|want) to"
    r"|to learn more|visit our (?:website|careers|site)|\b(?:call|contact|email|e-mail) us\b"
    r"|applications? (?:for this (?:post|position|role|vacancy) )?(?:will be|are|is) (?:accepted"
    r"|reviewed|considered)|review(?:s|ed)? (?:all )?applications|we may (?:close|fill)"
    r"|\bif (?:successful|shortlisted)\b|interviews? (?:for this (?:post|role|position|vacancy) )?"
    r"(?:will|may) be (?:conducted|held)"
)
# An invitation to get in touch; "If you have 6 months' experience at Band 6 ... we would
# like to hear from you" asks, and is kept.
_INVITES = re.compile(
    r"look forward to (?:hearing|receiving|meeting)|delighted to (?:speak|hear|talk)"
    r"|(?:like|love|want) to (?:hear from|talk to|talk with|speak to|speak with) you"
)
_PERK = re.compile(
    r"annual leave|\bholidays?\b|bank holidays|days?(?:'s)? (?:off|leave)|\bpension"
    r"|\b40[13] ?\(?[kb]\)?|retirement (?:plan|savings|scheme)|paid time off|\bpto\b"
    # "Enhanced maternity pay" is a perk; "a maternity unit", "a maternity system" is work.
    r"|sick (?:pay|leave)|(?:maternity|paternity|adoption) (?:pay|leave|benefits?|package"
    r"|polic(?:y|ies)|schemes?)|enhanced (?:maternity|paternity)|parental leave|death in service"
    r"|life (?:insurance|assurance)|(?:health|medical|dental|vision|private medical)"
    r"(?:,? (?:and|&) \w+|, \w+)* (?:insurance|cover|coverage|plans?|cash plan|benefits)"
    r"|tuition (?:reimbursement|assistance)|employee (?:assistance|discounts?|benefits)"
    r"|discount|parking|subsidi[sz]ed|cycle to work|car (?:lease|scheme)|\bgym\b"
    r"|wellbeing (?:days?|programme|program|committee|hub|support|champions|initiatives)"
    r"|birthday|\bbonus|share (?:options|scheme)|relocation (?:package|support|assistance)"
    r"|competitive (?:salary|pay|rates?|package|compensation|benefits|hourly)"
    r"|salary (?:range|of|ranging|structure|band|scale)|pay (?:range|rates?|scale|band|award)"
    r"|per (?:annum|hour)|[£$€] ?\d|flexible working|hybrid working|work(?:ing)? from home"
    r"|free (?:meals|lunch|breakfast|uniform|eye tests?|flu)|uniform (?:is )?provided"
    r"|study leave|long service|(?:training|learning|career|professional|personal)"
    r"(?: (?:and|&) development| development)? opportunities"
    r"|rates? of pay|salary sacrifice|paid (?:\w+ )?(?:fees|membership|subscriptions?)"
    r"|\b(?:for|to) (?:all |qualifying |eligible |our )?(?:employees|staff|colleagues"
    r"|team members)\b|(?:employees|staff|you) and (?:their|your) famil|(?:are|is) paid for by"
    r"|vacation (?:accrual|benefits|days|time|pay)|accrued vacation|paid vacation|employee stock"
    r"|stock purchase|mileage (?:allowance|paid|rate)|claim mileage|employee referral"
    r"|benefit (?:offerings|information|programs?)|(?:vary|varies|differ) (?:by|based (?:up)?on)"
    r" (?:location|full-time)|market[- ]rate (?:pay|compensation|salary)"
    r"|career (?:advancement|progression|growth) opportunities|kiwisaver|superannuation"
    r"|employer (?:pension |super )?contributions?|\beap\b|\bovertime (?:paid|at|rates?)\b"
    r"|\b(?:volunteering|wellbeing|wellness|duvet|bereavement|sabbatical) (?:leave|days?)\b"
    r"|\b(?:medical|health|dental|vision)(?:(?:,|,? and|,? &) (?:medical|health|dental|vision|life"
    r"|disability)){2,}\b"
)
# "Paid breaks", "Paid professional registration": the employer pays, whatever is paid.
_PAID = re.compile(
    r"^(?:[-*•·]\s*)?paid (?:[\w-]+ ){0,2}?(?:breaks?|overtime|supervision|registration"
    r"|sabbaticals?|volunteering|leave|holidays?|training|lunch(?:es)?|meals?|parking)\b"
)
# A perk's words in a line that asks for something are part of the ask.
_ASKS = re.compile(
    r"experience|knowledge|understanding|familiar|\babilit|availabilit|capabilit|able to|skill"
    r"|proficien|qualified"
    r"|certif|registration|degree|must|required|essential|\byou (?:will|must|should)"
    r" (?:have|hold|be)|administ|manag|process|calculat|advis|payroll|reconcil|budget"
    r"|level \d|willing|\bqcf\b|\bnvq\b|leave cover\b|cover(?:ing)? (?:for )?(?:annual |sick"
    r" |maternity )?leave\b"
)
# The employer's values, vision or mission: "share our values", "our vision is to be the
# UK's leading provider". A CV cannot show them; the interview is where they are asked.
_VALUES = re.compile(
    r"\bour (?:values|vision|mission|ethos|culture|beliefs|purpose)\b"
    r"|\b(?:share|shares|sharing|embrace|embody|live|living) (?:our|the) (?:\w+ ){0,2}?"
    r"(?:values|vision|ethos)"
)
_ABOUT_PAY = re.compile(
    r"(?:the |our |a )?(?:salary|compensation|pay|remuneration|starting pay|pay range)\b"
    r"|.*\bcommensurate with\b|.*pay information$"
)
# Plainly asking for something, for lines that offer or talk pay ("Good knowledge of the
# benefits system"); looser words ("manage your own career") do not count here.
_ASKS_FOR = re.compile(
    r"\b(?:must|required|essential|knowledge of|experience (?:of|in|with)|understanding of"
    r"|ability to|(?<!being )(?<!'ll be )(?<!will be )able to|proficien\w*|qualified in)\b"
)
# An ask by its first word: "Experience embedding our values in supervision".
_ASK_START = re.compile(
    r"^(?:[-*•·]\s*)?(?:experience|knowledge|understanding|ability|proven|demonstra\w*"
    r"|evidence|track record|skills? in)\b"
)
# Verbs a duty or an ask starts with, in their verb forms only: "Contributory pension",
# "Management bonus" and "Training and development opportunities" are perks.
_DUTY_START = re.compile(
    r"^(?:[-*•·]\s*)?(?:(?:support|provid|deliver|writ|induct|ensur|advis|creat|manag|lead"
    r"|develop|maintain|coordinat|prepar|process|screen|handl|oversee|monitor|review|assess"
    r"|undertak|organi[sz]|promot|build|design|implement|train|teach|mentor|liais|contribut"
    r"|assist|administer|calculat|reconcil|produc|report|respond|resolv|sell|driv|negotiat"
    r"|collaborat|communicat)(?:e|es|ed|s|d|ing)?|plan(?:s|ned|ning)?|run(?:s|ning)?"
    r"|carr(?:y|ies|ied|ying)|work(?:s|ing)? (?:with|closely))\b"
    r"(?! (?:and|&) development| opportunit| provided| scheme| package| budget| allowance)"
)
# A sentence that offers perks ("we also have a range of other benefits such as").
_OFFERS = re.compile(
    r"\bwe(?:'ll| will| can| are able to| also)? (?:offer|provide)\b|\bwe also have\b"
    r"|\bwe(?:'ll| will) (?:pay for|cover the cost|fund|reimburse)\b|\bin return\b"
    r"|\bwill (?:cover|pay for|fund|reimburse) (?:the cost|your|all|you)\b"
    r"|\b(?:can|will|may) be (?:offered|provided)\b|\byou(?:'ll| will) be offered\b"
    r"|\boffers? (?:you\b|the opportunity to\b|an? (?:hourly rate|competitive|salary|wage))"
    r"|(?:range|package|plenty|host) of (?:other |great |excellent )?(?:benefits|perks)"
    r"|benefits (?:such as|include|including|package)|(?:our|the) benefits\b"
)
# Working from home offered, not asked ("Remote / ability to work from home", "Option to
# work remotely two days a week"); "Proven ability to work remotely" asks.
_REMOTE = re.compile(
    r"^(?:remote\s*[/,:–—-]\s*)?(?:the )?(?:ability|option|opportunity|flexibility|chance"
    r"|freedom) to work (?:from home|from anywhere|remotely (?:up to|for|from|when|where|on"
    r"|\d|one|two|three|four|part))|^remote\s*[/,:–—-]|fully remote|work from anywhere"
    r"|remote (?:working )?(?:is )?(?:available|possible|offered)"
)
_REMOTE_ASKED = re.compile(r"\bmust\b|essential|\b(?:required|expected|need) to\b")
# The employer describing itself by name: "Harbourside College is the largest provider of
# adult education in the county". Not "You are one of the leading experts".
_SELF = re.compile(
    r"^(?!you\b|the (?:successful|ideal|post|role|candidate)|this (?:role|post|position|job)"
    r"|candidates?\b|applicants?\b)[^,;:]{2,80}? (?:is|are) (?:the|a|an|one of the) "
    r"(?:[\w-]+ ){0,3}?(?:largest|leading|biggest|fastest[- ]growing|oldest|premier|foremost"
    r"|award[- ]winning|well[- ]regarded|renowned|world leader|market leader)\b"
)
# The employer speaking of itself wherever the line stands ("We are a 40-bed hospice",
# "At Oakridge, we believe every child can learn"), unless it speaks to the reader, looks
# for someone or asks.
_WE_ARE = re.compile(
    r"^(?:(?:here )?at [^,]{1,40}, )?(?:we|we're|we've)\b (?:are |'re )?(?:also |currently"
    r" |now )?(?:a|an|the|one of|proud|committed|passionate|dedicated|believe|strive|pride"
    r"|recogni[sz]e|operate|serve|have (?:been|grown|a (?:strong|long|proud)))\b"
)
_WE_WANT = re.compile(
    r"\byou(?!ng|th)|looking for|seeking|recruit|\bneed|opportunit|\bhire|\bhiring"
)
# Visa sponsorship offered; "You must not require sponsorship" asks.
_SPONSORS = re.compile(
    r"sponsorship (?:is |will be |may be |can be )?(?:available|offered|provided|considered)"
    r"|(?:able|pleased|happy) to (?:offer|provide|consider) (?:[\w-]+ ){0,3}?sponsorship"
    r"|\b(?:can|will|able to|may) sponsor\b|responsible for the sponsorship"
    r"|\b(?:offers?|provides?) (?:[\w-]+ ){0,3}?sponsorship"
)
_SPONSORSHIP_ASKED = re.compile(
    r"\bmust\b|\bnot\b|\bno\b|cannot|can't|unable|without|\brequir|\bneed|right to work"
)
_WORDS = Prefilter({
    "statement": (
        "equal ", "without regard", "regardless of", "reasonable ", "we ", "committed to",
        "protected ", "affirmative", "disability confident", "e-verify", "qualified applicants",
        "apply", "click", "send ", "please ", "application", "don't", "do not", "encourage",
        "love to hear", "even if you", "discriminat", "welcome", "all aspects", "diversity",
        "diverse", "inclusive", "preference", "drug", "fair chance", "arrest", "conviction",
        "complies", "not intended", "not meant", "construed", "interpreted",
    ),
    "logistics": (
        "closing", "interview", "shortlist", "contacted", "notified", "invited", "in touch",
        "check your", "apply", "informal", "information", "details", "please", "if you",
        "reference", "reserve", "get in touch", "link", "ready to apply", "should you",
        "learn more", "visit our", " us", "applications", "we may", "if successful",
    ),
    "we": ("we ", "we'"),
    "invites": ("look forward", "to you", "delighted", "from you", "with you"),
    "perk": (
        "leave", "holiday", "pension", "401", "403", "retirement", "paid time", "pto", "sick",
        "maternity", "paternity", "parental", "death in", "insurance", "assurance", "cover",
        "plan", "care", "tuition", "employee", "discount", "parking", "subsidi", "cycle",
        "car ", "gym", "wellbeing", "birthday", "bonus", "share", "relocation", "competitive",
        "salary", "pay ", "per annum", "per hour", "£", "$", "€", "flexible working",
        "hybrid", "from home", "free ", "uniform", "study", "long service", "development",
        "dental", "medical", "vision", "benefit", "rates of pay", "sacrifice", "paid ",
        "employees", "staff", "colleagues", "team members", "famil", "market", "career",
        "vacation", "stock", "mileage", "referral", "vary", "differ", "kiwisaver",
        "superannuation", "contribution", "eap", "overtime", "volunteering", "wellness",
        "duvet", "bereavement", "sabbatical",
    ),
    "paid": ("paid ",),
    "hiring": HIRING_WORDS,
    "offers": ("we ", "in return", "benefits", "perks", "will ", "offered", "provided", "offer"),
    "remote": ("remote", "from home", "from anywhere"),
    "self": ("largest", "leading", "biggest", "fastest", "oldest", "premier", "foremost",
             "award", "regarded", "renowned", "leader"),
    "sponsor": ("sponsor",),
    "values": ("values", "our values", "our vision", "our mission", "our ethos", "our culture",
               "our beliefs", "our purpose", "the values", "the vision", "the ethos"),
    "pay": (
        "commensurate", "salary", "compensation", "pay", "anticipated", "starting", "wage",
        "hourly rate",
        "benefit", "perks", "bonus", " & ", " and ",
    ),
    "fields": (
        "working title", "role title", "role code", "flsa", "pay band", "position number",
        "exemption status", "e-class", "job category", "fte", "orp eligible", "posting number",
        "recruitment type", "number of vacancies",
    ),
})  # fmt: skip
#: HR field labels that make a line a block of fields, not a sentence.
_MANY_FIELDS = 3


def is_boilerplate(folded: str) -> bool:
    """Whether a folded line or sentence asks nothing of the candidate (see above)."""
    families = _WORDS(folded)
    if not families:
        return False
    if "hiring" in families and other_duties(folded):
        return True
    # A line that starts with what the job does ("Advise managers on all aspects of
    # employment law", "Ensure pay is accurate") is a duty, whatever perk words it holds.
    if _DUTY_START.match(folded):
        return False
    return any(said(folded) for family, said in _SAID if family in families)


def _offered(folded: str) -> bool:
    return bool(_OFFERS.search(folded)) and not _ASKS_FOR.search(folded)


def _about_pay(folded: str) -> bool:
    # "Salary commensurate with experience" is about pay; "Ensure pay is accurate" (a
    # duty, above) or "knowledge of pay structures" asks.
    if _ASK_START.match(folded):
        return False
    return bool(_PAY.search(folded.rstrip(" .:"))) and (
        bool(_ABOUT_PAY.match(folded)) or not _ASKS_FOR.search(folded)
    )


def _fields(folded: str) -> bool:
    return len(set(_FIELDS.findall(folded))) >= _MANY_FIELDS


def _values(folded: str) -> bool:
    # A mission may name skills ("to bring coding skills to rural schools"): only a plain
    # ask ("and experience of leading a team") keeps the line.
    asks = _ASKS_FOR.search(folded) or _ASK_START.match(folded)
    return bool(_VALUES.search(folded)) and not asks


def _remote(folded: str) -> bool:
    return bool(_REMOTE.search(folded)) and not _REMOTE_ASKED.search(folded)


def _self(folded: str) -> bool:
    return bool(_SELF.search(folded)) and not _ASKS_FOR.search(folded)


def _sponsors(folded: str) -> bool:
    return bool(_SPONSORS.search(folded)) and not _SPONSORSHIP_ASKED.search(folded)


def _invites(folded: str) -> bool:
    return bool(_INVITES.search(folded)) and not _ASKS.search(folded)


def _we_are(folded: str) -> bool:
    return (
        bool(_WE_ARE.match(folded)) and not _WE_WANT.search(folded) and not _ASKS_FOR.search(folded)
    )


def _perk(folded: str) -> bool:
    return bool(_PERK.search(folded)) and not _ASKS.search(folded)


def _paid(folded: str) -> bool:
    return bool(_PAID.match(folded)) and not _ASKS_FOR.search(folded)


def _hiring(folded: str) -> bool:
    return (
        hiring_step(folded)
        or about_applications(folded)
        or about_terms(folded)
        or disclaims(folded)
        or contact_details(folded)
    )


#: Each family of words with the test that decides when its words are there.
_SAID: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("statement", lambda folded: bool(_STATEMENT.search(folded))),
    ("logistics", lambda folded: bool(_LOGISTICS.search(folded))),
    ("offers", _offered),
    ("pay", _about_pay),
    ("fields", _fields),
    ("values", _values),
    ("remote", _remote),
    ("self", _self),
    ("sponsor", _sponsors),
    ("invites", _invites),
    ("we", _we_are),
    ("perk", _perk),
    ("paid", _paid),
    ("hiring", _hiring),
)


_LEADS_IN = re.compile(r"(?:such as|include|includes|including|are|[:\-–—])\s*$")


def offers_perks(folded: str) -> bool:
    """A lead-in that offers perks and stops short ("... a range of other benefits such
    as"): the short lines after it list them."""
    return bool(_LEADS_IN.search(folded)) and bool(_OFFERS.search(folded))
