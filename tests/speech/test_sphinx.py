"""The sphinx engine on speech synthesized at test time, with honest bounds."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from tests.speech.conftest import Speak, write_wav
from typer.testing import CliRunner

from shortlist.cli import app
from shortlist.speech import transcribe_file
from shortlist.speech.sphinx import SphinxTranscriber
from shortlist.speech.vad import speech_segments

SENTENCE = "It took three months and we cut costs by twenty percent."


@pytest.fixture(scope="module")
def sphinx() -> SphinxTranscriber:
    return SphinxTranscriber()


def _wer(ref: str, hyp: str) -> float:
    r, h = ref.lower().replace(".", "").split(), hyp.lower().split()
    d = list(range(len(h) + 1))
    for i, rw in enumerate(r, 1):
        prev, d[0] = d[0], i
        for j, hw in enumerate(h, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (rw != hw))
    return d[-1] / len(r)


def test_it_transcribes_a_short_sentence_with_few_errors(
    speak: Speak, sphinx: SphinxTranscriber
) -> None:
    wav, _ = speak(SENTENCE)
    result = transcribe_file(wav, sphinx)
    assert result.transcript.engine == "sphinx"
    assert _wer(SENTENCE, result.transcript.text) <= 0.2, result.transcript.text


def test_every_word_has_ordered_timings_inside_the_audio(
    speak: Speak, sphinx: SphinxTranscriber
) -> None:
    wav, _ = speak("I led the migration of our billing service.", 1.5, SENTENCE)
    t = transcribe_file(wav, sphinx).transcript
    assert t.words
    for a, b in zip(t.words, t.words[1:], strict=False):
        assert a.start < a.end <= b.start + 0.01
    assert t.words[0].start >= 0 and t.words[-1].end <= t.duration


def test_an_inserted_pause_is_found_within_a_third_of_a_second(
    speak: Speak, sphinx: SphinxTranscriber
) -> None:
    wav, starts = speak("I led the migration of our billing service.", 2.5, SENTENCE)
    d = transcribe_file(wav, sphinx).delivery
    assert len(d.pauses) == 1
    assert abs(d.pauses[0].start - starts[0]) <= 0.3
    assert abs(d.pauses[0].length - 2.5) <= 0.3


def test_it_reports_the_time_to_the_first_word(speak: Speak, sphinx: SphinxTranscriber) -> None:
    wav, _ = speak(SENTENCE, lead=2.0)
    d = transcribe_file(wav, sphinx).delivery
    assert d.first_word_s is not None and abs(d.first_word_s - 2.0) <= 0.3


def test_the_filler_pass_hears_fillers_the_plain_decoder_drops(
    speak: Speak, sphinx: SphinxTranscriber
) -> None:
    wav, _ = speak(
        "So, um, I led the migration of our billing service. Uh, it took three months.",
        voice="slt",
    )
    with_pass = transcribe_file(wav, sphinx).delivery
    without = transcribe_file(wav, SphinxTranscriber(filler_weight=None)).delivery
    assert len(without.fillers) == 0
    assert len(with_pass.fillers) >= 1
    assert {w.text for w in with_pass.fillers} <= {"um", "uh"}


def test_silence_only_gives_no_words_and_no_pace(tmp_path: Path, sphinx: SphinxTranscriber) -> None:
    wav = write_wav(tmp_path / "quiet.wav", b"\0\0" * 16000 * 3)
    result = transcribe_file(wav, sphinx)
    assert result.transcript.words == ()
    assert result.speech == ()
    assert result.delivery.first_word_s is None
    assert result.delivery.silence_s == 3.0


def test_progress_rises_to_one(speak: Speak, sphinx: SphinxTranscriber) -> None:
    wav, _ = speak(SENTENCE, 1.0, SENTENCE)
    seen: list[float] = []
    transcribe_file(wav, sphinx, seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_the_vad_finds_the_voice_around_an_inserted_silence(speak: Speak) -> None:
    from shortlist.speech.audio import decode_file

    wav, starts = speak(SENTENCE, 2.0, SENTENCE, lead=1.0)
    segments = speech_segments(decode_file(wav).samples)
    assert len(segments) >= 2
    assert abs(segments[0].start - 1.0) <= 0.15
    gaps = [(a.end, b.start) for a, b in itertools.pairwise(segments)]
    longest = max(gaps, key=lambda g: g[1] - g[0])
    assert abs(longest[0] - starts[0]) <= 0.15 and abs(longest[1] - longest[0] - 2.0) <= 0.3


def test_the_cli_prints_words_and_delivery_as_json(speak: Speak) -> None:
    wav, _ = speak(SENTENCE)
    result = CliRunner().invoke(app, ["transcribe", str(wav), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"text", "words", "duration", "engine", "delivery"}
    assert data["engine"] == "sphinx"
    assert set(data["words"][0]) == {"text", "start", "end"}
    assert {m["name"] for m in data["delivery"]["scores"]} == {
        "pace", "pauses", "fillers", "first_word", "pace_variation"
    }  # fmt: skip


def test_the_cli_says_in_one_line_what_is_wrong_with_the_audio(tmp_path: Path) -> None:
    (tmp_path / "empty.wav").write_bytes(b"")
    result = CliRunner().invoke(app, ["transcribe", str(tmp_path / "empty.wav")])
    assert result.exit_code == 2
    assert result.stderr.strip() == "shortlist: error: empty.wav is empty"
