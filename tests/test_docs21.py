"""Round 21, issue 9 (docs21): residence, hukou and access conditions that 居住证暂行条例 and 社会保险法 leave no room
for — the largest group of missed labels on the 166 labelled real documents — read as concepts, each with its
look-alikes, and what a cleanup sweep keeps of them.

* **C-RIGHTS-HUKOU-SERVICE**: taking part in social insurance, or a service a 居住证 holder has (第十二条: 公共就业服务,
  基本公共卫生, 公共文化, 法律援助, 义务教育; 第十三条: 机动车登记, 职业资格考试), limited to a local hukou — a definition
  (灵活就业人员是指具有本市户籍的), the scheme's members (参保对象为本县户籍的), a list item under "下列人员参加……保险",
  "仅面向本区户籍居民", local pupils placed first. Not: 不受户籍限制, a subsidy to local assistance recipients, the
  document granting the holder the services. Kept by the sweep (``engine.SWEEP_CONTENT_RULES``): it reads a clause
  against named provisions, unlike the other rights warnings a sweep leaves to ``review``.
* **C-UPPER-PERMIT-COND**: 居住证 conditions that are not 第二条's — a card after thirty days (the old 暂住证 shape),
  a card on mere residence registration, several conditions "同时符合" where the law asks one of three.
* **C-UPPER-PERMIT-ISSUE-DAYS**: issuance slower than 第九条's fifteen days (sixteen days or working days and more).
* **C-UPPER-TOWN-SETTLE**: settling in a 建制镇, 小城镇 or 县城 made to depend on a job, insurance or years, or
  "controlled" for outsiders (第十六条第（一）项: a lawful stable home only).
* **C-PROOF-PERMIT-ADDRESS**: in a document on the 居住证 (its title), a rental contract plus a second paper (备案凭证,
  出租人的治安责任保证书, 产权人的产权证明) as the proof of address (第九条第二款: one of them is enough).

Rows are from tests/fixtures/rewordings/docs21.toml and the real documents (../shared/data/documents/txt)."""

from __future__ import annotations

import pytest

from review.engine import SWEEP_CONTENT_RULES, ReviewOptions, review_document
from review.metadata import apply_metadata
from review.readers import build_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS
from tests.real_lines import AS_OF, DOCS, document_line, review_lines

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")

NEW_RULES = ("C-RIGHTS-HUKOU-SERVICE", "C-UPPER-PERMIT-COND", "C-UPPER-PERMIT-ISSUE-DAYS", "C-UPPER-TOWN-SETTLE",
             "C-PROOF-PERMIT-ADDRESS")


def _rules_on(text: str, corpus, title: str = "某市流动人口服务管理办法") -> set[str]:
    opinion = review_lines("\n".join([title, text, "某市人民政府", "2015年3月1日"]), corpus)
    return {r for f in opinion.findings if f.severity in ("error", "warning") for r in _rules_of(f)}


def _rules_of(f) -> list[str]:
    """The finding's rule and those merged into it on the same words (review.merge)."""
    merged = [m.get("rule") for m in f.detail.get("merged") or () if isinstance(m, dict)]
    return [*(f.detail.get("rules") or [f.rule]), *merged]


