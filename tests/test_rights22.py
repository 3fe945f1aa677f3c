"""Round 22 (rights22, issue 8): a structural rights reading (review/norms/interest.py; C-RIGHTS-INTEREST) — the
norm's burden on a private bearer × a protected interest (a lexicon of interests, not of phrasings) × none of the
features that make such a norm lawful (bench/README.md, "Round 22 — rights22"). Three shapes:

* **channel** — a person barred from speaking, complaining or going to court, or routed through one body (不得越级
  向……反映; 只能通过……统一反映); not unlawful means or content (非法聚集, 虚假信息), a business's publication, the
  government's own duty;
* **handed** — a private party made to hand persons' data beyond their identity (电话, 单位, 婚恋, 家庭成员) to a body
  or a community, or to let someone look through a phone; not the statutory registers (旅馆, 快递), the data's own
  protection (保密, 不得泄露), consent, the scheme's own means test;
* **withheld** — a job, a school place, a benefit or a trade refused for an unrelated condition: a body trait, a
  relative's post or act, a pledge, a guarantor, years of residence, a missed activity; not the statute's fitness bars
  (有碍食品安全的疾病), the scheme's own means test, a body's own staff, a protective 不得仅以.
"""

import pytest

from review.norms.burden import burdens
from review.norms.interest import interest
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights22.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights22_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, header", [
    # channel
    ("村民对地名命名、更名有意见的，应当通过村民委员会统一反映，个人不得越级向上级机关或者新闻媒体反映。", ""),
    ("景区内经营竹筏漂流的船工，不得擅自在短视频平台发布景区管理方面的意见。", ""),
    ("（五）对物业服务有意见的，只能通过业主委员会集中提出，不得个人向12345热线投诉。", "安置小区居民应当遵守下列约定："),
    # handed
    ("婚姻介绍机构应当于每月5日前，将会员的身份信息、婚恋经历及联系方式报送县民政局和辖区公安派出所备查。", ""),
    ("驾校应当于每季度末将学员的联系电话、工作单位和家庭住址汇总报送所在镇综治中心。", ""),
    ("为防范养老诈骗，老年人应当配合社区志愿者对其手机通讯录进行查看。", ""),
    ("为防范电信网络诈骗，辖区群众应当配合社区网格员对其手机中安装的应用程序进行检查，发现可疑软件的当场予以删除。", ""),
    # withheld
    ("（四）在面部、颈部、手部等身体裸露部位有文身或者刺青图案的；", "有下列情形之一的，不得报名参加本县公益性岗位招聘："),
    ("报名参加县城管协管员招聘的人员，本人及其配偶不得有文身，否则不予录用。", ""),
    ("兄弟姐妹在县市场监督管理局任职的人员，不得申请承租县农产品批发市场的经营铺位。", ""),
    ("因失火引发森林火灾的，肇事者子女三年内不得报考本县机关事业单位，其家庭不得享受当年度林业惠农补贴。", ""),
    ("季节性采茶工须由茶园所在村的两名村民作担保，方可上岗。", ""),
    ("外地来县从事家电维修的技工，须在本县居住满两年方可办理从业登记。", ""),
    ("（二）无故不参加村里组织的秸秆禁烧巡查的；", "村民有下列情形之一的，当年不予发放农业生产补贴："),
    ("乙型肝炎病毒表面抗原携带者不得在本县中小学、幼儿园食堂及集体供餐单位从事餐饮服务工作。", ""),
])
def test_interest_read(sentence, header):
    # round 26: one of the four shapes, by its own name (the finding names the one that fired)
    assert [b.name for b in interest(sentence, header)] in (["voice"], ["handed"], ["unrelated"], ["service"])
    assert burdens(sentence, header)          # read through the burden readings (last of the fallbacks, or another)


@pytest.mark.parametrize("sentence, header", [
    # protective negations
    ("任何单位和个人不得阻止移民向县以上机关反映对后期扶持资金分配的意见。", ""),
    ("不得以应聘人员有文身为由拒绝录用，但法律、法规对特定岗位另有规定的除外。", ""),
    ("本县机关事业单位公开招聘和公益性岗位招聘，不得仅以应聘人员有文身为由拒绝录用。", ""),
    ("不得因生猪屠宰违法行为人受到行政处罚而限制其配偶、子女等近亲属依法从事生猪养殖和生猪产品销售等经营活动。", ""),
    ("外来从事家电维修的技工，与本县户籍人员同等办理从业登记，不受居住年限限制。", ""),
    # unlawful means or content; a business's publication
    ("景区从业人员不得在网络上编造、传播景区安全事故的虚假信息。", ""),
    ("信访人不得在机关办公场所周围非法聚集，围堵、冲击机关。", ""),
    ("经营者不得在户外广告牌上发布含有虚假内容的广告。", ""),
    # the government's own duty; a body's own staff
    ("县文化和旅游局应当公布投诉电话，对游客反映的问题在七个工作日内答复。", ""),
    ("县民政局工作人员对履行职责中知悉的婚介服务对象个人信息应当予以保密，不得泄露。", ""),
    ("县市场监督管理局工作人员的配偶、子女不得在其管辖范围内从事与其职务相关的中介活动。", ""),
    # the data's protection, consent, the scheme's own means test, the statutory register
    ("驾校对学员的联系电话、家庭住址等个人信息应当予以保密，不得泄露或者向他人提供。", ""),
    ("申请临时救助的家庭，应当如实提供家庭成员、收入和财产状况，并授权县民政局进行核对。", ""),
    ("经本人书面同意，老年大学可以将学员的联系电话提供给社区，用于重阳节慰问。", ""),
    ("旅馆应当将旅客的住宿登记信息报送公安机关。", ""),
    # the statute's fitness bar; the means test; encouraged
    ("患有有碍食品安全疾病的人员，不得从事接触直接入口食品的工作。", ""),
    ("申请人及其家庭成员的人均收入高于当地最低生活保障标准的，不予发放临时救助金。", ""),
    ("鼓励茶园所在村的村民为外来采茶工提供住宿便利，对表现突出的给予表彰。", ""),
])
def test_interest_lookalike(sentence, header):
    assert interest(sentence, header) == []
