from __future__ import annotations

import pytest

from shortlist.core.answers.models import TimedWord
from shortlist.core.delivery.metrics import FILLER_SOUNDS, delivery_metrics
from shortlist.core.delivery.speech import SpeechSegment


def _words(text: str, start: float, rate_wpm: float) -> list[TimedWord]:
    step = 60 / rate_wpm
    return [
        TimedWord(w, round(start + i * step, 3), round(start + i * step + step * 0.8, 3))
        for i, w in enumerate(text.split())
    ]


def _speech(words: list[TimedWord]) -> list[SpeechSegment]:
    return [SpeechSegment(w.start, w.end) for w in words]


def test_it_reads_pace_inside_the_band_as_in_band() -> None:
    words = _words("word " * 70, 1.0, 140)
    d = delivery_metrics(words, speech_segments=_speech(words), duration=32.0)
    assert 135 <= d.wpm <= 145
    assert d.pace_verdict == "in band"
    assert d.metric("pace").score == 100


def test_it_calls_a_fast_answer_fast_and_scores_it_down() -> None:
    words = _words("word " * 60, 0.5, 200)
    d = delivery_metrics(words, speech_segments=_speech(words), duration=19.0)
    assert d.pace_verdict == "fast"
    assert d.metric("pace").score < 50


def test_it_finds_a_pause_over_two_seconds_with_its_timestamps() -> None:
    first = _words("we moved the traffic to the backup", 0.5, 150)
    second = _words("and wrote a report the next morning", first[-1].end + 3.0, 150)
    words = first + second
    d = delivery_metrics(words, speech_segments=_speech(words), duration=12.0)
    assert len(d.pauses) == 1
    assert d.longest_pause is not None
    assert d.longest_pause.start == round(first[-1].end, 2)
    assert abs(d.longest_pause.length - 3.0) < 0.01


def test_it_trims_a_pause_to_the_silence_the_vad_found() -> None:
    words = [TimedWord("so", 0.0, 0.5), TimedWord("then", 4.0, 4.4)]
    # The transcriber stretched "so" to 0.5 s; the voice stopped at 0.3 s.
    speech = [SpeechSegment(0.0, 0.3), SpeechSegment(4.1, 4.4)]
    d = delivery_metrics(words, speech_segments=speech, duration=5.0)
    assert [(p.start, p.end) for p in d.pauses] == [(0.5, 4.0)]


def test_short_gaps_are_not_pauses() -> None:
    words = [TimedWord("a", 0.0, 0.3), TimedWord("b", 2.0, 2.3)]
    d = delivery_metrics(words, speech_segments=_speech(words), duration=3.0)
    assert d.pauses == ()
    assert d.longest_pause is None


def test_it_counts_fillers_per_minute_and_leaves_them_out_of_the_pace() -> None:
    words = _words("so um I led the uh migration of our billing service er and erm " * 3, 0, 120)
    d = delivery_metrics(words, speech_segments=_speech(words), duration=25.0)
    assert [w.text for w in d.fillers] == ["um", "uh", "er", "erm"] * 3
    assert d.words == len(words) - 12
    span = words[-1].end - words[0].start
    assert d.fillers_per_minute == round(12 / span * 60, 1)
    assert d.metric("fillers").score < 100


def test_it_reports_the_time_to_the_first_word() -> None:
    words = _words("well the situation was", 6.0, 150)
    d = delivery_metrics(words, speech_segments=_speech(words), duration=8.0)
    assert d.first_word_s == 6.0
    assert d.metric("first_word").score == 55


def test_speaking_time_and_silence_add_up_to_the_duration() -> None:
    speech = [SpeechSegment(1.0, 4.0), SpeechSegment(6.0, 9.5)]
    words = [TimedWord("hello", 1.0, 4.0), TimedWord("there", 6.0, 9.5)]
    d = delivery_metrics(words, speech_segments=speech, duration=10.0)
    assert (d.speaking_s, d.silence_s, d.speaking_ratio) == (6.5, 3.5, 0.65)


def test_even_pace_has_low_variation_and_uneven_pace_high() -> None:
    even = _words("word " * 150, 0.0, 150)
    d = delivery_metrics(even, speech_segments=_speech(even), duration=61.0)
    assert len(d.pace_windows) == 3
    assert d.pace_cv is not None and d.pace_cv < 0.05
    assert d.metric("pace_variation").score == 100
    uneven = _words("word " * 25, 0.0, 75) + _words("word " * 70, 20.0, 210)
    d = delivery_metrics(uneven, speech_segments=_speech(uneven), duration=41.0)
    assert d.pace_cv is not None and d.pace_cv > 0.3
    assert d.metric("pace_variation").score < 70


def test_a_short_answer_leaves_pace_and_variation_unchecked() -> None:
    words = _words("yes I did", 0.5, 150)
    d = delivery_metrics(words, speech_segments=_speech(words), duration=3.0)
    assert d.pace_verdict == "too short"
    assert not d.metric("pace").checked
    assert not d.metric("pace_variation").checked
    assert d.score == round((d.metric("pauses").score + d.metric("first_word").score) / 2)


def test_no_words_gives_an_empty_reading() -> None:
    d = delivery_metrics([], speech_segments=[], duration=4.0)
    assert (d.words, d.wpm, d.first_word_s, d.pauses, d.silence_s) == (0, 0.0, None, (), 4.0)


def test_it_counts_the_same_filler_sounds_as_the_text_analyser() -> None:
    fillers = pytest.importorskip("shortlist.core.answers.fillers")
    assert fillers.SOUNDS == FILLER_SOUNDS
