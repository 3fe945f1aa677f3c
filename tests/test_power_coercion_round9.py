"""Power and coercion members enumerated from the law (issue 8, round 9): for each member added to
review/lexicons/power.toml and sanctions.toml, a lawful sentence of the same surface that must stay quiet next to a
problem sentence that must be flagged. The clauses written before the change are
tests/fixtures/rewordings/powercoerce_round9.toml (a dev set: its figures are tuned)."""

from tests.rule_rows import RULES, check_row, rule_rows

CASES = [
    # 代履行 in other words: the body does what the party did not — unless a cited article provides it
    ("C-COERCE-01", "逾期未拆除户外广告牌的，由县城市管理局组织拆除，所需费用由设置人承担。", True),
    ("C-COERCE-01", "逾期未拆除的，由县城市管理局依照《中华人民共和国城乡规划法》第六十五条的规定组织拆除。", False),
    ("C-COERCE-01", "责令限期恢复河道原状，逾期不恢复的，由县水利局代为恢复，费用由违法者承担。", True),
    ("C-COERCE-01", "对逾期不改正的，由县自然资源局依法申请人民法院强制执行。", False),
    # held at a named place until released (变相扣押) — not the government's own collection service
    ("C-COERCE-01", "对在禁渔期内捕捞的船只，渔政人员可以责令其停靠指定码头，禁渔期结束后方可离港。", True),
    ("C-COERCE-01", "城区生活垃圾由环境卫生部门每日定时清运至指定场所处理。", False),
    # a travel or spending ban as enforcement — a court's measure is not the body's
    ("C-COERCE-01", "对拒不缴纳土地出让金的企业，由县自然资源局提请有关部门限制其法定代表人出境和高消费。", True),
    ("C-COERCE-01", "人民法院可以依法对被执行人采取限制高消费措施。", False),
    # the procedure before a measure is not a grant of it
    ("C-COERCE-01", "县城市管理局应当在实施强制拆除前依法催告当事人，并听取其陈述和申辩。", False),
    # a utility cut under another name, to force compliance — not a repair
    ("C-COERCE-02", "逾期仍不自行拆除违法建设的，由县城市管理局书面通知供热单位，暂停对该住户下一采暖期的供热服务。", True),
    ("C-COERCE-02", "供热单位因设备检修暂停供热服务的，应当提前告知用户。", False),
    ("C-COERCE-02", "对在规定期限内未搬迁的经营户，燃气公司根据管委会通知停止供气。", True),
    # the body's own fault or enforcement put on the party — not the party's own fault
    ("C-POWER-LIABILITY", "因审核工作人员失误导致补贴未能按时发放的，由此造成的一切后果由申请人自行承担。", True),
    ("C-POWER-LIABILITY", "申请人因自身原因未按时提交材料的，由此产生的后果由申请人自行承担。", False),
    ("C-POWER-LIABILITY", "申请人应当自行核对系统推送的审批结果。审批系统故障导致的延误，审批机关概不负责。", True),
    # a remedy made conditional on a step the law does not require — not arbitration the law puts first
    ("C-POWER-REMEDY", "申请行政复议前，应当先向原处理机关申请复核；未经复核的，行政复议机构不予受理。", True),
    ("C-POWER-REMEDY", "劳动争议未经仲裁的，人民法院不予受理。", False),
    ("C-POWER-REMEDY", "对执法人员执法行为的投诉，由被投诉的执法中队自行调查处理，处理结果不再接受复查。", True),
    ("C-POWER-REMEDY", "申请人对复核结果仍有异议的，可以向人民法院起诉。", False),
    # silence read as admitting the facts — not a bidder's acceptance of the auction's terms
    ("C-POWER-DEEMED", "当事人在告知书送达后三日内未到指定地点接受调查的，视为对违法事实无异议。", True),
    ("C-POWER-DEEMED", "竞买人一旦参与竞买，视为对土地现状、交易条件无异议。", False),
    # the owners' own choice made subject to the town's consent — not a filing
    ("C-POWER-OWNERS", "新建住宅小区业主委员会成立后，续聘或者更换物业服务企业的，须报所在镇人民政府同意。", True),
    ("C-POWER-OWNERS", "业主委员会应当在选聘物业服务企业后十五日内报街道办事处备案。", False),
    # an association certifying practitioners — not its own members
    ("C-POWER-PRIVATE-ACT", "从事家政服务的人员，其从业资格由县家政服务行业协会审核认定。", True),
    ("C-POWER-PRIVATE-ACT", "会员资格由协会理事会审核确认。", False),
    # a benefit withdrawn at will — not a standard adjusted for the future
    ("C-POWER-REVOKE", "入选人才的安家补助，县委人才办有权根据工作需要暂停发放。", True),
    ("C-POWER-REVOKE", "县人民政府可以根据实际需要调整补贴标准。", False),
    # whatever measures the body deems fit — not a duty to take the necessary ones
    ("C-POWER-BEYOND", "县城市管理局可以根据市容管理需要，对辖区内任何单位和个人采取其认为适当的管理措施。", True),
    ("C-POWER-BEYOND", "执法部门应当采取必要措施，防止证据灭失。", False),
]


@rule_rows(CASES)
def test_member(rule_id, text, expected):
    check_row(rule_id, text, expected)
