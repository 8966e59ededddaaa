"""Lines of a posting that ask nothing of the candidate, wherever they stand (issue #12).

Job boards put perks under "Skills/Responsibilities", the closing date inside "The role"
and the equal-opportunity statement after the requirements, so a line is judged by its
own words as well as by its section's heading. Three families, each read on
``fold(text)`` (lower case, straight apostrophes):

- equal-opportunity and "how to apply" statements ("We are an equal opportunity
  employer", "Click apply", "We'd still love to hear from you");
- application logistics: closing and interview dates, how and when you will be
  contacted, who to ring for an informal chat;
- perks and pay: leave, pensions, insurance, discounts, parking, bonuses, salary ranges,
  flexible or hybrid working offered, and a lead-in that offers them ("we also have a
  range of other benefits such as"). A line with a perk's words that also asks for
  something ("Experience administering pension schemes") is kept.
"""

from __future__ import annotations

import re

from shortlist.core.text.prefilter import Prefilter

__all__ = ["is_boilerplate", "is_logistics", "offers_perks"]

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
    r"|informal (?:visit|discussion|chat|enquir)|for (?:further|more) (?:information|details)"
    r"|get in touch with|please (?:note|contact|check|do not|quote)"
    r"|please ensure (?:that )?(?:your |the )?(?:references?|application|e-?mail|referees?)"
    r"|apply with your (?:cv|resume)"
    r"|if you (?:would like|wish|want) to (?:discuss|know more|find out|arrange)"
    r"|(?:job|vacancy) reference|we reserve the right"
)
_PERK = re.compile(
    r"annual leave|\bholidays?\b|bank holidays|days?(?:'s)? (?:off|leave)|\bpension"
    r"|\b40[13] ?\(?[kb]\)?|retirement (?:plan|savings|scheme)|paid time off|\bpto\b"
    r"|sick (?:pay|leave)|maternity|paternity|parental leave|death in service"
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
    r"|study leave|long service|(?:career|professional) development opportunities"
    r"|rates? of pay|salary sacrifice|paid (?:\w+ )?(?:fees|membership|subscriptions?)"
)
# A perk's words in a line that asks for something are part of the ask.
_ASKS = re.compile(
    r"experience|knowledge|understanding|familiar|abilit|able to|skill|proficien|qualified"
    r"|certif|registration|degree|must|required|essential|\byou (?:will|must|should)"
    r" (?:have|hold|be)|administ|manag|process|calculat|advis|payroll|reconcil|budget"
    r"|level \d|willing|\bqcf\b|\bnvq\b"
)
# The employer's values, vision or mission: "share our values", "our vision is to be the
# UK's leading provider". A CV cannot show them; the interview is where they are asked.
_VALUES = re.compile(
    r"\bour (?:values|vision|mission|ethos|culture|beliefs|purpose)\b"
    r"|\b(?:share|shares|sharing|embrace|embody|live|living) (?:our|the) (?:values|vision|ethos)"
)
_ABOUT_PAY = re.compile(
    r"(?:the |our |a )?(?:salary|compensation|pay|remuneration|starting pay|pay range)\b"
    r"|.*\bcommensurate with\b|.*pay information$"
)
# Plainly asking for something, for lines that offer or talk pay ("Good knowledge of the
# benefits system"); looser words ("manage your own career") do not count here.
_ASKS_FOR = re.compile(
    r"\b(?:must|required|essential|knowledge of|experience (?:of|in|with)|understanding of"
    r"|ability to|able to|proficien\w*|qualified in)\b"
)
# Verbs a duty or an ask starts with (and their -ing and -s forms).
_DUTY_START = re.compile(
    r"^(?:[-*•·]\s*)?(?:support|provid|deliver|writ|induct|ensur|advis|creat|manag|lead|develop"
    r"|plan|maintain|coordinat|prepar|process|screen|handl|run|oversee|monitor|review|assess"
    r"|carry|undertak|organi[sz]|promot|build|design|implement|train|teach|mentor|liais"
    r"|contribut|assist|administ|calculat|reconcil|produc|report|respond|resolv|sell|drive"
    r"|negotiat|work with|work closely|collaborat|communicat)\w*\b"
)
# A sentence that offers perks ("we also have a range of other benefits such as").
_OFFERS = re.compile(
    r"\bwe (?:offer|provide|also (?:have|offer|provide))\b|\bin return\b"
    r"|(?:range|package|plenty|host) of (?:other |great |excellent )?(?:benefits|perks)"
    r"|benefits (?:such as|include|including|package)|(?:our|the) benefits\b"
)
_WORDS = Prefilter({
    "statement": (
        "equal ", "without regard", "regardless of", "reasonable ", "we ", "committed to",
        "protected ", "affirmative", "disability confident", "e-verify", "qualified applicants",
        "apply", "click", "send ", "please ", "application", "don't", "do not", "encourage",
        "love to hear", "even if you", "discriminat", "welcome", "all aspects", "diversity",
        "diverse", "inclusive", "preference",
    ),
    "logistics": (
        "closing", "interview", "shortlist", "contacted", "notified", "invited", "in touch",
        "check your", "apply", "informal", "information", "details", "please", "if you",
        "reference", "reserve",
    ),
    "perk": (
        "leave", "holiday", "pension", "401", "403", "retirement", "paid time", "pto", "sick",
        "maternity", "paternity", "parental", "death in", "insurance", "assurance", "cover",
        "plan", "care", "tuition", "employee", "discount", "parking", "subsidi", "cycle",
        "car ", "gym", "wellbeing", "birthday", "bonus", "share", "relocation", "competitive",
        "salary", "pay ", "per annum", "per hour", "£", "$", "€", "flexible working",
        "hybrid", "from home", "free ", "uniform", "study", "long service", "development",
        "dental", "medical", "vision", "benefit", "rates of pay", "sacrifice", "paid ",
    ),
    "offers": ("we offer", "we provide", "we also", "in return", "benefits", "perks"),
    "values": ("our values", "our vision", "our mission", "our ethos", "our culture",
               "our beliefs", "our purpose", "the values", "the vision", "the ethos"),
    "pay": (
        "commensurate", "salary", "compensation", "pay", "anticipated", "starting", "wage",
        "hourly rate",
        "benefit", "perks", "bonus",
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
    # A line that starts with what the job does ("Advise managers on all aspects of
    # employment law", "Ensure pay is accurate") is a duty, whatever perk words it holds.
    if _DUTY_START.match(folded):
        return False
    if "statement" in families and _STATEMENT.search(folded):
        return True
    if "logistics" in families and _LOGISTICS.search(folded):
        return True
    if "offers" in families and _OFFERS.search(folded) and not _ASKS_FOR.search(folded):
        return True
    # "Salary commensurate with experience" is about pay; "Ensure pay is accurate" (a
    # duty, above) or "knowledge of pay structures" asks.
    if (
        "pay" in families
        and _PAY.search(folded.rstrip(" .:"))
        and (_ABOUT_PAY.match(folded) or not _ASKS_FOR.search(folded))
    ):
        return True
    if "fields" in families and len(set(_FIELDS.findall(folded))) >= _MANY_FIELDS:
        return True
    if "values" in families and _VALUES.search(folded) and not _ASKS.search(folded):
        return True
    return "perk" in families and bool(_PERK.search(folded)) and not _ASKS.search(folded)


_LEADS_IN = re.compile(r"(?:such as|include|includes|including|are|[:\-–—])\s*$")


#: Dates and places of the process, which the plan's logistics quote.
_PROCESS = re.compile(
    r"closing date|applications? (?:close|closes|closing|deadline)|deadline for applications"
    r"|interviews? (?:will|are expected to|is expected to|are due to|is due to|are likely to"
    r"|are planned to) (?:be held|take place|be conducted)|interview date|interviews? (?:on|in"
    r" the week of)\b|assessment (?:centre|center|day) (?:will|on|is)"
)


def is_logistics(folded: str) -> bool:
    """A line about when to apply or when and where the interviews are."""
    return bool(_PROCESS.search(folded))


def offers_perks(folded: str) -> bool:
    """A lead-in that offers perks and stops short ("... a range of other benefits such
    as"): the short lines after it list them."""
    return bool(_LEADS_IN.search(folded)) and bool(_OFFERS.search(folded))
