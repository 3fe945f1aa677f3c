"""The reviewing office and its remit: which documents in an archive are its own to dispose of.

A 司法局 reviews and cleans up the documents of its own government and that government's departments.
Everything else in an archive — a higher-level or another region's government document, a 人大/人大常委会
regulation, a party (not a joint party-and-government: below) or judicial document, a national 部门规章 or 国务院 document — is listed separately
("非本级文件"), and agreements are listed apart ("协议另列"): they are recorded, not disposed of.

``Office.parse("深圳市")`` names the office by the region it serves (its level follows from the name:
省/自治区/直辖市 → 省, 市/州/盟 → 市, 县/区/旗 → 县). Without an office only what can never be the office's
own is set apart (national bodies, 人大, party, judicial documents, agreements); a government document of
any region is then taken to be the office's own.

An office may be known by its level alone (``Office("", "市")``): a sweep that is not told whose archive it
cleans infers it from the archive (``infer_office``): when most of its government documents were made by
city or county governments and their departments, it is a city (county) office's archive, and a provincial
or national body's document in it is "not ours" whatever region the office serves. A 直辖市 counts as a city
here: its 司法局 is the city office of the 直辖市's own documents.

An archive of many cities' documents (no one city holds REGION_SHARE of them) is read as those cities' offices'
archives together: the inferred office keeps the regions its documents come from (``Office.regions``), and a
higher body's document is "not ours" only when it stands above one of them — a 广东省 document in an archive of
深圳、广州 documents is, a 吉林省 document in the same archive is not (no office here is under 吉林省: it is
disposed of as its own office, the province's, would). Which province a city is in is data
(``tables/prefectures.toml``). An office the user names (``--office``) judges every higher body's document "not
ours" as before.

An office may serve several regions named by the user (``Office.parse("深圳市、广州市")``: an archive holding the
documents of several offices, each judged by its own): a document of any of their governments and departments is
its own, every other government's or higher body's document is "not ours" (``Office.named``).

A 党政联合文件 signed by a party body and a government body is the office's to clean up — its government's part,
jointly with the party body — when a document of that government alone would be (legal-checks.md §11.1); a party
body's document alone, or a joint one of higher bodies, is listed apart. The user decides (``JOINT_MODES``):
``dispose`` (the default) disposes of the government's part so; ``list`` lists every joint document as 非本级文件,
to be cleaned up with the party body, the government part's proposal given for reference.

Pure: ``remit(kind, office)`` takes a ``DocKind`` (``review.kinds``) and returns a ``Remit``;
``infer_office(kinds)`` takes the ``DocKind`` of each document of an archive and returns an ``Office`` or None.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .kinds import CONTRACT, DEPT_RULE, JUDICIAL, LOCAL_REGULATION, OTHER_BODIES, PARTY, DocKind, region_of

NOT_OURS = "非本级文件"
AGREEMENT = "协议另列"
JOINT_MODES = ("dispose", "list")    # a 党政联合文件's government part: disposed of (default) | listed apart


@dataclass(frozen=True, slots=True)
class Office:
    region: str            # 深圳市 | 广东省 | 深圳市福田区 | "" (known by its level alone: infer_office)
    level: str             # 省 | 市 | 县
    inferred: bool = False  # read from the archive (infer_office), not named by the user
    regions: tuple[str, ...] = ()   # an archive of several regions' documents: those regions (infer_office);
                                    # () — a higher body's document is above the office whatever its region
    named: tuple[str, ...] = ()     # several regions the user named (深圳市、广州市): each one's documents are own

    @classmethod
    def parse(cls, name: str) -> Office:
        """深圳 / 深圳市 / 深圳市司法局 / 广东省 → the region served and its level; several names (深圳市、广州市, or
        separated by commas) → an office serving each of them (``named``; its level the highest of theirs)."""
        parts = [p for p in re.split(r"[、,，;；]+", name or "") if p.strip()]
        if len(parts) > 1:
            offices = [cls.parse(p) for p in parts]
            level = min((o.level for o in offices), key=lambda lv: LEVELS.index(lv) if lv in LEVELS else 9)
            named = tuple(dict.fromkeys(o.region for o in offices))
            return cls(region=named[0], level=level, named=named)
        s = re.sub(r"\s+", "", name or "")
        s = re.sub(r"(人民政府|政府|司法局|司法厅|法制办公室|法制办|法制科|办公室|办公厅)$", "", s)
        if len(s) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", s):
            raise ValueError(f"无法从“{name}”读出地区名称（例如：深圳市、广东省、成都市武侯区）")
        region, level = region_of(s)
        if not region:
            region, level = (s + ("市" if not s.endswith(("省", "市", "区", "县", "州", "旗")) else "")), "市"
        return cls(region=region, level=level or "市")

    def to_dict(self) -> dict:
        return {"region": self.region, "level": self.level, "inferred": self.inferred, "regions": list(self.regions),
                "named": list(self.named)}

    def own_regions(self) -> tuple[str, ...]:
        """The regions whose governments' documents are this office's own (named by the user, or its one region)."""
        return self.named or ((self.region,) if self.region else ())

    def describe(self) -> str:
        """深圳市 | 深圳市、广州市 | 市级 | 深圳市，按文件库推断 | 市级，按文件库推断."""
        return ("、".join(self.own_regions()) or f"{self.level}级") + ("，按文件库推断" if self.inferred else "")


@dataclass(frozen=True, slots=True)
class Remit:
    """Whether the document is the office's own (to be disposed of) and, if not, how it is listed and why."""

    ours: bool
    group: str = ""        # "" | 非本级文件 | 协议另列
    reason: str = ""
    part: bool = False     # listed, yet the office proposes a disposition of its government's part (a joint document)

    def to_dict(self) -> dict:
        return {"ours": self.ours, "group": self.group, "reason": self.reason, "part": self.part}


