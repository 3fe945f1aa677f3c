"""Power, coercion, licence and penalty frames enumerated from the law (issue 8, round 10): for each frame added to
review/lexicons (inspect.*, duty.shed, self_amend, competence.open_measures, 准入意见, 组织人员拆除其…) a problem
sentence that must be flagged next to a lawful sentence of the same surface that must stay quiet. The clauses written
before the change are tests/fixtures/rewordings/frames_round10.toml (a dev set: its figures are tuned)."""

from pathlib import Path

import pytest

from review.match import run_example

from tests.rule_rows import RULES, check_row, rule_rows

D043 = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt" / "D043_佛山市新市民积分制服务管理办法-2016.txt"

CASES = [
    # an investigation power with no bounds (随时、根据工作需要、全部、无条件配合) — not one the law gives (依法, 统计法)
    ("C-POWER-ENTRY", "县卫生健康局根据监管工作需要，有权调取辖区内民营医院的全部病历资料和患者联系方式，医院不得以任何理由拒绝。", True),
    ("C-POWER-ENTRY", "执法人员可以随时查阅、复制辖区内商户的进货台账和银行交易记录。", True),
    ("C-POWER-ENTRY", "县市场监督管理局依法对涉嫌违法的经营场所实施现场检查，查阅、复制与涉嫌违法行为有关的合同、票据、账簿。", False),
    ("C-POWER-ENTRY", "县统计局依照《中华人民共和国统计法》的规定，可以查阅、复制统计调查对象的原始记录和凭证。", False),
    # the grantor of public money checking its use is not an investigation power
    ("C-POWER-ENTRY", "县财政局可以随时调阅项目资金使用情况的账目，项目单位应当配合。", False),
    # asking an applicant about the application is a step of handling it (土地登记办法 第十三条, D132)
    ("C-POWER-ENTRY", "国土资源行政主管部门受理土地登记申请后，认为必要的，可以就有关登记事项向申请人询问，也可以对申请登记的土地进行实地查看。", False),
    # a complaint left unanswered — not the anonymous report that cannot be verified, nor the same facts again
    ("C-POWER-02", "对群众举报的违法行为，受理部门认为情节轻微的，可以不予登记、不予答复。", True),
    ("C-POWER-02", "群众投诉经工作人员判断属于一般性问题的，不再予以登记和回复。", True),
    ("C-POWER-02", "对匿名举报且无法核实的，可以不予答复。", False),
    ("C-POWER-02", "投诉不属于本部门职责范围的，应当告知投诉人向有权处理的部门提出。", False),
    # the body sheds liability with no kind named — not force majeure
    ("C-POWER-LIABILITY", "因防汛工作不到位造成损失的，由村（社区）承担全部责任，乡镇人民政府不承担责任。", True),
    ("C-POWER-LIABILITY", "因不可抗力造成的损失，乡镇人民政府不承担责任。", False),
    # whatever other measures against violators — not a duty to take necessary measures
    ("C-POWER-BEYOND", "县城市管理局可以根据市容管理需要，自行确定禁止摆摊设点的区域，并可以对违反者采取其他必要措施。", True),
    ("C-POWER-BEYOND", "执法部门应当采取必要措施，防止证据灭失。", False),
    # the document's terms changed by a department without approval or publication
    ("C-POWER-AMEND", "申报条件由县科技局根据实际适时调整，调整事项无需报县人民政府同意。", True),
    ("C-POWER-AMEND", "本办法规定的补助标准需要调整的，由县财政局会同县农业农村局提出方案，报县人民政府批准后公布执行。", False),
    # a department's entry opinion before registration is a licence
    ("C-LICENSE-01", "开办校外美术培训机构的，应当先取得县教育局出具的准入意见，再办理市场主体登记。", True),
    ("C-LICENSE-01", "县市场监督管理局对食品经营者实行信用分级分类监管，核定其风险等级，据此确定检查频次。", False),
    # the body's own demolition of the party's property — not persuading the party to remove it
    ("C-COERCE-01", "禁养区内养殖户逾期未自行搬迁的，镇人民政府可以组织人员拆除其养殖棚舍。", True),
    ("C-COERCE-01", "对违法建筑，乡镇人民政府应当先行劝导当事人自行拆除，并告知其依法享有的权利。", False),
    # the honour must be what the sanction bears on
    ("C-PENALTY-04", "违规燃放烟花爆竹被查处的，通报其所在单位，当年年度考核不得评为优秀。", True),
]


@rule_rows(CASES)
def test_frame(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.skipif(not D043.exists(), reason="the real documents are not on this machine")
def test_points_scheme_overview_is_no_honour_sanction():
    """D043 附件1 第1段: an overview of a points scheme that lists 表彰奖励 among the bonus indicators and 一票否决 among
    others; the veto does not bear on an honour, so C-PENALTY-04 (变相处罚：与考核、评选挂钩) must stay quiet."""
    text = next(line for line in D043.read_text(encoding="utf-8").splitlines()
                if line.startswith("新市民积分制服务管理计分指标体系由") and "一票否决指标包括申请资料造假和刑事犯罪" in line)
    assert run_example(RULES["C-PENALTY-04"], text) is False
