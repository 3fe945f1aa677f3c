"""fashen.review — documents, clauses, rule packs, the review engine, opinions, sweeps, exports."""

from .modre import install as _install_modre

_install_modre()        # the modules' regexes from stored programs (review/modre.py)
