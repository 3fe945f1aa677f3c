"""Cleanup-list exporters (xlsx, csv, json, docx) and atomic writing."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile

import pytest
from lxml import etree

from review.atomic import atomic_open, atomic_write_bytes, atomic_write_text
from review.export import (COLUMNS, CatalogueEntry, summarize, write_csv, write_docx_table, write_json,
                           write_xlsx)
from review.model import Clause, Finding

CLAUSE = Clause(index=11, label="第十二条", text="申请入户的，应当提交计划生育证明。", start=0, end=17, paragraph=12)
FP = Finding(rule="FP-PROOF", category="family-planning", severity="error", title="计划生育证明作为办事前置",
             clause=CLAUSE, quote="应当提交计划生育证明", problem="将计划生育证明作为入户前置条件。",
             suggestion="删除该项要求。")

ENTRIES = (
    CatalogueEntry(path="docs/D013_广州市积分制入户管理办法2014.txt", sha256="a" * 64,
                   title="广州市积分制入户管理办法", doc_number="穗府办〔2014〕10号", issuer="广州市人民政府办公厅",
                   date="2014-02-20", disposition="修改",
                   reasons=("将计划生育情况作为入户条件，与“入户与个人生育情况全面脱钩”的要求不符",),
                   clauses_to_change=("第十二条", "第十九条第（三）项"), findings=(FP,)),
    CatalogueEntry(path="docs/D016_中山市居住证办理工作指引2016.txt", sha256="b" * 64,
                   title="中山市居住证办理工作指引", doc_number="", issuer="中山市公安局", date="2016-05",
                   disposition="继续有效"),
    CatalogueEntry(path="docs/D016_副本.txt", sha256="b" * 64, title="中山市居住证办理工作指引", doc_number="",
                   issuer="中山市公安局", date="2016-05", disposition="宣布失效",
                   reasons=("适用期已过",), duplicate_of="docs/D016_中山市居住证办理工作指引2016.txt"),
    CatalogueEntry(path="originals/O10_东莞市积分制人才入户实施细则2015.pdf", sha256="c" * 64, title="",
                   doc_number="", issuer="", date="", disposition=None,
                   error="扫描件，无可提取的文字层"),
)


# ---- the JSON contract ----------------------------------------------------------------------

def test_entry_to_dict_contract():
    d = ENTRIES[0].to_dict()
    assert {"path", "sha256", "title", "doc_number", "issuer", "date", "disposition", "reasons", "findings",
            "duplicate_of", "error"} <= set(d)
    assert d["disposition"] == "修改" and d["reasons"] == list(ENTRIES[0].reasons)
    assert d["findings"][0]["rule"] == "FP-PROOF" and d["findings"][0]["clause"]["label"] == "第十二条"
    assert ENTRIES[3].to_dict()["disposition"] is None and ENTRIES[3].to_dict()["error"]


def test_unknown_disposition_is_refused():
    with pytest.raises(ValueError):
        CatalogueEntry(path="x", sha256="", title="", doc_number="", issuer="", date="", disposition="作废")


@pytest.mark.parametrize("entry, column, expected", [
    (ENTRIES[0], "需修改条款", "第十二条\n第十九条第（三）项"),                    # one clause a line
    (ENTRIES[1], "理由", ""),                                                    # nothing to say
    (ENTRIES[2], "理由", "1. 适用期已过\n2. 与D016_中山市居住证办理工作指引2016.txt内容重复"),  # duplicate named
    (ENTRIES[3], "文件名称", "O10_东莞市积分制人才入户实施细则2015.pdf"),          # no title: file name
    (ENTRIES[3], "清理意见", "未能审查"),                                          # unreadable
    (ENTRIES[3], "理由", "文件无法读取：扫描件，无可提取的文字层"),                # with its reason
])
def test_row(entry, column, expected):
    assert entry.row(1)[COLUMNS.index(column)] == expected


def test_write_json(tmp_path):
    out = tmp_path / "list.json"
    write_json(ENTRIES, summarize(ENTRIES), out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["path"] for d in data["documents"]] == [e.path for e in ENTRIES]
    assert data["summary"]["total"] == 4
    assert data["summary"]["by_disposition"] == {"继续有效": 1, "修改": 1, "废止": 0, "宣布失效": 1, "待核实": 0,
                                                 "非本级文件": 0, "协议另列": 0, "未能审查": 1}
    assert data["summary"]["duplicates"] == 1


def test_write_csv_has_bom_and_columns(tmp_path):
    out = tmp_path / "list.csv"
    write_csv(ENTRIES, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1][:6] == ["1", "广州市积分制入户管理办法", "穗府办〔2014〕10号", "广州市人民政府办公厅", "2014-02-20", "修改"]
    assert rows[4][5] == "未能审查" and len(rows) == 5


def test_write_xlsx(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "list.xlsx"
    write_xlsx(ENTRIES, out, authority="××市司法局", date="2026-01-01")
    wb = load_workbook(out)
    # 汇总 first, one sheet per disposition that has entries (in DISPOSITIONS order, unreadable last), 说明
    assert wb.sheetnames == ["汇总", "继续有效", "修改", "宣布失效", "未能审查", "说明"]
    summary = wb["汇总"]
    assert summary["A1"].value == "涉法文件清理目录"
    assert summary["A2"].value == "清理机关（盖章）：××市司法局　　　　清理日期：2026年1月1日"
    counts = {r[0]: r[1] for r in summary.iter_rows(min_row=5, max_col=2, values_only=True) if r[0] and r[1] is not None}
    # every disposition is counted (the groups listed apart too), then the files not reviewed, then the total
    assert counts == {"继续有效": 1, "修改": 1, "废止": 0, "宣布失效": 1, "待核实": 0, "非本级文件": 0, "协议另列": 0,
                      "未能审查": 1, "合计": 4}
    ws = wb["修改"]
    assert ws["A1"].value == "涉法文件清理目录（修改）" and ws["A1"].alignment.horizontal == "centerContinuous"
    assert tuple(c.value for c in ws[3]) == COLUMNS
    assert ws.freeze_panes == "A4" and ws.print_title_rows == "$3:$3"
    assert "&P" in ws.oddFooter.center.text and ws.page_setup.orientation == "landscape"
    first = [c.value for c in ws[4]]
    assert first[:6] == [1, "广州市积分制入户管理办法", "穗府办〔2014〕10号", "广州市人民政府办公厅", "2014-02-20", "修改"]
    assert first[7] == "第十二条、第十九条第（三）项" and ws["H4"].alignment.wrap_text
    assert ws.row_dimensions[4].height >= 2 * 11 * 1.2          # two lines of 理由 at least
    assert ws["A5"].value == "共1件。"
    unreadable = [c.value for c in wb["未能审查"][4]]
    assert unreadable[1] == "O10_东莞市积分制人才入户实施细则2015.pdf" and unreadable[5] == "未能审查"
    assert unreadable[6] == "文件无法读取：扫描件，无可提取的文字层"
    assert wb["继续有效"].column_dimensions["B"].width == 34


def test_xlsx_long_reason_is_cut_with_the_full_text_in_a_comment(tmp_path):
    from openpyxl import load_workbook

    long = "、".join(f"第{i}项理由说明文字" for i in range(40))
    e = CatalogueEntry(path="a.txt", sha256="", title="某办法", doc_number="", issuer="", date="",
                       disposition="修改", reasons=(long,))
    write_xlsx([e], tmp_path / "l.xlsx")
    cell = load_workbook(tmp_path / "l.xlsx")["修改"]["G4"]
    assert cell.value.endswith("…（全文见批注）") and len(cell.value) <= 160
    assert cell.comment.text == long


@pytest.mark.parametrize("text, width, lines", [
    ("", 10, 1),                                   # an empty cell is one line
    ("一二三四五", 58, 1),                         # fits
    ("一" * 60, 58, 3),                            # CJK counts two units: 120 units in ~50 per line
    ("a\nb\nc", 58, 3),                            # one line per paragraph
])
def test_wrapped_lines(text, width, lines):
    from review.export import wrapped_lines

    assert wrapped_lines(text, width) == lines


SHARED_EXPLANATION = "与《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》“将入户、入学、入职等与个人生育情况全面脱钩”的要求不符"


def test_shared_explanation_is_one_note():
    from review.export import Notes, short_row

    entries = [CatalogueEntry(path=f"{i}.txt", sha256=str(i), title=f"办法{i}", doc_number="", issuer="", date="",
                              disposition="修改", reasons=(f"含计划生育限制性规定{i}处（甲；乙；丙），{SHARED_EXPLANATION}",),
                              clauses_to_change=("第二条：“原文”", "第二条：“又一处”", "第五条"))
               for i in (1, 2)]
    notes = Notes.collect(entries)
    assert notes.items() == [(1, SHARED_EXPLANATION, 2)]
    row = short_row(entries[0], 1, notes, keep_kinds=1)
    assert row[6] == "含计划生育限制性规定1处（甲等3类），见说明1"
    assert row[7] == "第二条、第五条"                           # labels once, without the quotes


def test_write_xlsx_keeps_formula_looking_text_as_text(tmp_path):
    from openpyxl import load_workbook

    odd = CatalogueEntry(path="a.txt", sha256="", title="=HYPERLINK(\"x\")\x0b", doc_number="", issuer="",
                         date="", disposition="废止")
    out = tmp_path / "odd.xlsx"
    write_xlsx([odd], out)
    cell = load_workbook(out)["废止"]["B4"]
    assert cell.value == "=HYPERLINK(\"x\")" and cell.data_type == "s"


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_write_docx_table(tmp_path):
    out = tmp_path / "list.docx"
    write_docx_table(ENTRIES, out)
    with zipfile.ZipFile(out) as z:
        parts = {n: etree.fromstring(z.read(n)) for n in z.namelist()}
    doc = parts["word/document.xml"]
    pg = doc.find(f".//{W}sectPr/{W}pgSz")
    assert pg.get(f"{W}orient") == "landscape" and int(pg.get(f"{W}w")) > int(pg.get(f"{W}h"))
    rows = doc.find(f".//{W}tbl").findall(f"{W}tr")
    cell_text = [["".join(t.text for t in tc.iter(f"{W}t")) for tc in tr.findall(f"{W}tc")] for tr in rows]
    assert tuple(cell_text[0]) == COLUMNS and rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert [r[5] for r in cell_text[1:]] == ["继续有效", "修改", "宣布失效", "未能审查"]   # grouped
    assert cell_text[2][1] == "广州市积分制入户管理办法" and len(rows) == 5
    assert "涉法文件清理目录" in "".join(t.text for t in doc.iter(f"{W}t"))
    assert [i.text.strip() for i in parts["word/footer1.xml"].iter(f"{W}instrText")] == ["PAGE"]


# ---- atomic writing -------------------------------------------------------------------------

class Boom(Exception):
    pass


def _exploding(entries, after):
    for i, e in enumerate(entries):
        if i == after:
            raise Boom
        yield e


@pytest.mark.parametrize("writer, name", [
    (lambda es, p: write_csv(es, p), "list.csv"),
    (lambda es, p: write_json(es, {}, p), "list.json"),
    (lambda es, p: write_xlsx(es, p), "list.xlsx"),
    (lambda es, p: write_docx_table(es, p), "list.docx"),
])
def test_writer_failing_half_way_leaves_nothing(tmp_path, writer, name):
    with pytest.raises(Boom):
        writer(_exploding(ENTRIES, 2), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file(tmp_path):
    out = tmp_path / "list.csv"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(Boom):
        with atomic_open(out, "w") as fh:
            fh.write("half of the new")
            raise Boom
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_atomic_write_replaces_and_sets_normal_permissions(tmp_path):
    out = tmp_path / "opinion.md"
    atomic_write_text(out, "第一版\n")
    atomic_write_text(out, "第二版\n")
    assert out.read_text(encoding="utf-8") == "第二版\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask     # not mkstemp's 0600
    atomic_write_bytes(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.bin", "opinion.md"]
