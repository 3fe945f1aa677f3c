"""A 设定 finding on a sentence that names its own basis, which the corpus does not hold.

"按照《某省流动人口服务管理规定》，须经公安机关批准" may be lawful: the measure may be set by the instrument it names
(a 地方性法规, a 规章). When the local corpus holds that instrument, the upper-law comparison reads it; when it
does not, nobody can tell from here whether the instrument sets the measure, and asserting "规范性文件不得设定……"
as an error would be a guess. The finding becomes a warning that asks the reviewer to check the named basis
(issue 9: "请核对上位法依据"), with the name in its detail.

The same holds for the instruments the document as a whole says it is made under ("根据《公共租赁住房管理办法》
（住建部令第11号）、《广东省城镇住房保障办法》（广东省人民政府令第181号）……制定本办法"): a fine in it may restate one of
them. Such a basis excuses only what its kind of instrument may set (``could_set``): a 规章 (a 办法/规定 with a 令号)
警告、通报批评 and fines; a 条例 (a 法规) penalties, licences and coercive measures, and fees only when it may be a
行政法规 (no place in its name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import Finding

# the categories whose rules assert that a measure has no upper-level basis (review.engine.SET_BY_UPPER)
SETTING = frozenset({"license", "penalty", "coercion", "fee"})
_CITED = re.compile(r"(?:依照|按照|根据|依据|遵照|参照)(?:国家|省|市|县|区)?(?:有关部门)?(?:的)?"
                    r"《([^《》]{4,60}?(?:法|条例|规定|办法|细则|规则|决定|意见|通知|规范|实施方案))》")
_SENTENCE_END = "。；\n"


def _sentence(text: str, quote: str) -> str:
    at = text.find(quote) if quote else -1
    if at < 0:
        return text
    start = max(text.rfind(ch, 0, at) for ch in _SENTENCE_END) + 1
    ends = [e for e in (text.find(ch, at + len(quote)) for ch in _SENTENCE_END) if e >= 0]
    return text[start:min(ends) + 1 if ends else len(text)]


def unheld_basis(sentence: str, holds) -> str:
    """The first instrument the sentence says it follows (依照/按照/根据《X》) that ``holds(X)`` denies, or ""."""
    for m in _CITED.finditer(sentence):
        if not holds(m.group(1)):
            return m.group(1)
    return ""


# -- the document's own basis ----------------------------------------------------------------------------
_HEAD_CHARS = 3000            # the basis clause (第一条, or the preamble) stands in the opening
_MADE_UNDER = re.compile(r"(?:依照|按照|根据|依据|遵照)[^。]{0,400}?(?:制定本|制订本|结合[^。]{0,20}实际)")
_NAMED = re.compile(r"《([^《》]{4,60}?)》\s*(?:[（(]([^（）()]{0,30}?)[）)])?")
_ORDER = re.compile(r"令")
_REGION_NAME = re.compile(r"^[\u4e00-\u9fff]{2,9}?(?:省|自治区|市|州|县|区|盟|旗)")
_FINE_OR_WARNING = re.compile(r"罚款|警告|通报批评")


@dataclass(frozen=True, slots=True)
class NamedBasis:
    """An instrument the document says it is made under: its name and what its citation adds (its 令号)."""

    name: str
    note: str = ""

    @property
    def form(self) -> str:
        """条例 (a 法规) | 规章 (a 办法/规定/细则 cited with its 令号) | "" (another kind, or unknown)."""
        if re.search(r"条例(?:实施细则)?$", self.name):
            return "条例"
        if _ORDER.search(self.note) and re.search(r"(办法|规定|细则|规则)$", self.name):
            return "规章"
        return ""


# 《X法》及其《实施条例》: the implementing rules of the law named just before (D009: 《民办教育促进法》及其《实施条例》)
_ITS_RULES = re.compile(r"^实施(?:条例|细则|办法)$")


def document_bases(text: str) -> list[NamedBasis]:
    """The instruments the document's basis sentence names (根据《A》《B》（…令第N号）……制定本办法); a bare 《实施条例》
    after a named law is that law's (《民办教育促进法》及其《实施条例》 → 民办教育促进法实施条例)."""
    out: dict[str, NamedBasis] = {}
    for m in _MADE_UNDER.finditer(text[:_HEAD_CHARS]):
        before = ""
        for n in _NAMED.finditer(m.group(0)):
            name = n.group(1)
            if _ITS_RULES.match(name):
                if not before:
                    continue
                name = before.removeprefix("中华人民共和国") + name
            else:
                before = name
            out.setdefault(name, NamedBasis(name, n.group(2) or ""))
    return list(out.values())


