"""What kind of document a text is, from its own signals (legal-checks.md §11.1), and who issued it.

Pure: title, lines and text in, a ``DocKind`` out. The kind decides which rules apply (``Rule.kinds``),
which date rules and dispositions make sense, and whether the reviewing office owns the document
(``review.office``). Every decision carries the words it rests on (``evidence``), shown in the opinion's
审查基本情况: "地方政府规章（依据：“省政府令第175号”“经……常务会议通过，现予公布”）".

The kinds (``KINDS``):

| kind | signals | what is checked |
|---|---|---|
| 法律 | 主席令, 全国人民代表大会(常务委员会)通过 | upper law, not a subject of review |
| 行政法规 | 国务院令, signed by 总理 | upper law |
| 部门规章 | "××部令第×号", "国土资源部第5次部务会议审议通过"; without them, a 规定/办法 with no 文号 or issuing notice that repeals a 部令 ("（建设部令第57号）同时废止"), applies "在中华人民共和国境内" or is interpreted by "国务院××主管部门" | may set 警告、通报批评、罚款 within limits (行政处罚法 第十三条) |
| 地方性法规 | "××人民代表大会常务委员会第×次会议通过", 人大常委会公告 | may set penalties except those reserved to laws and 行政法规 (第十二条); no 有效期 |
| 地方政府规章 | "××人民政府令第×号", "经……常务会议通过，现予公布", signed by 省长/市长; a 规定/办法 that repeals the government's earlier 令 (only a 规章 repeals a 规章); without any of them (a copy that kept only the articles), a 规定/办法 of a government that may make 规章, in articles, resting on a law or 法规, starting on a stated date, with no 文号, 印发 notice, 落款 of an office or department, 有效期 or department interpreting it — the note calls that evidence weak | 警告、通报批评、罚款 only (第十四条); only a 省级 or 设区的市 government may make one (before the 2015 立法法, only a 较大的市: ``LARGER_CITIES``) — a county's "令", or a city's before it had the power, is a 规范性文件 |
| 规范性文件 | 文号 (穗府规〔2020〕1号), "关于印发……的通知", an 有效期 clause; the default | every content rule, 有效期 |
| 党内文件 | issuer 中共××委员会/××委办公室/中央编办, 委办发 | outside a government legal office's review; joint documents too |
| 司法文件 | 人民法院, 人民检察院, 法发/法释 | outside the review |
| 内部工作文件 | 会议纪要, 通报, 工作要点, an office's own working rules (我委…处室), a 实施/工作方案 of targets, measures and 职责分工 with no procedure for the public | not normative |
| 办事指南 | 指南, 指引, 须知, 所需材料; a compilation (汇编) of what laws and lists provide | how to apply a policy; 证明 and conditions are checked, 有效期 is not |
| 附件 | a table or annex on its own (分值表, 一览表) | like a 规范性文件 without 有效期 |
| 合同协议 | 甲方/乙方 with 协议/合同 in the title | the contract rules |

A draft (草案, 送审稿, 征求意见稿, 修订稿) is reviewed as the kind it will become: ``draft`` names the stage; a draft
is legislation (a 规章, or a 条例 of a 人大) when it comes from a 立法处 or its articles carry headings such as
〔立法目的和依据〕. A 部门规章's maker is a national body whether or not the text names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("法律", "行政法规", "部门规章", "地方性法规", "地方政府规章", "规范性文件", "党内文件", "司法文件",
         "内部工作文件", "办事指南", "附件", "合同协议")
NORMATIVE = "规范性文件"
CONTRACT = "合同协议"
LOCAL_REGULATION = "地方性法规"
LOCAL_RULE = "地方政府规章"
DEPT_RULE = "部门规章"
INTERNAL = "内部工作文件"
GUIDE = "办事指南"
ANNEX = "附件"
PARTY = "党内文件"
JUDICIAL = "司法文件"
# kinds that carry an 有效期 (legal-checks.md §3: the provincial rules on 行政规范性文件; 法规 and 规章 have none)
WITH_VALIDITY = (NORMATIVE,)
# kinds made by a body other than a government or its departments: never the office's own documents
OTHER_BODIES = ("法律", "地方性法规", PARTY, JUDICIAL)

DISPLAY = {NORMATIVE: "行政规范性文件", PARTY: "党内文件（党政联合文件）"}
_HEAD_CHARS = 1500
_SPACES = re.compile(r"[\s\u3000\u00a0]+")


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who made the document, as far as the text tells: ``name`` as read, the ``region`` it governs
    ("深圳市", "广东省", "深圳市福田区"; "" for national bodies or when unknown), its ``level``
    (国家 | 省 | 市 | 县 | "") and its ``branch`` (政府 | 人大 | 党委 | 司法 | 联合 | "")."""

    name: str = ""
    region: str = ""
    level: str = ""
    branch: str = ""
    source: str = ""          # where it was read: 制定机关 | 标题 | 文号 | 令号

    def to_dict(self) -> dict:
        return {"name": self.name, "region": self.region, "level": self.level, "branch": self.branch,
                "source": self.source}


@dataclass(frozen=True, slots=True)
class DocKind:
    kind: str                            # one of KINDS
    draft: str = ""                      # 草案 | 送审稿 | 征求意见稿 | 修订稿 | ""
    evidence: tuple[str, ...] = ()       # the words of the text the decision rests on
    note: str = ""                       # e.g. 县级人民政府无规章制定权
    issuer: Issuer = Issuer()

    @property
    def label(self) -> str:
        name = DISPLAY.get(self.kind, self.kind)
        return name + (f"（{self.draft}）" if self.draft else "")

    def describe(self) -> str:
        """地方政府规章（依据：“省政府令第175号”“……现予公布”）— the 审查基本情况 line."""
        quoted = "".join(f"“{e}”" for e in self.evidence if e != self.draft)
        basis = f"依据：{quoted}" if quoted else ""
        extra = "；".join(x for x in (basis, self.note) if x)
        return self.label + (f"（{extra}）" if extra else "")

    def to_dict(self) -> dict:
        return {"kind": self.kind, "draft": self.draft, "label": self.label, "evidence": list(self.evidence),
                "note": self.note, "issuer": self.issuer.to_dict()}


