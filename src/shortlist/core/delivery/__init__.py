"""Delivery of a spoken answer (pace, pauses, fillers heard) from timed words, and the
speech objects a transcriber returns."""
