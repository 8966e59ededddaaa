"""Words that mark a phrase as a job title ("Senior Engineer") or an organisation
("Acme Corp", "St Mary's Hospital"), to tell the two apart in a role header.

API: :func:`is_title` and :func:`is_organisation` look at whole words, case-insensitively.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["ORGANISATION_WORDS", "TITLE_WORDS", "is_organisation", "is_title"]

_TITLE_WORDS_TEXT = """
    engineer engineers developer programmer architect devops sre scientist analyst
    researcher designer tester qa consultant advisor adviser specialist manager managers
    director head lead chief officer president vp vice ceo cto cfo coo cmo cio ciso founder
    cofounder co-founder owner partner principal associate assistant coordinator
    co-ordinator administrator admin executive representative rep agent officer clerk
    secretary receptionist intern internship trainee apprentice graduate fellow postdoc
    nurse rn lpn cna hca midwife doctor physician surgeon gp paramedic therapist physiotherapist
    pharmacist dentist hygienist radiographer practitioner carer caregiver clinician
    counsellor counselor psychologist social worker teacher lecturer tutor professor
    instructor educator teaching headteacher principal senco coach trainer mentor
    accountant bookkeeper auditor controller comptroller treasurer actuary underwriter
    economist banker broker trader cashier teller buyer merchandiser planner scheduler
    supervisor foreman forewoman operative operator technician mechanic electrician
    plumber fitter welder machinist joiner carpenter labourer laborer driver courier
    picker packer loader warehouse storekeeper stocker forklift dispatcher
    chef cook sous waiter waitress bartender barista server host hostess housekeeper
    cleaner caretaker porter steward stewardess attendant guard
    marketer marketing strategist copywriter writer editor journalist producer
    photographer videographer animator illustrator recruiter sourcer
    lawyer solicitor barrister attorney paralegal counsel
    volunteer freelance freelancer contractor self-employed
    superintendent inspector surveyor estimator draughtsman draftsman
    salesperson saleswoman salesman sales account
    product owner scrum master steward chemist biologist
    """
TITLE_WORDS = frozenset(_TITLE_WORDS_TEXT.split())

_ORGANISATION_WORDS_TEXT = """
    ltd ltd. limited inc inc. incorporated corp corp. corporation llc llp plc gmbh ag sa
    s.a. bv b.v. nv pty co co. company companies group holdings partners partnership
    university universities college school schools academy hospital hospitals clinic
    surgery practice trust nhs council authority ministry department agency bank
    foundation institute institution charity society association federation
    services solutions technologies technology tech systems labs lab studio studios
    consulting consultancy consultants international global ventures capital
    logistics retail stores supermarket airlines airways centre center health infirmary
    healthcare pharma pharmaceuticals media digital software networks energy
    insurance financial finance industries manufacturing foods associates
    """
ORGANISATION_WORDS = frozenset(_ORGANISATION_WORDS_TEXT.split())

_WORD = re.compile(r"[\w.&'-]+")


@lru_cache(maxsize=4096)
def _classify(text: str) -> tuple[bool, bool]:
    # Cached: the role parser asks about the same few header parts many times.
    words = set(_WORD.findall(text.casefold()))
    words.update([w.strip("'.-") for w in words])
    return not TITLE_WORDS.isdisjoint(words), not ORGANISATION_WORDS.isdisjoint(words)


def is_title(text: str) -> bool:
    """True when a phrase holds a job-title word: 'Senior Staff Nurse' -> True."""
    return _classify(text)[0]


def is_organisation(text: str) -> bool:
    """True when a phrase holds an organisation word: 'Beta Ltd' -> True."""
    return _classify(text)[1]
