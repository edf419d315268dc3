"""Settings: every option of a build in one typed object.

The same options come from the ``dossier`` plugin block in ``mkdocs.yml`` (used by both the
plugin and the CLI) or from CLI flags, which win.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Settings:
    seeds: Path = Path("seeds")
    """Folder of articles, read recursively."""
    out: Path = Path("content")
    """Where `dossier build` writes generated pages (the MkDocs docs_dir)."""
    language: str = "auto"
    """The dossier's language for titles and labels: a tag such as `id` or `en`, or `auto`
    (the most common language among the articles)."""
    title: str | None = None
    """The story's title; by default the most common headline words are not guessed: "Dossier"."""
    republish: bool = False
    """Whether the newsroom may republish full article texts. Off: article pages show an excerpt."""
    excerpt_words: int = 60
    """Length of the excerpt on article pages when `republish` is off."""
    curation: Path | None = Path("curation.yml")
    """The editor's curation file (merge, split, rename, retype, hide, describe entities)."""
    ner_model: str | None = None
    """Name of an installed spaCy pipeline to combine with the rules (e.g. `en_core_web_sm`)."""
    site_url: str | None = None
    """The published site's URL, for oEmbed files, feeds and absolute links."""
    cache_dir: Path | None = Path(".dossier-cache")
    """Per-article extraction cache, keyed by content hash and dossier version. None: off."""
    state_file: Path | None = None
    """The build history (What's new, Atom feed, redirects for ids that changed). None: off, except
    beside mkdocs.yml (`.dossier-state.json`) when the settings come from an mkdocs.yml."""
    jobs: int = 0
    """Worker processes for extraction; 0 picks by the number of articles and cores."""
    strict: bool = False
    """Turn warnings about rejected input into a failing exit code."""
    search: str = "lunr"
    """The site's search: `lunr` (Material's built-in search, one index file) or `pagefind` (a
    chunked Pagefind index built after MkDocs, for big dossiers; needs the `pagefind` extra)."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Options not known to this version, kept so that a typo can be reported."""

    def resolve(self, base: Path) -> Settings:
        """Relative paths made absolute against ``base`` (the folder of mkdocs.yml)."""
        def fix(p: Path | None) -> Path | None:
            return None if p is None else (p if p.is_absolute() else base / p)
        return replace(self, seeds=fix(self.seeds) or self.seeds, out=fix(self.out) or self.out,
                       curation=fix(self.curation), cache_dir=fix(self.cache_dir),
                       state_file=fix(self.state_file))


SEARCH_ENGINES = ("lunr", "pagefind")
"""Values of the ``search`` option."""

PATH_OPTIONS = {"seeds", "out", "curation", "cache_dir", "state_file"}


def settings_from_mapping(options: dict[str, Any]) -> Settings:
    known = {f.name for f in fields(Settings)} - {"extra"}
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in options.items():
        if key in known:
            if key in PATH_OPTIONS and value is not None:
                value = Path(value)
            kwargs[key] = value
        else:
            extra[key] = value
    return Settings(**kwargs, extra=extra)


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may carry !!python/name tags (Material's emoji settings): ignore them."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)
_Loader.add_multi_constructor("!", _ignore_tag)


def settings_from_mkdocs(path: Path) -> Settings:
    """The ``dossier`` plugin options of an mkdocs.yml, paths resolved against its folder."""
    if not path.is_file():
        return Settings()
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    options: dict[str, Any] = {}
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict) and "dossier" in plugin:
            options = dict(plugin["dossier"] or {})
    settings = settings_from_mapping(options)
    if "out" not in options and data.get("docs_dir"):
        settings = replace(settings, out=Path(data["docs_dir"]))
    if "state_file" not in options:
        settings = replace(settings, state_file=Path(".dossier-state.json"))
    return settings.resolve(path.parent)
