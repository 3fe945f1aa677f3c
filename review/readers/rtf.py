"""RTF: a small tokenizer that decodes \\'hh bytes by the current font's charset.

``\\uN`` surrogate pairs are joined (a lone surrogate becomes U+FFFD) and ``\\binN`` payloads are skipped by
their length. (striprtf, tried on the same inputs, gives the same text on O13 but keeps lone surrogates,
parses \\bin payloads outside pictures as text and raises on undecodable bytes, so it would need the same
fixes; no dependency for that.)

macOS TextEdit writes ``\\ansicpg1252`` yet stores Chinese as GBK bytes in a ``\\fcharset134`` font
(the D107/O13 case); decoding by font charset instead of the document code page gets the text right.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .safety import guard

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(\r\n|\n|\r)|\\(.)|([{}])|(\r\n|\n|\r)|([^\\{}\r\n]+)",
                    re.S)
_CHARSETS = {0: None, 1: None, 2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gb18030",
             136: "big5hkscs", 161: "cp1253", 162: "cp1254", 177: "cp1255", 178: "cp1256", 186: "cp1257",
             204: "cp1251", 222: "cp874", 238: "cp1250"}
_DESTINATIONS = {b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"header", b"footer", b"headerl",
                 b"headerr", b"footerl", b"footerr", b"object", b"listtable", b"listoverridetable", b"revtbl",
                 b"rsidtbl", b"xmlnstbl", b"themedata", b"colorschememapping", b"latentstyles", b"datastore",
                 b"generator", b"expandedcolortbl", b"fldinst", b"bkmkstart", b"bkmkend", b"footnote"}


_FONT_TABLE_WITHIN = 1 << 20      # the font table is in the header; never scan a whole hostile file for it


def _font_charsets(data: bytes) -> dict[bytes, str]:
    out = {}
    m = re.search(rb"\{\\fonttbl(.*?)\}\s*(?:\{\\colortbl|\\|\{\\\*)", data[:_FONT_TABLE_WITHIN], re.S)
    table = m.group(1) if m else b""
    for fm in re.finditer(rb"\\f(\d+)[^;]*?\\fcharset(\d+)", table):
        enc = _CHARSETS.get(int(fm.group(2)[:6]))
        if enc:
            out[fm.group(1)] = enc
    return out


def _codec(name: str | None, fallback: str = "cp1252") -> str:
    try:
        return codecs.lookup(name).name if name else fallback
    except LookupError:
        return fallback


class _Unicode:
    """\\uN characters: UTF-16 surrogate pairs joined, a lone surrogate becomes U+FFFD."""

    def __init__(self, out: list[str]):
        self.out = out
        self.high: int | None = None

    def add(self, n: int) -> None:
        if n < 0:
            n += 65536
        if 0xD800 <= n < 0xDC00:
            self.flush()
            self.high = n
            return
        if 0xDC00 <= n < 0xE000:
            if self.high is not None:
                self.out.append(chr(0x10000 + ((self.high - 0xD800) << 10) + (n - 0xDC00)))
                self.high = None
            else:
                self.out.append("\ufffd")
            return
        self.flush()
        self.out.append(chr(n) if 0 <= n <= 0x10FFFF else "\ufffd")

    def flush(self) -> None:
        if self.high is not None:
            self.out.append("\ufffd")
            self.high = None


def rtf_to_text(data: bytes) -> str:
    ansi = "cp1252"
    m = re.search(rb"\\ansicpg(\d{1,6})", data[:2000])
    if m:
        ansi = _codec({b"936": "gb18030", b"950": "big5hkscs", b"932": "cp932"}.get(m.group(1), f"cp{m.group(1).decode()}"))
    fonts = _font_charsets(data)
    out: list[str] = []
    uni = _Unicode(out)
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

    pos, size = 0, len(data)
    while pos < size:
        m = _TOKEN.match(data, pos)
        if m is None:                      # cannot happen with this grammar; never loop forever
            pos += 1
            continue
        pos = m.end()
        word, arg, hexbyte, esc_nl, sym, brace, nl, text = m.groups()
        if hexbyte is not None:
            if skip_bytes:
                skip_bytes -= 1
                continue
            pending.append(int(hexbyte, 16))
            continue
        if text is not None and skip_bytes:        # the ANSI fallback after \\uN
            n = min(skip_bytes, len(text))
            text = text[n:]
            skip_bytes -= n
            if not text:
                continue
        flush()
        if word != b"u":
            uni.flush()
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
            if word == b"bin":
                pos += max(0, int(arg or 0))          # binary payload: skipped by its length, never parsed
                continue
            if word in _DESTINATIONS:
                skip = True
            elif word == b"f" and arg is not None:
                enc = fonts.get(arg, ansi)
            elif word == b"uc" and arg is not None:
                uc = max(0, min(int(arg), 16))
            elif word == b"u" and arg is not None:
                if not skip:
                    uni.add(int(arg))
                skip_bytes = uc
            elif not skip and word in (b"par", b"line", b"sect", b"page", b"row"):
                out.append("\n")
            elif not skip and word == b"tab":
                out.append("\t")
            elif not skip and word == b"cell":
                out.append(" | ")
            continue
        if text is not None and not skip:
            out.append(text.decode(enc, errors="replace"))
    flush()
    uni.flush()
    return "".join(out)


@guard
def read_rtf(path: Path, data: bytes) -> list[str]:
    text = rtf_to_text(data)
    return [ln.strip() for ln in text.split("\n")]
