"""Reusable widgets: one per exercise step type, and the custom ones they are built from."""
