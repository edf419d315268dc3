"""The one writer: every generated file goes through here.

* It never overwrites or deletes a file it did not generate (a hand-written page wins).
* It records what it wrote in a manifest (``.dossier-manifest.json``) with each file's hash.
* It removes pages it generated before that are no longer produced, unless someone edited them.
* It is atomic with respect to interruption: everything is rendered first, then staged in a
  temporary folder, then moved into place file by file with ``os.replace`` while Ctrl-C is held
  back, then the manifest is replaced. A crash before the commit leaves the previous output as
  it was; every file is always either the old or the new version, never half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import FrameType
from typing import Any

MANIFEST = ".dossier-manifest.json"


@dataclass(frozen=True)
class OutFile:
    path: str  # relative, POSIX
    data: bytes


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_handwritten: list[str] = field(default_factory=list)  # generated page not written: a hand-written file is there
    kept_edited: list[str] = field(default_factory=list)  # stale generated page kept: someone edited it


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_relpath(path: str) -> str:
    p = PurePosixPath(path)
    if p.is_absolute() or ".." in p.parts or not p.parts:
        raise ValueError(f"refusing to write outside the output folder: {path!r}")
    return p.as_posix()


def load_manifest(out: Path) -> dict[str, str]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files", {})
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}
    except (OSError, ValueError):
        return {}


@contextmanager
def _hold_interrupts() -> Iterator[None]:
    """Defer SIGINT/SIGTERM until the block ends (only possible in the main thread)."""
    received: list[tuple[int, Any]] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        received.append((signum, frame))

    try:
        old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)
        if received:
            raise KeyboardInterrupt


def write_files(out: Path, files: Sequence[OutFile], extra_manifest: dict[str, Any] | None = None) -> WriteReport:
    """Write ``files`` into ``out``; see the module docstring for the guarantees."""
    report = WriteReport()
    out.mkdir(parents=True, exist_ok=True)
    previous = load_manifest(out)
    seen: set[str] = set()
    plan: list[tuple[str, bytes]] = []
    for f in files:
        rel = safe_relpath(f.path)
        if rel in seen:
            raise ValueError(f"two generated files want the same path: {rel}")
        seen.add(rel)
        target = out / rel
        try:
            st = target.stat()
        except OSError:
            st = None
        if st is not None and rel not in previous:
            report.kept_handwritten.append(rel)
            continue
        # same size first: only a file that may be unchanged is read and compared
        if (st is not None and stat.S_ISREG(st.st_mode) and st.st_size == len(f.data)
                and target.read_bytes() == f.data):
            report.unchanged.append(rel)
            continue
        plan.append((rel, f.data))

    manifest_files = {rel: _sha(f.data) for f in files if (rel := safe_relpath(f.path)) not in report.kept_handwritten}
    stale = sorted(set(previous) - set(manifest_files))

    staging = Path(tempfile.mkdtemp(prefix=".dossier-staging-", dir=out))
    made: set[Path] = set()  # folders already created (one mkdir per folder, not per file)

    def mkdir(folder: Path) -> None:
        if folder not in made:
            folder.mkdir(parents=True, exist_ok=True)
            made.add(folder)

    try:
        for rel, data in plan:
            tmp = staging / rel
            mkdir(tmp.parent)
            tmp.write_bytes(data)
        manifest_data = {"generator": "dossier", "files": dict(sorted(manifest_files.items())), **(extra_manifest or {})}
        (staging / MANIFEST).write_text(json.dumps(manifest_data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        with _hold_interrupts():
            for rel, _ in plan:
                target = out / rel
                mkdir(target.parent)
                os.replace(staging / rel, target)
                report.written.append(rel)
            for rel in stale:
                target = out / rel
                if not target.is_file():
                    continue
                if _sha(target.read_bytes()) != previous[rel]:
                    report.kept_edited.append(rel)
                    continue
                target.unlink()
                report.removed.append(rel)
                _prune_empty_dirs(target.parent, out)
            os.replace(staging / MANIFEST, out / MANIFEST)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def _prune_empty_dirs(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
