"""The skills taxonomy and the one matcher that finds skills in text, with its context
rules, typo tolerance and phrases; and the other named things CVs and postings share:
degrees, certifications and licences, human languages."""
