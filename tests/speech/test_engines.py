"""Choosing an engine, and the whisper adapter at its edge: faster-whisper is an optional
extra, so its module is faked here (never installed or downloaded by the tests)."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from shortlist.bootstrap import make_transcriber
from shortlist.config import Settings
from shortlist.speech import TranscriberUnavailable
from shortlist.speech.whisper import WhisperTranscriber


def test_sphinx_is_the_default_engine() -> None:
    assert make_transcriber(Settings()).name == "sphinx"


def test_an_unknown_engine_is_refused_with_the_choices() -> None:
    with pytest.raises(TranscriberUnavailable, match="choose one of sphinx, whisper"):
        make_transcriber(Settings(), "dragon")


def test_whisper_without_its_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "faster_whisper", None)
    engine = make_transcriber(Settings(), "whisper")
    with pytest.raises(TranscriberUnavailable, match=r"pip install 'shortlist\[whisper\]'"):
        engine.transcribe(b"\0\0" * 1600)


class _Word:
    def __init__(self, word: str, start: float, end: float) -> None:
        self.word, self.start, self.end = word, start, end


class _Segment:
    def __init__(self, end: float, words: list[_Word]) -> None:
        self.end, self.words = end, words


def _fake_module(calls: list[dict[str, Any]], fail: bool = False) -> types.ModuleType:
    module = types.ModuleType("faster_whisper")

    class WhisperModel:
        def __init__(self, source: str, **kwargs: Any) -> None:
            calls.append({"source": source, **kwargs})
            if fail:
                raise OSError("no connection")

        def transcribe(self, audio: Any, **kwargs: Any) -> tuple[list[_Segment], None]:
            assert kwargs["word_timestamps"] is True
            return [_Segment(1.0, [_Word(" Um,", 0.1, 0.3), _Word(" hello", 0.4, 0.9)])], None

    module.WhisperModel = WhisperModel  # type: ignore[attr-defined]
    return module


def test_whisper_words_keep_their_timings(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    calls: list[dict[str, Any]] = []
    monkeypatch.setitem(sys.modules, "faster_whisper", _fake_module(calls))
    seen: list[float] = []
    t = WhisperTranscriber(model="tiny.en").transcribe(b"\0\0" * 16000, progress=seen.append)
    assert [(w.text, w.start, w.end) for w in t.words] == [("Um,", 0.1, 0.3), ("hello", 0.4, 0.9)]
    assert (t.engine, t.duration, seen[-1]) == ("whisper", 1.0, 1.0)
    assert calls[0]["source"] == "tiny.en" and calls[0]["local_files_only"] is False


def test_a_local_model_directory_is_used_as_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "model.bin").write_bytes(b"")
    calls: list[dict[str, Any]] = []
    monkeypatch.setitem(sys.modules, "faster_whisper", _fake_module(calls))
    WhisperTranscriber(model_dir=tmp_path, download=False)._load()
    assert calls[0]["source"] == str(tmp_path) and calls[0]["local_files_only"] is True


def test_no_local_model_and_no_download_says_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "faster_whisper", _fake_module([], fail=True))
    with pytest.raises(TranscriberUnavailable) as info:
        WhisperTranscriber(download=False)._load()
    assert str(info.value) == (
        "whisper model 'base.en' is not available and could not be fetched (OSError): "
        "set SHORTLIST_WHISPER_MODEL_DIR to a downloaded model, or allow "
        "SHORTLIST_WHISPER_DOWNLOAD=true once online"
    )
