"""match_cv: one check per requirement kind against the evidence a CV offers, a status with
the CV line that proves it, a score derived from the rows by the documented formula, and
honest advice for each gap."""
