"""Limits that keep a hostile file from exhausting memory: file size, text size, zip entry count, zip bombs,
DTDs; and ``explain``, the Chinese words for what a library raised on a broken file."""

from __future__ import annotations

import functools
import zipfile
import zlib
from pathlib import Path

from statutes.errors import InputError

MAX_FILE_BYTES = 200 * 1024 * 1024        # the file on disk
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024    # all entries of a .docx together, decompressed
MAX_ENTRY_BYTES = 100 * 1024 * 1024       # one entry we actually read
MAX_ZIP_ENTRIES = 5000
MAX_RATIO = 200                           # decompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_TEXT_CHARS = 9_000_000                # characters of text one review takes by default (about 23 MB of real
                                          # documents' text, 27 MB of pure Chinese; bench/README.md, round 19)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def check_file_size(path: Path, size: int) -> None:
    if size == 0:
        raise InputError(path, "文件为空")
    if size > MAX_FILE_BYTES:
        raise InputError(path, f"文件过大（{_mb(size)}），超过 {_mb(MAX_FILE_BYTES)} 的上限，请拆分或另存为较小的文本后再审查")


def check_text_size(path: Path, chars: int, limit: int | None = None) -> None:
    """Refuse a text of more than ``limit`` characters (default ``MAX_TEXT_CHARS``; ``--text-limit`` raises it):
    a review's time and memory grow linearly with the text (bench/README.md, round 19), and above the limit a
    user waits minutes for an opinion nobody can read. ``TextTooLarge`` names the file, its size and the limit."""
    limit = MAX_TEXT_CHARS if limit is None else limit
    if chars > limit:
        raise TextTooLarge(path, chars, limit)


class TextTooLarge(InputError):
    """A text above the size limit. Depends on a setting, not on the file alone: a sweep does not store it (a
    re-run with a higher ``--text-limit`` reviews the file)."""

    def __init__(self, path, chars: int, limit: int):
        self.chars, self.limit = chars, limit
        super().__init__(path, f"文字过多：{_size(path)}约 {_wan(chars)} 万字，超过单份文件 {_wan(limit)} 万字的上限"
                               "（审查时间和内存随字数增长）；请拆分后分别审查，或用 --text-limit <万字> 提高上限")

    def __reduce__(self):                    # picklable across a process pool
        return type(self), (self.path, self.chars, self.limit)


def _size(path) -> str:
    try:
        return f"文件 {_mb1(Path(path).stat().st_size)}，"
    except (OSError, TypeError, ValueError):
        return ""


def _mb1(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n < 100 * 1024 * 1024 else _mb(n)


def _wan(n: int) -> str:
    """Characters in 万字: whole numbers from 10 万 on, one decimal below."""
    return f"{n / 10_000:.0f}" if n >= 100_000 else f"{n / 10_000:.1f}".rstrip("0").rstrip(".")


def check_zip(path: Path, zf: zipfile.ZipFile) -> None:
    """Reject archives that would decompress to too much (declared sizes; reads are bounded separately)."""
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InputError(path, f"压缩包内文件过多（{len(infos)} 个），不像正常的 Word 文档，已拒绝读取")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(path, f"压缩包内 {info.filename} 的压缩比异常（疑似“压缩炸弹”），已拒绝读取")
    if total > MAX_UNZIPPED_BYTES:
        raise InputError(path, f"解压后总大小 {_mb(total)} 超过 {_mb(MAX_UNZIPPED_BYTES)} 的上限，已拒绝读取")


def read_zip_entry(path: Path, zf: zipfile.ZipFile, name: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
    """Read one entry, never more than ``limit`` bytes whatever the header claims."""
    with zf.open(name) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(path, f"压缩包内 {name} 解压后超过 {_mb(limit)}，已拒绝读取")
    return data


def reject_dtd(path: Path, xml: bytes, name: str) -> None:
    """Office XML never carries a DTD; one in a .docx part is a billion-laughs or XXE attempt."""
    if b"<!DOCTYPE" in xml[:4096].upper() or b"<!ENTITY" in xml[:65536].upper():
        raise InputError(path, f"{name} 含有 DTD/实体声明（正常的 Word 文档不会有，疑似恶意构造），已拒绝读取")


def safe_xml_parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True)


def explain(e: BaseException) -> str:
    """A Chinese description of an exception a parsing library raised on a broken or hostile file.
    Never the library's English message: the class decides the words."""
    name = type(e).__name__
    module = type(e).__module__ or ""
    if isinstance(e, PermissionError):
        return "没有读取权限"
    if isinstance(e, IsADirectoryError):
        return "这是一个文件夹，不是文件"
    if isinstance(e, MemoryError):
        return "文件过大，内存不足，无法读取"
    if isinstance(e, RecursionError):
        return "文件结构嵌套过深，无法读取"
    if isinstance(e, zipfile.BadZipFile) or isinstance(e, zlib.error) or name == "BadZipfile":
        return "文件已损坏：压缩数据校验失败或不完整（可能下载不完整），请重新保存后再审查"
    if isinstance(e, EOFError):
        return "文件已损坏：内容不完整（可能下载不完整）"
    if module.startswith("pypdf"):
        if name == "LimitReachedError":
            return "PDF 文件的结构超出安全上限（数据过大或疑似恶意构造），已拒绝读取"
        if name in ("FileNotDecryptedError", "WrongPasswordError"):
            return "PDF 已加密（设置了打开密码），请提供未加密的版本"
        return "PDF 文件已损坏，无法读取"
    if module.startswith("lxml"):
        return "文件中的 XML/HTML 结构无效（文件可能已损坏）"
    if module.startswith("olefile"):
        return "OLE2 容器已损坏，无法读取"
    if isinstance(e, UnicodeError):
        return "文件中的文字编码无效，无法读取"
    if isinstance(e, OSError):
        return "读取文件时出错（磁盘或文件系统错误）"
    return "文件结构异常，无法读取（文件可能已损坏），请用原软件打开后另存为 .docx 再审查"


def guard(reader):
    """Decorate a reader ``f(path, ...)``: anything but an InputError becomes an InputError naming the file."""

    @functools.wraps(reader)
    def wrapped(path, *args, **kwargs):
        try:
            return reader(path, *args, **kwargs)
        except InputError:
            raise
        except Exception as e:  # noqa: BLE001 - a broken file is the user's input problem, never a traceback
            raise InputError(path, explain(e)) from None

    return wrapped
