"""RTF: a small tokenizer that decodes \\'hh bytes by the current font's charset.

macOS TextEdit writes ``\\ansicpg1252`` yet stores Chinese as GBK bytes in a ``\\fcharset134`` font
(the D107/O13 case); decoding by font charset instead of the document code page gets the text right.
"""

from __future__ import annotations

import re
from pathlib import Path

_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(\r\n|\n|\r)|\\(.)|([{}])|(\r\n|\n|\r)|([^\\{}\r\n]+)",
                    re.S)
_CHARSETS = {0: None, 1: None, 2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gb18030",
             136: "big5hkscs", 161: "cp1253", 162: "cp1254", 177: "cp1255", 178: "cp1256", 186: "cp1257",
             204: "cp1251", 222: "cp874", 238: "cp1250"}
_DESTINATIONS = {b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"header", b"footer", b"headerl",
                 b"headerr", b"footerl", b"footerr", b"object", b"listtable", b"listoverridetable", b"revtbl",
                 b"rsidtbl", b"xmlnstbl", b"themedata", b"colorschememapping", b"latentstyles", b"datastore",
                 b"generator", b"expandedcolortbl", b"fldinst", b"bkmkstart", b"bkmkend", b"footnote"}


def _font_charsets(data: bytes) -> dict[bytes, str]:
    out = {}
    m = re.search(rb"\{\\fonttbl(.*?)\}\s*(?:\{\\colortbl|\\|\{\\\*)", data, re.S)
    table = m.group(1) if m else b""
    for fm in re.finditer(rb"\\f(\d+)[^;]*?\\fcharset(\d+)", table):
        enc = _CHARSETS.get(int(fm.group(2)))
        if enc:
            out[fm.group(1)] = enc
    return out


def rtf_to_text(data: bytes) -> str:
    ansi = "cp1252"
    m = re.search(rb"\\ansicpg(\d+)", data[:2000])
    if m:
        ansi = {b"936": "gb18030", b"950": "big5hkscs", b"932": "cp932"}.get(m.group(1), f"cp{m.group(1).decode()}")
    fonts = _font_charsets(data)
    out: list[str] = []
    pending = bytearray()
    stack: list[tuple[bool, str, int]] = []
    skip, enc, uc = False, ansi, 1
    skip_bytes = 0

    def flush():
        if pending:
            if not skip:
                try:
                    out.append(pending.decode(enc))
                except (UnicodeDecodeError, LookupError):
                    out.append(pending.decode("gb18030", errors="replace"))
            pending.clear()

    for m in _TOKEN.finditer(data):
        word, arg, hexbyte, esc_nl, sym, brace, nl, text = m.groups()
        if hexbyte is not None:
            if skip_bytes:
                skip_bytes -= 1
                continue
            pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace == b"{":
            stack.append((skip, enc, uc))
            continue
        if brace == b"}":
            if stack:
                skip, enc, uc = stack.pop()
            continue
        if nl is not None:
            continue
        if esc_nl is not None:
            if not skip:
                out.append("\n")
            continue
        if sym is not None:
            if sym == b"*":
                skip = True
            elif not skip:
                out.append({b"~": "\u00a0", b"_": "-", b"-": ""}.get(sym, sym.decode("latin-1")))
            continue
        if word is not None:
            if word in _DESTINATIONS:
                skip = True
            elif word == b"f" and arg is not None:
                enc = fonts.get(arg, ansi)
            elif word == b"uc" and arg is not None:
                uc = int(arg)
            elif word == b"u" and arg is not None:
                if not skip:
                    out.append(chr(int(arg) % 65536))
                skip_bytes = uc
            elif not skip and word in (b"par", b"line", b"sect", b"page", b"row"):
                out.append("\n")
            elif not skip and word == b"tab":
                out.append("\t")
            elif not skip and word == b"cell":
                out.append(" | ")
            continue
        if text is not None and not skip:
            if skip_bytes:
                n = min(skip_bytes, len(text))
                text = text[n:]
                skip_bytes -= n
            out.append(text.decode(enc if enc else "cp1252", errors="replace"))
    flush()
    return "".join(out)


def read_rtf(path: Path, data: bytes) -> list[str]:
    text = rtf_to_text(data)
    return [ln.strip() for ln in text.split("\n")]
