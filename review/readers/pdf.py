"""PDF with a text layer (pypdf). Scanned PDFs are refused with advice; visual lines are re-joined into paragraphs."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from statutes.errors import InputError

from .safety import explain, guard

SCANNED = ("扫描版 PDF 没有文字层：加 --ocr 进行文字识别（OCR，需先安装：pip install 'fashen[ocr]'），"
           "或提供 Word/文本版本")


class ScannedPdf(InputError):
    """The PDF has no text layer (a scan); with ``--ocr`` it is recognised instead."""
_TERMINAL = tuple("。；：！？;:!?")
_MARKER = re.compile(r"^\s*(第[一二三四五六七八九十百零〇\d]+[章节条编]|[一二三四五六七八九十]+[、．.]|"
                     r"[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|[①-⑳]|附件|—\s*\d+\s*—|-\s*\d+\s*-)")


_SPACED = re.compile(r"\S\s{2,}\S|^[A-Z]( [A-Z])+")
_CJK_END = re.compile(r"[\u4e00-\u9fff，、“”‘’《》（）〔〕\d%a-zA-Z]$")


def full_line_length(lines: list[str]) -> int:
    lengths = sorted(len(x) for x in lines if x)
    if not lengths:
        return 0
    return lengths[int(len(lengths) * 0.8)] if len(lengths) > 4 else lengths[-1]


def merge_visual_lines(lines: list[str], full: int) -> list[str]:
    """Join a line to the previous one when the previous is a full-width wrapped line of the same paragraph."""
    out: list[str] = []
    for line in lines:
        if not line:
            out.append("")
            continue
        prev = out[-1] if out else ""
        if (prev and not prev.endswith(_TERMINAL) and len(prev) >= 0.85 * full and full >= 15
                and _CJK_END.search(prev) and not _SPACED.search(prev) and not _MARKER.match(line)):
            out[-1] = prev + line
        else:
            out.append(line)
    return out


@guard
def read_pdf(path: Path) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                ok = 0
            if not ok:
                raise InputError(path, "PDF 已加密（设置了打开密码），请提供未加密的版本")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError) as e:
        raise InputError(path, explain(e)) from None
    visible = sum(len(re.sub(r"\s", "", p)) for p in pages)
    if visible < max(20, 10 * len(pages)) or not re.search(r"[\u4e00-\u9fffA-Za-z]", "".join(pages)):
        raise ScannedPdf(path, SCANNED)
    pages_lines = [[ln.strip(" \u3000\t") for ln in page.replace("\r", "\n").split("\n")] for page in pages]
    full = full_line_length([ln for page in pages_lines for ln in page])
    lines: list[str] = []
    for page_lines in pages_lines:
        lines.extend(merge_visual_lines(page_lines, full))
    return lines
