"""Limits that keep a hostile file from exhausting memory: file size, zip entry count, zip bombs, DTDs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from statutes.errors import InputError

MAX_FILE_BYTES = 200 * 1024 * 1024        # the file on disk
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024    # all entries of a .docx together, decompressed
MAX_ENTRY_BYTES = 100 * 1024 * 1024       # one entry we actually read
MAX_ZIP_ENTRIES = 5000
MAX_RATIO = 200                           # decompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def check_file_size(path: Path, size: int) -> None:
    if size == 0:
        raise InputError(path, "文件为空")
    if size > MAX_FILE_BYTES:
        raise InputError(path, f"文件过大（{_mb(size)}），超过 {_mb(MAX_FILE_BYTES)} 的上限，请拆分或另存为较小的文本后再审查")


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
