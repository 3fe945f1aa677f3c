"""Round 19, the lead's readings (issue 8 and issue 9), through the whole review on the shipped corpus.

* New clauses (tests/fixtures/rewordings/lead19_*.toml), framed as the rewording evaluation frames them: a paper another
  body issues attesting a negative fact (无拖欠工资情况书面材料, 未发生欠薪的书面确认意见); a minimum distance between a new
  business and the incumbents, or a cap on their number (FC-SPACING); a unit under a body named as the supplier; the
  government side repaying a partner's loan after its default; a buy-back at the appraised value is no fixed return.
* A clause restating an article of a law the 生态环境法典 replaced on 2026-08-15 has not lost its basis when the code
  says the same (``engine.living_successor``); when the code says it with changes, the finding names the article in
  force (``engine.successor_named``).
"""

import pytest

from review.engine import ReviewOptions, upper_law_findings
from review.model import Clause
from review.norms.analyse import forbidden
from review.norms.burden import burdens
from review.norms.lexicon import default_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead19_*.toml")
RULES = load_packs()
LEXICON = default_lexicon()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead19_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _upper(corpus, text):
    clause = Clause(index=0, label="第五条", text=text, start=0, end=len(text), paragraph=0)
    findings, _ = upper_law_findings([clause], corpus, ReviewOptions(as_of="2026-12-01"))
    return [f for f in findings if f.rule == "UPPER-REPEALED"]


def test_a_rule_the_code_restates_word_for_word_has_not_lost_its_basis(corpus):
    # 水污染防治法 第六十五条 (repealed 2026-08-15) = 生态环境法典 第三百一十九条
    assert _upper(corpus, "禁止在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目。") == []


def test_a_rule_the_code_restates_with_changes_names_the_article_in_force(corpus):
    # 大气污染防治法 第八十二条: 城市人民政府 → 生态环境法典 第二百五十一条: 县级以上地方人民政府
    [f] = _upper(corpus, "禁止生产、销售和燃放不符合质量标准的烟花爆竹。任何单位和个人不得在城市人民政府禁止的时段和区域内燃放烟花爆竹。")
    assert f.severity == "warning"
    assert "大气污染防治法" in f.problem and "生态环境法典》第二百五十一条" in f.problem
    assert f.detail["successor"] == "《中华人民共和国生态环境法典》第二百五十一条"


def test_a_rule_the_code_widened_names_its_closest_article_for_checking(corpus):
    # 环境保护法 第四十二条's 暗管、渗井… (D124's complaint list) → 生态环境法典 第一百六十四条 lists more ways: not a faithful
    # restatement, but the successor's closest article is named for the reviewer, no "已失去依据"
    [f] = _upper(corpus, "举报企业事业单位和其他生产经营者通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据，"
                         "或者不正常运行防治污染设施等逃避监管的方式违法排放污染物。")
    assert f.severity == "warning" and "已失去依据" not in f.problem
    assert "生态环境法典》中最接近的是第一百六十四条" in f.problem


@pytest.mark.parametrize("sentence, paper, is_forbidden", [
    # what the paper attests, led by 无/未: not a negated demand
    ("应当附村委会出具的未发生欠薪的书面确认意见。", "书面确认意见", False),
    ("应当提交街道办事处签署意见的无欠缴社会保险费、无劳动争议情况书面材料。", "书面材料", False),
    ("需提供社区出具的未拖欠房租、水电费的书面材料。", "书面材料", False),
    # a demand negated or a paper not handed in stays what it was
    ("不得要求申请人提交村委会出具的书面材料。", "书面材料", True),
    ("未按要求提交书面材料的，不予受理。", "书面材料", False),
])
def test_the_negation_inside_a_paper_is_what_it_attests(sentence, paper, is_forbidden):
    a = sentence.index(paper)
    assert forbidden(LEXICON, sentence, a, a + len(paper)) is is_forbidden


@pytest.mark.parametrize("sentence, burdened", [
    ("申请人应当对所填报的无重复申领、无违法违规情况的真实性作出书面承诺，并对承诺内容负责。", False),
    ("申请人应当就其子女入学事项作出书面承诺。", True),
])
def test_a_pledge_of_the_truth_of_what_one_files(sentence, burdened):
    assert any(b.name == "duty" for b in burdens(sentence)) is burdened, burdens(sentence)


def test_papers_listed_after_a_negated_one_are_not_its_states():
    # D076 第一百二十七条: the 非 is the first paper's (非正常死亡公民死亡证明), not what the 户口注销证明 attests; the police's
    # own papers, sealed by the unit that issues them: no proof demanded of anyone
    from review.match import match_text

    sentence = "第一百二十七条公安机关提供或者出具的原始户籍登记资料、非正常死亡公民死亡证明、户口注销证明等材料，应当由经办民警签字，提供或者出具单位盖章确认。"
    proof = next(rule for rule in RULES if rule.id == "C-PROOF-01")
    assert match_text(proof, sentence) == []


@pytest.mark.parametrize("text, contraception", [
    ("县级以上环境保护行政主管部门（以下简称环保部门）按照规定的权限审批建设项目环境影响评价文件", False),   # D121 第三条
    ("乡镇人民政府每月检查环卫作业质量。", False),
    ("督查环保整改落实情况。", False),
    ("育龄妇女须按期上环。", True),
    ("每季度查环一次。", True),
])
def test_a_ring_inside_environment_is_no_contraception(text, contraception):
    assert LEXICON.has("fp.contraception", text) is contraception
