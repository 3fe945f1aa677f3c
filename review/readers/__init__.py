"""Read a file into ``review.model.Document``: format by content (magic bytes) first, extension second.

Every failure is an ``InputError`` with a Chinese message; nothing a user gives us ends in a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

from review.model import Document, Paragraph
from statutes.errors import FashenError, InputError

from .safety import MAX_FILE_BYTES, check_file_size

__all__ = ["read_document", "sniff", "build_document", "MAX_FILE_BYTES"]

_DOC_EXTS = {".doc": "Word 97-2003 文档（.doc）", ".docx": "Word 文档（.docx）", ".pdf": "PDF 文档",
             ".wps": "WPS 文档", ".rtf": "RTF 文档", ".ofd": "OFD 版式文件", ".xls": "Excel 表格",
             ".xlsx": "Excel 表格", ".ppt": "演示文稿", ".pptx": "演示文稿"}
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html|<head|<body|<meta|<title)",
                         re.I | re.S)
_CONVERT = "请用 Word/WPS 打开后“另存为” .docx（或导出为带文字层的 PDF）再审查"


def sniff(head: bytes, suffix: str) -> str:
    """Return the format by magic bytes: docx|zip|ole2|pdf|rtf|html|text (text also covers junk; decided later)."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole2"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if _HTML_START.match(stripped) or _HTML_START.match(_ascii_of_utf16(head)):
        return "html"
    return "text"


def _ascii_of_utf16(head: bytes) -> bytes:
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return head[2:].replace(b"\x00", b"")
    return b""


def build_document(path: Path | str, lines: list[str], source_format: str, encoding: str = "") -> Document:
    """Paragraphs from lines (blank lines dropped, edges stripped), text = paragraphs joined by "\\n"."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in lines:
        t = line.strip(" \t\r\n\u3000\u00a0\ufeff")
        if not t:
            continue
        paragraphs.append(Paragraph(index=len(paragraphs), text=t, start=pos))
        pos += len(t) + 1
    text = "\n".join(p.text for p in paragraphs)
    return Document(path=str(path), text=text, paragraphs=tuple(paragraphs), source_format=source_format,
                    encoding=encoding)


def _mismatch(path: Path, actual: str) -> InputError:
    ext = path.suffix.lower()
    claimed = _DOC_EXTS.get(ext, f"{ext} 文件")
    return InputError(path, f"文件内容与扩展名不符：扩展名是 {ext}（{claimed}），但内容实际是{actual}，"
                            f"不是{claimed}（可能是下载时保存了网页），请取得原始文件后再审查")


def _read(path: Path) -> Document:
    size = path.stat().st_size
    check_file_size(path, size)
    with path.open("rb") as fh:
        head = fh.read(4096)
    ext = path.suffix.lower()
    kind = sniff(head, ext)

    if kind == "ole2":
        what = {".wps": "WPS 文字文档（.wps）", ".xls": "Excel 97-2003 表格（.xls）",
                ".et": "WPS 表格"}.get(ext, "Word 97-2003 文档（.doc）")
        raise InputError(path, f"这是旧版 {what}，暂不支持直接读取，{_CONVERT}")
    if kind == "zip":
        if ext in (".xlsx", ".pptx", ".ofd"):
            raise InputError(path, f"暂不支持 {_DOC_EXTS[ext]}，{_CONVERT}")
        from .docx import read_docx

        return build_document(path, read_docx(path), "docx")
    if kind == "pdf":
        from .pdf import read_pdf

        return build_document(path, read_pdf(path), "pdf")
    if ext == ".ofd":
        raise InputError(path, f"这是 OFD 版式文件，暂不支持，{_CONVERT}")

    data = path.read_bytes()
    if kind == "rtf":
        from .rtf import read_rtf

        return build_document(path, read_rtf(path, data), "rtf")
    if kind == "html":
        if ext in (".pdf", ".doc", ".docx", ".wps", ".rtf", ".ofd", ".xls", ".xlsx"):
            raise _mismatch(path, "一个 HTML 网页")
        from .html import read_html

        lines, enc = read_html(path, data)
        return build_document(path, lines, "html", enc)
    from .textfile import read_text

    if ext in (".pdf", ".doc", ".docx", ".wps", ".ofd", ".xls", ".xlsx"):
        # Not the binary format the name promises: say what it is instead of guessing.
        try:
            from .textfile import decode_text

            decode_text(data)
            raise _mismatch(path, "纯文本")
        except ValueError:
            raise InputError(path, f"文件已损坏或不是{_DOC_EXTS[ext]}：找不到该格式应有的文件头") from None
    lines, enc = read_text(path, data)
    fmt = "md" if ext in (".md", ".markdown") else "txt"
    return build_document(path, lines, fmt, enc)


def read_document(path: Path | str, *, metadata: bool = True) -> Document:
    """Read ``path`` into a Document (with metadata filled in unless ``metadata=False``)."""
    p = Path(path)
    try:
        if not p.exists():
            raise InputError(p, "文件不存在")
        if p.is_dir():
            raise InputError(p, "这是一个文件夹，不是文件；请指定要审查的文件")
        if not p.is_file():
            raise InputError(p, "不是普通文件，无法读取")
        doc = _read(p)
        if not doc.text.strip():
            raise InputError(p, "没有读到任何文字（文件内容为空白）")
        if metadata:
            from review.metadata import apply_metadata

            doc = apply_metadata(doc)
        return doc
    except FashenError:
        raise
    except PermissionError:
        raise InputError(p, "没有读取权限") from None
    except MemoryError:
        raise InputError(p, "文件过大，内存不足，无法读取") from None
    except RecursionError:
        raise InputError(p, "文件结构嵌套过深，无法读取") from None
    except Exception as e:  # noqa: BLE001 - the contract: never a traceback for a user's file
        raise InputError(p, f"无法读取：{type(e).__name__}: {e}") from None
