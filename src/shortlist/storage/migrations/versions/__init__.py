"""One module per schema change, hand-written and reviewed; never edit a shipped one."""
