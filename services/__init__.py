"""LLM Mesh: routes each task of an LLM request to the best model in a fleet, under policy."""

__version__ = "0.1.0"
