"""Metadata of a read document: title, 文号, issuer, dates, validity clause, kind. Pure text → dict.

Each field comes from a small function over the paragraphs; head = the lines before the body starts,
tail = the 落款 (issuer + date) lines. Numbers and dates cited inside sentences are never taken.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date

from statutes.dates import WRITTEN, DateMention, first_date, mentions, whole_date
from statutes.numerals import cn_to_int, fullwidth_to_ascii

_SPACES = re.compile(r"[ \t\u3000\u00a0\u2002\u2003]+")
_CN_SMALL = "一二三四五六七八九十两"
_OPEN, _CLOSE = "〔\\[［【（(｛{", "〕\\]］】）)｝}"
_NUMBER = re.compile(rf"[{_OPEN}]((?:19|20)\d{{2}})[{_CLOSE}]第?(\d{{1,4}})号")
_PREFIX_CUT = re.compile(r".*(?:通知|意见|办法|规定|细则|方案|决定|文件|印发|转发|关于|的|》|号|、|和|及|与|见|按|据|照|文)")
_ORDER = re.compile(rf"^[（(]?(.{{2,20}}?(?:人民政府|政府))令[（(]?第?(\d{{1,4}}|[{_CN_SMALL}百零〇]+)号[）)]?$")
_ORDER_HEAD = re.compile(r"^(.{2,20}?(?:人民政府|政府))令$")
_ORDER_NO = re.compile(rf"^[（(]?第(\d{{1,4}}|[{_CN_SMALL}百零〇]+)号[）)]?$")
_ORG_END = re.compile(r"(人民政府|政府|办公厅|办公室|局|委员会|委|厅|法院|检察院|院|部|署|中心|公司|管委会|管理委员会|"
                      r"常务委员会|常委会|领导小组|小组|办|站|所|会|市委|省委|区委|县委|党委)$")
_RED_HEAD = re.compile(r"^(.{2,40}?)文件$")
_TITLE_END = re.compile(r"(通知|意见|办法|规定|细则|方案|条例|决定|公告|通告|规范|规则|指引|指南|须知|协议书?|合同|批复|"
                        r"函|报告|纲要|标准|一览表|计划|规划|制度|答复|决议|清单|汇编|分值表|指标表|表|通报|要点|措施)"
                        r"([（(][^）)]{1,14}[）)])*$")
_PAGE_NO = re.compile(r"^[-—–－一\s]*\d{1,3}[-—–－一\s]*$|^第\d+页(共\d+页)?$")
_SELF = re.compile(r"本(?:实施)?(?:暂行)?(?:办法|规定|通知|意见|细则|方案|决定|规则|标准|指引|公告|通告|条例|文件|制度|"
                   r"规范|措施|实施意见|协议|合同|指南|政策)")
_EFFECTIVE = re.compile(r"[自从](.{6,16}?日|发布之日|印发之日|公布之日|颁布之日|下发之日|签发之日|签订之日|签字之日)"
                        r"起(?:施行|执行|实施|生效|试行)")
_VALID_YEARS = re.compile(rf"有效期(?:为|是|暂定为?|限)?(\d+(?:\.\d+)?|[{_CN_SMALL}]{{1,3}})年")
VALID_UNTIL = re.compile(r"有效期(?:至|到|截至|截止到?)\s*")  # 有效期至2025年12月31日
_ENDS = re.compile(r"\s*(?:起\s*)?(?:废止|失效|止)")                # 2018年12月31日起废止 / …止


@functools.lru_cache(maxsize=16384)
def squash(s: str) -> str:
    """Drop all spaces (PDF layouts letter-space Chinese: "2015 年 11 月 5 日", "实　施　意　见").
    Cached: the finders below squash the same head and tail lines many times over."""
    return _SPACES.sub("", fullwidth_to_ascii(s)).strip()


def _num(s: str) -> int | None:
    return int(s) if s.isdigit() else cn_to_int(s)


def parse_date(text: str) -> str:
    """First date in ``text`` as ISO (YYYY-MM-DD, or YYYY-MM), "" when none: 二〇一六年三月一日 → 2016-03-01."""
    return first_date(squash(text))


def _written_dates(s: str) -> list[DateMention]:
    """The dates ``s`` writes out with 年/月/日 (a 落款 date; "2016.3.1" is not one)."""
    return [d for d in mentions(s) if d.style == WRITTEN]


_WRITTEN_END = ("日", "月")     # how a written date ends (statutes.dates: 2016年3月1日, 2016年3月)


@functools.lru_cache(maxsize=16384)
def _is_date_line(line: str) -> bool:
    """A line that is a written date and nothing else (a 落款 date), or one followed by 发布/公布. Cached: the
    落款 finder and the clause splitter ask it of the same lines."""
    s = squash(line).strip("（）()")
    t = s.removesuffix("发布").removesuffix("公布").removesuffix("印发")
    if not (s.strip().endswith(_WRITTEN_END) or t.strip().endswith(_WRITTEN_END)):
        return False            # no written date ends the line: nothing to scan (most lines of a document)
    d = whole_date(s) or whole_date(t)
    return bool(d and d.style == WRITTEN and d.iso) and not s.endswith("印发")


def end_date(clause: str) -> DateMention | None:
    """The day on which a validity clause says the document ends: "2018年12月31日起废止" / "…止" / the end of a span
    it is in force for ("本办法自2008年5月1日至2013年4月30日施行"; a day written out with 年月日, iso None when the
    calendar has no such day), None when it names none. A numeric date before 失效 is a web page's table, not a
    clause: "施行日期 2004-10-01 失效日期 --"."""
    days = [d for d in _written_dates(clause) if d.has_day]
    for i, d in enumerate(days):
        if _ENDS.match(clause, d.end):
            return d
        if (i and _SPAN_TO.fullmatch(clause, days[i - 1].end, d.start) and _SPAN_FROM.search(clause[:days[i - 1].start])
                and _IN_FORCE.match(clause, d.end)):
            return d
    return None


# a span a document is in force for: 自2008年5月1日至2013年4月30日施行 / 执行期限为2016年1月1日至2018年12月31日
_SPAN_FROM = re.compile(r"(?:[自从]|期限?为|期间为|有效期为?)\s*$")
_SPAN_TO = re.compile(r"\s*(?:起\s*)?(?:至|到|—|－|-|~|～)\s*")
_IN_FORCE = re.compile(r"\s*(?:止\s*)?(?:施行|执行|实施|试行|有效|[。；]|$)")


def until_date(clause: str) -> DateMention | None:
    """The date after "有效期至" (有效期至2025年12月31日; a month, 有效期至2025年12月, means its last day)."""
    until = VALID_UNTIL.search(clause)
    return next((d for d in mentions(clause) if d.start >= until.end()), None) if until else None


def normalize_number(prefix: str, year: str, n: str) -> str:
    return f"{prefix}〔{year}〕{int(n)}号"


def _numbers_in(line: str) -> list[tuple[str, int, int]]:
    """文号 in a line: (normalized, start, end) in the squashed line."""
    s = squash(line)
    out = []
    for m in _NUMBER.finditer(s):
        before = s[:m.start()]
        pm = re.search(r"[\u4e00-\u9fff]{1,8}$", before)
        if not pm:
            continue
        prefix = pm.group(0)
        cut = _PREFIX_CUT.match(prefix)
        if cut:
            prefix = prefix[cut.end():]
        if not prefix or len(prefix) > 7:
            continue
        out.append((normalize_number(prefix, m.group(1), m.group(2)), m.start() - len(prefix), m.end()))
    return out


def _order_number(lines: list[str]) -> str:
    for i, line in enumerate(lines):
        s = squash(line)
        m = _ORDER.match(s)
        if m:
            return f"{m.group(1)}令第{_num(m.group(2))}号"
        m = _ORDER_HEAD.match(s)
        if m and i + 1 < len(lines):
            n = _ORDER_NO.match(squash(lines[i + 1]))
            if n:
                return f"{m.group(1)}令第{_num(n.group(1))}号"
    return ""


def _full_order(order: str, title: str) -> str:
    """省政府令第175号 → 福建省人民政府令第175号 when the title names the province/city."""
    for short in ("自治区", "省", "市"):
        if order.startswith(short):
            m = re.match(rf"^(.{{2,8}}?{short})", title)
            if m:
                rest = order[len(short):]
                order = m.group(1) + ("人民" + rest if rest.startswith("政府") else rest)
            break
    return order


def _head(lines: list[str], limit: int = 30) -> list[str]:
    """Lines before the body: stop at the first long sentence (ending with 。) after the title block."""
    out = []
    for line in lines[:limit]:
        s = squash(line)
        if len(s) > 60 and s.endswith(("。", "；")) and out:
            break
        out.append(line)
    return out


def find_doc_number(lines: list[str], title: str = "") -> str:
    """The document's own 文号: a line that is (almost) only the number, near the top; else one in the title."""
    head = _head(lines)
    order = _order_number(head[:12])
    for line in head[:20]:
        s = squash(line)
        for num, a, b in _numbers_in(line):
            if (b - a) >= 0.6 * len(s.strip("（）()")) or (a == 0 and not re.search(r"[，。；]", s)):
                return num
    if order:
        return _full_order(order, title)
    for num, _, _ in _numbers_in(title):
        return num
    for line in head[:3]:  # "关于印发…的通知杭政办〔2008〕17号各区人民政府：" flattened onto one line
        s = squash(line)
        for num, a, _ in _numbers_in(line):
            if "《" not in s[:a] and not s[:a].endswith(("（", "(")):
                return num
    for line in lines[:len(lines) // 2]:
        s = squash(line)
        for num, a, b in _numbers_in(line):
            if (b - a) >= 0.8 * len(s.strip("（）()")):
                return num
    return ""


@functools.lru_cache(maxsize=16384)
def _is_org_line(line: str) -> bool:
    s = squash(line)
    return (2 <= len(s) <= 40 and not re.search(r"[，。；：:,;！？《》“”]", s)
            and bool(_ORG_END.search(s)) and not s.startswith(("第", "关于", "各")))


def _signatures(lines: list[str]) -> list[tuple[int, list[str], str]]:
    """落款 blocks: (index of the date line, issuer lines above it, ISO date)."""
    out = []
    for i, line in enumerate(lines):
        if not _is_date_line(line):
            s = squash(line)
            m = _issuer_date_line(s)
            if m and m.iso:
                out.append((i, [s[:m.start]], m.iso))
            continue
        orgs = []
        j = i - 1
        while j >= 0 and len(orgs) < 4 and _is_org_line(lines[j]):
            parts = _split_orgs(lines[j].strip())
            orgs[:0] = parts if len(parts) > 1 else [squash(lines[j])]
            j -= 1
        out.append((i, orgs, parse_date(line)))
    return out


@functools.lru_cache(maxsize=16384)
def _issuer_date_line(s: str) -> DateMention | None:
    """The date of a squashed line that is an issuer and its date ("某某县人民政府2016年3月1日"), else None.
    Cached, as ``_is_date_line``."""
    if not s.endswith(_WRITTEN_END):
        return None
    m = next(iter(_written_dates(s)), None)
    return m if m and m.end == len(s) and m.start > 0 and _is_org_line(s[:m.start]) else None


def _split_orgs(prefix: str) -> list[str]:
    parts = [p for p in re.split(r"[ \u3000、,，]+", prefix.strip()) if p]
    return parts if all(_ORG_END.search(p) for p in parts) else []


def _letter_spaced(line: str) -> str:
    t = line.strip()
    if re.fullmatch(r"(\S[ \u3000\u00a0]+)+\S", t) and all(len(x) <= 2 for x in _SPACES.split(t)):
        return _SPACES.sub("", t)
    return _SPACES.sub(" ", t)


def _skip_in_title(line: str) -> bool:
    s = squash(line)
    return (not s or bool(_RED_HEAD.match(s)) or (len(s) <= 40 and _has_day_or_cn_date(s)) or bool(_PAGE_NO.match(s)) or _is_date_line(s)
            or bool(_numbers_in(line) and len(_numbers_in(line)[0][0]) >= 0.6 * len(s))
            or s.startswith(("签发人", "密级", "特急", "加急", "平急", "公开方式", "HFGS"))
            or bool(re.fullmatch(r"[A-Z0-9\-—]+", s)) or bool(_ORDER.match(s)) or bool(_ORDER_NO.match(s))
            or bool(_ORDER_HEAD.match(s)))


def _has_day_or_cn_date(s: str) -> bool:
    """A written day (2016年3月1日), or a date in Chinese numerals (二〇一六年三月, as a 落款 writes it)."""
    return any(d.has_day or not s[d.start].isdigit() for d in _written_dates(s))


# a breadcrumb's ">" (首页 > 政策法规), not the one that closes an old-style 文号 year (粤发<2006>24号)
# (a page's "[内容纠错]" link and "信息提供日期：2015-03-06": the day the page was posted, not the document's date)
_CHROME_LINE = re.compile(r"当前位置|(?<![<＜]\d{4})[>＞]|\||首页|发布时间|来源[:：]|浏览次数|点击数|字号|纠错|信息提供日期")


def _strip_site(line: str) -> str:
    """Page titles: "…的通知-广州市住房和城乡建设委员会", "政府信息公开_厦门市…的通知" → the document part."""
    for part in re.split(r"\s*[-_—]\s*(?=[\u4e00-\u9fff])", line):
        if _TITLE_END.search(squash(part)) and len(squash(part)) >= 6:
            return part
    return line


_CHROME_TITLE = re.compile(r"^(?:名称|标题|文件名称|文件标题)[:：](.{6,80})$")
_BODY_START = re.compile(r"^第[一1][章条](?!.{0,4}[至到、])")


def find_title(lines: list[str]) -> str:
    """The first block of up to 4 short lines that ends like a document name (…通知/办法/意见（试行）), looked for
    before the body starts (第一条, 第一章): a text that opens with its first article has no title of its own.
    A web page's 名称/标题 field gives it directly."""
    for line in lines[:40]:
        m = _CHROME_TITLE.match(squash(line))
        if m and _TITLE_END.search(m.group(1)):
            return m.group(1)
    window = [_strip_site(x) for x in lines[:60]]
    body = next((i for i, x in enumerate(window) if _BODY_START.match(squash(x))), len(window))
    window = window[:body]
    # a web page's article: its title stands right above its source bar (来源：… 发布日期：…), under the site's menus and
    # the lists of its other notices (D030)
    bar = next((i for i, x in enumerate(window) if _CHROME_BAR.search(x) and re.search(r"(发布|发文|更新)?(日期|时间)", x)), -1)
    if bar > 0:
        above = squash(window[bar - 1])
        if _TITLE_END.search(above) and len(above) <= 70 and not _CHROME_LINE.search(window[bar - 1]):
            return window[bar - 1].strip()
    for i, line in enumerate(window):
        if _skip_in_title(line) or _CHROME_LINE.search(line):
            continue
        joined = ""
        for j in range(i, min(i + 4, len(window))):
            piece = window[j]
            s = squash(piece)
            if j > i and (_skip_in_title(piece) or s.endswith(("：", ":")) or _CHROME_LINE.search(piece)
                          or len(squash(window[j - 1])) > 30):
                break
            if len(s) > 70 or s.endswith(("。", "；", "：", ":", "，")):
                break
            part = _letter_spaced(piece)
            joined = joined + (" " if joined and re.match(r"[A-Za-z0-9]", part[:1]) and joined[-1:].isalnum()
                               else "") + part
            if _TITLE_END.search(squash(joined)) and not joined.startswith(("第", "附件")):
                nxt = squash(window[j + 1]) if j + 1 < len(window) else ""
                if re.fullmatch(r"[（(][^）)]{1,14}[）)]", nxt):
                    joined += nxt
                return joined.strip()
    for line in window:
        if not _skip_in_title(line):
            return _letter_spaced(line)
    return ""


def attached_title(title: str) -> str:
    """The title of the document a 印发/转发 notice carries: 关于印发《X》的通知 → X."""
    m = re.search(r"(?:印发|转发|颁布|发布)《(.+)》(?:的)?(?:通知|决定)", title) or \
        re.search(r"(?:印发|转发|颁布|发布)(.+?)的(?:通知|决定)$", title)
    return m.group(1) if m else ""


def find_issuer(lines: list[str], title: str, signatures=None) -> str:
    sigs = signatures if signatures is not None else _signatures(lines)
    for _, orgs, _ in sigs:
        if orgs:
            return "、".join(orgs)
    for line in _head(lines)[:8]:
        m = _RED_HEAD.match(squash(line))
        if m and _ORG_END.search(m.group(1)):
            return m.group(1)
    m = re.match(r"^(.{2,60}?)(?:关于|印发|转发)", title)
    if m:
        orgs = _split_orgs(m.group(1))
        if orgs:
            return "、".join(orgs)
    order = _order_number(_head(lines)[:12])
    if order:
        return _full_order(order, title).split("令第")[0]
    for line in lines[:40]:
        m = _CHROME_ISSUER.search(squash(line))
        if m and _ORG_END.search(m.group(1)):
            return m.group(1)
    return issuing_body(lines)


# A notice without 落款 issuer, 红头 or title ("各地级以上市人民政府：……省建设厅会同省监察厅……制定了《…》，
# 现将《实施方案》印发给你们，……请及时上报我厅"): the body that says it made the document it sends out, and
# that the notice calls itself (我厅 → a 厅), is the issuer.
_MAKER = re.compile(r"([\u4e00-\u9fff]{2,20}?(厅|局|委员会|委|办公室|办公厅|办|部|中心))(?:会同[^，。；]{0,40}?)?"
                    r"(?:研究)?(?:制定|起草|修订|拟定)了?《")
_SELF_NAME = re.compile(r"我(厅|局|委|办|部|中心)")
_SENDS_OUT = re.compile(r"印发给你们|转发给你们|印发你们")


def issuing_body(lines: list[str], limit: int = 12) -> str:
    """The issuer a 印发 notice names in its own words (comment above), "" when it names none."""
    head = squash("".join(lines[:limit]))
    if not _SENDS_OUT.search(head):
        return ""
    selves = {m.group(1) for m in _SELF_NAME.finditer(head)}
    for m in _MAKER.finditer(head):
        suffix = m.group(2)
        if suffix in selves or suffix in ("委员会", "委") and "委" in selves or \
                suffix in ("办公室", "办公厅", "办") and "办" in selves:
            return m.group(1)
    return ""


def find_date(lines: list[str], signatures=None) -> str:
    """成文日期: the date under the first 落款 with an issuer; else the last standalone date line."""
    sigs = signatures if signatures is not None else _signatures(lines)
    for _, orgs, iso in sigs:
        if orgs:
            return iso
    for i, _, iso in sigs:
        prev = squash(lines[i - 1]) if i else ""
        if re.match(r"^(省长|市长|主任|区长|州长|县长)", prev):
            return iso
    if sigs:
        return sigs[-1][2]
    for line in lines[:40]:
        s = _SPACES.sub(" ", fullwidth_to_ascii(line))
        m = _CHROME_DATE.search(s) or (_CHROME_BAR.search(s) and _CHROME_TIME.search(s))
        d = next((d for d in mentions(s) if d.start == m.end() and d.has_day), None) if m else None
        if d and d.iso:
            return d.iso
    for line in _head(lines)[:15]:
        s = squash(line)
        if re.fullmatch(r"[（(].*[）)]", s) and _written_dates(s):
            return parse_date(s)
    return ""


_CHROME_DATE = re.compile(r"(?:发布|公布|成文|印发|发文)(?:时间|日期) ?[:：]? ?")    # a web page's 发布时间：2016-03-01
# a page's bar with its source and the time it was posted ("来源:… 投稿:… 时间:2015-01-23 点击: 988 次"): the text
# was made on or before that day, so an 有效期 counted from it ends no later than the count says
_CHROME_BAR = re.compile(r"来源 ?[:：]|投稿 ?[:：]|点击 ?[:：]|浏览(?:次数)? ?[:：]|作者 ?[:：]")
_CHROME_TIME = re.compile(r"(?<![\u4e00-\u9fff])时间 ?[:：] ?")
_CHROME_ISSUER = re.compile(r"(?:公布机关|发布机关|发布部门|发文机关|发文单位|文章来源|来源)[】:：]?([\u4e00-\u9fff]{2,30})")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。；;\n])", text) if s.strip()]


