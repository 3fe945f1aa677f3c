"""Government contracts and cooperation agreements: is it a contract, which kind (行政协议 or
民事合同, and which subtype), which of the 民法典 第四百七十条 terms it lacks, and the contract pack.

Pure: a read Document and its clauses in, data classes out. The contract pack
(``review/packs/contract.toml``) is applied with document tags from ``contract_tags`` so that a rule
can say it only applies to 行政协议 (``doc_kinds``) or not where the counterparty was chosen
competitively (``not_doc_kinds``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from statutes.numerals import int_to_cn

from .model import Clause, Document, Finding
from .rules import Basis

ADMINISTRATIVE = "行政协议"
CIVIL = "民事合同"

_HEAD_CHARS = 600
_PARTY = re.compile(r"(甲方|乙方|采购人|供应商|征收部门|被征收人|腾退人|被腾退人|出让人|受让人|发包人|承包人)"
                    r"[^：:\n]{0,12}[：:]")
_CONTRACT_WORD = re.compile(r"协议书?|合同")

_SPC = "最高人民法院关于审理行政协议案件若干问题的规定"


@dataclass(frozen=True, slots=True)
class ContractKind:
    """What kind of agreement a document is.

    ``kind``: 行政协议 | 民事合同. ``subtype``: 征收补偿 | 特许经营 | PPP | 国有土地使用权出让 |
    保障性住房 | 招商引资 | 战略合作 | 政府采购 | 其他. ``reason``: one Chinese sentence saying why,
    naming the provision relied on. ``facts``: what the text states that rules depend on
    (竞争性选定 — the counterparty was chosen by 招标/竞争性谈判…; 预算已落实 — payments are said
    to be in the budget; 中小企业 — a public body pays a declared SME).
    """

    kind: str
    subtype: str
    reason: str
    facts: tuple[str, ...] = ()

    @property
    def tags(self) -> tuple[str, ...]:
        """Tags for ``apply_rules(doc_kinds=…)``: kind, subtype and facts."""
        return (self.kind, self.subtype) + self.facts

    def to_dict(self) -> dict:
        return {"kind": self.kind, "subtype": self.subtype, "reason": self.reason,
                "facts": list(self.facts)}


# ---------------------------------------------------------------- is it a contract

def _head(doc: Document) -> str:
    return doc.text[:_HEAD_CHARS]


def is_contract(doc: Document) -> bool:
    """A contract or agreement: parties (甲方/乙方, 采购人/供应商 …) named with a colon near the top,
    and 协议/合同/协议书 in the title or the head of the body."""
    head = _head(doc)
    parties = {m.group(1) for m in _PARTY.finditer(head)}
    if len(parties) < 2 and not ({"甲方", "乙方"} <= set(re.findall(r"甲方|乙方", head))
                                 and len(parties) >= 1):
        return False
    return bool(_CONTRACT_WORD.search(doc.title or "") or _CONTRACT_WORD.search(head))


# ---------------------------------------------------------------- classification

# a self-governing body (村民委员会, 居民委员会) or a collective economic organisation as 甲方: not an organ
_AUTONOMY = r"村民委员会|居民委员会|村委会|居委会|村民小组|经济合作社|集体经济组织"
_GOV = r"人民政府|[局委办厅]|管理委员会|管委会|领导小组|指挥部|街道办事处|政府方|征收部门|采购人"
# (subtype, the lexicon concept searched in the title, then in the head of the body; kind; reason).
# The words are data (review/lexicons/contracts.toml); the order, the kind and the reason are the law here.
_SUBTYPES: tuple[tuple[str, str, str, str], ...] = (
    ("政府采购", "contract.type.procurement", CIVIL,
     "政府采购合同适用民事法律（《中华人民共和国政府采购法》第四十三条），属民事合同；可以约定仲裁"),
    ("征收补偿", "contract.type.expropriation",
     ADMINISTRATIVE, f"土地、房屋等征收征用补偿协议属于行政协议（《{_SPC}》第二条第（二）项）"),
    ("PPP", "contract.type.ppp", ADMINISTRATIVE,
     f"政府与社会资本合作协议属于行政协议（《{_SPC}》第一条、第二条第（五）项）"),
    ("特许经营", "contract.type.franchise", ADMINISTRATIVE,
     f"政府特许经营协议属于行政协议（《{_SPC}》第二条第（一）项）"),
    ("国有土地使用权出让", "contract.type.land_grant", ADMINISTRATIVE,
     f"国有自然资源使用权出让协议属于行政协议（《{_SPC}》第二条第（三）项）"),
    ("保障性住房", "contract.type.housing", ADMINISTRATIVE,
     f"政府投资的保障性住房租赁、买卖协议属于行政协议（《{_SPC}》第二条第（四）项）"),
    ("招商引资", "contract.type.investment", ADMINISTRATIVE, ""),
    ("战略合作", "contract.type.cooperation", ADMINISTRATIVE, ""),
)


def _rx(concept: str) -> re.Pattern:
    """A concept of the packaged lexicons (review/lexicons/contracts.toml) as one regex."""
    from .norms.lexicon import default_lexicon

    return default_lexicon().rx(concept)


_PUBLIC_PAYER = re.compile(r"(甲方|采购人|发包人)[^：:\n]{0,10}[：:][^\n]{0,30}(人民政府|局|委员会|学校|医院|中心|事业单位|办公室|管委会)")


def _first_party(doc: Document) -> str:
    m = re.search(r"(甲方|采购人|征收部门|腾退人|出让人|发包人)[^：:\n]{0,12}[：:]\s*([^\n]*)", _head(doc))
    return m.group(2).strip() if m else ""


def _facts(doc: Document) -> tuple[str, ...]:
    text = doc.text
    out = []
    if _rx("contract.competitive_award").search(text):
        out.append("竞争性选定")
    if _rx("contract.budgeted").search(text):
        out.append("预算已落实")
    if _rx("contract.sme").search(text) and _PUBLIC_PAYER.search(_head(doc)):
        out.append("中小企业")
    return tuple(out)


def classify_contract(doc: Document) -> ContractKind:
    """行政协议 or 民事合同 per 《最高人民法院关于审理行政协议案件若干问题的规定》第一条、第二条, and
    the subtype; the title decides first, then the head of the body."""
    title = doc.title or ""
    head = _head(doc)
    facts = _facts(doc)
    for where in (title, head):
        for subtype, concept, kind, reason in _SUBTYPES:
            if not _rx(concept).search(where):
                continue
            if subtype in ("招商引资", "战略合作"):
                party = _first_party(doc)
                gov = re.search(_GOV, party or head)
                admin = _rx("contract.admin_content").search(doc.text)
                if gov and admin:
                    reason = (f"行政机关为实现行政管理或者公共服务目标订立、含有{admin.group(0)}等行政法上权利义务内容的协议，"
                              f"属于行政协议（《{_SPC}》第一条、第二条第（六）项）")
                    return ContractKind(ADMINISTRATIVE, subtype, reason, facts)
                reason = "协议未见行政机关以行政职权作出的优惠承诺或者行政法上权利义务，按民事合同审查"
                return ContractKind(CIVIL, subtype, reason, facts)
            party = _first_party(doc)
            if kind == ADMINISTRATIVE and re.search(_AUTONOMY, party):
                return ContractKind(CIVIL, subtype, f"协议一方“{re.search(_AUTONOMY, party).group(0)}”是基层群众性自治组织"
                                    f"（《中华人民共和国村民委员会组织法》第二条），不是行政机关；该协议按民事合同审查"
                                    f"（《{_SPC}》第一条：行政协议由行政机关订立）", facts)
            return ContractKind(kind, subtype, reason, facts)
    party = _first_party(doc)
    if re.search(_GOV, party) and _rx("contract.admin_content").search(doc.text):
        return ContractKind(ADMINISTRATIVE, "其他",
                            f"行政机关一方订立、含有行政法上权利义务内容的协议（《{_SPC}》第一条）", facts)
    return ContractKind(CIVIL, "其他", "未见行政法上权利义务内容，按民事合同审查（《中华人民共和国民法典》第四百六十四条）",
                        facts)


def contract_tags(doc: Document, kind: ContractKind | None = None) -> tuple[str, ...]:
    """The tags rules in the contract pack select on (see ``ContractKind.tags``)."""
    return (kind or classify_contract(doc)).tags


# ---------------------------------------------------------------- 民法典 第四百七十条

@dataclass(frozen=True, slots=True)
class Term:
    item: int
    name: str
    concept: str                      # the lexicon concept whose words show the term is dealt with
    framework_deferred: bool = False  # a framework agreement may leave it to the project agreements

    @property
    def present(self) -> re.Pattern:
        return _rx(self.concept)


# Lenient on purpose: 第四百七十条 says a contract 一般包括 these terms — a missing one is a drafting
# risk to point out, not a ground of nullity; report only what is clearly absent.
TERMS: tuple[Term, ...] = (
    Term(1, "当事人的姓名或者名称和住所", "contract.term.parties"),
    Term(2, "标的", "contract.term.subject"),
    Term(3, "数量", "contract.term.quantity", True),
    Term(4, "质量", "contract.term.quality", True),
    Term(5, "价款或者报酬", "contract.term.price", True),
    Term(6, "履行期限、地点和方式", "contract.term.performance", True),
    Term(7, "违约责任", "contract.term.liability"),
    Term(8, "解决争议的方法", "contract.term.disputes"),
)
# a definition (“违约事件”，是指……) does not make liability or dispute resolution agreed; for the
# other terms a definition's content (“投产之日”，是指……竣工验收合格……) is agreed content
_OPERATIVE_ONLY = (7, 8)
_FRAMEWORK = re.compile(r"框架(协议|性文件)|以双方(依法)?另行签订的[^。；\n]{0,6}协议为准")


def is_framework(doc: Document) -> bool:
    return bool(_FRAMEWORK.search(doc.title or "") or _FRAMEWORK.search(doc.text))


def _without_definitions(text: str) -> str:
    """Drop definition items (“××”，是指……) so that a defined term such as “违约方” does not count
    as liability being agreed."""
    return re.sub(r"“[^”]{1,24}”[，,：:]?\s*(是指|系指)[^。；\n]*[。；]?", "", text)


def missing_terms(doc: Document) -> list[Term]:
    """The 第四百七十条 terms the agreement does not deal with. For a framework agreement that leaves
    the specifics to later project agreements, 数量/质量/价款/履行期限 are not required."""
    operative = _without_definitions(doc.text)
    framework = is_framework(doc)
    return [t for t in TERMS
            if not (framework and t.framework_deferred)
            and not t.present.search(operative if t.item in _OPERATIVE_ONLY else doc.text)]


def essential_terms(doc: Document, clauses=None) -> list[Finding]:
    """One warning per 民法典 第四百七十条 term the agreement lacks (clause None, quote = the title)."""
    quote = doc.title if doc.title and doc.title in doc.text else ""
    out = []
    for t in missing_terms(doc):
        basis = (Basis(law="中华人民共和国民法典", article=470, paragraph=1, item=t.item, level="法律",
                       note=f"合同的内容一般包括：（{int_to_cn(t.item)}）{t.name}"),)
        out.append(Finding(
            rule="K-TERMS", category="contract", severity="warning",
            title=f"合同缺少“{t.name}”条款",
            clause=None, quote=quote,
            problem=(f"协议未约定{t.name}。《中华人民共和国民法典》第四百七十条规定合同的内容一般包括"
                     f"“{t.name}”条款；缺少该条款不必然导致协议无效，但履行中发生纠纷时权利义务不明，"
                     "应当补充完善。"),
            suggestion=_TERM_SUGGESTION.get(t.name, f"补充{t.name}条款。"),
            basis=basis, detail={"term": t.name, "item": t.item}))
    return out


_TERM_SUGGESTION = {
    "违约责任": "补充双方违约情形及相应责任（违约金、赔偿损失、解除协议等），政府方的违约责任同样应当明确。",
    "解决争议的方法": "补充争议解决条款：行政协议写明“协商不成的，可以依法申请行政复议或者提起行政诉讼”；民事合同可以约定诉讼或者仲裁。",
}


# ---------------------------------------------------------------- the contract pack

_TITLE_LINE = re.compile(r"^(第[一二三四五六七八九十百零〇两\d]+条)[ \t\u3000]*([^。；;，,\n]{1,20})\n")


def body_clauses(clauses) -> list[Clause]:
    """Clauses with the article's own caption line (“第五条　土地出让金返还”) left out of the text,
    so that a caption does not fire a rule in place of the sentence it names; offsets and labels
    are kept (``start`` moves past the caption)."""
    out = []
    for c in clauses:
        m = _TITLE_LINE.match(c.text)
        if m and c.text[m.end():].strip():
            out.append(replace(c, text=c.text[m.end():], start=c.start + m.end()))
        else:
            out.append(c)
    return out


def contract_findings(doc: Document, clauses, rules, as_of: str | None = None, *,
                      province: str | None = None, kind: ContractKind | None = None) -> list[Finding]:
    """Apply the contract rules (topic "contract") of ``rules`` to ``clauses`` with this document's
    kind tags, then add the 第四百七十条 findings. Findings keep the clause numbering of
    ``split_clauses`` (Clause.label)."""
    from .match import apply_rules

    kind = kind or classify_contract(doc)
    contract_rules = [r for r in rules if "contract" in r.topics]
    by_index = {c.index: c for c in clauses}
    findings = apply_rules(contract_rules, body_clauses(clauses), doc, as_of, province=province,
                           doc_kinds=kind.tags)
    # report against the clause as split (with its caption), not the trimmed copy
    findings = [replace(f, clause=by_index.get(f.clause.index, f.clause)) if f.clause is not None else f
                for f in findings]
    return findings + essential_terms(doc, clauses)
