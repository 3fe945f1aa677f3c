"""Cleanup sweep (清理): every document under some folders → a 清理目录 entry with a proposed disposition.

``sweep(roots, store, SweepOptions(...), progress=...)`` reads each file (every format ``read_document`` reads;
hidden files and files of other types are skipped), reviews it for the sweep topics in worker processes
(``concurrent.futures.ProcessPoolExecutor``; each worker opens the corpus itself and loads the rule packs once,
in its initializer), proposes a disposition (``review.disposition.decide``) and stores the result in the corpus
database as soon as it is done (``review.sweep_state``, keyed by the file's SHA-256, the topics, ``as_of`` and the
rules version). A re-run reviews only what is not stored yet: unchanged files are skipped and a killed sweep
resumes where it stopped. Files with the same content are reviewed once; the later ones (in path order) are
reported with ``duplicate_of``. An unreadable file becomes an entry with ``error``; it never stops the sweep.

Entries are always built from the stored (JSON) form, so a resumed sweep gives exactly the list an
uninterrupted one gives.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from statutes.errors import AttachmentFile, InputError

from . import sweep_state
from .export import ATTACHMENT, DISPOSITIONS, NOT_REVIEWED, CatalogueEntry
from .readers import ReadOptions

SWEEP_TOPICS = ("family-planning", "repealed-law", "agency", "validity", "fair-competition")
# file types a cleanup folder holds; the unreadable ones (.doc, .wps, .ofd…) are listed with the reason
DOC_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".doc", ".docm", ".wps", ".wpt", ".pdf", ".ofd",
                          ".rtf", ".html", ".htm", ".shtml", ".xhtml", ".mht", ".mhtml",
                          ".xls", ".et"})       # spreadsheets are listed as attachments
RESULT_FORMAT = 3       # bump when the stored result's shape or meaning changes


@dataclass(frozen=True, slots=True)
class SweepOptions:
    as_of: str              # the law in force on this date governs (review.dates); one rule for review and sweep
    topics: tuple[str, ...] = SWEEP_TOPICS
    workers: int = 1
    office: object = None   # review.office.Office: whose documents are disposed of (None: infer)
    read: ReadOptions = ReadOptions()


@dataclass(frozen=True, slots=True)
class RecordedFinding:
    """A finding as stored with a sweep result (its ``Finding.to_dict()``)."""

    data: dict

    def to_dict(self) -> dict:
        return self.data


@dataclass(frozen=True, slots=True)
class SweepResult:
    entries: tuple[CatalogueEntry, ...]
    summary: dict

    def to_dict(self) -> dict:
        return {"documents": [e.to_dict() for e in self.entries], "summary": self.summary}


Progress = Callable[[int, int, int], None]     # (files done, files total, findings so far)


# -- files ----------------------------------------------------------------------------------------------
def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def collect_files(roots: Iterable[Path | str]) -> tuple[list[Path], int]:
    """Documents under ``roots`` (a root may also be a file), sorted, without hidden files or folders;
    returns (files, number of other files skipped)."""
    found: dict[str, Path] = {}
    skipped = 0
    for root in roots:
        root = Path(root)
        if root.is_file():
            found.setdefault(str(root), root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
            for name in filenames:
                if _hidden(name):
                    continue
                p = Path(dirpath, name)
                if p.suffix.lower() in DOC_SUFFIXES:
                    found.setdefault(str(p), p)
                else:
                    skipped += 1
    return sorted(found.values(), key=lambda p: str(p)), skipped


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def rules_version(store) -> str:
    """What a stored result depends on besides the file and the settings: the rule packs, the review code
    and the corpus snapshot. Any change gives a new version and the documents are reviewed again."""
    from .rules import packaged_pack_files

    here = Path(__file__).resolve().parent
    statutes_dir = here.parent / "statutes"
    h = hashlib.sha256(f"format {RESULT_FORMAT}|{store.snapshot().snapshot_id}".encode())
    files = [*packaged_pack_files(), *sorted(here.glob("*.py")), *sorted((here / "readers").glob("*.py")),
             *sorted((statutes_dir / "citations").glob("*.py")), statutes_dir / "repeals.py",
             *sorted((statutes_dir / "data").glob("*.csv"))]
    for f in files:
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


# -- one document ---------------------------------------------------------------------------------------
class _FixedSnapshot:
    """The store as seen by a sweep: the corpus does not change during one (its snapshot is part of the
    rules version), so ``snapshot()`` — two counts over the whole corpus — is taken once, not per document."""

    def __init__(self, store):
        self._store = store
        self._snapshot = store.snapshot()

    def snapshot(self):
        return self._snapshot

    def __getattr__(self, name):
        return getattr(self._store, name)


class Reviewer:
    """Reviews one file for the sweep topics; holds the store and the rule packs for many files."""

    def __init__(self, store, rules, opts: SweepOptions):
        self.store, self.rules, self.opts = _FixedSnapshot(store), rules, opts

    def review(self, path: Path) -> dict:
        """The path-independent result of one file: metadata, disposition, reasons, clauses, findings, error.
        ``transient`` marks an internal error (not stored, retried on the next run)."""
        from .disposition import DocMeta, decide
        from .engine import ReviewOptions, review_document
        from .readers import read_document

        try:
            doc = read_document(path, options=self.opts.read)
        except AttachmentFile as e:
            return _error_result(None) | {"attachment": True, "reasons": [e.problem]}
        except InputError as e:
            return _error_result(e.problem)
        try:
            # the same date rule as ``fashen review`` (review.dates): as_of governs, the document's date annotates
            opts = ReviewOptions(as_of=self.opts.as_of, topics=tuple(self.opts.topics), upper_law=False,
                                 office=self.opts.office)
            opinion = review_document(doc, self.store, self.rules, opts)
            reviewed = opinion.document
            disp = decide(DocMeta.of(reviewed), opinion.findings, self.opts.as_of, opinion.remit)
        except Exception as e:  # noqa: BLE001 - one bad document never stops a sweep
            return _error_result(f"内部错误：{type(e).__name__}: {e}", transient=True) | {"title": doc.title}
        from .disposition import repealed_in_text

        return {"title": doc.title, "doc_number": doc.doc_number, "issuer": doc.issuer, "date": doc.date,
                "kind": reviewed.kind_info.label if reviewed.kind_info is not None else reviewed.kind,
                "draft": reviewed.draft,
                "disposition": disp.action, "reasons": list(disp.reasons),
                "clauses_to_change": list(disp.clauses_to_change),
                "findings": [f.to_dict() for f in opinion.findings], "repeals": repealed_in_text(doc.text),
                "error": None}


def _error_result(message: str | None, transient: bool = False) -> dict:
    out = {"title": "", "doc_number": "", "issuer": "", "date": "", "kind": "", "disposition": None, "reasons": [],
           "clauses_to_change": [], "findings": [], "repeals": [], "error": message}
    if transient:
        out["transient"] = True
    return out


# worker processes: one Reviewer each, built once by the initializer
_REVIEWER: Reviewer | None = None
_PRELOAD = ("review.sweep", "review.engine", "review.match", "review.rules", "review.clauses", "review.metadata",
            "review.readers", "review.readers.textfile", "review.disposition", "review.opinion",
            "statutes.citations", "statutes.store")


def _init_worker(db_path: str, opts: SweepOptions) -> None:
    global _REVIEWER
    from statutes.store import Store

    from .rules import load_packs

    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    parent = multiprocessing.parent_process()
    if parent is not None:                          # a killed sweep (kill -9) leaves no orphan workers
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()
    _REVIEWER = Reviewer(Store(db_path, create=False), load_packs(), opts)


def _exit_with_parent(sentinel) -> None:
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(1)


def _work(sha: str, path: str) -> tuple[str, dict]:
    return sha, _REVIEWER.review(Path(path))


# -- the sweep ------------------------------------------------------------------------------------------
def sweep(roots: Iterable[Path | str], store, opts: SweepOptions, *, progress: Progress | None = None,
          rules=None) -> SweepResult:
    """Sweep every document under ``roots``; results are stored in ``store`` as they come."""
    t0 = time.perf_counter()
    topics = tuple(sorted(set(opts.topics)))
    opts = replace(opts, topics=topics)
    version = rules_version(store)
    if opts.office is not None:   # whose documents are disposed of changes the result: part of its version
        version = hashlib.sha256(f"{version}|office {opts.office.region}".encode()).hexdigest()[:16]
    key = sweep_state.SweepKey(topics=",".join(topics), as_of=opts.as_of, rules_version=version)

    files, skipped = collect_files(roots)
    shas: dict[Path, str | None] = {}
    read_errors: dict[Path, str] = {}
    first: dict[str, Path] = {}
    for p in files:
        try:
            shas[p] = file_sha256(p)
        except PermissionError:
            shas[p], read_errors[p] = None, "没有读取权限"
        except OSError as e:
            shas[p], read_errors[p] = None, f"无法读取：{e.strerror or e}"
        else:
            first.setdefault(shas[p], p)

    results = sweep_state.load(store.conn, key, first)
    reused = len(results)
    todo = [(sha, p) for sha, p in first.items() if sha not in results]
    copies = Counter(shas.values())                  # files per content (None: unreadable)
    total = len(files)
    counter = {"done": copies[None] + sum(copies[sha] for sha in results),
               "findings": sum(len(r["findings"]) for r in results.values())}
    if progress:
        progress(counter["done"], total, counter["findings"])

    def finished(sha: str, path: Path, result: dict) -> None:
        if not result.get("transient"):
            sweep_state.save(store.conn, key, sha, str(path), result)
        results[sha] = result
        counter["done"] += copies[sha]
        counter["findings"] += len(result["findings"])
        if progress:
            progress(counter["done"], total, counter["findings"])

    todo.sort(key=lambda sp: -_size(sp[1]))          # largest first: no long document left for the end
    workers = max(1, min(opts.workers, len(todo)))
    if workers == 1:
        if todo:
            from .rules import load_packs

            reviewer = Reviewer(store, rules if rules is not None else load_packs(), opts)
            for sha, p in todo:
                finished(sha, p, reviewer.review(p))
    else:
        _run_pool(todo, str(store.path), opts, workers, finished)

    entries = []
    for p in files:
        sha = shas[p]
        if sha is None:
            entries.append(_entry(p, "", _error_result(read_errors[p])))
            continue
        original = first[sha]
        entries.append(_entry(p, sha, results[sha], duplicate_of=str(original) if original != p else None))
    entries = superseded(entries, [results.get(shas[p]) or {} for p in files])
    summary = _summary(entries, skipped=skipped, reviewed=len(todo), reused=reused, opts=opts,
                       seconds=time.perf_counter() - t0)
    return SweepResult(tuple(entries), summary)


def superseded(entries: list[CatalogueEntry], results: list[dict]) -> list[CatalogueEntry]:
    """Row 4 of the decision table (review.disposition): a document a newer one in the same sweep replaced is
    proposed for 废止, naming its successor (a lapsed one stays 宣布失效, with the successor as a reason)."""
    from .disposition import DECLARE_INVALID, REPEAL, supersede

    rows = [{"title": e.title, "doc_number": e.doc_number, "issuer": e.issuer, "date": e.date,
             "disposition": e.disposition, "error": e.error or e.duplicate_of, "draft": (r or {}).get("draft", ""),
             "repeals": (r or {}).get("repeals") or []} for e, r in zip(entries, results)]
    out = list(entries)
    for i, (_, reason) in supersede(rows).items():
        e = out[i]
        if e.disposition == DECLARE_INVALID:
            out[i] = replace(e, reasons=(*e.reasons, f"另：{reason}"))
        else:
            out[i] = replace(e, disposition=REPEAL, reasons=(reason, *(f"另：{r}" for r in e.reasons
                                                                      if r != "未发现需要清理的问题")),
                             clauses_to_change=())
    return out


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def _run_pool(todo, db_path: str, opts: SweepOptions, workers: int, finished, attempts: int = 2) -> None:
    """Review ``todo`` in ``workers`` processes; a crashed worker breaks the pool: the documents not done
    are tried once more in a fresh pool, then reported as errors (not stored)."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    pending = list(todo)
    by_sha = dict(todo)
    if "forkserver" in multiprocessing.get_all_start_methods():
        # workers fork from a server that has imported the review code once (fork of this process is not
        # safe: it holds an open SQLite connection); spawn elsewhere
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(list(_PRELOAD))
    else:
        ctx = multiprocessing.get_context("spawn")
    for _attempt in range(attempts):
        pool = ProcessPoolExecutor(max_workers=min(workers, len(pending)), mp_context=ctx,
                                   initializer=_init_worker, initargs=(db_path, opts))
        broken = False
        try:
            futures = {pool.submit(_work, sha, str(p)): sha for sha, p in pending}
            remaining = set(futures)
            while remaining:
                done, remaining = wait(remaining, return_when=FIRST_COMPLETED)
                for fut in done:
                    sha = futures[fut]
                    try:
                        _, result = fut.result()
                    except BrokenProcessPool:
                        broken = True
                        continue
                    finished(sha, by_sha[sha], result)
                    pending = [(s, p) for s, p in pending if s != sha]
        except BaseException:
            _stop(pool)
            raise
        pool.shutdown(wait=True)
        if not broken or not pending:
            return
    for sha, p in pending:
        finished(sha, p, _error_result("审查进程异常退出（文件可能过大或结构异常），未能审查", transient=True))


