"""Interview preparation for one round: the questions likely and where each came from, STAR
stories, questions to ask, logistics, the round-one journal and what to prepare first."""
