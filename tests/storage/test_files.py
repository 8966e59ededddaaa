"""The file store keeps upload bytes once per content, under their sha256."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shortlist.storage import FileStore

HELLO_SHA256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"


def test_it_names_a_file_by_the_sha256_of_its_bytes(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    assert store.put(b"hello") == HELLO_SHA256
    assert (tmp_path / "files" / HELLO_SHA256).read_bytes() == b"hello"
    assert store.read(HELLO_SHA256) == b"hello"


def test_it_keeps_the_same_bytes_once(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    store.put(b"hello")
    store.put(b"hello")
    assert store.names() == [HELLO_SHA256]


def test_delete_all_leaves_the_folder_empty(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    store.put(b"hello")
    store.put(b"world")
    (tmp_path / ".incoming-abc").write_bytes(b"half a file")
    store.delete_all()
    assert list(tmp_path.iterdir()) == []


def test_it_refuses_a_name_that_is_not_a_sha256(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    with pytest.raises(ValueError, match=re.escape("not a stored file name: '../secret'")):
        store.read("../secret")


def test_a_store_whose_folder_does_not_exist_yet_is_empty(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "missing")
    store.delete_all()
    assert store.names() == []
