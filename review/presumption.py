"""What the reviewing office presumes of a local 规范性文件 that states no 有效期 (legal-checks.md §3 P-VALIDITY).

Provinces differ: 上海's rule (2010, 第二十六条) gives such a document 5 years ("未明确有效期的，其有效期为5年"),
most provinces only require a new document to state one (一般不超过5年, 名称冠以"暂行""试行"的不超过2年) and leave
old ones to the cleanup. The office's setting is ``ValidityDefaults``; ``presume`` is one of ``PRESUME_MODES``:

| presume | a document without 有效期 is taken to have lapsed when … |
|---|---|
| ``none`` | never: the reason only counts the common term (5 years) for the reviewer |
| ``trial`` (default) | it is on trial (试行 in its title, or 本办法自…起试行) and ``provisional_years`` (2) have passed |
| ``provisional`` | its title says 暂行 or 试行 (or it is on trial) and ``provisional_years`` have passed |
| ``all`` | ``provisional_years`` (暂行/试行) or ``years`` (5) have passed — 上海's rule |

The numbers and a province's mode are the procedure pack's ``[params]`` of ``P-VALIDITY-MISSING``
(``max_validity_years``, ``max_provisional_years``, ``presume_lapse``), chosen by ``--province``;
``--presume-validity`` overrides the mode for one run. ``review.validity.presume`` applies the setting.
Without ``--province`` a document is judged by the rule of the place that made it (``document_places``: its
city's own rule — 厦门, 郑州 have one — else its province's): a 上海 document in a mixed archive lapses under
上海's rule, as its own office would find.

Why ``trial`` is the default: a trial (试行) is by its nature bounded — like a 试点 without a period, which the
disposition already takes to be done — while a 暂行 document, or one with no period at all, is in many
provinces still the rule applied until it is replaced. Such a document is counted for the reviewer ("按5年计已于…届满，
按本机关设置不推定失效") and never declared invalid on a presumption its province may not make.

Imports nothing heavy: the CLI reads ``PRESUME_MODES`` for its ``--presume-validity`` choices.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

PRESUME_MODES = ("none", "trial", "provisional", "all")


@dataclass(frozen=True, slots=True)
class ValidityDefaults:
    """What the office's province presumes of a local 规范性文件 that states no 有效期 (see the module docstring)."""

    years: float = 5.0                 # 一般不超过5年 / 上海: 未明确有效期的，其有效期为5年
    provisional_years: float = 2.0     # 名称冠以"暂行""试行"的不超过2年
    presume: str = "trial"             # PRESUME_MODES
    source: str = "默认设置"            # whose rule: 默认设置 | 上海规定 | 本次设置 (--presume-validity)

    def __post_init__(self):
        if self.presume not in PRESUME_MODES:
            raise ValueError(f"有效期推定规则只能是 {'、'.join(PRESUME_MODES)}（不是“{self.presume}”）")

    def term(self, provisional: str, trial: bool) -> float:
        """The years a document is taken to last: the provisional term for 暂行/试行 and trials."""
        return self.provisional_years if (provisional or trial) else self.years

    def lapses(self, provisional: str, trial: bool) -> bool:
        """Whether such a document is taken to have lapsed when its term has run."""
        return (self.presume == "all" or self.presume == "provisional" and bool(provisional or trial)
                or self.presume == "trial" and trial)

    def words(self) -> str:
        """The setting in the words a reason shows."""
        y, p = years_text(self.years), years_text(self.provisional_years)
        rule = {"none": f"未规定有效期的文件不推定失效，只按一般有效期{y}年（“暂行”“试行”{p}年）计算届满时间，提示评估",
                "trial": f"“试行”文件未规定试行期限的，试行期按{p}年计，届满推定失效；其他未规定有效期的文件不推定失效",
                "provisional": f"名称冠以“暂行”“试行”的文件未规定有效期的，按{p}年计，届满推定失效；其他不推定失效",
                "all": f"未明确有效期的，有效期为{y}年（名称冠以“暂行”“试行”的为{p}年），届满失效"}[self.presume]
        return f"有效期推定规则（{self.source}）：{rule}"


def years_text(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def document_places(region: str) -> tuple[str, ...]:
    """The places whose rules may govern a document made in ``region``, the most specific first, as the
    procedure pack's ``[params]`` name them: 厦门市思明区 → (厦门, 福建); 上海市浦东新区 → (上海,);
    鄂尔多斯市 → (鄂尔多斯, 内蒙古); "" → ()."""
    import re

    from .kinds import PROVINCES
    from .office import province_of

    if not region:
        return ()
    province = next((p for p in PROVINCES if region.startswith(p)), "")
    if province:
        return (province,)
    city = re.match(r"[\u4e00-\u9fff]{2,}?(?=市|自治州|地区|盟)", region)
    above = province_of(region)
    province = next((p for p in PROVINCES if above.startswith(p)), "") if above else ""
    return tuple(x for x in (city.group(0) if city else "", province) if x)


def validity_defaults(rules=(), province: str | None = None, presume: str | None = None,
                      places: tuple[str, ...] = ()) -> ValidityDefaults:
    """The office's setting: the procedure pack's ``[params]`` for ``province`` — else, for the first of the
    document's ``places`` (``document_places``) that has a rule of its own, that place's — else its defaults,
    the mode overridden by ``presume`` (a run's ``--presume-validity``). The numbers live with the rule that
    reports the missing 有效期 (``P-VALIDITY-MISSING``), so an office changes them where it changes that rule."""
    rule = next((r for r in rules if r.id == "P-VALIDITY-MISSING"), None)
    if rule is not None and not province:
        province = next((p for p in places if "presume_lapse" in rule.params.get(p, {})), None)
    if rule is None:
        base = ValidityDefaults()
    else:
        own = bool(province) and "presume_lapse" in rule.params.get(province, {})
        base = ValidityDefaults(
            years=float(rule.param("max_validity_years", province) or 5),
            provisional_years=float(rule.param("max_provisional_years", province) or 2),
            presume=rule.param("presume_lapse", province) or "trial",
            source=f"{province}规定" if own else "默认设置")
    if presume:
        base = replace(base, presume=presume, source="本次设置")
    return base
