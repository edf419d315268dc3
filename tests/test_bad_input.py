"""Bad input never breaks the build, loses an article, or reaches a reader's browser (issue 7).

``tests/fixtures/bad/`` holds one file per case; cases that cannot be committed (a 5 MB file,
a 180+ character name, a symlink leading outside) are added in a copy at test time.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from dossier.cli import main
from dossier.link.entities import _assign_ids, slugify
from dossier.model import Entity

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "bad"
LONG_NAME = "a-very-long-file-name-" + "berita-panjang-sekali-" * 8 + "end.txt"  # 200 characters

# file -> a fragment of its one-line message (skipped files)
SKIPPED = {
    "empty.txt": "empty file",
    "blank.txt": "blank file",
    "binary.txt": "binary",
    ".DS_Store": "not an article",
    "report.docx": "not an article file (.docx)",
    "photo.png": "not an article file (.png)",
    "photo-named-like-text.txt": "PNG image",
    "huge-single-line.txt": "too large",
    "outside-link.txt": "symbolic link leads outside",
    "duplicate-b.txt": "duplicate of duplicate-a.txt",
}
# file -> (line or None, fragment) (read, with a warning)
WARNED = {
    "broken-front-matter.md": (3, "broken YAML front matter"),
    "alias-bomb.md": (1, "YAML aliases"),
    "python-tag.md": (2, "python/object"),
    "near-duplicate-a.txt": (None, "near-duplicate of near-duplicate-b.txt"),
    "index.txt": (None, "site's own page names"),
    "search.txt": (None, "site's own page names"),
    "assets.txt": (None, "site's own page names"),
    "markup.md": (None, "not an http(s) address"),
}
READ = ["title-breakout.txt", "bom-utf8.txt", "utf16.txt", "cp1252.txt", "name with spaces.txt", "berita-Jürgen-Ñandú-日本.txt",
        "slug-clash.txt", "markup.txt", "markup.html", "duplicate-a.txt", "near-duplicate-b.txt"]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bad") / "seeds"
    shutil.copytree(FIXTURES, root, symlinks=True)
    (root / "huge-single-line.txt").write_text("kata " * 1_000_000, encoding="utf-8")  # 5 MB, one line
    secret = root.parent / "secret.txt"
    secret.write_text("SECRET-OUTSIDE-THE-FOLDER officials said on Monday that the talks went well.\n")
    (root / "outside-link.txt").symlink_to(secret)
    text = (FIXTURES / "name with spaces.txt").read_text(encoding="utf-8").replace("port strike", "ferry strike")
    with contextlib.suppress(OSError):  # a file system without long names
        (root / LONG_NAME).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    out = seeds.parent / "out"
    capture = pytest.MonkeyPatch()
    import io

    err = io.StringIO()
    capture.setattr(sys, "stderr", err)
    try:
        code = main(["build", "--seeds", str(seeds), "--out", str(out), "--config", str(seeds.parent / "none.yml"),
                     "--no-cache", "--republish"])
    finally:
        capture.undo()
    return out, code, err.getvalue()


def _line_for(stderr: str, name: str) -> str:
    lines = [ln for ln in stderr.splitlines() if re.search(rf"/{re.escape(name)}(:\d+)?: ", ln)]
    assert len(lines) >= 1, f"no message names {name}:\n{stderr}"
    return "\n".join(lines)


def test_every_bad_file_gets_a_one_line_message_and_the_build_goes_on(built) -> None:
    out, code, stderr = built
    assert code == 0
    assert "Traceback" not in stderr
    for name, fragment in SKIPPED.items():
        msg = _line_for(stderr, name)
        assert msg.startswith("skipped ") and fragment in msg, msg
    for name, (line, fragment) in WARNED.items():
        msg = _line_for(stderr, name)
        assert fragment in msg, msg
        if line:
            assert f"/{name}:{line}: " in msg, msg
    for name in READ:
        assert f"skipped {name}" not in stderr
    assert "SECRET-OUTSIDE" not in (out / "dossier.json").read_text(encoding="utf-8")


def test_other_encodings_are_decoded_not_rejected(built) -> None:
    out = built[0]
    pages = {p.name: p.read_text(encoding="utf-8") for p in (out / "articles").glob("*.md")}
    assert "Zürich" in pages["utf16.md"]
    assert "Café" in pages["cp1252.md"] and "Montréal" in pages["cp1252.md"]
    assert "Rotterdam" in pages["bom-utf8.md"] and "\ufeff" not in pages["bom-utf8.md"]


def test_awkward_names_become_distinct_safe_page_paths(built, seeds: Path) -> None:
    out = built[0]
    names = sorted(p.name for p in (out / "articles").glob("*.md"))
    assert all(re.fullmatch(r"[a-z0-9_-]{1,80}\.md", n) for n in names), names
    assert "name-with-spaces.md" in names and "berita-jurgen-nandu.md" in names
    # index/search/assets keep their article pages without taking the site's own names
    articles_index = (out / "articles" / "index.md").read_text(encoding="utf-8")
    for title in ("Election date set in Lisbon", "Airport plan approved in Dublin", "Budget passed in Prague"):
        assert title in articles_index
    assert not (out / "search.md").exists() and not (out / "assets.md").exists()
    if (seeds / LONG_NAME).exists():
        assert any(n.startswith("a-very-long-file-name-") for n in names)


def test_entities_that_slugify_alike_never_share_a_page() -> None:
    a = Entity(id="", name="XI JINPING", type="person", subtype=None, aliases=(), articles=("a",))
    b = Entity(id="", name="Xi-Jinping", type="organization", subtype=None, aliases=(), articles=("b",))
    c = Entity(id="", name="xi jinping", type="place", subtype=None, aliases=(), articles=("c",))
    assert slugify(a.name) == slugify(b.name) == slugify(c.name)
    ids = [e.id for e in _assign_ids([a, b, c], {})]
    assert len(set(ids)) == 3
    assert ids == [e.id for e in _assign_ids([c, b, a], {})][::-1]  # not by input order


def test_strict_turns_the_messages_into_a_failing_exit(seeds: Path, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "dossier.cli", "build", "--seeds", str(seeds), "--out",
                           str(tmp_path / "out"), "--config", str(tmp_path / "none.yml"), "--no-cache", "--strict"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "--strict" in proc.stderr
    assert (tmp_path / "out" / "index.md").is_file()  # the site is still written


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("iframe", "object", "embed", "img", "frame", "applet"):
            self.bad.append(f"<{tag}>")
        self._in_script = tag in ("script", "style")
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"{tag} {name}=")
            if value and re.match(r"(?i)\s*javascript:", value):
                self.bad.append(f"{tag} {name}={value}")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "alert(" in data:
            self.bad.append(f"script: {data[:60]}")
        if not self._in_script:
            self.text.append(data)


@pytest.fixture(scope="module")
def site(built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = built[0]
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    config["docs_dir"] = str(out)
    config["site_dir"] = str(out.parent / "site")
    config["theme"]["custom_dir"] = str(ROOT / config["theme"].get("custom_dir", "overrides"))
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "dossier" in p)]
    config.pop("nav", None)
    path = out.parent / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(path)], capture_output=True,
                          text=True, cwd=out.parent, timeout=600, env={"NO_MKDOCS_2_WARNING": "1",
                                                                          **__import__("os").environ})
    assert proc.returncode == 0, proc.stderr
    return out.parent / "site"


def test_nothing_executable_reaches_the_html(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    texts: dict[str, str] = {}
    for page in pages:
        scan = _Scan()
        scan.feed(page.read_text(encoding="utf-8"))
        assert not scan.bad, f"{page.relative_to(site)}: {scan.bad}"
        texts[page.relative_to(site).as_posix()] = " ".join(" ".join(scan.text).split())
    markup = texts["articles/markup-7e0b5708/index.html"] if "articles/markup-7e0b5708/index.html" in texts else \
        next(t for p, t in texts.items() if "Injected admonition" in t and p.startswith("articles/markup"))
    # shown as text: raw HTML, template syntax, admonitions, snippet includes, table pipes
    for shown in ("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>", '<iframe src="https://evil',
                  "{{ config.site_name }}", '{% include "secret.txt" %}', '!!! note "Injected admonition"',
                  '--8<-- "/etc/passwd"', "| col a | col b |", "javascript:alert(2)"):
        assert shown in markup, shown
    everything = "\n".join(texts.values())
    assert "root:x:0:0" not in everything  # /etc/passwd was not included
    assert "markdown_extensions" not in everything  # nor mkdocs.yml
    assert "SECRET-OUTSIDE" not in everything  # nor the file behind the symlink


FILE_INCLUDING = {"pymdownx.snippets", "markdown_include.include", "markdown_include", "mdx_include",
                  "pymdownx.include", "include", "mkdocs_include_markdown_plugin", "markdown.extensions.include"}
FILE_INCLUDING_PLUGINS = {"macros", "include-markdown", "include_dir_to_nav", "snippets", "mkdocs-simple-hooks"}


def test_site_config_cannot_include_files_from_disk() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    names = {next(iter(e)) if isinstance(e, dict) else e for e in config.get("markdown_extensions") or []}
    assert not names & FILE_INCLUDING
    assert not any("snippet" in n or "include" in n for n in names)
    plugins = {next(iter(p)) if isinstance(p, dict) else p for p in config.get("plugins") or []}
    assert not plugins & FILE_INCLUDING_PLUGINS
    assert "hooks" not in config