# ---------------------------------------------------------------- issuers and regions

PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
              "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
              "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
# 文号 abbreviations of the provinces (粤人社规〔2016〕4号 is a 广东 document)
PROVINCE_ABBR = {"京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省",
                 "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省",
                 "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
                 "粤": "广东省", "琼": "海南省", "川": "四川省", "蜀": "四川省", "贵": "贵州省", "黔": "贵州省",
                 "云": "云南省", "滇": "云南省", "陕": "陕西省", "甘": "甘肃省", "陇": "甘肃省", "青": "青海省",
                 "蒙": "内蒙古自治区", "桂": "广西壮族自治区", "藏": "西藏自治区", "宁": "宁夏回族自治区",
                 "新": "新疆维吾尔自治区"}
_NATIONAL = re.compile(r"^(国务院|中共中央|中央(办公厅|编办|机构编制委员会)|全国人民代表大会|全国人大|最高人民(法院|检察院)|"
                       r"国家[\u4e00-\u9fff]{1,16}(部|委员会|总局|局|署|办公室)|中国人民银行(?!.{1,6}(分行|中心支行))|"
                       r"(财政|教育|公安|民政|司法|商务|文化|卫生|审计|监察|外交|国防|建设|铁道|交通|水利|农业|"
                       r"国土资源|自然资源|生态环境|环境保护|住房和城乡建设|住房城乡建设|人力资源和社会保障|人力资源社会保障|"
                       r"工业和信息化|科学技术|交通运输|应急管理|退役军人事务|劳动和社会保障|人事|劳动)部)")
_PARTY_BODY = re.compile(r"^中共|^中国共产党|党委|党组|(省|市|县|区|州)委(办公厅|办公室|组织部|宣传部|政法委|编办)?(?![员会])|"
                         r"^中央编办|机构编制委员会|纪律检查委员会|纪委")
_JUDICIAL_BODY = re.compile(r"人民法院|人民检察院")
_CONGRESS_BODY = re.compile(r"人民代表大会|人大常委会")
_REGION_PART = re.compile(r"(?P<name>[\u4e00-\u9fff]{1,9}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗))")


def _squash(s: str) -> str:
    return _SPACES.sub("", s or "")


def region_of(name: str) -> tuple[str, str]:
    """The region a body's name starts with and its level: 深圳市住房和建设局 → (深圳市, 市),
    广东省人力资源和社会保障厅 → (广东省, 省), 深圳市福田区人民政府 → (深圳市福田区, 县),
    省政府令 → ("", "省") (level without a name), 国土资源部 → ("", "国家")."""
    s = re.sub(r"^[日月年号]?(中共|中国共产党)?", "", _squash(name))
    if not s:
        return "", ""
    if _NATIONAL.search(s):
        return "", "国家"
    parts, level, rest = [], "", s
    prov = next((p for p in PROVINCES if rest.startswith(p)), None)
    if prov:
        m = re.match(rf"{prov}(特别行政区|[\u4e00-\u9fff]{{0,5}}?自治区|省|市)?", rest)
        token = m.group(0)
        if not m.group(1):
            token += "市" if prov in _MUNICIPALITIES else "省"
        parts.append(token)
        level = "省"
        rest = rest[m.end():]
    for _ in range(2):
        m = _REGION_PART.match(rest)
        if not m:
            break
        token = m.group("name")
        end = m.end()
        if token.endswith(("州", "盟")) and rest[end:end + 1] in ("市",):   # 广州市, 锡林郭勒盟 vs 杭州市
            token, end = token + rest[end], end + 1
        # a word that merely ends in 区/市/省 (新区管委会, 城市, 办法省) is not a region
        if (re.search(r"(人民|政府|委员会|办公|管理|服务|经济|开发|高新|保税|社区|街道|城市|城区|市区|新区|园区|景区|辖区|"
                      r"市场|小区|企业|本|非|办法|规定|施工|户籍|条例|关于)", token) or token.endswith(("省", "自治区")) or len(token) > (6 if parts else 8)):
            break
        parts.append(token)
        level = ("市" if token.endswith(("市", "州", "盟", "地区")) and level in ("", "省") else
                 "县" if token.endswith(("县", "区", "旗")) or level == "市" else level or "市")
        rest = rest[end:]
    if not parts:
        if re.match(r"^(省|自治区)", s):
            return "", "省"
        if re.match(r"^市", s):
            return "", "市"
        if re.match(r"^(县|区)", s):
            return "", "县"
        return "", ""
    return "".join(parts), level


# The cities whose government could make 规章 before the 2015 立法法 amendment gave the power to every 设区的市
# (立法法 2000 第六十三条第四款 "较大的市"): the 27 provincial capitals, the 4 cities where an 经济特区 lies, and the 18
# cities the 国务院 approved. From 2015-03-15 (立法法 第八十二条, now 第九十三条) every 设区的市, 自治州 and the four
# 不设区的地级市 (东莞, 中山, 嘉峪关, 三沙) may, from a date its province decides.
LARGER_CITIES = ("石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "南京", "杭州", "合肥", "福州", "南昌", "济南",
                 "郑州", "武汉", "长沙", "广州", "南宁", "海口", "成都", "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁",
                 "银川", "乌鲁木齐",
                 "深圳", "珠海", "汕头", "厦门",
                 "唐山", "大同", "包头", "大连", "鞍山", "抚顺", "吉林市", "齐齐哈尔", "青岛", "无锡", "淮南", "洛阳",
                 "宁波", "淄博", "邯郸", "本溪", "徐州", "苏州")
