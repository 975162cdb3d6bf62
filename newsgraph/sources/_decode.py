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
# As browsers do (WHATWG Encoding Standard): these labels mean windows-1252, whose 0x80-0x9F are
# curly quotes and dashes where latin-1 has invisible control characters.
_WINDOWS_1252_LABELS = frozenset(("iso8859-1", "ascii"))  # Python's names for latin-1 and us-ascii
# Single-byte Latin encodings that a detector cannot tell apart on a short page.
_LATIN_SINGLE_BYTE = frozenset((
    "cp1250", "cp1252", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_latin2", "mac_roman", "cp775",
    "cp850", "cp852", "cp858", "hp_roman8",
))
_CENTRAL_EUROPEAN = frozenset(("Polish", "Czech", "Slovak", "Hungarian", "Slovene", "Croatian", "Romanian",
                               "Bosnian", "Serbian"))


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


def _codec_name(label: str) -> str | None:
    """Python's name for a text encoding label; None for unknown labels and for codecs that are not
    character sets (base64, hex, rot13, zlib: `bytes.decode` refuses those with LookupError)."""
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def _is_wide(name: str) -> bool:
    return name.startswith(("utf-16", "utf-32"))


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name). Raise UnsupportedFormat with a one-line reason."""
    if not data.strip():
        raise UnsupportedFormat("empty input")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise UnsupportedFormat(f"invalid {name} text after its byte-order mark: {exc}") from exc
            if not text.strip():
                raise UnsupportedFormat("empty input")
            return text, name
    declared_name = _codec_name(declared) if declared else None
    if declared_name and _is_wide(declared_name) and b"\x00" in data[:4096]:
        # UTF-16/32 without a byte-order mark is full of NUL bytes: trust the declaration when
        # they are there and the bytes decode, before the binary check would refuse them.
        try:
            text = data.decode(declared_name)
        except UnicodeDecodeError:
            pass
        else:
            if text.strip() and "\x00" not in text:
                return text, declared_name
    binary = sniff_binary(data)
    if binary:
        raise UnsupportedFormat(f"binary input: {binary}, not a web page or text")
    candidates: list[str] = []
    if declared_name and not _is_wide(declared_name):
        candidates.append(declared_name)
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        name = _codec_name(meta.group(1).decode("ascii", "replace"))
        # a page whose <meta> could be read as ASCII is not UTF-16 or UTF-32, whatever it says
        if name and not _is_wide(name):
            candidates.append(name)
    candidates.append("utf-8")
    for name in candidates:
        if name in _WINDOWS_1252_LABELS and _decodes(data, "cp1252"):
            name = "cp1252"
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        # A page that declares latin-1 but is really UTF-8 decodes without error and reads as
        # mojibake; only trust a declared single-byte charset when UTF-8 fails.
        if name != "utf-8" and _decodes(data, "utf-8"):
            return data.decode("utf-8"), "utf-8"
        return text, name
    return _detect(data)


def _detect(data: bytes) -> tuple[str, str]:
    """Undeclared legacy encoding: ask charset-normalizer, breaking its near-ties between
    single-byte Latin encodings by the language it reads (windows-1252 for Western European
    languages, windows-1250 for Central European ones), as a browser's default would."""
    results = list(from_bytes(data[:200_000]))
    if not results:
        raise UnsupportedFormat("cannot decode input: not UTF-8 and no legacy encoding detected")
    best = results[0]
    encoding = best.encoding
    if encoding in _LATIN_SINGLE_BYTE:
        preferred = "cp1250" if best.language in _CENTRAL_EUROPEAN else "cp1252"
        for match in results:
            if (match.encoding == preferred and match.chaos <= best.chaos + 0.01
                    and match.coherence >= best.coherence - 0.1):
                encoding = preferred
                break
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnsupportedFormat(f"cannot decode input as {encoding}: {exc}") from exc


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
