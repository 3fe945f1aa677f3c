"""The corpus store: one SQLite file, works → versions → provisions, FTS5 trigram index.

The store is the only module that speaks SQL; it speaks it directly (sqlite3, executemany for bulk loads). It implements the citation ``Resolver`` protocol.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import CorpusError, corpus_error
from .keys import content_hash, normalise_title  # noqa: F401 (normalise_title re-exported)
from .in_force import Enactment, amended_title, enactment_in_correction, enactment_in_history
from .model import LawRecord, ParsedStatute, Provision, Snapshot, VersionInfo
from .schema import MIGRATIONS

def default_db_path() -> Path:
    """``FASHEN_DB`` if set, else the per-user data directory (XDG_DATA_HOME/fashen/corpus.db)."""
    env = os.environ.get("FASHEN_DB")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "fashen" / "corpus.db"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What importing one parsed statute did: added (new work), new_version, or unchanged."""

    title: str
    action: str
    work_id: int
    version_id: int


class Store:
    """A corpus database. ``Store(path)`` opens (and migrates) it; nothing is created until needed."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        if not self.path.exists() and not create:
            raise CorpusError(f"法规库不存在：{self.path}")
        if self.path.exists() and self.path.is_dir():
            raise CorpusError(f"{self.path}：这是一个目录，不是法规库文件")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self.conn = conn
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise corpus_error(e, self.path) from None

    # -- schema --------------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS _migrations (id INTEGER PRIMARY KEY, applied_at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT id FROM _migrations")}
        if done and max(done) > len(MIGRATIONS):
            raise CorpusError(f"{self.path}：法规库版本（{max(done)}）比本程序新，请升级 fashen")
        for number, sql in enumerate(MIGRATIONS, start=1):
            if number in done:
                continue
            with self.conn:
                self.conn.executescript("BEGIN;" + sql + f";INSERT INTO _migrations VALUES ({number}, "
                                        f"'{datetime.now(timezone.utc).isoformat()}');COMMIT;")
            if number == 5 and done:      # an existing corpus: fill the derived tables
                with self.transaction():
                    self._refresh_spans()
                    self._refresh_dead()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- meta ----------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == 0

    def snapshot(self) -> Snapshot:
        """Which corpus this is (id, counts, when built); the counts are recorded at each import (``_touch``)."""
        counted = self.get_meta("counts")
        if counted and counted.count(" ") == 1:
            works, provisions = map(int, counted.split())
        else:
            works = self.conn.execute("SELECT count(*) FROM works").fetchone()[0]
            provisions = self.conn.execute("SELECT count(*) FROM provisions WHERE kind='article'").fetchone()[0]
        sources = tuple((self.get_meta("sources") or "").split("\n")) if self.get_meta("sources") else ()
        return Snapshot(snapshot_id=self.get_meta("snapshot_id") or "empty", works=works,
                        provisions=provisions, built_at=self.get_meta("updated_at") or "", sources=sources)

    def refresh_term_stats(self) -> None:
        """Rebuild trigram_df from the FTS index (after an import)."""
        self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab "
                          "USING fts5vocab(main, provisions_fts, 'row')")
        self.conn.execute("DELETE FROM trigram_df")
        self.conn.execute("INSERT INTO trigram_df(term, df) SELECT term, doc FROM temp.fts_vocab")

    def term_df(self, terms: list[str]) -> dict[str, int]:
        if not terms:
            return {}
        out: dict[str, int] = {}
        for i in range(0, len(terms), 900):     # SQLite allows 999 variables in some builds, 250,000 in others
            chunk = terms[i:i + 900]
            marks = ",".join("?" * len(chunk))
            out.update(self.conn.execute(f"SELECT term, df FROM trigram_df WHERE term IN ({marks})", chunk))
        return out

    def content_digest(self) -> str:
        """An id of what the corpus holds (texts, statuses, repeal facts), not of when it was built:
        the same imports give the same id on any machine and any day."""
        h = hashlib.sha256()
        for row in self.conn.execute(
                "SELECT w.key, v.content_hash, v.status, v.publish_date, v.effective_date FROM versions v "
                "JOIN works w ON w.id=v.work_id ORDER BY w.key, v.content_hash"):
            h.update("|".join(str(x) for x in row).encode() + b"\n")
        for row in self.conn.execute("SELECT key, repeal_date, successor, repealed_by FROM works "
                                     "WHERE repeal_date IS NOT NULL OR repealed_by IS NOT NULL ORDER BY key"):
            h.update("|".join(str(x) for x in row).encode() + b"\n")
        return h.hexdigest()[:12]

    # -- derived tables the search filters on ---------------------------------------------------
    _SPAN_START = "coalesce(effective_date, publish_date, '')"

    def _refresh_spans(self, work_id: int | None = None) -> None:
        """version_spans: each version in force from its start until the next version's start; the newest one until
        the day it was amended by a text the corpus does not hold (已被修改 with a date: statutes.in_force), if any."""
        where, args = ("WHERE work_id=?", (work_id,)) if work_id is not None else ("", ())
        self.conn.execute(f"DELETE FROM version_spans {where}", args)
        self.conn.execute(
            f"INSERT INTO version_spans(version_id, work_id, start, until) SELECT id, work_id, {self._SPAN_START}, "
            f"coalesce(LEAD({self._SPAN_START}) OVER (PARTITION BY work_id ORDER BY {self._SPAN_START}, id), "
            f"CASE WHEN status='已被修改' THEN status_date END) "
            f"FROM versions {where}", args)

    def _refresh_dead(self, work_id: int | None = None) -> None:
        """dead_works: works repealed (since the repeal date; '' when no source states it) or whose current
        version is 已废止/失效 (since its status date)."""
        where, args = ("AND w.id=?", (work_id,)) if work_id is not None else ("", ())
        self.conn.execute("DELETE FROM dead_works" + (" WHERE work_id=?" if work_id is not None else ""), args)
        self.conn.execute(
            "INSERT INTO dead_works(work_id, since) SELECT w.id, CASE WHEN w.repeal_date IS NOT NULL THEN w.repeal_date "
            "WHEN w.repealed_by IS NOT NULL THEN '' ELSE coalesce(v.status_date, '') END FROM works w "
            "LEFT JOIN versions v ON v.work_id=w.id AND v.is_current=1 WHERE (w.repeal_date IS NOT NULL "
            f"OR w.repealed_by IS NOT NULL OR v.status IN ('已废止', '失效')) {where}", args)

    def _touch(self, source: str) -> None:
        self._refresh_spans()
        self._refresh_dead()
        self.refresh_term_stats()
        sources = [s for s in (self.get_meta("sources") or "").split("\n") if s]
        if source not in sources:
            sources.append(source)
        self.set_meta("sources", "\n".join(sources))
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.set_meta("updated_at", now)
        self.set_meta("snapshot_id", self.content_digest())
        works = self.conn.execute("SELECT count(*) FROM works").fetchone()[0]
        articles = self.conn.execute("SELECT count(*) FROM provisions WHERE kind='article'").fetchone()[0]
        self.set_meta("counts", f"{works} {articles}")

    # -- bulk loading (the default corpus) -----------------------------------------------------
    def load_records(self, records: Iterable[dict], *, source: str, fast: bool = False,
                     progress: Callable[[int, int | None], None] | None = None, total: int | None = None) -> dict:
        """Add work records (the snapshot's shape, see ``statutes.snapshot.build``) in bulk, all or nothing.

        New works and versions are inserted; a version already here (same work key, same text) is left as it is
        but takes the record's status; repeal facts and aliases are set from the records. The FTS index and
        ``trigram_df`` are updated once, at the end. Returns counts: added (new works), new_version,
        unchanged (versions), works, works_with_text, versions, articles (of the records).

        ``fast``: no rollback journal, for a new file nobody else uses that is renamed into place afterwards
        (``statutes.importers.default.build_default_corpus``); an interruption then leaves a file to delete.
        """
        from .units import article_units

        c = self.conn
        if fast:
            c.execute("PRAGMA journal_mode=OFF")
            c.execute("PRAGMA synchronous=OFF")
        c.execute("PRAGMA cache_size=-262144")
        c.execute("PRAGMA temp_store=MEMORY")
        work_ids = dict(c.execute("SELECT key, id FROM works"))
        version_ids = {(w, h): v for v, w, h in c.execute("SELECT id, work_id, content_hash FROM versions")}
        wid, vid, pid = (c.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
                         for t in ("works", "versions", "provisions"))
        first_pid = pid + 1
        works, facts, aliases, versions, statuses, provisions, touched = [], [], [], [], [], [], set()
        n = {"added": 0, "new_version": 0, "unchanged": 0, "works": 0, "works_with_text": 0, "versions": 0,
             "articles": 0}
        for i, r in enumerate(records, 1):
            vs = r.get("versions") or ()
            rep = r.get("repeal") or {}
            work_id = work_ids.get(r["key"])
            if work_id is None:
                wid += 1
                work_id = work_ids[r["key"]] = wid
                works.append((wid, r["key"], r["title"], normalise_title(r["title"]), r["level"], r.get("issuer"),
                              r.get("region"), r.get("doc_number"), int(bool(vs)), rep.get("date"), rep.get("by"),
                              rep.get("successor"), rep.get("source")))
                fresh = True
            else:
                if rep:
                    facts.append((rep.get("date"), rep.get("by"), rep.get("successor"), rep.get("source"), work_id))
                fresh = False
            aliases.extend((normalise_title(a), work_id) for a in r.get("aliases") or ())
            for k, v in enumerate(vs):
                old = version_ids.get((work_id, v["content_hash"]))
                if old is not None:
                    statuses.append((v["status"], v.get("status_source"), v.get("status_date"),   # a corrected
                                     v.get("effective_date"), v.get("effective_date_source"), old))   # 施行 date too
                    n["unchanged"] += 1
                    continue
                vid += 1
                version_ids[(work_id, v["content_hash"])] = vid
                versions.append((vid, work_id, v["content_hash"], v["source"], v.get("source_key"),
                                 v.get("publish_date"), v.get("effective_date"), v["status"], v.get("status_source"),
                                 v.get("status_date"), int(fresh and k == len(vs) - 1),
                                 "\n".join(v.get("history") or ()), v.get("effective_date_source")))
                n["added" if fresh and k == 0 else "new_version"] += 1
                if not fresh:
                    touched.add(work_id)
                seq = 0
                for article, sub, path, text in v["articles"]:
                    for u in article_units(article, sub, text.split("\n"), path):
                        pid += 1
                        provisions.append((pid, vid, seq, u.kind, u.article, u.article_sub, u.paragraph, u.item,
                                           u.subitem, u.path, u.text))
                        seq += 1
            n["works"] += 1
            n["works_with_text"] += bool(vs)
            n["versions"] += len(vs)
            n["articles"] += sum(len(v["articles"]) for v in vs)
            if progress and i % 200 == 0:
                progress(i, total)
        c.execute("BEGIN")
        try:
            c.executemany("INSERT INTO works(id, key, title, short_title, level, issuer, region, doc_number, "
                          "has_text, repeal_date, repealed_by, successor, repeal_source) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", works)
            c.executemany("UPDATE works SET repeal_date=?, repealed_by=?, successor=?, repeal_source=? WHERE id=?",
                          facts)
            c.executemany("INSERT OR IGNORE INTO aliases(alias, work_id) VALUES (?, ?)", aliases)
            c.executemany("INSERT INTO versions(id, work_id, content_hash, source, source_key, publish_date, "
                          "effective_date, status, status_source, status_date, is_current, history, effective_source) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", versions)
            c.executemany("UPDATE versions SET status=?, status_source=?, status_date=?, effective_date=?, "
                          "effective_source=? WHERE id=?", statuses)
            c.executemany("INSERT INTO provisions(id, version_id, seq, kind, article, article_sub, paragraph, item, "
                          "subitem, path, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)", provisions)
            del provisions
            # one pass over the new articles without incremental merges, then one merge into a single segment:
            # cheaper to build, and a query then seeks each term once (3× faster than over a dozen segments)
            c.execute("INSERT INTO provisions_fts(provisions_fts, rank) VALUES ('automerge', 0)")
            c.execute("INSERT INTO provisions_fts(rowid, text) SELECT id, text FROM provisions "
                      "WHERE kind='article' AND id >= ?", (first_pid,))
            c.execute("INSERT INTO provisions_fts(provisions_fts) VALUES ('optimize')")
            c.execute("INSERT INTO provisions_fts(provisions_fts, rank) VALUES ('automerge', 4)")
            c.execute("UPDATE works SET has_text=1 WHERE has_text=0 AND id IN "
                      "(SELECT work_id FROM versions)")
            for work_id in sorted(touched):
                self._refresh_current(work_id)
            self._touch(source)
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        finally:
            if fast:
                c.execute("PRAGMA journal_mode=WAL")
                c.execute("PRAGMA synchronous=NORMAL")
        if progress:
            progress(n["works"], total)
        return n

    # -- writing -------------------------------------------------------------------------------
    def _work_id(self, title: str, level: str, region: str | None, issuer: str | None = None,
                 doc_number: str | None = None, has_text: bool = True) -> int:
        short = normalise_title(title)
        key = f"{short}|{level}|{region or ''}"
        row = self.conn.execute("SELECT id, has_text FROM works WHERE key=?", (key,)).fetchone()
        if row:
            if has_text and not row[1]:
                self.conn.execute("UPDATE works SET has_text=1 WHERE id=?", (row[0],))
            return row[0]
        cur = self.conn.execute(
            "INSERT INTO works(key, title, short_title, level, issuer, region, doc_number, has_text) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (key, title.strip(), short, level, issuer, region, doc_number, int(has_text)))
        return cur.lastrowid

    def add_statute(self, parsed: ParsedStatute, *, source: str, source_key: str | None = None,
                    status_source: str | None = None, status_date: str | None = None) -> ImportOutcome:
        """Store one version. The same text again changes nothing; a changed text adds a version.

        Call inside ``with store.transaction():`` for batches.
        """
        level = parsed.level or "规范性文件"
        work_id = self._work_id(parsed.title, level, parsed.region, parsed.issuer, parsed.doc_number)
        digest = content_hash(parsed.units)
        row = self.conn.execute("SELECT id FROM versions WHERE work_id=? AND content_hash=?",
                                (work_id, digest)).fetchone()
        if row:
            return ImportOutcome(parsed.title, "unchanged", work_id, row[0])
        is_new_work = self.conn.execute("SELECT count(*) FROM versions WHERE work_id=?",
                                        (work_id,)).fetchone()[0] == 0
        cur = self.conn.execute(
            "INSERT INTO versions(work_id, content_hash, source, source_key, publish_date, effective_date, "
            "status, status_source, status_date, history) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (work_id, digest, source, source_key, parsed.publish_date, parsed.effective_date,
             parsed.status or "现行有效", status_source or source, status_date, "\n".join(parsed.history)))
        version_id = cur.lastrowid
        rows = [(version_id, seq, u.kind, u.article, u.article_sub, u.paragraph, u.item, u.subitem, u.path, u.text)
                for seq, u in enumerate(parsed.units)]
        first = self.conn.execute("SELECT coalesce(max(id), 0) FROM provisions").fetchone()[0] + 1
        self.conn.executemany(
            "INSERT INTO provisions(version_id, seq, kind, article, article_sub, paragraph, item, subitem, path, text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        self.conn.execute(
            "INSERT INTO provisions_fts(rowid, text) SELECT id, text FROM provisions "
            "WHERE version_id=? AND kind='article' AND id>=?", (version_id, first))
        self._refresh_current(work_id)
        self._refresh_spans(work_id)
        self._refresh_dead(work_id)
        return ImportOutcome(parsed.title, "added" if is_new_work else "new_version", work_id, version_id)

    def _refresh_current(self, work_id: int) -> None:
        self.conn.execute("UPDATE versions SET is_current=0 WHERE work_id=?", (work_id,))
        self.conn.execute(
            "UPDATE versions SET is_current=1 WHERE id=(SELECT id FROM versions WHERE work_id=? "
            "ORDER BY coalesce(publish_date, effective_date, '') DESC, id DESC LIMIT 1)", (work_id,))

    def add_repeal_fact(self, *, title: str, level: str, repeal_date: str, repealed_by: str,
                        successor: str | None, source: str, aliases: Iterable[str] = ()) -> int:
        """Record that a law was repealed; a law with no text in the corpus is still known by name."""
        existing = self.find_works(title)
        if existing:
            work_id = existing[0].work_id
        else:
            work_id = self._work_id(title, level, None, has_text=False)
        self.conn.execute("UPDATE works SET repeal_date=?, repealed_by=?, successor=?, repeal_source=? WHERE id=?",
                          (repeal_date, repealed_by, successor, source, work_id))
        self._refresh_dead(work_id)
        for alias in aliases:
            self.add_alias(alias, work_id)
        return work_id

    def set_status(self, title: str, status: str, source: str, date: str | None = None) -> int:
        """Correct the status of a work's current version (the corrections file); returns rows changed."""
        works = self.find_works(title)
        changed = 0
        for w in works:
            changed += self.conn.execute(
                "UPDATE versions SET status=?, status_source=?, status_date=? WHERE work_id=? AND is_current=1",
                (status, source, date, w.work_id)).rowcount
            self._refresh_dead(w.work_id)
        return changed

    def add_alias(self, alias: str, work_id: int) -> None:
        self.conn.execute("INSERT OR IGNORE INTO aliases(alias, work_id) VALUES (?, ?)",
                          (normalise_title(alias), work_id))

    def transaction(self):
        """``with store.transaction():`` — all or nothing (an import never leaves a half-built corpus)."""
        return _Transaction(self)

    # -- reading: works ------------------------------------------------------------------------
    def _law_record(self, row) -> LawRecord:
        work_id, title, level, short, has_text, repeal_date, repealed_by, successor, repeal_source = row
        versions = tuple(
            VersionInfo(version_id=v[0], publish_date=v[1], effective_date=v[2], status=v[3],
                        status_source=v[4], status_date=v[5], repeal_date=repeal_date, repealed_by=repealed_by)
            for v in self.conn.execute(
                "SELECT id, publish_date, effective_date, status, status_source, status_date FROM versions "
                "WHERE work_id=? ORDER BY coalesce(publish_date, effective_date, ''), id", (work_id,)))
        return LawRecord(work_id=work_id, title=title, level=level, versions=versions, short_title=short,
                         successor=successor, repeal_date=repeal_date, has_text=bool(has_text),
                         repealed_by=repealed_by, repeal_source=repeal_source)

    _WORK_COLS = "id, title, level, short_title, has_text, repeal_date, repealed_by, successor, repeal_source"

    def find_works(self, name: str) -> list[LawRecord]:
        key = normalise_title(name)
        if not key:
            return []
        rows = self.conn.execute(
            f"SELECT {self._WORK_COLS} FROM works WHERE short_title=? "
            f"UNION SELECT {self._WORK_COLS} FROM works WHERE id IN (SELECT work_id FROM aliases WHERE alias=?)",
            (key, key)).fetchall()
        return [self._law_record(r) for r in rows]

    def work(self, work_id: int) -> LawRecord:
        row = self.conn.execute(f"SELECT {self._WORK_COLS} FROM works WHERE id=?", (work_id,)).fetchone()
        if not row:
            raise KeyError(work_id)
        return self._law_record(row)

    def effective_source(self, version_id: int) -> str | None:
        """The evidence for a 施行 date statutes/data/effective_dates.csv corrected; None for a source's date."""
        row = self.conn.execute("SELECT effective_source FROM versions WHERE id=?", (version_id,)).fetchone()
        return row[0] if row else None

    def enactment(self, work_id: int) -> Enactment | None:
        """Evidence that ``work_id`` was enacted before its oldest text in the corpus (``statutes.in_force``)."""
        row = self.conn.execute(
            "SELECT v.history, v.publish_date, w.title, w.short_title, w.region, v.effective_source FROM versions v "
            "JOIN works w ON w.id=v.work_id WHERE v.work_id=? "
            "ORDER BY coalesce(v.effective_date, v.publish_date, ''), v.id LIMIT 1", (work_id,)).fetchone()
        if row is None:
            return None
        history, published, title, short, region, corrected = row
        found = enactment_in_history(history, published)
        if found or region is not None:     # the amending 决定 we read are national
            return found
        names = {title, short}
        for dtitle, dpub in self.conn.execute(
                "SELECT w.title, min(coalesce(v.publish_date, v.effective_date)) FROM works w "
                "JOIN versions v ON v.work_id=w.id WHERE w.title LIKE ? AND w.region IS NULL GROUP BY w.id "
                "ORDER BY 2", (f"%关于修改%{short}%决定%",)):
            if amended_title(dtitle) in names and (not published or not dpub or dpub <= published):
                inner = dtitle.replace("《", "〈").replace("》", "〉")
                return Enactment(None, f"法规库收录的《{inner}》（{dpub or '日期不详'}）修改的是此前已施行的文本")
        return enactment_in_correction(corrected, published)

    def list_works(self, *, level: str | None = None, status: str | None = None,
                   title_like: str | None = None) -> list[dict]:
        sql = (f"SELECT w.id, w.title, w.level, w.region, v.publish_date, v.effective_date, {_LISTED_STATUS}, "
               "w.repeal_date, w.successor, (SELECT count(*) FROM versions x WHERE x.work_id=w.id), "
               "v.status_source, v.status_date, w.repealed_by, w.repeal_source "
               "FROM works w LEFT JOIN versions v ON v.work_id=w.id AND v.is_current=1 WHERE 1=1")
        args: list = []
        if level:
            sql += " AND w.level=?"
            args.append(level)
        if status:
            sql += f" AND {_LISTED_STATUS}=?"
            args.append(status)
        if title_like:
            sql += " AND w.title LIKE ?"
            args.append(f"%{title_like}%")
        sql += " ORDER BY w.level, w.title"
        keys = ("work_id", "title", "level", "region", "version_date", "effective_date", "status",
                "repeal_date", "successor", "versions", "status_source", "status_date", "repealed_by",
                "repeal_source")
        return [dict(zip(keys, r)) for r in self.conn.execute(sql, args)]

    def stats(self) -> dict:
        by = {}
        for level, status, n in self.conn.execute(
                f"SELECT w.level, {_LISTED_STATUS}, count(*) FROM works w "
                "LEFT JOIN versions v ON v.work_id=w.id AND v.is_current=1 GROUP BY 1, 2"):
            by.setdefault(level, {})[status] = n
        q = self.conn.execute
        return {
            "works": q("SELECT count(*) FROM works").fetchone()[0],
            "works_with_text": q("SELECT count(*) FROM works WHERE has_text=1").fetchone()[0],
            "versions": q("SELECT count(*) FROM versions").fetchone()[0],
            "articles": q("SELECT count(*) FROM provisions WHERE kind='article'").fetchone()[0],
            "current_articles": q("SELECT count(*) FROM provisions p JOIN versions v ON v.id=p.version_id "
                                  "WHERE p.kind='article' AND v.is_current=1").fetchone()[0],
            "by_level_status": by,
            "snapshot": self.snapshot().to_dict(),
        }

    # -- reading: provisions -------------------------------------------------------------------
    _PROV_COLS = ("w.title, w.level, v.status, coalesce(v.publish_date, v.effective_date), p.article, "
                  "p.article_sub, p.paragraph, p.item, p.text, p.path, w.id, v.id, v.is_current, w.repeal_date, "
                  "v.status_source")

    @staticmethod
    def _provision(row, score: float | None = None) -> Provision:
        from .model import STALE_NOTE

        (title, level, status, vdate, article, sub, para, item, text, path, work_id, version_id,
         is_current, repeal_date, status_source) = row
        if not is_current and status == "现行有效":
            status = "已被修改"
        return Provision(law=title, level=level, status=status, version_date=vdate, article=article,
                         article_sub=sub, paragraph=para, item=item, text=text, score=score, path=path or "",
                         work_id=work_id, version_id=version_id,
                         text_note=STALE_NOTE if STALE_NOTE in (status_source or "") else "")

    def provision(self, version_id: int, article: int, article_sub: int = 0,
                  paragraph: int | None = None, item: int | None = None) -> Provision | None:
        # an item cited without its paragraph (第十条第（二）项) is an item of the first paragraph that has one
        para_cond = "p.paragraph IS NOT NULL" if paragraph is None and item is not None else "p.paragraph IS ?"
        args = (version_id, article, article_sub) + (() if paragraph is None and item is not None else (paragraph,))
        row = self.conn.execute(
            f"SELECT {self._PROV_COLS} FROM provisions p JOIN versions v ON v.id=p.version_id "
            "JOIN works w ON w.id=v.work_id WHERE p.version_id=? AND p.article=? AND p.article_sub=? "
            f"AND {para_cond} AND p.item IS ? AND p.subitem IS NULL ORDER BY p.seq LIMIT 1",
            args + (item,)).fetchone()
        return self._provision(row) if row else None

    def article_units(self, version_id: int, article: int, article_sub: int = 0) -> list[Provision]:
        """The article and all its paragraphs/items, in document order."""
        rows = self.conn.execute(
            f"SELECT {self._PROV_COLS} FROM provisions p JOIN versions v ON v.id=p.version_id "
            "JOIN works w ON w.id=v.work_id WHERE p.version_id=? AND p.article=? AND p.article_sub=? "
            "ORDER BY p.seq", (version_id, article, article_sub)).fetchall()
        return [self._provision(r) for r in rows]

    def articles_by_ids(self, ids: list[int]) -> dict[int, Provision]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT p.id, {self._PROV_COLS} FROM provisions p JOIN versions v ON v.id=p.version_id "
            f"JOIN works w ON w.id=v.work_id WHERE p.id IN ({marks})", ids).fetchall()
        return {r[0]: self._provision(r[1:]) for r in rows}

    def closest_in(self, work_id: int, text: str) -> Provision | None:
        from .search import search

        hits = search(self, text, k=1, work_id=work_id)
        return hits[0] if hits else None

    def iter_current_articles(self) -> Iterator[tuple[int, str]]:
        yield from self.conn.execute(
            "SELECT p.id, p.text FROM provisions p JOIN versions v ON v.id=p.version_id "
            "WHERE p.kind='article' AND v.is_current=1 ORDER BY p.id")


# the status a listing shows for a work: its current version's; for a work without text, 已废止 if known repealed
_LISTED_STATUS = ("coalesce(v.status, CASE WHEN w.repeal_date IS NOT NULL OR w.repealed_by IS NOT NULL "
                  "THEN '已废止' END, '未知')")


class _Transaction:
    def __init__(self, store: Store):
        self.store = store

    def __enter__(self):
        self.store.conn.execute("BEGIN")
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.conn.execute("COMMIT")
        else:
            self.store.conn.execute("ROLLBACK")
        return False
