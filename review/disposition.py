"""The proposed disposition of one document in a cleanup (清理): findings → 继续有效 / 修改 / 废止 / 宣布失效,
or listed apart when the document is not the office's own (legal-checks.md §11.4).

Pure: ``decide(meta, findings, as_of, remit)`` takes the document's metadata (a ``DocMeta``, e.g. from
``Document``), its findings, the cleanup date and whose document it is (``review.office.Remit``), and returns a
``Disposition`` with the reasons and the clauses to change. ``supersede(entries)`` adds what only a whole sweep
can tell: a newer document on the same matter replaced an older one.

The decision table, first row that applies wins:

| # | when | disposition | the reason says |
|---|---|---|---|
| 1 | another body's document (上级、其他地区、人大、党内、司法、国家机关) | 非本级文件 — listed, not disposed of | whose it is; the problems found, for its maker |
| 1 | an agreement | 协议另列 — listed, not disposed of | to be handled by contract review |
| 1 | a 党政联合文件 whose government part is the office's, when the setting lists joint documents (``--joint list``) | 非本级文件 | to be cleaned up with the party body; "政府部分的清理意见：…" and the reasons and clauses of that proposal |
| 2 | its own 有效期 ended before ``as_of`` | 宣布失效 | "有效期已于…届满"; other problems as "另：" |
| 3 | a one-off plan or pilot whose period ended (one year's round of a recurring task named in the title — 2016年……招生工作, 2015年……申办指南 —, a year span in the title, "到2020年" targets or a year's task list ("二、2005年的工作任务") of an 意见/方案 — not of an 办法 or the notice that issues one, periods relative to the year it was made — 今明两年, 今后3年至5年内, "十二五"期间 — counted from its date or, without one, from the latest year it cites; a 试点 or other one-off task — 交接, 专项整治, 普查… — more than five years old; ``tables/plan_periods.toml``) | 宣布失效 | "实施期限（…）已届满", or the task and its year |
| 3 | no 有效期, and the term the office's setting presumes ran out (``review.presumption``; default: a 试行 document after 2 years) — a warning, not an error | 宣布失效 | "试行文件未规定有效期，…按2年计，有效期已于…届满，按本机关设置推定失效（有效期推定规则（默认设置）：…），建议评估后宣布失效" |
| 4 | a newer document in the same sweep replaces it (it says so, or same issuer and nearly the same title, later date) | 废止 (``supersede``) | the successor's title and date |
| 4 | it was made to implement a document of the same sweep (关于落实《X》的通知; a deployment opening 为贯彻落实《X》) that has lapsed or been replaced, and nothing on X's matter is still in force there (``dependents``) | 废止 (``supersede``) | X, and that its implementing document goes with it |
| 5 | its main content is unlawful: a family-planning-control subject (not a 条例, which was amended in 2021), a points scheme whose scores turn on birth status (``fp_scored``: 积分 for 无违法生育, 扣分 for 违反计划生育 — its scores must be set anew), a document made to implement a repealed law, a 办事指南 — or an annex table standing on its own (附件: 分值表, 一览表), which an office republishes whole as it does a guide — whose conditions or materials are unlawful | 废止 | why |
| 5 | its subject is a system merged into another or abolished since it was made (``review.replaced``: 生育保险 merged with 职工医保, 新农合, 廉租住房, 暂住证, 城市房屋拆迁, 房屋登记 …, by its title; a 户口 rule built clause after clause on the 农业/非农业 household types, or a 户籍/人口 rule on the 暂住证 (an eighth of its sentences), by its content; data in ``tables/replaced_systems.toml``) | 废止 | the system, what became of it, the basis, the successor |
| 5 | most of its substantive clauses (those with a modal: 应当、不得、可以…) hold an error other than an 有效期 or agency name: more than half, and at least three (``unlawful_clauses``) | 废止 | how many of how many |
| 6 | an internal work document of a body abolished in a reform | 废止 | the body and its successor |
| 7 | any warning or error | 修改 | one reason per kind of problem; every clause to change; no 有效期: the presumed term and whether it ran out, or "请核对发布日期" |
| 8 | an 有效期 is stated but no date could be read to count it from (not a draft) | 待核实 | "请核对发布日期" |
| 9 | nothing above | 继续有效 | "未发现需要清理的问题" |

A document with any warning or error is never "继续有效，未发现问题" (row 7 comes first); ``info`` findings
(a narrative mention of a repealed law, a faithful restatement) change nothing. A merged finding counts for every
category it carries (``detail["categories"]``). A document that has lapsed or is repealed (rows 2–6) lists its
other problems as "另：…（见第四条，第十二条）" for whoever makes a successor — with the clauses they stand in, since it
lists no clause to change —, without its 有效期 problems (nothing is left to amend). The government's part of a
党政联合文件 is disposed of like the office's own document, the reason ending with the party body it is cleaned up
with (``review.office``; the default of the office's ``--joint`` setting).
Row 3's presumption is read from the "未规定有效期" finding (``detail["presumed_lapsed"]``), which the review
computed with the office's setting: the setting is applied in one place and the disposition follows it.
"""

from __future__ import annotations

import re
import tomllib
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from statutes.dates import latest_day, mentions
from statutes.numerals import cn_to_int

from .metadata import VALID_UNTIL as _VALID_UNTIL, attached_title, end_date, until_date
from .model import made_on
from .severity import FLAGGING

KEEP, AMEND, REPEAL, DECLARE_INVALID = "继续有效", "修改", "废止", "宣布失效"
CHECK = "待核实"
NOT_OURS, AGREEMENT = "非本级文件", "协议另列"
LISTED = (NOT_OURS, AGREEMENT)     # recorded in the 清理目录, not disposed of

