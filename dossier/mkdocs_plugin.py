"""The ``dossier`` MkDocs plugin: a thin adapter over :func:`dossier.build.generate`.

Like mkdocs-gen-files, it adds the generated pages to MkDocs' ``Files`` in memory; the docs
folder is never written. A hand-written page at a generated path wins. ``mkdocs serve``
watches the articles folder and rebuilds when an article is added, changed or removed.

With ``search: pagefind`` Material's search plugin is switched off (no lunr index is built) and
Pagefind indexes the built site in ``on_post_build`` (see :mod:`dossier.pagefind_index`); the
theme override shows Pagefind's search box instead of Material's.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from dossier.config import SEARCH_ENGINES, Settings, settings_from_mapping
from dossier.pagefind_index import BUNDLE, PagefindMissing, pagefind_executable, run_pagefind
from dossier.search_index import rewrite_search_index, search_hints
from dossier.write import load_manifest

if TYPE_CHECKING:
    from jinja2 import Environment

log = logging.getLogger("mkdocs.plugins.dossier")


class DossierConfig(Config):
    seeds = c.Type(str, default="seeds")
    """Folder of articles, relative to mkdocs.yml."""
    language = c.Type(str, default="auto")
    """The dossier's language for titles and labels (`id`, `en`, … or `auto`)."""
    title = c.Optional(c.Type(str))
    """The story's title on the home page."""
    republish = c.Type(bool, default=False)
    """Show full article texts (only when the newsroom may republish them)."""
    excerpt_words = c.Type(int, default=60)
    curation = c.Type(str, default="curation.yml")
    """The editor's curation file, relative to mkdocs.yml."""
    ner_model = c.Optional(c.Type(str))
    site_url = c.Optional(c.Type(str))
    cache_dir = c.Optional(c.Type(str))
    jobs = c.Type(int, default=0)
    strict = c.Type(bool, default=False)
    """Fail the build when an input file is skipped or has problems."""
    state_file = c.Type(str, default=".dossier-state.json")
    """Where the rebuild history (What's new, feed.xml) is kept, relative to mkdocs.yml."""
    search = c.Choice(SEARCH_ENGINES, default="lunr")
    """`lunr` (Material's search) or `pagefind` (a chunked index for big dossiers)."""

# The theme override that shows Pagefind's search box (in the project's `overrides/`).
PAGEFIND_PARTIAL = "partials/pagefind.html"


class DossierPlugin(BasePlugin[DossierConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        options: dict[str, Any] = {k: v for k, v in self.config.items() if v is not None}
        options.setdefault("cache_dir", ".dossier-cache")
        options.setdefault("state_file", ".dossier-state.json")
        options["site_url"] = options.get("site_url") or config.site_url
        self.settings: Settings = settings_from_mapping(options).resolve(base)
        if self.settings.search == "pagefind":
            self._use_pagefind(config)
        return config

    def _use_pagefind(self, config: MkDocsConfig) -> None:
        """Check that Pagefind and the theme override are there; switch Material's search off."""
        try:
            pagefind_executable()
        except PagefindMissing as exc:
            raise PluginError(str(exc)) from exc
        if not any((Path(d) / PAGEFIND_PARTIAL).is_file() for d in config.theme.dirs):
            raise PluginError(f"dossier: the option `search: pagefind` needs the theme override {PAGEFIND_PARTIAL} "
                              "(theme: custom_dir: overrides, as in this repository's mkdocs.yml)")
        for name in ("material/search", "search"):
            plugin = config.plugins.get(name)
            if plugin is not None and getattr(plugin.config, "enabled", False):
                # Its index would be built and published for nothing; off, the header shows no
                # Material search box either (the override puts Pagefind's there).
                plugin.config.enabled = False
                log.info("dossier: search: pagefind — Material's search plugin is switched off")

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """Tell the theme overrides which search the site uses (`dossier_search`)."""
        env.globals["dossier_search"] = self.settings.search
        return env

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        from dossier.build import generate

        try:
            gen = generate(self.settings)
        except (OSError, ValueError) as exc:
            raise PluginError(f"dossier: {exc}") from exc
        res = gen.result
        # Input problems are INFO by default (the build goes on, as with `dossier build`); with the
        # plugin's `strict` option they are warnings, which `mkdocs build --strict` turns into a failure.
        report = log.warning if self.settings.strict else log.info
        for s in res.read.skipped:
            report("dossier: skipped %s%s: %s", self.settings.seeds / s.path, f":{s.line}" if s.line else "", s.reason)
        for w in res.warnings:
            report("dossier: %s%s: %s", self.settings.seeds / w.path, f":{w.line}" if w.line else "", w.reason)
        generated_before = load_manifest(Path(config.docs_dir))
        for f in gen.files:
            existing = files.get_file_from_path(f.path)
            if existing is not None:
                if f.path in generated_before:
                    files.remove(existing)  # a stale copy written by `dossier build`
                else:
                    log.info("dossier: %s is hand-written; the generated page is not used", f.path)
                    continue
            files.append(File.generated(config, f.path, content=f.data))
        manifest = files.get_file_from_path(".dossier-manifest.json")
        if manifest is not None:
            files.remove(manifest)
        log.info("dossier: %d articles, %d entities, %d events, %d claims, %d pages",
                 len(res.dossier.articles), len(res.dossier.entities), len(res.dossier.events),
                 len(res.dossier.claims), gen.pages)
        self._search_hints = search_hints(res.dossier, [f.path for f in gen.files], config.use_directory_urls)
        return files

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        """lunr: add word forms of languages lunr cannot stem, and entity aliases, to the search
        index. pagefind: index the built site."""
        site = Path(config.site_dir)
        if self.settings.search == "pagefind":
            stale = site / "search" / "search_index.json"  # e.g. from a lunr build into the same folder
            if stale.is_file():
                stale.unlink()
            try:
                report = run_pagefind(site)
            except (PagefindMissing, RuntimeError, OSError, subprocess.SubprocessError) as exc:
                raise PluginError(str(exc)) from exc
            log.debug("dossier: pagefind: %s", report)
            log.info("dossier: Pagefind index written to %s/", site / BUNDLE)
            return
        hints = getattr(self, "_search_hints", None)
        if hints is not None and rewrite_search_index(site, hints):
            log.info("dossier: search index extended with word forms and aliases")

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        server.watch(str(self.settings.seeds))
        if self.settings.curation is not None and self.settings.curation.exists():
            server.watch(str(self.settings.curation))
        return server
