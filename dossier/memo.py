"""A render cache: what a page builder made for one item, keyed by a digest of what it was made from.

A build after one new article links everything again, but most pages come out byte for byte as
before. Each page builder wraps the work for one item (an entity's page, embed view and exports;
one claim's page; one article's page …) in :meth:`Memo.get`, with a *key*: every value the
result is made from — the item itself and whatever it shows of other items (their labels,
dates, the articles it cites by id and content hash). When the key's digest is in the cache,
the stored result is used instead of building contexts and rendering templates again.

Correctness rests on the keys being complete; ``tests/test_render_memo.py`` builds a dossier,
then adds, edits and removes articles and checks that a build with the cache writes exactly
the bytes of a build without it.

Everything else is in the digest's *salt*: the dossier version, the bytes of every file of the
``dossier`` package (code, templates, UI strings), the settings and the dossier's language, so
a change to any of them starts from an empty cache. Each builder has its own file
(``<cache_dir>/render/<builder>.pickle``: digest → zlib-compressed pickle); a build keeps only
the entries it used, so the file does not grow with old versions. A missing, corrupt or
unreadable file is an empty cache.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from dossier.cache import code_digest, read_pickle, write_pickle

T = TypeVar("T")
P = ParamSpec("P")


def digest(key: object, salt: bytes = b"") -> bytes:
    """A digest of ``key`` (any picklable value without cycles: tuples, strings, numbers, frozen
    dataclasses). Pickled in "fast" mode, without the pickle memo: otherwise an object that
    appears twice is written once and referred to after, and two equal keys built differently
    (one string object shared, or two equal copies) would pickle, hence digest, differently."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(key)
    return hashlib.blake2b(buf.getbuffer(), digest_size=16, key=salt[:64]).digest()


# What an entry's pages were, so that a page kept on disk need not be unpickled: (path,
# sha-256 of its UTF-8 bytes, their length) per page, in order.
PageMeta = tuple[tuple[str, str, int], ...]


class Memo:
    """One builder's render cache. Without a folder it only builds (every call is a miss)."""

    def __init__(self, folder: Path | None, name: str, salt: str) -> None:
        self.path = folder / "render" / f"{name}.pickle" if folder is not None else None
        self.salt = hashlib.blake2b(f"{code_digest()}\0{salt}".encode(), digest_size=32).digest()
        self.hits = 0
        self.misses = 0
        self._old_pages: dict[bytes, PageMeta] = {}
        self._old: dict[bytes, bytes] = self._load()
        self._loaded = len(self._old)
        self._new: dict[bytes, bytes] = {}
        self._new_pages: dict[bytes, PageMeta] = {}
        self._noted = False  # pages recorded for an entry that had none

    def _load(self) -> dict[bytes, bytes]:
        data = read_pickle(self.path) if self.path is not None else None
        if not isinstance(data, dict) or data.get("salt") != self.salt or not isinstance(data.get("entries"), dict):
            return {}
        pages = data.get("pages")
        self._old_pages = pages if isinstance(pages, dict) else {}
        return data["entries"]

    def key(self, key: object) -> bytes:
        """The digest an entry is stored under."""
        return digest(key, self.salt)

    def page_hit(self, k: bytes) -> tuple[bytes, PageMeta] | None:
        """An entry (digest ``k``) stored with its pages' paths and hashes: its compressed
        pickle and those, counted as a hit and kept, without unpickling it. None otherwise."""
        if self.path is None:
            return None
        meta = self._new_pages.get(k) or self._old_pages.get(k)
        blob = self._new.get(k) or self._old.get(k)
        if meta is None or blob is None:
            return None
        self._new[k] = blob
        self._new_pages[k] = meta
        self.hits += 1
        return blob, meta

    def note_pages(self, k: bytes, meta: PageMeta) -> None:
        """Record the pages of the entry stored under ``k``."""
        if self.path is not None and k in self._new and self._new_pages.get(k) != meta:
            self._new_pages[k] = meta
            self._noted = True

    def get(self, key: object, build: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``build(*args, **kwargs)``, or what it returned in an earlier build for the same ``key``."""
        if self.path is None:
            return build(*args, **kwargs)
        return self.get_at(digest(key, self.salt), build, *args, **kwargs)

    def get_at(self, k: bytes, build: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``get`` for a key already digested (``key``)."""
        return self.checked(k, None, build, *args, **kwargs)

    def checked(self, k: bytes, valid: Callable[[object], bool] | None, build: Callable[P, T], *args: P.args,
                **kwargs: P.kwargs) -> T:
        """``get_at``; a stored value that ``valid`` rejects is a miss."""
        blob = self._new.get(k) or self._old.get(k)
        if blob is not None:
            try:
                value: T = pickle.loads(zlib.decompress(blob))
            except (pickle.PickleError, zlib.error, EOFError, AttributeError, ImportError, TypeError, ValueError):
                pass
            else:
                if valid is not None and not valid(value):
                    return self._miss(k, build, *args, **kwargs)
                self._new[k] = blob
                self.hits += 1
                return value
        return self._miss(k, build, *args, **kwargs)

    def _miss(self, k: bytes, build: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        self.misses += 1
        value = build(*args, **kwargs)
        self._new[k] = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
        return value

    def save(self) -> None:
        """Keep the entries this build used (atomically); a cache that cannot be written only costs time."""
        # every entry used, none added, no pages recorded
        unchanged = self.misses == 0 and len(self._new) == self._loaded and not self._noted
        if self.path is not None and not unchanged:
            write_pickle(self.path, {"salt": self.salt, "entries": self._new,
                                     "pages": {k: m for k, m in self._new_pages.items() if k in self._new}})
        self._old = {}
        self._old_pages = {}


def no_memo() -> Memo:
    return Memo(None, "", "")


def settings_salt(settings: Any, language: str) -> str:
    """What of the build's settings can change a rendered page: all of them but the folders."""
    skip = {"seeds", "out", "cache_dir", "state_file", "curation", "jobs"}
    fields = getattr(settings, "__dataclass_fields__", {})
    parts = [f"{name}={getattr(settings, name)!r}" for name in sorted(fields) if name not in skip]
    return "\0".join([language, *parts])


def stamp_curation(settings: Any) -> str:
    """The curation file's bytes, which can rename or merge anything (none: empty)."""
    path = getattr(settings, "curation", None)
    if path is None or not Path(path).is_file():
        return ""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
