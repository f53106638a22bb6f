"""Alert rules on the figures: evaluation, unusual patterns, and the alert log (no Qt)."""