ROWS = [
    # (id, clause, rule expected or None for a look-alike)
    ("灵活就业 defined by local hukou", "第二条　本办法所称灵活就业人员，是指具有本市户籍、未达到法定退休年龄的非全日制从业人员。",
     "C-RIGHTS-HUKOU-SERVICE"),
    ("scheme members by local hukou", "第三条　城乡居民基本医疗保险的参保对象为具有本县户籍的城乡居民和灵活就业人员。",
     "C-RIGHTS-HUKOU-SERVICE"),
    ("公共文化 only for locals", "第四条　公共图书馆、文化馆的免费借阅、培训服务，仅面向本区户籍居民提供。", "C-RIGHTS-HUKOU-SERVICE"),
    ("公共就业服务 only for locals", "第五条　具有本市户籍的失业人员，方可在户籍所在地公共就业服务机构办理失业登记、享受免费职业介绍。",
     "C-RIGHTS-HUKOU-SERVICE"),
    ("local pupils first", "第六条　区教育局在户籍适龄儿童入学安排完毕后，根据剩余学位情况安排进城务工人员随迁子女就读。",
     "C-RIGHTS-HUKOU-SERVICE"),
    ("a card after thirty days", "第七条　来本县居住三十日以上的流动人口，由公安派出所发给居住证。", "C-UPPER-PERMIT-COND"),
    ("a card on registration", "第八条　对已经申报居住登记的流动人口，经审核后发给居住证。", "C-UPPER-PERMIT-COND"),
    ("all conditions together", "第九条　外来人员申领居住证，应当同时具备合法稳定就业和合法稳定住所。", "C-UPPER-PERMIT-COND"),
    ("thirty working days", "第十条　公安派出所应当自受理居住证申请之日起三十个工作日内，完成审核、制证并发放。",
     "C-UPPER-PERMIT-ISSUE-DAYS"),
    ("twenty working days, the card last", "第十一条　受理后，公安机关应在20个工作日内完成居住证制作和发放工作。",
     "C-UPPER-PERMIT-ISSUE-DAYS"),
    ("town settling strictly controlled", "第十二条　对市外人员在本市建制镇落户，实行从严控制。", "C-UPPER-TOWN-SETTLE"),
    ("town settling with a job and insurance years",
     "第十三条　外地人员在本县小城镇申请落户的，除有合法稳定住所外，还应当有稳定就业并缴纳社会保险满两年。", "C-UPPER-TOWN-SETTLE"),
    # look-alikes
    ("the document grants the holder the services", "第十四条　居住证持有人在居住地享有义务教育、基本公共就业服务、基本公共卫生和"
     "计划生育服务、公共文化体育服务、法律援助等基本公共服务。", None),
    ("equal schooling granted", "第十五条　持有本县居住证的进城务工人员随迁子女，与本县户籍学生同等享受就近入学的权利。", None),
    ("the government's own duty", "第十六条　县人民政府应当将常住人口全部纳入基本公共服务保障范围，逐步扩大居住证持有人享有的公共服务。", None),
    ("citing the article that provides it", "第十七条　依照《居住证暂行条例》第十三条的规定，居住证持有人可以在居住地申领机动车驾驶证、"
     "办理机动车登记。", None),
    ("points settling in a big city", "第十八条　在本市连续居住满五年、参加社会保险满五年的居住证持有人，可以按照积分落户办法申请落户。",
     None),
    ("housing security terms set locally", "第十九条　申请公共租赁住房的外来务工人员，应当在本市稳定就业满一年。", None),
    ("both groups placed, no order", "第二十条　本区户籍的适龄儿童少年，由户籍所在学区学校安排入学；随迁子女凭居住证由居住地教育部门"
     "统筹安排入学。", None),
    ("restates 第十六条（一）", "第二十一条　在建制镇有合法稳定住所（含租赁）的人员，本人及其共同居住生活的配偶、子女、父母，可以在"
     "当地申请登记常住户口。", None),
    ("restates 第九条", "第二十二条　公安派出所应当自受理之日起十五日内制作发放居住证；交通不便的偏远地区，最长不超过三十日。", None),
    ("fifteen working days: left unsaid", "第二十三条　对符合居住证申领条件的，公安机关应当自受理之日起15个工作日内发放居住证。", None),
    ("protective prohibition", "第二十四条　用人单位不得以劳动者不具有本市户籍为由拒绝招用或者在参加社会保险方面区别对待。", None),
    ("access opened", "第二十五条　符合条件的灵活就业人员，不受户籍限制，可以在就业地参加企业职工基本养老保险和职工基本医疗保险。", None),
    ("a subsidy to local assistance recipients", "第二十六条　本市户籍的城乡低保对象，其参加城乡居民医疗保险的个人缴费部分由财政"
     "全额资助。", None),
    ("第二条 itself", "第二十七条　公民到本县居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证。", None),
    ("registration within thirty days", "第二十八条　流动人口应当自到达居住地之日起三十日内，向居住地公安派出所申报居住登记。", None),
    ("towns opened", "第二十九条　全面放开建制镇和小城市落户限制，不得附加就业、社会保险年限等条件。", None),
    ("settling by home or by job, either", "第三十条　进入城市、建制镇居住生活的人员，可以凭合法稳定住所（含租赁）条件申请落户城镇，"
     "也可以凭合法稳定就业条件申请落户。", None),
]


@pytest.mark.parametrize("text,rule", [pytest.param(*r[1:], id=r[0]) for r in ROWS])
def test_residence_rows(text, rule, corpus):
    got = _rules_on(text, corpus) & set(NEW_RULES)
    if rule is None:
        assert not got, got
    else:
        assert rule in got, got


ADDRESS_TITLE = "某市居住证办理须知"


@pytest.mark.parametrize("text,expected", [
    ("2、居住在租赁住房的，提供房屋租赁合同，并提交出租屋登记备案证明。", True),
    ("（二）租房居住的，提交房屋租赁协议及出租人与派出所签订的治安责任保证书。", True),
    # one of 第九条's papers is enough: the rental contract among the alternatives
    ("二、以下居住地住址证明之一：房屋所有权证明、房屋租赁登记备案凭证、房屋租赁合同、单位出具的住宿证明。", False),
    ("2、租住私房的，提供房屋租赁合同或者出租人出具的住宿证明。", False),
])
def test_address_proof_in_a_permit_document(text, expected, corpus):
    assert ("C-PROOF-PERMIT-ADDRESS" in _rules_on(text, corpus, ADDRESS_TITLE)) is expected


