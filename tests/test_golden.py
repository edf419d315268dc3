"""Generated pages equal the committed goldens (refresh with `make goldens`)."""

from __future__ import annotations

import difflib

import pytest

from tests.golden import CORPORA, GOLDENS, render


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_generated_pages_match_goldens(corpus: str) -> None:
    folder = GOLDENS / corpus
    if not folder.is_dir():
        pytest.fail(f"no goldens for {corpus}: run `make goldens` and commit tests/goldens/{corpus}")
    produced = render(corpus)
    expected = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert sorted(produced) == sorted(expected), "the set of generated files changed: run `make goldens`"
    for path, data in produced.items():
        if data != expected[path]:
            diff = "".join(difflib.unified_diff(expected[path].decode("utf-8", "replace").splitlines(True),
                                                data.decode("utf-8", "replace").splitlines(True),
                                                f"golden/{path}", f"now/{path}", n=1))
            pytest.fail(f"{corpus}/{path} differs from its golden (run `make goldens` if intended):\n{diff[:4000]}")