def same_region(a: str, b: str) -> bool:
    """深圳 == 深圳市; 广东 == 广东省; 重庆市 == 重庆."""
    def norm(x: str) -> str:
        return re.sub(r"(省|市|自治区|特别行政区)$", "", x or "")
    return bool(a) and bool(b) and norm(a) == norm(b)


def remit(kind: DocKind, office: Office | None, joint: str = "dispose") -> Remit:
    """Who disposes of the document; see the module docstring. ``joint``: ``JOINT_MODES``."""
    who = kind.issuer
    label = who.name or who.region or ("国务院部门" if kind.kind == DEPT_RULE else "其他机关")
    if kind.kind == CONTRACT:
        return Remit(False, AGREEMENT, "合同、协议不属于规范性文件清理对象，另行列出，按合同审查意见处理")
    if kind.kind in ("法律", "行政法规", DEPT_RULE) or who.level == "国家":
        return Remit(False, NOT_OURS, f"系国家机关（{label}）制定的{kind.label}，不属于本级清理对象，列入目录但不作处置")
    if kind.kind == LOCAL_REGULATION or who.branch == "人大":
        return Remit(False, NOT_OURS, f"系人民代表大会及其常务委员会制定的{kind.label}，不属于政府清理对象，"
                                      "列入目录但不作处置；发现的问题可以向制定机关提出")
    if kind.kind == PARTY:
        part = _government_part(kind, office)
        if part is not None and joint == "list":
            return Remit(False, NOT_OURS, f"系党政联合文件（{kind.issuer.name}），按本机关设置不单方处置：列入目录，"
                                          f"提请会同{'、'.join(_party_signers(kind))}共同清理", part=True)
        if part is not None:
            return part
        return Remit(False, NOT_OURS, f"系党内或者党政联合文件（{label}），不属于政府规范性文件清理对象，列入目录但不作处置")
    if kind.kind == JUDICIAL:
        return Remit(False, NOT_OURS, f"系司法机关文件（{label}），不属于政府清理对象，列入目录但不作处置")
    if office is None:
        return Remit(True)
    if not office.region:
        return _by_level(kind, office, label)
    mine = office.own_regions()
    if not who.region:
        if who.level == "省" and office.level != "省":
            return Remit(False, NOT_OURS, f"系省级机关（{label}）的{kind.label}，不属于{office.describe()}本级清理对象，"
                                          "列入目录但不作处置；发现的问题可以向制定机关反映")
        return Remit(True)
    if any(same_region(who.region, r) for r in mine):
        return Remit(True)
    what = "上级机关" if any(stands_above(who.region, r) for r in mine) else "其他地区机关"
    return Remit(False, NOT_OURS, f"系{what}（{label}）制定的{kind.label}，不属于{office.describe()}本级清理对象，"
                                  "列入目录但不作处置；发现的问题可以向制定机关反映")


def _party_signers(kind: DocKind) -> list[str]:
    from .kinds import _branch

    return [p for p in re.split(r"[、，,\s]+", kind.issuer.name or "") if p and _branch(p) == "党委"]