def test_address_proof_only_in_a_permit_document(corpus):
    """A 公租房 application may ask for the rental contract's 备案 (another scheme's terms): the rule reads only a
    document whose title is about the 居住证 (``engine.document_tags``: 居住证文件), never a talent card's."""
    text = "2、居住在租赁住房的，提供房屋租赁合同，并提交出租屋登记备案证明。"
    assert "C-PROOF-PERMIT-ADDRESS" not in _rules_on(text, corpus, "某市公共租赁住房申请须知")
    assert "C-PROOF-PERMIT-ADDRESS" not in _rules_on(text, corpus, "某市人才居住证办理须知")


def test_sweep_keeps_the_hukou_service_warning(corpus):
    """The sweep leaves rights warnings to ``review`` except the rules in SWEEP_CONTENT_RULES (a named provision)."""
    assert "C-RIGHTS-HUKOU-SERVICE" in SWEEP_CONTENT_RULES
    lines = ["某市社会医疗保险办法", "第七条　本办法所称参保人，是指已参加基本医疗保险的人员。",
             "第八条　下列人员应当参加本市基本医疗保险：", "（一）本市行政区域内所有用人单位的在职人员；",
             "（二）本市户籍的城乡居民及灵活就业人员；", "第九条　基本医疗保险费按月缴纳。", "某市人民政府", "2013年3月1日"]
    doc = apply_metadata(build_document("t.txt", lines, "text"))
    opinion = review_document(doc, corpus, load_packs(), ReviewOptions(as_of=AS_OF, topics=SWEEP_TOPICS, upper_law=False))
    found = [f for f in opinion.findings if "C-RIGHTS-HUKOU-SERVICE" in _rules_of(f)]
    assert found and found[0].severity == "warning" and "本市户籍的城乡居民" in found[0].quote, opinion.findings


@needs_docs
@pytest.mark.parametrize("doc_id,words,rule", [
    ("D024", "本办法所称灵活就业人员", "C-RIGHTS-HUKOU-SERVICE"),          # 第七十八条第三款, labelled rights
    ("D030", "具有本市户籍且年满18周岁的非从业居民", "C-RIGHTS-HUKOU-SERVICE"),   # 第八条（二）
    ("D078", "户籍学生义务教育学位派定完成后", "C-RIGHTS-HUKOU-SERVICE"),
    ("D052", "流动人口同时符合下列条件的", "C-UPPER-PERMIT-COND"),           # 第十七条, labelled upper-law/rights, high
    ("D089", "流动人口拟在居住地居住30日以上的", "C-UPPER-PERMIT-COND"),
    ("D045", "对于已经申报居住登记的流动人口", "C-UPPER-PERMIT-COND"),
    ("D110", "非深户籍人员申领居住证应当同时符合下列条件", "C-UPPER-PERMIT-COND"),
    ("D086", "受理回执》后20个工作日内完成证件制作", "C-UPPER-PERMIT-ISSUE-DAYS"),
    ("D095", "在其他小城镇落户的", "C-UPPER-TOWN-SETTLE"),
    ("D095", "适度控制市外来渝人员", "C-UPPER-TOWN-SETTLE"),
])
def test_real_labelled_places(doc_id, words, rule, corpus):
    assert rule in _rules_on(document_line(doc_id, words), corpus, "某市流动人口居住管理规定"), (doc_id, words)


@needs_docs
@pytest.mark.parametrize("doc_id,words", [
    ("D088", "可以凭合法稳定住所（含租赁）条件申请落户城镇"),     # home or job, either: the sweep's FP before the 可以 guard
    ("D111", "应当自受理之日起15个工作日内发放居住证"),           # fifteen working days: not labelled, left unsaid
    ("D079", "以下居住地住址证明之一"),                           # the alternatives, the rental contract among them
])
def test_real_lookalikes(doc_id, words, corpus):
    got = _rules_on(document_line(doc_id, words), corpus, "某市居住证办理须知") & set(NEW_RULES)
    assert not got, (doc_id, got)


@needs_docs
def test_real_address_proof(corpus):
    """D079 (成都市居住证办理须知): a rental contract plus one of three more papers (labelled proof/upper-law). Its
    "提供房屋租赁合同、房屋租赁登记备案凭证" (a 、 joins them) is still missed: a 、 list is most often a list of options."""
    line = document_line("D079", "提供房屋租赁合同（原件和复印件），同时提供下列三种证明材料之一")
    assert "C-PROOF-PERMIT-ADDRESS" in _rules_on(line, corpus, "成都市居住证办理须知")
