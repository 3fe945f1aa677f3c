"""The proposed disposition of one existing document in a cleanup (清理): findings → 继续有效 / 修改 / 废止 / 宣布失效.

Pure: ``decide(meta, findings, as_of)`` takes the document's metadata (a ``DocMeta``, e.g. from ``Document``),
its findings and the cleanup date, and returns a ``Disposition`` with the reasons and the clauses to change.

Only findings of severity ``error`` or ``warning`` in a *driving* category count; ``info`` findings (a narrative
mention of a repealed law) and the drafting-norm findings of the validity topic (no validity clause, a period
longer than the provincial cap) are listed in the catalogue but change nothing: they bind new drafts, not
documents issued before the rule (legal-checks.md §5: a basis repealed after issue is a cleanup item, not a
drafting error).

Precedence, first that applies wins:

1. **宣布失效** — the document's own validity period ended before ``as_of`` (``有效期至`` a past date, or its
   start date + ``validity_years`` is past). A lapsed document is not amended or repealed; it is declared invalid.
2. **废止** — (a) family-planning restrictions and the document's subject is family planning (its title — at most
   ``TITLE_MAX_CHARS`` long, else the title is unknown — names
   社会抚养费 / 计划生育 / 超生 / 生育审批…, agency names and the lawful reward/assistance schemes of §4.3
   not counted), unless the document is a 条例 (the provincial 人口与计划生育条例 were amended in 2021, not
   repealed: 修改); or (b) it cites a repealed law and its title names that law (it was made to implement it).
3. **修改** — any family-planning restriction (社会抚养费, 入学/入户/就业/评优/低保 tied to births, 处分,
   一票否决, 生育审批, 计生证明), any repealed law cited as a basis (update the basis), any obsolete agency name
   (an agency-rename fix, which the reason says is *not* a family-planning restriction), any fair-competition
   problem. The clauses to change are listed.
4. **继续有效** — nothing above.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

KEEP, AMEND, REPEAL, DECLARE_INVALID = "继续有效", "修改", "废止", "宣布失效"

# categories whose error/warning findings call for a change of the document
DRIVING = ("family-planning", "repealed-law", "agency", "fair-competition")
ACTIVE_SEVERITIES = ("error", "warning")

FP_DECISION = "《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》"
FP_LAW = "2021年修正的《中华人民共和国人口与计划生育法》"

# The title's subject is family planning: these words, once agency names (卫生和计划生育委员会, 计生局…) and the
# lawful schemes of legal-checks.md §4.3 (奖励扶助, 特别扶助, 特殊家庭…) are taken out.
_FP_AGENCY = re.compile(r"(卫生和|人口和|人口与)?计划生育(委员会|局|行政部门|部门|工作机构|协会|服务中心)|"
                        r"卫生计生(委员会|委|局|部门)?|人口计生(委员会|委|局|部门)?|计生(委|局|办|部门|协会)")
_FP_LAWFUL = re.compile(r"计划生育(家庭)?(奖励扶助|特别扶助|特殊家庭|家庭奖励|奖励)|独生子女(父母)?(奖励|光荣证|伤残|死亡)|"
                        r"生育登记|生育保险|育儿假|托育")
_FP_SUBJECT = re.compile(r"社会抚养费|计划外生育|超生|计划生育|计生|生育(审批|证)|准生证|婚育证明|生育管理")
_STATUTE_TITLE = re.compile(r"条例([（(][^）)]*[）)])?$")

_VALID_UNTIL = re.compile(r"有效期(?:至|到|截至|截止到?)\s*")
_CN_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?")
_START_IN_CLAUSE = re.compile(r"[自从]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")

QUOTE_CHARS = 50
TITLE_MAX_CHARS = 90    # a longer "title" is body text the metadata reader took for one: the subject is unknown


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What the decision needs to know about the document itself (``Document`` has these fields)."""

    title: str = ""
    kind: str = ""
    date: str = ""              # ISO, or YYYY / YYYY-MM
    effective_date: str = ""
    validity: str = ""          # the validity clause as written
    validity_years: float | None = None

    @classmethod
    def of(cls, doc) -> DocMeta:
        return cls(title=doc.title, kind=doc.kind, date=doc.date, effective_date=doc.effective_date,
                   validity=doc.validity, validity_years=doc.validity_years)


