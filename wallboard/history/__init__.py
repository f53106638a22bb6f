"""The day's memory: the interval store, its writer and the reports read from it. No Qt."""
