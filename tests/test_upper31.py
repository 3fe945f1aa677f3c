"""Round 31 (upper31): the fine an upper law lays for the conduct a clause fines, read through the reference from the
liability paragraph to the article stating the conduct (review.cited_fines, review.engine._UpperReader.by_cited_fine);
a figure change held back against a weak hit leaves the clause open to the paths that pair figures (bench/README.md,
"Round 31 — upper31")."""

import pytest

from review.cited_fines import (best_item, cited_items, citing_paragraphs, conduct, lays_fine, lead_in_fine,
                                reference_rx, states_conduct)
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("upper31.toml")
RULES = load_packs()

ARTICLE_17 = ("任何单位、个人不得实施下列损害古树名木及其生长环境的行为：\n（一）买卖、运输、加工非法采伐、移植的古树名木；\n"
              "（二）挖根、剥损树皮、过度修剪枝干；\n（三）向古树名木灌注有毒有害物质；\n"
              "（五）在古树名木上刻划、架设线缆、缠绕或者悬挂物体等，攀爬古树名木；")
ARTICLE_27 = ("有本条例第十七条第一项、第二项、第三项、第四项规定行为之一的，由主管部门责令停止违法行为，并处1万元以上10万元以下的罚款。\n"
              "有本条例第十七条第五项、第六项、第七项规定行为之一的，由主管部门责令停止违法行为，可以并处1万元以下的罚款。")
LIST_49 = ("有下列行为之一的，由县级以上人民政府人民防空主管部门对当事人给予警告，可以对个人并处五千元以下的罚款、对单位并处一万元"
           "至五万元的罚款：\n（一）侵占人民防空工程的；\n（二）不按照国家规定的防护标准和质量标准修建人民防空工程的；")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper31_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, fines", [
    ("并处一万元以上三万元以下罚款", True),                         # a sum before 罚款
    ("罚款额为非法占用土地每平方米100元以上1000元以下", True),       # 罚款 before its sum
    ("可以并处罚款", False),                                         # a fine named, no sum (土地管理法 第七十七条)
    ("收取工本费十元", False),                                       # a sum that is no fine
])
def test_lays_fine(text, fines):
    assert lays_fine(text) is fines


@pytest.mark.parametrize("text, act", [
    ("在古树名木上刻划、悬挂物体的，由县林业局处二万元罚款。", "在古树名木上刻划、悬挂物体"),   # the case it opens with
    ("县林业局对违法行为处二万元罚款。", ""),                                                 # no case: nothing to read
])
def test_conduct(text, act):
    assert conduct(text) == act


@pytest.mark.parametrize("act, item", [
    ("在古树名木上刻划、悬挂物体或者攀爬古树名木", 5),     # the item sharing most of the conduct's words
    ("向古树名木灌注有毒有害物质", 3),
    ("在城市道路上堆放物料", None),                        # no item is it (guard)
])
def test_best_item(act, item):
    assert best_item(act, ARTICLE_17) == item


def test_states_conduct_of_an_article_without_items():
    law_77 = "未经批准或者采取欺骗手段骗取批准，非法占用土地的，由县级以上人民政府自然资源主管部门责令退还非法占用的土地，可以并处罚款。"
    assert states_conduct("非法占用永久基本农田建设乡村旅游设施", law_77)
    assert not states_conduct("擅自砍伐行道树", law_77)          # another conduct (guard)


@pytest.mark.parametrize("item, para", [
    (5, 1),       # item 5 is fined in the second paragraph (可以并处1万元以下)
    (3, 0),       # item 3 in the first (1万元以上10万元以下)
])
def test_citing_paragraphs_follow_the_listed_items(item, para):
    (found,) = citing_paragraphs(ARTICLE_27, reference_rx(17, own=True), item)
    assert found == ARTICLE_27.split("\n")[para]


def test_citing_paragraphs_by_title_in_another_law():
    text = "依照《土地管理法》第七十七条的规定处以罚款的，罚款额为非法占用土地每平方米100元以上1000元以下。"
    assert citing_paragraphs(text, reference_rx(77, own=False, short_title="土地管理法"), None) == [text]
    # 第七十七条 is no reference to 第七十条 (guard), nor a paragraph that fines no sum
    assert citing_paragraphs(text, reference_rx(70, own=False, short_title="土地管理法"), None) == []
    assert citing_paragraphs("违反本法第七十七条规定的，依法处理。", reference_rx(77, own=True), None) == []


def test_cited_items():
    para = ARTICLE_27.split("\n")[1]
    end = para.index("第十七条") + len("第十七条")
    assert cited_items(para, end) == {5, 6, 7}
    assert cited_items("违反本条例第十七条规定的", len("违反本条例第十七条")) == set()   # the whole article


def test_lead_in_fine_of_a_list_article():
    assert lead_in_fine(LIST_49, 1) == [LIST_49.split("\n")[0]]
    assert lead_in_fine(LIST_49, None) == []                           # the conduct is none of its items (guard)
    assert lead_in_fine("有下列行为之一的，依法处理：\n（一）侵占人民防空工程的；", 1) == []   # a lead-in fining no sum
