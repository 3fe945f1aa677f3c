"""Round 12 (issue 8, split12b): lists the clause splitter did not see, on real sentences of the dev documents.

(a) private-use marks a converter left at the start of each line (D116: "\\ue004（一）本人的学历……") hid the item
numbers, so 第九条 stayed one clause and its items were not lent the header's 应当提交; (b) the one-character
numbers ㈠㈡ (D109, D058) were not read as （一）（二）; (c) a list written inline after its header, on one line
(D012 "……不予通过：(一)超生的;(二)……", D070 with the lost indents "：　　(一)……；　　(二)"), stayed one clause.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from review.clauses import split_clauses
from review.readers import build_document, read_document
from review.readers.edges import strip_line
from review.readers.runon import split_inline_items

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "documents" / "txt"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared documents not present")

D116_ARTICLE_9 = [
    "第八条　申领《居住证》的人员应当向用人单位提出申请。",
    "第九条　申领《居住证》时，应当提交下列材料原件和复印件各１份：",
    "\ue004（一）本人的学历、学位证书，职业资格证书或者业绩证明材料；",
    "\ue004（二）有效的身份证明；",
    "\ue004（三）在本省的住所证明；",
    "\ue004（四）婚姻状况公证书；",
    "\ue004（五）本省二级以上医院出具的健康状况证明。",
    "\ue004已经与用人单位签订聘用合同或者劳动合同的申领人，还应当提交聘用合同或者劳动合同；",
]


def clauses_of(lines: list[str]):
    return {c.label: c for c in split_clauses(build_document("t.txt", lines, "txt"))}


# (a) private-use marks
def test_private_use_marks_at_line_edges_are_stripped():
    assert strip_line("\ue004\u3000（一）持有人在本省居住、工作、创业的证明；") == "（一）持有人在本省居住、工作、创业的证明；"
    assert strip_line("第一章\u3000总\u3000则\ue003\ue004") == "第一章\u3000总\u3000则"
    # inside a line the mark is the source's, not ours to drop
    assert strip_line("负责《居住证》的审核。\ue004地级以上市政府人事行政部门") == "负责《居住证》的审核。\ue004地级以上市政府人事行政部门"


def test_items_behind_private_use_marks_are_items_with_their_header():
    by_label = clauses_of(D116_ARTICLE_9)
    header = "申领《居住证》时，应当提交下列材料原件和复印件各１份："
    assert by_label["第九条"].text == "第九条　申领《居住证》时，应当提交下列材料原件和复印件各１份："
    for n in "一二三四五":
        assert by_label[f"第九条（{n}）"].header == header
    assert by_label["第九条（四）"].text == "（四）婚姻状况公证书；"
    assert by_label["第九条第二款"].text.startswith("已经与用人单位签订聘用合同")


@needs_shared
def test_d116_article_9_is_split_into_its_items():
    doc = read_document(next(SHARED.glob("D116_*.txt")), metadata=False)
    by_label = {c.label: c for c in split_clauses(doc)}
    assert by_label["第九条（五）"].text == "（五）本省二级以上医院出具的健康状况证明。"
    assert by_label["第九条（五）"].header.startswith("申领《居住证》时，应当提交下列材料")
    assert by_label["第七条（一）"].header == "申领人必需具备下列条件："


# (b) ㈠㈡
def test_parenthesized_ideograph_numbers_are_items():
    by_label = clauses_of([
        "第九条　投靠人员可将户口迁入本市。",
        "第十条　同时具备下列条件的外来人员，可将户口迁入本市：\ue004",
        "　　㈠持有本市《暂住证》或《居住证》满规定年限；\ue004",
        "　　㈡参加本市社会养老保险满规定年限；\ue004",
        "　　㈤无违法犯罪记录和违反计划生育政策规定的行为。\ue004",
    ])
    assert by_label["第十条（一）"].text == "㈠持有本市《暂住证》或《居住证》满规定年限；"
    assert by_label["第十条（二）"].header == "同时具备下列条件的外来人员，可将户口迁入本市："
    assert "第十条（五）" in by_label


# (c) inline lists
def test_inline_list_after_its_header_is_cut_into_items():
    line = ("第十四条 申请户口迁入我市人员，应符合计划生育政策。申请人有下列情形之一的，属于违法生育，计划生育审核不予通过："
            "(一)超生的;(二)没有办理结婚登记生育子女的;(三)有配偶与他人生育或者与有配偶者生育的;(四)未办理收养登记收养子女的。")
    assert split_inline_items(line) == [
        "第十四条 申请户口迁入我市人员，应符合计划生育政策。申请人有下列情形之一的，属于违法生育，计划生育审核不予通过：",
        "(一)超生的;", "(二)没有办理结婚登记生育子女的;", "(三)有配偶与他人生育或者与有配偶者生育的;", "(四)未办理收养登记收养子女的。"]
    by_label = clauses_of(["第十三条　申请人应当如实申报。", line])
    assert by_label["第十四条（四）"].header == "申请人有下列情形之一的，属于违法生育，计划生育审核不予通过："


def test_inline_list_with_lost_indents_is_cut_into_items():
    by_label = clauses_of([
        "第十五条\u3000",
        "房屋出租人应当承担下列责任：\u3000\u3000(一)不得将房屋出租给无合法有效证件的承租人；\u3000\u3000(二)对出租的房屋进行检查、"
        "维修，保障承租人的居住安全；\u3000\u3000(三)发现承租人有违法犯罪活动或者有违法犯罪嫌疑的，应当及时报告公安机关。\u3000\u3000",
        "第十六条\u3000本规定自发布之日起施行。",
    ])
    assert by_label["第十五条（一）"].text == "(一)不得将房屋出租给无合法有效证件的承租人；"
    assert by_label["第十五条（三）"].header == "房屋出租人应当承担下列责任："


@pytest.mark.parametrize("line", [
    # a reference to items of another article, not a list
    "由本人或者用人单位按照本办法第五条、第七条（一）、（四）项、第八条、第九条（三）、（五）项的规定，向原申请机关续办新证。",
    # a page's wrapped line: its last item goes on in the next line (D124)
    "《人民检察院刑事诉讼规则》第 565 条：侦查活动监督主要发现和纠正以下违法行为 :（一）采用刑讯逼供以及其他非法方法收集犯罪嫌疑人供述的 ;（二）",
    # numbers that do not run from （一）
    "执法监督的范围：（二）刑事立案、销案，实施侦查措施是否合法和适当；（七）国家赋予公安机关承担的其他执法职责的履行情况。",
    # a single item is no list
    "有下列情形的，不予受理：（一）申请材料不齐全的。",
])
def test_what_is_not_an_inline_list_stays_one_line(line):
    assert split_inline_items(line) == [line]


# what the split is for: the item borrows the header's demand (D116 第九条（五）, labelled in heldout_round11)
def test_item_read_with_its_header_is_a_proof_demand():
    from tests.rule_rows import check_row

    header = "申领《居住证》时，应当提交下列材料原件和复印件各１份："
    check_row("C-PROOF-HEALTH", {"header": header, "text": "（五）本省二级以上医院出具的健康状况证明。"}, True)
