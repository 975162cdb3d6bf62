"""Bytes to text: refuse binary data, detect legacy encodings, never guess silently."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import UnsupportedFormat

# Magic numbers of formats people point a news tool at by mistake.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
}
_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of `data`, or None if it looks like text."""
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            return name
    head = data[:4096]
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return "binary data (control bytes)"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name). Raise UnsupportedFormat with a one-line reason."""
    if not data.strip():
        raise UnsupportedFormat("empty input")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise UnsupportedFormat(f"invalid {name} text after its byte-order mark: {exc}") from exc
    binary = sniff_binary(data)
    if binary:
        raise UnsupportedFormat(f"binary input: {binary}, not a web page or text")
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for enc in candidates:
        try:
            codecs.lookup(enc)
        except LookupError:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        # A page that declares latin-1 but is really UTF-8 decodes without error and reads as
        # mojibake; only trust a declared single-byte charset when UTF-8 fails.
        if enc.lower().replace("_", "-") not in ("utf-8", "utf8") and _is_utf8(data):
            return data.decode("utf-8"), "utf-8"
        return text, codecs.lookup(enc).name
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise UnsupportedFormat("cannot decode input: not UTF-8 and no legacy encoding detected")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnsupportedFormat(f"cannot decode input as {best.encoding}: {exc}") from exc


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