_VALID_STATEMENT = re.compile(rf"有效期限?(?:为|是|暂定为?|至|到|截至|截止|\d|[{_CN_SMALL}])")


def find_validity(text: str) -> str:
    """The document's own validity clause (本办法自…施行，有效期5年), "" when it has none.

    Sentences about the validity of a certificate (居住证有效期一年, 在有效期内) do not count: the sentence
    must state a period or an end date and speak of the document itself (本办法/本规定… or 自…起施行).
    """
    found = ""
    for s in re.split(r"(?<=[。；;])", text):
        flat = squash(s.replace("\n", ""))
        if not (_SELF.search(flat) or _EFFECTIVE.search(flat)):
            continue        # not about the document itself (asked first: the dates' scan costs more)
        stated = [m for m in _VALID_STATEMENT.finditer(flat) if not _HOLDER.search(flat[:m.start()])]
        if stated or end_date(flat):
            found = s.replace("\n", "").strip()
    return found


# what an 有效期 right after it belongs to: a certificate, a card, a permit (居住证有效期限统一为一年), not the document
_HOLDER = re.compile(r"(?:证|卡|照|证书|证明|牌|批文|批复|许可|合同|协议|签注)(?:的)?$")


def validity_years(clause: str, effective: str = "") -> float | None:
    m = _VALID_YEARS.search(squash(clause))
    if m:
        return float(_num(m.group(1)) if not re.fullmatch(r"\d+\.\d+", m.group(1)) else float(m.group(1)))
    until = until_date(clause)
    if until and until.iso and len(until.iso) == 10 and effective and len(effective) == 10:
        d0, d1 = date.fromisoformat(effective), date.fromisoformat(until.iso)
        return round((d1 - d0).days / 365.25, 1)
    return None


