"""Read the shipped snapshot back (run time): the manifest, each data file checked against its sha256 before
anything is imported, then one record per work.

A file that is missing, truncated or altered raises ``CorpusError`` naming the file ("SHA-256 校验值不符"); the caller
has imported nothing yet, so nothing half-imported can be left behind.
"""

from __future__ import annotations

import hashlib
import json
import lzma
from pathlib import Path
from typing import Iterator

from ..errors import CorpusError
from . import DATA_DIR, FORMAT, MANIFEST

REINSTALL = "请重新安装 fashen（pip install -e .）或从版本库恢复该文件"


def load_manifest(data_dir: Path = DATA_DIR) -> dict:
    path = Path(data_dir) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError(f"默认法规库快照缺少清单文件 {path}；{REINSTALL}") from None
    except (OSError, ValueError) as e:
        raise CorpusError(f"默认法规库快照的清单文件 {path} 无法读取（{e}）；{REINSTALL}") from None
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise CorpusError(f"默认法规库快照的清单文件 {path} 格式不符（format {manifest.get('format')}，"
                          f"本程序读取 format {FORMAT}）；{REINSTALL}")
    return manifest


def verify(data_dir: Path = DATA_DIR, manifest: dict | None = None) -> dict:
    """Check every data file against the manifest (size and sha256); returns the manifest."""
    data_dir = Path(data_dir)
    manifest = manifest or load_manifest(data_dir)
    for name, meta in sorted(manifest["files"].items()):
        path = data_dir / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CorpusError(f"默认法规库快照文件 {path} 不存在；{REINSTALL}") from None
        except OSError as e:
            raise CorpusError(f"默认法规库快照文件 {path} 无法读取（{e.strerror or e}）；{REINSTALL}") from None
        digest = hashlib.sha256(data).hexdigest()
        if digest != meta.get("sha256") or len(data) != meta.get("bytes"):
            what = f"长度 {len(data)} 字节，应为 {meta.get('bytes')} 字节" if len(data) != meta.get("bytes") \
                else f"内容被改动：应为 {str(meta.get('sha256'))[:12]}…，实为 {digest[:12]}…"
            raise CorpusError(f"默认法规库快照文件 {path} 的 SHA-256 校验值不符（{what}），已拒绝导入，法规库未作任何改动；"
                              f"{REINSTALL}")
    return manifest


def iter_records(data_dir: Path = DATA_DIR, manifest: dict | None = None) -> Iterator[dict]:
    """Every work record of the snapshot, file by file (call ``verify`` first)."""
    data_dir = Path(data_dir)
    manifest = manifest or load_manifest(data_dir)
    for name in sorted(manifest["files"]):
        path = data_dir / name
        try:
            raw = lzma.decompress(path.read_bytes())
            lines = raw.decode("utf-8").splitlines()
            records = [json.loads(line) for line in lines]
        except (lzma.LZMAError, UnicodeDecodeError, ValueError) as e:
            raise CorpusError(f"默认法规库快照文件 {path} 已损坏（{e}）；{REINSTALL}") from None
        yield from records
