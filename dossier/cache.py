"""Per-article caches: parsed articles and their extractions, keyed by the article's content
and the code (every file of the package, so any change to the rules starts afresh); and what
claim linking derives from each sentence's text alone (stems, quantities).

A build after one new article re-extracts only that article. Entries are pickles of the
frozen ``Extraction``; a corrupt or unreadable entry is treated as a miss.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path

from dossier import __version__
from dossier.link.claims import TextMemo
from dossier.model import Article, Extraction


def cache_key(article: Article, options: str = "") -> str:
    h = hashlib.sha256()
    for part in (code_digest(), options, article.id, article.language, article.published or "", article.content_hash,
                 "\n\n".join(article.paragraphs)):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


_UNREADABLE = (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError)


def read_pickle(path: Path) -> object | None:
    """What ``path`` holds, or None when it is missing, unreadable or corrupt (a cache miss)."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except _UNREADABLE:
        return None


def write_pickle(path: Path, value: object) -> None:
    """Write ``value`` to ``path`` atomically (a temporary file, then a rename). A cache that
    cannot be written only costs time: errors are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


class ExtractionCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Extraction | None:
        if self.folder is None:
            return None
        value = read_pickle(self._path(key))
        if not isinstance(value, Extraction):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Extraction) -> None:
        if self.folder is not None:
            write_pickle(self._path(key), value)


class ArticleCache:
    """Parsed articles of the last build, keyed by the file's bytes, its path and format, and the
    code (:func:`code_digest`): a warm build reads each file but parses only the
    new or changed ones. One pickle file; a build keeps the entries it used."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / "articles.pickle" if folder is not None else None
        self.hits = 0
        self._old: dict[str, Article] = {}
        self._new: dict[str, Article] = {}
        data = read_pickle(self.path) if self.path is not None else None
        if isinstance(data, dict) and data.get("code") == code_digest() and isinstance(data.get("entries"), dict):
            self._old = data["entries"]

    @staticmethod
    def key(data: bytes, rel: str, fmt: str) -> str:
        h = hashlib.sha256(data)
        h.update(f"\0{rel}\0{fmt}".encode())
        return h.hexdigest()

    def get(self, key: str) -> Article | None:
        hit = self._old.get(key) if self.path is not None else None
        if isinstance(hit, Article):
            self._new[key] = hit
            self.hits += 1
            return hit
        return None

    def put(self, key: str, article: Article) -> None:
        if self.path is not None:
            self._new[key] = article

    def save(self) -> None:
        if self.path is not None:
            write_pickle(self.path, {"code": code_digest(), "entries": self._new})


def load_text_memo(folder: Path | None) -> TextMemo:
    """What the last build's claims derived from sentence texts (``link.claims.TextMemo``),
    when it was made by this code; else an empty memo."""
    data = read_pickle(folder / "claim-texts.pickle") if folder is not None else None
    if (isinstance(data, dict) and data.get("code") == code_digest() and isinstance(data.get("bags"), dict)
            and isinstance(data.get("quantities"), dict)):
        return TextMemo(old_bags=data["bags"], old_quantities=data["quantities"])
    return TextMemo()


def save_text_memo(folder: Path | None, memo: TextMemo) -> None:
    """Keep what this build used (not rewritten when it used exactly the last build's entries)."""
    if folder is None or (memo.bags.keys() == memo.old_bags.keys()
                          and memo.quantities.keys() == memo.old_quantities.keys()):
        return
    write_pickle(folder / "claim-texts.pickle", {"code": code_digest(), "bags": memo.bags,
                                                 "quantities": memo.quantities})


PACKAGE = Path(__file__).resolve().parent


@cache
def code_digest() -> str:
    """A digest of every file of the dossier package: any change to code, templates or strings."""
    h = hashlib.blake2b(digest_size=16)
    h.update(__version__.encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}:
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


