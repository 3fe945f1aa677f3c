"""Text recognition (OCR) for scanned PDFs and images: the optional extra ``fashen[ocr]``.

The engine is RapidOCR on onnxruntime (PyPI ``rapidocr_onnxruntime``), whose wheel ships the PP-OCR Chinese
detection and recognition models: it runs offline, nothing is downloaded at run time. It is imported only when
``--ocr`` is given, so the CLI starts as fast without it. Recognised boxes are put back into lines by position
(as OFD glyphs are) and wrapped lines rejoined into paragraphs as for PDF.

A scanned PDF page is usually one full-page image; it is turned by the page's /Rotate so that text reads
upright before recognition.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from statutes.errors import InputError

from .safety import guard

INSTALL = "pip install 'fashen[ocr]'"
NOT_INSTALLED = f"未安装文字识别（OCR）组件，请先运行 {INSTALL}（约 100 MB，离线可用）后再加 --ocr 审查"
OCR_NOTE = "OCR 识别，引文请核对原件"
MAX_PAGES = 200
MAX_PIXELS = 60_000_000            # one page image; larger ones are scaled down before recognition

_ENGINE = None


def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except Exception:  # noqa: BLE001 - a broken install counts as absent
        return False
    return True


def _engine(path=None):
    global _ENGINE
    if _ENGINE is None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except Exception:  # noqa: BLE001 - ImportError, or onnxruntime failing to load its library
            raise InputError(path, NOT_INSTALLED) from None
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        _ENGINE = RapidOCR()
    return _ENGINE


def recognise(image, page: int = 0):
    """Glyph runs (review.readers.ofd.Glyphs) of one PIL image, coordinates in pixels."""
    from .ofd import Glyphs

    image = image.convert("RGB")
    if image.width * image.height > MAX_PIXELS:
        scale = (MAX_PIXELS / (image.width * image.height)) ** 0.5
        image = image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    result, _ = _engine()(image)
    out = []
    for box, text, _score in result or []:
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        height = max(ys) - min(ys)
        out.append(Glyphs(page, min(xs), (min(ys) + max(ys)) / 2, max(height, 1.0), text, max(xs)))
    return out


def _lines(glyphs) -> list[str]:
    from .ofd import lines_from_glyphs
    from .pdf import full_line_length, merge_visual_lines

    visual = lines_from_glyphs(glyphs)
    return merge_visual_lines(visual, full_line_length([ln for ln in visual if ln]))


@guard
def ocr_pdf(path: Path) -> list[str]:
    """Recognise the largest image of every page of a scanned PDF."""
    from pypdf import PdfReader

    reader = PdfReader(str(path), strict=False)
    if len(reader.pages) > MAX_PAGES:
        raise InputError(path, f"扫描版 PDF 页数过多（{len(reader.pages)} 页，上限 {MAX_PAGES} 页），请拆分后再识别")
    _engine(path)
    glyphs = []
    for number, page in enumerate(reader.pages):
        images = []
        for img in page.images:
            try:
                images.append(img.image)
            except Exception:  # noqa: BLE001 - an image pypdf cannot decode is skipped
                continue
        images = [im for im in images if im is not None]
        if not images:
            continue
        image = max(images, key=lambda im: im.width * im.height)
        rotation = (page.rotation or 0) % 360
        if rotation:
            image = image.rotate(-rotation, expand=True)     # /Rotate is clockwise, PIL's angle counter-clockwise
        glyphs.extend(recognise(image, number))
    if not glyphs:
        raise InputError(path, "文字识别（OCR）没有识别出任何文字：页面中没有可识别的图像")
    return _lines(glyphs)


@guard
def ocr_image(path: Path, data: bytes) -> list[str]:
    _engine(path)
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            frames = [f.copy() for _, f in zip(range(MAX_PAGES), ImageSequence.Iterator(img))]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise InputError(path, "图片已损坏、过大或格式无法识别") from None
    glyphs = []
    for number, frame in enumerate(frames):        # a multi-page TIFF is one page per frame
        glyphs.extend(recognise(frame, number))
    if not glyphs:
        raise InputError(path, "文字识别（OCR）没有识别出任何文字")
    return _lines(glyphs)