@dataclass(frozen=True, slots=True)
class Disposition:
    action: str                          # KEEP | AMEND | REPEAL | DECLARE_INVALID
    reasons: tuple[str, ...]
    clauses_to_change: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"disposition": self.action, "reasons": list(self.reasons),
                "clauses_to_change": list(self.clauses_to_change)}


# -- dates ----------------------------------------------------------------------------------------------
def _last_day(y: int, m: int) -> date:
    return date(y, m, monthrange(y, m)[1])


def _latest_day(iso: str) -> date | None:
    """The latest day an ISO-ish date can mean: 2016 → 2016-12-31, 2016-04 → 2016-04-30 (uncertain dates
    never make a document lapse early)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", (iso or "")[:10])
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return date(y, int(mo), int(d))
        return _last_day(y, int(mo)) if mo else date(y, 12, 31)
    except ValueError:
        return None


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def validity_end(meta: DocMeta) -> date | None:
    """The last day the document is valid by its own validity clause, None when it cannot be told."""
    clause = re.sub(r"\s+", "", meta.validity or "")
    until = _VALID_UNTIL.search(clause)
    if until:
        m = _CN_DATE.search(clause, until.end())
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            try:
                return date(y, mo, int(m.group(3))) if m.group(3) else _last_day(y, mo)
            except ValueError:
                return None
    if not meta.validity_years:
        return None
    start_in = _START_IN_CLAUSE.search(clause)
    start = None
    if start_in:
        try:
            start = date(int(start_in.group(1)), int(start_in.group(2)), int(start_in.group(3)))
        except ValueError:
            start = None
    start = start or _latest_day(meta.effective_date) or _latest_day(meta.date)
    if start is None:
        return None
    return _add_months(start, round(meta.validity_years * 12)) - timedelta(days=1)


# -- findings -------------------------------------------------------------------------------------------
def _active(findings, category: str) -> list:
    return [f for f in findings if f.category == category and f.severity in ACTIVE_SEVERITIES]


def _unique(items) -> list:
    return list(dict.fromkeys(x for x in items if x))


def fp_subject(title: str) -> bool:
    """Whether the title's subject is family planning (agency names and the lawful schemes do not count)."""
    rest = _FP_LAWFUL.sub("", _FP_AGENCY.sub("", title or ""))
    return bool(_FP_SUBJECT.search(rest))


def _short(law: str) -> str:
    law = (law or "").strip("《》")
    return law[len("中华人民共和国"):] if law.startswith("中华人民共和国") and len(law) > 7 else law


def _repealed_laws(findings) -> list[dict]:
    """One dict per repealed law cited: law, successor, repeal_date (from the findings' detail)."""
    out: dict[str, dict] = {}
    for f in findings:
        cit = f.detail.get("citation") or {}
        law = f.detail.get("law") or cit.get("law") or f.quote.strip("《》")
        if law and law not in out:
            out[law] = {"law": law, "successor": f.detail.get("successor") or cit.get("successor") or "",
                        "repeal_date": f.detail.get("repeal_date") or ""}
    return list(out.values())


def _law_phrase(r: dict) -> str:
    s = f"《{r['law']}》"
    if r["repeal_date"]:
        s += f"已于{r['repeal_date']}废止"
    else:
        s += "已废止"
    if r["successor"]:
        s += f"（现由《{r['successor']}》规定）"
    return s


def _clause_line(f) -> str:
    label = f.clause.label if f.clause is not None else "全文"
    quote = " ".join((f.quote or "").split())
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS] + "……"
    return f"{label}：“{quote}”" if quote else label


