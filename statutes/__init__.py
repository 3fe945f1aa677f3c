"""fashen.statutes — the statute corpus: model, parsing, importers, search, citations."""
