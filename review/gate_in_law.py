"""A gate a 法律 or 行政法规 itself lays, restated (round 37, prec37; N1).

"列入登记范围的电动自行车，经公安机关交通管理部门登记后，方可上道路行驶" restates 道路交通安全法 第十八条 ("依法应当登记的非
机动车，经公安机关交通管理部门登记后，方可上道路行驶"); "开办药品零售企业须取得……药品监督管理部门核发的药品经营许可证，未取得
的，不得从事药品零售" restates 药品管理法 第五十一条. The upper-law comparison misses such a restatement when the words are
the drafter's own, and C-LICENSE-01/02 then read the gate as set by the document. The corpus decides: the gated activity
(after 方可/才能/不得) is looked up among the current articles of 法律 and 行政法规, and the gate stands as the law's when
an article gating that very activity (its gate marker in the same sentence) names the same gate — the licence document
by its name, or the registration/approval word given by the same body, by its functional name (公安机关交通管理部门,
药品监督管理部门). A gate of a body the law does not name (县住建局登记, 县教育局审批) or on an activity no law gates stays.
"""

from __future__ import annotations

import re

from .model import Finding
from .sentences import sentence_bounds, sentence_texts

CORE_LEVELS = ("法律", "行政法规")
# the activity a gate holds back: after the marker, to the end of its phrase
_ACTIVITY = re.compile(r"(?:方可|方能|才能|才可|不得|不准|一律不得)(?:继续|擅自)?([\u4e00-\u9fff]{4,14})")
# a licence document by its name (药品经营许可证, 排污许可证), at least four characters
_DOCUMENT = re.compile(r"[\u4e00-\u9fff]{2,10}(?:许可证|经营证|执业证|资格证|登记证)")
# the body that gives the gate, by its functional name: the part after a place or a level (县级以上地方人民政府药品
# 监督管理部门 -> 药品监督管理部门; 公安机关交通管理部门)
_BODY = re.compile(r"([\u4e00-\u9fff]{2,18}(?:部门|机关|机构))(?=[^，。；]{0,8}(?:登记|批准|审批|核准|许可|备案|核发|颁发))")
_LEAD = re.compile(r"人民政府|以上地方|以上|地方|取得|经|由|到|向|在|报")
_DOC_LEAD = re.compile(r"的|核发|颁发|取得|出具|发放|领取|申领")
_GATE_WORDS = ("登记", "批准", "审批", "核准", "许可", "备案")
# every gate the sentence names must be the article's: a paper, a filing or an insurance beside the law's gate (和……核发
# 的备案证, 并购买保险, 并取得……出具的意见) is the document's own
_GATE_TERMS = re.compile(r"许可证|备案证|登记证|合格证|意见书|意见|证明|批准文件|批复|保险|备案|审批|核准|同意|年检|审验|登记|批准")
_MARKER = re.compile(r"方可|方能|才能|才可|不得|应当|须")


def _body(sentence: str) -> str:
    m = _BODY.search(sentence)
    if not m:
        return ""
    name = _LEAD.split(m.group(1))[-1]
    return name if len(name) >= 4 else ""


def _articles_with(store, phrase: str, as_of: str, limit: int = 40) -> list[str]:
    """Current articles of 法律 and 行政法规 whose text holds ``phrase`` (a trigram phrase query)."""
    if len(phrase) < 3 or not hasattr(store, "conn"):
        return []
    q = '"' + phrase.replace('"', '""') + '"'
    rows = store.conn.execute(
        "SELECT p.text FROM provisions_fts f JOIN provisions p ON p.id = f.rowid JOIN versions v ON v.id = p.version_id "
        "JOIN works w ON w.id = v.work_id WHERE provisions_fts MATCH ? AND v.is_current = 1 AND w.level IN (?, ?) "
        "AND (w.repeal_date IS NULL OR w.repeal_date = '' OR w.repeal_date > ?) LIMIT ?",
        (q, *CORE_LEVELS, as_of, limit)).fetchall()
    return [r[0] for r in rows]


def law_lays_gate(sentence: str, store, as_of: str) -> bool:
    """Whether a current 法律 or 行政法规 gates the activity the sentence gates with the same gate (see the module)."""
    acts = [m.group(1) for m in _ACTIVITY.finditer(sentence)]
    found = _DOCUMENT.search(sentence)
    doc = _DOC_LEAD.split(found.group(0))[-1] if found else ""
    doc = doc if len(doc) >= 5 else ""
    body = _body(sentence)
    words = [w for w in _GATE_WORDS if w in sentence]
    for act in acts:
        core = re.sub(r"(活动|业务|工作)$", "", act)
        for probe in dict.fromkeys((core, core[:6], core[-6:])):
            if len(probe) < 4:
                continue
            for article in _articles_with(store, probe, as_of):
                for s in sentence_texts(article):
                    if probe not in s and not (doc and doc in s):
                        continue
                    joined = "。".join(x for x in sentence_texts(article) if probe in x or (doc and doc in x))
                    if not _MARKER.search(joined):
                        continue
                    if any(g not in article for g in _GATE_TERMS.findall(sentence)):
                        continue
                    if doc and doc in article and probe in article:
                        return True
                    if body and body in joined and any(w in joined for w in words):
                        return True
    return False


def without_laws_gates(findings: list[Finding], store, as_of: str) -> list[Finding]:
    """``findings`` without the licence findings (C-LICENSE-01/02) on a gate a 法律 or 行政法规 lays (law_lays_gate)."""
    out = []
    for f in findings:
        if f.category == "license" and f.rule in ("C-LICENSE-01", "C-LICENSE-02") and f.clause is not None and f.quote:
            text = f.clause.text
            at = text.find(f.quote)
            if at >= 0:
                s, e = sentence_bounds(text, at, at + len(f.quote))
                if law_lays_gate(text[s:e], store, as_of):
                    continue
        out.append(f)
    return out
