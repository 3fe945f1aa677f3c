"""Which categories a finding stands for, read from what the norm of the sentence it quotes does.

A rule files its finding under one category: the problem its wording names. The sentence may have another problem
of the same words, which a reviewer's memo names too: a clause that withdraws a social benefit as a sanction is both a
disguised penalty and a reduction of rights; a deposit demanded as a condition of an approval is a fee and a disguised
licence; a paper another body must issue, demanded of the applicant, is a 证明事项 whatever rule reported the sentence.
Round 20 and 21's fresh sets: about a quarter of the problems missed in the writer's category were flagged in another.

So each warning or error finding on what a norm does (``CONTENT``) is read once more: the norms of the sentences its
quote stands in (review.norms.analyse, review.norms.effect), and for each category it does not carry yet a closed
test of that category's concept — the measure kinds the norm reading already finds:

* ``proof``    — a paper (``proof.document``) the sentence makes a private party hand in (``proof.hand_in``): a duty or
  a condition, not the government's own act, not lifted (``proof.exempt``, a relief), not a statutory record; first
  the proof category's norm reading (review/norms/paper.py: a paper a third body issues, or the government holds);
* ``penalty``  — a sanction of a penalty's kind (disqualification, suspension, revocation, closure, a fine, a business
  limit, a downgrade) laid on the offender for a violation or a refusal the sentence names before it;
* ``rights``   — a benefit of a person's livelihood or standing (a subsidy, relief, treatment, schooling, a job, an
  examination) withheld as a sanction, or a sanction laid on the offender's relatives;
* ``fee``      — money (a deposit, or a sum named in 元) the sentence makes a private party pay, not a lawful payment
  (``fee.lawful``: a tax, social insurance, a contract price) nor a voluntary one;
* ``license``  — for a fee finding: the payment is a condition of an approval (…缴纳保证金后方可办理/未缴纳的不予批准);
  for other findings (round 25): the act gated by a listing, another body's paper, an inspection, a filing or a
  consent (review/norms/paper.py ``gates``), or the applications to set up frozen (暂停受理新设……的设立申请);
* ``upper-law``— the sentence names an upper article and adds to what it lists (除《X》第N条规定的条件外，还应当……).

An added category is recorded with the words that show it (``detail["categories_read"]``: category → words) and named
in the finding's problem (另，“……”……亦属……问题), so that the memo names every problem of the clause; the finding's own
category, rule, title and suggestion lead as before. No finding is made or dropped here: a category is added only
to a finding that stands already, so a lawful look-alike is flagged exactly as often as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .match import BURDENS
from .norms.kin import RELATIVE

# findings on what a norm does (not names, citations, dates, procedure, agreements' terms)
CONTENT = BURDENS | {"power", "fair-competition", "upper-law", "repealed-law"}
# the concepts the readings ask the norm analysis for
WANTED = ("proof.document", "proof.hand_in", "proof.exempt", "proof.lawful_record", "fee.pay", "fee.deposit",
          "fee.lawful", "voluntary", "violation")

# the sanctions of a penalty's kind (行政处罚法 第九条: 罚款、没收、暂扣或者吊销许可证件、降低资质等级、限制开展生产经营活动、
# 责令停产停业、责令关闭、限制从业、行政拘留) — not a refusal to act on an application (不予受理), not a notice
_PENALTY_KINDS = frozenset({"sanction.fine", "sanction.confiscation", "sanction.revocation", "sanction.suspension",
                            "sanction.closure", "sanction.downgrade", "sanction.disqualification",
                            "sanction.business_limit", "sanction.detention"})
# what a person lives on or stands by: a withheld one is a right reduced (立法法 第九十三条第六款)
_LIVELIHOOD = re.compile(r"补贴|补助|救助|低保|最低生活保障|待遇|福利|抚恤|优待|养老|医疗|报销|社会保险|保障房|公租房|廉租|"
                         r"住房|入学|就学|升学|学籍|报考|招考|考试|录用|就业|入伍|参军|征兵|户口|落户|居住证|分红|收益分配")
_BEFORE_SANCTION = 40
# the sentence names a wrong before its sanction: a conduct refused or a wrong already dealt with (拒报、迟报、失信、
# 被查处、受到处罚) …
_WRONG = re.compile(r"拒[报绝交缴]|迟报|失信|违约|被查处|受到[^，。；]{0,8}(处罚|处分)|被处罚")
# … or a mention of the concept ``violation`` that names a violation as such (the concept holds 未…/不合格 too:
# 户口未迁出 is a status, 年审不合格 a gate failed)
_STRONG = re.compile(r"违反|违规|违法|拒不|拒绝|擅自|逾期不|逾期未|未按(规定|要求|照规定)|不按(规定|要求)|不服从|不配合|弄虚作假|失信")
# 涉嫌……: a measure while a case is looked into is interim (coercion's), not a sanction
_SUSPECTED = re.compile(r"涉嫌|嫌疑")
# a fraud (骗取、虚报、伪造……): what it obtained taken back is the benefit's own terms (行政许可法 第六十九条第二款: 撤销);
# only a bar for a period after it (五年内不得再申请) is a sanction of the penalty's kind
_FRAUD = re.compile(r"瞒报|虚报|谎报|骗取|骗领|冒领|不实|弄虚作假|隐瞒|伪造|变造|造假|提供虚假|以欺骗")
_PERIOD = re.compile(r"[一二三四五六七八九十两0-9０-９]+年(内|之内|以内)|终身")
# the sentence extends an upper article's list: 除《X》第N条规定的条件外，还应当……; 在《X》规定的条件基础上，另须……
_EXTENDS_UPPER = re.compile(r"除[^。；]{0,30}《[^》]{2,40}》[^。；]{0,16}(规定|所列|列明)的?[^。；]{0,12}外[，,]?[^。；]{0,16}"
                            r"(还|另|再|并)(应当|须|需要?|必须|要|得)"
                            r"|在《[^》]{2,40}》[^。；]{0,16}(规定|所列)的?[^。；]{0,8}基础上[，,]?[^。；]{0,12}(还|另|再|增加)")
_MONEY = re.compile(r"[0-9０-９一二三四五六七八九十百千万两]+\s*(元|万元)")
_GOVERNMENT = "role.government"
# the forms in which the norm reading finds an approval or registration gating the activity
_GATES = ("only_then", "unless", "otherwise")


# a paper another body issues, whatever it is called (出具的无违法犯罪记录材料, 开具的……凭证), or one the applicant must
# fetch from a body (到县档案馆开具……凭证): what a 证明事项 is (国办发〔2018〕47号)
_ISSUED_PAPER = re.compile(r"(出具|开具|签发|盖章|签章)的(?![^，。；、]{0,16}(审批|批准|许可|核准|准予))[^，。；、]{1,24}?"
                           r"(材料|凭证|证明|意见书?|说明|确认书|确认函|函)")
_FETCHED_PAPER = re.compile(r"(应当|须|需要?|必须|要)[^，。；]{0,4}到[^，。；]{1,16}(开具|出具|开)[^，。；]{0,20}(证明|凭证|材料|说明)")
# a paper another made: its issuer, signer, notary or the consent it records (持下列证件证明 is the party's own)
_OTHERS_PAPER = re.compile(r"出具|开具|签发|加具|盖章|签章|签署|签字|签名|公证|同意|证实|确认|核实|鉴定|无异议")


def _proof(norm, sentence: str, lex) -> str:
    """The paper a private party must hand in: a hand-in verb before a ``proof.document`` within the phrase."""
    if norm.relief or norm.bears((_GOVERNMENT,)):
        return ""
    if norm.modal not in ("duty", "prohibition") and not norm.preconditions:
        return ""
    if norm.found("proof.exempt") or norm.found("proof.lawful_record"):
        return ""
    if not norm.basis.provided:
        # round 23: the proof category's own norm reading (review/norms/paper.py), any third body, any paper noun
        from .norms.paper import papers

        found = papers(sentence, norm.header)
        if found:
            return found[0].text
    base = norm.start
    for h in norm.found("proof.hand_in"):
        m = _ISSUED_PAPER.search(sentence, h.end - base, h.end - base + 40)
        if m and not re.search(r"[。；;]", sentence[h.end - base:m.start()]):
            return sentence[h.start - base:m.end()]
    m = _FETCHED_PAPER.search(sentence)
    if m:
        return m.group(0)
    for d in norm.found("proof.document"):
        for h in norm.found("proof.hand_in"):
            gap = sentence[h.end - base:d.start - base]
            if 0 <= d.start - h.end <= 40 and not re.search(r"[。；;]", gap) and _OTHERS_PAPER.search(gap + d.text):
                return sentence[h.start - base:d.end - base]
    return ""


def _for_wrong(norm, sentence: str, s, lenient: bool = False) -> bool:
    """Whether sanction ``s`` is laid for a wrong the sentence names before it (see ``_FRAUD`` for a fraud).
    ``lenient``: the analyser's ``on_violation`` is enough — on a finding whose own rule read the sentence as a
    sanction already (a penalty or coercion finding)."""
    at = s.start - norm.start
    before = sentence[max(0, at - _BEFORE_SANCTION):at]
    if _SUSPECTED.search(before):
        return False
    if _FRAUD.search(before):
        return bool(_PERIOD.search(sentence[max(0, at - 12):at + 24]))
    # not the analyser's ``on_violation`` alone: its violation concept holds a status (户口未迁出) and a gate failed
    # (年审不合格) too
    return ((lenient and s.on_violation) or bool(_WRONG.search(before))
            or any(m.start - norm.start < at and _STRONG.match(sentence, m.start - norm.start)
                   for m in norm.found("violation")))


# a body declining to act on an application (不予受理, 不予办理登记手续): the gate's consequence, not a penalty
_DECLINED = re.compile(r"受理|办理|审批|批准|核准|登记|许可|备案|审核|手续")


_UNTIL = re.compile(r"^[^。；]{0,30}(直至|直到|待[^。；，]{0,16}(后|之后)[^。；，]{0,6}(恢复|返还|放行|解除|退还))"
                    r"|^[^。；]{0,30}至[^。；，]{0,12}(结清|缴清|改正|整改|履行|完成|结束)[^。；，]{0,4}(之日|时|后|为止)"
                    r"|^[^。]{0,40}(后|之后)[，,]?[^。；]{0,16}(继续|恢复)(支付|发放|办理|供|享受)")


def _penalty(norm, sentence: str, lex) -> str:
    """A sanction of a penalty's kind laid on the offender for a wrong the sentence names before it."""
    if norm.basis.provided or norm.relief:
        return ""
    for s in norm.sanctions:
        after = sentence[s.end - norm.start:]
        if _UNTIL.search(after):
            continue        # held until the party complies (直至其履行……): a measure to compel, coercion's concept
        if s.concept in _PENALTY_KINDS and s.bearer == "offender" and not _DECLINED.search(s.text) and (
                _for_wrong(norm, sentence, s)):
            return s.text
    # round 26: money counted by the day or the unit on the party's own wrong, under any name (超期占用金): a fine
    from .norms.charge import sanctioning

    return sanctioning(sentence)


