"""Read a file into ``review.model.Document``: format by content (magic bytes) first, extension second.

Formats: .docx, .doc and .wps (Word binary, ``msdoc``), .ofd, .pdf (text layer; scanned ones with ``--ocr``),
.rtf, .html, plain text, and images with ``--ocr``. Every failure is an ``InputError`` (a subclass of
``FashenError``) with a Chinese message naming the file; nothing a user gives us ends in a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from review.model import Document, Paragraph
from statutes.errors import AttachmentFile, FashenError, InputError

from .edges import strip_line
from .runon import split_run_on
from .safety import MAX_FILE_BYTES, MAX_TEXT_CHARS, TextTooLarge, check_file_size, check_text_size, explain

__all__ = ["read_document", "sniff", "build_document", "ReadOptions", "MAX_FILE_BYTES", "MAX_TEXT_CHARS",
           "TextTooLarge"]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read: ``ocr`` recognises scanned PDFs and images (needs ``fashen[ocr]``); ``via_office`` converts
    .doc/.wps/.rtf with LibreOffice instead of the built-in readers (needs ``soffice``); ``max_chars`` the
    most characters of text one document may hold (None: ``MAX_TEXT_CHARS``; ``--text-limit``)."""

    ocr: bool = False
    via_office: bool = False
    max_chars: int | None = None


_DOC_EXTS = {".doc": "Word 97-2003 文档（.doc）", ".docx": "Word 文档（.docx）", ".pdf": "PDF 文档",
             ".wps": "WPS 文档", ".rtf": "RTF 文档", ".ofd": "OFD 版式文件", ".xls": "Excel 表格",
             ".xlsx": "Excel 表格", ".et": "WPS 表格", ".ppt": "演示文稿", ".pptx": "演示文稿"}
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html|<head|<body|<meta|<title)",
                         re.I | re.S)
_CONVERT = "请用 Word/WPS 打开后“另存为” .docx（或导出为带文字层的 PDF）再审查"
_SURROGATE = re.compile("[\ud800-\udfff]")       # never valid in text; they crash every writer
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def sniff(head: bytes, suffix: str) -> str:
    """The format by magic bytes: zip|ole2|pdf|rtf|html|image|text (text also covers junk; decided later)."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole2"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (suffix in (".bmp", ".gif") and head[:2] in (b"BM", b"GI")):
        return "image"
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
    """Paragraphs from lines (blank lines dropped, edges stripped: readers.edges), text = paragraphs joined by "\\n"."""
    paragraphs: list[Paragraph] = []
    pos = 0
    if any(_SURROGATE.search(line) for line in lines):
        lines = [_SURROGATE.sub("\ufffd", line) for line in lines]
    for line in (piece for line in lines for piece in split_run_on(line)):
        t = strip_line(line)
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


def _zip_kind(path: Path) -> str:
    """docx | ofd | xlsx | pptx | zip, by the parts the archive holds."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        return "ofd"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return "zip"


def _attachment(path: Path, what: str) -> AttachmentFile:
    return AttachmentFile(path, f"这是{what}，不是文件正文；表格作为附件随主件清理，不单独审查")


def _read(path: Path, options: ReadOptions) -> Document:
    size = path.stat().st_size
    check_file_size(path, size)
    with path.open("rb") as fh:
        head = fh.read(4096)
    ext = path.suffix.lower()
    kind = sniff(head, ext)

    if kind == "ole2":
        if ext in (".xls", ".et", ".ett", ".xlt"):
            raise _attachment(path, "Excel/WPS 表格（" + ext + "）")
        if ext in (".ppt", ".dps", ".pps"):
            raise InputError(path, f"这是演示文稿（{ext}），不是文件正文，{_CONVERT}")
        if options.via_office:
            from .office import read_via_office

            return build_document(path, read_via_office(path), "doc")
        from .msdoc import read_doc

        return build_document(path, read_doc(path, ext), "wps" if ext in (".wps", ".wpt") else "doc")
    if kind == "zip":
        zkind = _zip_kind(path)
        if zkind == "ofd" or (zkind == "zip" and ext == ".ofd"):
            from .ofd import read_ofd

            return build_document(path, read_ofd(path), "ofd")
        if zkind == "xlsx":
            raise _attachment(path, "Excel 表格（.xlsx）")
        if zkind == "pptx" or ext in (".pptx",):
            raise InputError(path, f"暂不支持演示文稿（.pptx），{_CONVERT}")
        from .docx import read_docx

        return build_document(path, read_docx(path), "docx")
    if kind == "pdf":
        from .pdf import ScannedPdf, read_pdf

        try:
            return build_document(path, read_pdf(path), "pdf")
        except ScannedPdf:
            if not options.ocr:
                raise
        from .ocr import ocr_pdf

        return build_document(path, ocr_pdf(path), "pdf-ocr")
    if kind == "image":
        if ext in (".xls", ".et", ".xlsx"):
            raise _mismatch(path, "一张图片")
        if not options.ocr:
            raise InputError(path, f"这是图片（扫描件），没有文字层；加 --ocr 进行文字识别（需先安装：{_ocr_install()}）")
        from .ocr import ocr_image

        return build_document(path, ocr_image(path, path.read_bytes()), "image-ocr")
    if ext == ".ofd":
        raise InputError(path, "文件已损坏或不是 OFD 版式文件：找不到 OFD 应有的压缩包文件头")

    data = path.read_bytes()
    if kind == "rtf":
        if options.via_office:
            from .office import read_via_office

            return build_document(path, read_via_office(path), "rtf")
        from .rtf import read_rtf

        return build_document(path, read_rtf(path, data), "rtf")
    if kind == "html":
        if ext in (".pdf", ".doc", ".docx", ".wps", ".rtf", ".ofd", ".xls", ".xlsx", ".et"):
            raise _mismatch(path, "一个 HTML 网页")
        from .html import read_html

        lines, enc = read_html(path, data)
        return build_document(path, lines, "html", enc)
    from .textfile import read_text

    if ext in (".pdf", ".doc", ".docx", ".wps", ".ofd", ".xls", ".xlsx", ".et"):
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


def _ocr_install() -> str:
    from .ocr import INSTALL

    return INSTALL


def read_document(path: Path | str, *, metadata: bool = True, options: ReadOptions | None = None) -> Document:
    """Read ``path`` into a Document (with metadata filled in unless ``metadata=False``).

    Raises only ``FashenError`` subclasses (``InputError``, ``AttachmentFile``), whatever the file holds."""
    p = Path(path)
    options = options or ReadOptions()
    try:
        if not p.exists():
            raise InputError(p, "文件不存在")
        if p.is_dir():
            raise InputError(p, "这是一个文件夹，不是文件；请指定要审查的文件")
        if not p.is_file():
            raise InputError(p, "不是普通文件（可能是管道、设备或套接字），无法读取")
        doc = _read(p, options)
        if not doc.text.strip():
            raise InputError(p, "没有读到任何文字（文件内容为空白）")
        check_text_size(p, len(doc.text), options.max_chars)
        if metadata:
            from review.metadata import apply_metadata

            doc = apply_metadata(doc)
        return doc
    except FashenError:
        raise
    except Exception as e:  # noqa: BLE001 - the contract: never a traceback for a user's file
        raise InputError(p, explain(e)) from None
