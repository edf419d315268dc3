"""One build, shared by the CLI and the MkDocs plugin: link everything, then render every file."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.config import Settings
from dossier.export import dumps, iter_dumps
from dossier.history import apply_history, save_history
from dossier.pipeline import BuildResult, Progress, build_dossier, paused_gc
from dossier.render import asset_files, render_site
from dossier.render.site import Kept, Page
from dossier.write import OutFile, Staged, Staging, WriteReport


@dataclass
class Generated:
    result: BuildResult
    files: list[OutFile]

    @property
    def pages(self) -> int:
        return sum(1 for f in self.files if f.path.endswith(".md"))


def generate(settings: Settings, progress: Progress | None = None) -> Generated:
    """Every generated file of the site, in memory. Nothing is written."""
    result = build_dossier(settings, progress)
    pages = render_site(result.dossier, settings, result.language)
    update = apply_history(result.dossier, settings, result.language)
    save_history(update)  # the one write: the history state file, only when the input changed
    taken = {p.path for p in pages}
    pages += [p for p in update.pages if p.path not in taken]
    files = [OutFile(p.path, p.content.encode("utf-8")) for p in pages]
    files += [OutFile(path, data) for path, data in asset_files()]
    files.append(OutFile("dossier.json", dumps(result.dossier, settings.republish).encode("utf-8")))
    return Generated(result, sorted(files, key=lambda f: f.path))


@dataclass
class Built:
    result: BuildResult
    report: WriteReport
    pages: int


def build_into(settings: Settings, progress: Progress | None = None) -> Built:
    """``generate`` and ``write_files`` into ``settings.out`` in one pass, with the same files,
    bytes and guarantees, without holding every file in memory: each page builder's pages are
    staged as soon as they are rendered (by the forked render workers, when there are any) and
    dossier.json is encoded piece by piece."""
    result = build_dossier(settings, progress)
    with Staging(settings.out) as staging:

        def stage(pages: list[Page]) -> list[Staged]:
            staged = []
            while pages:  # free each page once it is staged
                page = pages.pop()
                # a page from the render cache is kept without unpickling it when its file is intact
                kept = staging.keep(page.path, page.sha, page.size) if isinstance(page, Kept) else None
                staged.append(kept or staging.stage(page.path, page.content.encode("utf-8")))
            return staged

        later: list[Staged] = []

        def meanwhile() -> None:  # while the render workers work: dossier.json and the static assets
            later.append(staging.stage_chunks("dossier.json", (s.encode("utf-8")
                                                               for s in iter_dumps(result.dossier, settings.republish))))
            later.extend(staging.stage(path, data) for path, data in asset_files())

        for record in render_site(result.dossier, settings, result.language, stage, meanwhile):
            staging.record(record)
        for record in later:
            staging.record(record)
        taken = set(staging.seen)
        update = apply_history(result.dossier, settings, result.language)
        save_history(update)  # the history state file, only when the input changed
        for page in update.pages:
            if page.path not in taken:
                staging.add(page.path, page.content.encode("utf-8"))
        pages = sum(1 for rel, _, _ in staging.records if rel.endswith(".md"))
        if progress:
            progress("write", 0, 1)
        with paused_gc():  # a collection would walk the whole linked dossier again
            report = staging.commit(sort=True)
        if progress:
            progress("write", 1, 1)
        return Built(result, report, pages)
