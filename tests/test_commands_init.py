"""`nottoday init [PATH]`: the packaged example config written for a new user, never over a file."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tomllib
import zipfile
from fnmatch import fnmatch
from pathlib import Path

import pytest

from agent.cli import main
from agent.config import EXAMPLE_CONFIG, load_config

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A user without any config: the default path is under tmp_path."""
    monkeypatch.delenv("NOTTODAY_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "nottoday" / "config.toml"


def test_init_writes_the_example_to_the_default_path_and_says_what_next(home, capsys):
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert home.read_bytes() == (ROOT / "config.example.toml").read_bytes()
    assert stat.S_IMODE(home.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.parent.stat().st_mode) == 0o700
    assert f"wrote a starter config to {home}" in out
    assert "nottoday login main" in out and "nottoday doctor" in out and "--config" not in out
    cfg = load_config(None)                # found without --config, and valid as written
    assert cfg.exists and "main" in cfg.accounts


def test_init_elsewhere_names_the_file_in_the_next_steps(home, tmp_path, capsys):
    target = tmp_path / "deep" / "er" / "nt.toml"
    assert main(["init", str(target)]) == 0
    assert f"nottoday --config {target} doctor" in capsys.readouterr().out
    assert not home.exists()
    other = tmp_path / "via-option.toml"   # --config PATH names the file too, missing or not
    assert main(["--config", str(other), "init"]) == 0
    assert other.read_bytes() == EXAMPLE_CONFIG.read_bytes()


def test_init_never_overwrites_not_even_a_broken_config(home, capsys):
    home.parent.mkdir(parents=True)
    home.write_text("this = is [not toml\n")
    assert main(["init"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"nottoday: {home} already exists; not overwriting it (edit it, or give another PATH)"
    assert home.read_text() == "this = is [not toml\n"


def test_hints_about_a_missing_config_name_init_and_the_installed_example(home, capsys):
    assert main(["once"]) == 2
    err = capsys.readouterr().err
    assert "`nottoday init`" in err and str(EXAMPLE_CONFIG) in err
    assert EXAMPLE_CONFIG.is_file()


def test_the_example_is_package_data():
    """agent/config.example.toml is the top-level file (a link), listed as package data."""
    assert EXAMPLE_CONFIG.read_bytes() == (ROOT / "config.example.toml").read_bytes()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = project["tool"]["setuptools"]["package-data"]["agent"]
    assert any(fnmatch("config.example.toml", p) for p in patterns)


@pytest.mark.slow
def test_a_built_wheel_carries_the_example(tmp_path):
    src = tmp_path / "src"                 # setuptools builds in the source tree: a copy, not ours
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "config.example.toml"):
        shutil.copy2(ROOT / name, src / name)
    for package in ("agent", "classifiers", "drafts"):
        shutil.copytree(ROOT / package, src / package, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(src)],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path,
                          env={**os.environ, "PIP_NO_INPUT": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("nottoday-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        assert zf.read("agent/config.example.toml") == (ROOT / "config.example.toml").read_bytes()
