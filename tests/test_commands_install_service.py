"""The systemd units: valid for systemd (systemd-analyze verify), in sync with install-service,
and installed where `systemctl --user` looks, with the absolute path of the running program."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agent.commands.install_service import quote_arg, render_unit

REPO = Path(__file__).resolve().parent.parent
ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze not installed (apt install systemd)")


def verify(unit: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """`systemd-analyze verify --user`; a private XDG_RUNTIME_DIR lets it run without a session."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "SYSTEMD_LOG_COLOR": "0"}
    return subprocess.run([ANALYZE, "verify", "--user", "--man=no", str(unit)],
                          capture_output=True, text=True, env=env, timeout=60)


def assert_clean(proc: subprocess.CompletedProcess) -> None:
    problems = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 0 and not problems, proc.stderr


def directives(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            out.setdefault(key, []).append(value)
    return out


@pytest.mark.parametrize("name, instance", [("nottoday.service", False), ("nottoday@.service", True)])
def test_repository_units_match_what_install_service_writes(name, instance):
    assert (REPO / "systemd" / name).read_text() == render_unit(["/usr/bin/nottoday"], instance=instance)


@pytest.mark.parametrize("instance", [False, True])
def test_unit_has_the_promised_settings(instance):
    d = directives(render_unit(["/usr/bin/nottoday"], instance=instance))
    assert d["ExecReload"] == ["/bin/kill -HUP $MAINPID"]
    assert d["Restart"] == ["on-failure"] and int(d["RestartSec"][0]) >= 5
    assert d["RestartPreventExitStatus"] == ["2"]          # a broken config is not retried in a loop
    for key in ("NoNewPrivileges", "LockPersonality", "RestrictRealtime"):
        assert d[key] == ["yes"]
    assert d["SystemCallFilter"] == ["@system-service"]
    assert "AF_UNIX" in d["RestrictAddressFamilies"][0]      # D-Bus: the keyring
    for namespaced in ("ProtectSystem", "ProtectHome", "PrivateTmp", "PrivateDevices"):
        assert namespaced not in d                          # need mount namespaces: fail in --user units
    assert d["WantedBy"] == ["default.target"]
    if instance:
        assert d["ExecStart"] == ["/usr/bin/nottoday --config %E/nottoday/%i.toml run"]
    else:
        assert d["ExecStart"] == ["/usr/bin/nottoday run"]


def test_exec_start_quoting():
    assert quote_arg("/opt/my tools/nottoday") == '"/opt/my tools/nottoday"'
    assert quote_arg("/home/a%b/bin/nottoday") == "/home/a%%b/bin/nottoday"
    unit = render_unit(["/usr/bin/nottoday"], config="/home/jo/My Mail/nottoday.toml")
    assert directives(unit)["ExecStart"] == ['/usr/bin/nottoday --config "/home/jo/My Mail/nottoday.toml" run']


@needs_analyze
@pytest.mark.parametrize("name", ["nottoday.service", "nottoday@.service"])
def test_repository_units_pass_systemd_analyze_verify(name, tmp_path):
    # verify checks that ExecStart's program exists: point it at this checkout's console script.
    exe = shutil.which("nottoday", path=str(Path(sys.executable).parent)) or "/bin/true"
    text = (REPO / "systemd" / name).read_text().replace("/usr/bin/nottoday", exe)
    unit = tmp_path / name
    unit.write_text(text)
    assert_clean(verify(unit, tmp_path))


def run_install(tmp_path, *extra, env_extra=None):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}
    env.pop("NOTTODAY_CONFIG", None)
    env.update(env_extra or {})
    exe = Path(sys.executable).parent / "nottoday"
    argv = [str(exe)] if exe.exists() else [sys.executable, "-m", "agent"]
    return subprocess.run([*argv, *extra, "install-service"], capture_output=True, text=True, env=env,
                          timeout=120), argv


@needs_analyze
def test_install_service_writes_a_valid_unit_with_this_program(tmp_path):
    proc, argv = run_install(tmp_path)
    assert proc.returncode == 0, proc.stderr
    unit = tmp_path / "xdg" / "systemd" / "user" / "nottoday.service"
    text = unit.read_text()
    exec_start = directives(text)["ExecStart"][0]
    assert exec_start.startswith(str(argv[0]))   # absolute path of the program that ran
    assert exec_start.endswith(" run")
    assert "--config" not in exec_start          # default config location: nothing baked in
    for line in ("systemctl --user daemon-reload", "systemctl --user enable --now nottoday.service",
                 "journalctl --user -u nottoday.service"):
        assert line in proc.stdout
    assert_clean(verify(unit, tmp_path))


@needs_analyze
def test_install_service_instance_and_explicit_config(tmp_path):
    (tmp_path / "xdg" / "nottoday").mkdir(parents=True)
    (tmp_path / "xdg" / "nottoday" / "work.toml").write_text('[identity]\nemail = "a@example.org"\n')
    proc, _ = run_install(tmp_path, "--config", str(tmp_path / "xdg" / "nottoday" / "work.toml"))
    assert proc.returncode == 0, proc.stderr
    plain = (tmp_path / "xdg" / "systemd" / "user" / "nottoday.service").read_text()
    assert f"--config {tmp_path / 'xdg' / 'nottoday' / 'work.toml'} run" in plain

    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}
    exe = Path(sys.executable).parent / "nottoday"
    argv = [str(exe)] if exe.exists() else [sys.executable, "-m", "agent"]
    proc = subprocess.run([*argv, "install-service", "--instance", "work"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    unit = tmp_path / "xdg" / "systemd" / "user" / "nottoday@.service"
    assert "--config %E/nottoday/%i.toml run" in unit.read_text()
    assert "systemctl --user enable --now nottoday@work.service" in proc.stdout
    assert "missing" not in proc.stdout
    assert_clean(verify(unit, tmp_path))

    bad = subprocess.run([*argv, "install-service", "--instance", "../x"], capture_output=True, text=True,
                         env=env, timeout=120)
    assert bad.returncode == 1 and "simple name" in bad.stderr
