"""How fast the skill finder is: taxonomy load time and ``find_skills`` on a two-page CV.

Load time is measured in a fresh interpreter (imports included, as a user pays them). The
per-call time is measured on a written-out two-page CV (about 6,000 characters) and on
6,000-character slices of SkillSpan dev postings, each a different text, so the typo cache
does not flatter the number.

    .venv/bin/python -m benchmarks.skill_speed
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEV = Path("/work/shared/data/skillspan/dev.json")

CV = """\
Jane Doe
Senior Software Engineer - Berlin, Germany - jane.doe@example.com - linkedin.com/in/janedoe

SUMMARY
Backend engineer with 9 years of experience building payment and logistics platforms in
Python, Go and Java. I enjoy mentoring, working closely with product managers, and turning
vague requirements into reliable services. Comfortable owning systems end to end, from
design reviews to on-call.

EXPERIENCE
Lead Backend Engineer, Acme Payments GmbH - Mar 2020 - Present
- Led a team of 6 engineers building a card-authorisation platform in Go and Python on AWS
  (EKS, Lambda, S3, DynamoDB); cut p99 latency from 480 ms to 120 ms.
- Designed REST APIs and gRPC services used by 40 partner banks; wrote OpenAPI specs and
  contract tests with Pact.
- Introduced Terraform and Helm for infrastructure as code; moved CI/CD from Jenkins to
  GitHub Actions, reducing release time from two days to 40 minutes.
- Mentored four junior engineers, two of whom were promoted; ran fortnightly architecture
  reviews and wrote our incident-response runbook.
- Partnered with compliance and risk stakeholders to deliver PCI DSS and GDPR requirements.

Senior Software Engineer, ShipFast Logistics - Jan 2017 - Feb 2020
- Built route-planning and warehouse management services in Java 11 with Spring Boot,
  PostgreSQL and Kafka, handling 2 million shipments a day.
- Migrated a monolith to microservices on Kubernetes (k8s) with Docker; set up Prometheus
  and Grafana dashboards and on-call alerting with PagerDuty.
- Worked with data scientists on demand forecasting models (pandas, scikit-learn, Airflow)
  and exposed them through FastAPI services.
- Negotiated SLAs with three carriers and presented quarterly results to senior leadership.
- Replaced a batch reconciliation job with an event-driven consumer on RabbitMQ, so that
  finance saw carrier invoices matched within minutes instead of the next morning.
- Ran blameless postmortems and kept the error budget for the tracking API above target
  for six consecutive quarters.

Software Engineer, Brightlane Consulting - Sep 2014 - Dec 2016
- Delivered client projects in C#/.NET and Angular for retail and healthcare customers.
- Wrote stored procedures and reports in Microsoft SQL Server and SSRS; automated Excel
  reporting with VBA and Power BI dashboards.
- Gathered requirements in workshops with business analysts and end users; wrote user
  stories and acceptance criteria in Jira and Confluence.

Data Engineer (contract), Northwind Retail - Jan 2017 - Jun 2017
- Built nightly ETL pipelines from the point-of-sale system into Snowflake with dbt and
  Airflow; wrote data quality checks that caught a pricing bug before a promotion launch.
- Produced Tableau dashboards for store managers and trained 30 of them to use them.
- Cleaned three years of loyalty data in Python (pandas, NumPy) for a churn analysis the
  marketing team used to target retention campaigns.

Junior Developer, City Council IT Services - Jul 2013 - Aug 2014
- Maintained PHP and MySQL web applications and a Microsoft Access database for permits.
- Provided second line support for Windows and Linux desktops; documented fixes in the
  knowledge base.

EDUCATION
MSc Computer Science, Technical University of Munich - 2013
BSc Mathematics, University of Leeds - 2011 (First Class Honours)

CERTIFICATIONS
AWS Certified Solutions Architect - Associate (2021)
Certified Kubernetes Application Developer (2022)
Professional Scrum Master I (2019)

