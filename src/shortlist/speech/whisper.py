"""faster-whisper, an optional extra (``pip install 'shortlist[whisper]'``).

Imported only when chosen. The model comes from a local directory
(SHORTLIST_WHISPER_MODEL_DIR: a converted CTranslate2 model, or a folder of downloaded
ones), else from the download cache; it is downloaded on first use only when
SHORTLIST_WHISPER_DOWNLOAD allows it and the machine is online.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from shortlist.core.answers.models import TimedWord
from shortlist.core.delivery.speech import Transcript
from shortlist.core.ports import SAMPLE_RATE, Progress
from shortlist.speech.errors import TranscriberUnavailable

if TYPE_CHECKING:
    import numpy
    from numpy.typing import NDArray

__all__ = ["WhisperTranscriber"]

INSTALL = "pip install 'shortlist[whisper]'"


class _Word(Protocol):
    """A word faster-whisper heard (its text has the leading space it was spelt with)."""

    @property
    def word(self) -> str: ...

    @property
    def start(self) -> float: ...

    @property
    def end(self) -> float: ...


class _Segment(Protocol):
    @property
    def end(self) -> float: ...

    @property
    def words(self) -> Sequence[_Word] | None: ...


class _Model(Protocol):
    """What is used of faster_whisper.WhisperModel."""

    def transcribe(
        self, audio: NDArray[numpy.float32], *, language: str, word_timestamps: bool
    ) -> tuple[Iterable[_Segment], object]: ...


class WhisperTranscriber:
    name = "whisper"

    def __init__(
        self, *, model: str = "base.en", model_dir: Path | None = None, download: bool = True
    ) -> None:
        self.model = model
        self.model_dir = model_dir
        self.download = download
        self._model: _Model | None = None
        self._lock = threading.Lock()

    def _load(self) -> _Model:
        if self._model is not None:
            return self._model
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise TranscriberUnavailable(
                f"the whisper engine is not installed: {INSTALL}"
            ) from None
        source: str = self.model
        root = None
        if self.model_dir is not None:
            own = self.model_dir.expanduser()
            # A model directory itself, or a folder holding models by name.
            source = str(own) if (own / "model.bin").exists() else self.model
            root = None if (own / "model.bin").exists() else str(own)
        try:
            model: _Model = WhisperModel(
                source,
                device="cpu",
                compute_type="int8",
                download_root=root,
                local_files_only=not self.download,
            )
        except Exception as exc:  # the hub and CTranslate2 raise many kinds
            where = f" in {self.model_dir}" if self.model_dir else ""
            how = (
                "check the connection, or set SHORTLIST_WHISPER_MODEL_DIR to a downloaded model"
                if self.download
                else "set SHORTLIST_WHISPER_MODEL_DIR to a downloaded model, or allow "
                "SHORTLIST_WHISPER_DOWNLOAD=true once online"
            )
            raise TranscriberUnavailable(
                f"whisper model {self.model!r} is not available{where} and could not be "
                f"fetched ({type(exc).__name__}): {how}"
            ) from None
        self._model = model
        return model

    def transcribe(self, samples: bytes, *, progress: Progress | None = None) -> Transcript:
        duration = len(samples) / 2 / SAMPLE_RATE
        pcm = array("h")
        pcm.frombytes(samples)
        with self._lock:
            model = self._load()
            audio = _floats(pcm)
            if progress:
                progress(0.0)
            segments, _info = model.transcribe(audio, language="en", word_timestamps=True)
            words: list[TimedWord] = []
            for seg in segments:
                for w in seg.words or ():
                    text = w.word.strip()
                    if text:
                        words.append(TimedWord(text, round(w.start, 2), round(w.end, 2)))
                if progress and duration:
                    progress(min(1.0, seg.end / duration))
        if progress:
            progress(1.0)
        return Transcript(
            words=tuple(words),
            text=" ".join(w.text for w in words),
            duration=round(duration, 3),
            engine=self.name,
        )


def _floats(pcm: array[int]) -> NDArray[numpy.float32]:
    """float32 samples in [-1, 1], as numpy (a faster-whisper dependency) takes them."""
    import numpy

    return numpy.frombuffer(pcm.tobytes(), dtype=numpy.int16).astype(numpy.float32) / 32768.0
