from __future__ import annotations

import math
import struct
from pathlib import Path

import av
import pytest
from tests.speech.conftest import write_wav

from shortlist.speech.audio import AudioLimits, decode_file
from shortlist.speech.errors import AudioError

# A 440 Hz tone, 1.5 s at 8 kHz: decoding must resample it to 16 kHz.
TONE = b"".join(
    struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / 8000))) for i in range(12000)
)


def _encode(src: Path, out: Path, codec: str, rate: int = 48000) -> Path:
    """Re-encode a wav with PyAV, as a browser or phone would have recorded it."""
    with av.open(str(src)) as inp, av.open(str(out), "w") as dst:
        stream = dst.add_stream(codec, rate=rate)
        stream.layout = "mono"  # type: ignore[attr-defined]
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=rate)  # type: ignore[attr-defined]
        for frame in inp.decode(audio=0):
            for f in resampler.resample(frame):
                for packet in stream.encode(f):  # type: ignore[attr-defined]
                    dst.mux(packet)
        for packet in stream.encode(None):  # type: ignore[attr-defined]
            dst.mux(packet)
    return out


def test_it_decodes_a_wav_to_16_khz_mono(tmp_path: Path) -> None:
    audio = decode_file(write_wav(tmp_path / "tone.wav", TONE, rate=8000))
    assert abs(audio.duration - 1.5) < 0.02


@pytest.mark.parametrize(
    ("name", "codec"),
    [("a.webm", "libopus"), ("a.ogg", "libopus"), ("a.mp3", "mp3"), ("a.m4a", "aac")],
)
def test_it_decodes_what_browsers_and_phones_record(tmp_path: Path, name: str, codec: str) -> None:
    src = write_wav(tmp_path / "tone.wav", TONE, rate=8000)
    try:
        encoded = _encode(src, tmp_path / name, codec)
    except (av.FFmpegError, ValueError) as exc:
        pytest.skip(f"this FFmpeg build cannot encode {codec}: {exc}")
    audio = decode_file(encoded)
    assert abs(audio.duration - 1.5) < 0.1


def test_an_empty_file_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty.webm").write_bytes(b"")
    with pytest.raises(AudioError, match=r"^empty\.webm is empty$"):
        decode_file(tmp_path / "empty.webm")


def test_a_corrupt_file_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "broken.ogg").write_bytes(b"OggS" + bytes(range(256)) * 20)
    with pytest.raises(AudioError, match=r"^broken\.ogg is not audio FFmpeg can read") as info:
        decode_file(tmp_path / "broken.ogg")
    assert "\n" not in str(info.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match=r"cannot read nothere\.wav"):
        decode_file(tmp_path / "nothere.wav")


def test_audio_over_the_length_limit_is_refused(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "long.wav", b"\0\0" * 16000 * 5)
    with pytest.raises(AudioError, match=r"longer than 0\.05 minutes"):
        decode_file(path, AudioLimits(max_seconds=3))


def test_a_file_over_the_size_limit_is_refused_before_decoding(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "big.wav", b"\0\0" * 16000)
    with pytest.raises(AudioError, match=r"big\.wav is 0\.0 MB; the limit is 0 MB"):
        decode_file(path, AudioLimits(max_bytes=1000))
