"""Word 97-2003 (.doc) and WPS (.wps) binary documents: the text of the main document, in pure Python.

The Word binary format ([MS-DOC]) keeps the text in the ``WordDocument`` stream of an OLE2 container, in
pieces listed by the piece table (the CLX's PlcPcd, in the ``0Table`` or ``1Table`` stream named by the
FIB). A piece is either 8-bit ("compressed", cp1252) or UTF-16LE. WPS Office writes .wps in the same format.

Special characters become plain text: 0x0D paragraph end, 0x0B line break and 0x0C page/section break give
line breaks; 0x07 ends a table cell (" | " between cells) or, when the paragraph is a table-row end mark
(sprmPFTtp in its PAPX), the row; fields (0x13 instruction 0x14 result 0x15) keep their result only.
Automatic list numbers are not stored in the text and are not invented; numbers typed by the author are.
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass
from pathlib import Path

from statutes.errors import InputError

from .safety import guard

CELL_SEP = " | "
MAX_CHARS = 9_000_000             # characters of main text we decode (safety.MAX_TEXT_CHARS; a review refuses more)

_FIB_MAGIC = 0xA5EC
_WORD97_NFIB = 0x00C1             # Word 97 and later (Word 6/95 files have nFib 101..105)
_OFF_FLAGS = 0x0A
_OFF_CCP_TEXT = 0x4C              # FibRgLw97.ccpText
_OFF_CLX = 0x01A2                 # FibRgFcLcb97.fcClx / lcbClx
_OFF_BTE_PAPX = 0x0102            # FibRgFcLcb97.fcPlcfBtePapx / lcbPlcfBtePapx
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
_F_OBFUSCATED = 0x8000

_SPRM_TTP = (0x2417, 0x244C)      # sprmPFTtp, sprmPFInnerTtp: this paragraph ends a table row
_SPRM_IN_TABLE = (0x2416, 0x6649)  # sprmPFInTable, sprmPItap: this paragraph is inside a table

_CONVERT = "请用 Word/WPS 打开后“另存为” .docx 再审查"


class _Corrupt(Exception):
    """The binary structure contradicts itself; turned into an InputError with the file's name."""


@dataclass(frozen=True, slots=True)
class _Piece:
    cp_start: int
    cp_end: int
    fc: int            # byte offset in WordDocument of the piece's first character
    compressed: bool   # 1 byte per character (cp1252) instead of 2 (UTF-16LE)


# --- structures -------------------------------------------------------------------------------------

def _u16(data: bytes, off: int) -> int:
    if off + 2 > len(data):
        raise _Corrupt(f"offset {off}")
    return struct.unpack_from("<H", data, off)[0]


def _u32(data: bytes, off: int) -> int:
    if off + 4 > len(data):
        raise _Corrupt(f"offset {off}")
    return struct.unpack_from("<I", data, off)[0]


def _fc_lcb(fib: bytes, off: int) -> tuple[int, int]:
    return _u32(fib, off), _u32(fib, off + 4)


