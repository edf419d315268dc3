"""The ``dossier`` command line."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from dossier import __version__
from dossier.config import Settings, settings_from_mkdocs


class Reporter:
    """Progress on stderr: one updating line on a terminal, a line per phase otherwise."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.last_phase = ""
        self.t0 = time.monotonic()

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self.quiet:
            return
        if self.tty:
            print(f"\r{phase:8s} {done}/{total}", end="", file=sys.stderr, flush=True)
            if done == total:
                print(file=sys.stderr)
        elif (phase != self.last_phase or done == total) and (done == total or done <= 1):
            print(f"{phase}: {done}/{total}", file=sys.stderr, flush=True)
        self.last_phase = phase

    def say(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)


def _settings(args: argparse.Namespace) -> Settings:
    config = Path(args.config)
    settings = settings_from_mkdocs(config) if config.is_file() else Settings()
    if args.seeds:
        settings = replace(settings, seeds=Path(args.seeds))
    if args.out:
        settings = replace(settings, out=Path(args.out))
    if getattr(args, "no_cache", False):
        settings = replace(settings, cache_dir=None)
    if getattr(args, "jobs", None) is not None:
        settings = replace(settings, jobs=args.jobs)
    if getattr(args, "republish", False):
        settings = replace(settings, republish=True)
    if getattr(args, "language", None):
        settings = replace(settings, language=args.language)
    if getattr(args, "strict", False):
        settings = replace(settings, strict=True)
    return settings


def cmd_build(args: argparse.Namespace) -> int:
    from dossier.build import build_into  # imported late: `dossier --help` stays fast

    settings = _settings(args)
    rep = Reporter(args.quiet)
    for key in settings.extra:
        rep.say(f"warning: {args.config}: unknown dossier option '{key}' ignored")
    gen = build_into(settings, rep)
    res = gen.result
    report = gen.report
    problems = [*res.read.skipped, *res.warnings]
    for s in res.read.skipped:
        where = f"{settings.seeds / s.path}" + (f":{s.line}" if s.line else "")
        rep.say(f"skipped {where}: {s.reason}")
    for w in res.warnings:
        where = f"{settings.seeds / w.path}" + (f":{w.line}" if w.line else "")
        rep.say(f"warning {where}: {w.reason}")
    for rel in report.kept_handwritten:
        rep.say(f"kept hand-written {settings.out / rel}: the generated page was not written")
    for rel in report.kept_edited:
        rep.say(f"kept {settings.out / rel}: no longer generated, but edited by hand since")
    elapsed = time.monotonic() - rep.t0
    rep.say(
        f"dossier: {len(res.dossier.articles)} articles read, {len(res.read.skipped)} files skipped, "
        f"{len(res.dossier.entities)} entities, {len(res.dossier.events)} events, {len(res.dossier.claims)} claims; "
        f"{gen.pages} pages: {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed; cache {res.cache_hits} hits, {res.cache_misses} misses; "
        f"{elapsed:.1f} s -> {settings.out}"
    )
    if settings.strict and problems:
        rep.say(f"dossier: --strict: {len(problems)} problems with the input (listed above)")
        return 1
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-f", args.config]
    if args.dev_addr:
        cmd += ["--dev-addr", args.dev_addr]
    return subprocess.call(cmd)


def cmd_bench(args: argparse.Namespace) -> int:
    from dossier.bench import main as bench_main

    return bench_main(args)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="dossier", description="Build a story dossier from a folder of news articles.")
    ap.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="read the articles and write the generated pages and dossier.json",
                       description="Read every article under --seeds, link them, and write Markdown pages and "
                                   "dossier.json into --out. Hand-written pages there are never touched.")
    b.add_argument("--seeds", help="folder of articles (default: from mkdocs.yml, else seeds/)")
    b.add_argument("--out", help="output folder (default: mkdocs.yml's docs_dir, else content/)")
    b.add_argument("--config", default="mkdocs.yml", help="mkdocs.yml with a `dossier` plugin block (default: %(default)s)")
    b.add_argument("--language", help="the dossier's language for titles and labels (e.g. id, en; default auto)")
    b.add_argument("--republish", action="store_true", help="show full article texts (only if you may republish them)")
    b.add_argument("--no-cache", action="store_true", help="extract every article again")
    b.add_argument("--jobs", type=int, help="extraction worker processes (default: by the number of articles)")
    b.add_argument("--strict", action="store_true", help="exit 1 when any input file was skipped or had problems")
    b.add_argument("--quiet", action="store_true", help="no progress output")
    b.set_defaults(func=cmd_build)

    s = sub.add_parser("serve", help="serve the site with live rebuilds (mkdocs serve)",
                       description="Run `mkdocs serve`; the dossier plugin rebuilds when an article is added, "
                                   "changed or removed.")
    s.add_argument("--config", default="mkdocs.yml", help="mkdocs.yml (default: %(default)s)")
    s.add_argument("--dev-addr", help="IP:PORT to serve on (default 127.0.0.1:8000)")
    s.set_defaults(func=cmd_serve)

    bench = sub.add_parser("bench", help="benchmark the build on synthetic corpora",
                           description="Generate synthetic corpora and time reading, extraction, linking and builds.")
    bench.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes (default: %(default)s)")
    bench.add_argument("--out", default="bench-results", help="folder for results (default: %(default)s)")
    bench.add_argument("--skip-mkdocs", action="store_true", help="do not time mkdocs builds")
    bench.add_argument("--plugin-up-to", type=int, default=None, metavar="N",
                       help="time the mkdocs build with the plugin only up to N articles (the bare Material build, "
                            "site size and search indexes are still measured; default: every size)")
    bench.set_defaults(func=cmd_bench)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from dossier.curate import CurationError

    try:
        return int(args.func(args))
    except CurationError as exc:
        print(f"dossier: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"dossier: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dossier: interrupted; the previous output is intact", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