# categories with a reason of their own (in this order); the others are summed up by category
DRIVING = ("family-planning", "repealed-law", "agency", "fair-competition")
ACTIVE_SEVERITIES = FLAGGING
PILOT_YEARS = 5          # a one-off task (试点, 交接…) without a stated period is taken to be done this many years after it was made
PERIODS = Path(__file__).resolve().parent / "tables" / "plan_periods.toml"

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
    period_end: int | None = None   # the last year of a one-off plan's period (plan_period), None if not a plan
    period: str = ""                # the words that state it ("2014-2016年", "到2020年", "今明两年", "交接")
    pilot: bool = False             # a one-off task (a 试点, a 交接, a 专项整治…) without a stated period
    period_from: int | None = None  # the year a relative period counts from, when the document states no date of its own
    cited_year: int | None = None   # the latest year of the documents its text cites (the document is not older)
    substantive: tuple[int, ...] = ()   # the indexes of its substantive clauses (``substantive_clauses``)
    draft: str = ""
    replaced: object = None         # review.replaced.ReplacedSystem: the merged or abolished system it is about

    @classmethod
    def of(cls, doc, clauses=None) -> DocMeta:
        """``clauses``: the document's clauses when the caller has split it (else split here, when it can be)."""
        from .replaced import replaced_system

        if clauses is None and getattr(doc, "paragraphs", None):
            from .clauses import split_clauses

            clauses = split_clauses(doc)

        made = made_on(doc)
        end, words, pilot = plan_period(doc.title, doc.text, made)
        cited = cited_year(doc.text)
        title = doc.title if len(doc.title or "") <= TITLE_MAX_CHARS else ""    # else body text, not a title
        return cls(title=doc.title, kind=doc.kind, date=doc.date, effective_date=doc.effective_date,
                   validity=doc.validity, validity_years=doc.validity_years, period_end=end, period=words,
                   pilot=pilot, period_from=None if made or end is None or not _is_relative(words) else cited,
                   cited_year=cited, substantive=substantive_clauses(clauses or ()), draft=getattr(doc, "draft", ""),
                   replaced=replaced_system(title, doc.text, made))


# -- plans and pilots -----------------------------------------------------------------------------------
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–―~～至到]\s*((?:19|20)\d{2})\s*年")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?")
_PLAN_TITLE = re.compile(r"(方案|计划|规划|要点|意见|部署|通知)([（(][^）)]*[）)])?$")
_RULE_TITLE = re.compile(r"(办法|规定|细则|条例|规则|标准|制度|指引|指南)([（(][^）)]*[）)])?$")
_TARGET = re.compile(r"(?:到|至|截至|截止到?)\s*((?:19|20)\d{2})\s*年(?:底|末)?|((?:19|20)\d{2})\s*年(?:底|末)?(?:前|以前)完成|"
                     r"[-—–―]\s*((?:19|20)\d{2})\s*年")
# a task's deadline written with its month, day or half (于2015年6月底前报送, 应于2007年上半年前基本完成, 于2008年6月30日前
# 报部) or as the year's end it is to be done by (力争2015年底完成): the frame 于/在/力争/确保 … 前 marks a work deadline, not
# a date a person's eligibility is cut at (2010年12月31日前取得本市户籍的 has no such frame)
_DEADLINE = re.compile(r"(?:于|在|力争|确保|争取)\s*((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*(?:底|末)?|"
                       r"[上下]半年|底|末)\s*(?:前|以前|之前)|((?:19|20)\d{2})\s*年(?:底|末)\s*(?:基本|全面)?完成")
_PILOT = re.compile(r"试点")


@lru_cache(maxsize=1)
def _periods() -> dict:
    """The period vocabulary (``tables/plan_periods.toml``): relative periods, five-year plan periods, the words
    of a bar on a person, the one-off tasks."""
    data = tomllib.loads(PERIODS.read_text(encoding="utf-8"))
    return {"relative": [(re.compile(r["pattern"]), r["years"]) for r in data["relative"]],
            "absolute": [(re.compile(a["pattern"]), a["end"]) for a in data["absolute"]],
            "bar": re.compile(data["bar"]), "one_off": re.compile(data["one_off"]), "annual": re.compile(data["annual"]),
            "task_year": re.compile(data["task_year"]),
            "implemented": [(re.compile(i["pattern"]), i["end"], i["words"]) for i in data.get("implemented", [])]}


def implemented_period(text: str) -> tuple[int | None, str]:
    """The last year of the upper document the text's opening says it implements (为贯彻落实《X》) and the words
    that show it: a year span in X's title (《国家新型城镇化规划（2014—2020年）》 → 2020), else X's period as
    ``tables/plan_periods.toml`` records it; (None, "") when it implements none or one without a period."""
    from .replaced import implemented_title

    upper = re.sub(r"\s+", "", implemented_title(text))
    if not upper:
        return None, ""
    m = _YEAR_SPAN.search(upper)
    if m:
        return int(m.group(2)), f"所贯彻落实的《{upper}》期限至{m.group(2)}年"
    for rx, end, words in _periods()["implemented"]:
        if rx.search(upper):
            return end, f"所贯彻落实的《{upper}》期限至{end}年（{words}）"
    return None, ""


def _is_relative(words: str) -> bool:
    return any(rx.fullmatch(words or "") for rx, _ in _periods()["relative"])


_CITED_YEAR = re.compile(r"[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*\d{1,4}\s*号|((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")


def cited_year(text: str) -> int | None:
    """The latest year of the documents and dates the text cites (〔2005〕63号, 2004年8月30日): the document was
    made that year or later. None when it cites none."""
    years = [int(a or b) for a, b in _CITED_YEAR.findall(text or "")]
    return max(years) if years else None


def _sentence_around(text: str, at: int) -> str:
    left = max(text.rfind(p, 0, at) for p in "。；\n") + 1
    rights = [i for i in (text.find(p, at) for p in "。；\n") if i >= 0]
    return text[left:min(rights) if rights else len(text)]


def _relative_targets(text: str, base: int | None, where: bool = False) -> list[tuple]:
    """(last year, words) of the periods the text states relative to the year it was made (今明两年, 今后3年至5年内,
    今年内) and of the five-year plan periods it names ("十二五"期间); a sentence that bars a person for some
    years (5年内不得转让) states no work period. ``where``: (last year, words, where the words start)."""
    p = _periods()
    out = []
    for rx, end in p["absolute"]:
        out += [(end, m.group(0), m.start()) for m in rx.finditer(text or "")
                if not p["bar"].search(_sentence_around(text, m.start()))]
    if base is not None:
        for rx, years in p["relative"]:
            for m in rx.finditer(text or ""):
                if p["bar"].search(_sentence_around(text, m.start())):
                    continue
                n = cn_to_int(m.group(1).replace("两", "二")) if years == "group" else years
                if n is not None and n <= 20:
                    out.append((base + n, m.group(0), m.start()))
    return out if where else [(y, w) for y, w, _ in out]


def deadlines(text: str, made: str = "") -> list[tuple[int, str, int]]:
    """(year, words, where) of every target and deadline a work deployment's text sets: "到2020年", "2017年底前完成",
    a task's deadline with its month or half (``_DEADLINE``), a task table's "2015―2020年", a year's task list
    "2005年的工作任务", and the periods relative to the year it was made (``made``, else the latest year it cites:
    "今明两年", "年底前完成", "“十二五”期间")."""
    text = text or ""
    out = []
    for tm in _TARGET.finditer(text):
        y = next(g for g in tm.groups() if g)
        out.append((int(y), tm.group(0).strip("-—–― "), tm.start()))
    for tm in _DEADLINE.finditer(text):
        out.append((int(tm.group(1) or tm.group(2)), tm.group(0), tm.start()))
    out += [(int(tm.group(1)), tm.group(0), tm.start()) for tm in _periods()["task_year"].finditer(text)]
    made_year = int(made[:4]) if re.match(r"(19|20)\d{2}", made or "") else cited_year(text)
    out += _relative_targets(text, made_year, where=True)
    return out


