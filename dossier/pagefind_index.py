"""Pagefind: a chunked search index for big dossiers (option ``search: pagefind``).

Material's lunr search loads one JSON file holding every page's text (18 MB at 1,000
articles). Pagefind indexes the built HTML after MkDocs and writes ``<site>/pagefind/``: an
entry file, a small metadata file, index chunks and one fragment per page, which the browser
fetches lazily, a few kilobytes per query. The binary comes from PyPI (``pagefind[bin]``, the
``pagefind`` extra of dossier); it runs offline and reads each page's language from ``<html lang>``.

Only the main content is indexed: the theme override ``overrides/main.html`` puts
``data-pagefind-body`` on Material's ``<article>`` (not on embed views or the 404 page).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"
"""The bundle's folder inside the site: ``<site>/pagefind/``."""

MISSING = ("dossier: the option `search: pagefind` needs Pagefind, which is not installed: "
           "pip install 'dossier[pagefind]' (or pip install 'pagefind[bin]'), or set `search: lunr`")


EXCLUDE = (".headerlink", "details.note > pre")
"""Not indexed: the "¶" permalinks of headings, and the iframe code of the "Embed" block."""


class PagefindMissing(RuntimeError):
    """``search: pagefind`` is set but no Pagefind binary can be found."""


def pagefind_executable() -> Path:
    """The Pagefind binary: the ``pagefind_bin`` wheel's, else ``PAGEFIND_BINARY_PATH`` or one on PATH."""
    env = os.environ.get("PAGEFIND_BINARY_PATH")
    if env and Path(env).is_file():
        return Path(env)
    try:
        import pagefind_bin  # type: ignore[import-not-found,import-untyped,unused-ignore]

        return Path(pagefind_bin.get_executable())
    except (ImportError, FileNotFoundError):
        pass
    found = shutil.which("pagefind_extended") or shutil.which("pagefind")
    if found:
        return Path(found)
    raise PagefindMissing(MISSING)


def run_pagefind(site_dir: Path, *, root_selector: str | None = None, exclude: tuple[str, ...] = (),
                 timeout: float = 3600) -> str:
    """Index the built site ``site_dir`` into ``site_dir / "pagefind"``; returns Pagefind's report.

    ``root_selector`` indexes only that element of pages without ``data-pagefind-body`` (the
    benchmark's bare Material build); ``exclude`` adds selectors to :data:`EXCLUDE`. Raises :class:`PagefindMissing` or ``RuntimeError``.
    """
    exe = pagefind_executable()
    shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)
    cmd = [str(exe), "--site", str(site_dir), "--output-subdir", BUNDLE]
    for selector in (*EXCLUDE, *exclude):
        cmd += ["--exclude-selectors", selector]
    if root_selector:
        cmd += ["--root-selector", root_selector]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, "NO_COLOR": "1"})
    if proc.returncode != 0 or not (site_dir / BUNDLE / "pagefind-entry.json").is_file():
        raise RuntimeError(f"dossier: pagefind failed ({proc.returncode}) on {site_dir}:\n"
                           f"{(proc.stderr or proc.stdout)[-4000:]}")
    return proc.stdout


@dataclass(frozen=True)
class BundleStats:
    """Sizes of a Pagefind bundle, in bytes."""

    total_bytes: int
    """The whole ``pagefind/`` folder (UI scripts and styles, WebAssembly, index, fragments)."""
    largest_chunk_bytes: int
    """The largest index chunk: what one query can fetch at most besides the entry, metadata and fragments."""
    largest_fragment_bytes: int
    """The largest page fragment (one per result shown)."""
    meta_bytes: int
    """The metadata file every first query loads (pages and chunk ranges of one language)."""
    chunks: int
    fragments: int


def bundle_stats(bundle: Path) -> BundleStats:
    """Sizes of the bundle at ``bundle`` (``<site>/pagefind``)."""
    def sizes(pattern: str) -> list[int]:
        return [p.stat().st_size for p in bundle.glob(pattern) if p.is_file()]

    chunks, fragments, metas = sizes("index/*.pf_index"), sizes("fragment/*.pf_fragment"), sizes("*.pf_meta")
    total = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    return BundleStats(total_bytes=total, largest_chunk_bytes=max(chunks, default=0),
                       largest_fragment_bytes=max(fragments, default=0), meta_bytes=max(metas, default=0),
                       chunks=len(chunks), fragments=len(fragments))
