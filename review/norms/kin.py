"""Relatives, and the statuses that mark a relative, shared by the burden readings (review/norms/burden.py: a
burden laid on a relative; review/norms/exacted.py: a relative marked for another's status).

* ``RELATIVE`` — the closed class of kinship terms (子女, 配偶, 父母, 家庭成员 …, and one by one: 父亲, 妻子, 兄弟 …);
* ``STATUS_KIN`` — a relative named by the status of the one he is related to (外逃人员子女, 服刑人员的配偶, 失信被执行人
  的子女, 拒服兵役人员的兄弟姐妹).
"""

from __future__ import annotations

import re

RELATIVE = (r"子女|儿女|父母|配偶|夫妻|近亲属|亲属|家庭成员|家属|监护人|兄弟姐妹|祖父母|外祖父母|孙子女|直系亲属|"
            # round 17: the kinship terms one by one (父亲或者母亲, 兄弟姐妹中有人, 其妻子)
            r"父亲|母亲|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|儿子|女儿|丈夫|妻子|爷爷|奶奶|外公|外婆|岳父|岳母|公婆|"
            r"共同生活的?(家庭)?(成员|人员)|其家庭|其家人|家人")
MARKED_STATUS = r"拒服兵役|逃避服兵役|拒绝服兵役|逃避兵役|外逃|潜逃|涉毒|吸毒|服刑|在押|犯罪|违法|失信|涉黑|涉恶|缠访|闹访"
STATUS_KIN = re.compile(rf"({MARKED_STATUS})[^，。；]{{0,6}}?(人员|者|人)?的?({RELATIVE})")
