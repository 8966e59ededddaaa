"""Shortlist's score against a TF-IDF cosine baseline on the labelled pairs: which one
orders the 46 candidates the way the labelled bands do (Spearman's rank correlation)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

PAIRS = Path(__file__).resolve().parent / "match_pairs"
BAND_RANK = {"Weak match": 0, "Partial match": 1, "Good match": 2, "Strong match": 3}
TODAY = dt.date(2026, 11, 1)


def run() -> dict[str, Any]:
    from scipy.stats import spearmanr
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    from shortlist import match

    bands, ours, cosines = [], [], []
    for pair in sorted(p for p in PAIRS.iterdir() if p.is_dir()):
        cv = (pair / "cv.txt").read_text(encoding="utf-8")
        posting = (pair / "posting.txt").read_text(encoding="utf-8")
        bands.append(BAND_RANK[json.loads((pair / "expected.json").read_text())["band"]])
        ours.append(match(cv, posting, today=TODAY).score)
        vectors = TfidfVectorizer(stop_words="english").fit_transform([cv, posting])
        cosines.append(float(cosine_similarity(vectors[0], vectors[1])[0, 0]))
    return {
        "pairs": len(bands),
        "spearman_shortlist": round(float(spearmanr(bands, ours).statistic), 3),
        "spearman_tfidf": round(float(spearmanr(bands, cosines).statistic), 3),
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
