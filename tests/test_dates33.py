"""Round 33 (dates33, issue 9): the date / validity / repealed-basis / citation family (bench/README.md, "Round 33 —
dates33"). Clauses of tests/fixtures/rewordings/dates33.toml, then the whole-document readings table by table."""

from types import SimpleNamespace

import pytest

from review.disposition import plan_period
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("dates33.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_dates33_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("title, text, made, end", [
    # 用N年（左右）时间 is a work period counted from the year the deployment was made (D135's form, other sectors)
    ("××县关于做好第三次全国土壤普查工作的意见", "在试点基础上，用3年左右时间基本完成普查任务。", "2022-03-01", 2025),
    ("××市关于推进馆藏档案数字化的实施意见", "用两年时间完成馆藏档案数字化，实现工作目标。", "2025-06-01", 2027),
    ("××省关于加快气象现代化建设的意见", "用3至5年时间，基本实现气象现代化的目标。", "2014-05-01", 2019),
    # look-alikes: days or months are no period of years; an 办法 makes lasting rules whatever its targets
    ("××县关于加强地震灾害防御工作的意见", "每年用10天左右时间开展防震演练，实现工作目标。", "2015-01-01", None),
    ("××市测绘成果管理办法", "用5年时间建成全市基础测绘数据库，实现工作目标。", "2015-01-01", None),
    # a bar on a person for some years is no work period
    ("××县关于规范烟草零售许可的通知", "被吊销许可证的，用3年时间内不得再次申请，实现管理目标。", "2015-01-01", None),
])
def test_years_of_work_period(title, text, made, end):
    assert plan_period(title, text, made)[0] == end


def _party_doc(text: str, made: str):
    from review.metadata import apply_metadata
    from review.readers import build_document

    lines = ["中共××市委办公室 ××市人民政府办公室关于做好全市邮政网点整合工作的意见", "", "（××委办发〔%s〕3号）" % made[:4],
             *text.splitlines(), "", "中共××市委办公室　　××市人民政府办公室", made[:4] + "年" + str(int(made[5:7])) + "月1日"]
    return apply_metadata(build_document("party.txt", lines, "txt"))


@pytest.mark.parametrize("text, made, expected", [
    # a joint party-government deployment whose one-off task period ended: the lapse is listed, told to its maker
    ("一、工作目标。确保今年内完成全市邮政网点整合任务。", "2015-04-01", True),
    # look-alike: its period still runs
    ("一、工作目标。确保今年内完成全市邮政网点整合任务。", "2026-04-01", False),
    # look-alike: no period at all (lasting arrangements)
    ("一、邮政网点的设置和撤并，按照《中华人民共和国邮政法》的规定办理。", "2015-04-01", False),
])
def test_party_document_lapse_told_to_maker(corpus, text, made, expected):
    from review.engine import ReviewOptions, review_document
    from review.sweep import SWEEP_TOPICS

    doc = _party_doc(text, made)
    opinion = review_document(doc, corpus, RULES, ReviewOptions(as_of="2026-12-01", topics=tuple(SWEEP_TOPICS),
                                                                 upper_law=False))
    ended = [f for f in opinion.findings if f.rule == "P-PERIOD-ENDED"]
    assert bool(ended) == expected, [(f.rule, f.quote) for f in opinion.findings]
    if ended:
        assert ended[0].detail.get("told_to_maker")


def _instrument(title: str, sentence: str):
    from review.clauses import split_clauses
    from review.metadata import apply_metadata
    from review.readers import build_document

    lines = [title, "", "第一条　为了加强管理，制定本办法。", f"第二条　{sentence}", "第三条　本办法自发布之日起施行。"]
    doc = apply_metadata(build_document("rule.txt", lines, "txt"))
    return doc, split_clauses(doc)


@pytest.mark.parametrize("title, sentence, flagged", [
    # a transitional duty with a fixed deadline, passed (D153's form, in Chinese numerals; other sectors)
    ("××县人民防空工程管理暂行办法", "本办法施行前已建成的人防工程，应于一九九八年十二月三十一日前向县人防办申报登记，逾期不申报的依法处理。", True),
    ("××市档案管理办法", "各单位应当在2012年6月30日前将保管期满的档案移交市档案馆。", True),
    ("××县测绘成果管理规定", "现有测绘成果保管单位须于2010年底前完成成果目录汇交。", True),
    # look-alikes: the deadline is still to come
    ("××县粮食储备管理办法", "承储企业应当于2030年12月31日前完成仓储设施改造。", False),
    # a cut-off a person's standing is measured at, no duty before the date
    ("××市烟草零售许可管理办法", "2010年12月31日前已取得零售许可证的经营者，可以继续经营至许可证有效期满。", False),
    # what was done already; the document's own term
    ("××县邮政设施管理办法", "全县邮政网点已于2015年6月30日前完成改造。", False),
    ("××县地震监测设施保护办法", "本办法有效期至2020年12月31日前。", False),
    # a plan's deadlines are its period's (P-PERIOD-ENDED), not a standing rule's
    ("××县档案数字化工作方案", "各单位应于2015年6月30日前完成馆藏档案数字化。", False),
    # a recurring deadline without a year
    ("××市气象设施保护办法", "管理单位应当于每年3月31日前报送上一年度的保护情况。", False),
])
def test_spent_deadline(title, sentence, flagged):
    from review.validity import spent_deadlines

    doc, clauses = _instrument(title, sentence)
    found = spent_deadlines(doc, clauses, "2026-12-01")
    assert bool(found) == flagged, [(f.rule, f.quote) for f in found]
    if found:
        assert found[0].category == "validity" and found[0].clause.label.startswith("第二条")


def test_spent_deadline_is_a_clause_to_delete_not_a_validity_term():
    from review.disposition import problem_reasons
    from review.validity import spent_deadlines

    doc, clauses = _instrument("××县人民防空工程管理暂行办法",
                               "本办法施行前已建成的人防工程，应于一九九八年十二月三十一日前向县人防办申报登记。")
    reasons = problem_reasons(spent_deadlines(doc, clauses, "2026-12-01"))
    assert reasons == ["过渡性规定所定期限已届满1处，已无适用余地，修改时应当删除（见第二条）"]