# a year that ends a range of dates (2010年1月1日至2014年12月31日, 近3个年度是从2012年1月1日统计至2014年): a window a
# person's record is counted in, not a work target
_RANGE_END = re.compile(r"(?:\d|[年月日])\s*(?:至|到)\s*$")


def work_deadlines(text: str, made: str = "") -> list[tuple[int, str, int]]:
    """The deadlines among ``deadlines``: what is to be done by when (于2007年12月底前报送, 力争2015年底完成, 到2020年,
    今明两年, "十一五"……规划, 2005年的工作任务) — not the end of a range of dates, nor a task table's span (2015―2020年)."""
    text = text or ""
    return [(y, w, at) for y, w, at in deadlines(text, made)
            if not w.startswith(("-", "—", "–", "―")) and not re.match(r"(?:19|20)\d{2}\s*年$", w)
            and not (w[:1] in "至到" and _RANGE_END.search(text[max(0, at - 6):at + 1]))]


def plan_period(title: str, text: str, made: str = "") -> tuple[int | None, str, bool]:
    """A one-off plan's last year, the words stating it, and whether it is a one-off task without a period:
    one year's round of a recurring task named in the title (2016年……招生工作, 2015年……申办指南, whatever the kind
    of title: ``tables/plan_periods.toml`` annual), else
    a year or year span in the title of a 方案/计划/规划/意见 (深圳市2014-2016年……工作方案 → 2016), else the
    targets and deadlines its text sets ("到2020年", "2017年底前完成", a task table's "2015―2020年", a year's
    task list "2005年的工作任务", and the
    periods relative to the year it was made — ``made``, else the latest year it cites: "今明两年", "今后3年至5年内",
    "“十二五”期间") when the title is an 意见/方案/通知 (an 办法 or 规定 makes lasting rules: its targets do
    not end it, nor those of the notice that issues it, 印发××实施办法的通知); else whether the title (or the plan it issues) is a one-off task (试点, 交接, 专项整治, 普查…:
    ``tables/plan_periods.toml``)."""
    t = re.sub(r"\s+", "", title or "")
    base = re.sub(r"《[^》]*》", "", t)
    for named in (base, attached_title(t)):
        m = _periods()["annual"].search(named)
        if m:       # one year's round of a recurring task (招生, 申报指引, 配租…): whatever the kind of title
            task = re.sub(r"^(?:办事|办理)?(?:指南|指引)$", "申办", m.group(2))
            return int(m.group(1)), f"{m.group(1)}年度{task}", False
    if _RULE_TITLE.search(base) or _RULE_TITLE.search(attached_title(t)):
        return None, "", False      # an 办法 (or the notice that issues one: 印发××实施办法的通知) makes lasting rules
    m = _YEAR_SPAN.search(base)
    if m:
        return int(m.group(2)), m.group(0), False
    m = _YEAR.search(base)
    if m and _PLAN_TITLE.search(base) and re.search(r"方案|计划|要点|安排", base):
        return int(m.group(1)), m.group(0), False
    if not _PLAN_TITLE.search(base):
        return None, "", False
    # a year before the document's own is one it looks back on ("十一五"期间取得的成效), not a target it sets
    since = int(made[:4]) if re.match(r"(19|20)\d{2}", made or "") else 0
    years = [(y, words) for y, words, _ in deadlines(text, made) if y >= since]
    if len(years) >= 2 or years and re.search(r"目标|任务", text or ""):
        y, words = max(years)
        return y, words, False
    end, words = implemented_period(text)      # a deployment of an upper plan ends with that plan
    if end is not None:
        return end, words, False
    attached = re.findall(r"《([^《》]*)》", t) if re.search(r"印发|转发|下发", base) else []
    task = attached[0] if attached else base
    if _RULE_TITLE.search(task):
        return None, "", False
    one_off = _periods()["one_off"].search(task)
    if one_off and (_PLAN_TITLE.search(task) or attached and re.search(r"方案|计划|安排", task) or task is base):
        return None, one_off.group(0), True
    return None, "", False


@dataclass(frozen=True, slots=True)
class Disposition:
    action: str                          # KEEP | AMEND | REPEAL | DECLARE_INVALID
    reasons: tuple[str, ...]
    clauses_to_change: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"disposition": self.action, "reasons": list(self.reasons),
                "clauses_to_change": list(self.clauses_to_change)}


# -- dates ----------------------------------------------------------------------------------------------
def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def validity_end(meta: DocMeta) -> date | None:
    """The last day the document is valid by its own validity clause, None when it cannot be told."""
    clause = re.sub(r"\s+", "", meta.validity or "")
    ends = end_date(clause)
    if ends and re.search(r"[》原]", re.split(r"[，,；]", clause[:ends.start])[-1]):
        ends = None           # 《旧办法》自…起废止: another document's end, not this one's
    if ends and not _VALID_UNTIL.search(clause):
        return date.fromisoformat(ends.iso) if ends.iso else None
    until = until_date(clause)
    if until:
        return latest_day(until.iso)          # 有效期至2025年12月: its last day
    if not meta.validity_years:
        return None
    start_in = _start_in(clause)
    start = (start_in and latest_day(start_in.iso)) or latest_day(meta.effective_date) or latest_day(meta.date)
    if start is None:
        return None
    return add_months(start, round(meta.validity_years * 12)) - timedelta(days=1)


def _start_in(clause: str):
    """The day the clause says the document starts from (自2013年5月1日试行), None when it names none."""
    return next((d for d in mentions(clause) if d.has_day and re.search(r"[自从]$", clause[:d.start])), None)


# -- findings -------------------------------------------------------------------------------------------
def categories(f) -> tuple[str, ...]:
    """Every category a finding stands for (a merged finding carries those of the findings it merged)."""
    return tuple(f.detail.get("categories") or (f.category,))


def _active(findings, category: str) -> list:
    return [f for f in findings if category in categories(f) and f.severity in ACTIVE_SEVERITIES]


def active(findings) -> list:
    return [f for f in findings if f.severity in ACTIVE_SEVERITIES]


def _unique(items) -> list:
    return list(dict.fromkeys(x for x in items if x))


def fp_subject(title: str) -> bool:
    """Whether the title's subject is family planning (agency names and the lawful schemes do not count)."""
    rest = _FP_LAWFUL.sub("", _FP_AGENCY.sub("", title or ""))
    return bool(_FP_SUBJECT.search(rest))


