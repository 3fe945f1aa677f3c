"""Round 31 (docs31, issue 9): a basis cited for a further step of a sentence (……给予警告，经警告后仍不纠正的，……按
《X条例》第N条规定处理) excuses that step, not the measure before its condition (review.sentences.own_step, read by
review.match for the 设定 categories: D153 第五十五条); the clauses of tests/fixtures/rewordings/docs31.toml (that
reading's problems and look-alikes, and norms a fixed-width layout wrapped over lines) (bench/README.md, "Round 31 —
docs31")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("docs31.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_docs31_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, measure, want", [
    # a basis cited after the condition of a further step (仍不纠正的) is that step's: the warning's words end before it
    ("未按规定办理登记的，派出机构应予以纠正，并可根据情节给予警告，经警告后仍不纠正的，可按《某某条例》第三十一条规定处理。",
     "给予警告", "未按规定办理登记的，派出机构应予以纠正，并可根据情节给予警告"),
    # 逾期不改正的 / 情节严重的 / 拒不改正的 open a further step too
    ("由主管部门责令改正，并处二千元罚款，拒不改正的，依照《某某法》的有关规定处理。", "并处二千元罚款",
     "由主管部门责令改正，并处二千元罚款"),
    ("由主管部门给予警告，情节严重的，依照有关法律、法规的规定处理。", "给予警告", "由主管部门给予警告"),
    # guard: a basis cited in the measure's own step (no further condition between): the whole sentence
    ("由主管部门责令停止违法行为，并处罚款，具体依照《某某法》第五十五条的规定执行。", "并处罚款",
     "由主管部门责令停止违法行为，并处罚款，具体依照《某某法》第五十五条的规定执行。"),
    # guard: a basis cited before the measure stays in its words, whatever step follows
    ("依照《某某条例》第四十五条的规定，给予警告，逾期不改正的，依法予以处理。", "给予警告",
     "依照《某某条例》第四十五条的规定，给予警告"),
    # guard: the measure in the further step itself reads the whole sentence up to its end
    ("责令改正，逾期不改正的，依照《某某条例》第十条处以罚款。", "处以罚款", "责令改正，逾期不改正的，依照《某某条例》第十条处以罚款。"),
    # guard: a 的-phrase that is no further step's condition (所需的) does not cut
    ("由主管部门处以罚款，所需的经费依照《某某办法》的规定列支。", "处以罚款", "由主管部门处以罚款，所需的经费依照《某某办法》的规定列支。"),
])
def test_own_step_ends_before_a_further_steps_condition(text, measure, want):
    from review.sentences import own_step

    at = text.index(measure)
    assert own_step(text, at, at + len(measure)) == want


@pytest.mark.parametrize("text, measure, want", [
    # a named instrument cited only in the further step: the warning is not excused by it
    ("未按规定办理登记的，派出机构应予以纠正，并可根据情节给予警告，经警告后仍不纠正的，可按《某某条例》第三十一条规定处理。",
     "给予警告", True),
    # guard: a general basis in the further step (依法依纪追究) speaks for the whole sentence, as before
    ("发现违规收费行为的，取消相关机构的评优资格，情节严重的，依法依纪追究相关人员的责任。", "取消相关机构的评优资格", False),
    # guard: the instrument cited in the measure's own step excuses it
    ("依照《某某条例》第四十五条的规定，给予警告，逾期不改正的，按《某某条例》第四十六条处理。", "给予警告", False),
    # guard: no further step: the sentence's own reading
    ("由主管部门给予警告，并按《某某条例》第十条处理。", "给予警告", False),
])
def test_a_named_basis_of_a_further_step_does_not_excuse_the_measure_before_it(text, measure, want):
    from review.match import _cited_for_next_step

    rule = next(r for r in RULES if r.id == "C-PENALTY-01")
    at = text.index(measure)
    assert _cited_for_next_step(rule, text, at, at + len(measure)) is want
