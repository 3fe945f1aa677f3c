"""Round 39 (up39, issue 8): retrieval by the norm's slots — a provision of a law or 行政法规 restated in other words
with one slot changed, and lawful restatements, mentions and other norms on the same object (bench/README.md,
"Round 39 — up39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the norm a clause lays itself (review/norm_slots.clause_norm): the guard before any retrieval by slots
from review.norm_slots import candidates, clause_norm  # noqa: E402


@pytest.mark.parametrize("text, acts, slots", [
    ("县婚姻登记处对申请结婚的男女双方进行审查，材料齐全且符合结婚条件的，于五个工作日内办理结婚登记并颁发结婚证。",
     {"act.register", "act.issue"}, {"time"}),
    ("扑灭森林火灾所产生的扑火人员误工补贴、生活补助等费用，一律由火场所在地村民委员会负担。",
     {"act.bear_cost", "act.suppress_fire"}, {"bearer"}),
    ("县人力资源和社会保障局受理工伤认定申请后，应当在九十日内作出是否认定为工伤的决定。", {"act.decide"}, {"time"}),
])
def test_a_clause_laying_its_norm(text, acts, slots):
    norm = clause_norm(text)
    assert norm is not None and acts <= norm.acts and norm.slots == slots


@pytest.mark.parametrize("text", [
    # the act only named: as a noun (已作出审批决定的), in the case the clause opens with, after 配合; no slot beside it
    "县生态环境局应当在其门户网站公开已作出审批决定的建设项目环境影响报告书的审批结果。",
    "职工在工作时间和工作场所内因工作原因受到事故伤害的，所在单位应当积极配合工伤认定调查，如实提供有关情况。",
    "县婚姻登记处应当在办公场所公示结婚登记的条件、程序和所需材料，方便群众办事。",
    "办理结婚登记的，登记机关应当加强宣传。",
])
def test_a_clause_only_mentioning_an_act_lays_no_norm_to_retrieve(text):
    assert clause_norm(text) is None


def _articles(corpus, text):
    from statutes.model import Provision  # noqa: F401

    norm = clause_norm(text)
    out = []
    for c in candidates(corpus, norm, text, "2026-12-01"):
        title = corpus.conn.execute("SELECT w.short_title FROM versions v JOIN works w ON w.id=v.work_id WHERE v.id=?",
                                    (c.version_id,)).fetchone()[0]
        out.append((title, c.article))
    return out


@pytest.mark.parametrize("text, article", [
    # the search ranks 民法典 第一千零四十九条 above it (婚姻登记条例 第十条 at 33): found by the act and its slot
    ("县婚姻登记处对申请结婚的男女双方进行审查，材料齐全且符合结婚条件的，于五个工作日内办理结婚登记并颁发结婚证。",
     ("婚姻登记条例", 10)),
    ("扑灭森林火灾所产生的扑火人员误工补贴、生活补助等费用，一律由火场所在地村民委员会负担。", ("森林防火条例", 45)),
    ("用人单位与职工解除劳动合同的，应当出具解除证明，并于解除之日起三十日内为其转移人事档案和社会保险关系。",
     ("劳动合同法", 50)),
])
def test_candidates_by_slots(corpus, text, article):
    assert _articles(corpus, text)[0] == article
