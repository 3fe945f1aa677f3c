"""Numbered schema migrations of the corpus database. Each entry runs once, in order, in a transaction."""

MIGRATIONS: tuple[str, ...] = (
    # 1: works, versions, provisions, aliases, meta, the FTS index
    """
    CREATE TABLE works (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,          -- normalised title | level | region
        title TEXT NOT NULL,
        short_title TEXT NOT NULL,         -- title without 中华人民共和国
        level TEXT NOT NULL,
        issuer TEXT, region TEXT, doc_number TEXT,
        has_text INTEGER NOT NULL DEFAULT 1,
        repeal_date TEXT, repealed_by TEXT, successor TEXT, repeal_source TEXT
    );
    CREATE INDEX works_short ON works(short_title);
    CREATE TABLE aliases (
        alias TEXT NOT NULL, work_id INTEGER NOT NULL REFERENCES works(id),
        PRIMARY KEY (alias, work_id)
    );
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        work_id INTEGER NOT NULL REFERENCES works(id),
        content_hash TEXT NOT NULL,
        source TEXT NOT NULL, source_key TEXT,
        publish_date TEXT, effective_date TEXT,
        status TEXT NOT NULL, status_source TEXT, status_date TEXT,
        is_current INTEGER NOT NULL DEFAULT 0,
        history TEXT,
        UNIQUE (work_id, content_hash)
    );
    CREATE INDEX versions_work ON versions(work_id);
    CREATE TABLE provisions (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions(id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        article INTEGER NOT NULL, article_sub INTEGER NOT NULL DEFAULT 0,
        paragraph INTEGER, item INTEGER, subitem INTEGER,
        path TEXT, text TEXT NOT NULL
    );
    CREATE INDEX provisions_lookup ON provisions(version_id, article, article_sub, paragraph, item);
    CREATE VIRTUAL TABLE provisions_fts USING fts5(text, tokenize='trigram');
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """,
    # 2: document frequency of each trigram, for choosing the most selective query terms
    """
    CREATE TABLE trigram_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
    """,
    # 3: results of cleanup sweeps (review/sweep_state.py), one row per document content and sweep settings
    """
    CREATE TABLE sweep_results (
        sha256 TEXT NOT NULL,              -- of the file's bytes
        topics TEXT NOT NULL,              -- sorted, comma-separated
        as_of TEXT NOT NULL,
        rules_version TEXT NOT NULL,       -- rule packs + review code + corpus snapshot
        path TEXT NOT NULL,                -- where it was first seen (informative only)
        result TEXT NOT NULL,              -- JSON: the path-independent part of the catalogue entry
        reviewed_at TEXT NOT NULL,
        PRIMARY KEY (sha256, topics, as_of, rules_version)
    ) WITHOUT ROWID;
    """,
    # 4: the FTS index reads its text from provisions (external content): the text is stored once. Rows are
    # only ever added to provisions, never changed or deleted, so no triggers are needed.
    """
    DROP TABLE provisions_fts;
    CREATE VIRTUAL TABLE provisions_fts USING fts5(text, tokenize='trigram', content='provisions',
                                                   content_rowid='id');
    INSERT INTO provisions_fts(rowid, text) SELECT id, text FROM provisions WHERE kind='article';
    """,
    # 5: what a search filters on, kept beside the data it is derived from (Store._refresh_spans / _refresh_dead):
    # the dates each version is in force, and the works no longer in force (since: a date, '' when unknown)
    """
    CREATE TABLE version_spans (
        version_id INTEGER PRIMARY KEY, work_id INTEGER NOT NULL,
        start TEXT NOT NULL,               -- coalesce(effective_date, publish_date, '')
        until TEXT                         -- the next version's start; NULL for the newest
    );
    CREATE INDEX version_spans_work ON version_spans(work_id);
    CREATE TABLE dead_works (work_id INTEGER PRIMARY KEY, since TEXT NOT NULL);
    """,
    # 6: the evidence for a 施行 date statutes/data/effective_dates.csv corrected (the snapshot's
    # effective_date_source; NULL for a date as the source gives it)
    """
    ALTER TABLE versions ADD COLUMN effective_source TEXT;
    """,
)
