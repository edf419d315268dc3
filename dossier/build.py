"""One build, shared by the CLI and the MkDocs plugin: link everything, then render every file."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.config import Settings
from dossier.export import dumps
from dossier.history import apply_history, save_history
from dossier.pipeline import BuildResult, Progress, build_dossier
from dossier.render import asset_files, render_site
from dossier.write import OutFile


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
