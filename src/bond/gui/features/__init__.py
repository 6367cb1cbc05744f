"""Bond's features: each owns its screens and what they do; the shell only composes them.

Read ``docs/architecture.md`` for the map of places and an answer's path to the vault.
"""
