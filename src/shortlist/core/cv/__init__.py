"""parse_cv: a CV's text cut into sections and roles with dated spans, skills and results."""
