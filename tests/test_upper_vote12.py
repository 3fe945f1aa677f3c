"""The law a clause is about, agreed on by the corpus search (review.engine.voted_law, round 12): a clause in its own
words whose best hit covers too little of it to be read as a restatement is still compared with that hit when
several of the best hits are articles of the same law, and a figure it changed shows there. Clauses from
tests/fixtures/rewordings/upper12_round12.toml; the corpus is the shipped default snapshot."""

from __future__ import annotations

import pytest

from review.engine import LAW_VOTE, voted_law
from statutes.model import Provision
from tests.upper_helpers import upper_findings as _findings


def _hit(work_id: int, article: int, score: float) -> Provision:
    return Provision(law=f"法{work_id}", level="行政法规", status="现行有效", version_date=None, article=article,
                     article_sub=0, paragraph=None, item=None, text="", score=score, work_id=work_id)


@pytest.mark.parametrize("works, expected", [
    ((7, 7, 9, 7, 3), 7),          # three of the five best hits are articles of one law: that law
    ((7, 9, 7, 3, 4), None),       # two are no agreement
    ((7, 9, 3, 4, 7, 7), None),    # only the five best vote (the sixth is not read)
    ((), None),
])
def test_voted_law(works, expected):
    assert LAW_VOTE == 3
    assert voted_law([_hit(w, i + 1, 50.0 - i) for i, w in enumerate(works)]) == expected


@pytest.mark.parametrize("text, law, article, words", [
    # a suspension lengthened past 3个月至12个月: the best hit covers 47, two more of the best five are the 条例's
    ("参保人把本人的医保凭证借给他人冒名使用的，医疗保障部门除责令改正外，暂停其医疗费用联网结算十八个月。",
     "医疗保障基金使用监督管理条例", "第四十一条", "十八个月"),
    ("对重复享受医疗保障待遇的参保人员，由县医疗保障局责令改正，并暂停其医疗费用联网结算二年。",
     "医疗保障基金使用监督管理条例", "第四十一条", "二年"),
    # a deposit cap of 2% raised, in other words than the 条例's
    ("本县政府投资工程项目的投标保证金，按招标项目估算价百分之四的比例收取。", "招标投标法实施条例", "第二十六条", "百分之四"),
])
def test_altered_in_own_words_is_compared_with_the_voted_law(corpus, text, law, article, words):
    found = _findings(corpus, text)
    assert any(f.rule == "UPPER-ALTERED" and law in f.upper.law and f.upper.article_label == article
               and words in f.problem for f in found), [f.problem for f in found]


@pytest.mark.parametrize("text", [
    # the same articles restated faithfully: the agreed law's article shows no change
    "参保人员将本人医疗保障凭证交由他人冒名使用的，由医疗保障行政部门责令改正，并暂停其医疗费用联网结算3个月至12个月。",
    "招标人要求投标人提交投标保证金的，投标保证金不得超过招标项目估算价的百分之二。",
    "招标人不得挪用投标保证金，投标保证金有效期应当与投标有效期一致。",
    "对被征收房屋价值的补偿，不得低于房屋征收决定公告之日被征收房屋类似房地产的市场价格。",
])
def test_faithful_restatement_of_the_voted_law_is_not_flagged(corpus, text):
    assert not _findings(corpus, text)
