"""One typed Settings object, read from SHORTLIST_* environment variables.

Bad values fail loudly at start-up (pydantic validation), never halfway through a run.
Every field is documented in docs/settings.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from shortlist.ingest.limits import MB, Limits


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHORTLIST_", extra="forbid")

    max_file_mb: float = Field(10.0, gt=0, description="Largest file accepted, in MB.")
    max_pages: int = Field(50, gt=0, description="Most PDF pages read from one file.")
    parse_timeout_s: float = Field(20.0, gt=0, description="Time budget to parse one file.")
    max_unzipped_mb: float = Field(100.0, gt=0, description="DOCX: most bytes once unzipped.")
    max_zip_ratio: float = Field(100.0, gt=1, description="DOCX: most unzipped/zipped ratio.")
    fetch_timeout_s: float = Field(10.0, gt=0, description="Timeout to fetch a job URL.")
    fetch_max_mb: float = Field(5.0, gt=0, description="Largest page fetched from a URL.")
    allow_private_urls: bool = Field(
        False, description="Allow fetching job URLs on loopback/private addresses."
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; unset means an SQLite file in the data dir."
    )
    data_dir: Path | None = Field(
        None, description="Where the database, uploaded files and secret key live."
    )
    host: str = Field("127.0.0.1", min_length=1, description="Address the web app binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port the web app listens on.")
    allowed_hosts: str = Field(
        "",
        description="More host names the web app answers to, comma-separated (besides "
        "loopback names and SHORTLIST_HOST); * answers to any.",
    )
    secret_key: SecretStr | None = Field(
        None, description="Key that signs CSRF tokens; unset means one kept in the data dir."
    )
    speech_engine: Literal["sphinx", "whisper"] = Field(
        "sphinx", description="Speech engine: sphinx (offline, bundled) or whisper (extra)."
    )
    whisper_model: str = Field(
        "base.en", min_length=1, description="faster-whisper model name (e.g. small.en)."
    )
    whisper_model_dir: Path | None = Field(
        None, description="A downloaded faster-whisper model, or a folder of them."
    )
    whisper_download: bool = Field(
        True, description="Let the whisper engine download its model on first use."
    )
    max_audio_minutes: float = Field(15.0, gt=0, description="Longest audio transcribed.")
    max_audio_mb: float = Field(50.0, gt=0, description="Largest audio file accepted, in MB.")

    # The work budget of matching (docs/settings.md has the time a match at the limit takes).
    max_text_chars: int = Field(
        200_000, gt=0, description="Most characters of text read from one file, paste or URL."
    )
    match_timeout_s: float = Field(
        10.0, gt=0, description="Time budget to match a CV and postings in one request."
    )

    def data_path(self) -> Path:
        """The data directory: SHORTLIST_DATA_DIR, else the platform's user data dir."""
        if self.data_dir is not None:
            return self.data_dir.expanduser()
        return Path(platformdirs.user_data_dir("shortlist", appauthor=False))

    def allowed_host_names(self) -> list[str]:
        """SHORTLIST_ALLOWED_HOSTS as a list of names."""
        return [name.strip() for name in self.allowed_hosts.split(",") if name.strip()]

    def limits(self) -> Limits:
        return Limits(
            max_bytes=int(self.max_file_mb * MB),
            max_pages=self.max_pages,
            parse_timeout_s=self.parse_timeout_s,
            max_unzipped_bytes=int(self.max_unzipped_mb * MB),
            max_zip_ratio=self.max_zip_ratio,
            fetch_timeout_s=self.fetch_timeout_s,
            fetch_max_bytes=int(self.fetch_max_mb * MB),
            allow_private_urls=self.allow_private_urls,
            max_text_chars=self.max_text_chars,
        )


def unknown_variables(environ: Mapping[str, str]) -> list[str]:
    """SHORTLIST_* variables that name no setting: a typo should not pass silently."""
    known = {f"SHORTLIST_{name.upper()}" for name in Settings.model_fields}
    # SHORTLIST_TEST_* belong to the test suite (e.g. its PostgreSQL server), not the app.
    return sorted(
        k
        for k in environ
        if k.startswith("SHORTLIST_") and not k.startswith("SHORTLIST_TEST_") and k not in known
    )