def clauses_to_change(findings) -> tuple[str, ...]:
    """One line per clause with a driving finding, in document order: 第十二条：“…原文…”."""
    active = [f for f in findings if f.category in DRIVING and f.severity in ACTIVE_SEVERITIES]
    active.sort(key=lambda f: (f.clause.index if f.clause is not None else -1))
    seen: dict = {}
    for f in active:
        key = f.clause.index if f.clause is not None else ("doc", f.quote)
        seen.setdefault(key, _clause_line(f))
    return tuple(seen.values())


def _fp_reason(fp) -> str:
    kinds = "；".join(_unique(f.title for f in fp))
    return (f"含计划生育限制性规定{len(fp)}处（{kinds}），与{FP_DECISION}“取消社会抚养费等制约措施、清理和废止相关"
            f"处罚规定”“将入户、入学、入职等与个人生育情况全面脱钩”的要求和{FP_LAW}不符")


def _agency_reason(ag, only: bool) -> str:
    new = "、".join(_unique(f.detail.get("new_name", "") for f in ag)) or "现行机构名称"
    s = f"使用机构改革前已更名或撤销的机构名称{len(ag)}处，应改为{new}（请核对本地“三定”规定）"
    if only:
        s += "；仅需更新机构名称，属机构名称调整，不属于计划生育限制性规定或其他实质性问题"
    return s


def _fc_reason(fc) -> str:
    kinds = "；".join(_unique(f.title for f in fc))
    return f"含妨碍公平竞争的规定{len(fc)}处（{kinds}），应按照《公平竞争审查条例》修改"


def problem_reasons(findings) -> list[str]:
    """One reason per kind of driving problem, in the order family planning, repealed law, fair competition,
    agency names."""
    fp, rep = _active(findings, "family-planning"), _active(findings, "repealed-law")
    ag, fc = _active(findings, "agency"), _active(findings, "fair-competition")
    reasons = []
    if fp:
        reasons.append(_fp_reason(fp))
    if rep:
        reasons.append("制定依据" + "、".join(_law_phrase(r) for r in _repealed_laws(rep)) +
                       "，应改引现行有效的法律法规并逐条核对所引条文")
    if fc:
        reasons.append(_fc_reason(fc))
    if ag:
        reasons.append(_agency_reason(ag, only=not (fp or rep or fc)))
    return reasons


# -- the decision ---------------------------------------------------------------------------------------
def decide(meta: DocMeta, findings, as_of: str) -> Disposition:
    """The proposed disposition; see the module docstring for the precedence."""
    findings = list(findings)
    problems = problem_reasons(findings)

    end = validity_end(meta)
    today = date.fromisoformat(as_of[:10])
    if end is not None and end < today:
        why = f"有效期已于{end.isoformat()}届满（{meta.validity.strip()}），建议宣布失效"
        return Disposition(DECLARE_INVALID, (why, *(f"另：{p}" for p in problems)))

    title = meta.title if len(meta.title or "") <= TITLE_MAX_CHARS else ""   # else it is body text, not a title
    fp = _active(findings, "family-planning")
    if fp and fp_subject(title):
        if meta.kind == "地方性法规" or _STATUTE_TITLE.search(title):
            problems[0] += "；各省人口与计划生育条例已于2021年修改（未废止），应相应修改"
        else:
            why = (f"文件主要内容为计划生育管理（{title}），" + _fp_reason(fp) +
                   "；建议整体废止，已征收社会抚养费等历史遗留问题依法依规妥善处理")
            return Disposition(REPEAL, (why, *(f"另：{p}" for p in problems[1:])))

    rep = _active(findings, "repealed-law")
    implemented = [r for r in _repealed_laws(rep) if _short(r["law"]) and _short(r["law"]) in title]
    if implemented:
        r = implemented[0]
        why = (f"文件系为实施《{r['law']}》而制定，" + _law_phrase(r) + "，建议废止" +
               (f"；确有需要的，依据《{r['successor']}》另行制定" if r["successor"] else ""))
        others = [p for p in problems if not p.startswith("制定依据")]
        return Disposition(REPEAL, (why, *(f"另：{p}" for p in others)))

    if problems:
        return Disposition(AMEND, tuple(problems), clauses_to_change(findings))
    return Disposition(KEEP, ("未发现需要清理的问题",))