def find_effective(text: str, issued: str = "") -> str:
    found = ""
    for s in _sentences(text):
        m = _EFFECTIVE.search(squash(s))
        if not m or not (_SELF.search(s) or "有效期" in s):
            continue
        found = parse_date(m.group(1)) if "年" in m.group(1) else issued
    return found


def find_kind(title: str, lines: list[str], text: str, *, issuer: str = "", doc_number: str = "",
              validity: str = "", issued: str = ""):
    """The document's kind with its evidence (``review.kinds.DocKind``)."""
    from .contracts import _CONTRACT_WORD, _PARTY
    from .kinds import detect_kind

    head = text[:600]
    parties = {m.group(1) for m in _PARTY.finditer(head)}
    contract = (len(parties) >= 2 or {"甲方", "乙方"} <= set(re.findall(r"甲方|乙方", head)) and len(parties) >= 1) \
        and bool(_CONTRACT_WORD.search(title or "") or _CONTRACT_WORD.search(head))
    return detect_kind(title, lines, text, issuer=issuer, doc_number=doc_number, is_contract=contract,
                       attached=attached_title(title), validity=validity, issued=issued)


# a notice that issues a document as its own (关于印发《X（试行）》的通知, 市政府批转市公安局关于《X暂行办法》的通知): X is
# the document, its 暂行/试行 are the document's; a 转发 passes on another body's document and is left out
_ISSUES = re.compile(r"(?:印发|批转|颁布|发布)[^《》]{0,20}?《([^《》]+)》的?(?:通知|决定)$")


