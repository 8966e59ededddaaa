"""The match report views as the API sends them: the workspace's ReportView and Comparison
with the typed report made JSON by its one function, ``StoredReport.to_dict``.

The classes keep the workspace views' names and fields, so the responses and the OpenAPI
schema are what they were when the views held the report's dict
(tests/web/test_api_reports.py keeps the fields in step). They carry no docstring on
purpose: pydantic would put it in the schema, which the views' never had.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from shortlist.workspace import Comparison as ComparisonView
from shortlist.workspace import DoubtToClose, RowChange
from shortlist.workspace import ReportView as TypedReportView

__all__ = ["Comparison", "ReportView"]


# The API's ReportView: the workspace's, with "report" as the stored report's JSON.
@dataclass(frozen=True)
class ReportView:
    job_id: int
    cv_id: int
    score: int
    band: str
    engine_version: str
    computed_at: dt.datetime
    report: dict[str, Any]
    doubt: DoubtToClose | None

    @classmethod
    def of(cls, view: TypedReportView) -> ReportView:
        """``view`` with its report as JSON."""
        fields = {f.name: getattr(view, f.name) for f in dataclasses.fields(cls)}
        return cls(**{**fields, "report": view.report.to_dict()})


# The API's Comparison: the workspace's, with both reports as the API's ReportView.
@dataclass(frozen=True)
class Comparison:
    job_id: int
    a: ReportView
    b: ReportView
    score_change: int
    rows: Sequence[RowChange]

    @classmethod
    def of(cls, view: ComparisonView) -> Comparison:
        """``view`` with both reports as JSON."""
        a, b = ReportView.of(view.a), ReportView.of(view.b)
        return cls(view.job_id, a, b, view.score_change, view.rows)
