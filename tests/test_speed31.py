"""Round-31 speed shortcuts are exact (issues 11 and 12):

* three more searches of the readings are filtered by the keys every match must contain (``firstchars.Keyed``: a scan
  for one set of keys; ``firstchars.Held``: the sentence's own keys against every set): ``charged._BODY_FIRST`` (it
  opens with the open name slot ``_WHO``), ``entry._MARK`` and ``entry._CAP`` — the same matches as the bare regex on
  hand clauses and on the real documents' lines (../shared, when it is there), from any start position;
* ``burden._basis`` is remembered for the last texts (``burdens`` and ``beside`` ask it of the same text): the same
  answer as the function itself, asked once or again.
"""

from __future__ import annotations

import re

import pytest

from tests.real_lines import real_lines
from review.firstchars import Held, Keyed
from review.norms import burden, charged, entry


# (label, the search as the module holds it, the filter it must be)
FILTERED = [
    ("charged._BODY_FIRST", charged._BODY_FIRST, Held),
    ("entry._MARK", entry._MARK, Keyed),
    ("entry._CAP", entry._CAP, Keyed),
]

# one row a behaviour of the three searches, and their look-alikes
CLAUSES = [
    # a township charged with a bureau's act (charged: _BODY_FIRST)
    "各乡镇人民政府负责辖区内气象灾害防御设施建设项目的审批工作。",
    # a coordinating body charged with it
    "县人防工作领导小组具体负责人防工程易地建设费减免的审核。",
    # the look-alike: the bureau itself is charged (an organ named)
    "县气象局负责本行政区域内施放气球活动的许可。",
    # a market mark: a local firm favoured, a listed firm, a title granted (entry: _MARK)
    "优先选用本县注册的粮食仓储企业承担政策性粮食收储任务。",
    "列入县档案局服务机构名录的档案整理企业，可以承接档案数字化项目。",
    "获得县商务局授予“诚信会展企业”称号的企业，优先安排展位。",
    # a cap on operators (entry: _CAP)
    "城区家政服务网点实行总量控制，每万人设置1家。",
    "每个乡镇的彩票销售网点不得超过5家。",
    "邮政快递网点饱和的区域，暂停受理新增网点的备案。",
    # the look-alikes of a cap: people or emissions capped, a figure of a duty
    "入户指标实行总量控制。",
    "测绘单位应当于每年3月31日前报送上一年度测绘成果汇交目录。",
    # none of the keys; empty
    "本办法自2027年1月1日起施行。",
    "",
]

# ``burden._basis``: a cited law, a general basis, a negated basis word (a breach), a basis beside a gate, a reservation,
# none
BASIS_TEXTS = [
    "依照《无线电管理条例》第二十条，设置使用无线电台（站）应当办理许可。",
    "侨务部门依法对归侨侨眷的合法权益予以保护。",
    "未按规定报送地震安全性评价报告的，不予办理施工许可。",
    "除依法取得烟草专卖零售许可证外，还须经乡镇人民政府审核同意。",
    "法律、法规另有规定的，从其规定。",
    "供销合作社应当向社员公开年度财务报告。",
    "",
]



def test_the_three_searches_are_filtered():
    for label, rx, kind in FILTERED:
        assert type(rx) is kind and isinstance(rx.rx, re.Pattern), label


@pytest.mark.parametrize("text", CLAUSES)
def test_filtered_searches_match_as_the_bare_regex_on_clauses(text):
    for label, rx, _ in FILTERED:
        bare = rx.rx
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in bare.finditer(text)], label
        for at in range(0, len(text) + 1, 3):
            got, want = rx.search(text, at), bare.search(text, at)
            assert (got and got.span()) == (want and want.span()), (label, at)
            got, want = rx.match(text, at), bare.match(text, at)
            assert (got and got.span()) == (want and want.span()), (label, at)


def test_some_clauses_match_and_some_do_not():
    # the table above is not a comparison of empty results: each search finds something, and misses somewhere
    for label, rx, _ in FILTERED:
        found = [bool(rx.rx.search(text)) for text in CLAUSES]
        assert any(found) and not all(found), label


def test_filtered_searches_match_as_the_bare_regex_on_real_lines():
    lines = real_lines(5)
    if not lines:
        pytest.skip("the real documents (../shared) are not here")
    for label, rx, _ in FILTERED:
        for line in lines:
            assert [m.span() for m in rx.finditer(line)] == [m.span() for m in rx.rx.finditer(line)], (label, line)
            assert (rx.search(line, 3) and rx.search(line, 3).span()) == \
                (rx.rx.search(line, 3) and rx.rx.search(line, 3).span()), (label, line)


@pytest.mark.parametrize("text, expected", list(zip(BASIS_TEXTS, [True, True, False, False, True, False, False])))
def test_basis_remembered_answers_as_read(text, expected):
    burden._basis.cache_clear()
    assert burden._basis.__wrapped__(text) is expected
    assert burden._basis(text) is expected        # read
    assert burden._basis(text) is expected        # remembered


def test_basis_remembered_on_real_lines():
    lines = real_lines(9)
    if not lines:
        pytest.skip("the real documents (../shared) are not here")
    burden._basis.cache_clear()
    for line in lines + lines[::-1]:              # each asked twice, the second time from what is remembered (or not)
        assert burden._basis(line) == burden._basis.__wrapped__(line), line