def own_title(title: str) -> str:
    """The words of a title that name the document itself: cited titles (《…》) left out, except the one an issuing
    notice issues as its own (``_ISSUES``): 关于贯彻《居住证暂行条例》的通知 → 关于贯彻的通知, 市政府批转市公安局关于
    《南京市户籍准入登记暂行办法》的通知 → … 南京市户籍准入登记暂行办法."""
    t = squash(title)
    m = _ISSUES.search(t)
    return re.sub(r"《[^》]*》", "", t) + (m.group(1) if m else "")


# a web copy's opening note on the document it carries: "公安厅治安管理总队于2011年10月27日制定下发了《××工作规范(试行)》"
_REPORTED = re.compile(r"于((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:制定|研究)?(?:印发|下发|发布|出台|制定|颁布)了?《([^《》]{4,80})》")
_TRAILING_BRACKET = re.compile(r"[（(][^（）()]{1,12}[）)]$")


def reported_issue(text: str, title: str) -> tuple[str, str]:
    """(the date, the full title) a note before the body gives of this very document — the title it names is the
    document's own, perhaps with a bracket the title line lacks ("（试行）") —, or ("", "")."""
    own = _TRAILING_BRACKET.sub("", squash(title))
    if len(own) < 6:
        return "", ""
    head = fullwidth_to_ascii(squash(text[:_HEAD_NOTE_CHARS]))
    body = _BODY_START_ANY.search(head)
    for m in _REPORTED.finditer(head[:body.start()] if body else head):
        named = m.group(2)
        if _TRAILING_BRACKET.sub("", named) == own:
            return parse_date(m.group(1)), named
    return "", ""


