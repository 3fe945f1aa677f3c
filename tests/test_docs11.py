"""Round-11 document recall (issue 9, docs11): a birth-status proof demanded of an applicant is reported as what it
is twice over — a family-planning link and a 证明事项 (国办发〔2018〕47号; 优化营商环境条例 第四十四条) — so a cleanup
that lists proof demands lists it. Sentences from the labelled real documents (D003, D029, D049, D097 in
tests/fixtures/real_labels/heldout_round4 and heldout_round6), and lawful neighbours."""

from __future__ import annotations

import pytest

from review.match import apply_rules
from review.merge import merge_findings
from review.model import Clause
from review.rules import load_packs

RULES = load_packs()
AS_OF = "2026-12-01"


def _categories(text: str, header: str = "") -> set[str]:
    clause = Clause(index=0, label="第一条", text=text, start=0, end=len(text), paragraph=0, header=header)
    found = merge_findings(apply_rules(RULES, [clause], as_of=AS_OF))
    return {c for f in found if f.severity in ("error", "warning")
            for c in (f.detail.get("categories") or [f.category])}


PROOF_CASES = [
    # D049 (a 规章 on maternity insurance): the proof as an item of a materials list
    ("享受生育保险待遇，应当提交下列材料：", "（五）符合计划生育规定的证明。", True),
    # D029: the same paper with a note on who must hand it in
    ("", "（四）符合计划生育规定的证明（产前检查或者分娩的提供）。", True),
    # D003: every member of the household must provide it
    ("", "申请人及共同申请家庭成员需提供计划生育证明", True),
    # D097: carried to the police station with the lawful papers
    ("", "获得户籍准入资格的申请人，应当于60日内携带积分户籍准入卡、合法稳定住所证明和计划生育证明材料到公安机关办理户籍准入手续。", True),
    # lawful neighbours: forgery punished, the birth certificate, a pledge instead of the paper
    ("", "伪造、变造计划生育证明的，依法予以处理。", False),
    ("", "新生儿办理户口登记的，提交《出生医学证明》和父母一方的户口簿。", False),
    ("", "申请人可以书面承诺代替生育情况证明，无需另行提交。", False),
]


@pytest.mark.parametrize("header, text, expected", PROOF_CASES, ids=[f"proof-{i}" for i in range(len(PROOF_CASES))])
def test_birth_status_proof_is_a_proof_demand(header, text, expected):
    cats = _categories(text, header)
    assert ("proof" in cats) is expected, cats
    if expected:       # and still the family-planning problem it was
        assert "family-planning" in cats
