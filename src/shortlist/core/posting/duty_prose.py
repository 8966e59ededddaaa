"""Duties written as prose in the third person (issue #12): "Performs culture set-up on
clinical specimens", "The post holder will build models of perception", "The Community
Fundraising Officer builds relationships with schools". Outside a duties section, or in
a duties section's prose that does not speak to the reader, such a sentence still says
what the job holder does, so it is read as a duty.

Two shapes, read on ``fold(text)``:

- led by a duty verb in the third person ("Performs", "Plans and delivers"), not by a
  noun that looks like one ("Reviews are held every six months");
- led by the job holder ("The post holder", "The successful candidate", "The Senior
  Pharmacist") and a duty verb ("will build", "oversees", "is responsible for"). The
  employer or a team ("The Trust provides care to 300,000 people", "The team supports
  400 families") is no job holder, and a sentence that speaks to the reader ("The ward
  manager will support your development") is about someone else.
"""

from __future__ import annotations

import re

__all__ = ["is_duty_prose"]

_STEMS = (
    r"perform|operat|maintain|participat|plan|deliver|provid|support|lead|manag|develop"
    r"|coordinat|co-ordinat|oversee|ensur|assess|review|monitor|prepar|process|build|design"
    r"|implement|train|teach|mentor|supervis|conduct|undertak|organi[sz]|promot|liais"
    r"|contribut|assist|administer|calculat|reconcil|produc|respond|resolv|negotiat"
    r"|collaborat|communicat|analy[sz]|evaluat|investigat|schedul|document|record|complet"
    r"|inspect|install|repair|handl|advis|creat|writ|run|work|sell|recruit|facilitat"
    r"|instruct|coach|treat|diagnos|prescrib|fit|own|identif|establish|engag|direct|deputis"
    r"|champion|driv|keep|book|check|clean|serv|answer|attend|visit|greet|collect|updat"
    r"|help|represent|chair|present|sourc|purchas|audit|draft|translat|measur|dispens|compil"
    r"|generat|triag|refer|screen|counsel|visit"
)
# "Performs", "Operates and maintains", "Carries out".
_THIRD = rf"(?:(?:{_STEMS})(?:es|s)|carries|identifies|applies)"
# "will build", "will co-ordinate", "will carry out".
_BARE = rf"(?:(?:{_STEMS})e?|carry|identify|apply)"
_VERB_LED = re.compile(
    rf"^{_THIRD}(?:(?:,| and| &|, and) {_THIRD})*\b(?! (?:are|is|was|were|will|have|has|to|of"
    r"|for the|which|that (?:are|is|was|were|have|has|can|will|should|must|may))\b)"
)
_ROLE = (
    r"officer|manager|assistant|worker|nurse|practitioner|therapist|physiotherapist|engineer"
    r"|analyst|supervisor|co-?ordinator|administrator|lead|leader|advis[eo]r|consultant"
    r"|specialist|technician|technologist|teacher|lecturer|psychologist|scientist|developer"
    r"|designer|accountant|clerk|executive|director|head|apprentice|trainee|associate"
    r"|representative|agent|operative|driver|chef|cook|carer|instructor|tutor|researcher"
    r"|fellow|pharmacist|doctor|surgeon|physician|midwife|paramedic|librarian|receptionist"
    r"|secretary|controller|planner|buyer|surveyor|inspector|architect|editor|producer"
    r"|fundraiser|caseworker|counsell?or|porter|attendant|programmer|tester|recruiter"
    r"|solicitor|paralegal|auditor|economist|statistician|dietitian|radiographer|clinician"
    r"|registrar"
)
_HOLDER = (
    r"(?:post ?holder|job ?holder|role ?holder|incumbent|appointee|successful (?:candidate"
    rf"|applicant|person|post ?holder)|(?:[\w&'-]+ ){{0,4}}?(?:{_ROLE}))"
)
_HOLDER_LED = re.compile(
    rf"^(?:(?:as|in) [^,]{{1,40}}, )?(?:the|this|our|each) {_HOLDER} (?:will (?:also )?"
    rf"(?:be (?:expected|required) to )?{_BARE}\b|(?:also )?{_THIRD}\b|(?:is|are|will be)"
    r" (?:also )?(?:responsible|accountable) for\b)"
)
_TO_READER = re.compile(r"\byou(?!ng|th)")


def is_duty_prose(folded: str) -> bool:
    """Whether a folded sentence says, in the third person, what the job holder does."""
    if _TO_READER.search(folded):
        return False
    return bool(_VERB_LED.match(folded) or _HOLDER_LED.match(folded))
