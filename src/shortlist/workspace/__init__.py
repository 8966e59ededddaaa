"""The workspace: what a user keeps, one function per action on it.

The stateful half of the application layer (shortlist.analyses is the stateless half):
the web pages, the API and the CLI's commands on saved jobs all call these. Each takes a
:class:`Workspace` (database, file store, settings, clock, computed views) built once by
:func:`shortlist.bootstrap.open_workspace`. Reads are answered from views already computed
while the data has not changed since (cache.py); within :func:`cached_only` they raise
NotCached rather than compute. Errors: IngestError for a file or URL that cannot be read,
NotFound for an unknown id, Conflict or ValueError with a message to show as is.
Everything public is importable from here; the submodules only keep files small.
"""

from shortlist.storage import JOB_STATUSES
from shortlist.workspace.base import Conflict, NotFound, Workspace, secret_key
from shortlist.workspace.budget import MatchTooSlow
from shortlist.workspace.cache import NotCached, cached_only
from shortlist.workspace.cv_corrections import (
    cv_corrections,
    mark_cv_line_misread,
    remove_cv_skill,
    restore_cv_skill,
    unmark_cv_line,
)
from shortlist.workspace.cvs import (
    add_cv,
    current_cv,
    cv_understanding,
    edit_cv_line,
    get_cv_version,
    list_cv_versions,
)
from shortlist.workspace.everything import delete_everything, export_all, import_all
from shortlist.workspace.interview_choices import (
    DEFAULT_PERSONAS,
    FORMATS,
    plan_choices,
    save_plan_choices,
)
from shortlist.workspace.jobs import add_job, delete_job, get_job, list_jobs, set_job_status
from shortlist.workspace.journals import (
    get_journal,
    journals_due,
    save_journal,
    split_journal_notes,
)
from shortlist.workspace.overviews import job_details, jobs_overview
from shortlist.workspace.packs import prep_pack_markdown, prep_pack_pdf
from shortlist.workspace.plans import interview_plan, plan_calendar
from shortlist.workspace.practice import (
    delete_practice,
    get_practice,
    practice_history,
    practice_trends,
    start_practice,
)
from shortlist.workspace.practice_answers import (
    MAX_ANSWER,
    retry_answer,
    save_draft,
    skip_question,
    submit_answer,
)
from shortlist.workspace.practice_views import (
    PracticeItem,
    PracticeSummary,
    PracticeView,
    SessionSummary,
    TrendPoint,
    Trends,
)
from shortlist.workspace.prep_views import (
    FindingView,
    JournalDue,
    JournalView,
    PlanChoicesView,
    PlanView,
    StoryBankView,
    StoryView,
)
from shortlist.workspace.recordings import (
    ChunkGap,
    ChunkMismatch,
    RecordingView,
    add_chunk,
    correct_transcript,
    finish_recording,
    get_recording,
    recording_audio,
    resume_recordings,
    start_recording,
    upload_recording,
    wait_for_recording,
)
from shortlist.workspace.reports import compare_cvs, doubt_to_close, get_report
from shortlist.workspace.starred_asks import move_asked, star_asked
from shortlist.workspace.stories import (
    StoryParts,
    add_story,
    delete_story,
    get_story,
    parse_tags,
    story_bank,
    update_story,
)
from shortlist.workspace.uploads import original_file
from shortlist.workspace.views import (
    Comparison,
    CvCorrectionsView,
    CvUnderstanding,
    CvVersionView,
    DoubtToClose,
    EducationView,
    JobDetails,
    JobsOverview,
    JobSummary,
    JobView,
    LanguageView,
    MisreadLineView,
    QuotedLine,
    ReportView,
    RoleView,
    RoundView,
    RowChange,
    SkillView,
    StoredFile,
)

__all__ = [
    "DEFAULT_PERSONAS",
    "FORMATS",
    "JOB_STATUSES",
    "MAX_ANSWER",
    "ChunkGap",
    "ChunkMismatch",
    "Comparison",
    "Conflict",
    "CvCorrectionsView",
    "CvUnderstanding",
    "CvVersionView",
    "DoubtToClose",
    "EducationView",
    "FindingView",
    "JobDetails",
    "JobSummary",
    "JobView",
    "JobsOverview",
    "JournalDue",
    "JournalView",
    "LanguageView",
    "MatchTooSlow",
    "MisreadLineView",
    "NotCached",
    "NotFound",
    "PlanChoicesView",
    "PlanView",
    "PracticeItem",
    "PracticeSummary",
    "PracticeView",
    "QuotedLine",
    "RecordingView",
    "ReportView",
    "RoleView",
    "RoundView",
    "RowChange",
    "SessionSummary",
    "SkillView",
    "StoredFile",
    "StoryBankView",
    "StoryParts",
    "StoryView",
    "TrendPoint",
    "Trends",
    "Workspace",
    "add_chunk",
    "add_cv",
    "add_job",
    "add_story",
    "cached_only",
    "compare_cvs",
    "correct_transcript",
    "current_cv",
    "cv_corrections",
    "cv_understanding",
    "delete_everything",
    "delete_job",
    "delete_practice",
    "delete_story",
    "doubt_to_close",
    "edit_cv_line",
    "export_all",
    "finish_recording",
    "get_cv_version",
    "get_job",
    "get_journal",
    "get_practice",
    "get_recording",
    "get_report",
    "get_story",
    "import_all",
    "interview_plan",
    "job_details",
    "jobs_overview",
    "journals_due",
    "list_cv_versions",
    "list_jobs",
    "mark_cv_line_misread",
    "move_asked",
    "original_file",
    "parse_tags",
    "plan_calendar",
    "plan_choices",
    "practice_history",
    "practice_trends",
    "prep_pack_markdown",
    "prep_pack_pdf",
    "recording_audio",
    "remove_cv_skill",
    "restore_cv_skill",
    "resume_recordings",
    "retry_answer",
    "save_draft",
    "save_journal",
    "save_plan_choices",
    "secret_key",
    "set_job_status",
    "skip_question",
    "split_journal_notes",
    "star_asked",
    "start_practice",
    "start_recording",
    "story_bank",
    "submit_answer",
    "unmark_cv_line",
    "update_story",
    "upload_recording",
    "wait_for_recording",
]