def _short(law: str) -> str:
    law = (law or "").strip("《》")
    return law[len("中华人民共和国"):] if law.startswith("中华人民共和国") and len(law) > 7 else law


def _names_law(f) -> bool:
    """Whether a repealed-law finding is about a law the document cites (its detail names it, or it quotes a title),
    not about an abolished institution the text names as current (营业税, 收容遣送: ``ABOLISHED-*`` rules)."""
    q = (f.quote or "").strip()
    return bool(f.detail.get("law") or (f.detail.get("citation") or {}).get("law")
                or (q.startswith("《") and q.endswith("》")))


def _repealed_laws(findings) -> list[dict]:
    """One dict per repealed law cited: law, successor, repeal_date (from the findings' detail)."""
    out: dict[str, dict] = {}
    for f in findings:
        if not _names_law(f):
            continue
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
    return _place_line(f.clause.label if f.clause is not None else "全文", f.quote)


def clauses_to_change(findings) -> tuple[str, ...]:
    """One line per clause with a warning or error, in document order: 第十二条：“…原文…”; a document-level
    finding (no 有效期) as 全文."""
    lines = []
    for f in active(findings):
        lines.append((f.clause.index if f.clause is not None else -1, f.clause is None and f.quote, _clause_line(f)))
        # the other places of a name the document defines, amended with its definition (review.agencies.fold_defined)
        for g in f.detail.get("folded") or ():
            if isinstance(g.get("index"), int):
                lines.append((g["index"], "", _place_line(g.get("clause", ""), g.get("quote", ""))))
    seen: dict = {}
    for index, doc_quote, line in sorted(lines, key=lambda x: x[0]):
        seen.setdefault(("doc", doc_quote) if doc_quote else index, line)
    return tuple(seen.values())


def _place_line(label: str, quote: str) -> str:
    quote = " ".join((quote or "").split())
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS] + "……"
    return f"{label}：“{quote}”" if quote else label


# A points scheme (积分入户、积分入学…) whose scores turn on birth status: the condition rules (not a proof to
# submit, which is struck without touching the scores) in a sentence that gives or deducts points.
FP_CONDITIONS = ("FP-LINK", "FP-LINK-ITEM", "FP-COMPLY", "FP-COERCIVE-SERVICE", "FP-APPROVAL")
_POINTS_TITLE = re.compile(r"积分|分值|计分|评分")
_SCORE = re.compile(r"(?:积|加|扣|减|得|计|记)\s*\d+(?:\.\d+)?\s*分|\d+(?:\.\d+)?\s*分(?![钟之期类别])|[加扣减]分")


# points taken away: the scheme sanctions in its scores
_DEDUCTING = re.compile(r"[扣减]\s*\d|[扣减]分|[扣减]除|负分|清零|[-－]\s*\d+\s*分")


def _deducting(sentence: str) -> bool:
    """Whether a part of the sentence (``_condition_parts``) that names birth status also takes points away:
    "违反计划生育政策的，每例扣20分", "减分指标 | 违反计划生育" — not "计划生育奖励分、积分入户减分指标" (the list
    of a scheme's parts: the reward and the deductions are two)."""
    return any(_FP_SUBJECT.search(part) and _DEDUCTING.search(part) for part in _condition_parts(sentence))


def _condition_parts(sentence: str) -> list[str]:
    """The parts of a sentence that say one thing each: split at 、；。, at the plus signs between a formula's terms
    ("……违反计划生育政策行为处理完毕10分）＋减分＋……": the deductions are a term of their own) and at commas, a
    condition ending in 的 kept with what follows it ("违反计划生育政策的，每例扣20分" is one part)."""
    out = []
    for part in re.split(r"[、；。＋+]", sentence or ""):
        pieces = re.split(r"[，,]", part)
        joined = ""
        for piece in pieces:
            joined += ("，" if joined else "") + piece
            if not piece.endswith("的"):
                out.append(joined)
                joined = ""
        if joined:
            out.append(joined)
    return out


def fp_scored(findings, title: str) -> list:
    """The family-planning conditions that sanction births in a points scheme's scores: the title is a scheme of
    points (积分, 分值, 计分), and a condition on birth status (FP_CONDITIONS) stands in a part of a sentence that
    takes points away for it ("减分指标 | 违反计划生育", "违反计划生育政策的，每例扣20分"). Such a scheme is
    not amended clause by clause: its scores must be set anew (legal-checks.md §4.4). A scheme whose
    birth-status items only add points ("计划生育奖励分"、"政策内生育子女的积30分") is amended by deleting them, and
    a bar without points is struck like any condition — as the labellers did (D043 修改; D015 and D021, which
    deduct, 废止)."""
    if not _POINTS_TITLE.search(title or ""):
        return []
    out = []
    for f in _active(findings, "family-planning"):
        rules = {f.rule, *(m.get("rule") for m in f.detail.get("merged") or ())}
        if rules & set(FP_CONDITIONS) and _deducting(_sentence_of(f)):
            out.append(f)
    return out


def _sentence_of(f) -> str:
    """The sentence (or table row) of the clause that holds the finding's quote; the quote alone without one."""
    from .sentences import sentence_bounds

    text = f.clause.text if f.clause is not None else ""
    at = text.find(f.quote or "") if f.quote else -1
    if at < 0:
        return f.quote or ""
    s, e = sentence_bounds(text, at, at + len(f.quote))
    return text[s:e]


def _short_quote(q: str) -> str:
    q = " ".join((q or "").replace("|", " ").split())
    return q if len(q) <= 30 else q[:30] + "……"


def _fp_reason(fp) -> str:
    kinds = "；".join(_unique(f.title for f in fp))
    return (f"含计划生育限制性规定{len(fp)}处（{kinds}），与{FP_DECISION}“取消社会抚养费等制约措施、清理和废止相关"
            f"处罚规定”“将入户、入学、入职等与个人生育情况全面脱钩”的要求和{FP_LAW}不符")


def _agency_reason(ag, only: bool) -> str:
    """The old bodies and what each is now, in a few words: "2处使用……的机构：劳动和社会保障部门→人力资源和社会保障局（厅）；
    物价部门→发展和改革部门（价格管理）或者市场监督管理部门（价格监督检查）" — a reviewer sees which name becomes which."""
    by_new: dict[str, list[str]] = {}           # one line per successor: 计生部门、人口和计划生育→卫生健康部门
    for f in ag:
        for old, new in _renames(f):
            by_new.setdefault(new, [])
            if old and old not in by_new[new]:
                by_new[new].append(old)
    pairs = [f"{'、'.join(olds)}→{new}" if olds else f"应改为{new}" for new, olds in by_new.items()]
    shown = "；".join(pairs[:6]) + ("等" if len(pairs) > 6 else "")
    s = f"{len(ag)}处使用机构改革前已更名、撤销或者职责已转移的机构：{shown}（请核对本地“三定”规定）"
    if only:
        s += "；仅需更新机构名称，属机构名称调整，不属于计划生育限制性规定或其他实质性问题"
    return s


