"""The command line: help for every command, config errors as plain lines with exit status 2."""
import contextlib
import io
import re
import subprocess
import sys

import pytest

from agent.cli import COMMANDS, build_parser, main

INTERFACE_COMMANDS = {"run", "once", "check", "draft", "evaluate", "demo", "doctor", "login", "status"}


def registered_commands() -> list[str]:
    """The commands `nottoday` accepts, as its own error for an unknown one lists them."""
    err = io.StringIO()
    with pytest.raises(SystemExit), contextlib.redirect_stderr(err):
        build_parser().parse_args(["no-such-command"])
    return re.findall(r"'([a-z-]+)'", err.getvalue().split("choose from", 1)[1])


def test_every_interface_command_is_registered():
    commands = registered_commands()
    assert INTERFACE_COMMANDS <= set(commands), commands
    assert len(commands) == len(COMMANDS)


@pytest.mark.parametrize("command", sorted(INTERFACE_COMMANDS))
def test_help_for_each_command(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "usage: nottoday " + command in capsys.readouterr().out


def test_bad_config_is_one_line_per_problem_and_exit_2(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[identity]\nemail = 5\n[daemon]\nidle = "yes"\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "agent", "--config", str(cfg), "status"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr
    assert len(lines) == 2, proc.stderr
    assert all(line.startswith(f"nottoday: {cfg}: ") for line in lines)


def test_version_is_the_installed_distributions():
    import tomllib
    from pathlib import Path

    expected = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())["project"]["version"]
    proc = subprocess.run([sys.executable, "-m", "agent", "--version"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == f"nottoday {expected}", proc


def test_readme_documents_every_command_and_the_quick_start_needs_no_checkout():
    """The command table names every registered command; the quick start gets `nottoday` onto
    PATH and its config from `nottoday init`, not from a file of the source tree."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    documented = set(re.findall(r"^\| `nottoday ([a-z-]+)", readme, re.M))
    registered = {name.replace("_", "-") for name in COMMANDS}
    assert registered == documented, registered ^ documented
    quick = readme.split("## Quick start", 1)[1].split("## ", 1)[0]
    assert "nottoday init" in quick and "cp config.example.toml" not in quick
    assert "pipx" in quick and "bin/nottoday" in quick
    assert "`--version`" in readme