CITY_POWER_SINCE = "2015-03-15"


def may_make_rules(region: str, level: str, date: str = "") -> bool | None:
    """Whether the government of ``region`` (its ``level`` as ``region_of`` reads it) could make 规章 on ``date``
    (ISO, may be partial or ""): a province always, a county never, a city if it was a 较大的市 or the date is on or
    after the 2015 amendment. None when it depends on a date the text does not give."""
    if level == "省":
        return True
    if level != "市":
        return False if level == "县" else None
    city = re.sub(r"^[\u4e00-\u9fff]{2,3}?(?:省|自治区)", "", region)
    if not city:
        return None
    if city.startswith(LARGER_CITIES):
        return True
    if not date or len(date) < 10 and date[:4] == CITY_POWER_SINCE[:4]:
        return None
    return date[:10] >= CITY_POWER_SINCE


_ISSUER_ORDER = re.compile(r"([\u4e00-\u9fff]{1,12}?(?:人民政府|政府))令")


def issuer_of(issuer: str, title: str, doc_number: str, head: str) -> Issuer:
    """Who made the document: the 落款/红头 issuer, else the title's prefix, the 令号 or the 文号."""
    name, source = issuer.strip(), "制定机关"
    if re.match(r"^(国|国办|[\u4e00-\u9fff]{0,6}部(办)?)(发|函|令|规)〔", doc_number or ""):
        return Issuer(name=name, level="国家", branch=_branch(name) or "政府", source="文号")
    if not name:
        m = re.match(r"^(.{2,40}?)(?:关于|印发|转发)", _squash(title))
        if m and re.search(r"(人民政府|政府|办公厅|办公室|局|委员会|委|厅|部|院|中心|领导小组|办)$", m.group(1)):
            name, source = m.group(1), "标题"
    branch = _branch(name)
    region, level = region_of(name) if name else ("", "")
    if not region and level != "国家":
        t = re.sub(r"^[(（]?\d{4}年度?[)）]?", "", _squash(title))   # 2016年上海市……规定: the region after the year
        order = _own(_ISSUER_ORDER, _squash(head))     # its own 令, not one it cites (《…》（省人民政府令第181号）)
        if order:
            r2, l2 = region_of(order.group(1))
            region, level, source = r2 or region, l2 or level, "令号"
            name = name or order.group(1)
        if not region:
            r2, l2 = region_of(t)
            if r2:
                region, level, source = r2, l2, source if name else "标题"
            elif l2 == "国家":
                level, source = "国家", "标题"
    if not region and level != "国家":
        inner = re.search(r"《([^》]{4,60})》", _squash(title))
        if inner:
            r2, l2 = region_of(inner.group(1))
            if r2:
                region, level, source = r2, l2 if not level or l2 == level else level, source or "标题"
    if not region and level != "国家" and doc_number:
        abbr = doc_number[:1]
        if abbr in PROVINCE_ABBR and not re.match(r"^(京政办|津政|沪府|渝府)", doc_number) or \
                re.match(r"^(京|津|沪|渝)", doc_number):
            region, level, source = PROVINCE_ABBR.get(abbr, ""), "省", "文号"
    return Issuer(name=name, region=region, level=level, branch=branch, source=source if (name or region) else "")


def _branch(name: str) -> str:
    s = _squash(name)
    if not s:
        return ""
    parts = [p for p in re.split(r"[、，,\s]+", name) if p] or [s]
    kinds = set()
    for p in parts:
        p = _squash(p)
        if _JUDICIAL_BODY.search(p):
            kinds.add("司法")
        elif _CONGRESS_BODY.search(p):
            kinds.add("人大")
        elif _PARTY_BODY.search(p):
            kinds.add("党委")
        else:
            kinds.add("政府")
    if len(kinds) > 1:
        return "联合"
    return kinds.pop()


# ---------------------------------------------------------------- kinds

_DRAFT = re.compile(r"(修正草案|修订草案|草案|送审稿|征求意见稿|修订稿|讨论稿|代拟稿|草稿)")
_DRAFT_LINE = re.compile(r"^[（(]?(?:修订|修改|修正)?(草案|送审稿|征求意见稿|修订稿|讨论稿|代拟稿)[）)]?$")
_CONGRESS_ADOPTED = re.compile(r"(?:[\u4e00-\u9fff]{0,20}?)人民代表大会(?:常务委员会)?第[\u4e00-\u9fff\d]{1,8}次会议"
                               r"(?:审议)?(?:通过|批准)")
_CONGRESS_NOTICE = re.compile(r"人民代表大会常务委员会公告|人大常委会公告")
_NPC = re.compile(r"全国人民代表大会(?:常务委员会)?第")
_PRESIDENT = re.compile(r"中华人民共和国主席令")
_STATE_COUNCIL_ORDER = re.compile(r"国务院令第?[\d一二三四五六七八九十百零〇]+号|^总理[^\n]{0,8}$", re.M)
_CITED_ORDER = re.compile(r"》\s*[（(]\s*$|[《“]\s*$")       # 《工伤保险条例》（国务院令第586号）: a citation
_DEPT_ORDER = re.compile(r"([\u4e00-\u9fff]{1,20}?(?:部|委员会|总局|局|署|银行))令第?[\d一二三四五六七八九十百零〇]+号")
_DEPT_MEETING = re.compile(r"([\u4e00-\u9fff]{0,20}?)(?:第[\d一二三四五六七八九十百零〇]{1,6}次)?"
                           r"(部务会议|委务会议|局务会议|署务会议|行务会议)(?:审议)?通过")
