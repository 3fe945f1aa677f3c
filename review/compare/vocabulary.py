"""The legal words the comparison relies on: modal verbs, who acts, penal, protective and aggravating words,
conditions, reliefs and exceptions.

These are kept together so that moving them into the concept lexicons (``review/lexicons/``) is one edit:
every other module of the comparison reads them from here.
"""

from __future__ import annotations

import re

# 可以 / 应当 / 不得 and their kin; the named group says the class ("may", "must", "not")
MODAL_RX = re.compile(
    r"(?P<not>不得|禁止|严禁|不准|不允许|不可以)"
    r"|(?P<may>无须|无需|不必|可以|有权|(?<![许认不宁即])可(?![能靠行见以观持控疑口谓信]))"
    r"|(?P<must>必须|应当|(?<![必无毋不])须(?!知)|应(?=[予按在于向将由即及依]))")

# who acts: organs versus the public (citizens, firms, self-governing bodies); the group name is the actor kind
ACTOR_RX = re.compile(
    r"(?P<autonomy>村（居）民委员会|村（居）委会|村\(居\)委会|村民委员会|居民委员会|村委会|居委会|业主委员会|业委会|村民小组)"
    r"|(?P<private>物业服务企业|物业服务人|物业公司|物业|行业协会|协会|商会|中介机构|中介服务机构|有限公司|公司|企业)"
    r"|(?P<township>乡级人民政府|乡镇人民政府|乡、镇人民政府|镇人民政府|乡人民政府|街道办事处|街道|乡镇)"
    r"|(?P<county_up>县级以上(?:地方)?(?:各级)?人民政府(?:[\u4e00-\u9fff]{0,12}?(?:主管部门|部门))?"
    r"|县级以上[\u4e00-\u9fff]{0,12}?部门)"
    r"|(?P<central>国务院(?:[\u4e00-\u9fff]{0,12}?(?:主管部门|部门|机构))?|国家[\u4e00-\u9fff]{1,8}?(?:总局|局|部|委员会))"
    r"|(?P<province>省、自治区、直辖市(?:人民政府)?(?:[\u4e00-\u9fff]{0,12}?部门)?|省级人民政府|省人民政府)"
    r"|(?P<local_gov>(?:设区的市|[市县区州]|当地|本级|所在地|地方各级|地方)(?:级)?人民政府)"
    r"|(?P<local_dept>[市县区](?!场|民|级|域)[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|大队|中心))"
    r"|(?P<generic>本行政机关|行政机关|主管部门|有关部门|登记机关|执法部门|人民政府|人民法院|机关|部门)"
    r"|(?P<party>申请人|当事人|被许可人|利害关系人|被侵权人|公民|法人|其他组织|单位和个人|单位或者个人|个人"
    r"|饲养人|管理人|养犬人|经营者|生产者|销售者|违法行为人|行为人|用人单位|劳动者|被征收人|纳税人|缴费人"
    r"|监护人|父母|学生|儿童|少年|设置人|所有人|使用人|业主|住户|相对人|投标人|供应商|举报人|受害人|驾驶人)")
ORGAN_KINDS = ("central", "province", "county_up", "local_gov", "local_dept", "generic", "township")
PUBLIC_KINDS = ("autonomy", "private", "party")

# a duty or qualifier that protects the public (告知, 听证, 说明理由 …)
PROTECTIVE_RX = re.compile(r"告知|通知|听证|听取|说明理由|公开|公布|送达|出具|受理|答复|复核|采纳|回避|补偿|赔偿"
                           r"|返还|退还|保密|提供|保障|书面")
PROTECTIVE_QUALIFIER_RX = re.compile(r"平等|免费|无偿|及时|公平|公正|公开|书面|一次|免试|就近|合理|无正当理由")
# a sentence about a sanction: its money is a fine, its multiple a multiple of a fine
PENAL_RX = re.compile(r"罚款|罚金|处罚|没收|滞纳金|加处|处以|并处")
# words that make added text a condition (proof, local residence, approval, deposit …)
CONDITION_RX = re.compile(
    r"提供|提交|出具|证明|户籍|户口|本地|本市|本县|本区|本省|批准|同意|签字|签名|资质|注册|具备|具有|条件|缴纳|保证金"
    r"|押金|承诺|担保|年满|满[一二三四五六七八九十\d]+年|学历|居住|社保|社会保险|纳税|审核|审批|备案|核准|认定|验收|考核"
    r"|须|必须|并且|且")
# words that make a liability heavier when added
AGGRAVATE_RX = re.compile(r"全部|一律|从重|加倍|全额|一切|无条件|连带|终身")
# an exception that relieves the party (可以不承担或者减轻责任)
RELIEF_RX = re.compile(r"不承担|减轻|免除|免予|免于|不予|可以不|从轻")

# an exception written into a clause (但…, …除外)
ADDED_EXCEPTION_RX = re.compile(r"但(?:是)?|除外|除[^，。；]{1,30}外")
# the exceptions of an upper provision: 但书, 除…外, 法律另有规定的从其规定
UPPER_EXCEPTION_RXS = (
    re.compile(r"(?<!不)但(?:是)?[，,]?[^。；;\n]+"),
    re.compile(r"除[^。；;，,\n]{1,40}?外[，,]"),
    re.compile(r"(?:法律|行政法规|法规|规章|国务院)[^。；;\n，,]{0,20}另有规定的[，,]?(?:依照|从|适用)其规定"),
)
GENERIC_PROVISO = "另有规定"   # an exception that defers to other law applies whether or not it is restated
