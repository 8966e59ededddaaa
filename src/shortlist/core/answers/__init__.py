"""Feedback on one interview answer: tokens once, then STAR, results, specificity,
ownership, hedges, fillers, relevance and consistency, an overall score and one follow-
up that quotes the answer."""
