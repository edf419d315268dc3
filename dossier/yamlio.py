"""YAML the safe way, fast: libyaml's C parser when PyYAML was built with it (same results as
``yaml.safe_load``, several times faster), else the pure-Python one."""

from __future__ import annotations

from typing import IO, Any

import yaml

LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    return yaml.load(stream, Loader=LOADER)
