"""Work or trade gated on the register (round 28, rp28; issue 8, rights): *a person may work, be hired, hold a post or
trade only if his household is registered here, or only after years of residence* (须具有本市户籍; 由具有本县户籍的人员
担任; 仅限本镇户籍居民承租经营; 非本区户籍人员不得超过……; 须持本市居住证满两年; 连续居住满五年方可) — no law lets a
county tie a job or a stall to the register (就业促进法 第三条、第二十条: equal access to work whatever the origin;
宪法 第四十二条; 国办发〔2018〕37号 一（一）). Read by its shape, with open slots:

* **gate** — the register named as a condition by the grammar of a condition: a modal with 具有/持有/为/属于 before
  户籍/户口, 由具有……户籍的……担任, 仅限/只限/限于……户籍, 非……户籍……不得/不超过, or a length of residence (居住证/
  居住/居住登记 + 满/不少于 + any number of years or months);
* **work** — the act gated, an open class by its grammar: a verb of working or trading (从事, 经营, 设摊, 承租, 担任,
  招用, 聘用, 录用, 雇用, 签订劳动合同, 上岗, 接单, 作业, 执业, 开办 …), or a worker by his noun's ending (…员, …工,
  …师, …岗位, 摊贩, 商户; not 人员, 成员, 委员, 会员, 党员, 学员: anyone);
* **guards** — a protective negation (不得以户籍为由), what is open to all (均可, 一视同仁, 不受户籍限制), the offices
  a law ties to the register or to residence (村民委员会 and its elections, 兵役, 公务员, 人民警察), a collective's
  membership, land and shares, schemes other rules read (人才, 购房, 住房, 公租房, 补贴, 落户, 申领居住证), the register's and the border's own
  procedures (户口 迁回/注销, 香港, 出入境), the taxi
  drivers whose conditions a ministry's rule lets the city set, and a mere preference (优先 alone: a scheme's
  priority, not a bar).

Pure: sentence in, frozen ``Burden``s (name ``origin``) out; offsets into the sentence.
"""

from __future__ import annotations

import re

from .guards import PROTECTIVE
from .model import Burden

_REGISTER = r"(?:户籍|户口)(?!所在地|地|迁|登记)"
_NUMBER = r"[一二两三四五六七八九十百\d]+"
_GATE = re.compile(
    rf"(?:须|必须|应当|应|需|需要)[^，。；]{{0,8}}?(?:具有|具备|持有|为|是|属于)[^，。；]{{0,8}}?{_REGISTER}"
    rf"|由(?:具有|具备|持有)[^，。；]{{0,8}}?{_REGISTER}的[^，。；]{{0,8}}?(?:担任|承担|从事|负责|经营)"
    rf"|(?:仅限于?|只限于?|限于)[^，。；]{{0,8}}?{_REGISTER}"
    rf"|(?:主要|全部|一律|只能|只)(?:招用|聘用|录用|雇用|使用)[^，。；]{{0,8}}?{_REGISTER}"
    rf"|非本[^，。；]{{0,6}}?{_REGISTER}[^。；]{{0,24}}?(?:不得|不予|不能|不超过|一律)"
    rf"|(?:居住证|居住登记|居住)[^，。；]{{0,6}}?(?:满|不少于|不低于|达到|超过){_NUMBER}(?:周?年|个月)")
_WORK = re.compile(r"从事|经营|设摊|摆摊|摊位|摊点|设点|承租|担任|招用|聘用|录用|雇用|招聘|招收|劳动合同|上岗|接单|作业|"
                   r"执业|开办|营业|务工|就业|用工|岗位|摊贩|商户|经营户|[^，。；、]{1,6}(?<![人成委会党学官])(?:员|工|师)(?![会作程])")
_OPEN_TO_ALL = re.compile(r"均可|均能|都可以|一视同仁|同等对待|平等|不受[^，。；]{0,6}(?:户籍|户口)|不限(?:户籍|户口)|不论|无论")
# offices and schemes a law or another rule reads (村民委员会组织法 第十三条, 兵役法, 公务员法, 人民警察法; a collective's
# membership; talent, housing and subsidy schemes; the register's own procedure)
_LAW_TIED = re.compile(r"(?:村民委员会|居民委员会|村（居）民委员会|村委会|居委会|两委)(?:成员|委员|主任|干部)|候选人|选举|选民|兵役|征兵|入伍|公务员|人民警察|警察|"
                       r"法官|检察官|集体经济组织|承包|宅基地|股份|分红|人才|购房|住房|补贴|补助|落户|迁入|学籍|入学|就读|"
                       r"社会保险|养老保险|医疗保险|失业|救助|低保|申领居住证|居住证的?申领|申办居住证|换领|公租房|廉租|经济适用|保障房|保障性|"
                       r"户口(?:迁|注销|登记|簿)|迁回|注销户口|香港|澳门|台湾|境外|出入境|"
                       # (taxi and ride-hailing drivers: 网络预约出租汽车经营服务管理暂行办法 第十四条 lets the city set conditions)
                       r"出租汽车|网约车|网络预约")
_CITED = re.compile(r"《[^》]{2,40}(?:法|条例)》")


def gated(sentence: str, header: str = "") -> list[Burden]:
    """The register or years of residence a sentence (a list item: with its ``header``) makes a condition of working,
    being hired, holding a post or trading (the module docstring)."""
    if "户" not in sentence and "居住" not in sentence:
        return []
    text = header + sentence
    m = _GATE.search(sentence)
    if m is None or not _WORK.search(text):
        return []
    if PROTECTIVE.search(sentence) or _OPEN_TO_ALL.search(text) or _LAW_TIED.search(text) or _CITED.search(text):
        return []
    return [Burden("origin", m.start(), m.end(), m.group(0))]
