"""Citation extraction: one row per real-world form.

Sentences are copied from /work/shared/data/documents/txt (file id in the comment) and from
/work/shared/domain/legal-checks.md. Each row lists every citation expected in the sentence, in order:
(span as written, kind, law, article, article_sub, paragraph, item).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from statutes.citations import CitationRef, clean, extract_citations


def R(span, kind="statute", law=None, art=None, sub=0, para=None, item=None):
    return (span, kind, law, art, sub, para, item)


PRC_XK = "中华人民共和国行政许可法"

CASES = [
    # --- 《》 + article, with and without 中华人民共和国 -----------------------------------
    # D124: plain full title + article
    ("《中华人民共和国行政处罚法》第五十一条",
     [R("《中华人民共和国行政处罚法》第五十一条", law="中华人民共和国行政处罚法", art=51)]),
    # D124: short title in 《》
    ("《刑法》第二百八十四条", [R("《刑法》第二百八十四条", law="刑法", art=284)]),
    # D124: 条 + 款 in Chinese numerals
    ("《中华人民共和国药品管理法》第六十五条第二款",
     [R("《中华人民共和国药品管理法》第六十五条第二款", law="中华人民共和国药品管理法", art=65, para=2)]),
    # D124: item written 第（三）项
    ("《中华人民共和国特种设备安全法》第六十一条第（三）项",
     [R("《中华人民共和国特种设备安全法》第六十一条第（三）项", law="中华人民共和国特种设备安全法", art=61, item=3)]),
    # D124: item written 第四项 (no brackets)
    ("《中华人民共和国特种设备安全法》第六十一条第四项",
     [R("《中华人民共和国特种设备安全法》第六十一条第四项", law="中华人民共和国特种设备安全法", art=61, item=4)]),
    # D124: article + paragraph + item 第四项
    ("《中华人民共和国产品质量法》第十八条第一款第四项",
     [R("《中华人民共和国产品质量法》第十八条第一款第四项", law="中华人民共和国产品质量法", art=18, para=1, item=4)]),
    # D124: local regulation, paragraph + item
    ("《广东省产品质量监督条例》第二十四条第一款第三项",
     [R("《广东省产品质量监督条例》第二十四条第一款第三项", law="广东省产品质量监督条例", art=24, para=1, item=3)]),
    # D124: item then a second article of the same law
    ("《中华人民共和国安全生产法》第六十二条第（三）项、第六十七条",
     [R("《中华人民共和国安全生产法》第六十二条第（三）项", law="中华人民共和国安全生产法", art=62, item=3),
      R("第六十七条", law="中华人民共和国安全生产法", art=67)]),
    # D124: enumeration of items 第（二）、（三）、（四）项 -> one ref each
    ("《医疗器械监督管理条例》第五十四条第一款第（二）、（三）、（四）项",
     [R("《医疗器械监督管理条例》第五十四条第一款第（二）", law="医疗器械监督管理条例", art=54, para=1, item=2),
      R("（三）", law="医疗器械监督管理条例", art=54, para=1, item=3),
      R("（四）项", law="医疗器械监督管理条例", art=54, para=1, item=4)]),
    # D124: enumeration with 、 between articles
    ("《中华人民共和国律师法》第九条、第二十二条",
     [R("《中华人民共和国律师法》第九条", law="中华人民共和国律师法", art=9),
      R("第二十二条", law="中华人民共和国律师法", art=22)]),
    # D124: enumeration with a stray space before 、
    ("《中华人民共和国行政处罚法》第十五条 、第十六条、第十七条",
     [R("《中华人民共和国行政处罚法》第十五条", law="中华人民共和国行政处罚法", art=15),
      R("第十六条", law="中华人民共和国行政处罚法", art=16),
      R("第十七条", law="中华人民共和国行政处罚法", art=17)]),
    # D049: 第八十七条、第八十八条的规定 (text continues; 的规定 is not a quote)
    ("依照《中华人民共和国社会保险法》第八十七条、第八十八条的规定，责令退回骗取的医疗保险金",
     [R("《中华人民共和国社会保险法》第八十七条", law="中华人民共和国社会保险法", art=87),
      R("第八十八条", law="中华人民共和国社会保险法", art=88)]),
    # D124: 和 joins articles
    ("可以按照《办法》 第八条和第九条的规定申领《居住证》",
     [R("《办法》 第八条", law="办法", art=8), R("第九条", law="办法", art=9)]),
    # legal-checks.md §0.3: range -> one ref with article_end
    ("行政垄断条款是第三十九条至第四十五条：《反垄断法》第三十九条至第四十五条",
     [R("《反垄断法》第三十九条至第四十五条", law="反垄断法", art=39)]),
    # legal-checks.md §0.3: 立法法 amended numbering
    ("《中华人民共和国立法法》第九十一条第二款", [R("《中华人民共和国立法法》第九十一条第二款",
                                                   law="中华人民共和国立法法", art=91, para=2)]),
    # legal-checks.md §0.3: 第九十三条第六款
    ("地方政府规章见《立法法》第九十三条第六款", [R("《立法法》第九十三条第六款", law="立法法", art=93, para=6)]),
    # legal-checks.md §5.1: 民法典 repeal article
    ("《中华人民共和国民法典》第一千二百六十条", [R("《中华人民共和国民法典》第一千二百六十条",
                                                  law="中华人民共和国民法典", art=1260)]),
    # legal-checks.md §5.3: 政府采购法 still names 合同法
    ("政府采购法 第四十三条 “政府采购合同适用合同法。”",
     [R("政府采购法 第四十三条", law="政府采购法", art=43)]),
    # legal-checks.md §5.1: 大气污染防治法 paragraph
    ("大气污染防治法 第八十二条第二款 “禁止生产、销售和燃放不符合质量标准的烟花爆竹。”",
     [R("大气污染防治法 第八十二条第二款", law="大气污染防治法", art=82, para=2)]),
    # 之一 suffix
    ("《中华人民共和国刑法》第一百三十三条之一", [R("《中华人民共和国刑法》第一百三十三条之一",
                                                 law="中华人民共和国刑法", art=133, sub=1)]),
    # 之二 with paragraph
    ("《刑法》第二百八十七条之二第一款", [R("《刑法》第二百八十七条之二第一款", law="刑法", art=287, sub=2, para=1)]),
    # D049: a law cited without article (still a citation of the law)
    ("依照《中华人民共和国社会保险法》等有关法律法规的规定处理。",
     [R("《中华人民共和国社会保险法》", law="中华人民共和国社会保险法")]),
    # D099: bare title before 的规定
    ("依照《中华人民共和国治安管理处罚法》的规定处罚。",
     [R("《中华人民共和国治安管理处罚法》", law="中华人民共和国治安管理处罚法")]),
    # legal-checks.md §5: 原《合同法》规定 — a repealed law cited by name only
    ("原《合同法》规定的合同无效情形", [R("《合同法》", law="合同法")]),
    # D116: 《居住证》 is a certificate, not a law: no citation
    ("申领《居住证》时，应当提交下列材料原件和复印件各１份：", []),
    # D060: a form name in 《》 is not a law
    ("《广州市公共租赁住房保障方式变更申请表》，是否已按规定提交附件", []),
    # D160: title followed by a 文号 in brackets -> doc_number attached to the statute ref
    ("3、《土地利用总体规划编制审查办法》（中华人民共和国国土资源部令第43号）；",
     [R("《土地利用总体规划编制审查办法》（中华人民共和国国土资源部令第43号）", law="土地利用总体规划编制审查办法")]),
    # D050: notice title + 〔〕文号
    ("《转发人力资源和社会保障部、财政部关于解决未参保集体企业退休人员基本养老保障等遗留问题意见的通知》（粤人社发〔2011〕193号）。",
     [R("《转发人力资源和社会保障部、财政部关于解决未参保集体企业退休人员基本养老保障等遗留问题意见的通知》（粤人社发〔2011〕193号）",
        law="转发人力资源和社会保障部、财政部关于解决未参保集体企业退休人员基本养老保障等遗留问题意见的通知")]),
    # D124: pinpoints inside the parenthesis: 《信访条例》（第八条、第十四条）
    ("《信访条例》（第八条、第十四条）、《广东省信访条例》",
     [R("《信访条例》（第八条", law="信访条例", art=8), R("第十四条", law="信访条例", art=14),
      R("《广东省信访条例》", law="广东省信访条例")]),
    # --- version hints ----------------------------------------------------------------------
    # D124: （2008 年 12 月 27 日修正）between title and article, with spaces
    ("《中华人民共和国专利法》（2008 年 12 月 27 日修正）第五十七条",
     [R("《中华人民共和国专利法》（2008 年 12 月 27 日修正）第五十七条", law="中华人民共和国专利法", art=57)]),
    # D124: 起施行 hint
    ("《中华人民共和国劳动法》（1995 年 1 月 1 日起施行）第二条",
     [R("《中华人民共和国劳动法》（1995 年 1 月 1 日起施行）第二条", law="中华人民共和国劳动法", art=2)]),
    # D124: hint with a full-width digit １
    ("《中华人民共和国行政诉讼法》（2015 年 5 月１日起施行）第二条、第十二条",
     [R("《中华人民共和国行政诉讼法》（2015 年 5 月１日起施行）第二条", law="中华人民共和国行政诉讼法", art=2),
      R("第十二条", law="中华人民共和国行政诉讼法", art=12)]),
    # D124: 修订 hint on a State Council regulation
    ("《工伤保险条例》（2010 年 12 月 20 日修订）第二十三条、第二十六条",
     [R("《工伤保险条例》（2010 年 12 月 20 日修订）第二十三条", law="工伤保险条例", art=23),
      R("第二十六条", law="工伤保险条例", art=26)]),
    # D037: year-only hint 2014年修订
    ("依照《广东省人口与计划生育条例》（2014年修订）第六十四条规定责令限期补办或者交验",
     [R("《广东省人口与计划生育条例》（2014年修订）第六十四条", law="广东省人口与计划生育条例", art=64)]),
    # brief: 2021年修正 hint
    ("《中华人民共和国行政处罚法》（2021年修订）第十六条",
     [R("《中华人民共和国行政处罚法》（2021年修订）第十六条", law="中华人民共和国行政处罚法", art=16)]),
    # --- Arabic / full-width numerals and spaced PDF text -------------------------------------
    # D124: Arabic article with spaces 第 20 条
    ("《中华人民共和国政府信息公开条例》第 20 条：公民、法人或者其他组织向行政机关申请获取政府信息的",
     [R("《中华人民共和国政府信息公开条例》第 20 条", law="中华人民共和国政府信息公开条例", art=20)]),
    # D124: Arabic 条 + 款
    ("《政府信息公开条例》第 33 条第 2 款规定，可以依法申请行政复议",
     [R("《政府信息公开条例》第 33 条第 2 款", law="政府信息公开条例", art=33, para=2)]),
    # D124: Arabic, three digits
    ("《公安机关办理行政案件程序规定》第 160 条：对违反治安管理行为",
     [R("《公安机关办理行政案件程序规定》第 160 条", law="公安机关办理行政案件程序规定", art=160)]),
    # brief: ASCII digits
    ("依据《行政许可法》第17条", [R("《行政许可法》第17条", law="行政许可法", art=17)]),
    # brief: full-width digits
    ("依据《行政许可法》第１７条", [R("《行政许可法》第１７条", law="行政许可法", art=17)]),
    # D124: title letters spaced out in a PDF table
    ("《 社 会 保 险 法》 第五十八条", [R("《 社 会 保 险 法》 第五十八条", law="社会保险法", art=58)]),
    # D124: 《人民警察法》 Arabic + colon quote
    ("《人民警察法》第 21 条：人民警察遇到公民人身、财产安全受到侵犯或者处于其他危难情形，应当立即救助",
     [R("《人民警察法》第 21 条", law="人民警察法", art=21)]),
    # D124: title + 文号 + article
    ("《人民警察督察条令》（国务院令第 603 号）第 4 条：督察机构对公安机关及其人民警察依法履行职责进行监督",
     [R("《人民警察督察条令》（国务院令第 603 号）第 4 条", law="人民警察督察条令", art=4)]),
    # D124: 文号 with [] inside the parenthesis
    ("《公安机关执法公开规定》（公通字 [2012]38 号）第 3 条",
     [R("《公安机关执法公开规定》（公通字 [2012]38 号）第 3 条", law="公安机关执法公开规定", art=3)]),
    # D124: Arabic article + paragraph + colon quote
    ("《刑事诉讼法》第 30 条第 3 款：对驳回申请回避的决定，当事人及其法定代理人可以申请复议一次。",
     [R("《刑事诉讼法》第 30 条第 3 款", law="刑事诉讼法", art=30, para=3)]),
    # --- names without 《》 (known short names) ------------------------------------------------
    # brief: 依据行政许可法第十七条
    ("依据行政许可法第十七条，规范性文件不得设定行政许可。", [R("行政许可法第十七条", law="行政许可法", art=17)]),
    # legal-checks.md §5.3: unbracketed repealed law
    ("合同法第五十二条规定的无效情形", [R("合同法第五十二条", law="合同法", art=52)]),
    # legal-checks.md §5.3: 劳动合同法 must not be read as 合同法
    ("根据劳动合同法第十条订立书面劳动合同", [R("劳动合同法第十条", law="劳动合同法", art=10)]),
    # legal-checks.md §5.3: 经济合同法 is not a known name and not 合同法
    ("经济合同法第七条", []),
    # full name without 《》
    ("依照中华人民共和国行政处罚法第十六条", [R("中华人民共和国行政处罚法第十六条", law="中华人民共和国行政处罚法", art=16)]),
    # colloquial short name 个保法
    ("个保法第十三条规定了处理个人信息的合法性基础", [R("个保法第十三条", law="个保法", art=13)]),
    # colloquial 民诉法 with paragraph
    ("按民诉法第一百二十二条第一款起诉", [R("民诉法第一百二十二条第一款", law="民诉法", art=122, para=1)]),
    # 行诉法
    ("行诉法第十二条列举了受案范围", [R("行诉法第十二条", law="行诉法", art=12)]),
    # 刑法 (2 chars) after 违反
    ("违反刑法第二百八十四条", [R("刑法第二百八十四条", law="刑法", art=284)]),
    # D124 §1: 政府信息公开条例 without 《》
    ("政府信息公开条例第三十三条第二款规定", [R("政府信息公开条例第三十三条第二款", law="政府信息公开条例", art=33, para=2)]),
    # bare 第X条 with no law: not a citation
    ("第十四条  受理部门应在受理当日将申请人《流动人口居住登记表》交申请人居住地公安派出所社区民警进行核查。", []),
    # D060: article heading with a parenthetical caption
    ("第十七条（挂失和补办）", []),
    # --- internal references ------------------------------------------------------------------
    # D140: 本办法第X条
    ("开发建设单位违反本办法第十三条规定将房屋交付买受人的", [R("本办法第十三条", "internal", "本办法", 13)]),
    # D146: item enumeration under 本办法
    ("本办法第三十条第一款第（一）、（三）项规定的材料",
     [R("本办法第三十条第一款第（一）", "internal", "本办法", 30, para=1, item=1),
      R("（三）项", "internal", "本办法", 30, para=1, item=3)]),
    # D045: 本条例 with paragraph, then another article
    ("违反本条例第十二条第一款、第十九条规定，不按规定办理居住登记",
     [R("本条例第十二条第一款", "internal", "本条例", 12, para=1), R("第十九条", "internal", "本条例", 19)]),
    # D045: 本条例 + 第六项、第七项
    ("（一）已不具备本条例第十七条第六项、第七项规定情形之一的",
     [R("本条例第十七条第六项", "internal", "本条例", 17, item=6), R("第七项", "internal", "本条例", 17, item=7)]),
    # D045: 和 between internal articles
    ("除享有本条例第二十三条和第二十四条规定的权益和公共服务外",
     [R("本条例第二十三条", "internal", "本条例", 23), R("第二十四条", "internal", "本条例", 24)]),
    # D053: 本规定 range + enumeration
    ("符合本规定第五条至第八条、第十一条规定条件的人员",
     [R("本规定第五条至第八条", "internal", "本规定", 5), R("第十一条", "internal", "本规定", 11)]),
    # D004: 本细则
    ("按照本细则第十条的规定处理", [R("本细则第十条", "internal", "本细则", 10)]),
    # D029: 本办法第二、四、七条 (numbers enumerated inside one 第…条)
    ("按本办法第二、四、七条的规定", [R("本办法第二", "internal", "本办法", 2), R("四", "internal", "本办法", 4),
                                     R("七条", "internal", "本办法", 7)]),
    # D022: 本办法 item range 第二项至第五项 + 第二款
    ("本办法第七条第一款第二项至第五项及第二款规定的途径解决",
     [R("本办法第七条第一款第二项至第五项", "internal", "本办法", 7, para=1, item=2),
      R("第二款", "internal", "本办法", 7, para=2)]),
    # D024: 本条第（三）、（四）项
    ("免交本条第（三）、（四）项规定的资料",
     [R("本条第（三）", "internal", "本条", item=3), R("（四）项", "internal", "本条", item=4)]),
    # D024: 本条第三款
    ("按本条第三款规定申请审核报销", [R("本条第三款", "internal", "本条", para=3)]),
    # D131: 前款 alone
    ("前款规定的工业用地包括仓储用地，但不包括采矿用地。", [R("前款", "internal", "前款")]),
    # D085: 前款第（四）项
    ("前款第（四）项材料", [R("前款第（四）项", "internal", "前款", item=4)]),
    # D079: 前款 + item range with ASCII brackets
    ("已办理《暂住证》的人员中,有前款第(二)至第(七)项行为之一的", [R("前款第(二)至第(七)项", "internal", "前款", item=2)]),
    # 行政许可法 第六十九条: 前两款
    ("依照前两款的规定撤销行政许可，可能对公共利益造成重大损害的，不予撤销", [R("前两款", "internal", "前两款")]),
    # 行政许可法 第十七条: 本法 inside a statute
    ("除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。",
     [R("本法第十四条", "internal", "本法", 14), R("第十五条", "internal", "本法", 15)]),
    # D031: 本实施办法 with item range （一）至（五）项
    ("（一）本实施办法第十条第（一）至（五）项规定的材料", [R("本实施办法第十条第（一）至（五）项", "internal", "本实施办法", 10, item=1)]),
    # 目前款项: not 前款
    ("目前款项尚未拨付到位", []),
    # 根本条件: not 本条
    ("这是根本条件", []),
    # 本条例所称: 本条例 without pinpoint is not a reference
    ("本条例所称不动产，是指土地、海域以及房屋、林木等定着物", []),
    # --- 文号 ---------------------------------------------------------------------------------
    # D010: 〔〕 variant
    ("教发〔2015〕11号）等法律法规及相关政策文件精神", [R("教发〔2015〕11号", "doc_number")]),
    # D092: 穗府 issuer
    ("穗府〔2016〕3号", [R("穗府〔2016〕3号", "doc_number")]),
    # D083: [] variant
    ("深建规[2012]10号", [R("深建规[2012]10号", "doc_number")]),
    # D067: issuer cut after 执行
    ("严格执行国发〔2006〕31号文件", [R("国发〔2006〕31号", "doc_number")]),
    # D011: issuer cut after 按照
    ("分值按照粤人社发〔2011〕306号执行", [R("粤人社发〔2011〕306号", "doc_number")]),
    # legal-checks.md §1.1: 国办发〔2018〕37号 after a title in the same parenthesis
    ("国务院办公厅《关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）",
     [R("《关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）",
        law="关于加强行政规范性文件制定和监督管理工作的通知")]),
    # brief: ［］ variant
    ("国办发［2018］115号", [R("国办发［2018］115号", "doc_number")]),
    # brief: （） variant
    ("国办发（2018）37号", [R("国办发（2018）37号", "doc_number")]),
    # brief: 令 variants
    ("粤府令第123号和国务院令第387号", [R("粤府令第123号", "doc_number"), R("国务院令第387号", "doc_number")]),
    # D126: 主席令 with Chinese number
    ("中华人民共和国主席令第七号", [R("中华人民共和国主席令第七号", "doc_number")]),
    # D031: order preceded by a date
    ("1997年5月9日建设部令第56号发布", [R("建设部令第56号", "doc_number")]),
    # D062: 第N号令 form
    ("(1999年4月9日市人民政府第58号令发布", [R("市人民政府第58号令", "doc_number")]),
    # D031: 公告 form
    ("按照国家税务总局公告2014年第1号的规定", [R("国家税务总局公告2014年第1号", "doc_number")]),
    # 住房和城乡建设部令: 和 inside the issuer is kept
    ("根据住房和城乡建设部令第11号", [R("住房和城乡建设部令第11号", "doc_number")]),
    # --- in-document abbreviations -----------------------------------------------------------
    # D049: 以下简称《规定》 then 《规定》第五条 resolves to the full title
    ("根据《广东省职工生育保险规定》(广东省人民政府令第203号，以下简称《规定》)，结合本市实际。《规定》第五条",
     [R("《广东省职工生育保险规定》(广东省人民政府令第203号，以下简称《规定》)", law="广东省职工生育保险规定"),
      R("《规定》第五条", law="广东省职工生育保险规定", art=5)]),
    # --- several laws in one sentence --------------------------------------------------------
    # D103: two titles, second with 文号
    ("《中华人民共和国物权法》第一百八十四条、《中华人民共和国担保法》第三十七条等相关法律条款",
     [R("《中华人民共和国物权法》第一百八十四条", law="中华人民共和国物权法", art=184),
      R("《中华人民共和国担保法》第三十七条", law="中华人民共和国担保法", art=37)]),
    # D124: mixed law and 《中华人民共和国公务员法》 next to a following title
    ("《中华人民共和国公务员法》（2006 年 1 月 1 日起施行）第九十条",
     [R("《中华人民共和国公务员法》（2006 年 1 月 1 日起施行）第九十条", law="中华人民共和国公务员法", art=90)]),
    # D124: 司法解释 with nested 〈〉-free title and 起施行
    ("《教师资格条例》（1995 年 12 月 12 日起施行）第十三条",
     [R("《教师资格条例》（1995 年 12 月 12 日起施行）第十三条", law="教师资格条例", art=13)]),
    # D116: 《条例》 abbreviation quoted with a colon-less 规定：“
    ("《条例》第二条对不动产的概念进行了界定", [R("《条例》第二条", law="条例", art=2)]),
    # D155: an inner title in ASCII angle brackets is the 〈〉 title the corpus holds
    ("根据《广东省实施<中华人民共和国土地管理法>办法》，制定本规则",
     [R("《广东省实施<中华人民共和国土地管理法>办法》", law="广东省实施〈中华人民共和国土地管理法〉办法")]),
    # … and a bare less-than sign is no title
    ("单宗面积<3000平方米的，按照《土地管理法》办理", [R("《土地管理法》", law="土地管理法")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_extract(text, expected):
    refs = extract_citations(text)
    got = [(r.text, r.kind, r.law, r.article, r.article_sub, r.paragraph, r.item) for r in refs]
    assert got == expected
    for r in refs:
        assert text[r.start:r.end] == r.text


def test_table_is_large():
    assert len(CASES) >= 80


# One row per attribute that the main table does not show.
DETAILS = [
    # range: article_end
    ("《反垄断法》第三十九条至第四十五条", 0, "article_end", 45),
    # item range: item_end
    ("本办法第七条第一款第二项至第五项", 0, "item_end", 5),
    # version hint as written (spaces dropped) and its ISO date
    ("《中华人民共和国专利法》（2008 年 12 月 27 日修正）第五十七条", 0, "version", "2008年12月27日修正"),
    ("《中华人民共和国专利法》（2008 年 12 月 27 日修正）第五十七条", 0, "version_date", "2008-12-27"),
    ("《中华人民共和国行政处罚法》（2021年修正）第十六条", 0, "version_date", "2021"),
    # 文号 normalised to 〔〕
    ("国办发[2018]37号", 0, "doc_number", "国办发〔2018〕37号"),
    ("国办发（2018）37号", 0, "doc_number", "国办发〔2018〕37号"),
    ("《公安机关执法公开规定》（公通字 [2012]38 号）第 3 条", 0, "doc_number", "公通字〔2012〕38号"),
    ("《居住证暂行条例》（国务院令第663号）", 0, "doc_number", "国务院令第663号"),
    # alias keeps the abbreviation as written
    ("《广东省职工生育保险规定》（以下简称《规定》）。《规定》第五条", 1, "alias", "规定"),
    # quote in quotation marks after 规定：
    ("《中华人民共和国行政许可法》第十七条规定：“除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。”",
     0, "quote", "除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。"),
    ("《中华人民共和国行政许可法》第十七条规定：“除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。”",
     0, "quote_kind", "verbatim"),
    # quote after a bare colon runs to the end of the sentence
    ("《刑事诉讼法》第 30 条第 3 款：对驳回申请回避的决定，当事人及其法定代理人可以申请复议一次。", 0, "quote",
     "对驳回申请回避的决定，当事人及其法定代理人可以申请复议一次。"),
    # restatement after 规定，
    ("《中华人民共和国行政处罚法》第十六条规定，其他规范性文件不得设定行政处罚。", 0, "quote", "其他规范性文件不得设定行政处罚。"),
    ("《中华人民共和国行政处罚法》第十六条规定，其他规范性文件不得设定行政处罚。", 0, "quote_kind", "restatement"),
    # 根据…规定， introduces an action, not a restatement
    ("根据《中华人民共和国立法法》第六十三条第二款规定，浙江省人大常委会批准了该条例。", 0, "quote", None),
    # 的规定 followed by more text: no quote
    ("依照《广东省流动人口服务管理条例》第三十条的规定予以警告", 0, "quote", None),
    # quote only on the last ref of an enumeration
    ("《律师法》第九条、第二十二条规定：“律师应当……”", 1, "quote", "律师应当……"),
    ("《律师法》第九条、第二十二条规定：“律师应当……”", 0, "quote", None),
]


@pytest.mark.parametrize("text,index,field,value", DETAILS)
def test_details(text, index, field, value):
    refs = extract_citations(text)
    assert getattr(refs[index], field) == value


def test_quote_offsets_point_into_the_source():
    text = "《中华人民共和国行政许可法》第十七条规定：“其他规范性文件一律不得设定行政许可。”"
    (ref,) = extract_citations(text)
    assert text[ref.quote_start:ref.quote_end] == ref.quote


def test_to_dict_is_flat_and_complete():
    (ref,) = extract_citations("《行政许可法》第十七条")
    d = ref.to_dict()
    assert d["law"] == "行政许可法" and d["article"] == 17 and d["kind"] == "statute"
    assert set(d) == set(CitationRef.__dataclass_fields__)


def test_clean_keeps_an_offset_map():
    text = "第 １７ 条（２０２１）"
    cleaned, offsets = clean(text)
    assert cleaned == "第17条（2021）"
    assert [text[offsets[i]] for i in range(len(cleaned))] == list("第１７条（２０２１）")
    assert offsets[-1] == len(text)


# Random and garbage input: tests/test_properties.py (hypothesis).


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.skipif(not (SHARED / "data/documents/txt").is_dir(), reason="shared documents not available")
def test_real_documents_do_not_crash_and_offsets_hold():
    total = 0
    for path in sorted((SHARED / "data/documents/txt").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for r in extract_citations(text):
            assert text[r.start:r.end] == r.text
            total += 1
    assert total > 500


def _doc_number_texts():
    yield "根据国务院令第588号、国家发展改革委令2016年第31号和财政部公告2019年第39号，参照市政府第12号令。"
    yield "令令令令第3号；省政府（2016）7号、〔2016〕8号与甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉〔2017〕9号"
    yield "某某某某某某某某某某某某某某某某某某某某公告公告2020年第1号，" + "字" * 30 + "第12345号令第1号令"
    docs = SHARED / "data/documents/txt"
    if docs.is_dir():
        for path in sorted(docs.glob("*.txt")):
            yield clean(path.read_text(encoding="utf-8", errors="replace"))[0]


def test_doc_number_scan_finds_what_finditer_finds():
    """The 文号 scan started near each fixed part (〔, 令, 公告, 号令) yields exactly the regexes' own matches."""
    from statutes.citations.extract import _DOC_ANY, _doc_matches

    for text in _doc_number_texts():
        for rx in _DOC_ANY:
            assert [m.span() + m.groups() for m in _doc_matches(rx, text)] == \
                   [m.span() + m.groups() for m in rx.finditer(text)]