# the document repeals an earlier 规章 it replaces (只有规章可以废止规章): "（市人民政府令第107号）…同时废止",
# "2003年5月27日市人民政府令第107号颁布的《…》同时废止", "《…》（建设部令第57号）…同时废止"
# … also "（深圳市人民政府令第180号）以及《…》自本办法施行之日起废止" (D030)
_REPEALS_ORDER = re.compile(r"(?P<body>[\u4e00-\u9fff]{0,16}?(?P<gov>人民政府|政府)?)(?:第\s*\d{1,4}\s*号令|令\s*第?\s*\d{1,4}\s*号)"
                            r"(?:[^。；]{0,80}?同时|[^。；]{0,160}?自本(?:办法|规定|细则)(?:施行|实施)之日起)(?:废止|停止执行)")
# a 规定/办法 whose scope is the whole country, or whose interpreter is a 国务院 department named by its
# function, without a 文号 or an issuing notice: a department's rule (部门规章) read without its 令号
_NATIONAL_SCOPE = re.compile(r"在中华人民共和国(?:境内|领域内)[^。；]{0,60}?(?:适用|遵守)本(?:办法|规定|细则)|"
                             r"本(?:办法|规定|细则)由国务院[\u4e00-\u9fff、]{2,30}?(?:部门|部)[\u4e00-\u9fff、]{0,20}?(?:负责)?解释")
_GOV_ORDER = re.compile(r"((?:[\u4e00-\u9fff]{0,12}?(?:省|市|自治区|州|县|区|盟))?(?:人民政府|政府))令\s*[（(]?\s*第?\s*[\d一二三四五六七八九十百零〇]+\s*号")
# … also written with the number first (北京市人民政府第11号令发布, D073), read only where neither form above stands
_GOV_ORDER_AFTER = re.compile(r"((?:[\u4e00-\u9fff]{0,12}?(?:省|市|自治区|州|县|区|盟))?(?:人民政府|政府))"
                              r"第\s*[\d一二三四五六七八九十百零〇]+\s*号令")
_GOV_ORDER_SHORT = re.compile(r"(?:^|\n)\s*(?:省|市|自治区|州)(?:人民)?政府令|[\u4e00-\u9fff]{1,3}府令[〔\[（(]\d{4}[〕\]）)]\d+号")
_EXEC_MEETING = re.compile(r"[\u4e00-\u9fff\d]{0,30}人民政府[\u4e00-\u9fff\d]{0,16}?常务会议(?:审议)?通过")
_PROMULGATED = re.compile(r"现予(?:公布|发布)")
_SIGNED = re.compile(r"^(省长|市长|主席|州长|区长|县长|盟长)[^\n]{0,10}$", re.M)
_ISSUED_NOTICE = re.compile(r"(关于)?(印发|转发|下发)[^\n]{0,60}(的)?通知|现(将|把)[^\n]{0,40}印发给你们|现印发给你们")
_NOTICE_OBJECT = re.compile(r"(?:印发|转发|下发)(?P<what>[^\n]{2,60}?)的?通知")


def _issuing_notice(head_raw: str, title_s: str) -> re.Match | None:
    """The first issuing notice (关于印发……的通知) in the head that may issue this document: not one naming another
    document, as a web page's navigation lists its site's other notices above the text (D030: 深圳市人民政府办公厅关于印发
    深圳市人才引进实施办法的通知 over 深圳市社会医疗保险办法)."""
    core = re.sub(r"[（(][^）)]*[）)]$|[《》〈〉]", "", title_s)
    for line in head_raw.splitlines():
        line = _squash(line)
        m = _ISSUED_NOTICE.search(line)
        if not m:
            continue
        obj = _NOTICE_OBJECT.search(line)
        what = re.sub(r"[《》〈〉]", "", obj.group("what")) if obj else ""
        if core and what and core not in what and what not in core and what not in title_s:
            continue
        return m
    return None


_CONTRACT_TITLE = re.compile(r"(协议书?|合同(书)?|补充协议)([（(][^）)]*[）)])?$")
_GUIDE_TITLE = re.compile(r"(办事)?指南|(申办|办理|工作|操作)?指引|须知|办事流程|办理流程|(所需|申请|申报)材料|材料清单|"
                          r"办理程序|服务指南|问答")
# a compilation (清单汇编, 法律法规汇编, 政策文件汇编): other instruments' provisions gathered for reference; the
# measures it quotes are set, or not, by the instruments it quotes, never by the compilation (D124: a 信访 office's
# 法定途径清单汇编, "作为程序性的参考使用")
_COMPILATION_TITLE = re.compile(r"汇编(?:[（(][上中下一二三四五六七八九十\d]+[册卷编][）)])?$")
# … or a preface that says so (本《清单汇编》共汇集了……; 将各单位的清单进行汇编，印制成本册)
_COMPILATION_PREFACE = re.compile(r"本《?[^《》。，；]{0,12}汇编》?[^。；]{0,6}(?:共)?(?:汇集|收录|收集|包括)|(?:进行|予以|整理|分类)汇编[^。；]{0,6}(?:印制|编印|成册)")
_ANNEX_TITLE = re.compile(r"(分值表|指标表|一览表|明细表|汇总表|对照表|登记表|申请表|附表)$")
_INTERNAL_TITLE = re.compile(r"会议纪要|纪要$|通报$|任免|工作要点|工作总结|工作规则|议事规则|工作规程|内部管理|考勤|值班|"
                             r"应诉(工作)?(管理)?(办法|规定|制度)|公文处理|督办|工作制度")
