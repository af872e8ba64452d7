"""actorgraph: rebuild the system of actors and relations described in conflict coverage."""

__version__ = "0.1.0"
