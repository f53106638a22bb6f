"""Coverage-guided fuzzing of the feed (``make fuzz``); see :mod:`fuzz.feed_target`."""
