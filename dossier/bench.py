"""``dossier bench``: how the build scales, on synthetic corpora of N articles.

For each N the benchmark writes a corpus (:mod:`dossier.synth`), then, each in a fresh
subprocess so that times include start-up and memory is measured per build:

1. a cold ``dossier build`` (empty cache): phase times for reading, extraction and linking
   (articles per second), rendering and writing, and peak memory;
2. a warm build after adding one article (the cache holds every other extraction);
3. unless ``--skip-mkdocs``: ``mkdocs build`` of a site that uses the dossier plugin (cold
   cache), and a bare Material build of the pages ``dossier build`` wrote (no plugin);
4. Pagefind over that bare build's site (what ``search: pagefind`` adds), when it is installed.

It prints a Markdown table and writes ``bench.md`` and ``bench.json`` into ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from dossier import __version__

# Targets of issue 8, checked at every N (they are stated for N = 1,000).
TARGET_COLD_VS_BARE = 0.5
TARGET_WARM_VS_COLD = 0.25
TARGET_PLUGIN_VS_SUM = 1.3
TARGET_PEAK_MIB = 1024
OVERRIDES = Path(__file__).resolve().parent.parent / "overrides"

FIELDS = (
    "n", "articles", "pages", "entities", "events", "claims",
    "read_s", "extract_s", "link_s", "render_s", "write_s",
    "read_per_s", "extract_per_s", "link_per_s",
    "cold_build_s", "warm_build_s", "warm_extract_s", "warm_link_s", "warm_render_s", "warm_write_s",
    "peak_rss_mib", "peak_rss_workers_mib", "warm_peak_rss_mib",
    "content_bytes", "site_bytes", "search_index_bytes", "search_index_from",
    "pagefind_s", "pagefind_bytes", "pagefind_meta_bytes", "pagefind_chunk_bytes",
    "mkdocs_plugin_s", "mkdocs_bare_s",
    "warm_vs_cold", "cold_vs_bare", "plugin_vs_sum", "warm_cache_hits",
)


def _worker(argv: list[str]) -> int:
    """One ``dossier build`` (``build_into``, as the CLI runs it) with phase times; prints a JSON
    object on stdout."""
    from dossier.build import build_into
    from dossier.config import Settings

    ap = argparse.ArgumentParser(prog="dossier.bench worker")
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cache", required=True)
    args = ap.parse_args(argv)
    settings = replace(Settings(), seeds=Path(args.seeds), out=Path(args.out), cache_dir=Path(args.cache),
                       curation=None)
    marks: dict[str, float] = {}
    t0 = time.perf_counter()

    def progress(phase: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if phase == "link" and done == 0:
            marks["extract_end"] = now
        elif phase == "link":
            marks["link_end"] = now
        elif phase == "read":
            marks["read_end"] = now
        elif phase == "write" and done == 0:
            marks["write_start"] = now
        marks.setdefault(f"{phase}_start", now)

    built = build_into(settings, progress)
    t_end = time.perf_counter()
    read_end = marks.get("read_end", t0)
    extract_end = marks.get("extract_end", read_end)
    link_end = marks.get("link_end", extract_end)
    write_start = marks.get("write_start", t_end)
    d = built.result.dossier
    print(json.dumps({
        "articles": len(d.articles), "pages": built.pages, "entities": len(d.entities), "events": len(d.events),
        "claims": len(d.claims), "cache_hits": built.result.cache_hits,
        "read_s": read_end - t0, "extract_s": extract_end - read_end, "link_s": link_end - extract_end,
        "render_s": write_start - link_end, "write_s": t_end - write_start,
        "rss_self_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "rss_children_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }))
    return 0


def _run_worker(seeds: Path, out: Path, cache: Path) -> tuple[float, dict[str, Any]]:
    cmd = [sys.executable, "-m", "dossier.bench", "--worker", "--seeds", str(seeds), "--out", str(out),
           "--cache", str(cache)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark build failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return elapsed, json.loads(proc.stdout.strip().splitlines()[-1])


def _tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def mkdocs_config(docs_dir: Path, site_dir: Path, plugin: dict[str, Any] | None) -> dict[str, Any]:
    """An mkdocs.yml like the repository's: Material, search, entity/event pages out of the nav."""
    theme: dict[str, Any] = {"name": "material", "features": ["navigation.instant", "search.suggest"]}
    if OVERRIDES.is_dir():  # the project's theme overrides (templates that generated pages ask for)
        theme["custom_dir"] = str(OVERRIDES)
    plugins: list[Any] = [{"search": {"lang": "en"}}]
    if plugin is not None:
        plugins.append({"dossier": plugin})
    return {
        "site_name": "Benchmark dossier",
        "docs_dir": str(docs_dir),
        "site_dir": str(site_dir),
        "use_directory_urls": True,
        "theme": theme,
        "plugins": plugins,
        "markdown_extensions": ["tables", "attr_list", "md_in_html", "admonition", "pymdownx.details",
                                {"toc": {"permalink": True}}],
        "extra_css": ["assets/dossier/dossier.css", "assets/dossier/timeline.css"],
        "nav": [{"Home": "index.md"}, {"Articles": "articles/index.md"}, {"People": "people/index.md"},
                {"Organisations": "organisations/index.md"}, {"Places": "places/index.md"},
                {"Events": "events/index.md"}, {"Timeline": "timeline/index.md"},
                {"Comparison": "comparison/index.md"}, {"Outlets": "outlets/index.md"}],
        "not_in_nav": "\n".join(["/articles/*.md", "/entities/*.md", "/events/*.md", "/claims/*.md",
                                 "/outlets/*.md", "/other/*.md", "/embed/**",
                                 "/comparison/page-*.md", "/timeline/page-*.md"]),
        "validation": {"nav": {"omitted_files": "info", "not_found": "info"},
                       "links": {"not_found": "info", "anchors": "info", "unrecognized_links": "info"}},
    }


