"""The atomic write replaces only regular files: devices, pipes, sockets and folders are refused and kept."""

from __future__ import annotations

import os
import socket
import stat
import sys
from pathlib import Path

import pytest

from app.kernel import atomic
from app.kernel.config_file import update_config
from app.kernel.errors import ValidationError

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and /dev/null are POSIX")


def _refused(target: Path, kind: str) -> None:
    mode = os.stat(target).st_mode
    with pytest.raises(ValidationError) as refused:
        atomic.write_bytes(target, b"Schreiben")
    assert f"{target} ist {kind}, keine gewöhnliche Datei" in refused.value.message
    assert os.stat(target).st_mode == mode  # still what it was, not replaced by a regular file
    assert list(target.parent.glob(f"{atomic.PREFIX}*")) == []  # nothing written beside it either


@posix_only
def test_a_named_pipe_is_refused_and_kept(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    _refused(fifo, "eine benannte Pipe")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@posix_only
def test_a_socket_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        _refused(path, "ein Socket")
        assert stat.S_ISSOCK(os.stat(path).st_mode)


@posix_only
def test_a_device_is_refused_and_kept() -> None:
    with pytest.raises(ValidationError, match="ist ein Gerät, keine gewöhnliche Datei"):
        atomic.write_bytes(Path("/dev/null"), b"x")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@posix_only
def test_a_link_to_a_device_is_refused_and_kept(tmp_path: Path) -> None:
    link = tmp_path / "bescheid.pdf"
    link.symlink_to("/dev/null")  # what the link points to counts
    with pytest.raises(ValidationError, match="ist ein Gerät"):
        atomic.write_bytes(link, b"x")
    assert link.is_symlink()


def test_a_folder_is_refused_and_kept(tmp_path: Path) -> None:
    folder = tmp_path / "ordner.pdf"
    folder.mkdir()
    (folder / "inhalt.txt").write_text("bleibt", encoding="utf-8")
    _refused(folder, "ein Ordner")
    assert (folder / "inhalt.txt").read_text(encoding="utf-8") == "bleibt"


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="existiert nicht"):
        atomic.write_bytes(tmp_path / "fehlt" / "a.pdf", b"x")
    assert not (tmp_path / "fehlt").exists()


def test_a_regular_file_is_replaced_and_a_new_one_written(tmp_path: Path) -> None:
    old = tmp_path / "a.pdf"
    old.write_bytes(b"alt")
    atomic.write_bytes(old, b"neu")
    atomic.write_bytes(tmp_path / "b.pdf", b"neu")
    assert old.read_bytes() == b"neu" and (tmp_path / "b.pdf").read_bytes() == b"neu"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]


def test_a_target_that_becomes_a_folder_while_writing_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    with pytest.raises(ValidationError, match="ein Ordner"), atomic.replacing(target) as partial:
        partial.write_bytes(b"x")
        target.mkdir()  # someone else made it a folder meanwhile: the rename must not replace it
    assert target.is_dir() and list(tmp_path.glob(f"{atomic.PREFIX}*")) == []


@posix_only
def test_the_config_file_is_written_through_the_same_check(tmp_path: Path) -> None:
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="benannte Pipe"):
        update_config(fifo, "ui", "language", "en")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
