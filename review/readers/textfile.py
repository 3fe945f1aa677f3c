"""Plain text (.txt, .md, no extension): deterministic encoding detection, one paragraph per line."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from statutes.errors import InputError

from .safety import guard

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NUL in every other byte for ASCII; CJK has none, so look at both."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.3 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to str; return (text, encoding name). Raises ValueError when it is not text.

    Order: BOM (UTF-8 / UTF-16 / UTF-32), a declared charset (gb2312/gbk mapped to gb18030),
    strict UTF-8, UTF-16 without BOM, strict GB18030, then charset-normalizer as a last resort.
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                break
    candidates = []
    if declared:
        candidates.append(normalize_charset(declared))
    candidates.append("utf-8")
    utf16 = _utf16_without_bom(data)
    if utf16:
        candidates.append(utf16)
    candidates.append("gb18030")
    for enc in candidates:
        try:
            codecs.lookup(enc)
            text = _decode(data, enc)
        except (LookupError, UnicodeDecodeError):
            continue
        if not _looks_binary(text):
            return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is not None and best.encoding:
        text = data.decode(best.encoding, errors="replace")
        if not _looks_binary(text):
            return text, best.encoding
    raise ValueError("not text")


def _decode(data: bytes, enc: str) -> str:
    """Strict decoding, except that a multi-byte character cut off at the very end of the file (a truncated
    download or copy) becomes U+FFFD instead of failing the whole file."""
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        if e.end >= len(data) and e.start >= len(data) - 3 and "end of data" in str(e.reason):
            return data[:e.start].decode(enc) + "\ufffd"
        raise


def normalize_charset(name: str) -> str:
    n = name.strip().lower().replace("_", "-")
    if n in {"gb2312", "gbk", "x-gbk", "gb-2312", "gb2312-80", "cp936", "euc-cn", "hz-gb-2312", "gb18030"}:
        return "gb18030"
    if n in {"utf8", "utf-8"}:
        return "utf-8"
    if n in {"big5", "big5-hkscs"}:
        return "big5hkscs"
    return n


_IMPLAUSIBLE = re.compile(r"[^\u0020-\u007e\u00a0\u00a7\u00b0\u00b1\u00b7\u00d7\u00f7\u00e0-\u00fc\u2000-\u206f\u2100-\u27bf\u3000-\u303f\u3400-\u4dbf"
                        r"\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff5e\uff61-\uff9f\s]")


def _looks_binary(text: str) -> bool:
    """Control characters or replacement marks, or mostly characters no Chinese or Western text uses
    (junk bytes that happened to decode, e.g. as UTF-16)."""
    sample = text[:20000]
    if not sample:
        return False
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if bad > max(2, len(sample) // 200):
        return True
    # (counted as the characters outside the plausible ones: few in a text, so no long list of matches is built)
    return len(sample) - len(_IMPLAUSIBLE.findall(sample)) < 0.8 * len(sample)


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


@guard
def read_text(path: Path, data: bytes) -> tuple[list[str], str]:
    """Return (lines, encoding)."""
    try:
        text, enc = decode_text(data)
    except ValueError:
        raise InputError(path, "无法识别文件内容：既不是文本，也不是支持的文档格式（.docx/.pdf/.html/.txt/.rtf）") from None
    if enc == "utf-8-sig":
        enc = "utf-8-bom"
    return split_lines(text.lstrip("\ufeff")), enc
