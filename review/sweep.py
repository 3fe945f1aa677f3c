"""Cleanup sweep (清理): every document under some folders → a 清理目录 entry with a proposed disposition.

``sweep(roots, store, SweepOptions(...), progress=...)`` walks the folders (a stream: no list of all paths is
built), hashes each document, and hands the ones not reviewed yet to an executor (``review.executors``: one
process, a local process pool, or a Dask cluster) with a bounded number in flight. Each result is stored in the
corpus database (``review.sweep_state``, keyed by the file's SHA-256, the topics, ``as_of`` and the rules
version), in small batches as they come. A re-run reviews only what is not stored yet: unchanged files are
skipped and a killed sweep resumes where it stopped. Files with the same content are reviewed once; the later
ones (in walk order) are reported with ``duplicate_of``.

Nothing stops a sweep but the user: an unreadable file, a document that makes the review raise or crash its
process, a folder that cannot be entered, a FIFO or device, a symlink out of the swept folders — each becomes an
entry with ``error`` (the reason) and the sweep goes on.

The 清理目录 (``SweepResult.entries``) is read back from the database in walk order, one entry at a time, so the
driver's memory does not grow with the number of files, and a resumed sweep gives exactly the list an
uninterrupted one gives.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from statutes.errors import AttachmentFile, InputError

from . import sweep_state
from .export import CatalogueEntry
from .readers import ReadOptions
from .readers.safety import TextTooLarge

# "content": the content rules' errors confirmed by the norm analysis (review.engine.sweep_content)
# "upper-law": clauses that alter the law the document implements (review.engine.governing_findings)
SWEEP_TOPICS = ("family-planning", "repealed-law", "agency", "validity", "fair-competition", "content", "upper-law")
# file types a cleanup folder holds; the unreadable ones (.doc, .wps, .ofd…) are listed with the reason
DOC_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".doc", ".docm", ".wps", ".wpt", ".pdf", ".ofd",
                          ".rtf", ".html", ".htm", ".shtml", ".xhtml", ".mht", ".mhtml",
                          ".xls", ".et"})       # spreadsheets are listed as attachments
RESULT_FORMAT = 3       # bump when the stored result's shape or meaning changes
EXECUTORS = ("process", "dask")
BATCH = 256             # files hashed and looked up per batch of the walk


@dataclass(frozen=True, slots=True)
class SweepOptions:
    as_of: str              # the law in force on this date governs (review.dates); one rule for review and sweep
    topics: tuple[str, ...] = SWEEP_TOPICS
    workers: int = 1
    office: object = None   # review.office.Office: whose documents are disposed of (None: inferred by sweep())
    joint: str = "dispose"  # review.office.JOINT_MODES: a 党政联合文件's government part disposed of | listed apart
    province: str | None = None          # the office's province: its parameters (有效期…) in the rule packs
    presume_validity: str | None = None  # review.presumption.PRESUME_MODES; None: the province's setting
    read: ReadOptions = ReadOptions()
    # the corpus-wide upper-law comparison ``fashen review`` runs (review.engine.upper_law_findings) instead of the
    # upper-law topic's comparison with the laws a document implements only: off by default (bench/README.md,
    # round 26, docs26: its cost and precision on the labelled documents)
    upper_search: bool = False
    executor: str = "process"        # process: this machine (one process when workers == 1) | dask
    scheduler: str | None = None     # dask: tcp://HOST:8786; None starts a LocalCluster of ``workers`` workers


@dataclass(frozen=True, slots=True)
class RecordedFinding:
    """A finding as stored with a sweep result (its ``Finding.to_dict()``)."""

    data: dict

    def to_dict(self) -> dict:
        return self.data


@dataclass(frozen=True, slots=True)
class SweepResult:
    """``entries`` is read from the database on each pass (``sweep_state.Catalogue``), in walk order."""

    entries: sweep_state.Catalogue
    summary: dict

    def to_dict(self) -> dict:
        return {"documents": [e.to_dict() for e in self.entries], "summary": self.summary}


# (files done, files total, findings so far, the file just done)
Progress = Callable[[int, int, int, str], None]


# -- files ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Found:
    """A file the walk found: a document to review, or (``problem`` set) something listed and not reviewed."""

    path: Path
    problem: str | None = None


_SPECIAL = ((stat.S_ISFIFO, "命名管道（FIFO）"), (stat.S_ISSOCK, "套接字"), (stat.S_ISCHR, "字符设备"),
            (stat.S_ISBLK, "块设备"))


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def _special_kind(mode: int) -> str:
    return next((name for test, name in _SPECIAL if test(mode)), "特殊文件")


class Walk:
    """The documents under ``roots`` (a root may also be a file), depth first, names sorted in each folder,
    without hidden files or folders. Iterating yields ``Found`` one at a time; ``skipped`` counts the files
    of other types (after a pass).

    Listed, never followed or opened: a folder that cannot be entered, a FIFO, socket or device (opening a
    FIFO would hang), a symlink whose target is outside the swept folders or missing. A symlink to a folder
    inside them is not followed either (that folder is swept where it stands, and loops are impossible)."""

    def __init__(self, roots: Iterable[Path | str]):
        self.roots = [Path(r) for r in roots]
        self._real_roots = [os.path.realpath(r) for r in self.roots]
        self.skipped = 0

    def _inside(self, real: str) -> bool:
        return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in self._real_roots)

    def __iter__(self) -> Iterator[Found]:
        self.skipped = 0
        seen: set[str] = set()          # a root given twice, or inside another, is walked once
        for root in self.roots:
            real = os.path.realpath(root)
            if real in seen:
                continue
            seen.add(real)
            try:
                st = root.stat()
            except OSError as e:
                yield Found(root, f"无法访问：{e.strerror or e}")
                continue
            if stat.S_ISDIR(st.st_mode):
                yield from self._folder(root)
            elif stat.S_ISREG(st.st_mode):
                yield Found(root)
            else:
                yield Found(root, f"不是普通文件（{_special_kind(st.st_mode)}），已跳过")

    def _folder(self, top: Path) -> Iterator[Found]:
        stack: list[Iterator[os.DirEntry]] = []
        listed = self._list(top)
        if isinstance(listed, Found):
            yield listed
            return
        stack.append(iter(listed))
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            if _hidden(entry.name):
                continue
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    found = self._symlink(path)
                    if found is not None:
                        yield found
                    continue
                if entry.is_dir(follow_symlinks=False):
                    listed = self._list(path)
                    if isinstance(listed, Found):
                        yield listed
                    else:
                        stack.append(iter(listed))
                    continue
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as e:
                yield Found(path, f"无法访问：{e.strerror or e}")
                continue
            if not stat.S_ISREG(mode):
                yield Found(path, f"不是普通文件（{_special_kind(mode)}），已跳过")
            elif path.suffix.lower() in DOC_SUFFIXES:
                yield Found(path)
            else:
                self.skipped += 1

    @staticmethod
    def _list(folder: Path) -> list[os.DirEntry] | Found:
        try:
            with os.scandir(folder) as it:
                return sorted(it, key=lambda e: e.name)
        except PermissionError:
            return Found(folder, "无法进入文件夹（没有权限），其中的文件未能审查")
        except OSError as e:
            return Found(folder, f"无法进入文件夹（{e.strerror or e}），其中的文件未能审查")

    def _symlink(self, path: Path) -> Found | None:
        real = os.path.realpath(path)
        if not os.path.exists(real):
            return Found(path, "符号链接指向的文件不存在")
        if not self._inside(real):
            return Found(path, f"符号链接指向清理范围之外（{real}），未跟随")
        st = os.stat(real)
        if stat.S_ISDIR(st.st_mode):
            return None                             # swept where it stands
        if not stat.S_ISREG(st.st_mode):
            return Found(path, f"符号链接指向的不是普通文件（{_special_kind(st.st_mode)}），已跳过")
        if path.suffix.lower() in DOC_SUFFIXES or Path(real).suffix.lower() in DOC_SUFFIXES:
            return Found(path)                      # the same content as its target: listed as a duplicate
        self.skipped += 1
        return None


def collect_files(roots: Iterable[Path | str]) -> tuple[list[Path], int]:
    """The documents ``Walk`` would review, as a list (for tests and small tools; a sweep streams the walk);
    returns (files, number of other files skipped)."""
    walk = Walk(roots)
    files = [f.path for f in walk if f.problem is None]
    return files, walk.skipped


def file_sha256(path: Path) -> str:
    """SHA-256 of a regular file's bytes. Opened without blocking and checked after opening, so a file
    swapped for a FIFO after the walk raises instead of hanging the sweep."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "不是普通文件")
        h = hashlib.sha256()
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def rules_version(store) -> str:
    """What a stored result depends on besides the file and the settings: the rule packs, concept lexicons and
    decision tables (``review/tables``), the review code (its subpackages too: the norm reading, the comparison) and the corpus snapshot. Any change gives
    a new version and the documents are reviewed again."""
    from .norms.lexicon import packaged_lexicon_files
    from .rules import packaged_pack_files

    here = Path(__file__).resolve().parent
    statutes_dir = here.parent / "statutes"
    presentation = {"export.py", "report.py", "executors.py", "sweep_state.py", "atomic.py"}  # not in a result
    h = hashlib.sha256(f"format {RESULT_FORMAT}|{store.snapshot().snapshot_id}".encode())
    code = sorted(p for p in here.rglob("*.py") if p.name not in presentation and p.parent.name not in ("render", "annotate"))
    files = [*packaged_pack_files(), *packaged_lexicon_files(), *code, *sorted((here / "tables").glob("*.toml")),
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
        self._searches = None

    def snapshot(self):
        return self._snapshot

    def search_cache(self):
        """One statutes.search.SearchCache for every document reviewed with this store (the corpus is fixed):
        trigram frequencies, articles and search scopes read once a sweep process, not once a document."""
        if self._searches is None:
            from statutes.search import SearchCache

            self._searches = SearchCache(self)
        return self._searches

    def __getattr__(self, name):
        return getattr(self._store, name)


class Reviewer:
    """Reviews one file for the sweep topics; holds the store and the rule packs for many files."""

    def __init__(self, store, rules, opts: SweepOptions):
        self.store, self.rules, self.opts = _FixedSnapshot(store), rules, opts

    def review(self, path: Path, doc=None) -> dict:
        """The path-independent result of one file: metadata, disposition, reasons, clauses, findings, error.
        ``transient`` marks an internal error (not stored, retried on the next run). ``doc``: the file as already
        read with this sweep's read options (by the archive pass), not read again."""
        from .clauses import split_clauses
        from .disposition import DocMeta, decide
        from .engine import ReviewOptions, review_document
        from .readers import read_document

        try:
            doc = doc if doc is not None else read_document(path, options=self.opts.read)
        except AttachmentFile as e:
            return _error_result(None) | {"attachment": True, "reasons": [e.problem]}
        except TextTooLarge as e:     # depends on --text-limit: listed, not stored (a re-run with a higher one reviews it)
            return _error_result(e.problem, transient=True)
        except InputError as e:
            return _error_result(e.problem)
        try:
            # the same date rule as ``fashen review`` (review.dates): as_of governs, the document's date annotates
            opts = ReviewOptions(as_of=self.opts.as_of, topics=tuple(self.opts.topics),
                                 upper_law=self.opts.upper_search,
                                 office=self.opts.office, joint=self.opts.joint, province=self.opts.province,
                                 presume_validity=self.opts.presume_validity)
            clauses = split_clauses(doc)      # split once: the review and the disposition read the same clauses
            opinion = review_document(doc, self.store, self.rules, opts, clauses)
            reviewed = opinion.document
            disp = decide(DocMeta.of(reviewed, clauses), opinion.findings, self.opts.as_of, opinion.remit)
        except Exception as e:  # noqa: BLE001 - one bad document never stops a sweep
            return _error_result(f"内部错误：{type(e).__name__}: {e}", transient=True) | {"title": doc.title}
        from .disposition import implemented_document, repealed_in_text

        return {"title": doc.title, "doc_number": doc.doc_number, "issuer": doc.issuer, "date": doc.date,
                "kind": reviewed.kind_info.label if reviewed.kind_info is not None else reviewed.kind,
                "draft": reviewed.draft,
                "disposition": disp.action, "reasons": list(disp.reasons),
                "clauses_to_change": list(disp.clauses_to_change),
                "findings": [f.to_dict() for f in opinion.findings], "repeals": repealed_in_text(doc.text),
                "implements": implemented_document(doc.title, doc.text), "error": None}


def _error_result(message: str | None, transient: bool = False) -> dict:
    out = {"title": "", "doc_number": "", "issuer": "", "date": "", "kind": "", "disposition": None, "reasons": [],
           "clauses_to_change": [], "findings": [], "repeals": [], "error": message}
    if transient:
        out["transient"] = True
    return out


def review_safely(reviewer: Reviewer, path: Path, doc=None) -> dict:
    """``reviewer.review(path, doc)``, and whatever it raises becomes this document's error (not stored: it is
    retried on the next run). A sweep never dies on one document."""
    try:
        return reviewer.review(path, doc)
    except (Exception, RecursionError, MemoryError) as e:  # noqa: BLE001 - one bad document never stops a sweep
        return _error_result(f"内部错误：{type(e).__name__}: {str(e)[:300]}", transient=True)


CRASHED = "审查进程异常退出（文件可能过大或结构异常），未能审查"


# -- whose archive -------------------------------------------------------------------------------------
ARCHIVE_SAMPLE = 300     # documents read (in walk order) to tell whose archive a sweep cleans
READ_AHEAD_CHARS = 5_000_000   # characters of the documents read by the archive pass kept for their review


def archive_office(roots: Iterable[Path | str], read: ReadOptions = ReadOptions(), sample: int = ARCHIVE_SAMPLE,
                   as_of: str = "2026-12-01", keep: dict | None = None, reader: Callable | None = None):
    """The office whose archive ``roots`` hold (``review.office.infer_office``), from the kinds and issuers of
    the first ``sample`` readable documents; None when they do not tell. Read without OCR or LibreOffice: a
    scanned page names no issuer the text reader could not. ``keep``: a dict that receives the documents read
    (path -> Document, up to READ_AHEAD_CHARS characters in all) when that is how ``read`` reads them, so that
    the sweep does not read them again. ``reader``: reads and classifies elsewhere (a process pool's workers,
    which keep what they read themselves): called with a list of paths, the fast read options and ``as_of``, it
    returns each path's ``DocKind`` (None when unreadable), in order; ``keep`` is then left alone."""
    from .office import infer_office

    fast = replace(read, ocr=False, via_office=False)
    kinds = []
    room = READ_AHEAD_CHARS if keep is not None and fast == read and reader is None else 0
    candidates = (found.path for found in Walk(roots)
                  if found.problem is None and found.path.suffix.lower() not in (".xls", ".et"))
    while len(kinds) < sample:
        batch = [p for _, p in zip(range(sample - len(kinds)), candidates)]   # no more than can still count
        if not batch:
            break
        if reader is not None:
            kinds += [k for k in reader(batch, fast, as_of) if k is not None]
            continue
        for path in batch:
            doc, kind = read_kind(path, fast, as_of)
            if kind is None:
                continue
            kinds.append(kind)
            if len(doc.text) <= room:
                keep[path] = doc
                room -= len(doc.text)
    return infer_office(kinds)


def read_kind(path: Path, read: ReadOptions, as_of: str):
    """``(document, its DocKind)`` as the archive pass reads it; ``(None, None)`` for a file it cannot read (an
    unreadable file tells nothing about the archive; the sweep lists it)."""
    from .engine import ReviewOptions, document_kind
    from .readers import read_document

    try:
        doc = read_document(path, options=read)
        return doc, document_kind(doc, ReviewOptions(as_of=as_of))
    except Exception:  # noqa: BLE001
        return None, None


# -- the sweep ------------------------------------------------------------------------------------------
def sweep(roots: Iterable[Path | str], store, opts: SweepOptions, *, progress: Progress | None = None,
          rules=None, executor=None) -> SweepResult:
    """Sweep every document under ``roots``; results are stored in ``store`` as they come.

    ``executor`` (``review.executors``) runs the reviews; by default the one ``opts`` names."""
    from . import executors

    t0 = time.perf_counter()
    roots = [Path(r) for r in roots]            # walked more than once
    topics = tuple(sorted(set(opts.topics)))
    opts = replace(opts, topics=topics)
    read_ahead: dict = {}                       # documents the archive pass read: reviewed without reading again
    if opts.office is None:                     # not told whose archive this is: read it from the archive
        if executor is None:                    # made now: a pool's workers start at once and read the archive
            executor = executors.for_options(opts, store, rules=rules)
        try:
            office = archive_office(roots, opts.read, as_of=opts.as_of, keep=read_ahead,
                                    reader=getattr(executor, "archive_reader", None))
        except BaseException:
            executor.close()
            raise
        opts = replace(opts, office=office)
        if getattr(executor, "opts", None) is not None and executor.opts.office is None:
            executor.opts = replace(executor.opts, office=opts.office)   # the executor's workers judge alike
    version = rules_version(store)
    if opts.office is not None:   # whose documents are disposed of changes the result: part of its version
        version = hashlib.sha256(f"{version}|office {opts.office.region}|{opts.office.level}|{','.join(opts.office.regions)}"
                                 f"|{','.join(opts.office.named)}".encode()).hexdigest()[:16]
    if opts.joint != "dispose":   # so does the setting for joint party-government documents
        version = hashlib.sha256(f"{version}|joint {opts.joint}".encode()).hexdigest()[:16]
    if opts.province or opts.presume_validity:   # so do the province's parameters and the 有效期 setting
        setting = f"{version}|province {opts.province or ''}|presume {opts.presume_validity or ''}"
        version = hashlib.sha256(setting.encode()).hexdigest()[:16]
    # the corpus-wide upper-law comparison gives other results: stored apart (a topic-string suffix, no schema change)
    key = sweep_state.SweepKey(topics=",".join(topics) + ("+upper-search" if opts.upper_search else ""),
                               as_of=opts.as_of, rules_version=version)
    total = sum(1 for _ in Walk(roots)) if progress else 0     # a counting pass, for the ETA
    run = sweep_state.RunList()
    saver = sweep_state.BatchSaver(store.conn, key)
    counter = {"done": 0, "findings": 0, "reviewed": 0, "reused": 0}
    walk = Walk(roots)

    def tick(item: str, findings: int = 0, files: int = 1) -> None:
        counter["done"] += files
        counter["findings"] += findings
        if progress:
            progress(counter["done"], max(total, counter["done"]), counter["findings"],
                     sweep_state.display_path(item))

    def todo() -> Iterator[tuple[str, Path]]:
        """What the executor is to review: the walk in batches, hashed, listed, looked up in the store."""
        batch: list[Found] = []
        for found in walk:
            batch.append(found)
            if len(batch) >= BATCH:
                yield from _batch(batch)
                batch = []
        yield from _batch(batch)

    def _batch(batch: list[Found]) -> Iterator[tuple[str, Path]]:
        fresh: list[tuple[str, Path]] = []
        for found in batch:
            if found.problem is not None:
                run.add(found.path, error=found.problem)
                tick(found.path.name)
                continue
            try:
                sha = file_sha256(found.path)
            except PermissionError:
                run.add(found.path, error="没有读取权限")
                tick(found.path.name)
                continue
            except OSError as e:
                run.add(found.path, error=f"无法读取：{e.strerror or e}")
                tick(found.path.name)
                continue
            first = run.first_with(sha)        # a path as stored (display_path), or None
            run.add(found.path, sha=sha, duplicate_of=first)
            if first is not None:
                tick(found.path.name)             # the same content as a file listed before
            else:
                fresh.append((sha, found.path))
        stored = sweep_state.stored_hashes(store.conn, key, [sha for sha, _ in fresh])
        for sha, path in fresh:
            if sha in stored:
                counter["reused"] += 1
                tick(path.name, stored[sha])
            else:
                yield sha, path

    def finished(sha: str, path: Path, result: dict) -> None:
        if not result.get("transient"):
            try:
                saver.add(sha, str(path), result)
            except (TypeError, ValueError) as e:      # a result that is not JSON: this document's error
                result = _error_result(f"内部错误：审查结果无法保存（{e}）", transient=True)
        if result.get("transient"):
            run.set_transient(sha, result)
        counter["reviewed"] += 1
        tick(path.name, len(result["findings"]))

    if progress:
        progress(0, total, 0, "")
    if executor is None:
        executor = executors.for_options(opts, store, rules=rules)
    try:
        executor.run(todo(), finished, documents=read_ahead)
    except BaseException:
        saver.flush()                              # what is done stays done (Ctrl-C, a lost cluster…)
        run.close(remove=True)
        raise
    finally:
        executor.close()
    saver.flush()
    mark_superseded(run, store.path, key)
    catalogue = sweep_state.Catalogue(run, store.path, key)
    summary = catalogue.summary() | {
        "skipped_other_files": walk.skipped, "reviewed": counter["reviewed"], "reused": counter["reused"],
        "topics": list(opts.topics), "as_of": opts.as_of, "workers": opts.workers, "executor": executor.name,
        "office": opts.office.to_dict() if opts.office is not None else None, "joint": opts.joint,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    return SweepResult(catalogue, summary)


def mark_superseded(run: sweep_state.RunList, db_path, key: sweep_state.SweepKey) -> None:
    """The supersession pass over the whole sweep (review.disposition.supersede): documents a newer one of the
    same sweep replaced are marked in the run list; the catalogue proposes them for 废止."""
    from .disposition import supersede

    rows = run.light_rows(db_path, key)
    marks = supersede(rows)
    run.mark_superseded({rows[i]["seq"]: reason for i, (_, reason) in marks.items()})


def entry_from_result(path: str, sha: str, result: dict, duplicate_of: str | None = None) -> CatalogueEntry:
    return CatalogueEntry(
        path=path, sha256=sha, title=result["title"], doc_number=result["doc_number"],
        issuer=result["issuer"], date=result["date"], disposition=result["disposition"],
        reasons=tuple(result["reasons"]), clauses_to_change=tuple(result["clauses_to_change"]),
        findings=tuple(RecordedFinding(f) for f in result["findings"]), duplicate_of=duplicate_of,
        error=result["error"], attachment=bool(result.get("attachment")))
