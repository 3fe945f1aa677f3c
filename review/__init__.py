"""fashen.review — documents, clauses, rule packs, the review engine, opinions, sweeps, exports."""
