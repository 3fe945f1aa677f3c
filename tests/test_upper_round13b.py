"""Upper-law round 13b: a party named by its role in a procedure (信访人, 投诉人 …) bears its own time limit, so a
shorter one burdens it; and a close restatement naming the law's subject whose organ the clause calls by its local
name (县人力资源和社会保障局 for 社会保险行政部门) is compared as one matter. Clauses are other wordings of the concepts
in tests/fixtures/rewordings/upper_round13b.toml; the engine rows run on the shipped default snapshot."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.roles import PARTY, role_at
from tests.upper_helpers import upper_findings as _findings


PETITION_34 = ("信访人对行政机关作出的信访事项处理意见不服的，可以自收到书面答复之日起30日内请求原办理行政机关的上一级行政机关复查。"
               "收到复查请求的行政机关应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。")


@pytest.mark.parametrize("text, word", [
    ("信访人不服的，可以在三十日内请求复查。", "三十日"),
    ("投诉人应当自知道之日起十五日内提出投诉。", "十五日"),
    ("申诉人可以在六十日内提出申诉。", "六十日"),
])
def test_a_party_named_by_its_procedural_role(text, word):
    assert role_at(text, text.index(word)) == PARTY


def test_a_petitioners_shorter_period_burdens_the_petitioner():
    changes = compare("信访人不服处理意见的，须在收到答复后十日内向上一级机关提出复查请求。", PETITION_34).material()
    assert any(c.kind == "time_limit" and c.severity in ("error", "warning") and "当事人的期限" in c.message
               for c in changes), [c.message for c in changes]


def test_the_organs_shorter_review_period_is_no_burden():
    changes = compare("收到复查请求的机关应当自收到复查请求之日起二十日内提出复查意见，并予以书面答复。", PETITION_34).material()
    assert not [c for c in changes if c.kind == "time_limit" and c.severity in ("error", "warning")]


def test_an_organ_called_by_its_local_name_with_a_longer_period(corpus):
    found = _findings(corpus, "县人力资源和社会保障局自受理工伤认定申请之日起九十日内作出是否认定工伤的决定。")
    assert any(f.rule == "UPPER-ALTERED" and "工伤保险条例" in f.upper.law and f.upper.article_label == "第二十条"
               and "九十日" in f.problem for f in found), [f.problem for f in found]


def test_an_organ_called_by_its_local_name_restating_the_period(corpus):
    assert not _findings(corpus, "县人力资源和社会保障局应当自受理工伤认定申请之日起60日内作出工伤认定的决定，"
                                 "并书面通知申请工伤认定的职工或者其近亲属和该职工所在单位。")
