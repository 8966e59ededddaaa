"""How the hiring runs and on what terms the post is offered: lines that ask nothing of
the candidate (issue #12, third pass). Each family is read on ``fold(text)``:

- the steps of the hiring process and how long it takes ("Stage 1: a 20-minute phone
  screen", "A take-home task", "Final stage: meet the CEO", "We aim to make a decision
  within ten days");
- how applications are taken ("We are unable to accept applications by email", "CVs
  alone will not be accepted");
- the terms of the post: start, contract, funding ("The post is available from 1
  September", "This is a fixed-term post for 12 months");
- the disclaimers of US job descriptions ("The physical demands described here are
  representative of ...") and the catch-all duty ("Performs other duties as assigned");
- contact details (an e-mail address, a telephone number);
- the dates of the process, which the plan's logistics quote (``is_logistics``).

``boilerplate.is_boilerplate`` calls these after its own checks, so a line that starts
with a duty verb ("Screen candidates and book interviews") is never one of them, except
the catch-all duty; each keeps a line that plainly asks ("Experience running structured
interviews", "You must be available to start in January").
"""

from __future__ import annotations

import re

__all__ = [
    "HIRING_WORDS", "about_applications", "about_terms", "contact_details", "disclaims",
    "hiring_step", "is_logistics", "other_duties",
]  # fmt: skip

_STEP = re.compile(
    r"^(?:(?:step|stage|round) (?:\d|one|two|three|four|five)|(?:final|last) (?:stage|step"
    r"|round))\b"
    r"|\b(?:\d{1,3}|thirty|forty-five|sixty|ninety)[- ]?min(?:ute)?s?\b(?: [\w-]+){0,3}? (?:call"
    r"|chat|interview|conversation|screen|meeting)\b"
    r"|\btake[- ]home (?:exercise|task|test|challenge|assignment|project)"
    r"|\bmeet (?:the|our) (?:founders?|ceo|cto|cpo|coo|team|hiring manager)\b"
    r"|\b(?:interview|hiring|recruitment|selection) process (?:has|is|takes|consists|involves"
    r"|includes|will|:)|^(?:our |the )?(?:interview|hiring|recruitment|selection) process\b"
    r"|\bwe (?:aim|try|promise|will try) to (?:make (?:a|our) decision|reply|respond|get back"
    r"|give (?:you )?feedback|move quickly)"
)
_APPLICATIONS = re.compile(
    r"\b(?:accept|consider) (?:[\w-]+ ){0,2}?(?:applications?|cvs?|resumes?)\b"
    r"|\b(?:applications?|cvs?|resumes?)\b(?: [\w-]+){0,5}? (?:will not|won't|cannot|can't"
    r"|will only) be (?:accepted|considered)\b"
)
# The post, not the person, is the subject: "The role is available to registered nurses
# only" asks, and is kept.
_TERMS = re.compile(
    r"^(?:the|this) (?:post|role|position|vacancy|job|appointment|contract) (?:is|will be)\b"
    r"(?=.*\b(?:available(?! to\b)|fixed[- ]term|permanent|temporary|secondment"
    r"|maternity cover|funded (?:by|until|for)|offered (?:on|as|for))\b)"
    r"|^this is an? (?:[\w-]+,? ){0,3}?(?:fixed[- ]term|permanent|temporary|part[- ]time"
    r"|full[- ]time|secondment|maternity cover|locum|bank|casual) (?:post|role|position"
    r"|contract|vacancy|appointment)\b"
    r"|^(?:start(?:ing)? date|contract (?:type|length)|duration of (?:the )?contract)\s*:"
)
_DISCLAIMS = re.compile(
    r"\b(?:described|listed|outlined) (?:here|herein|above|below) (?:are|is) representative\b"
    r"|\bare representative of (?:those|the)\b|\bnot (?:designed|intended|meant) to (?:cover"
    r"|contain)\b|\breserves? the right to (?:modify|change|amend|add|remove|alter|assign)\b"
)
# The catch-all duty ("Performs other duties as assigned", "Undertake any other duties as
# may reasonably be required"): it names no work, whatever verb leads it. Only at the
# start, so a run-on line that ends with it keeps the duty before it.
_OTHER_DUTIES = re.compile(
    r"^(?:[\w-]+ ){0,5}?(?:any )?other (?:related |reasonable |such |similar |associated"
    r" |appropriate )?(?:duties|tasks|work|responsibilities)(?: [\w-]+){0,3}? (?:as|that)"
    r" (?:may )?(?:be )?(?:reasonably )?"
    r"(?:assigned|required|needed|directed|requested|established|designated|necessary"
    r"|appropriate|delegated|commensurate|determined)\b"
    r"|^(?:[\w-]+ ){0,4}?(?:any )?other duties commensurate with\b"
)
# How to reach someone: an e-mail address, or a telephone number said as one.
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:tel|telephone|phone|call|ring|contact)\b\D{0,20}"
    r"\+?\d[\d ]{7,}\d"
)
# Plainly asking for something: such a line is kept whatever else it says.
_ASKS = re.compile(
    r"\b(?:must|required|essential|knowledge of|experience|understanding of|ability to"
    r"|able to|proficien\w*|qualified in|you (?:will )?(?:need|have|hold))\b"
)
#: Words one of the families needs, for the caller's prefilter.
HIRING_WORDS = (
    "step ", "stage", "round", "min", "take-home", "take home", "meet ", "process",
    "we aim", "we try", "we promise", "we will try", "accept", "consider",
    "applications", "cv", "resume", "post ", "role ", "position", "vacancy", "job ",
    "appointment", "contract", "this is a", "start date", "starting date", "duration",
    "representative", "designed", "intended", "meant", "other ", "reserve", "@", "tel",
    "phone", "call", "ring", "contact",
)  # fmt: skip


def hiring_step(folded: str) -> bool:
    """A step of the hiring process, or how long it takes."""
    return bool(_STEP.search(folded)) and not _ASKS.search(folded)


def about_applications(folded: str) -> bool:
    """How applications are taken or turned away."""
    return bool(_APPLICATIONS.search(folded)) and not _ASKS.search(folded)


def about_terms(folded: str) -> bool:
    """The start, contract or funding of the post."""
    return bool(_TERMS.search(folded)) and not _ASKS.search(folded)


def disclaims(folded: str) -> bool:
    """A US job description's disclaimer about itself."""
    return bool(_DISCLAIMS.search(folded))


def other_duties(folded: str) -> bool:
    """The catch-all duty that names no work ("Performs other duties as assigned")."""
    return "other" in folded and bool(_OTHER_DUTIES.search(folded))


def contact_details(folded: str) -> bool:
    """Whom to write to or ring, with the address or number, and no ask."""
    return bool(_CONTACT.search(folded)) and not _ASKS.search(folded)


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
