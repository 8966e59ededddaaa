"""The services behind the web app and the API: one function per user action.

Each takes a :class:`Workspace` (database, file store, settings, clock, computed views)
built once by :func:`open_workspace`. Reads are answered from views already computed
while the data has not changed since (cache.py); within :func:`cached_only` they raise
NotCached rather than compute. Errors: IngestError for a file or URL that cannot be read,
NotFound for an unknown id, Conflict or ValueError with a message to show as is.
Everything public is importable from here; the submodules only keep files small.
"""

from shortlist.storage import JOB_STATUSES
from shortlist.workspace.base import Conflict, NotFound, Workspace, open_workspace, secret_key
from shortlist.workspace.cache import NotCached, cached_only
from shortlist.workspace.cvs import (
    add_cv,
    current_cv,
    cv_understanding,
    edit_cv_line,
    get_cv_version,
    list_cv_versions,
)
from shortlist.workspace.everything import delete_everything, export_all, import_all
from shortlist.workspace.jobs import add_job, delete_job, get_job, list_jobs, set_job_status
from shortlist.workspace.overviews import job_details, jobs_overview
from shortlist.workspace.reports import compare_cvs, doubt_to_close, get_report
from shortlist.workspace.uploads import original_file
from shortlist.workspace.views import (
    Comparison,
    CvUnderstanding,
    CvVersionView,
    DoubtToClose,
    EducationView,
    JobDetails,
    JobsOverview,
    JobSummary,
    JobView,
    LanguageView,
    ReportView,
    RoleView,
    RoundView,
    RowChange,
    SkillView,
    StoredFile,
)

__all__ = [
    "JOB_STATUSES",
    "Comparison",
    "Conflict",
    "CvUnderstanding",
    "CvVersionView",
    "DoubtToClose",
    "EducationView",
    "JobDetails",
    "JobSummary",
    "JobView",
    "JobsOverview",
    "LanguageView",
    "NotCached",
    "NotFound",
    "ReportView",
    "RoleView",
    "RoundView",
    "RowChange",
    "SkillView",
    "StoredFile",
    "Workspace",
    "add_cv",
    "add_job",
    "cached_only",
    "compare_cvs",
    "current_cv",
    "cv_understanding",
    "delete_everything",
    "delete_job",
    "doubt_to_close",
    "edit_cv_line",
    "export_all",
    "get_cv_version",
    "get_job",
    "get_report",
    "import_all",
    "job_details",
    "jobs_overview",
    "list_cv_versions",
    "list_jobs",
    "open_workspace",
    "original_file",
    "secret_key",
    "set_job_status",
]