def _mkdocs_build(config: dict[str, Any], path: Path) -> float:
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    shutil.rmtree(config["site_dir"], ignore_errors=True)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(path)],
                          capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"mkdocs build failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return elapsed


def _pagefind(site: Path, log: Any) -> dict[str, Any]:
    """Pagefind over a bare Material build (its article only, as ``data-pagefind-body`` does with the
    plugin): time, whole bundle, and the biggest files one query loads (metadata, index chunk)."""
    from dossier.pagefind_index import BUNDLE, PagefindMissing, bundle_stats, run_pagefind

    empty = {"pagefind_s": None, "pagefind_bytes": None, "pagefind_meta_bytes": None, "pagefind_chunk_bytes": None}
    t0 = time.perf_counter()
    try:
        run_pagefind(site, root_selector="article.md-content__inner", exclude=(".dossier-embed",))
    except PagefindMissing as exc:
        log(f"bench: Pagefind skipped: {exc}")
        return empty
    elapsed = time.perf_counter() - t0
    stats = bundle_stats(site / BUNDLE)
    return {"pagefind_s": round(elapsed, 3), "pagefind_bytes": stats.total_bytes,
            "pagefind_meta_bytes": stats.meta_bytes, "pagefind_chunk_bytes": stats.largest_chunk_bytes}


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def bench_one(n: int, root: Path, skip_mkdocs: bool = False, log: Any = print, plugin: bool = True) -> dict[str, Any]:
    """Every measure for one corpus size; files go under ``root / f"n{n}"``. Without ``plugin``
    the mkdocs build with the dossier plugin is skipped, and the site size and Material's search
    index come from the bare build (without the plugin's extra search terms)."""
    from dossier.synth import extra_article, write_corpus

    base = root / f"n{n}"
    seeds, content, cache = base / "seeds", base / "content", base / "cache"
    for folder in (content, cache):
        shutil.rmtree(folder, ignore_errors=True)
    write_corpus(seeds, n)
    log(f"bench N={n}: cold build")
    cold_s, cold = _run_worker(seeds, content, cache)
    name, text = extra_article(n)
    (seeds / name).write_text(text, encoding="utf-8")
    log(f"bench N={n}: warm build (one new article)")
    warm_s, warm = _run_worker(seeds, content, cache)
    (seeds / name).unlink()
    row: dict[str, Any] = {
        "n": n, "articles": cold["articles"], "pages": cold["pages"], "entities": cold["entities"],
        "events": cold["events"], "claims": cold["claims"],
        **{k: round(cold[k], 3) for k in ("read_s", "extract_s", "link_s", "render_s", "write_s")},
        "read_per_s": round(n / cold["read_s"], 1) if cold["read_s"] else None,
        "extract_per_s": round(n / cold["extract_s"], 1) if cold["extract_s"] else None,
        "link_per_s": round(n / cold["link_s"], 1) if cold["link_s"] else None,
        "cold_build_s": round(cold_s, 3), "warm_build_s": round(warm_s, 3),
        "warm_extract_s": round(warm["extract_s"], 3), "warm_link_s": round(warm["link_s"], 3),
        "warm_render_s": round(warm["render_s"], 3), "warm_write_s": round(warm["write_s"], 3),
        "peak_rss_mib": round(cold["rss_self_kib"] / 1024, 1),
        "peak_rss_workers_mib": round(cold["rss_children_kib"] / 1024, 1),
        "warm_peak_rss_mib": round(warm["rss_self_kib"] / 1024, 1),
        "content_bytes": _tree_bytes(content), "warm_cache_hits": warm["cache_hits"],
        "site_bytes": None, "search_index_bytes": None, "search_index_from": None, "mkdocs_plugin_s": None,
        "mkdocs_bare_s": None,
        "pagefind_s": None, "pagefind_bytes": None, "pagefind_meta_bytes": None, "pagefind_chunk_bytes": None,
    }
    if not skip_mkdocs and plugin:
        log(f"bench N={n}: mkdocs build with the dossier plugin")
        plugin_cache = base / "plugin-cache"
        shutil.rmtree(plugin_cache, ignore_errors=True)
        empty_docs = base / "plugin-docs"
        shutil.rmtree(empty_docs, ignore_errors=True)
        empty_docs.mkdir(parents=True)
        plugin_site = base / "site-plugin"
        row["mkdocs_plugin_s"] = round(_mkdocs_build(
            mkdocs_config(empty_docs, plugin_site, {"seeds": str(seeds), "cache_dir": str(plugin_cache),
                                                     "curation": str(base / "no-curation.yml")}),
            base / "mkdocs-plugin.yml"), 3)
    if not skip_mkdocs:
        log(f"bench N={n}: bare Material build of the same pages")
        bare_site = base / "site-bare"
        row["mkdocs_bare_s"] = round(_mkdocs_build(mkdocs_config(content, bare_site, None),
                                                   base / "mkdocs-bare.yml"), 3)
        measured = plugin_site if plugin else bare_site
        row["site_bytes"] = _tree_bytes(measured)
        index = measured / "search" / "search_index.json"
        row["search_index_bytes"] = index.stat().st_size if index.is_file() else None
        row["search_index_from"] = "plugin build" if plugin else "bare build"
        log(f"bench N={n}: Pagefind over the bare build")
        row.update(_pagefind(bare_site, log))
    row["warm_vs_cold"] = _ratio(row["warm_build_s"], row["cold_build_s"])
    row["cold_vs_bare"] = _ratio(row["cold_build_s"], row["mkdocs_bare_s"])
    row["plugin_vs_sum"] = _ratio(row["mkdocs_plugin_s"],
                                  (row["cold_build_s"] + row["mkdocs_bare_s"]) if row["mkdocs_bare_s"] else None)
    return row


