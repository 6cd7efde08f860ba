"""Writing a file so that a crash can never leave a partial one: it is written beside its target under another name,
flushed to disk, readable by its owner only (the files hold children's records), and moved onto the target in one
step (os.replace). Used by `lantern backup` and `lantern export-bundle`."""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def _leftovers(target: Path) -> list[Path]:
    pattern = f".{glob.escape(target.name)}.*{PARTIAL_SUFFIX}"
    return sorted(target.parent.glob(pattern))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def written_atomically(target: Path) -> Iterator[Path]:
    """A path to write `target`'s contents to. When the block ends without an error, the file is flushed to disk
    and moved onto `target` in one step, so `target` is either as it was before or complete, never partial; on an
    error nothing reaches `target`.

    The path lies in a private directory (mode 0700) beside `target`, which the caller may use for scratch files too;
    it is removed at the end. A process killed part way cannot remove it: the next write of the same target removes
    what it left (partial copies of records are not left lying about)."""
    target = target.absolute()
    for leftover in _leftovers(target):
        shutil.rmtree(leftover, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent))
    try:
        path = staging / target.name
        yield path
        os.chmod(path, 0o600)
        _fsync(path)
        os.replace(path, target)
        _fsync(target.parent)  # the rename itself survives a power cut
    finally:
        shutil.rmtree(staging, ignore_errors=True)
