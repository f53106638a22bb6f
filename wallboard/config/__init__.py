"""The configuration file: its declared settings, reading and checking it, and reloading."""
