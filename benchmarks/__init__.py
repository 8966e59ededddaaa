"""Speed and quality benchmarks. Run them all with `make bench` (python -m benchmarks)."""
