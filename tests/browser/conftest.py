"""Fixtures of the browser tests: the site built once, served on 127.0.0.1, and Debian's chromium.

Outside CI a missing browser or a missing ``playwright`` package skips these tests with the
reason; in CI (``CI=true``) it fails them, so a broken install cannot pass as green.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def unavailable(reason: str) -> None:
    """Skip outside CI, fail in CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: the browser tests must run; see .ci/install-browser)")
    pytest.skip(reason)


def chromium_path() -> str | None:
    """Debian's chromium, or the one named by DOSSIER_CHROMIUM."""
    for candidate in (os.environ.get("DOSSIER_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless chromium driven by Playwright (skip or fail when either is missing)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install -e '.[browser]')")
    exe = chromium_path()
    if exe is None:
        unavailable("no chromium at /usr/bin/chromium (apt-get install chromium, or run .ci/install-browser)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dossier's site, built once per session with ``mkdocs build`` into a tmp folder."""
    out = tmp_path_factory.mktemp("browser") / "site"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml"),
                           "-d", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, f"mkdocs build failed:\n{proc.stdout}\n{proc.stderr}"
    assert (out / "index.html").is_file()
    return out


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """``directory`` served by ``python -m http.server`` on 127.0.0.1 (stopped at the end)."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                             "--directory", str(directory)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the test web server did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1."""
    with serve(site_dir) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page; ``page.js_errors`` collects uncaught exceptions and console errors."""
    context = browser.new_context()
    p = context.new_page()
    errors: list[str] = []

    def on_console(msg: Any) -> None:
        # a failed load is reported by the network handlers below, with its URL
        if msg.type == "error" and not msg.text.startswith("Failed to load resource"):
            errors.append(f"console.error: {msg.text}")

    def on_response(resp: Any) -> None:
        if resp.status >= 400 and resp.url.startswith("http://127.0.0.1:"):
            errors.append(f"HTTP {resp.status}: {resp.url}")

    p.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    p.on("console", on_console)
    p.on("response", on_response)  # the site's own files only: the test machine has no internet
    p.js_errors = errors
    try:
        yield p
    finally:
        context.close()
