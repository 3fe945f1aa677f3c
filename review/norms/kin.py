"""Relatives, and the statuses that mark a relative, shared by the burden readings (review/norms/burden.py: a
burden laid on a relative; review/norms/exacted.py: a relative marked for another's status).

* ``RELATIVE`` — the closed class of kinship terms (子女, 配偶, 父母, 家庭成员 …, and one by one: 父亲, 妻子, 兄弟 …);
* ``STATUS_KIN`` — a relative named by the status of the one he is related to (外逃人员子女, 服刑人员的配偶, 失信被执行人
  的子女, 拒服兵役人员的兄弟姐妹);
* ``RECUSAL`` (round 34) — a recusal, not a burden: the person kept from a task on the very party or unit his relative
  serves (该评审专家不得从事该项目的评审工作; 不得在本单位从事会计工作 — 政府采购法 第十二条, 公务员法 第七十四条、第七十六条).
"""

from __future__ import annotations

import re

RELATIVE = (r"子女|儿女|父母|配偶|夫妻|近亲属|亲属|家庭成员|家属|监护人|兄弟姐妹|祖父母|外祖父母|孙子女|直系亲属|"
            # round 17: the kinship terms one by one (父亲或者母亲, 兄弟姐妹中有人, 其妻子)
            r"父亲|母亲|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|儿子|女儿|丈夫|妻子|爷爷|奶奶|外公|外婆|岳父|岳母|公婆|"
            r"共同生活的?(家庭)?(成员|人员)|其家庭|其家人|家人")
MARKED_STATUS = r"拒服兵役|逃避服兵役|拒绝服兵役|逃避兵役|外逃|潜逃|涉毒|吸毒|服刑|在押|犯罪|违法|失信|涉黑|涉恶|缠访|闹访|肇事|负有责任"
STATUS_KIN = re.compile(rf"({MARKED_STATUS})[^，。；]{{0,6}}?(人员|者|人)?的?({RELATIVE})")
# (the party a specific one — 该项目, 同一单位, 本单位 —, not a whole field: 不得参与本县政府采购活动 is a bar, round 34)
RECUSAL = re.compile(r"回避|(不得|不再)(从事|参与|参加|负责|担任)[^，。；]{0,6}(该|同一|本单位|本机关|本项目)[^，。；]{0,12}"
                     r"(评审|审查|审批|监管|鉴定|检查|审计|执法|采购|招标|财务|会计|出纳|人事)")
