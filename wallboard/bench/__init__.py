"""Benchmarks of the core: ``python -m wallboard.bench`` prints the figures."""
