"""crossread's benchmarks: what each stage costs beside the bare model, cold and warm, and at scale.

Run `python -m benchmarks` (or `make benchmark`): it prints a table and writes benchmarks/results/latest.json.
"""
