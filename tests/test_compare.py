"""compare(): what a draft clause quietly altered in the upper-level article it restates.

Upper texts are real articles from the default corpus; clauses are the labelled drafts in
tests/fixtures/drafts (category "upper-law" and their lawful look-alikes) and local restatements
written the way drafts write them.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from review.compare import Change, Comparison, cites_article, compare, compare_unguarded, summarise
from review.compare.grading import GradingTableError, grade, tables
from review.compare.normalise import MAX_CHARS
from review.quantities import find_quantities

DRAFTS = Path(__file__).parent / "fixtures" / "drafts"


@pytest.fixture(scope="module")
def article(corpus):
    def get(law: str, number: int, paragraph: int | None = None, item: int | None = None) -> str:
        works = corpus.find_works(law)
        assert works, law
        p = corpus.provision(works[0].versions[-1].version_id, number, paragraph=paragraph, item=item)
        assert p is not None, (law, number, paragraph, item)
        return p.text
    return get


def draft_article(stem: str, label: str) -> str:
    """The text of article ``label`` of the fixture draft whose name starts with ``stem`` (label removed)."""
    path = next(DRAFTS.glob(f"{stem}*.txt"))
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    out: list[str] = []
    inside = False
    for ln in lines:
        if re.match(r"^第[一二三四五六七八九十百零]+[条章节]", ln):
            if inside:
                break
            if ln.startswith(label):
                inside = True
                ln = ln[len(label):].strip()
        if inside and ln:
            out.append(ln)
    assert out, (stem, label)
    return "\n".join(out)


def kinds(result: Comparison) -> set[tuple[str, str]]:
    return {(c.kind, c.severity) for c in result.changes}


def assert_spans(result: Comparison, clause: str, upper: str) -> None:
    for ch in result.changes:
        assert ch.clause_span in clause and ch.upper_span in upper, ch
        assert ch.severity in ("info", "warning", "error") and ch.message


# ---------------------------------------------------------------- labelled drafts

@pytest.mark.parametrize("stem, label, law, number, paragraph, faithful, expected, quote", [
    # 动物防疫法第三十条第一款 restated with 业委会/物业同意证明 and neighbours' consent added: 增设登记条件
    ("梧溪", "第六条", "动物防疫法", 30, None, False, {("condition_added", "warning")},
     "业主委员会或者物业服务企业出具的同意饲养证明以及相邻住户签字同意的书面意见"),
    # lawful look-alike: 动物防疫法第三十条第二款 copied word for word
    ("梧溪", "第十三条", "动物防疫法", 30, None, True, set(), None),
    # 民法典第一千二百四十五条 with the 但书 (被侵权人故意或者重大过失) deleted and 全部 added
    ("梧溪", "第十四条", "民法典", 1245, None, False,
     {("exception_removed", "error"), ("scope_changed", "warning")}, "全部"),
    # 动物防疫法第九十二条: 可以处 -> 处, 一千元 -> 二千元, 五千元 -> 一万元 (item 3 moved in front)
    ("梧溪", "第二十三条", "动物防疫法", 92, None, False, {("amount", "error"), ("modal", "warning")},
     "二千元以上一万元以下"),
    # 义务教育法第十二条第二款: 应当 -> 可以根据学位情况, 平等 deleted
    ("南屏", "第五条", "义务教育法", 12, None, False, {("modal", "error"), ("scope_changed", "warning")},
     "当地人民政府可以根据学位情况为其提供接受义务教育的条件"),
    # contradiction, not a restatement (免试入学 vs 入学测试): too different to diff, never faithful
    ("南屏", "第十四条", "义务教育法", 12, None, False, set(), None),
    # lawful look-alike: 广告法第四十二条 copied with 县级以上地方人民政府 -> 市人民政府
    ("澄湖", "第五条", "广告法", 42, None, True, set(), None),
    # lawful look-alike: 行政许可法第四十二条第一款 restated with its time limits
    ("澄湖", "第十条", "行政许可法", 42, None, True, set(), None),
    # 行政许可法第四十二条第一款: 二十日 -> 三十日, 延长十日 -> 十五日, 告知理由 deleted
    ("澄湖", "第十三条", "行政许可法", 42, None, False, {("time_limit", "error"), ("duty_removed", "error")},
     "三十日内"),
    # 行政许可法第五十条第一款 restated faithfully (三十日前), only the 但书 left out
    ("澄湖", "第十五条", "行政许可法", 50, None, True, {("exception_removed", "info")}, None),
    # lawful look-alike: 行政强制法第四十四条 with "行政机关可以依法强制拆除" -> "依法强制拆除"
    ("澄湖", "第十八条", "行政强制法", 44, None, True, set(), None),
    # lawful look-alike: 治安管理处罚法第八十九条第一款 quoted with its sanctions unchanged
    ("梧溪", "第二十四条", "治安管理处罚法", 89, None, True, set(), None),
])
def test_labelled_drafts(article, stem, label, law, number, paragraph, faithful, expected, quote):
    clause = draft_article(stem, label)
    upper = article(law, number, paragraph)
    result = compare(clause, upper)
    assert_spans(result, clause, upper)
    assert result.faithful is faithful, result.to_dict()
    assert expected <= kinds(result), result.to_dict()
    if faithful:
        assert not result.material(), result.to_dict()
    if quote:
        assert any(quote in c.clause_span for c in result.changes if c.severity != "info"), result.to_dict()


# ---------------------------------------------------------------- restatements of real articles

ROWS = [
    # verbatim
    ("行政许可法", 42, 1, "除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。",
     True, set()),
    # Arabic numerals, 本行政机关 -> 本局, punctuation: not changes
    ("行政许可法", 42, 1, "市民政局应当自受理申请之日起20日内作出行政许可决定；20日内不能作出决定的，经本局负责人批准，"
     "可以延长10日，并应当将延长期限的理由告知申请人。", True, set()),
    # 二十日 -> 二十个工作日: longer for the organ
    ("行政许可法", 42, 1, "行政机关应当自受理行政许可申请之日起二十个工作日内作出行政许可决定。", False,
     {("time_limit", "error")}),
    # a shorter deadline for the organ is stricter, not a violation
    ("行政许可法", 42, 1, "行政机关应当自受理行政许可申请之日起十五日内作出行政许可决定。", True,
     {("time_limit", "info")}),
    # 应当告知 -> 可以告知: a protective duty weakened
    ("行政处罚法", 44, None, "行政机关在作出行政处罚决定之前，可以告知当事人拟作出的行政处罚内容及事实、理由、依据，"
     "并告知当事人依法享有的陈述、申辩、要求听证等权利。", False, {("modal", "error")}),
    # 不得 -> 可以: a prohibition turned into a power
    ("行政处罚法", 45, 2, "行政机关可以因当事人陈述、申辩而给予更重的处罚。", False, {("modal", "error")}),
    # an exception added to a prohibition
    ("行政处罚法", 45, 2, "行政机关不得因当事人陈述、申辩而给予更重的处罚，但情节严重的除外。", False,
     {("exception_added", "warning")}),
    # 必须 -> 应当: the same duty
    ("行政处罚法", 45, 1, "当事人有权进行陈述和申辩。行政机关应当充分听取当事人的意见，对当事人提出的事实、理由和证据，"
     "应当进行复核；当事人提出的事实、理由或者证据成立的，行政机关应当采纳。", True, set()),
    # 应当组织听证 -> 可以组织听证
    ("行政处罚法", 63, 1, "行政机关拟作出较大数额罚款决定的，应当告知当事人有要求听证的权利，当事人要求听证的，"
     "行政机关可以组织听证。", False, {("modal", "error")}),
    # a citizen's time limit shortened: 五日 -> 三日
    ("行政处罚法", 64, None, "当事人要求听证的，应当在行政机关告知后三日内提出。", False, {("time_limit", "warning")}),
    # the organ's notice period shortened: 七日前 -> 三日前
    ("行政处罚法", 64, None, "行政机关应当在举行听证的三日前，通知当事人及有关人员听证的时间、地点。", False,
     {("time_limit", "warning")}),
    # the 当场处罚 threshold raised: 二百元 -> 五百元
    ("行政处罚法", 51, None, "违法事实确凿并有法定依据，对公民处以五百元以下、对法人或者其他组织处以三千元以下罚款"
     "或者警告的行政处罚的，可以当场作出行政处罚决定。", False, {("amount", "error")}),
    # 不予行政处罚 -> 可以不予: a mandatory rule made discretionary
    ("行政处罚法", 33, 1, "违法行为轻微并及时改正，没有造成危害后果的，可以不予行政处罚。", False, {("modal", "warning")}),
    # the generic 但书 left out: still applies, info only
    ("行政处罚法", 33, 2, "当事人有证据足以证明没有主观过错的，不予行政处罚。", True, {("exception_removed", "info")}),
    # 五日 (citizen) -> 三日, 二十日 (organ) -> 三十日
    ("行政许可法", 47, 1, "申请人、利害关系人在被告知听证权利之日起三日内提出听证申请的，行政机关应当在三十日内组织听证。",
     False, {("time_limit", "warning"), ("time_limit", "error")}),
    # the citizen must apply earlier: 届满三十日前 -> 六十日前
    ("行政许可法", 50, 1, "被许可人需要延续依法取得的行政许可的有效期的，应当在该行政许可有效期届满六十日前"
     "向作出行政许可决定的行政机关提出申请。", False, {("time_limit", "warning")}),
    # a residence condition added to representation
    ("行政许可法", 29, 2, "申请人可以委托代理人提出行政许可申请，但代理人须具有本市户籍。", False,
     {("condition_added", "warning")}),
    # a substantive exception left out
    ("行政许可法", 29, 2, "申请人可以委托代理人提出行政许可申请。", False, {("exception_removed", "warning")}),
    # the organ's 补正告知 period lengthened inside an enumeration: 五日 -> 十日
    ("行政许可法", 32, None, "申请材料不齐全或者不符合法定形式的，应当当场或者在十日内一次告知申请人需要补正的全部内容。",
     False, {("time_limit", "error")}),
    # 并告知 -> 并可以告知: a protective duty made optional
    ("行政许可法", 38, 2, "行政机关依法作出不予行政许可的书面决定的，应当说明理由，并可以告知申请人享有依法申请行政复议"
     "或者提起行政诉讼的权利。", False, {("modal", "error")}),
    # the generic 但书 of a fee ban left out
    ("行政许可法", 58, 1, "行政机关实施行政许可和对行政许可事项进行监督检查，不得收取任何费用。", True,
     {("exception_removed", "info")}),
    # 不得收取 -> 可以收取
    ("行政许可法", 58, 1, "行政机关实施行政许可和对行政许可事项进行监督检查，可以收取相关费用。", False,
     {("modal", "error")}),
    # faithful local restatement: 本法 -> 本办法, 县级以上…主管部门 -> 市农业农村局 (info)
    ("动物防疫法", 92, None, "违反本办法规定，对饲养的犬只未按照规定定期进行狂犬病免疫接种的，由市农业农村局责令限期改正，"
     "可以处一千元以下罚款；逾期不改正的，处一千元以上五千元以下罚款。", True, {("subject_changed", "info")}),
    # Arabic amounts are the same amounts
    ("动物防疫法", 92, None, "对饲养的犬只未按照规定定期进行狂犬病免疫接种的，由县农业农村局责令限期改正，可以处1000元以下"
     "罚款；逾期不改正的，处1000元以上5000元以下罚款。", True, set()),
    # 1万元: the maximum raised
    ("动物防疫法", 92, None, "对饲养的犬只未按照规定定期进行狂犬病免疫接种的，由县农业农村局责令限期改正，可以处1000元以下"
     "罚款；逾期不改正的，处1000元以上1万元以下罚款。", False, {("amount", "error")}),
    # the minimum lowered: wider discretion
    ("动物防疫法", 92, None, "对饲养的犬只未按照规定定期进行狂犬病免疫接种的，由县农业农村局责令限期改正，可以处一千元以下"
     "罚款；逾期不改正的，处五百元以上五千元以下罚款。", False, {("amount", "warning")}),
    # a narrower range inside the statutory one (裁量基准): info
    ("动物防疫法", 92, None, "对饲养的犬只未按照规定定期进行狂犬病免疫接种的，由县农业农村局责令限期改正，可以处一千元以下"
     "罚款；逾期不改正的，处二千元以上五千元以下罚款。", True, {("amount", "info")}),
    # an organ's power handed to a villagers' committee
    ("动物防疫法", 92, None, "对饲养的犬只未按照规定定期进行狂犬病免疫接种的，由村民委员会责令限期改正，可以处一千元以下"
     "罚款；逾期不改正的，处一千元以上五千元以下罚款。", False, {("subject_changed", "warning")}),
    # 县级以上 -> 街道办事处
    ("动物防疫法", 92, None, "对饲养的犬只未按照规定定期进行狂犬病免疫接种的，由街道办事处责令限期改正，可以处一千元以下"
     "罚款；逾期不改正的，处一千元以上五千元以下罚款。", False, {("subject_changed", "warning")}),
    # a registration condition added to 动物防疫法第三十条第一款
    ("动物防疫法", 30, 1, "单位和个人饲养犬只，应当按照规定定期免疫接种狂犬病疫苗，凭动物诊疗机构出具的免疫证明和本县户籍"
     "证明向所在地养犬登记机关申请登记。", False, {("condition_added", "warning")}),
    # multiples raised: 十倍以上二十倍以下 -> 十倍以上三十倍以下
    ("食品安全法", 122, 1, "货值金额一万元以上的，并处货值金额十倍以上三十倍以下罚款。", False, {("amount", "error")}),
    # 五万元以上十万元以下 written as 5万元以上10万元以下
    ("食品安全法", 122, 1, "违法生产经营的食品、食品添加剂货值金额不足1万元的，并处5万元以上10万元以下罚款。", True, set()),
    # a citizen's application period shortened: 六十日 -> 三十日
    ("行政复议法", 20, 1, "公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起"
     "三十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。", False, {("time_limit", "warning")}),
    # a citizen's period lengthened: favourable, info
    ("行政复议法", 20, 1, "公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起"
     "九十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。", True, {("time_limit", "info")}),
    # 等 dropped: an open list closed (info), 县级以上地方人民政府 -> 市人民政府
    ("广告法", 42, None, "在国家机关、文物保护单位、风景名胜区的建筑控制地带，或者市人民政府禁止设置户外广告的区域，"
     "不得设置户外广告。", True, {("scope_changed", "info")}),
    # faithful localised restatement keeping the 但书
    ("民法典", 1245, None, "饲养的犬只造成他人损害的，养犬人应当承担侵权责任；但是，能够证明损害是因被侵权人故意或者"
     "重大过失造成的，可以不承担或者减轻责任。", True, set()),
    # one tier of a graded article restated (已满10年不满20年 of 1–10 / 10–20 / 20+ years): faithful
    ("职工带薪年休假条例", 3, 1, "职工累计工作已满十年不满二十年的，依照本条例享受年休假十天。", True, set()),
    # the same tier with its leave raised: still an alteration
    ("职工带薪年休假条例", 3, 1, "职工累计工作已满十年不满二十年的，年休假十二天。", False, {("time_limit", "warning")}),
    # faithful: 当地人民政府 -> 市、区人民政府
    ("义务教育法", 12, 2, "父母或者其他法定监护人在非户籍所在地工作或者居住的适龄儿童、少年，在其父母或者其他法定监护人"
     "工作或者居住地接受义务教育的，市、区人民政府应当为其提供平等接受义务教育的条件。", True, set()),
]


@pytest.mark.parametrize("law, number, paragraph, clause, faithful, expected", ROWS)
def test_restatements(article, law, number, paragraph, clause, faithful, expected):
    upper = article(law, number, paragraph)
    result = compare(clause, upper)
    assert_spans(result, clause, upper)
    assert result.faithful is faithful, result.to_dict()
    assert expected <= kinds(result), result.to_dict()
    if faithful:
        assert not result.material(), result.to_dict()


# ---------------------------------------------------------------- a clause that cites the article it restates

CITED_ROWS = [
    # cites 行政强制法第四十三条 and leaves out its 但书 (情况紧急的除外): the citation carries it, info
    ("行政强制法", 43, None, "依照《中华人民共和国行政强制法》第四十三条规定，行政机关不得在夜间或者法定节假日实施行政强制执行。",
     "info"),
    # the same restatement without the citation: the exception is gone, a warning
    ("行政强制法", 43, None, "行政机关不得在夜间或者法定节假日实施行政强制执行。", "warning"),
    # cites another article of the same law: the restated article's exception is not carried
    ("行政强制法", 43, None, "依照《中华人民共和国行政强制法》第四十四条规定，行政机关不得在夜间或者法定节假日实施行政强制执行。",
     "warning"),
    # cites the article by its short title and paragraph (行政许可法第二十九条第二款), 但书 left out: info
    ("行政许可法", 29, 2, "根据《行政许可法》第二十九条第二款的规定，申请人可以委托代理人提出行政许可申请。", "info"),
    # cites the article inside a range (第二十四条至第二十六条) and leaves out 但书 of 第二十五条: info
    ("行政强制法", 25, None, "依照《中华人民共和国行政强制法》第二十四条至第二十六条的规定，查封、扣押的期限不得超过三十日；"
     "情况复杂的，经行政机关负责人批准，可以延长。", "info"),
    # a relieving exception left out (民法典第一千二百四十五条, 可以不承担或者减轻责任) is an error without the citation …
    ("民法典", 1245, None, "饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。", "error"),
    # … and info with it
    ("民法典", 1245, None, "依照《中华人民共和国民法典》第一千二百四十五条的规定，饲养的动物造成他人损害的，"
     "动物饲养人或者管理人应当承担侵权责任。", "info"),
]


@pytest.mark.parametrize("law, number, paragraph, clause, severity", CITED_ROWS)
def test_a_cited_article_carries_its_exception(corpus, article, law, number, paragraph, clause, severity):
    works = corpus.find_works(law)
    cites = cites_article(clause, works[0].title, number)
    upper = article(law, number, paragraph)
    result = compare(clause, upper, cites_upper=cites)
    assert_spans(result, clause, upper)
    removed = [c for c in result.changes if c.kind == "exception_removed"]
    assert removed and {c.severity for c in removed} == {severity}, result.to_dict()
    if severity == "info":
        assert not result.material(), result.to_dict()


@pytest.mark.parametrize("text, law, number, expected", [
    # the full title in 《》 with the article
    ("依照《中华人民共和国行政强制法》第四十三条规定，", "中华人民共和国行政强制法", 43, True),
    # a short title in 《》, with a paragraph
    ("根据《行政强制法》第四十三条第一款规定，", "中华人民共和国行政强制法", 43, True),
    # an article inside a cited range
    ("依照《行政强制法》第四十二条至第四十五条的规定", "中华人民共和国行政强制法", 43, True),
    # the second article of an enumeration
    ("依照《行政强制法》第四十二条、第四十三条的规定", "中华人民共和国行政强制法", 43, True),
    # another article of the same law
    ("依照《行政强制法》第四十四条规定", "中华人民共和国行政强制法", 43, False),
    # the same article number of another law
    ("依照《行政处罚法》第四十三条规定", "中华人民共和国行政强制法", 43, False),
    # a reference to the document itself
    ("违反本办法第四十三条规定的", "中华人民共和国行政强制法", 43, False),
    # the law without an article
    ("依照《中华人民共和国行政强制法》的规定", "中华人民共和国行政强制法", 43, False),
])
def test_cites_article(text, law, number, expected):
    assert cites_article(text, law, number) is expected


# ---------------------------------------------------------------- modal verbs compared where they stand

MODAL_PLACE_ROWS = [
    # 应当 governs another act (制作延期通知书) in the slot where the article has 可以适当延长: not 可以→应当
    ("行政复议法", 62, 1, "情况复杂，不能在规定期限内作出行政复议决定的，经行政复议机构的负责人批准，法制科应当制作延期通知书，"
     "并书面告知当事人。", False),
    # the organ's 应当作出…决定 is another part of the article than the applicant's 可以…提出…申请
    ("治安管理处罚法", 126, 1, "公安机关认为暂缓执行行政拘留不致发生社会危险，且被处罚人或者其近亲属提出担保人或者交纳保证金的，"
     "应当作出暂缓执行行政拘留的决定。", False),
    # "应当…，可以…" restated with another duty in place of the 可以 part: no modal change
    ("行政许可法", 48, None, "举行听证时，审查该行政许可申请的工作人员应当提供审查意见的证据、理由，申请人、利害关系人的申辩和质证"
     "应当记入笔录。", False),
    # "应当…，并可以…" restated as "应当…，另一主体应当…"
    ("行政复议法", 77, None, "被申请人不履行或者无正当理由拖延履行行政复议决定书、调解书、意见书的，行政复议机关或者有关上级行政机关"
     "应当责令其限期履行，监察机关应当依法追责。", False),
    # "应当…，并可以…" restated as "应当…" only
    ("行政复议法", 77, None, "被申请人不履行或者无正当理由拖延履行行政复议决定书、调解书、意见书的，行政复议机关或者有关上级行政机关"
     "应当责令其限期履行。", False),
    # the same place: 并可以约谈 -> 并应当约谈
    ("行政复议法", 77, None, "被申请人不履行或者无正当理由拖延履行行政复议决定书、调解书、意见书的，行政复议机关或者有关上级行政机关"
     "应当责令其限期履行，并应当约谈被申请人的有关负责人或者予以通报批评。", True),
    # the same place: the applicant's 可以提出证据 -> 应当提出证据
    ("行政许可法", 48, None, "举行听证时，审查该行政许可申请的工作人员应当提供审查意见的证据、理由，申请人、利害关系人应当提出证据，"
     "并进行申辩和质证。", True),
    # the same act with a subject and a time limit put in: 可以再依法|向人民法院提起行政诉讼 -> 申请人应当在十五日内|…
    ("行政复议法", 23, 1, "有下列情形之一的，申请人应当先向行政复议机关申请行政复议，对行政复议决定不服的，"
     "申请人应当在十五日内向人民法院提起行政诉讼：", True),
]


@pytest.mark.parametrize("law, number, paragraph, clause, modal_changed", MODAL_PLACE_ROWS)
def test_modals_are_compared_where_they_stand(article, law, number, paragraph, clause, modal_changed):
    upper = article(law, number, paragraph)
    result = compare(clause, upper)
    assert_spans(result, clause, upper)
    assert any(c.kind == "modal" for c in result.changes) is modal_changed, result.to_dict()


def test_messages_name_the_figures(article):
    clause = draft_article("梧溪", "第二十三条")
    result = compare(clause, article("动物防疫法", 92))
    messages = [c.message for c in result.changes]
    assert "罚款上限由“五千元”提高为“一万元”，超出上位法规定的处罚幅度" in messages
    assert "罚款上限由“一千元”提高为“二千元”，超出上位法规定的处罚幅度" in messages
    modal = next(c for c in result.changes if c.kind == "modal")
    assert (modal.clause_span, modal.upper_span) == ("处二千元以下罚款", "可以处一千元以下罚款")
    sentence = summarise(result)
    assert sentence.startswith("该条与上位法规定不一致") and "一万元" in sentence and sentence.endswith("。")


# ---------------------------------------------------------------- quantities

@pytest.mark.parametrize("text, expected", [
    # a statutory fine range in Chinese numerals
    ("处一千元以上五千元以下罚款", [("money", 1000, 5000, "range")]),
    # an upper bound only
    ("可以处一千元以下罚款", [("money", None, 1000, "max")]),
    # Arabic numerals with 万元 and 至
    ("处5000元至1万元罚款", [("money", 5000, 10000, "range")]),
    # thousands separators and a comma between the bounds
    ("1,000元以上、5,000元以下", [("money", 1000, 5000, "range")]),
    # the upper figure written without its unit takes the lower one's (D089: 处200元以上500以下罚款)
    ("处200元以上500以下罚款", [("money", 200, 500, "range")]),
    ("处1万元以上5以下罚款", [("money", 10000, 50000, "range")]),
    # multiples: a share of a base, as a percentage is (十倍 = 1000 %)
    ("并处货值金额十倍以上二十倍以下罚款", [("ratio", 10, 20, "range")]),
    ("处违法经营总额20%以上50%以下的罚款", [("ratio", 0.2, 0.5, "range")]),
    # a range written half as a percentage, half as a multiple (税收征收管理法 第六十三条)
    ("并处不缴或者少缴的税款百分之五十以上五倍以下的罚款", [("ratio", 0.5, 5, "range")]),
    # working days count 7/5 of a calendar day
    ("二十个工作日内作出决定", [("duration", None, 28, "max")]),
    # lead time before an event
    ("有效期届满三十日前提出申请", [("duration", None, 30, "lead")]),
    # a floor
    ("征求意见的期限不少于30日", [("duration", 30, None, "min")]),
    # dates are not durations
    ("本办法自2026年3月10日起施行，每年5月10日前公布", []),
    # months and years
    ("三个月内；一年以上三年以下", [("duration", None, 90, "max"), ("duration", 365, 1095, "range")]),
])
def test_quantities(text, expected):
    got = [(q.dim, q.lo, q.hi, q.mode) for q in find_quantities(text)]
    assert got == expected
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


# ---------------------------------------------------------------- shape, summary, robustness

def test_to_dict_and_summary_of_a_faithful_clause(article):
    result = compare("携带犬只出户的，应当按照规定佩戴犬牌并采取系犬绳等措施，防止犬只伤人、疫病传播。",
                     article("动物防疫法", 30))
    d = result.to_dict()
    assert d["faithful"] is True and d["changes"] == [] and 0.9 <= d["similarity"] <= 1
    assert summarise(result) == "该条如实重述了上位法的规定，未发现实质性改动。"


@pytest.mark.parametrize("clause, upper", [
    ("", ""),                      # nothing at all
    ("可以", ""),                  # no upper text
    ("", "行政机关应当告知。"),      # no clause
    ("。，；：、", "（一）（二）"),   # punctuation only
    (None, 42),                    # not even strings
])
def test_degenerate_inputs(clause, upper):
    """Nothing to compare gives the empty comparison — by reading the inputs, not by the last guard of
    ``compare`` swallowing an exception (the unguarded path is run on the same strings)."""
    empty = Comparison((), False, 0.0)
    assert compare(clause, upper) == empty
    as_text = (clause if isinstance(clause, str) else "", upper if isinstance(upper, str) else "")
    assert compare_unguarded(*as_text) == empty
    assert summarise(empty) == summarise(compare(clause, upper)) != ""


_ALPHABET = list("可以应当必须须不得禁止除外但是的了和并且或者一二三四五六七八九十百千万元倍日月年以上以下内前，。；：、（）"
                 "0123456789行政机关人民政府县级以上申请人当事人罚款期限告知听证本法办法%\n ") + ["\ue001", "\ue012"]


def test_fuzz_never_raises():
    rng = random.Random(20240501)
    for _ in range(400):
        a = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 120)))
        b = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 300)))
        if rng.random() < 0.3:  # near-copies exercise the diff paths
            b = a[: len(a) // 2] + b + a[len(a) // 2:]
        result = compare_unguarded(a, b)  # the unguarded path: an exception here is a bug
        for ch in result.changes:
            assert isinstance(ch, Change) and ch.clause_span in a and ch.upper_span in b
        summarise(result)


def test_long_texts_are_bounded(article):
    upper = article("行政许可法", 42) * 30          # 6,000+ characters: read up to MAX_CHARS
    clause = article("行政许可法", 42)[:200] * 10   # made of the upper text
    assert len(upper) > MAX_CHARS
    result = compare_unguarded(clause, upper)      # the unguarded path: an exception here is a bug
    assert result.similarity > 0.9, result.to_dict()
    for ch in result.changes:
        assert ch.clause_span in clause and ch.upper_span in upper
        assert ch.upper_start < MAX_CHARS and ch.upper_start + len(ch.upper_span) <= MAX_CHARS
    swapped = compare_unguarded(upper, clause)
    assert swapped.changes and all(ch.clause_start < MAX_CHARS for ch in swapped.changes)


# ---------------------------------------------------------------- the grading table

@pytest.mark.parametrize("kind, facts, words, expected", [
    # a longer time limit for an organ: error
    ("time_limit", {"limit": "limit", "role": "organ", "direction": "longer"}, {"upper": "二十日", "clause": "三十日"},
     ("error", "行政机关的办理期限由“二十日”延长为“三十日”，超过上位法规定的期限")),
    # a longer notice period for an organ is stricter: info
    ("time_limit", {"limit": "lead", "role": "organ", "direction": "longer"}, {"upper": "七日前", "clause": "十日前"},
     ("info", "提前期限由“七日前”延长为“十日前”，严于上位法规定")),
    # 应当 and 必须 are one class: dropping 应当 is no change
    ("modal", {"upper": "must", "clause": "none", "role": "organ", "protective": False}, {}, None),
    # an exception left out by a clause that cites the article: info
    ("exception_removed", {"case": "other", "cited": True}, {"exception": "但是，情况紧急的除外"},
     ("info", "未写明上位法的例外规定“但是，情况紧急的除外”；该条已援引上位法该条，例外规定通过援引仍然适用")),
])
def test_grading_rows(kind, facts, words, expected):
    got = grade(kind, facts, **words)
    assert (got.severity, got.message) == expected if expected else got is None


def test_a_broken_grading_table_is_refused_with_its_row(tmp_path):
    path = tmp_path / "grading.toml"
    path.write_text('[[modal]]\nupper = "may"\nseverity = "fatal"\nmessage = "x"\n', encoding="utf-8")
    with pytest.raises(GradingTableError, match=r"grading.toml: \[\[modal\]\] row 1"):
        tables(path)
    path.write_text('[[modals]]\nseverity = "info"\nmessage = "x"\n', encoding="utf-8")
    with pytest.raises(GradingTableError, match="modals"):
        tables(path)
