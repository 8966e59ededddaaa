"""CVs and postings of people in three professions, for the tests of correcting how a
CV was read (issue #12): none of them is the bundled sample."""

from __future__ import annotations

# A bookkeeper: Bookkeeping, Xero and Sage are narrower than Accounting.
BOOKKEEPER_CV = """Niamh Gallagher
Bookkeeper
niamh.gallagher@example.com

Experience
Senior Bookkeeper, Harbour & Pike Accountants, Galway - Jan 2019 - Present
- Kept the books for 40 small businesses in Xero and Sage 50.
- Ran the month-end accounting close for 12 hospitality clients.
- Reconciled bank and credit card accounts every week.

Accounts Assistant, Corrib Foods, Galway - Mar 2015 - Dec 2018
- Processed supplier invoices and ran weekly payroll for 60 staff.
- Prepared VAT returns for the finance manager.

Skills
Bookkeeping, Accounting, Xero, Sage 50, Payroll, Excel

Languages
Irish (fluent)
French (intermediate)
"""
BOOKKEEPER_POSTING = """Finance Officer
Requirements
- 3+ years of accounting experience
- Strong accounting skills
- Experience running the month-end close
- Experience with Xero
- Fluent Irish is a plus
"""

# A lifecycle marketer: HubSpot is a CRM, and one line says "coached".
MARKETER_CV = """Femi Adeyemi
Lifecycle Marketing Manager
femi.adeyemi@example.com

Experience
Lifecycle Marketing Manager, Tidewater Outdoor, Bristol - Apr 2021 - Present
- Built 30 automated email journeys in HubSpot for 80,000 customers.
- Kept the CRM clean: merged 12,000 duplicate contacts and set up lead scoring.
- Coached two junior marketers through their first campaigns.

Email Marketing Executive, Mossgate Cycles, Bath - Jun 2018 - Mar 2021
- Sent the weekly newsletter and ran A/B tests on subject lines.
- Managed a £40k paid social budget across Meta and TikTok.

Skills
HubSpot, CRM, Email marketing, Google Analytics

Languages
Yoruba (native)
Spanish (conversational)
"""
MARKETER_POSTING = """CRM Marketing Lead
Requirements
- 3+ years of CRM experience
- Hands-on experience with a CRM platform
- Experience with HubSpot
- Experience mentoring junior marketers
- Managing a paid social budget
"""

# A physiotherapist whose lines prove rows in every way the engine reads a line.
PHYSIO_CV = """Oksana Petrenko
Physiotherapist
oksana.petrenko@example.com

Profile
Physiotherapist with a background in children's community services.

Experience
Band 6 Physiotherapist, Northfield Community Health, Leeds - Sep 2020 - Present
- Two years on the paediatric respiratory caseload, including home visits.
- Preceptor to five newly qualified physiotherapists.
- Ran weekly hydrotherapy groups for children with cerebral palsy.

Band 5 Physiotherapist, St Aidan's Hospital, York - Aug 2018 - Aug 2020
- Rotations in musculoskeletal outpatients, stroke and respiratory care.

Education
BSc (Hons) Physiotherapy, University of Salford, 2018

Languages
Ukrainian (native)
Polish (fluent)
"""
PHYSIO_POSTING = """Paediatric Physiotherapist
Requirements
- 5+ years of experience as a physiotherapist
- Experience mentoring newly qualified staff
- Fluent Polish is desirable
- Experience running hydrotherapy sessions
"""