def _government_part(kind: DocKind, office: Office | None) -> Remit | None:
    """A 党政联合文件 signed by a party body and a government body (中共温州市委办公室、温州市人民政府办公室): the
    government's part is the office's to clean up — jointly with the party body — when a document of that
    government alone would be (legal-checks.md §11.1: "except the government's part of a joint document"). The
    remit then says so (its reason goes with the disposition); None when no signer is a government body or the
    government's part is not the office's either."""
    from dataclasses import replace

    from .kinds import NORMATIVE, Issuer, _branch

    parts = [p for p in re.split(r"[、，,\s]+", kind.issuer.name or "") if p]
    government = [p for p in parts if _branch(p) == "政府"]
    party = _party_signers(kind)
    if not (government and party):
        return None
    region, level = region_of(government[0])
    alone = replace(kind, kind=NORMATIVE, issuer=Issuer(name=government[0], region=region or kind.issuer.region,
                                                        level=level or kind.issuer.level, branch="政府",
                                                        source=kind.issuer.source))
    own = remit(alone, office)
    if not own.ours:
        return None
    return Remit(True, "", f"系党政联合文件（{kind.issuer.name}），政府部分属本级清理对象：由本机关就政府部分提出清理意见，"
                           f"会同{'、'.join(party)}联合清理")


# -- an office known by its level ------------------------------------------------------------------------
LEVELS = ("国家", "省", "市", "县")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
OWN_SHARE = 0.6          # an archive is a city (county) office's when this share of its documents is city (county) level
REGION_SHARE = 2 / 3     # and a particular city's when this share of those names that city
MIN_DOCUMENTS = 3        # fewer documents of a known level tell nothing


def local_level(region: str, level: str) -> str:
    """The level a body stands at for a city or county office: a 直辖市 (北京市) is a city."""
    if level == "省" and region in MUNICIPALITIES:
        return "市"
    return level


PREFECTURES = Path(__file__).resolve().parent / "tables" / "prefectures.toml"


@lru_cache(maxsize=1)
def _province_of_city() -> dict[str, str]:
    data = tomllib.loads(PREFECTURES.read_text(encoding="utf-8"))
    return {city: province for province, cities in data["province"].items() for city in cities}


def province_of(region: str) -> str:
    """The province a region stands in: 深圳市福田区 → 广东省, 广东省深圳市 → 广东省, 北京市 → "" (a 直辖市 stands
    under none), an unknown city → ""."""
    m = re.match(r"[\u4e00-\u9fff]+?(?:自治区|省)", region or "")
    if m:
        return m.group(0)
    table = _province_of_city()
    return next((table[city] for city in table if (region or "").startswith(city)), "")


def stands_above(higher: str, lower: str) -> bool:
    """Whether the region ``higher`` contains ``lower``: 深圳市 ⊃ 深圳市福田区, 广东省 ⊃ 深圳市, 北京市 ⊃ 北京市朝阳区."""
    if not higher or not lower or same_region(higher, lower):
        return False
    return lower.startswith(higher) or same_region(province_of(lower), higher)


def _by_level(kind: DocKind, office: Office, label: str) -> Remit:
    """An office known by its level alone: a higher body's document is not its own; any other is. When the
    office is several regions' (``Office.regions``), a higher body's document is its own unless it stands above
    one of them (its region known)."""
    who = kind.issuer
    level = local_level(who.region, who.level)
    if level in LEVELS and office.level in LEVELS and LEVELS.index(level) < LEVELS.index(office.level):
        if office.regions and who.region and not any(stands_above(who.region, r) for r in office.regions):
            return Remit(True)
        where = "上级机关" if level != "省" else "省级机关"
        return Remit(False, NOT_OURS, f"系{where}（{label}）制定的{kind.label}，不属于本级（{office.describe()}）清理对象，"
                                      "列入目录但不作处置；发现的问题可以向制定机关反映")
    return Remit(True)


def infer_office(kinds) -> Office | None:
    """Whose archive this is, from the kinds (``review.kinds.DocKind``) of its documents: a city (county)
    office's when at least OWN_SHARE of the government documents of a known local level were made at city
    (county) level — national bodies, 人大, party and judicial documents are never the office's own and do not
    count — and a named city's when at least REGION_SHARE of those name it, else known by its level with the
    regions of those documents (``Office.regions``). None when the archive is mostly provincial or too small to
    tell."""
    from collections import Counter

    levels: Counter = Counter()
    regions: Counter = Counter()
    for kind in kinds:
        who = kind.issuer
        if kind.kind in OTHER_BODIES or kind.kind == CONTRACT or who.branch not in ("", "政府") \
                or who.level not in ("省", "市", "县"):
            continue
        level = local_level(who.region, who.level)
        levels[level] += 1
        if level in ("市", "县") and who.region:
            regions[(who.region, level)] += 1
    known = sum(levels.values())
    local = levels["市"] + levels["县"]
    if known < MIN_DOCUMENTS or local < OWN_SHARE * known:
        return None
    level = "县" if levels["县"] > levels["市"] else "市"
    top = regions.most_common(1)
    if top and top[0][0][1] == level and top[0][1] >= REGION_SHARE * local:
        return Office(region=top[0][0][0], level=level, inferred=True)
    return Office(region="", level=level, inferred=True, regions=tuple(sorted(r for r, _ in regions)))
