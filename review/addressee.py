"""The addressee line (主送机关) of a document: the bodies it was sent to, listed after the title and before the body
text (各省、自治区、直辖市国土资源厅……，各派驻地方的国家土地督察局：). It records who received the document on its
date; it lays no rule and gives no body a duty (党政机关公文处理工作条例 第九条第（五）项: 主送机关 is a part of the
document's form, the body text the rule). An old body's name there was the right name on the document's date when
the document was made before the reform that renamed or merged the body: nothing in the document still to be done by
that body rests on that line (round 38, realprec38: D127, D147, D148 — national documents whose operative clauses the
labellers marked, not their addressee lines). A draft or a document made since the reform that addresses a body
that no longer exists is still wrong, and its line is read as before."""

from __future__ import annotations

import re

# 各…： — a list of bodies (、，, separated) ending in a colon, without a sentence's end or any verb of duty, leave or act
_LINE = re.compile(r"^各[^。；;！!？?：:]{1,400}[：:]$")
_ACTS = re.compile(r"要|应当|应|须|必须|负责|可以|不得|按照|根据|依照|为了|为|请|现将|经|已|将|对|把|由|在")


def is_addressee_line(text: str) -> bool:
    """Whether ``text`` (a clause's whole text) is a document's addressee line: 各 …, a list of bodies, then a colon."""
    s = re.sub(r"[\s\u3000]+", "", text or "")
    if not _LINE.match(s):
        return False
    # a body's name may hold 对/在/由… only inside brackets (国土资源厅（国土环境资源厅）): read the names outside them
    bare = re.sub(r"[（(][^（）()]*[）)]", "", s)
    return not _ACTS.search(bare)