def _renames(f) -> list[tuple[str, str]]:
    """(old, new) for an agency finding: the old names it records (a merged finding: one per rule when they pair up),
    else the name its pattern finds in its quote, with the moved function when the body kept its name ("" when none
    is found)."""
    new = f.detail.get("new_name", "")
    names = list(f.detail.get("old_names") or ())
    if not new and not names:
        return []              # a merged finding whose agency part names nothing (its other rule says what)
    new = new or "现行机构名称"
    news = new.split("、")
    if names and len(names) == len(news) == len(f.detail.get("rules") or ()):
        return list(zip(names, news))
    old = "、".join(names) or _old_name(f)
    if old and f.detail.get("functions"):
        m = _search(f.detail["functions"], f.clause.text if f.clause is not None else f.quote)
        old += f"（{m.group(0)}职责）" if m else ""
    return [(old, new)]


_BODY_END = re.compile(r"(?:行政|主管)?(?:部门|委员会|局|厅|委|办)?")


def _old_name(f) -> str:
    """The old body as the quote names it: the longer of what the rule's full and bare patterns find there, the bare
    name taken with the word for a body that follows it (劳动和社会保障 + 部门)."""
    quote, found = f.quote or "", []
    for key in ("old", "bare"):
        m = _search(f.detail.get(key) or "", quote)
        if m:
            found.append(quote[m.start():m.end() + _BODY_END.match(quote, m.end()).end() - m.end()])
    return max(found, key=len, default="")


def _search(pattern: str, text: str):
    try:
        return re.search(pattern, text or "") if pattern else None
    except re.error:
        return None


def _fc_reason(fc) -> str:
    kinds = "；".join(_unique(f.title for f in fc))
    return f"含妨碍公平竞争的规定{len(fc)}处（{kinds}），应按照《公平竞争审查条例》修改"


_OTHER_LABELS = {"license": "设定行政许可", "penalty": "设定行政处罚或者变相处罚", "coercion": "设定行政强制",
                 "fee": "违法收费", "proof": "要求提交无依据的证明材料", "rights": "减损权利、增加义务",
                 "power": "扩权卸责", "citation": "引用条文有误", "upper-law": "与上位法规定不一致",
                 "procedure": "制定程序和形式问题", "contract": "合同条款问题"}


def _validity_reason(fs) -> str:
    """The 有效期 problems in one reason; for a document without one, the term the office's setting counts
    (``review.validity.presume``: when it ran out, or that the date must be checked)."""
    titles = "；".join(_unique(f.title for f in fs))
    missing = any(f.rule == "P-VALIDITY-MISSING" for f in fs)
    tail = "，应当评估后明确有效期或者重新制定发布" if missing else "，应当按照本省规定调整"
    notes = _unique(f.detail.get("presumption", "") for f in fs)
    if notes:
        rest = _unique(f.title for f in fs if f.rule != "P-VALIDITY-MISSING")
        return ("有效期问题：" + "；".join(notes) + "；仍需实施的，应当明确有效期或者重新制定发布" +
                (f"；另有{'；'.join(rest)}，应当按照本省规定调整" if rest else ""))
    return f"有效期问题（{titles}）{tail}"


def problem_reasons(findings, validity: bool = True, places: bool = False) -> list[str]:
    """One reason per kind of problem (warnings and errors), in the order family planning, repealed law,
    fair competition, the other content problems, agency names, validity (left out with ``validity=False``:
    a document that has lapsed needs no 有效期 amended). With ``places`` each reason ends with the clauses it stands
    in ("（见第四条，第十二条）"): a lapsed or repealed document lists no clauses to change, but whoever makes its
    successor needs to know where its problems were, as the labellers write them."""
    where = _where if places else (lambda fs: "")
    fp, rep = _active(findings, "family-planning"), _active(findings, "repealed-law")
    ag, fc = _active(findings, "agency"), _active(findings, "fair-competition")
    reasons = []
    if fp:
        reasons.append(_fp_reason(fp) + where(fp))
    laws = _repealed_laws(rep)
    if laws:
        reasons.append("制定依据" + "、".join(_law_phrase(r) for r in laws) +
                       "，应改引现行有效的法律法规并逐条核对所引条文" + where([f for f in rep if _names_law(f)]))
    gone = [f for f in rep if not _names_law(f)]
    if gone:
        reasons.append(f"援用已废止、取消或者整合的制度{len(gone)}处（{'；'.join(_unique(f.title for f in gone))}），"
                       "应按现行制度修改" + where(gone))
    if fc:
        reasons.append(_fc_reason(fc) + where(fc))
    shown = {"family-planning", "repealed-law", "agency", "fair-competition", "validity"}
    others: dict[str, list] = {}
    for f in active(findings):
        # by the finding's main category: a proof demand merged with an old name on the same words is still a proof
        # demand (the agency reason counts it too, through its categories)
        if f.category not in shown:
            others.setdefault(f.category, []).append(f)
    for cat, fs in others.items():
        titles = "；".join(_unique(f.title for f in fs))
        reasons.append(f"{_OTHER_LABELS.get(cat, cat)}{len(fs)}处（{titles}）" + where(fs))
    if ag:
        # "only names to update" tells an amendment's reader what kind of change it is; not said of a lapsed document
        reasons.append(_agency_reason(ag, only=not (fp or rep or fc or others or places)) + where(ag))
    val = [f for f in _active(findings, "validity") if f.category == "validity"]
    # a transitional duty whose fixed deadline has passed (review.validity.spent_deadlines) is a clause to delete, not a
    # question of the document's 有效期: a reason of its own, with its places, whether or not the document has lapsed
    spent = [f for f in val if f.rule == "P-DEADLINE-PASSED"]
    val = [f for f in val if f.rule != "P-DEADLINE-PASSED"]
    if spent:
        reasons.append(f"过渡性规定所定期限已届满{len(spent)}处，已无适用余地，修改时应当删除" + _where(spent))
    if val and validity:
        reasons.append(_validity_reason(val))
    return reasons


def _where(findings, limit: int = 6) -> str:
    """The clauses the findings stand in, in document order: "（见第四条，第六条（三），九、4）" — a comma between
    them, since a label may hold a 、 of its own; "" when none is a clause."""
    labels = _unique(_bare_label(f.clause.label) for f in sorted((f for f in findings if f.clause is not None),
                                                                 key=lambda f: f.clause.index))
    if not labels:
        return ""
    return f"（见{'，'.join(labels[:limit])}{'等' if len(labels) > limit else ''}）"


