"""Original upload bytes on disk, one file per distinct content, named by its sha256."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

__all__ = ["FileStore", "sha256_of"]

_NAME = re.compile(r"[0-9a-f]{64}")


def sha256_of(data: bytes) -> str:
    """The hex sha256 of ``data``: the name it is stored under."""
    return hashlib.sha256(data).hexdigest()


class FileStore:
    """Content-addressed files under ``root``: the same bytes are kept once."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def put(self, data: bytes) -> str:
        """Keep ``data`` and return its name (sha256); a no-op when already kept."""
        name = sha256_of(data)
        path = self.root / name
        if path.exists():
            return name
        self.root.mkdir(parents=True, exist_ok=True)
        # Written beside the target then renamed, so a crash never leaves half a file.
        handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return name

    def read(self, name: str) -> bytes:
        """The bytes kept under ``name``; FileNotFoundError if there are none."""
        return self._path(name).read_bytes()

    def exists(self, name: str) -> bool:
        return self._path(name).exists()

    def delete(self, name: str) -> None:
        """Forget ``name``; no error when it is already gone."""
        self._path(name).unlink(missing_ok=True)

    def names(self) -> list[str]:
        """Every name kept, sorted."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if _NAME.fullmatch(p.name))

    def delete_all(self) -> None:
        """Delete every file in the store, leftovers of interrupted writes included."""
        if not self.root.is_dir():
            return
        for path in self.root.iterdir():
            if path.is_file() or path.is_symlink():
                path.unlink()

    def _path(self, name: str) -> Path:
        # Names come from our own rows, but never let one reach outside the store.
        if not _NAME.fullmatch(name):
            raise ValueError(f"not a stored file name: {name!r}")
        return self.root / name