def _rights(norm, sentence: str, lex) -> str:
    """A livelihood or standing withheld as a sanction, or a sanction laid on the offender's relatives."""
    if norm.basis.provided or norm.relief:
        return ""
    on_relatives = ""
    for s in norm.sanctions:
        if s.bearer not in ("offender", "relative"):
            continue
        at = s.start - norm.start
        phrase = re.split(r"[，,。；;]", sentence[at:])[0]
        near = sentence[max(0, at - 12):at]
        if re.search(r"造成|导致|致使|影响", near):
            continue        # a harm described (造成业主子女不能正常入学，其责任由开发商承担), no measure laid
        if _LIVELIHOOD.search(phrase) and _for_wrong(norm, sentence, s, lenient=True):
            return phrase   # the livelihood withheld is what the memo names first
        if not on_relatives and (s.bearer == "relative" or re.search(rf"({RELATIVE})[^，。；]{{0,4}}$", near)):
            on_relatives = near[-6:] + s.text
    return on_relatives


# a natural person (not a firm) — the one a gate on work or a bar on a complaint falls on
_PERSON = r"(务工|外来|外地|流动)?(人员|劳动者|求职者|居民|村民|农民工|群众|个人|公民|职工|工人)"
_PERSON_GATED = re.compile(_PERSON + r"[^。；]{0,40}(方可|才能|方能|不得|不予|一律不)[^，。；]{0,6}"
                                     r"(上岗|就业|务工|从业|录用|聘用|作业|工作|入职)")
