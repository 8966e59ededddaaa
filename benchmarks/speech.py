"""Speech quality and speed: the sphinx engine on answers synthesized at run time.

Ten interview-answer-like texts with known fillers ("um", "uh") and pauses of known
length are spoken by Debian's flite (four voices) and espeak-ng, trimmed with sox and
joined with exact silences in a temp dir. Each is transcribed with the sphinx engine and
scored:

- ``wer``: word error rate on the words that are not fillers (edit distance over words);
- ``filler_recall`` / ``filler_precision``: fillers in the text aligned to a filler in
  the transcript (um for uh counts), and the other way round;
- ``pause_*``: each inserted pause (>= 2 s) against the pause delivery_metrics reports:
  how many were found, mean absolute error of start and of length, false pauses;
- ``rtf``: transcription seconds / audio seconds on this machine (2 cores), with the
  decode of each file timed alone (the model is loaded once beforehand).

``python -m benchmarks.speech [--voices kal,slt] [--no-fillers]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RATE = 16_000
# "|2.5|" is a pause of 2.5 s; "um" and "uh" are fillers the synthesizer says.
TEXTS = [
    "So, um, I led the migration of our billing service to the new platform. |2.5| "
    "It took three months and we cut hosting costs by twenty percent.",
    "The situation was that our release process was slow. Uh, every deploy needed two "
    "people and a whole afternoon. |3| I wrote a script that did the checks for us.",
    "I think the hardest part was, um, getting the other teams to agree. I set up a "
    "weekly meeting and we wrote down every decision. |2.2| After a month they trusted us.",
    "My manager asked me to, uh, take over the project when the lead left. |2.8| "
    "I met each engineer, listed the risks and we shipped on time.",
    "We had a customer who was unhappy with our support. Um, I called them every week "
    "and fixed the three problems they cared about most. They renewed the contract.",
    "When the database failed at night, I was on call. |2.4| I moved the traffic to the "
    "backup, uh, and wrote a report the next morning so it would not happen again.",
    "I prefer to, um, plan the work in small steps. |3.5| That way the team can see "
    "progress every day and we find problems early.",
    "Our test suite took forty minutes. Uh, I split it into parts that run at the same "
    "time, and now it takes six minutes. |2.6| The team ships twice as often.",
    "I disagreed with a senior colleague about the design. |2.3| Um, I built a small "
    "prototype of both ideas, and the numbers showed which one was faster.",
    "In my last role I mentored two junior developers. Uh, we paired twice a week, um, "
    "and both of them now lead their own projects.",
]
FLITE_VOICES = ("kal", "slt", "rms", "awb")
FILLERS = {"um", "uh"}


@dataclass(frozen=True)
class Sample:
    name: str
    wav: Path
    words: list[str]
    #: (start, length) of each inserted pause, seconds.
    pauses: list[tuple[float, float]]
    duration: float


def parse(text: str) -> list[str | float]:
    """Text pieces and pause lengths, in order."""
    out: list[str | float] = []
    for i, part in enumerate(text.split("|")):
        part = part.strip()
        if i % 2:
            out.append(float(part))
        elif part:
            out.append(part)
    return out


def words_of(text: str) -> list[str]:
    pieces = [p for p in parse(text) if isinstance(p, str)]
    return [w.strip(".,!?").lower() for p in pieces for w in p.split() if w.strip(".,!?")]


def synth_piece(text: str, voice: str, out: Path) -> bytes:
    """``text`` spoken, as 16 kHz mono s16 PCM with the silence at both ends trimmed."""
    raw = out.with_suffix(".raw.wav")
    if voice.startswith("espeak"):
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(raw), text], check=True)
    else:
        subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True)
    trim = ["silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"]
    subprocess.run(
        ["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), *trim], check=True
    )
    with wave.open(str(out)) as w:
        return w.readframes(w.getnframes())


def synth(text: str, voice: str, out: Path, lead_s: float = 0.5) -> Sample:
    """The whole answer: pieces joined by exact silences, ``lead_s`` of silence first."""
    pcm = bytearray(b"\0\0" * int(lead_s * RATE))
    pauses = []
    for i, piece in enumerate(parse(text)):
        if isinstance(piece, float):
            pauses.append((len(pcm) / 2 / RATE, piece))
            pcm += b"\0\0" * int(piece * RATE)
        else:
            if i and isinstance(parse(text)[i - 1], str):
                pcm += b"\0\0" * int(0.3 * RATE)
            pcm += synth_piece(piece, voice, out.with_name(f"{out.stem}-{i}.wav"))
    pcm += b"\0\0" * int(0.5 * RATE)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(pcm))
    return Sample(out.stem, out, words_of(text), pauses, len(pcm) / 2 / RATE)


def align(ref: list[str], hyp: list[str]) -> list[tuple[str | None, str | None]]:
    """Levenshtein alignment of two word lists as (ref word, hyp word) pairs."""
    n, m = len(ref), len(hyp)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if ref[i - 1] == hyp[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    pairs: list[tuple[str | None, str | None]] = []
    i, j = n, m
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            pairs.append((ref[i - 1], hyp[j - 1]))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            pairs.append((ref[i - 1], None))
            i -= 1
        else:
            pairs.append((None, hyp[j - 1]))
            j -= 1
    return pairs[::-1]


def wer(ref: list[str], hyp: list[str]) -> tuple[int, int]:
    """(errors, reference words)."""
    errors = sum(1 for r, h in align(ref, hyp) if r != h)
    return errors, len(ref)


def filler_hits(ref: list[str], hyp: list[str]) -> tuple[int, int, int]:
    """(ref fillers matched, ref fillers, hyp fillers). Fillers are aligned as one class."""
    norm = [("<f>" if w in FILLERS else w) for w in ref]
    hnorm = [("<f>" if w in FILLERS else w) for w in hyp]
    hits = sum(1 for r, h in align(norm, hnorm) if r == h == "<f>")
    return hits, norm.count("<f>"), hnorm.count("<f>")


def make_samples(folder: Path, voices: list[str]) -> list[Sample]:
    samples = []
    for voice in voices:
        for t, text in enumerate(TEXTS):
            lead = 0.5 + 0.4 * (t % 3)
            samples.append(synth(text, voice, folder / f"{voice}-{t:02d}.wav", lead))
    return samples


def score(samples: list[Sample], transcriber: Any) -> dict[str, Any]:
    from shortlist.core.delivery.metrics import delivery_metrics
    from shortlist.speech.audio import decode_file
    from shortlist.speech.vad import speech_segments

    errors = ref_words = hits = ref_fill = hyp_fill = 0
    audio_s = decode_s = 0.0
    found = missed = false_pauses = 0
    start_err: list[float] = []
    len_err: list[float] = []
    by_voice: dict[str, list[int]] = {}
    for sample in samples:
        audio = decode_file(sample.wav)
        began = time.perf_counter()
        transcript = transcriber.transcribe(audio.samples)
        decode_s += time.perf_counter() - began
        audio_s += audio.duration
        hyp = [w.text.lower() for w in transcript.words]
        e, n = wer(
            [w for w in sample.words if w not in FILLERS], [w for w in hyp if w not in FILLERS]
        )
        errors, ref_words = errors + e, ref_words + n
        voice = by_voice.setdefault(sample.name.split("-")[0], [0, 0])
        voice[0], voice[1] = voice[0] + e, voice[1] + n
        h, r, f = filler_hits(sample.words, hyp)
        hits, ref_fill, hyp_fill = hits + h, ref_fill + r, hyp_fill + f
        delivery = delivery_metrics(
            transcript.words,
            speech_segments=speech_segments(audio.samples),
            duration=audio.duration,
        )
        unmatched = list(delivery.pauses)
        for start, length in sample.pauses:
            best = min(unmatched, key=lambda p: abs(p.start - start), default=None)
            if best is None or abs(best.start - start) > 1.0:
                missed += 1
                continue
            unmatched.remove(best)
            found += 1
            start_err.append(abs(best.start - start))
            len_err.append(abs(best.length - length))
        false_pauses += len(unmatched)
    return {
        "files": len(samples),
        "audio_s": round(audio_s, 1),
        "wer": round(errors / ref_words, 3),
        "wer_by_voice": {k: round(e / n, 3) for k, (e, n) in by_voice.items()},
        "filler_recall": round(hits / ref_fill, 3) if ref_fill else None,
        "filler_precision": round(hits / hyp_fill, 3) if hyp_fill else None,
        "fillers_in_text": ref_fill,
        "fillers_heard": hyp_fill,
        "pauses_inserted": found + missed,
        "pauses_found": found,
        "false_pauses": false_pauses,
        "pause_start_mae_s": round(statistics.fmean(start_err), 3) if start_err else None,
        "pause_length_mae_s": round(statistics.fmean(len_err), 3) if len_err else None,
        "rtf": round(decode_s / audio_s, 3),
    }


def run(voices: list[str] | None = None, filler_pass: bool = True) -> dict[str, Any]:
    from shortlist.speech.sphinx import SphinxTranscriber

    missing = [tool for tool in ("flite", "sox") if shutil.which(tool) is None]
    if missing:
        return {"skipped": f"{', '.join(missing)} not installed"}
    if voices is None:
        voices = list(FLITE_VOICES)
        if shutil.which("espeak-ng"):
            voices.append("espeak")
    with tempfile.TemporaryDirectory(prefix="shortlist-speech-") as tmp:
        samples = make_samples(Path(tmp), voices)
        results: dict[str, Any] = {"voices": voices}
        engine = SphinxTranscriber() if filler_pass else SphinxTranscriber(filler_weight=None)
        began = time.perf_counter()
        engine._load()
        results["model_load_s"] = round(time.perf_counter() - began, 2)
        results["sphinx"] = score(samples, engine)
        flite_only = [s for s in samples if not s.name.startswith("espeak")]
        if filler_pass and flite_only:
            results["sphinx_without_filler_pass"] = score(
                flite_only, SphinxTranscriber(filler_weight=None)
            )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", help="comma-separated: kal,slt,rms,awb,espeak")
    parser.add_argument("--no-fillers", action="store_true", help="turn the filler pass off")
    args = parser.parse_args()
    voices = args.voices.split(",") if args.voices else None
    print(json.dumps(run(voices, not args.no_fillers), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
