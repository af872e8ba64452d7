"""CLI command groups that live in their own modules.

Each module registers its commands on :data:`actorgraph.cli.app` when imported; ``cli``
imports them at the end of its own module so the shared helpers are defined first.
"""