SKILLS
Languages: Python, Go, Java, Kotlin, C#, SQL, Bash, TypeScript
Frameworks: Django, FastAPI, Flask, Spring Boot, React, Node.js
Data: PostgreSQL, MySQL, Redis, Kafka, Elasticsearch, Snowflake, dbt, Airflow, Spark
Cloud and DevOps: AWS, GCP, Docker, Kubernetes, Terraform, Ansible, Helm, Jenkins, Git
Practices: TDD, code review, pair programming, Agile, Scrum, Kanban, domain-driven design
Tools: Jira, Confluence, Slack, Figma, Postman, Datadog, Sentry, Visual Studio Code
Soft skills: stakeholder management, mentoring, communication, problem solving, leadership,
negotiation, attention to detail, time management, working independently, teamwork

LANGUAGES
English (fluent), German (C1), Spanish (conversational)

PROJECTS
Open-source maintainer of a small Python library for idempotent payment retries (1.2k
GitHub stars); speaker at PyCon DE 2022 on testing distributed systems.
Built a home-automation dashboard with a Raspberry Pi, MQTT and Home Assistant.

TRAINING
Advanced Kubernetes security (2023), Domain-Driven Design workshop (2021), Effective
technical writing (2020), Leading without authority (2019).

VOLUNTEERING
Code mentor at a local coding school for career changers, teaching Python and Git basics
every second Saturday; organised a hackathon for 60 participants.

PUBLICATIONS AND TALKS
"Idempotency keys in practice", PyCon DE 2022; "Boring deployments", internal tech talk
series, 2021; co-author of the team's engineering handbook on code review, on-call and
incident response.

REFERENCES
Available on request. Happy to share code samples and design documents from previous work,
subject to confidentiality agreements with former employers.

INTERESTS
Bouldering, long-distance cycling, analogue photography and cooking for friends.

ACHIEVEMENTS
- Reduced cloud costs by 34 percent in 2022 by right-sizing EC2 instances and moving batch
  jobs to spot capacity.
- Led the incident review process after a major outage and introduced blameless
  postmortems, cutting repeat incidents by half within two quarters.
- Designed the hiring loop for backend engineers, including a take-home exercise and a
  structured interview rubric, and interviewed more than 80 candidates.
- Drove the adoption of OpenTelemetry tracing across 25 services, which made root cause
  analysis of latency spikes take minutes rather than hours.
"""


def _postings(size: int = 6000) -> list[str]:
    if not DEV.exists():
        return []
    with DEV.open(encoding="utf-8") as handle:
        lines = [" ".join(json.loads(line)["tokens"]) for line in handle if line.strip()]
    chunks, current, length = [], [], 0
    for line in lines:
        current.append(line)
        length += len(line) + 1
        if length >= size:
            chunks.append("\n".join(current)[:size])
            current, length = [], 0
    return chunks


def _load_ms() -> float:
    probe = (
        "import time; t = time.perf_counter(); from shortlist.data import load_taxonomy; "
        "load_taxonomy(); print((time.perf_counter() - t) * 1000)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", probe], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return round(statistics.median(runs), 1)


def _per_call_ms(texts: list[str], repeat: int) -> dict[str, float]:
    from shortlist import find_skills

    times = []
    for _ in range(repeat):
        for text in texts:
            start = time.perf_counter()
            find_skills(text)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "mean": round(statistics.mean(times), 3),
        "p50": round(times[len(times) // 2], 3),
        "p95": round(times[int(len(times) * 0.95)], 3),
    }


def run() -> dict[str, object]:
    """Load time (ms, fresh process) and per-call times (ms) of find_skills."""
    from shortlist import find_skills

    find_skills("warm up")
    postings = _postings()
    return {
        "load_ms": _load_ms(),
        "cv_chars": len(CV),
        "cv_mentions": len(find_skills(CV)),
        "cv_call_ms": _per_call_ms([CV], repeat=200),
        "posting_slices": len(postings),
        "posting_call_ms": _per_call_ms(postings, repeat=3) if postings else None,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:<16}{value}")
