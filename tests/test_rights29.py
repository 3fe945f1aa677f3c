"""Round 29 (rights29, issues 8 and 9): two causes several independent sources share, read with open slots.

* A household registration (a newborn's birth registration, a child's or a spouse's joining a household, a settling)
  made to wait for another person's act or state (须等……后再办理; 应当要求其将户口迁至……后，再办理子女出生登记; 应先随母
  ……登记常住户口，再申请随父入户) or refused to a class (不办理户口迁入; 不能单独投靠): real documents D001, D076,
  D058, D019 (labelled rights). C-RIGHTS-MOVE's norm (review/lexicons/people.toml hukou.waited, hukou.refused).
* A third body's paper demanded with the body's seal named first (须提交加盖……公章的……证明) or the person sent to the
  body to fetch it (须到原毕业学校开具学历证明; 需到……的地方开具相关证明: D053, D003): review/norms/paper.py.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from review.match import norm_confirms
from review.norms.paper import papers
from review.rules import load_packs
from tests.new_clauses import assert_judged, findings_on_article

PACKS = load_packs()
RULES = {r.id: r for r in PACKS}
CASES = tomllib.loads((Path(__file__).parent / "fixtures" / "rewordings" / "rights29.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:16])
def test_rights29_clauses(case, corpus):
    # review: the problem found in its category, the look-alike not flagged
    assert_judged(findings_on_article(corpus, PACKS, case["text"], case.get("header", "")), case)


@pytest.mark.parametrize("text,confirmed", [
    # D076 第二十五条: the parents' hukou moved first, then the newborn registered
    ("对夫妻双方均为单位集体户口的，应当要求其将户口迁至合法固定住所后，再办理子女出生登记；", True),
    # D001: a spouse's prison term awaited (the header names the 投靠入户)
    ("夫妻投靠入非农户的，须等丈夫或妻子刑满释放后再办理。", True),
    # D001 (四): a child registered elsewhere first
    ("非婚生未成年子女随父入户的，子女应先随母在外地登记常住户口，再申请随父入户。", True),
    # D058: a stepchild may not join alone
    ("继子女不能单独投靠具有法定抚养责任的继父或继母。", True),
    # D019 第五十三条: no registration in public rental housing
    ("公租房仅供租住，不办理户口迁入，但以下情况除外：", True),
    # the law's own sequence: moved out with the permit, then settled (户口登记条例 第十条、第十三条)
    ("跨市迁移户口的，应当先持准予迁入证明到迁出地公安派出所办理迁出手续，再凭户口迁移证到迁入地办理落户。", False),
    # the refusal as the consequence of the conditions the text sets
    ("不符合本办法规定条件的，不予办理落户。", False),
    # … the organ named before it (upperdocs10.toml, a rule-pack look-alike the first build flagged)
    ("在申请户口迁移中弄虚作假的，公安机关不予办理户口迁入；已经迁入的，予以注销。", False),
    # a protective negation
    ("公安派出所不得以父母未办理结婚登记为由，拒绝为新生儿办理出生登记。", False),
])
def test_registration_waited_or_refused(text, confirmed):
    assert norm_confirms(RULES["C-RIGHTS-MOVE"], text, text.rstrip("。；："), "") is confirmed


@pytest.mark.parametrize("text,read", [
    # the seal of a third body before it (Z novel_bn's shape, another paper)
    ("家政服务员申领岗前培训补贴，须提交加盖家政服务企业公章的在岗证明。", "加盖家政服务企业公章的在岗证明"),
    # the person sent to fetch it (D053 第5项, D003)
    ("若毕业证书遗失，请到学校开具学历证明盖章,注明毕业证编号", "到学校开具学历证明"),
    ("灵活就业参保人员如无法提供《失业证》的，则需到当时办理灵活人员就业参保手续的地方开具相关证明", "到当时办理灵活人员就业参保手续的地方开具相关证明"),
    # the person's own seal, the person's own form: nothing read
    ("企业应当提交法定代表人签字并加盖本企业公章的申请书。", None),
    ("申请人应当提交加盖所在单位公章的报名表。", None),
])
def test_sealed_or_fetched(text, read):
    found = papers(text)
    assert (found[0].text if found else None) == read


@pytest.mark.parametrize("text", [
    # D076 (a sweep finding of the first build, read by hand): the registration allowed elsewhere first, the move later
    "夫妻双方均为现役军人的，所生子女可以向父亲或者母亲部队所在地公安机关申报出生登记，也可以在征得该子女祖父母或外祖父母同意后，随该子女祖父母或者外祖父母申报出生登记，待一方退役后再办理该子女户口迁移。",
])
def test_provisional_registration_is_no_wait(text):
    assert norm_confirms(RULES["C-RIGHTS-MOVE"], text, text.rstrip("。"), "") is False


@pytest.mark.parametrize("text", [
    # D011 (a sweep finding of the first build, read by hand, unlabelled): the body's own online check first, the
    # school's paper only where it finds nothing
    "办理广东省内技工学校学历验证证明，申请人登录广东省人力资源和社会保障厅网站打印查询页面；如果查询不到，请先到毕业学校开具证明（须加盖学校公章，列明联系人、联系电话）后，持身份证原件及复印件到省、市人力资源和社会保障部门办理。",
])
def test_fetch_after_the_bodys_own_check_is_no_demand(text):
    assert papers(text) == [] or "毕业学校" not in papers(text)[0].text