_GUIDE_BODY = re.compile(r"申请材料|所需材料|提交材料|办理流程|申请流程|申办流程|受理(地点|部门|时间|机构)|办理(地点|时间)|"
                         r"咨询电话|注意事项|申请对象|办理程序|所需(?:资料|证件)|前置条件|办理时限|受理条件")
_SELF_OFFICE = re.compile(r"我(委|局|厅|办|院|部|中心)")
_INTERNAL_UNITS = re.compile(r"处室|科室|各处|委领导|局领导|厅领导|分管领导|主要领导|政策法规处|法规处|办公室主任|签发|归档|承办处")
_PUBLIC_WORDS = re.compile(r"申请人|公民|法人|单位和个人|当事人|居民|经营者|企业")


# a text that is only what to bring (D053 购房入户: "需提供材料：1、……2、……"): a guide whatever its title, when it has
# no 文号, no issuing notice, no articles and no instrument's name (办法、规定、通知、意见…) for a title
_MATERIALS_LEAD = re.compile(r"(?:需|须|应当?|请)(?:要)?(?:提供|提交|携带|准备)(?:以下|下列|如下)?(?:的)?(?:申请|办理)?"
                             r"(?:材料|资料|证件)[^：:。]{0,30}[：:]|(?:所需|申请|办理|提交)(?:的)?(?:材料|资料|证件)[：:]")
_INSTRUMENT_NAME = re.compile(r"(?:办法|规定|细则|通知|意见|决定|条例|方案|规则|规范|制度|公告|通告|批复|函|纪要|措施|标准|"
                              r"实施意见|指导意见)(?:[（(][^）)]*[）)])?$")
_MATERIALS_LEAD_CHARS = 400


def _materials_list(title: str, text: str, doc_number: str, issued: bool) -> str:
    """The words that make a text a list of the materials an application needs (a guide), "" otherwise: the list is
    announced in the text's opening (需提供材料：, 所需材料：), at least three numbered items follow, and nothing makes
    it an instrument — no 文号, no issuing notice, no articles (第一条), no instrument's name ending its title."""
    if doc_number or issued or _INSTRUMENT_NAME.search(title or "") or len(_ARTICLE.findall(text or "")) >= 2:
        return ""
    m = _MATERIALS_LEAD.search((text or "")[:_MATERIALS_LEAD_CHARS])
    if not m:
        return ""
    items = re.findall(r"(?:^|\n)[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．]", text[m.end():])
    return m.group(0) if len(items) >= 3 else ""


def _head(text: str) -> str:
    """The text before the first article, or its first ``_HEAD_CHARS`` characters."""
    cut = re.search(r"\n\s*第[一1]\s*条|\n\s*第一章", text)
    end = min(cut.start() + 1 if cut and cut.start() > 80 else _HEAD_CHARS, _HEAD_CHARS)
    return text[:max(end, 300)]


def _short(s: str, limit: int = 40) -> str:
    s = re.sub(r"^[日月年号]", "", _squash(s))
    return s if len(s) <= limit else s[:limit] + "……"


def _own(rx: re.Pattern, text: str):
    """The first match of ``rx`` in ``text`` that is the document's own statement, not a citation of another
    instrument (《工伤保险条例》（国务院令第586号）, “…”)."""
    opened, counted = 0, 0            # 《 less 》 in text[:counted]: counted on from the match before, not again
    for m in rx.finditer(text):
        before = text[max(0, m.start() - 8):m.start()]
        if _CITED_ORDER.search(before):
            continue
        opened += text.count("《", counted, m.start()) - text.count("》", counted, m.start())
        counted = m.start()
        if opened > 0:
            continue
        return m
    return None


