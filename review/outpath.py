"""Where an output may go: never over a file being read (the draft, a swept original, the corpus), never over a
read-only file, never into a folder that does not exist; a 清理目录 in a format the sweep reviews is not written
inside the swept folders (the next sweep would review the catalogue as a document).

``check_output`` raises ``InputError`` (exit 2) before any work is done, so a refused run changes nothing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from statutes.errors import InputError


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return _real(a) == _real(b)


def _inside(path: Path, root: Path) -> bool:
    root = _real(root)
    if not root.is_dir():
        return False
    return _real(path).is_relative_to(root)


def check_output(out: Path, *, inputs: Iterable[Path] = (), swept_files: Iterable[Path] = (),
                 swept_roots: Iterable[Path] = (), swept_suffixes: Iterable[str] = ()) -> None:
    """Refuse ``out`` when writing it could destroy or confuse an input; see the module docstring."""
    out = Path(out)
    if out.is_dir():
        raise InputError(out, "这是一个文件夹，不能作为输出文件；请指定输出文件名")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(out, f"输出位置的文件夹“{parent}”不存在")
    for src in inputs:
        if src is not None and _same(out, Path(src)):
            raise InputError(out, "输出文件就是输入文件本身，写入会覆盖原件，已拒绝；请换一个输出文件名")
    for src in swept_files:
        if _same(out, Path(src)):
            raise InputError(out, "输出文件是被清理的文件之一，写入会覆盖原件，已拒绝；请把清理目录写到其他位置")
    suffixes = {s.lower() for s in swept_suffixes}
    if out.suffix.lower() in suffixes:
        for root in swept_roots:
            if _inside(out, Path(root)):
                raise InputError(out, f"清理目录（{out.suffix}）不能写在被清理的文件夹“{root}”中：下次清理会把它当作文件审查；"
                                      "请写到该文件夹之外，或改用 .xlsx/.csv/.json")
    if out.exists():
        try:
            mode = out.stat().st_mode
        except OSError:
            mode = 0
        if stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise InputError(out, "输出文件是只读的，已拒绝覆盖；请换一个输出文件名，或先取消该文件的只读属性")
        if not os.access(out, os.W_OK):
            raise InputError(out, "没有写入该输出文件的权限")
    elif not os.access(parent, os.W_OK):
        raise InputError(out, f"没有在文件夹“{parent}”中写入文件的权限")