def _bare_label(label: str) -> str:
    """A clause label as a list item: without the 、 or . that ends an item number (三、 → 三, 九、4、 → 九、4)."""
    return (label or "").strip().rstrip("、，,.．")


# -- the decision ---------------------------------------------------------------------------------------
def decide(meta: DocMeta, findings, as_of: str, remit=None) -> Disposition:
    """The proposed disposition; see the decision table in the module docstring. A document the office disposes
    of with another body (the government's part of a 党政联合文件: ``review.office``) says so last."""
    from dataclasses import replace

    out = _decide(meta, findings, as_of, remit)
    if remit is not None and remit.ours and remit.reason:
        return replace(out, reasons=(*out.reasons, remit.reason))
    return out


def _decide(meta: DocMeta, findings, as_of: str, remit=None) -> Disposition:
    # an 有效期 that cannot be counted (review.validity.undated) is told by rows 7 and 8 ("请核对发布日期"): it is no
    # problem to amend, and alone it leaves the document to be checked (待核实), not amended
    findings = [f for f in findings if f.rule != "P-VALIDITY-UNDATED"]
    problems = problem_reasons(findings)
    # what a lapsed or repealed document lists as "另：", with the clauses they stand in
    others = problem_reasons(findings, validity=False, places=True)

    # 1 another body's document or an agreement: listed, not disposed of (a joint party-government document the
    # office's setting lists: with what the office proposes for its government's part, for the joint cleanup)
    if remit is not None and not remit.ours:
        if remit.part:
            own = _decide(meta, findings, as_of, None)
            return Disposition(remit.group, (remit.reason, f"政府部分的清理意见：{own.action}",
                                             *(f"政府部分：{r}" for r in own.reasons)), own.clauses_to_change)
        extra = tuple(f"供制定机关参考：{p}" for p in problems)
        return Disposition(remit.group, (remit.reason, *extra))

    # 2 its own 有效期 ended
    end = validity_end(meta)
    today = date.fromisoformat(as_of[:10])
    if end is not None and end < today:
        why = f"有效期已于{end.isoformat()}届满（{meta.validity.strip()}），文件已失效，建议列入失效目录（宣布失效）"
        return Disposition(DECLARE_INVALID, (why, *(f"另：{p}" for p in others)))

    # 3 a one-off plan or pilot whose period ended; no 有效期, and the term the office's setting presumes ran out
    ended = _period_ended(meta, today)
    if ended:
        return Disposition(DECLARE_INVALID, (ended, *(f"另：{p}" for p in others)))
    presumed = next((f for f in active(findings) if f.detail.get("presumed_lapsed")), None)
    if presumed is not None:
        why = presumed.detail["presumption"] + "，建议评估后宣布失效；确需继续实施的，按程序重新制定发布"
        return Disposition(DECLARE_INVALID, (why, *(f"另：{p}" for p in others)))

    # 5 its main content is unlawful
    title = meta.title if len(meta.title or "") <= TITLE_MAX_CHARS else ""   # else it is body text, not a title
    fp = _active(findings, "family-planning")
    if fp and fp_subject(title):
        if meta.kind == "地方性法规" or _STATUTE_TITLE.search(title):
            problems[0] += "；各省人口与计划生育条例已于2021年修改（未废止），应相应修改"
        else:
            why = (f"文件主要内容为计划生育管理（{title}），" + _fp_reason(fp) +
                   "；建议整体废止，已征收社会抚养费等历史遗留问题依法依规妥善处理")
            return Disposition(REPEAL, (why, *(f"另：{p}" for p in others[1:])))

    scored = fp_scored(findings, title)
    if scored:
        shown = _unique(_short_quote(f.quote) for f in sorted(scored, key=lambda f: not _SCORE.search(f.quote or "")))
        quotes = "、".join(f"“{q}”" for q in shown[:3]) + ("等" if len(shown) > 3 else "")
        why = (f"文件系积分制度（{title}），其计分标准以生育状况扣分或者取消资格（{quotes}），"
               "生育情况是积分体系的组成部分，删除后须重新确定计分项目和分值，不宜逐条修改，建议废止，"
               "按入户、入学等与个人生育情况全面脱钩的要求重新制定")
        return Disposition(REPEAL, (why, *(f"另：{p}" for p in others)))

    if meta.replaced is not None and not meta.draft:
        from .replaced import reason

        return Disposition(REPEAL, (reason(meta.replaced), *(f"另：{p}" for p in others)))

    rep = _active(findings, "repealed-law")
    implemented = [r for r in _repealed_laws(rep) if _short(r["law"]) and _short(r["law"]) in title]
    if implemented:
        r = implemented[0]
        why = (f"文件系为实施《{r['law']}》而制定，" + _law_phrase(r) + "，建议废止" +
               (f"；确有需要的，依据《{r['successor']}》另行制定" if r["successor"] else ""))
        rest = [p for p in others if not p.startswith("制定依据")]
        return Disposition(REPEAL, (why, *(f"另：{p}" for p in rest)))

    errors = [f for f in findings if f.severity == "error"]
    if meta.kind in ("办事指南", "附件") and errors:
        # a guide, or an annex table on its own (积分项目及标准一览表, 分值表): the office republishes it whole, it
        # does not amend its rows one by one (legal-checks.md §11.4 废止; D008, D021 labelled so)
        why = ("办事指南所列申请条件或者申请材料不合法（见下列问题），办事指南不宜逐条修改，建议撤下（废止），"
               "按现行规定重新编制" if meta.kind == "办事指南" else
               "附表所列条件、计分项目或者材料不合法（见下列问题），附表不宜逐条修改，建议撤下（废止），按现行规定重新制定")
        return Disposition(REPEAL, (why, *(f"另：{p}" for p in others)))

    unlawful, substantive = unlawful_clauses(findings, meta.substantive)
    if len(unlawful) >= MOST_MIN and 2 * len(unlawful) > len(substantive):
        why = (f"文件{len(substantive)}处实质性规定（设定权利义务、条件、措施的条款）中{len(unlawful)}处违法（见下列问题），"
               "主要内容与法律、法规相抵触，不宜逐条修改，建议废止；确需规定的，依据现行法律、法规另行制定")
        return Disposition(REPEAL, (why, *(f"另：{p}" for p in others)))

    # 6 an internal work document of an abolished body
    issuer_gone = [f for f in findings if f.rule == "AG-ISSUER" and f.severity in ACTIVE_SEVERITIES]
    if meta.kind == "内部工作文件" and issuer_gone:
        f = issuer_gone[0]
        why = (f"文件系{f.quote}的内部工作制度，该机关已在机构改革中改组（现为{f.detail.get('new_name', '承继机关')}），"
               "建议废止；确有需要的，由承继其职责的机关按现行规定另行制定")
        return Disposition(REPEAL, (why, *(f"另：{p}" for p in others)))

    # 7 warnings or errors: amend
    if problems:
        reasons = list(problems)
        if meta.validity_years and validity_end(meta) is None and not meta.draft:
            reasons.append(_check_date(meta))
        return Disposition(AMEND, tuple(reasons), clauses_to_change(findings))

    # 8 an 有效期 that cannot be counted (a draft has no date yet: nothing to check)
    if (meta.validity and validity_end(meta) is None and not meta.draft
            and (meta.validity_years or _VALID_UNTIL.search(meta.validity))):
        return Disposition(CHECK, (_check_date(meta),))
    return Disposition(KEEP, ("未发现需要清理的问题",))


