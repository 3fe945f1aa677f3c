"""The packaged rule packs, loaded once per test process.

A load compiles every rule's patterns (about a second), and every pytest-xdist worker imports each test module
that holds them; modules and fixtures that use the packaged packs as they are share this one load."""

from __future__ import annotations

import functools

from review.rules import Rule, load_packs


@functools.cache
def packaged_rules() -> tuple[Rule, ...]:
    return tuple(load_packs())