_PERSON_SILENCED = re.compile(_PERSON + r"[^。；]{0,12}(不得|禁止|严禁|不准|不许)[^，。；]{0,16}"
                                        r"(反映|信访|上访|举报|投诉|控告|申诉|起诉|申请复议|复议|诉讼|求助)")


def _person(norm, sentence: str, lex) -> str:
    """A person's work gated on origin or residence (就业促进法 第三条), or a person barred from a complaint or a
    remedy (宪法 第四十一条): a right reduced, whichever rule reports the sentence."""
    if norm.relief or norm.basis.provided:
        return ""
    m = _PERSON_GATED.search(sentence) or _PERSON_SILENCED.search(sentence)
    return m.group(0) if m else ""


# a sum the applicant bears (评估所需200元由申请人自行承担)
_SUM_BORNE = re.compile(r"[0-9０-９一二三四五六七八九十百千万两]+\s*(元|万元)[^，。；]{0,4}由(?![^，。；]{0,8}(政府|财政|机关|部门|局|败诉|过错|违约))"
                        r"[^，。；]{1,10}(承担|负担|支付|自理)")


def _fee(norm, sentence: str, lex) -> str:
    """Money a private party must pay: a deposit, a sum in 元 with a paying verb, a sum it bears; not a lawful or
    voluntary payment."""
    if norm.relief or norm.basis.provided or norm.found("fee.lawful") or norm.found("voluntary"):
        return ""
    if norm.bears((_GOVERNMENT,)):
        return ""
    if not norm.basis.provided:
        # round 24: the fee category's own norm reading (review/norms/charge.py), any money noun, payer and payee
        from .norms.charge import charges

        found = charges(sentence, norm.header)
        if found:
            return found[0].text
    m = _SUM_BORNE.search(sentence)
    if m:
        return m.group(0)
    if norm.modal not in ("duty",) and not norm.preconditions:
        return ""
    pays = norm.found("fee.pay")
    for d in norm.found("fee.deposit"):
        if any(abs(p.start - d.start) <= 20 for p in pays):
            return d.text
    for p in pays:
        m = _MONEY.search(sentence, p.end - norm.start, p.end - norm.start + 16)
        if m and not re.search(r"[，,。；;]", sentence[p.end - norm.start:m.start()]):
            return sentence[p.start - norm.start:m.end()]
    return ""