# "Most substantive clauses are unlawful": a substantive clause sets a right, duty, condition or measure (it
# has a modal: 应当、必须、不得、可以、禁止…); an unlawful one holds an error finding other than an 有效期 or agency
# name. More than half of them, and at least MOST_MIN, make the main content unlawful (legal-checks.md §11.4 废止).
# On the 88 labelled documents of tests/fixtures/real_labels, fashen's error findings stand in at most a fifth of
# a document's clauses: the row is reached by short documents whose few rules are unlawful, not by the long ones
# whose labellers found most clauses unlawful (D153: 15 of 101 clauses found; the labellers listed 44 problems).
MOST_MIN = 3
_MODAL = re.compile(r"应当|必须|不得|可以|禁止|严禁|不予|予以|[须需]经|(?<![相适反对响供])应(?![用对急])")
_NOT_SUBSTANTIVE = ("validity", "agency")


def substantive_clauses(clauses) -> tuple[int, ...]:
    """The indexes of the clauses that set a right, duty, condition or measure (a modal verb)."""
    return tuple(c.index for c in clauses if _MODAL.search(c.text))


def unlawful_clauses(findings, substantive: tuple[int, ...]) -> tuple[set[int], set[int]]:
    """(the substantive clauses holding an error finding other than 有效期 or agency names, all substantive clauses)."""
    subst = set(substantive)
    bad = {f.clause.index for f in findings if f.severity == "error" and f.clause is not None
           and f.clause.index in subst and set(categories(f)) - set(_NOT_SUBSTANTIVE)}
    return bad, subst


def carried_over(reasons, clauses=()) -> tuple[str, ...]:
    """What a document that is repealed or has lapsed lists of the reasons it had as "另：…": its other problems, for
    whoever makes a successor, without its 有效期 problems (nothing is left to amend: ``_validity_reason``,
    ``_check_date``) and without "未发现需要清理的问题"; then where they stand (``clauses``: the lines of the
    clauses it had to change, "第十二条：“…”"), as "另：问题所在条款：第四条，第十二条"."""
    kept = tuple(r if r.startswith("另：") else f"另：{r}" for r in reasons
                 if r != "未发现需要清理的问题" and not r.startswith(("有效期问题", "文件规定了有效期（")))
    labels = _unique(_bare_label(c.split("：“", 1)[0]) for c in clauses if c.strip() and c.strip() != "全文")
    return kept + ((f"另：问题所在条款：{'，'.join(labels)}",) if kept and labels else ())


def _check_date(meta: DocMeta) -> str:
    return (f"文件规定了有效期（{meta.validity.strip()}），但未能读出发布或者施行日期，请核对发布日期："
            "有效期已届满的，应宣布失效")


def _period_ended(meta: DocMeta, today: date) -> str:
    if meta.draft:
        return ""
    if meta.period_end is not None and meta.period_end < today.year:
        counted = ""
        if _is_relative(meta.period):
            counted = (f"，按文件制定年份计至{meta.period_end}年" if meta.period_from is None else
                       f"，文件未载明日期，按所引文件最晚年份（{meta.period_from}年）计至{meta.period_end}年")
        return (f"文件系阶段性工作部署，实施期限（{meta.period}{counted}）已届满，任务已完成或者已被后续文件替代，"
                "建议宣布失效")
    made = latest_day(made_on(meta))
    year = made.year if made is not None else meta.cited_year
    if meta.pilot and not meta.validity and year is not None and year + PILOT_YEARS < today.year:
        when = (f"文件系{year}年部署的" if made is not None else
                f"文件未载明日期（所引文件最晚为{year}年，文件不早于该年制定），系部署")
        if meta.period in ("", "试点"):
            return (f"{when}试点工作，未规定试点期限，至今已逾{PILOT_YEARS}年，试点任务应已完成或者已转入"
                    "常态制度，请核实后宣布失效")
        return (f"{when}一次性工作（{meta.period}），未规定完成期限，至今已逾{PILOT_YEARS}年，"
                "任务应已完成或者已转入常态管理，请核实后宣布失效")
    return ""


# -- supersession within one sweep ----------------------------------------------------------------------
SAME_SUBJECT = 0.95
_NOISE = re.compile(r"[（(][^）)]*[）)]|\d{4}年?|暂行|试行|修订|修改|关于|印发|转发|的通知|通知|《|》|\s")
_REPEALS = re.compile(r"《([^《》]{4,60})》[^。；]{0,60}?(?:同时|予以|即行)?废止|"
                      r"([\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号)[^。；]{0,30}?(?:同时|予以|即行)?废止")


def repealed_in_text(text: str) -> list[str]:
    """Titles and 文号 a document says it repeals ("本办法自…施行，《××办法》（深府〔2008〕210号）同时废止")."""
    out = []
    for m in _REPEALS.finditer(text or ""):
        seg = m.group(0)
        if "废止" not in seg:
            continue
        out += re.findall(r"《([^《》]{4,60})》", seg)
        out += re.findall(r"[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号", seg)
    return _unique(out)


def subject(title: str) -> str:
    """A title reduced to its subject for comparison: years, 暂行/试行, brackets and 关于…的通知 taken out."""
    t = attached = re.search(r"《([^》]+)》", title or "")
    t = attached.group(1) if attached else (title or "")
    return _NOISE.sub("", t)


