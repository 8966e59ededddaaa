"""Words for the people in a team and for leading them, shared by team_size.py and
leading.py so both read "Managed a team of 14 nurses" the same way."""

from __future__ import annotations

import re

__all__ = ["GROUP", "LEADS_SOMEONE", "LEAD_VERB", "NUMBER", "PEOPLE", "count"]

#: Words for the people in a team, plural ("a team of 12" needs none). Not students or
#: pupils (taught, not led), not "reports" alone (documents) nor "heads" alone.
PEOPLE = (
    r"(?:colleagues|staff|people|employees|direct\s+reports|members|workers|nurses"
    r"|engineers|developers|analysts|assistants|operatives|agents|advisers|advisors|chefs"
    r"|drivers|teachers|carers|officers|administrators|consultants|managers|supervisors"
    r"|technicians|practitioners|therapists|pharmacists|accountants|volunteers|designers"
    r"|associates|representatives|reps|cashiers|cleaners|porters|builders|trades(?:people|men)?"
    r"|electricians|sales\s?people|recruiters|paralegals|solicitors|lawyers|clinicians"
    r"|doctors|midwives|physiotherapists|coordinators|leaders|specialists|apprentices|trainees"
    r"|fte)"
)
#: A team or people as the thing led: not a team's thing ("the team's rota") nor a noun
#: the people word only describes ("staff meetings", "staff training").
GROUP = (
    rf"(?:teams?|{PEOPLE})(?!['’]s)"
    r"(?!\s+(?:meetings?|training|rotas?|schedules?|handbooks?|surveys?|events?|records?"
    r"|files?|rooms?|levels?|costs?|budgets?|data|members?|leaders?|managers?)\b)"
)
#: Verbs that lead people, in every form ("leading to" is no leading).
LEAD_VERB = (
    r"(?:lead(?:s|ing)?(?!\s+to\b)|led|manag(?:e|es|ed|ing)|supervis(?:e|es|ed|ing)"
    r"|line[- ]manag\w*|head(?:ed|ing)?|oversee\w*|oversaw|ran|run|running|runs)"
)
#: Any word that may lead people in a CV line, for a line that also counts them.
LEADS_SOMEONE = re.compile(
    rf"\b(?:{LEAD_VERB}|in\s+charge\s+of|responsible\s+for|built|grew)\b", re.IGNORECASE
)
#: A head count: "12", "2,500" (thousands separated), optionally "12+".
NUMBER = r"(\d{1,3}(?:,\d{3})+|\d{1,4})(?:\s*\+)?"


def count(digits: str) -> int:
    """The number a NUMBER group holds: "2,500" -> 2500."""
    return int(digits.replace(",", ""))
