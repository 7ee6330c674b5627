"""Renderers for the output formats."""
