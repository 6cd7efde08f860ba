"""A backup or exported bundle (children's records) lands whole, readable by its owner only, and a failed write leaves
nothing at the target."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from lantern.atomic_file import written_atomically


def test_the_file_lands_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "robin.json"
    with written_atomically(target) as path:
        path.write_text('{"child": "Robin Fictional"}')
        assert not target.exists()
    assert target.read_text() == '{"child": "Robin Fictional"}'
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["robin.json"]


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "robin.json"
    with pytest.raises(RuntimeError), written_atomically(target) as path:
        path.write_text("{")
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []
