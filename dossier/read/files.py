"""Finding article files and decoding their bytes. Every rejection has a one-line reason."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html"}
MAX_BYTES = 2_000_000  # a news article is rarely over 100 kB; 2 MB leaves room for saved HTML pages
MAX_LINE = 100_000  # characters; a longer line is not prose


class Rejected(Exception):
    """A file that cannot become an article; the message is the one-line reason."""

    def __init__(self, reason: str, line: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(frozen=True)
class Candidate:
    path: Path
    rel: str  # POSIX path relative to the root
    fmt: str | None  # text | markdown | html, or None when not an article file


def discover(root: Path) -> Iterator[Candidate]:
    """Every file under ``root``, sorted, without following links that lead outside it."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            yield Candidate(path, rel, ARTICLE_SUFFIXES.get(path.suffix.lower()))


def check_location(candidate: Candidate, root: Path) -> None:
    """Reject symlinks that lead outside the articles folder (or nowhere)."""
    if candidate.path.is_symlink():
        try:
            target = candidate.path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            raise Rejected("broken symbolic link: not followed") from exc
        if not target.is_relative_to(root.resolve()):
            raise Rejected("symbolic link leads outside the articles folder: not followed")


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Rejected(f"unreadable: {exc.strerror or exc}") from exc
    if size > MAX_BYTES:
        raise Rejected(f"too large: {size:,} bytes (limit {MAX_BYTES:,})")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise Rejected(f"unreadable: {exc.strerror or exc}") from exc


# Magic numbers of files that are often found beside articles (images, documents, archives).
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"), (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"), (b"\x00\x00\x00\x01Bud1", "a macOS .DS_Store file"),
)


def sniff(data: bytes) -> str | None:
    """What a file is, by its first bytes, when it is a known non-text format."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "a WebP image"
    return None


def _looks_utf16(data: bytes) -> str | None:
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding). BOMs first, then UTF-8, then UTF-16 without BOM, then detection."""
    if not data:
        raise Rejected("empty file")
    if not data.strip():
        raise Rejected("blank file: only white space")
    kind = sniff(data)
    if kind:
        raise Rejected(f"{kind}, not an article (whatever its name says)")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _clean(data.decode(enc)), enc
            except UnicodeDecodeError as exc:
                raise Rejected(f"not valid {enc} despite its byte-order mark") from exc
    if b"\x00" in data:
        enc16 = _looks_utf16(data)
        if enc16:
            try:
                return _clean(data.decode(enc16)), enc16
            except UnicodeDecodeError:
                pass
        raise Rejected("binary file (contains NUL bytes): not an article")
    try:
        return _clean(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise Rejected("binary or undecodable file: no text encoding fits")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise Rejected("binary file: mostly control characters")
    return _clean(text), best.encoding


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / len(text)


def _clean(text: str) -> str:
    """Normalise newlines and drop control characters (keep tabs and newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if _control_ratio(text) > 0.05:
        raise Rejected("binary file: mostly control characters")
    text = "".join(c for c in text if ord(c) >= 32 or c in "\n\t")
    if not text.strip():
        raise Rejected("blank file: only white space")
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > MAX_LINE:
        raise Rejected(f"not prose: a line of {longest:,} characters (limit {MAX_LINE:,})")
    return text