def detect_kind(title: str, lines: list[str], text: str, *, issuer: str = "", doc_number: str = "",
                is_contract: bool | None = None, attached: str = "", validity: str = "", issued: str = "") -> DocKind:
    """The kind of a document from its own words; see the module docstring for the signals. ``issued`` (ISO
    date, or "") tells whether a city's government could make 规章 then (``may_make_rules``)."""
    title_s = _squash(title)
    head_raw = _head(text)
    head_lines = re.sub(r"[ \t\u3000\u00a0]+", "", head_raw)    # newlines kept: some signals stand on a line
    head = _squash(head_raw)
    who = issuer_of(issuer, title, doc_number, head_raw)
    draft_m = _DRAFT.search(title_s) or next(
        (m for m in (_DRAFT_LINE.search(_squash(x)) for x in lines[:12]) if m), None)
    draft = draft_m.group(1) if draft_m else ""
    if draft in ("修正草案", "修订草案"):
        draft = "草案"
    draft_ev = (f"{draft_m.group(1)}",) if draft_m else ()

    def kind(k: str, *evidence: str, note: str = "", who_: Issuer = who) -> DocKind:
        ev = tuple(dict.fromkeys(_short(e) for e in evidence if e))
        return DocKind(kind=k, draft=draft, evidence=draft_ev + ev, note=note, issuer=who_)

    # agreements
    if is_contract or (is_contract is None and _CONTRACT_TITLE.search(title_s) and "甲方" in text and "乙方" in text):
        m = re.search(r"(甲方|腾退人|征收部门|采购人|出让人)[^：:\n]{0,12}[：:][^\n]{0,30}", text[:800])
        return kind(CONTRACT, title_s, m.group(0) if m else "")

    # laws and regulations adopted by a people's congress
    m = _own(_PRESIDENT, head) or _own(_NPC, head[:400])
    if m:
        return kind("法律", m.group(0), who_=Issuer(name="全国人民代表大会", level="国家", branch="人大"))
    m = _own(_CONGRESS_ADOPTED, head) or _own(_CONGRESS_NOTICE, head)
    if m and (m.start() < 400 or "条例" in title_s or _CONGRESS_NOTICE.search(head)):
        body = re.search(r"([\u4e00-\u9fff]{2,12}?)(?:第[\u4e00-\u9fff\d]{1,6}届)?人民代表大会", head[max(0, m.start() - 4):m.end()])
        place = re.sub(r"^[日月年号]", "", body.group(1)) if body else ""
        r, lv = region_of(place or title_s)
        special = "经济特区" in title_s or "经济特区" in head[:200]
        return kind(LOCAL_REGULATION, m.group(0),
                    note="经济特区法规，可以依授权对法律、行政法规作变通规定（立法法第一百零一条）" if special else "",
                    who_=Issuer(name=place + "人民代表大会常务委员会", region=r, level=lv, branch="人大",
                                source="通过机关"))

    # 行政法规 and 部门规章
    m = _own(_STATE_COUNCIL_ORDER, head_lines)
    if m and ("条例" in title_s or title_s.endswith(("规定", "办法"))):
        return kind("行政法规", m.group(0), who_=Issuer(name="国务院", level="国家", branch="政府", source="令号"))
    m = _own(_DEPT_ORDER, head)
    if m and (region_of(m.group(1))[1] == "国家" or re.fullmatch(r"(国家)?[\u4e00-\u9fff]{1,14}(部|总局|署)", m.group(1))):
        return kind(DEPT_RULE, m.group(0), who_=Issuer(name=m.group(1), level="国家", branch="政府", source="令号"))
    m = _own(_DEPT_MEETING, head)
    if m and (who.level == "国家" or region_of(m.group(1))[1] == "国家"):
        body = m.group(1) if region_of(m.group(1))[1] == "国家" else who.name
        return kind(DEPT_RULE, m.group(0), who_=Issuer(name=body, level="国家", branch="政府", source="通过机关")
                    if body else who)
    tail = text[-1500:]
    plain = not doc_number and not _issuing_notice(head_raw, title_s) and re.search(r"(办法|规定|细则)([（(][^）)]*[）)])?$", title_s)
    repealed = _REPEALS_ORDER.search(tail) if plain else None
    if repealed and not repealed.group("gov") and region_of(repealed.group("body"))[1] == "国家":
        return kind(DEPT_RULE, repealed.group(0), note="未见令号，按其废止的部门规章推断",
                    who_=Issuer(name=who.name, level="国家", branch="政府", source=who.source))
    national = _NATIONAL_SCOPE.search(text) if plain and not who.region else None
    if national and not re.search(r"(省|自治区|市|县|区)(人民政府|政府)?(办公厅|办公室)?$", who.name or ""):
        return kind(DEPT_RULE, national.group(0), note="未见令号，按其全国适用范围推断",
                    who_=Issuer(name=who.name, level="国家", branch="政府", source=who.source))

    # 地方政府规章: an order of a government that may make one
    order = _own(_GOV_ORDER, head_lines) or _own(_GOV_ORDER_SHORT, head_lines) or _own(_GOV_ORDER_AFTER, head_lines)
    meeting = _own(_EXEC_MEETING, head)
    promulgated = _own(_PROMULGATED, head)
    signed = _SIGNED.search(head_lines)
    if not order and repealed and repealed.group("gov"):     # replaces a 政府令: a 规章 of the same government
        order = repealed
    if order or (promulgated and (meeting or signed) and not _ISSUED_NOTICE.search(head)):
        ev = [_squash(order.group(0)) if order else "", meeting.group(0) if meeting else "",
              promulgated.group(0) if promulgated and not order else "", signed.group(0) if signed else ""]
        gov = order.group(1) if order and order.re in (_GOV_ORDER, _GOV_ORDER_AFTER) else ""
        inferred = ""
        if order is not None and order is repealed:
            ev[0], gov = repealed.group(0), repealed.group("body")
            inferred = "未见令号，按其废止的政府规章推断"
        r, lv = region_of(gov) if gov else ("", "")
        if not lv:
            r, lv = (who.region, who.level) if who.level else region_of(head[:60])
        region = r or who.region
        name = gov or who.name
        if region and (not name or not name.startswith(region[:2])):
            name = region + "人民政府"      # 省政府令 in a 福建省 document: 福建省人民政府
        gov_issuer = Issuer(name=name, region=region, level=lv or who.level, branch="政府",
                            source="令号" if order else who.source)
        if lv == "县" or (gov_issuer.region and re.search(r"(县|旗)$", gov_issuer.region)):
            return kind(NORMATIVE, *ev, note="县级人民政府无规章制定权（立法法第九十三条），其“令”实质为行政规范性文件",
                        who_=gov_issuer)
        if gov_issuer.level == "市" and may_make_rules(gov_issuer.region, "市", issued) is False:
            return kind(NORMATIVE, *ev, note=f"{gov_issuer.region}人民政府于{issued[:4]}年尚无规章制定权（2015年修改前的"
                        "立法法第六十三条限于较大的市），其“令”实质为行政规范性文件", who_=gov_issuer)
        return kind(LOCAL_RULE, *ev, who_=gov_issuer, note=inferred)
    if draft:
        if "条例" in title_s and not re.search(r"实施.{0,12}条例", title_s) or re.search(r"人大常委会|人民代表大会", head[:200]):
            return kind(LOCAL_REGULATION, title_s)
        legislative = (re.search(r"立法[一二三四五六七八九十]?处|政府规章|(?<=[〔（(])立法目的", head)
                       or re.search(r"(法制办|法制办公室|司法厅|司法局)[^。《]{0,20}(立法|规章|审核)", head))
        # round 34 (fee34): a county's draft is no 规章 whoever reviews it (立法法 第九十三条: no county makes rules) — a
        # clause that has the party put its plan to 县司法局审核 names that bureau as a gate, not the draft's legislative path
        if legislative and region_of(title_s)[1] != "县":
            return kind(LOCAL_RULE, legislative.group(0))

    inferred = _rule_without_order(title_s, text, who, doc_number, head, validity, issued, draft)
    if inferred is not None:
        return kind(LOCAL_RULE, *inferred[0], note=inferred[1], who_=inferred[2])

    # party, joint and judicial documents
    if who.branch == "司法":
        return kind(JUDICIAL, who.name)
    if who.branch in ("党委", "联合"):
        return kind(PARTY, who.name, note="党政联合文件" if who.branch == "联合" else "")
    num = re.match(r"^[\u4e00-\u9fff]*委(办)?发〔", doc_number or "")
    if num and re.search(r"中共|党委|市委|省委|县委|区委", head[:300]):
        return kind(PARTY, doc_number)

    # internal documents, guides, annexes
    base = _strip_draft(attached or title_s)
    m = _INTERNAL_TITLE.search(base)
    if m:
        return kind(INTERNAL, m.group(0))
    own = len(_SELF_OFFICE.findall(text))
    internal_units = len(_INTERNAL_UNITS.findall(text))
    public = len(_PUBLIC_WORDS.findall(text))
    if own >= 3 and internal_units >= 3 and public <= own:
        ex = _SELF_OFFICE.search(text)
        unit = _INTERNAL_UNITS.search(text)
        return kind(INTERNAL, sentence_of(text, ex.start()), sentence_of(text, unit.start()),
                    note="规定本机关内部分工和工作流程，不直接设定公民、法人和其他组织的权利义务（国办发〔2018〕115号）")
    plan = _work_plan(base, text)
    if plan:
        return kind(INTERNAL, *plan, note="工作方案：为行政机关分派工作目标、措施和职责，不直接设定公民、法人和其他组织的权利义务")
    m = _COMPILATION_TITLE.search(base) or _COMPILATION_PREFACE.search(head)
    if m:
        return kind(GUIDE, m.group(0), note="汇编：汇集法律、法规和清单的规定供参考，本身不设定权利义务")
    m = _GUIDE_TITLE.search(base)
    # a guide issued by a notice with a 文号 (中流管办〔2016〕71号 关于印发《……工作指引》的通知) binds everyone it
    # sets conditions for, again and again: a normative document in substance, whatever it is called
    issued = bool(doc_number and (_ISSUED_NOTICE.search(title_s) or _ISSUED_NOTICE.search(head)))
    if m and not issued and not re.search(r"信息公开|首页", base) and len(_GUIDE_BODY.findall(text)) >= 2:
        return kind(GUIDE, m.group(0))
    m = _ANNEX_TITLE.search(base)
    if m and not re.search(r"(通知|办法|规定|意见|细则)$", base):
        return kind(ANNEX, m.group(0))
    m = _materials_list(base, text, doc_number, issued)
    if m:
        return kind(GUIDE, m, note="正文为办理所需材料清单，未见文号、条款或者规范性文件名称")

    # the default: an administrative normative document
    ev = []
    if doc_number:
        ev.append(doc_number)
    m = _ISSUED_NOTICE.search(title_s) or _ISSUED_NOTICE.search(head)
    if m:
        ev.append(m.group(0))
    if validity and not ev:
        ev.append(validity)
    return kind(NORMATIVE, *ev, note="" if ev else "未见法规、规章、协议或者内部文件的特征")


