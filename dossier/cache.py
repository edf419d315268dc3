"""Per-article extraction cache, keyed by the article's content and the dossier version.

A build after one new article re-extracts only that article. Entries are pickles of the
frozen ``Extraction``; a corrupt or unreadable entry is treated as a miss.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from dossier import __version__
from dossier.model import Article, Extraction


def cache_key(article: Article, options: str = "") -> str:
    h = hashlib.sha256()
    for part in (__version__, options, article.id, article.language, article.published or "", article.content_hash,
                 "\n\n".join(article.paragraphs)):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


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
        try:
            with self._path(key).open("rb") as fh:
                value = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError):
            self.misses += 1
            return None
        if not isinstance(value, Extraction):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Extraction) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
