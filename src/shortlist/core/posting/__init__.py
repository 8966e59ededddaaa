"""parse_posting: a posting's header facts (title, company, place, salary) and its
requirement lines, each typed and weighted as must-have or nice-to-have."""