# a 规章 read without its 令号 or 公布语 (a web page that kept only the articles): every sign below must hold
_RULE_TITLE = re.compile(r"(?:规定|办法|细则)(?:[（(](?:试行|暂行)[）)])?$")
_ARTICLE = re.compile(r"(?:^|\n)[ \t\u3000]*第[一二三四五六七八九十百零〇]{1,4}条")
_DATED_START = re.compile(r"本(?:暂行|试行)?(?:规定|办法|细则|实施细则)[^。；]{0,6}?自\s*[\d０-９〇○一二三四五六七八九十]{2,4}\s*年"
                          r"[^。；]{1,12}?日起(?:施行|实行|实施)")
# … or on the laws and 法规 named as a class (根据国家有关法律、法规的规定, D101): the form a 规章's basis takes
_LAW_BASIS = re.compile(r"(?:根据|依据|依照)[^。]{0,40}?《[^》]{2,40}(?:法|条例)》|(?:根据|依据|依照)(?:国家)?(?:有关|相关)法律、(?:行政)?法规")
_NUMBERED = re.compile(r"[〔\[【（(]\s*(?:19|20)\d{2}\s*[〕\]】）)]\s*\d{1,4}\s*号")
_DEPT_INTERPRETS = re.compile(r"本(?:暂行|试行)?(?:规定|办法|细则)[^。]{0,12}由[\u4e00-\u9fff]{1,20}?(?:局|委员会|委|厅|办公室|中心|"
                              r"管理办)[\u4e00-\u9fff]{0,8}?(?:负责)?解释")
_OWN_GOVERNMENT = re.compile(r"^(?:[\u4e00-\u9fff]{2,12}?(?:省|自治区|市))?(?:人民)?政府$")