def _stop(pool) -> None:
    """Stop a pool at once (Ctrl-C): cancel what has not started, end the workers."""
    procs = list((getattr(pool, "_processes", None) or {}).values())   # shutdown() forgets them
    for proc in procs:
        try:
            proc.terminate()
        except Exception:  # noqa: BLE001 - already gone
            pass
    pool.shutdown(wait=False, cancel_futures=True)


def _entry(path: Path, sha: str, result: dict, duplicate_of: str | None = None) -> CatalogueEntry:
    return CatalogueEntry(
        path=str(path), sha256=sha, title=result["title"], doc_number=result["doc_number"],
        issuer=result["issuer"], date=result["date"], disposition=result["disposition"],
        reasons=tuple(result["reasons"]), clauses_to_change=tuple(result["clauses_to_change"]),
        findings=tuple(RecordedFinding(f) for f in result["findings"]), duplicate_of=duplicate_of,
        error=result["error"], attachment=bool(result.get("attachment")))


def _summary(entries, *, skipped: int, reviewed: int, reused: int, opts: SweepOptions, seconds: float) -> dict:
    counts = Counter(e.disposition or (ATTACHMENT if e.attachment else NOT_REVIEWED) for e in entries)
    return {
        "files": len(entries),
        "by_disposition": {d: counts.get(d, 0) for d in DISPOSITIONS + (NOT_REVIEWED,)},
        "errors": sum(1 for e in entries if e.error),
        "attachments": counts.get(ATTACHMENT, 0),
        "duplicates": sum(1 for e in entries if e.duplicate_of),
        "findings": sum(len(e.findings) for e in entries if not e.duplicate_of),
        "reviewed": reviewed, "reused": reused, "skipped_other_files": skipped,
        "topics": list(opts.topics), "as_of": opts.as_of, "workers": opts.workers,
        "seconds": round(seconds, 2),
    }
