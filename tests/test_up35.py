"""Round 35 (up35, issue 8): upper-law on clauses restating one article of a law in other words — the article of the
law the search leads to that the clause aligns with best (review.lead_law, review.engine._UpperReader.by_lead_law),
and the act a time limit is for read past the body it is addressed to (review.compare.figures.act_start), so that a
party's window shortened is read (bench/README.md, "Round 35 — up35")."""

import pytest

from review.compare import compare
from review.compare.figures import act_start
from review.engine import CORE_LEVELS
from review.lead_law import lead_laws
from review.rules import load_packs
from statutes.model import Provision
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up35.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up35_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def hit(work_id: int, score: float, level: str = "行政法规", law: str = "某条例") -> Provision:
    return Provision(law=law, level=level, status="现行有效", version_date=None, article=1, article_sub=0,
                     paragraph=None, item=None, text="…", score=score, work_id=work_id)


NOT_NAMED = lambda h: False          # noqa: E731
NAMED_7 = lambda h: h.work_id == 7   # noqa: E731


@pytest.mark.parametrize("hits, named, laws", [
    # two of the best hits from LEAD_SCORE are one law's: the search leads there
    ([hit(1, 62), hit(2, 50), hit(1, 46)], NOT_NAMED, [1]),
    # one hit of a law the clause names (护士执业注册 → 护士条例), behind others
    ([hit(3, 72), hit(4, 68), hit(7, 64)], NAMED_7, [7]),
    # one hit each of laws the clause does not name: no lead
    ([hit(3, 72), hit(4, 68), hit(5, 64)], NOT_NAMED, []),
    # a law's second hit below LEAD_SCORE is no vote
    ([hit(1, 62), hit(1, 30)], NOT_NAMED, []),
    # a 部门规章's hits lead nowhere (it restates its law in more words)
    ([hit(1, 62, "部门规章"), hit(1, 50, "部门规章")], NOT_NAMED, []),
    # two lead laws, in the order of their best hits
    ([hit(2, 79), hit(1, 78), hit(1, 77), hit(2, 60)], NOT_NAMED, [2, 1]),
])
def test_lead_laws(hits, named, laws):
    assert lead_laws(hits, CORE_LEVELS, named) == laws


@pytest.mark.parametrize("text, limit, act", [
    # a long recipient between the limit and the act: the act is the verb after it
    ("可以自收到检测结果之日起五个工作日内，向实施监督抽查的农业农村主管部门或者其上一级农业农村主管部门申请复检。",
     "五个工作日", "申请复检。"),
    # a recipient named before the act without a comma
    ("应当自收到通知之日起十五日内向县人民政府申请复核", "十五日", "申请复核"),
    # no recipient: the act follows the limit
    ("应当自受理之日起二十日内作出决定", "二十日", "内作出决定"),
    # a 向 phrase that names no body is no recipient (向社会公示)
    ("应当在作出决定后七日内向社会公示", "七日", "内向社会公示"),
])
def test_act_start_skips_the_recipient(text, limit, act):
    end = text.index(limit) + len(limit)
    assert text[act_start(text, end):] == act


ARTICLE = ("农产品生产经营者对监督抽查检测结果有异议的，可以自收到检测结果之日起五个工作日内，向实施农产品质量安全监督抽查的"
           "农业农村主管部门或者其上一级农业农村主管部门申请复检。")


@pytest.mark.parametrize("clause, kind_severity", [
    # the party's window to apply, shortened: read though the law names the body between limit and act
    ("农产品生产经营者对监督抽查检测结果有异议的，可以自收到检测结果之日起两个工作日内申请复检。", ("time_limit", "warning")),
    ("对检测结果有异议的，可以自收到检测结果之日起三日内申请复检。", ("time_limit", "warning")),
    # the same window restated: nothing
    ("农产品生产经营者对监督抽查检测结果有异议的，可以自收到检测结果之日起五个工作日内申请复检。", None),
    # a longer window for the party: no burden (info)
    ("对检测结果有异议的，可以自收到检测结果之日起十日内申请复检。", ("time_limit", "info")),
])
def test_party_window_read_past_the_recipient(clause, kind_severity):
    changes = [(c.kind, c.severity) for c in compare(clause, ARTICLE).changes if c.kind == "time_limit"]
    assert changes == ([kind_severity] if kind_severity else [])
