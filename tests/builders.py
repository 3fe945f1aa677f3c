"""Build test inputs from the formats' specifications: an OLE2 compound file ([MS-CFB]) with a Word binary
document inside ([MS-DOC]: FIB, CLX piece table, PAPX FKP), and an OFD package (GB/T 33190).

Only what the readers need is written; every stream is padded to the 4,096-byte mini-stream cutoff so that
no mini stream is needed.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

SECTOR = 512
ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


# --- OLE2 / compound file -------------------------------------------------------------------------

def _dir_entry(name: str, kind: int, start: int, size: int, child: int = NOSTREAM, right: int = NOSTREAM) -> bytes:
    raw = (name + "\0").encode("utf-16-le") if name else b""
    return struct.pack("<64sHBBIII16sIQQIQ", raw.ljust(64, b"\0"), len(raw) if name else 0, kind, 1,
                       NOSTREAM, right, child, b"\0" * 16, 0, 0, 0, start, size)


def write_cfb(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file holding ``streams`` (flat, in the root storage)."""
    names = list(streams)
    data_sectors: list[bytes] = []
    starts, sizes = [], []
    chains: list[tuple[int, int]] = []            # (first sector, count)
    for name in names:
        blob = streams[name]
        size = len(blob)
        blob = blob.ljust(max(4096, -(-len(blob) // SECTOR) * SECTOR), b"\0")
        first = len(data_sectors)
        for i in range(0, len(blob), SECTOR):
            data_sectors.append(blob[i:i + SECTOR])
        starts.append(first)
        sizes.append(max(size, 4096))
        chains.append((first, len(blob) // SECTOR))
    entries = [_dir_entry("Root Entry", 5, ENDOFCHAIN, 0, child=1 if names else NOSTREAM)]
    for i, name in enumerate(names):
        entries.append(_dir_entry(name, 2, starts[i], sizes[i], right=i + 2 if i + 1 < len(names) else NOSTREAM))
    directory = b"".join(entries)
    directory = directory.ljust(-(-len(directory) // SECTOR) * SECTOR, b"\0")
    dir_first, dir_count = len(data_sectors), len(directory) // SECTOR
    for i in range(dir_count):
        data_sectors.append(directory[i * SECTOR:(i + 1) * SECTOR])
    chains.append((dir_first, dir_count))
    n_fat = 1
    while (len(data_sectors) + n_fat) > n_fat * (SECTOR // 4):
        n_fat += 1
    fat_first = len(data_sectors)
    fat = [FREESECT] * (n_fat * SECTOR // 4)
    for first, count in chains:
        for k in range(count):
            fat[first + k] = first + k + 1 if k + 1 < count else ENDOFCHAIN
    for k in range(n_fat):
        fat[fat_first + k] = FATSECT
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    difat = [fat_first + k for k in range(n_fat)] + [FREESECT] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIII", 0, n_fat, dir_first, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN)
              + struct.pack("<I", 0) + struct.pack("<109I", *difat))
    header = header[:76] + struct.pack("<109I", *difat)
    header = header.ljust(SECTOR, b"\0")
    return header + b"".join(data_sectors) + fat_bytes


# --- Word binary document ---------------------------------------------------------------------------

FIB_SIZE = 0x400


def word_document(text: str, *, compressed: bool = False, split: int | None = None, flags: int = 0x0200,
                  nfib: int = 0x00C1, row_ends: bool = True) -> dict[str, bytes]:
    """Streams of a .doc whose main text is ``text`` (\\r paragraph ends, \\x07 cell marks; a \\x07 right after
    a \\x07 is the row-end mark). ``compressed``: the first piece is 8-bit (cp1252; ASCII text only);
    ``split``: a second piece starts at that character (UTF-16). ``row_ends``: write PAPX FKPs that mark
    table paragraphs and row ends (else the reader falls back on the marks alone)."""
    cut = split if split is not None else len(text)
    parts = [(text[:cut], compressed), (text[cut:], False)] if cut < len(text) else [(text, compressed)]
    body = bytearray()
    pieces = []                                   # (cp_start, cp_end, fc_field)
    cp = 0
    for part, comp in parts:
        offset = FIB_SIZE + len(body)
        if comp:
            body += part.encode("cp1252")
            fc_field = (offset * 2) | 0x40000000
        else:
            body += part.encode("utf-16-le")
            fc_field = offset
        pieces.append((cp, cp + len(part), fc_field, offset, comp))
        cp += len(part)
    table = bytearray()
    # CLX: one empty Prc, then the Pcdt
    plc = struct.pack(f"<{len(pieces) + 1}I", *[p[0] for p in pieces], pieces[-1][1])
    plc += b"".join(struct.pack("<HIH", 0, p[2], 0) for p in pieces)
    clx = b"\x01" + struct.pack("<h", 0) + b"\x02" + struct.pack("<I", len(plc)) + plc
    fc_clx = len(table)
    table += clx
    word = bytearray(FIB_SIZE) + body
    papx_fc = papx_lcb = 0
    if row_ends and ("\x07" in text):
        page_no = len(word) // SECTOR + 1
        word = word.ljust(page_no * SECTOR, b"\0")
        fkp = _papx_fkp(text, pieces)
        word += fkp
        papx_fc = len(table)
        plcbte = struct.pack("<III", FIB_SIZE, FIB_SIZE + len(body), page_no)
        table += plcbte
        papx_lcb = len(plcbte)
    fib = bytearray(FIB_SIZE)
    struct.pack_into("<HH", fib, 0, 0xA5EC, nfib)
    struct.pack_into("<H", fib, 0x0A, flags)
    struct.pack_into("<I", fib, 0x4C, len(text))
    struct.pack_into("<II", fib, 0x01A2, fc_clx, len(clx))
    struct.pack_into("<II", fib, 0x0102, papx_fc, papx_lcb)
    word[:FIB_SIZE] = fib
    table_name = "1Table" if flags & 0x0200 else "0Table"
    return {"WordDocument": bytes(word), table_name: bytes(table)}


def _papx_fkp(text: str, pieces) -> bytes:
    """One PAPX FKP page: a run per paragraph (ended by \\r or \\x07), flags from its place in a table."""

    def fc_of(cp: int) -> int:
        for start, end, _f, offset, comp in pieces:
            if start <= cp < end or (cp == end and end == pieces[-1][1]):
                return offset + (cp - start) * (1 if comp else 2)
        raise ValueError(cp)

    runs = []                                     # (fc start, fc end, flags)
    start = 0
    in_row = False
    for i, ch in enumerate(text):
        if ch not in "\r\x07":
            continue
        if ch == "\x07" and i > 0 and text[i - 1] == "\x07":
            flag = 2                              # the row-end mark
            in_row = False
        elif ch == "\x07":
            flag = 1
            in_row = True
        else:
            flag = 1 if in_row else 0      # a paragraph mark inside a row's later cell
        runs.append((fc_of(start), fc_of(i + 1), flag))
        start = i + 1
    page = bytearray(SECTOR)
    crun = len(runs)
    assert crun <= 25, "one FKP page only"
    fcs = [r[0] for r in runs] + [runs[-1][1]]
    struct.pack_into(f"<{crun + 1}I", page, 0, *fcs)
    grpprls = {0: None, 1: b"\x00\x00" + b"\x16\x24\x01", 2: b"\x00\x00" + b"\x16\x24\x01" + b"\x17\x24\x01"}
    pos = SECTOR - 1
    offsets = {}
    for flag, grpprl in grpprls.items():
        if grpprl is None:
            continue
        blob = bytes([0, (len(grpprl) + 1) // 2]) + grpprl.ljust(len(grpprl) + len(grpprl) % 2, b"\0")
        pos -= len(blob)
        pos -= pos % 2
        page[pos:pos + len(blob)] = blob
        offsets[flag] = pos // 2
    for k, (_a, _b, flag) in enumerate(runs):
        page[4 * (crun + 1) + 13 * k] = offsets.get(flag, 0)
    page[SECTOR - 1] = crun
    return bytes(page)


def write_doc(path: Path, text: str, **kw) -> Path:
    path.write_bytes(write_cfb(word_document(text, **kw)))
    return path


# --- OFD ----------------------------------------------------------------------------------------------

OFD_NS = "http://www.ofdspec.org/2016"


def text_object(oid: int, x: float, y: float, text: str, size: float = 5.0, dx: float | None = None) -> str:
    """A TextObject at (x, y) mm holding ``text``; glyphs ``dx`` apart (default: the font size), "g" notation."""
    dx = size if dx is None else dx
    width = dx * len(text)
    delta = f' DeltaX="g {len(text) - 1} {dx}"' if len(text) > 1 else ""
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x} {y} {width + size} {size * 1.5}" Font="2" Size="{size}">'
            f'<ofd:TextCode X="0" Y="{size}"{delta}>{text}</ofd:TextCode></ofd:TextObject>')


def write_ofd(path: Path, pages: list[list[str]], *, template: list[str] | None = None,
              extra: dict[str, bytes] | None = None, doc_root: str = "Doc_0/Document.xml") -> Path:
    """An OFD package: OFD.xml → DocBody/DocRoot → Document.xml → Pages/Page_N/Content.xml, each page a list
    of TextObject strings (``text_object``); ``template``: TextObjects of a template page every page uses."""
    ns = f'xmlns:ofd="{OFD_NS}"'
    tpl = ('<ofd:TemplatePage ID="9" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if template else "")
    page_refs = "".join(f'<ofd:Page ID="{10 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">'
                               f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>0123456789abcdef</ofd:DocID></ofd:DocInfo>'
                               f'<ofd:DocRoot>{doc_root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        zf.writestr("Doc_0/Document.xml",
                    f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData>'
                    f'<ofd:MaxUnitID>100</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                    f'</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl}</ofd:CommonData>'
                    f'<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>')
        zf.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res">'
                                           f'<ofd:Fonts><ofd:Font ID="2" FontName="仿宋"/></ofd:Fonts></ofd:Res>')
        use_tpl = '<ofd:Template TemplateID="9" ZOrder="Background"/>' if template else ""
        for i, objects in enumerate(pages):
            zf.writestr(f"Doc_0/Pages/Page_{i}/Content.xml",
                        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}>{use_tpl}<ofd:Content>'
                        f'<ofd:Layer ID="{50 + i}">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')
        if template:
            zf.writestr("Doc_0/Tpls/Tpl_0/Content.xml",
                        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content><ofd:Layer ID="8">'
                        f'{"".join(template)}</ofd:Layer></ofd:Content></ofd:Page>')
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path