_HEAD_NOTE_CHARS = 600
# a title line that closes on the day the document was issued, as compilations print it:
# "深圳市人民政府印发……的通知（2005年8月1日）"
_TITLE_DATE = re.compile(r"[（(]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[）)]$")


def title_date(title: str) -> str:
    """The ISO date a title closes on in brackets ("……的通知（2005年8月1日）"), "" when it closes on none."""
    m = _TITLE_DATE.search(fullwidth_to_ascii(squash(title)))
    return parse_date(m.group(1)) if m else ""
_BODY_START_ANY = re.compile(r"第[一1][章条]")


def extract_metadata(text: str, paragraphs) -> dict:
    """All metadata fields of a document from its text and paragraphs (Paragraph objects or strings)."""
    lines = [p if isinstance(p, str) else p.text for p in paragraphs]
    title = find_title(lines)
    sigs = _signatures(lines)
    issued = find_date(lines, sigs)
    effective = find_effective(text, issued)
    if not issued and effective:
        issued = effective  # no 成文日期 in the text: the 施行 date is the best date it states
    when, named = reported_issue(text, title)
    if named and squash(title) != named and named.startswith(squash(title)):
        title = named                       # the note names it with its bracket: ××工作规范(试行)
    issued = issued or when or title_date(title)
    validity = find_validity(text)
    provisional = next((w for w in ("暂行", "试行") if w in own_title(title)), "")
    doc_number = find_doc_number(lines, title)
    issuer = find_issuer(lines, title, sigs)
    kind = find_kind(title, lines, text, issuer=issuer, doc_number=doc_number, validity=validity, issued=issued)
    return {
        "title": title,
        "attached_title": attached_title(title),
        "doc_number": doc_number,
        "issuer": issuer,
        "date": issued,
        "effective_date": effective,
        "validity": validity,
        "validity_years": validity_years(validity, effective or issued) if validity else None,
        "provisional": provisional,
        "kind": kind.kind,
        "draft": kind.draft,
        "kind_info": kind,
    }


_DOC_FIELDS = ("title", "doc_number", "issuer", "date", "effective_date", "validity", "validity_years",
               "provisional", "kind", "draft", "kind_info")


def apply_metadata(doc):
    """A copy of ``doc`` with the metadata fields filled from its text."""
    meta = extract_metadata(doc.text, doc.paragraphs)
    return dataclasses.replace(doc, **{k: meta[k] for k in _DOC_FIELDS})
