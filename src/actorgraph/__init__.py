"""actorgraph: rebuild the system of actors and relations described in conflict coverage."""

from actorgraph import _imports

__version__ = "0.1.0"

_imports.install()
