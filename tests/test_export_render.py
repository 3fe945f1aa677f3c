"""The printed 清理目录 as a person sees it: LibreOffice (headless) prints the .xlsx to PDF; no word may be
printed over another (a row too low for its wrapped 理由 spills into the rows below) and every row's last
words must be on the page. Skipped without ``soffice`` and ``pdftotext``."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from review.export import CatalogueEntry, write_docx_table, write_xlsx

needs_office = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                  reason="LibreOffice（soffice）或 pdftotext 未安装")

KINDS = ("入户、入学、就业、住房保障、积分等与生育情况挂钩", "以计划生育证明、婚育证明作为办事材料",
         "以“符合计划生育政策”作为条件")


def _entries(n: int = 30) -> list[CatalogueEntry]:
    out = []
    for i in range(1, n + 1):
        reason = "；".join(KINDS[: 1 + i % 3]) + "，" + "应删除相关表述并依法重新公布" * (1 + i % 4) + f"终点{i:02d}"
        out.append(CatalogueEntry(path=f"docs/{i:03d}.txt", sha256=f"{i:064d}", title=f"某县第{i}号管理办法" * (1 + i % 3),
                                  doc_number=f"某府〔2015〕{i}号", issuer="某县人民政府", date="2015-03-01",
                                  disposition="修改" if i % 5 else "宣布失效", reasons=(reason,),
                                  clauses_to_change=tuple(f"第{k}条" for k in range(1, 2 + i % 6))))
    return out


def overlapping_words(pdf) -> list[tuple[str, str]]:
    """Pairs of words whose boxes on the same page overlap by more than a third of the smaller one."""
    from lxml import etree

    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True).stdout
    root = etree.fromstring(html, etree.HTMLParser(encoding="utf-8"))
    pairs = []
    for page in root.iter("page"):
        words = [(float(w.get("xmin")), float(w.get("ymin")), float(w.get("xmax")), float(w.get("ymax")), w.text)
                 for w in page.iter("word")]
        words.sort()
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                if b[0] >= a[2]:
                    break
                dx = min(a[2], b[2]) - max(a[0], b[0])
                dy = min(a[3], b[3]) - max(a[1], b[1])
                smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                if dx > 0 and dy > 0 and dx * dy > smaller / 3:
                    pairs.append((a[4], b[4]))
    return pairs


def _pdf_text(path, tmp_path) -> tuple[str, int]:
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=240)
    pdf = tmp_path / (path.stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text, text.count("\f")


@needs_office
def test_xlsx_rows_are_tall_enough_in_print(tmp_path):
    entries = _entries()
    out = tmp_path / "list.xlsx"
    write_xlsx(entries, out, authority="某县司法局", date="2026-01-01")
    text, pages = _pdf_text(out, tmp_path)
    assert overlapping_words(tmp_path / "list.pdf") == []
    squeezed = text.replace(" ", "").replace("\n", "")
    missing = [i for i in range(1, 31) if f"终点{i:02d}" not in squeezed]
    assert not missing, f"clipped rows: {missing}"
    assert "第1页，共" in squeezed and "某县司法局" in squeezed
    assert 3 <= pages <= 12


@needs_office
def test_docx_table_starts_on_page_one(tmp_path):
    out = tmp_path / "list.docx"
    write_docx_table(_entries(), out)
    text, pages = _pdf_text(out, tmp_path)
    first = text.split("\f")[0].replace(" ", "")
    assert "涉法文件清理目录" in first and "某县第1号管理办法" in first
    assert pages <= 6
