"""Norm analysis: a clause read as norms (who must, may or must not do what, on what condition, with what
consequence, on what basis), through concept lexicons kept as data in ``review/lexicons/``."""