def _rule_without_order(title: str, text: str, who: Issuer, doc_number: str, head: str, validity: str, issued: str,
                        draft: str):
    """(evidence, note, issuer) when a text with no 令号 and no 公布语 reads as a 地方政府规章, else None.

    A reviewer who holds only the articles of a 规定/办法 (the 令 and its 公布语 lost in copying) reads it as a 规章
    only when nothing in it points to a 规范性文件 and its form is a 规章's: the name is a 规定/办法/细则 of a
    region whose government may make 规章 (立法法 第九十三条; ``may_make_rules``) issued as that government's own (no
    文号, no 印发 notice, no 落款 of an office or a department); it is written in articles; its first articles rest on
    a law or 法规 (a 规章 executes 法律、法规, 立法法 第九十三条第二款) and on no 文号 document; it starts on a stated date
    (规章制定程序条例 第三十二条: 公布之日起30日后施行, so a date, not 自发布之日起); it carries no 有效期 (the
    provincial rules give one to every 规范性文件); and no department interprets it (a 规章 is interpreted by its
    maker, 规章制定程序条例 第三十三条). The penalties it sets are not a sign: that would assume what is checked.
    The evidence stays weak: the note says so."""
    if draft or doc_number or validity or not _RULE_TITLE.search(title) or _ISSUED_NOTICE.search(head):
        return None
    if who.name and not _OWN_GOVERNMENT.match(_squash(who.name)):
        return None
    region, level = (who.region, who.level) if who.region else region_of(re.sub(r"^[(（]?\d{4}年度?[)）]?", "", title))
    if not region or may_make_rules(region, level, issued) is not True:
        return None
    if len(_ARTICLE.findall(text)) < 8:
        return None
    opening = text[:text.find("第三条")] if "第三条" in text[:1500] else text[:600]
    basis = _LAW_BASIS.search(opening)
    started = _DATED_START.search(_squash(text[-1500:]))
    if not basis or _NUMBERED.search(opening) or not started or _DEPT_INTERPRETS.search(_squash(text)):
        return None
    gov = Issuer(name=region + "人民政府", region=region, level=level, branch="政府", source="标题")
    note = ("未见令号和“现予公布”等公布语，按其名称、条文体例、上位法依据、施行日期和未设有效期推断为规章（依据较弱）；"
            "如系部门或者办公厅制发，应按行政规范性文件审查")
    return (title, basis.group(0), started.group(0)), note, gov


# a work plan (实施方案, 工作方案): targets and measures for the administration and who does what, with no
# procedure for the public (申请, 报名, 材料, 受理): the administration's own work, not a normative document
_WORK_PLAN_TITLE = re.compile(r"(?:实施|工作|行动)方案$")
_PLAN_TASKS = re.compile(r"(?:工作目标|主要目标|目标任务|主要任务|重点任务|具体措施|工作措施)")
_PLAN_DUTIES = re.compile(r"(?:职责分工|工作分工|任务分工|责任分工|部门职责)")
_PUBLIC_PROCEDURE = re.compile(r"申请人|申请材料|申请条件|申请表|申报|报名|提交|证明材料|受理|办理程序|当事人|"
                               r"不予(?:办理|受理|批准|登记)|取消[^。；]{0,6}资格")


def _work_plan(title: str, text: str) -> tuple[str, ...]:
    """The evidence that a 方案 is the administration's work plan (its title, its task and duty headings), or ()."""
    t = _WORK_PLAN_TITLE.search(title)
    tasks, duties = _PLAN_TASKS.search(text), _PLAN_DUTIES.search(text)
    if not (t and tasks and duties) or _PUBLIC_PROCEDURE.search(text):
        return ()
    return title, tasks.group(0), duties.group(0)


def _strip_draft(title: str) -> str:
    return re.sub(r"[（(][^）)]*(草案|送审稿|征求意见稿|修订稿|讨论稿|代拟稿)[^）)]*[）)]", "", title).strip()


def sentence_of(text: str, at: int, limit: int = 40) -> str:
    from .sentences import sentence_of as words

    return words(text, at, limit)


# ---------------------------------------------------------------- 转发 notices

_FORWARDED = re.compile(r"转发(?P<body>[\u4e00-\u9fff、]{2,30}?)(?:关于|《)")
_RANK = {"国家": 0, "省": 1, "市": 2, "县": 3}


def forwards_higher(title: str, issuer: Issuer) -> str:
    """The higher body whose document a 转发 notice passes on (广州市人民政府办公厅转发省人力资源和社会保障厅关于…
    的通知 → 省人力资源和社会保障厅), or "": such a notice adds no rules of its own, and the 有效期 of what it
    passes on is its maker's. A government office passing on its own department's 意见 (省政府办公厅转发省国土资源厅…)
    issues it as the government's own document: not a higher body's."""
    m = _FORWARDED.search(_squash(title))
    if not m or not issuer.level:
        return ""
    body = m.group("body")
    region, level = region_of(body)
    if not level and re.match(r"(国务院|国家)", body):
        level = "国家"
    if level in _RANK and issuer.level in _RANK and _RANK[level] < _RANK[issuer.level]:
        return body
    return ""


# a talent card that carries the word 居住证 (《福建省人才居住证》, 北京市工作居住证, 引进人才实行《广东省居住证》): a service
# card for recruited talent, foreigners included, not the 居住证 of the 居住证暂行条例 (公民 who left their 户口 place)
_TALENT_CARD = re.compile(r"人才[^，。；]{0,12}居住证|工作居住证")


def talent_card(title: str) -> bool:
    """Whether the document's title is about a talent card named 居住证 (a rule on the 条例's 居住证 does not apply)."""
    return bool(_TALENT_CARD.search(title or ""))
