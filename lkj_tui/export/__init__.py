"""Markdown export of problems and solutions."""