def supersede(entries) -> dict[int, tuple[str, str]]:
    """Which documents of one sweep a newer one replaced: {index: (successor title, reason)}.

    ``entries`` are mappings with title, doc_number, issuer, date, disposition, draft and ``repeals`` (from
    ``repealed_in_text``). A document is replaced when a later one names it (title or 文号) among what it
    repeals, or when a later one of the same issuer has the same subject once years, 暂行/试行 and 关于…的通知
    are taken out (similarity ≥ ``SAME_SUBJECT``: 居住证管理办法 and 居住证积分管理办法 are different matters).
    A draft replaces nothing. The first successor in list order is named. A document made to implement one that
    has lapsed or been replaced in the same sweep goes with it (``dependents``; entries then also carry
    ``implements``, from ``implemented_document``).

    Near-linear in the number of documents: candidates come from indexes (文号 and subjects named as repealed,
    the same issuer), never from a scan of the whole sweep per document."""
    items = list(entries)
    by_number: dict[str, list[int]] = {}
    by_subject: dict[str, list[int]] = {}
    by_issuer: dict[str, list[int]] = {}
    for j, new in enumerate(items):
        if new.get("error") or new.get("draft"):
            continue                  # a draft repeals nothing until it is adopted
        for r in new.get("repeals") or ():
            if r:
                by_number.setdefault(r, []).append(j)
                if len(subject(r)) >= 4:
                    by_subject.setdefault(subject(r), []).append(j)
        if new.get("issuer"):
            by_issuer.setdefault(new["issuer"], []).append(j)
    out: dict[int, tuple[str, str]] = {}
    for i, old in enumerate(items):
        if old.get("disposition") in LISTED or old.get("error"):
            continue
        o_num, o_date = old.get("doc_number") or "", old.get("date") or ""
        o_subj = subject(old.get("title") or "")
        candidates = set(by_number.get(o_num, ()) if o_num else ()) | set(by_subject.get(o_subj, ()) if o_subj else ())
        if o_date and len(o_subj) >= 6 and old.get("issuer"):
            candidates |= set(by_issuer.get(old["issuer"], ()))
        for j in sorted(candidates - {i}):
            new = items[j]
            if _replaces(new, o_num, o_subj, o_date, old.get("issuer") or ""):
                n_date = new.get("date") or ""
                how = "明文废止" if _names(new, o_num, o_subj) else "对同一事项重新作出规定"
                reason = (f"已被《{subject_title(new.get('title') or '')}》" +
                          (f"（{new.get('doc_number')}）" if new.get("doc_number") else "") +
                          (f"（{n_date}）" if n_date else "") + f"{how}，建议废止（列入废止目录）")
                out[i] = (new.get("title") or "", reason)
                break
    return out | dependents(items, out)


# -- documents made to implement another one of the same sweep ---------------------------------------------
_IMPLEMENTS_TITLE = re.compile(r"(?:落实|贯彻|实施|执行)《([^《》]{4,60})》")
_GONE = (DECLARE_INVALID, REPEAL)
_IN_FORCE = (KEEP, AMEND, CHECK)


def implemented_document(title: str, text: str) -> str:
    """The title of the document this one was made to implement: named in its own title (关于落实《X》有关问题的通知,
    实施《X》细则), or in its opening (为贯彻落实《X》, ``review.replaced.implemented_title``) when it is itself a
    deployment (通知、意见、方案) rather than an 办法 or 规定 making lasting rules of its own; "" when none."""
    from .replaced import implemented_title

    t = re.sub(r"\s+", "", title or "")
    m = _IMPLEMENTS_TITLE.search(t)
    if m:
        return m.group(1)
    base = re.sub(r"《[^》]*》", "", t)
    if not t or _RULE_TITLE.search(base) or not _PLAN_TITLE.search(base):
        return ""
    return implemented_title(text)


def dependents(items, superseded: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The documents of one sweep made to implement another document of the same sweep (``implements``:
    ``implemented_document``) that has lapsed or been repealed (its disposition is 宣布失效 or 废止, or the sweep
    found it replaced): {index: (that document's title, reason)}. The implementing document loses its object with
    it (legal-checks.md §11.4: 废止/宣布失效 when its object is gone). Not when a document on the same matter is
    still in force in the sweep (the matter lives on: a 暂行办法 replaced by a new 办法), when the implemented
    document is dated after the implementing one, or when the implementing one is another body's, lapsed already,
    a draft, or replaced itself."""
    by_subject: dict[str, list[int]] = {}
    for j, it in enumerate(items):
        if not it.get("error") and len(subject(it.get("title") or "")) >= 6:
            by_subject.setdefault(subject(it["title"]), []).append(j)
    out: dict[int, tuple[str, str]] = {}
    for i, it in enumerate(items):
        target = subject(it.get("implements") or "")
        if (len(target) < 6 or i in superseded or it.get("error") or it.get("draft")
                or it.get("disposition") in (*LISTED, *_GONE)):
            continue
        same = [j for j in by_subject.get(target, ()) if j != i]
        gone = [j for j in same if j in superseded or items[j].get("disposition") in _GONE]
        if not gone or any(items[j].get("disposition") in _IN_FORCE and j not in superseded for j in same):
            continue
        j = gone[0]
        parent, mine = items[j].get("date") or "", it.get("date") or ""
        if parent and mine and parent[:10] > mine[:10]:
            continue
        fate = "被替代" if j in superseded else ("宣布失效" if items[j].get("disposition") == DECLARE_INVALID else "废止")
        reason = (f"本文件系为落实《{it['implements']}》" +
                  (f"（{items[j].get('doc_number')}）" if items[j].get("doc_number") else "") +
                  f"而制定的配套文件，该文件在本次清理中{'已' if fate == '被替代' else '建议'}{fate}，"
                  "本文件随之失去依据，建议废止（列入废止目录）；确需继续实施的，依据现行规定另行制定")
        out[i] = (items[j].get("title") or "", reason)
    return out


def _names(new, o_num: str, o_subj: str) -> bool:
    return any(r and (r == o_num or (len(subject(r)) >= 4 and subject(r) == o_subj)) for r in new.get("repeals") or ())


def _replaces(new, o_num: str, o_subj: str, o_date: str, o_issuer: str) -> bool:
    """Whether ``new`` names the old document as repealed (and is not older), or is a later document of the
    same issuer on the same subject."""
    from difflib import SequenceMatcher

    n_date = new.get("date") or ""
    later = bool(n_date and o_date and n_date[:10] > o_date[:10])
    if _names(new, o_num, o_subj) and (later or not o_date or not n_date):
        return True
    if not (later and o_subj and len(o_subj) >= 6 and o_issuer and o_issuer == (new.get("issuer") or "")):
        return False
    matcher = SequenceMatcher(None, o_subj, subject(new.get("title") or ""))
    return (matcher.real_quick_ratio() >= SAME_SUBJECT and matcher.quick_ratio() >= SAME_SUBJECT
            and matcher.ratio() >= SAME_SUBJECT)


def subject_title(title: str) -> str:
    m = re.search(r"《([^》]+)》", title or "")
    return m.group(1) if m else (title or "")
