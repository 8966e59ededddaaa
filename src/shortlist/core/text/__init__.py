"""Reading text the way CVs, postings and answers are written: lines, bullets and headings,
dates and spans, English or not, job-title words, measurable results, and cheap
prefilters for the slower patterns."""
