"""``--via-office``: convert .doc/.wps/.rtf with LibreOffice (``soffice --headless --convert-to docx``) and read
the .docx, for fidelity to tables and automatic numbering. Optional: the built-in readers need nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from statutes.errors import InputError

from .safety import guard

TIMEOUT = 180  # seconds for one conversion
_WINDOWS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
            r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")
NOT_FOUND = "未找到 LibreOffice（soffice），无法使用 --via-office；去掉该选项即用内置读取器，或安装 LibreOffice 后重试"


def soffice() -> str | None:
    """The LibreOffice executable: $FASHEN_SOFFICE, else soffice/libreoffice on PATH, else the Windows default."""
    explicit = os.environ.get("FASHEN_SOFFICE")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _WINDOWS if Path(p).is_file()), None)


def convert_to_docx(path: Path, workdir: Path) -> Path:
    """Convert ``path`` into ``workdir`` and return the .docx (a private profile: no clash with an open office)."""
    exe = soffice()
    if exe is None:
        raise InputError(path, NOT_FOUND)
    profile = (workdir / "profile").resolve().as_uri()
    cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck",
           "--convert-to", "docx", "--outdir", str(workdir), str(path.resolve())]
    try:
        subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(path, f"LibreOffice 转换超时（超过 {TIMEOUT} 秒），请去掉 --via-office 后重试") from None
    except OSError as e:
        raise InputError(path, f"无法启动 LibreOffice（{e.strerror or e}），请去掉 --via-office 后重试") from None
    out = workdir / (path.stem + ".docx")
    if not out.is_file():
        raise InputError(path, "LibreOffice 未能转换该文件（文件可能已损坏），请去掉 --via-office 后重试")
    return out


@guard
def read_via_office(path: Path) -> list[str]:
    from .docx import read_docx

    with tempfile.TemporaryDirectory(prefix="fashen-office-") as tmp:
        return read_docx(convert_to_docx(path, Path(tmp)))
