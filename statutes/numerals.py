"""Chinese and full-width numerals <-> int. Pure functions, no state."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
           "九": 9, "玖": 9}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000, "萬": 10000,
          "亿": 100_000_000, "億": 100_000_000}

# character classes for regular expressions (one place for every module that looks for a numeral)
CN_NUM_CHARS = "零〇○一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"   # any numeral, 大写 included
CN_DIGITS = "零〇○Ｏ一二三四五六七八九"            # digit by digit: the year 二〇二三
ARTICLE_NUMERAL = "零〇○一二三四五六七八九十百千两"   # an article, paragraph or item number: 第一百零三条
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_HAS_FULLWIDTH = re.compile("[０-９]").search


def fullwidth_to_ascii(text: str) -> str:
    """Full-width digits to ASCII digits (other characters unchanged)."""
    if not _HAS_FULLWIDTH(text):           # str.translate with a table looks up every character: skip it
        return text
    return text.translate(_FULLWIDTH)


def cn_to_int(text: str) -> int | None:
    """Parse a Chinese (or Arabic / full-width) numeral: 十七 -> 17, 一百零三 -> 103, 二〇二一 -> 2021.

    Returns None when the text is not a numeral (also for ①, ² and other characters ``str.isdigit`` accepts).
    """
    s = fullwidth_to_ascii(text.strip())
    if not s:
        return None
    if s.isascii():
        return int(s) if s.isdigit() else None
    if any(ch not in _DIGITS and ch not in _UNITS for ch in s):
        return None
    if not any(ch in _UNITS for ch in s):  # digit-by-digit: 二〇二一
        return int("".join(str(_DIGITS[ch]) for ch in s))
    total, section, digit = 0, 0, 0
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            unit = _UNITS[ch]
            if unit == 100_000_000:
                total = (total + section + digit) * unit
                section, digit = 0, 0
            elif unit == 10000:
                total += (section + digit) * unit
                section, digit = 0, 0
            else:
                section += (digit or 1) * unit
                digit = 0
    return total + section + digit


def int_to_cn(n: int) -> str:
    """17 -> 十七, 103 -> 一百零三, 1260 -> 一千二百六十, 10001 -> 一万零一 (the form statutes use for numbers)."""
    if n < 0:
        raise ValueError(n)
    if n == 0:
        return "零"
    out = _compose(n)
    if out.startswith("一十"):
        out = out[1:]
    return out


def _compose(n: int) -> str:
    for value, name in ((100_000_000, "亿"), (10_000, "万")):
        if n >= value:
            high, low = divmod(n, value)
            out = _compose(high) + name
            if low:
                out += ("零" if low < value // 10 else "") + _compose(low)
            return out
    return _below_10000(n)


def _below_10000(n: int) -> str:
    digits = "零一二三四五六七八九"
    parts: list[str] = []
    zero_pending = False
    started = False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero_pending:
                parts.append("零")
            parts.append(digits[d] + name)
            zero_pending = False
            started = True
        elif started:
            zero_pending = True
    return "".join(parts)


def article_label(article: int, sub: int = 0) -> str:
    """(17, 0) -> 第十七条; (133, 1) -> 第一百三十三条之一."""
    label = f"第{int_to_cn(article)}条"
    return label + (f"之{int_to_cn(sub)}" if sub else "")