# the payment opens an approval, a filing or the activity itself: ……缴纳……后方可办理备案 / 未交纳……的，不予批准
_PAID_GATE = re.compile(r"(缴纳|交纳|缴存|交存|预存|存入|缴清|预交|预缴)[^。；]{0,30}?(后|之后|以后)[，,]?[^。；]{0,6}(方可|方能|才能|才可|方予|再予)"
                        r"[^，。；]{0,4}(办理|取得|开工|施工|营业|经营|招收|招生|开展|从事|进场|入驻|堆放|生产|销售|运营|备案|登记|审批|批准|许可|开业)"
                        r"|未(按[^。；，]{0,8})?(缴纳|交纳|缴存|交存|预存|存入|缴清|预交|预缴)[^。；]{0,20}?的[，,][^。；]{0,12}"
                        r"(不予|不得|暂不|一律不)(批准|审批|办理|受理|登记|备案|核准|许可|发放|颁发|开工|施工|营业|经营|堆放|进场|使用)"
                        # … or collected by the body as it handles a licence (在办理《建设工程施工许可证》时应收取……预缴费函: D080, round 25)
                        r"|(办理|核发|发放|审批|申领)[^。；]{0,20}(许可证?》?|执照》?|证书》?)[^。；]{0,4}时[，,]?[^。；]{0,8}(应当?|须|需)?(收取|缴纳|交纳|预缴)")


def _license(norm, sentence: str, lex) -> str:
    """For a payment: it is a condition of an approval, a filing or the activity (a gate the norm reading found, or the
    payment named as what opens it)."""
    for p in norm.preconditions:
        if p.concept in ("approval", "registration") and p.form in _GATES:
            return p.text
    m = _PAID_GATE.search(sentence)
    return m.group(0) if m else ""


def _gated(norm, sentence: str, lex) -> str:
    """For a finding of another category: the sentence gates a private party's act on a listing, a paper another body
    issues, an inspection, a filing or a consent, or freezes the applications to set up (review/norms/paper.py ``gates``)."""
    if norm.basis.provided or norm.relief:
        return ""
    from .norms.paper import gates

    found = gates(sentence, norm.header)
    return found[0].text if found else ""


def _private_consent(norm, sentence: str, lex) -> str:
    """For a licence finding: the consent required is a private third party's (an employer, an operator, a firm;
    review/norms/approver.py ``private_consent``) — a duty laid on the person and a right reduced, not a licence."""
    if norm.basis.provided or norm.relief:
        return ""
    from .norms.approver import private_consent

    return private_consent(sentence)


def _upper(norm, sentence: str, lex) -> str:
    m = _EXTENDS_UPPER.search(sentence)
    return m.group(0) if m else ""


