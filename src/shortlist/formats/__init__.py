"""Output formats the surfaces share: the prep pack as Markdown and PDF, the interview
dates as .ics, score trends as SVG. Each takes core's objects or their JSON and returns
bytes or text; none is a surface of its own."""
