"""agent/errors.py: one mapping of errors to what the user reads and the exit status, the same
from every command (a broken template said one way by `draft`, `once` and `demo` alike)."""
from __future__ import annotations

import pytest

from agent.cli import main
from agent.errors import (EXIT_CONFIG, EXIT_INTERRUPTED, EXIT_OK, ConfigError, UserError, describe,
                          handle_cli_error, translate)
from classifiers import RuleError
from drafts import TemplateError
from tests.mailfactory import rejection


class Config:
    path = "/home/sam/nottoday.toml"


def test_a_broken_rule_is_a_config_problem_one_line_each():
    error = translate(RuleError("rule a: bad pattern; rule b: no score"), Config())
    assert isinstance(error, ConfigError) and error.exit_status == EXIT_CONFIG
    assert error.problems == ["/home/sam/nottoday.toml: detection: rule a: bad pattern",
                              "/home/sam/nottoday.toml: detection: rule b: no score"]


def test_a_broken_template_is_a_config_problem_naming_the_file():
    error = translate(TemplateError("reply.j2: unknown variable(s) nope"), None)
    assert error.problems == ["config: drafts.template: reply.j2: unknown variable(s) nope"]


def test_a_user_error_is_itself_and_a_bug_is_nobodys_to_fix():
    mine = UserError("fix this")
    assert translate(mine) is mine
    assert translate(ZeroDivisionError("x")) is None


def test_the_edge_prints_lines_and_picks_the_status(capsys):
    assert handle_cli_error(ConfigError(["a: b", "c: d"])) == EXIT_CONFIG
    assert capsys.readouterr().err == "nottoday: a: b\nnottoday: c: d\n"
    assert handle_cli_error(KeyboardInterrupt()) == EXIT_INTERRUPTED
    assert handle_cli_error(BrokenPipeError()) == EXIT_OK
    with pytest.raises(ZeroDivisionError):   # a bug keeps its traceback
        handle_cli_error(ZeroDivisionError("x"))


def test_describe_is_one_line():
    assert describe(OSError("first\nsecond")) == "first"
    assert describe(TimeoutError()) == "TimeoutError"


@pytest.mark.parametrize("command", ["check", "draft", "evaluate", "rules", "once", "demo"])
def test_every_command_says_a_broken_rule_the_same_way(command, tmp_path, maildir, config_for, capsys,
                                                       monkeypatch):
    """A rule the config checker let through but the classifier refuses (its own check runs first)."""
    import classifiers.classifier

    def refuse(self, *args, **kwargs):
        raise RuleError("rule a: bad pattern; rule b: no score")

    monkeypatch.setattr(classifiers.classifier.Classifier, "__init__", refuse)
    message = tmp_path / "r.eml"
    message.write_bytes(rejection("<r@n.example>"))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "labels.csv").write_text("file,label\n")
    cfg = config_for(maildir=maildir)
    argv = {"check": [str(message)], "draft": [str(message)], "evaluate": [str(tmp_path / "corpus")]}
    assert main(["--config", str(cfg), command, *argv.get(command, [])]) == EXIT_CONFIG
    assert capsys.readouterr().err.splitlines() == [f"nottoday: {cfg}: detection: rule a: bad pattern",
                                                    f"nottoday: {cfg}: detection: rule b: no score"]


def test_a_template_that_fails_only_for_this_message_is_a_config_error(tmp_path, maildir, config_for,
                                                                       capsys):
    message = tmp_path / "r.eml"
    message.write_bytes(rejection("<r@n.example>"))
    template = tmp_path / "t.j2"
    template.write_text("Hi {{ contact_first_name }}, {{ 1 // (company | length - company | length) }}")
    cfg = config_for(maildir=maildir)
    cfg.write_text(cfg.read_text() + f'\n[drafts]\ntemplate = "{template}"\n')
    assert main(["--config", str(cfg), "draft", str(message)]) == EXIT_CONFIG
    err = capsys.readouterr().err.splitlines()
    assert err == [f"nottoday: {cfg}: drafts.template: {template}: ZeroDivisionError: integer division or modulo by zero"]