def could_set(basis: NamedBasis, f: Finding) -> bool:
    """Whether an instrument of the basis's kind may set the measure the finding is about."""
    form = basis.form
    if form == "规章":
        return f.category == "penalty" and bool(_FINE_OR_WARNING.search(_sentence(f.clause.text, f.quote)))
    if form == "条例":
        return f.category in ("penalty", "license", "coercion") or \
            (f.category == "fee" and not _REGION_NAME.match(basis.name))
    return False


def unverified_basis(findings: list[Finding], store, text: str = "") -> list[Finding]:
    """The 设定 errors whose sentence follows a named instrument the corpus does not hold — or whose document is
    made under such an instrument that may set the measure (``document_bases``, ``could_set``) — as warnings
    that ask the reviewer to check that basis; a 设定 warning of that kind keeps its severity and gains the same
    request (a 规章's timed bar in a document made under a 条例 the corpus lacks: the 条例 may lay it); the other
    findings unchanged."""
    if not hasattr(store, "find_works"):
        return findings
    held: dict[str, bool] = {}

    def holds(name: str) -> bool:
        if name not in held:
            held[name] = bool(store.find_works(name))
        return held[name]

    bases = None
    out = []
    for f in findings:
        if f.category in SETTING and f.severity in ("error", "warning") and f.clause is not None:
            name = unheld_basis(_sentence(f.clause.text, f.quote), holds)
            if name:
                f = replace(f, severity="warning",
                            problem=f"{f.problem}条款称依照《{name}》，本地法规库未收录该文件，无法核对其是否设定了该措施，"
                                    "请核对上位法依据。",
                            detail={**f.detail, "basis_unverified": name})
            else:
                if bases is None:
                    bases = [b for b in document_bases(text) if not holds(b.name)]
                able = [b for b in bases if could_set(b, f)]
                if able:
                    cited = "、".join(f"《{b.name}》" + (f"（{b.note}）" if b.note else "") for b in able)
                    f = replace(f, severity="warning",
                                problem=f"{f.problem}文件称依据{cited}等制定，本地法规库未收录，无法核对该措施是否由其设定；"
                                        "请核对上位法依据：与上位规定一致的，注明所依据的条款，超出的，予以删除。",
                                detail={**f.detail, "basis_unverified": able[0].name,
                                        "bases_unverified": [b.name for b in able]})
        out.append(f)
    return out


# -- a bare 未经批准 referring back to the approval the clause's previous sentence cites ---------------------------
# "建设公墓……应当依照《殡葬管理条例》规定的权限报经批准；未经批准，任何单位和个人不得擅自兴建殡葬设施": the 未经批准 names
# no body and no approval of its own — it is the approval of the sentence before, which follows the named instrument
# (cited: an approval the document does not set). A 未经 that names a body (未经县城市管理局批准) is an approval of its
# own; a citation inside 除……外，还 is the list the sentence goes beyond (review.norms.analyse.excepted_spans).
_BARE_APPROVAL = re.compile(r"^[\s\u3000]*(?:凡|对)?未经(?:批准|审批|核准|许可)(?:的)?[，,]")
_APPROVAL = re.compile(r"批准|审批|核准|许可")


def approval_cited_before(findings: list[Finding]) -> list[Finding]:
    """The findings without the licence findings on a bare 未经批准 whose approval the clause's previous sentence
    cites an instrument for (依照《X》……报经批准；未经批准，不得……)."""
    from .norms.analyse import excepted_spans

    out = []
    for f in findings:
        if f.category == "license" and f.clause is not None and f.quote:
            sentence = _sentence(f.clause.text, f.quote)
            at = f.clause.text.find(sentence)
            if _BARE_APPROVAL.match(sentence) and at > 0:
                prior = f.clause.text[:at].rstrip("；;。\n")
                before = prior[max(prior.rfind(ch) for ch in _SENTENCE_END) + 1:]
                cited = _CITED.search(before)
                if cited and _APPROVAL.search(before, cited.end()) and not excepted_spans(before):
                    continue
        out.append(f)
    return out
