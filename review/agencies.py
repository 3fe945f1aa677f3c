"""Renamed bodies and moved functions (legal-checks.md §6, §11.3) as rules.

Each ``[[agency]]`` entry of a pack (``review/packs/agencies.toml``) says which old body is gone, what took
its place, when, and on what basis. ``agency_rule`` expands an entry into an ordinary text rule whose
patterns fire only where the old body is named as an *actor*:

* a full name (``old``: 市卫生计生委, 国土资源局, 物价部门) before an actor verb (负责, 会同, 审批, 出具…), after
  由/经/报/向/会同, or standing as an item of a list of bodies (a task table: "市国土房管局、市农委");
* a bare name (``bare``: 国土资源, 人口计生, 工商) only as an item of an enumeration of departments that ends in
  部门/机关/机构 ("市公安、国土资源、民政等有关部门");
* a moved function (``functions``: 基本医疗保险, 消防监督检查, 价格监督检查): the old body is wrong only for
  that function (人力资源和社会保障部门 still runs 养老保险), so the entry fires only where the old body and
  the function stand in one sentence.

Titles in 《》, "原××局", "××局更名为…", news narrative ("负责人表示") never fire. The review date
(``as_of``) governs: a document made before the reform used the right name then, and the engine notes that
(the cleanup's purpose is to bring such names up to date, legal-checks.md §11.2).

``merge_agency_findings`` turns the findings of one sentence (a task-table row, a list of departments) into one
finding that lists every old name in it, with all bases — a place is amended once, whatever the number of names
in it; names in other sentences of the clause stay findings of their own, each quoting its place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

AGENCY_KEYS = {"id", "old", "bare", "functions", "new", "reform", "date", "until", "basis", "note", "severity",
               "examples", "title", "suggestion", "opinion", "verified"}

# an actor verb after the name, or a particle before it that makes the name the acting body
ACTOR_AFTER = (r"(?=[在应要须将对])|[^。；\n]{0,10}?(负责|会同|牵头|审批|核准|备案|受理|监督|管理|组织|审核|核查|出具|联系|应当|按照|依照|依法|"
               r"做好|确定|核定|审定|办理|配合|制定|研究|指导|协调|征求|共同|参与|开展|认定|提供|建立|实施|监制|签发|核发|"
               r"批准|查处|检查|验收|征收|收取|发放|审查|统筹|落实|委托|授权|指定|聘请|招标|采购|商|等部门|等有关部门)")
ACTOR_BEFORE = r"(由|经|报|向|会同|商|请|送|交|报送|提请|报请)[^。；，\n]{0,8}?"
# an item of a list of bodies: after a separator (or the start of a line), before a separator or 等
LIST_BEFORE = r"(?:(?<=[、，,：:；。（(\n和及与])|^)(?:[省市县区]级?|各级|各|区县|县级以上)?"
LIST_AFTER = r"(?=[、，,；。：:（(\n和及与]|$|等)"
# a bare name as an enumeration item: the enumeration ends in 部门/机关/机构 (not 等政策, 等事项)
BARE_BEFORE = r"(?:(?<=[、，,：:；。（(\n其及])|^|(?<=[省市县区]))"
BARE_AFTER = (r"(?=(?:[、和及][^、，,。；：\n和及等]{1,18}){0,20}(?:等)?(?:有关|相关|其他)?(?:行政)?(?:主管)?"
              r"(?:部门|机关|机构|信息平台))")
NOT_ACTOR = (r"表示|记者|报道|据悉|介绍|透露|负责人说|答记者问", r"机构改革(前|以前|之前)",
             r"现将[^。；]{0,60}(全文公布|予以公布|印发给你们|转发给你们|征求意见)")   # the notice that publishes the text
FUNCTION_WINDOW = 60


def _alt(rx: str) -> str:
    return f"(?:{rx})"


def agency_rule(path, ag: dict, tmpl: dict) -> dict:
    """Expand one ``[[agency]]`` entry into a rule table (see the module docstring)."""
    from .rules import RulePackError

    aid = ag.get("id")
    unknown = set(ag) - AGENCY_KEYS
    if unknown:
        raise RulePackError(path, aid, f"未知字段 {sorted(unknown)}")
    for k in ("id", "old", "new", "date", "basis"):
        if k not in ag:
            raise RulePackError(path, aid, f"[[agency]] 缺少字段 {k}")
    old, bare = _alt(ag["old"]), _alt(ag["bare"]) if ag.get("bare") else ""
    actor = [f"{old}(?={ACTOR_AFTER})", f"{ACTOR_BEFORE}{old}", f"{LIST_BEFORE}{old}{LIST_AFTER}"]
    if bare:
        actor.append(f"{BARE_BEFORE}{bare}{BARE_AFTER}")
    names = "|".join(x for x in (old, bare) if x)
    rule = {
        "id": ag["id"], "category": "agency", "kind": "text",
        "title": ag.get("title", tmpl.get("title", "使用已更名或撤销的机构名称")),
        "severity": ag.get("severity", tmpl.get("severity", "warning")),
        "topics": tmpl.get("topics", ["agency"]),
        "unless": list(tmpl.get("unless", [])) + [
            f"原[^，。；、\\s]{{0,8}}?(?:{names})", f"(?:{names})[^。；]{{0,8}}(更名|改为|撤销|划入|并入|整合|改革)",
            f"(?:{names})(?:关于|印发|制定的|《|网站)", *NOT_ACTOR],
        "skip_quoted": True,
        "basis": ag["basis"],
        "opinion": ag.get("opinion", tmpl.get("function_opinion" if ag.get("functions") else "opinion", "")),
        "suggestion": ag.get("suggestion", tmpl.get("suggestion", "")),
        "valid_from": ag["date"], "valid_until": ag.get("until", ""),
        "date_basis": "review",
        "detail": {"new_name": ag["new"], "reform": ag.get("reform", ""), "reform_date": ag["date"],
                   "note": ag.get("note", ""), "old": ag["old"], "bare": ag.get("bare", ""),
                   "functions": ag.get("functions", ""), "verified": ag.get("verified", True)},
        "examples": {"positive": list(ag.get("examples", {}).get("positive", [])),
                     "negative": list(ag.get("examples", {}).get("negative", []))
                     + list(tmpl.get("negative", []))},
    }
    if ag.get("functions"):   # the old body and the moved function in one sentence
        body, fn = "|".join(actor), ag["functions"]
        rule["any"] = [f"(?:{body})[^。；\n]{{0,{FUNCTION_WINDOW}}}?(?:{fn})",
                       f"(?:{fn})[^。；\n]{{0,{FUNCTION_WINDOW}}}?(?:{body})"]
    else:
        rule["any"] = actor
    return rule


# ---------------------------------------------------------------- a cheap first look

@functools.lru_cache(maxsize=256)
def _names(old: str, bare: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in (old, bare) if p))


def agency_findings(rules, clauses, doc, as_of: str, **kw) -> list:
    """The findings of the agency rules, each run only on the clauses that name one of its old bodies at all
    (the actor patterns are costly, and most clauses name none); ``kw`` as for ``review.match.apply_rules``."""
    from .match import apply_rules

    out = []
    for r in rules:
        old = r.detail.get("old")
        names = _names(old, r.detail.get("bare", "")) if old else None
        where = [c for c in clauses if names is None or names.search(c.text)]
        if where:
            out += apply_rules([r], where, doc, as_of, **kw)
    return out


# ---------------------------------------------------------------- one finding per clause

def old_names(f) -> list[str]:
    """The old names a finding of an agency rule quotes (every match of its ``old``/``bare`` pattern)."""
    pats = [p for p in (f.detail.get("old"), f.detail.get("bare")) if p]
    if not pats:
        return []
    quotes = f.detail.get("quotes") or [f.quote]
    rx = re.compile("|".join(f"(?:{p})" for p in pats))
    out = []
    for q in quotes:
        for m in rx.finditer(q or ""):
            out.append(m.group(0))
    return list(dict.fromkeys(out))


def merge_agency_findings(findings: list) -> list:
    """One agency finding per sentence listing every old name and its successor, with all bases; other
    findings pass through unchanged (in their order)."""
    from .sentences import sentence_bounds

    by_clause: dict = {}
    order: list = []
    for f in findings:
        if f.category != "agency" or f.clause is None:
            order.append(("one", f))
            continue
        at = f.clause.text.find(f.quote) if f.quote else -1
        key = (f.clause.index, sentence_bounds(f.clause.text, at, at + 1)[0] if at >= 0 else -1)
        if key not in by_clause:
            by_clause[key] = []
            order.append(("clause", key))
        by_clause[key].append(f)
    out = []
    for what, item in order:
        if what == "one":
            out.append(item)
            continue
        group = by_clause[item]
        out.append(group[0] if len(group) == 1 else _merged(group))
    return out


def _merged(group: list):
    from .quotes import covering_quote

    first = group[0]
    pairs, seen = [], set()
    for f in group:
        for name in old_names(f) or [f.quote]:
            if name not in seen:
                seen.add(name)
                pairs.append((name, f.detail.get("new_name", ""), f.detail.get("reform", "")))
    listing = "；".join(f"“{o}”（现为{n}）" for o, n, _ in pairs)
    reforms = "、".join(dict.fromkeys(r for _, _, r in pairs if r))
    problem = f"该条款使用了机构改革前的机构名称或者已转移职责的机构：{listing}。" + \
              (f"{reforms}后，相关职责已由上述机构承担。" if reforms else "")
    basis = tuple(dict.fromkeys(b for f in group for b in f.basis))
    quote = covering_quote(first.clause.text, [f.quote for f in group])
    severity = "error" if any(f.severity == "error" for f in group) else \
        "warning" if any(f.severity == "warning" for f in group) else "info"
    detail = {**first.detail, "rules": [f.rule for f in group], "old_names": [o for o, _, _ in pairs],
              "new_name": "、".join(dict.fromkeys(n for _, n, _ in pairs)),
              "quotes": [f.quote for f in group]}
    return replace(first, severity=severity, quote=quote, problem=problem, basis=basis,
                   suggestion="逐一改为现行机构名称（具体名称请核对本地机构改革方案和“三定”规定）。", detail=detail)


# ---------------------------------------------------------------- the document's own maker

def issuer_findings(doc, rules, as_of: str) -> list:
    """A document made by a body since renamed or abolished (深圳市卫生和计划生育委员会…管理办法): one
    document-level finding naming the body and its successor. The maker's name is read from the issuer, else
    from the start of the title."""
    from .match import rule_applies_on
    from .model import Finding

    names = [n for n in re.split(r"[、，,\s]+", doc.issuer or "") if n]
    if len(names) > 1:
        return []          # a joint document: one co-issuer renamed does not make the document its own
    title = re.sub(r"\s+", "", doc.title or "")
    for r in rules:
        old = r.detail.get("old") if r.category == "agency" else None
        if not old or r.detail.get("functions") or not rule_applies_on(r, as_of):
            continue
        rx = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,12}}?(?:省|市|县|区|州|自治区))?(?:{old})")
        for name in names + [title]:
            m = rx.match(name)
            if not m or (name is title and names and not any(rx.match(n) for n in names) and doc.issuer):
                continue
            body = m.group(0)
            if body not in doc.text:
                continue
            reform = r.detail.get("reform", "机构改革")
            return [Finding(
                rule="AG-ISSUER", category="agency", severity="warning", title="制定机关已更名或者撤销",
                clause=None, quote=body,
                problem=f"文件的制定机关“{body}”已在{reform}中改组，相关职责现由{r.detail.get('new_name')}承担。"
                        "文件应由承继其职责的机关清理：仍需适用的，以现机关名义修改后重新发布；不再需要的，予以废止。",
                suggestion="由承继职责的机关决定修改后重新发布或者废止。", basis=r.basis,
                detail={"new_name": r.detail.get("new_name", ""), "reform": reform,
                        "reform_date": r.detail.get("reform_date", ""), "old_names": [body]})]
    return []