def parse_clx(clx: bytes) -> list[_Piece]:
    """The piece table: skip the Prc entries (0x01), read the Pcdt (0x02) → PlcPcd."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:
        cb = struct.unpack_from("<h", clx, pos + 1)[0] if pos + 3 <= len(clx) else -1
        if cb < 0:
            raise _Corrupt("Prc")
        pos += 3 + cb
    if pos >= len(clx) or clx[pos] != 0x02:
        raise _Corrupt("no Pcdt")
    lcb = _u32(clx, pos + 1)
    plc = clx[pos + 5:pos + 5 + lcb]
    if len(plc) < lcb or lcb < 16 or (lcb - 4) % 12:
        raise _Corrupt("PlcPcd size")
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces = []
    for i in range(n):
        off = 4 * (n + 1) + 8 * i
        fc_raw = struct.unpack_from("<I", plc, off + 2)[0]
        compressed = bool(fc_raw & 0x40000000)
        fc = fc_raw & 0x3FFFFFFF
        if compressed:
            fc //= 2
        if cps[i + 1] < cps[i]:
            raise _Corrupt("piece order")
        pieces.append(_Piece(cps[i], cps[i + 1], fc, compressed))
    return pieces


_IN_TABLE, _ROW_END = 1, 2


def paragraph_props(word: bytes, table: bytes, fib: bytes) -> tuple[list[int], list[int]]:
    """Paragraph runs from the PAPX FKPs: sorted start FCs and flags (_IN_TABLE, _ROW_END) of each run.
    Empty lists when the file has none (then cells and rows are told apart by the marks alone)."""
    fc, lcb = _fc_lcb(fib, _OFF_BTE_PAPX)
    if lcb < 8 or fc + lcb > len(table) or (lcb - 4) % 8:
        return [], []
    n = (lcb - 4) // 8
    runs: list[tuple[int, int]] = []
    for i in range(n):
        pn = _u32(table, fc + 4 * (n + 1) + 4 * i) & 0x3FFFFF
        page = word[pn * 512:pn * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        if 4 * (crun + 1) + 13 * crun > 511:
            continue
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for k in range(crun):
            boff = page[4 * (crun + 1) + 13 * k] * 2
            runs.append((fcs[k], _papx_flags(page, boff) if boff else 0))
        if crun:
            runs.append((fcs[crun], 0))      # past the last run: nothing known
    runs.sort(key=lambda r: r[0])
    return [r[0] for r in runs], [r[1] for r in runs]


def _papx_flags(page: bytes, off: int) -> int:
    cb = page[off]
    if cb == 0:
        if off + 1 >= len(page):
            return 0
        size, pos = 2 * page[off + 1], off + 2
    else:
        size, pos = 2 * cb - 1, off + 1
    flags = 0
    for sprm, val in _sprms(page[pos + 2:pos + size]):     # after the istd
        if sprm in _SPRM_IN_TABLE and val:
            flags |= _IN_TABLE
        elif sprm in _SPRM_TTP and val:
            flags |= _ROW_END | _IN_TABLE
    return flags


_SPRA_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


def _sprms(grpprl: bytes):
    """(sprm, first operand byte) for each Sprm in a grpprl; stops at anything malformed."""
    pos = 0
    while pos + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, pos)[0]
        pos += 2
        spra = sprm >> 13
        if spra == 6:
            if pos >= len(grpprl):
                return
            if sprm in (0xD608, 0xC615) and pos + 2 <= len(grpprl):   # sprmTDefTable, sprmPChgTabs
                size = struct.unpack_from("<H", grpprl, pos)[0] + 1 if sprm == 0xD608 else grpprl[pos] + 1
            else:
                size = grpprl[pos] + 1
        else:
            size = _SPRA_SIZE[spra]
        yield sprm, grpprl[pos] if pos < len(grpprl) else 0
        pos += size


# --- text -------------------------------------------------------------------------------------------

def _piece_text(word: bytes, piece: _Piece, limit: int) -> str:
    """The characters of one piece, clipped to ``limit``."""
    n = min(piece.cp_end - piece.cp_start, limit)
    if n <= 0:
        return ""
    if piece.compressed:
        return word[piece.fc:piece.fc + n].decode("cp1252", errors="replace")
    raw = word[piece.fc:piece.fc + 2 * n]
    return raw[:len(raw) & ~1].decode("utf-16-le", errors="replace")


_DROP = {"\x00", "\x01", "\x02", "\x03", "\x04", "\x05", "\x06", "\x08", "\x1f"}
_MAP = {"\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x1e": "-", "\xa0": " "}


class _Lines:
    """Collects characters into lines; a table row becomes one line of its non-empty cells."""

    def __init__(self):
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.cells: list[str] | None = None       # the row being read, None outside a table

    def char(self, ch: str) -> None:
        self.cur.append(ch)

    def paragraph(self, in_table: bool) -> None:
        if in_table or self.cells is not None:
            self.cur.append(" ")                  # a paragraph inside a cell stays in its cell
        else:
            self.lines.append("".join(self.cur))
            self.cur = []

    def cell(self) -> None:
        if self.cells is None:
            self.cells = []
        self.cells.append(" ".join("".join(self.cur).replace("\n", " ").split()))
        self.cur = []

    def row(self) -> None:
        cells = [c for c in (self.cells or []) if c]
        if cells:
            self.lines.append(CELL_SEP.join(cells))
        self.cells, self.cur = None, []

    def text(self) -> str:
        if self.cells is not None:
            self.row()
        return "\n".join(self.lines + ["".join(self.cur)])


def main_text(word: bytes, table: bytes, fib: bytes) -> str:
    """The main document's text as plain text (fields resolved, a table row per line, cells joined by " | ")."""
    ccp_text = _u32(fib, _OFF_CCP_TEXT)
    if ccp_text > MAX_CHARS:
        raise _Corrupt("ccpText")      # more text than any review takes, or a broken count
    fc_clx, lcb_clx = _fc_lcb(fib, _OFF_CLX)
    if lcb_clx == 0 or fc_clx + lcb_clx > len(table):
        raise _Corrupt("CLX")
    pieces = parse_clx(table[fc_clx:fc_clx + lcb_clx])
    starts, flags = paragraph_props(word, table, fib)

    def props(fc: int) -> int | None:
        if not starts:
            return None
        i = bisect.bisect_right(starts, fc) - 1
        return flags[i] if i >= 0 else 0

    out = _Lines()
    fields: list[bool] = []        # per open field: inside its result (after 0x14)?
    prev = ""
    for piece in pieces:
        if piece.cp_start >= ccp_text:
            break
        step = 1 if piece.compressed else 2
        for i, ch in enumerate(_piece_text(word, piece, ccp_text - piece.cp_start)):
            if ch == "\x13":
                fields.append(False)
            elif ch == "\x14":
                if fields:
                    fields[-1] = True
            elif ch == "\x15":
                if fields:
                    fields.pop()
            elif fields and not fields[-1]:
                pass                               # a field's instruction (HYPERLINK …, PAGE …)
            elif ch == "\x07":
                p = props(piece.fc + i * step)
                if p is None:                      # no PAPX: a second mark right after a cell mark ends the row
                    p = _ROW_END if prev == "\x07" else 0
                out.row() if p & _ROW_END else out.cell()
            elif ch == "\r":
                p = props(piece.fc + i * step)
                out.paragraph(bool(p and p & _IN_TABLE))
            elif ch not in _DROP:
                out.char(_MAP.get(ch, ch))
            prev = ch
    return out.text()


