"""Round 27 wave 2 (issue 8: coercion, rights) — two classes several independent writers of sets V, W, X hit (coerce27b):

* coercion: a supply cut to force compliance, arranged by a body through the supplier — the supply named by the word
  for supplying where its supplier is named (协调供水、供气企业暂停供应), a body writing to the supplier (函告, 函请,
  提请), the party's act kept up after an order (经责令停止后仍继续……) as its non-compliance — review/norms/effect.py;
* rights: a wholesale freeze whose object is a change, an account or a claim a person files (户名变更, 开户, 报装,
  申领, 注销) or whose applicants are entities named by their ending (…主体, …场所; 设立/开业登记) —
  review/norms/freeze.py.

Rows are real inputs: clauses of tests/fixtures/rewordings/coerce27b.toml (written first, other sectors), shapes of
sets V, X and U the base missed, and lawful look-alikes of the same surfaces.
"""

from __future__ import annotations

import pytest

from review.norms.effect import effects
from review.norms.freeze import _freeze
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CUT = [
    # (sentence, the words the supply cut stands on)
    # 暂停供应, its kind named by the suppliers a street office arranges (协调)
    ("对拒不配合老旧小区供水、燃气管网改造入户施工的住户，由街道办事处协调供水、供气企业暂停供应，待其配合施工后予以恢复。",
     "暂停供应"),
    # a body writing to the supplier (函告), the act kept up after an order (经责令停止生产后仍继续生产)
    ("无证食品小作坊经责令停止生产后仍继续生产的，区市场监督管理局可以函告供电、供水企业对其生产场所停止供应。", "停止供应"),
    # the document directing the supplier, no modal; the trigger an act kept up after an order
    ("利用居民住宅开展校外培训，经责令停止后仍继续办班的，由供电、供水单位对该住宅停止供电、供水。", "停止供电"),
    ("对逾期未完成消防隐患整改的出租屋，由镇人民政府函请电力公司中止供应，整改完毕后恢复。", "中止供应"),
    ("餐饮店经劝阻仍继续露天烧烤的，街道办事处可以协调燃气公司暂停供应。", "暂停供应"),
]

NO_CUT = [
    # (sentence) — why it is lawful or no cut
    "粮食储备企业因轮换需要暂停供应的，应当提前报告县发展和改革局。",                           # goods, no utility supplier
    "因天然气气源紧张，燃气公司可以按照应急预案暂停对工业用户的供应，优先保障居民生活用气。",     # the supplier's own
    "用户经责令改正仍继续危害供电安全的，供电企业可以依照《电力供应与使用条例》第三十九条中止供电。",  # cited basis
    "在房屋征收工作中，任何单位和个人不得采取中断供水、供热、供气、供电等方式迫使被征收人搬迁。",   # protective
]

FROZEN = [
    # (sentence, the words the freeze stands on)
    # an account and a change of name frozen over a 征收 scope (not the construction 第十六条 freezes)
    ("片区房屋征收公告发布后，征收范围内所有房屋一律暂停办理供水、供电、燃气的开户和户名变更，直至征收补偿工作结束。", "开户"),
    # the applicants entities by their name's ending (…主体, …场所), a founding registration
    ("专项整治期间，全市暂停受理二手车经营主体的设立登记和经营范围变更登记，恢复时间另行通知。", "设立登记"),
    ("整治期间，全区暂停受理网吧、歌舞娱乐场所的设立申请和变更申请，恢复时间另行通知。", "设立申请"),
    ("改造片区内居民一律暂停办理燃气报装，改造结束后恢复。", "报装"),
    ("项目红线范围内的企业一律暂停办理股权变更和注销登记，直至搬迁完成。", "注销登记"),
]

NOT_FROZEN = [
    # the freeze the law provides (国有土地上房屋征收与补偿条例 第十六条), with its period
    "房屋征收范围确定后，征收范围内暂停办理新建、扩建、改建房屋和改变房屋用途的相关手续，暂停期限最长不超过一年。",
    "人民法院依法裁定查封的房屋，不动产登记机构在查封期间暂停办理转移登记和变更登记。",          # a court's seizure
    "市场监督管理部门不得以专项整治为由暂停受理经营主体的设立登记和变更登记。",                  # protective
    "已经申请办理的供水、供电开户，不因征收公告发布而暂停办理。",                                # protective
]


@pytest.mark.parametrize("sentence, words", CUT)
def test_supply_cut(sentence, words):
    found = [e for e in effects(sentence) if e.name == "supply" and e.laid]
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NO_CUT)
def test_no_supply_cut(sentence):
    assert not [e for e in effects(sentence) if e.name == "supply" and e.laid], sentence


@pytest.mark.parametrize("sentence, words", FROZEN)
def test_frozen(sentence, words):
    found = _freeze(sentence, "")
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NOT_FROZEN)
def test_not_frozen(sentence):
    assert not _freeze(sentence, ""), sentence


RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("coerce27b.toml")])
def test_coerce27b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