def targets(row: dict[str, Any]) -> dict[str, bool | None]:
    """Each target of issue 8 for one row: True met, False missed, None not measured."""
    def le(value: float | None, limit: float) -> bool | None:
        return None if value is None else value <= limit
    return {
        f"cold ≤ {TARGET_COLD_VS_BARE} × bare Material": le(row["cold_vs_bare"], TARGET_COLD_VS_BARE),
        f"warm ≤ {TARGET_WARM_VS_COLD} × cold": le(row["warm_vs_cold"], TARGET_WARM_VS_COLD),
        f"mkdocs+plugin ≤ {TARGET_PLUGIN_VS_SUM} × (cold + bare)": le(row["plugin_vs_sum"], TARGET_PLUGIN_VS_SUM),
        f"peak memory ≤ {TARGET_PEAK_MIB} MiB": le(max(row["peak_rss_mib"], row["peak_rss_workers_mib"]),
                                                   TARGET_PEAK_MIB),
    }


_LABELS = {
    "articles": "articles read", "pages": "pages", "entities": "entities", "events": "events", "claims": "claims",
    "read_per_s": "reading (articles/s)", "extract_per_s": "extraction (articles/s)",
    "link_per_s": "linking (articles/s)", "read_s": "reading (s)", "extract_s": "extraction (s)",
    "link_s": "linking (s)", "render_s": "rendering, staging changed files, dossier.json (s)",
    "write_s": "committing: moving files into place, removing stale ones (s)",
    "cold_build_s": "cold `dossier build` (s)", "warm_build_s": "build after one new article (s)",
    "warm_extract_s": "… of which extraction (s)", "warm_link_s": "… of which linking (s)",
    "warm_render_s": "… of which rendering and staging (s)", "warm_write_s": "… of which committing (s)",
    "peak_rss_mib": "peak memory, main process (MiB)", "peak_rss_workers_mib": "peak memory, one worker (MiB)",
    "warm_peak_rss_mib": "peak memory, warm build (MiB)",
    "content_bytes": "generated Markdown (MB)", "site_bytes": "built site (MB)",
    "search_index_bytes": "search index, Material's lunr (MB)",
    "search_index_from": "site size and lunr index measured on",
    "pagefind_s": "Pagefind over the bare build (s)", "pagefind_bytes": "Pagefind bundle, whole folder (MB)",
    "pagefind_meta_bytes": "Pagefind metadata, loaded by the first query (MB)",
    "pagefind_chunk_bytes": "Pagefind largest index chunk (MB)", "mkdocs_plugin_s": "`mkdocs build` with plugin (s)",
    "mkdocs_bare_s": "bare Material build (s)", "warm_vs_cold": "warm / cold (target ≤ 0.25)",
    "cold_vs_bare": "cold / bare Material (target ≤ 0.5)",
    "plugin_vs_sum": "plugin build / (cold + bare) (target ≤ 1.3)",
}