# --- the file ---------------------------------------------------------------------------------------

@guard
def read_doc(path: Path, ext: str = ".doc") -> list[str]:
    """Lines of a .doc/.wps file; every failure is an InputError naming the problem in Chinese."""
    import olefile

    what = "WPS 文字文档" if ext in (".wps", ".wpt") else "Word 97-2003 文档"
    try:
        ole = olefile.OleFileIO(str(path))
    except (OSError, ValueError, IndexError, struct.error) as e:
        raise InputError(path, f"{what}的 OLE2 容器已损坏，无法读取（{_olefile_reason(e)}），{_CONVERT}") from None
    try:
        with ole:
            if not ole.exists("WordDocument"):
                raise InputError(path, _not_word(ole, ext))
            word = _stream(ole, "WordDocument")
            if len(word) < 0x01AA or _u16(word, 0) != _FIB_MAGIC:
                raise InputError(path, f"{what}的文件头（FIB）无效，文件可能已损坏，{_CONVERT}")
            nfib = _u16(word, 2)
            flags = _u16(word, _OFF_FLAGS)
            if flags & (_F_ENCRYPTED | _F_OBFUSCATED):
                raise InputError(path, f"{what}已加密（设置了打开密码），请提供未加密的版本")
            if nfib < _WORD97_NFIB:
                raise InputError(path, f"这是 Word 6.0/95 或更早版本格式的文档，暂不支持，{_CONVERT}")
            table_name = "1Table" if flags & _F_WHICH_TABLE else "0Table"
            if not ole.exists(table_name):
                raise InputError(path, f"{what}缺少 {table_name} 数据流，文件已损坏，{_CONVERT}")
            table = _stream(ole, table_name)
            text = main_text(word, table, word)
    except InputError:
        raise
    except (_Corrupt, struct.error, IndexError, KeyError, ValueError, OSError) as e:
        raise InputError(path, f"{what}结构已损坏，无法读取正文（{_corrupt_reason(e)}），{_CONVERT}") from None
    return text.split("\n")


def _stream(ole, name: str) -> bytes:
    from .safety import MAX_ENTRY_BYTES

    size = ole.get_size(name)
    if size > MAX_ENTRY_BYTES:
        raise _Corrupt(f"{name} too large")
    return ole.openstream(name).read()


def _not_word(ole, ext: str) -> str:
    streams = {"/".join(s) for s in ole.listdir()}
    if "Workbook" in streams or "Book" in streams:
        return "这是 Excel 97-2003 表格（.xls/.et），不是文字文档；表格请作为附件随主件处理"
    if "PowerPoint Document" in streams:
        return "这是 PowerPoint 演示文稿（.ppt），不是文字文档"
    if ext in (".wps", ".wpt"):
        return f"这是旧版 WPS 2000 或更早格式的 .wps 文件（不是 Word 兼容格式），暂不支持，{_CONVERT}"
    return f"OLE2 容器中没有 Word 正文（WordDocument 数据流），不是 Word 文档，{_CONVERT}"


def _olefile_reason(e: Exception) -> str:
    return "文件头或扇区表不完整" if not isinstance(e, OSError) or "not an OLE2" in str(e) else "容器结构无效"


def _corrupt_reason(e: Exception) -> str:
    if isinstance(e, _Corrupt):
        return {"CLX": "片段表位置无效", "no Pcdt": "片段表缺失", "PlcPcd size": "片段表长度无效",
                "piece order": "片段表顺序无效", "ccpText": "正文长度无效或超过 900 万字"}.get(str(e), "数据越界")
    return "数据越界"