# (category, the finding categories the reading may add it to, the reading, what the memo says of it: the words found
# fill {words})
READINGS = (
    ("proof", frozenset({"license", "rights", "fair-competition", "power", "fee", "upper-law", "coercion"}), _proof,
     "另，“{words}”要求相对人提交由其他主体出具的材料，亦属证明事项问题：没有法律、行政法规或者国务院决定依据的，不得要求提供。"),
    ("penalty", frozenset({"rights", "license", "fee", "power", "fair-competition"}), _penalty,
     "另，“{words}”是对违法违规行为的惩戒，亦属变相设定行政处罚问题：规范性文件不得设定行政处罚。"),
    ("rights", frozenset({"penalty", "coercion", "license", "power", "family-planning"}), _rights,
     "另，“{words}”以惩戒方式限制相对人或者其亲属依法享有的待遇、资格，亦属减损权利问题。"),
    ("rights", frozenset({"license"}), _private_consent,
     "另，“{words}”要求相对人事先取得其他单位、经营者的同意，使他人可以否决其依法自主择业、经营或者处分财产，亦属减损权利、增加义务问题。"),
    ("rights", frozenset({"fair-competition", "power"}), _person,
     "另，“{words}”限制个人就业或者反映、救济的权利，亦属减损权利问题。"),
    ("fee", frozenset({"license", "proof", "power", "rights", "upper-law", "coercion", "fair-competition"}), _fee,
     "另，“{words}”要求相对人缴纳款项，亦属收费（保证金）问题：没有法律、行政法规或者国务院批准的依据，不得收取。"),
    ("license", frozenset({"fee"}), _license,
     "另，“{words}”以缴款作为批准、办理或者从事活动的前提，亦属变相设定行政许可问题。"),
    ("license", frozenset({"rights", "upper-law", "fair-competition", "proof", "power", "penalty", "coercion"}), _gated,
     "另，“{words}”把相对人从事活动挂在名录、其他机关的文书、验收核查、备案或者他人同意之后，亦属变相设定行政许可问题。"),
    ("upper-law", frozenset({"license", "proof", "fee", "rights", "power"}), _upper,
     "另，“{words}”在上位法规定的条件或者材料之外增加要求，亦属与上位法不一致问题。"),
)


_AROUND = 60


def _quoted_sentences(f) -> list[tuple[str, str]]:
    """The sentences of ``f``'s clause its quote stands in (each with the clause's list header)."""
    from .sentences import sentence_bounds, sentence_spans

    text = f.clause.text
    q = (f.quote or "").strip()
    at = text.find(q) if q else -1
    header = getattr(f.clause, "header", "") or ""
    if at < 0:
        return []
    end = at + len(q)
    s0, _ = sentence_bounds(text, at, at + 1)
    _, s1 = sentence_bounds(text, max(at, end - 1), end)
    # the words around the finding, not a whole table or list run together without a full stop (D001: fifteen
    # conditions in one "sentence"): at most ``_AROUND`` characters either side of the quote
    s0, s1 = max(s0, at - _AROUND), min(s1, end + _AROUND)
    return [(text[a:b], header) for a, b in sentence_spans(text[s0:s1]) for a, b in [(s0 + a, s0 + b)]]


def read_categories(findings: list, lexicon=None) -> list:
    """Each content finding with the categories the norms of its quoted sentences show added (see the module
    docstring); order, wording and everything else kept."""
    lex = None
    out = []
    for f in findings:
        if f.clause is None or f.severity not in ("error", "warning") or f.category not in CONTENT:
            out.append(f)
            continue
        if lex is None:
            from .norms.lexicon import default_lexicon

            lex = lexicon or default_lexicon()
        out.append(_with_read(f, lex))
    return out


def _with_read(f, lex):
    from .norms.analyse import analyse

    carried = list(f.detail.get("categories") or (f.category,))
    read: dict[str, str] = {}
    notes: list[str] = []
    for sentence, header in _quoted_sentences(f):
        norms = None
        for category, onto, reading, memo in READINGS:
            if category in carried or category in read or f.category not in onto:
                continue
            if norms is None:
                norms = [n for n in analyse(sentence, lex, header, WANTED)
                         if not {"description", "history", "quotation", "question", "definition"} & set(n.context)]
            for n in norms:
                # (the gate reads the whole sentence: its duty to file may stand a semicolon before the refusal)
                words = reading(n, sentence if reading is _gated else n.text, lex)
                if words:
                    read[category] = words
                    notes.append(memo.format(words=words.strip()))
                    break
    if not read:
        return f
    problem = f.problem.rstrip()
    for note in notes:
        if note not in problem:
            problem = problem + note
    return replace(f, problem=problem,
                   detail={**f.detail, "categories": carried + list(read),
                           "categories_read": {**(f.detail.get("categories_read") or {}), **read}})