def table(rows: list[dict[str, Any]]) -> str:
    """The results as a Markdown table: one row per measure, one column per N."""
    def fmt(key: str, value: Any) -> str:
        if value is None:
            return "–"
        if isinstance(value, str):
            return value
        if key.endswith("_bytes"):
            return f"{value / 1e6:.1f}" if value >= 1e6 else f"{value / 1e6:.3f}"
        if isinstance(value, float):
            return f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
        return f"{value:,}"
    head = "| measure | " + " | ".join(f"N = {r['n']:,}" for r in rows) + " |"
    lines = [head, "| --- |" + " ---: |" * len(rows)]
    for key, label in _LABELS.items():
        lines.append(f"| {label} | " + " | ".join(fmt(key, r.get(key)) for r in rows) + " |")
    for name in targets(rows[0]) if rows else ():
        marks = [targets(r)[name] for r in rows]
        lines.append(f"| target: {name} | " + " | ".join("–" if m is None else ("met" if m else "**missed**")
                                                         for m in marks) + " |")
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    """Run the benchmark for ``args.sizes`` (comma-separated), results into ``args.out``."""
    sizes = [int(s.replace("_", "")) for s in str(args.sizes).split(",") if s.strip()]
    out = Path(args.out).resolve()  # mkdocs resolves config paths against the config file's folder
    out.mkdir(parents=True, exist_ok=True)
    work = out / "work"
    rows = []

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    for n in sizes:
        up_to = getattr(args, "plugin_up_to", None)
        rows.append(bench_one(n, work, bool(getattr(args, "skip_mkdocs", False)), log,
                              plugin=up_to is None or n <= up_to))
        _save(out, rows)  # after each size, so that a long run leaves partial results
    print(table(rows))
    return 0


def _save(out: Path, rows: list[dict[str, Any]]) -> None:
    meta = {"dossier_version": __version__, "python": platform.python_version(), "machine": platform.machine(),
            "cpus": os.cpu_count(), "date": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    result = {"meta": meta, "fields": list(FIELDS), "results": rows,
              "targets": [{"n": r["n"], **targets(r)} for r in rows]}
    (out / "bench.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "bench.md").write_text(table(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        sys.exit(_worker(sys.argv[2:]))
    sys.exit(main(argparse.Namespace(sizes=sys.argv[1] if len(sys.argv) > 1 else "100", out="bench-results",
                                     skip_mkdocs=False)))
