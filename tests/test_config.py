"""Config loading: typed values, defaults, and every problem reported as one line naming file and key."""
from pathlib import Path

import pytest

from agent.config import load_config, parse_config
from agent.errors import ConfigError

GOOD = """
[identity]
name = "Jordan Lee"
email = "jordan.lee@example.net"
aliases = ["jl@work.example"]
signature = "Jordan\\n+1 555 0100"

[accounts.main]
host = "imap.example.net"
username = "jordan"
password_command = ["pass", "show", "mail"]

[accounts.local]
maildir = "~/Mail/personal"

[daemon]
interval = 60
idle = false

[detection]
threshold = 6.5

[drafts]
quote_original = false
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def problems(tmp_path, text) -> list[str]:
    p = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(p)
    return info.value.problems


def test_good_config_is_typed(tmp_path):
    cfg = load_config(write(tmp_path, GOOD))
    assert cfg.identity.name == "Jordan Lee"
    assert cfg.identity.aliases == ("jl@work.example",)
    assert cfg.identity.signature == "Jordan\n+1 555 0100"
    main = cfg.accounts["main"]
    assert (main.port, main.security, main.folders) == (993, "tls", ("INBOX",))
    assert main.password_command == ["pass", "show", "mail"]
    local = cfg.accounts["local"]
    assert local.is_maildir and local.maildir.endswith("Mail/personal") and "~" not in local.maildir
    assert cfg.daemon.interval == 60 and cfg.daemon.idle is False and cfg.daemon.lookback_days == 14
    assert cfg.detection.threshold == 6.5
    assert cfg.drafts.quote_original is False


def test_starttls_defaults_to_port_143(tmp_path):
    cfg = load_config(write(tmp_path, '[accounts.a]\nhost="h.example"\nusername="u"\nsecurity="starttls"\n'))
    assert cfg.accounts["a"].port == 143


def test_every_problem_is_reported_with_file_and_key(tmp_path):
    found = problems(tmp_path, """
[identity]
email = "not-an-address"
[accounts.main]
host = "imap.example.net"
security = "none"
prot = 993
[daemon]
interval = "soon"
""")
    path = str(tmp_path / "config.toml")
    assert all(p.startswith(path + ": ") for p in found), found
    joined = "\n".join(found)
    assert "identity.email" in joined
    assert "accounts.main.security" in joined and "localhost" in joined
    assert "accounts.main.prot" in joined and "did you mean 'port'" in joined
    assert "accounts.main.username" in joined
    assert "daemon.interval" in joined
    assert len(found) == 5


def test_security_none_allowed_on_loopback(tmp_path):
    cfg = load_config(write(tmp_path, '[accounts.a]\nhost="127.0.0.1"\nusername="u"\nsecurity="none"\n'))
    assert cfg.accounts["a"].security == "none"


def test_invalid_toml_is_one_line(tmp_path):
    found = problems(tmp_path, "[identity\nname = 1\n")
    assert len(found) == 1 and "not valid TOML" in found[0]


def test_missing_explicit_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.toml")
    assert "no such config file" in str(info.value)


def test_missing_default_file_gives_empty_config(tmp_path, monkeypatch):
    monkeypatch.delenv("NOTTODAY_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    cfg = load_config(None)
    assert cfg.exists is False and cfg.accounts == {} and cfg.identity.email == ""
    with pytest.raises(ConfigError) as info:
        cfg.require_mailbox()
    assert "config.example.toml" in str(info.value)


def test_env_var_names_the_config(tmp_path, monkeypatch):
    p = write(tmp_path, '[identity]\nemail = "a@b.example"\n')
    monkeypatch.setenv("NOTTODAY_CONFIG", str(p))
    assert load_config(None).identity.email == "a@b.example"


def test_template_path_must_exist_and_is_relative_to_config(tmp_path):
    (tmp_path / "mine.j2").write_text("Hi", encoding="utf-8")
    cfg = load_config(write(tmp_path, '[drafts]\ntemplate = "mine.j2"\n'))
    assert cfg.drafts.template == str(tmp_path / "mine.j2")
    found = problems(tmp_path, '[drafts]\ntemplate = "missing.j2"\n')
    assert "drafts.template" in found[0]


def test_password_and_oauth_together_refused(tmp_path):
    found = problems(tmp_path, '[accounts.a]\nhost="h.example"\nusername="u"\n'
                     'password_command="echo x"\noauth2_token_command=["oama","access","u"]\n')
    assert any("oauth2_token_command" in p for p in found)


def test_bad_user_rule_is_reported(tmp_path):
    found = problems(tmp_path, '[[detection.rules]]\nid = "mine"\nscore = "high"\nphrases = ["x"]\n')
    assert any("mine" in p for p in found), found


def test_parse_config_without_path():
    cfg = parse_config('[identity]\nname = "Sam"\n', None)
    assert cfg.identity.name == "Sam" and cfg.path is None


def test_broken_template_is_a_config_error(tmp_path):
    (tmp_path / "mine.j2").write_text("Hi {{ contact_frist_name }}", encoding="utf-8")
    found = problems(tmp_path, '[drafts]\ntemplate = "mine.j2"\n')
    assert len(found) == 1 and "drafts.template" in found[0] and "contact_frist_name" in found[0]


def test_each_config_file_gets_its_own_default_state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    default = tmp_path / "cfg" / "nottoday" / "config.toml"
    default.parent.mkdir(parents=True)
    default.write_text("", encoding="utf-8")
    (tmp_path / "cfg" / "nottoday" / "work.toml").write_text("", encoding="utf-8")
    assert load_config(default).daemon.state_dir == tmp_path / "state" / "nottoday"
    work = load_config(tmp_path / "cfg" / "nottoday" / "work.toml")
    assert work.daemon.state_dir == tmp_path / "state" / "nottoday" / "work"
    explicit = parse_config('[daemon]\nstate_dir = "/srv/nt"\n', tmp_path / "x.toml")
    assert explicit.daemon.state_dir == Path("/srv/nt")


def test_config_example_is_valid_and_its_rule_example_lints():
    example = Path(__file__).resolve().parent.parent / "config.example.toml"
    text = example.read_text(encoding="utf-8")
    cfg = parse_config(text, example)
    assert cfg.accounts["main"].host == "imap.example.net" and cfg.detection.threshold == 5.0
    # Un-comment the example rule: it must load as written.
    lines = text.splitlines()
    start = lines.index("# [[detection.rules]]")
    rule = [line[2:] for line in lines[start:start + 5]]
    cfg = parse_config(text + "\n" + "\n".join(rule) + "\n", example)
    assert cfg.detection.rules[0]["id"] == "not-the-right-fit"


def test_an_empty_table_gets_the_dataclasses_defaults():
    """Each default is written once, in its dataclass; the parser reads it from there."""
    from dataclasses import replace

    from agent.config import AccountConfig, CheckinConfig, DaemonConfig
    from classifiers import DetectionSettings
    from drafts import DraftSettings

    cfg = parse_config('[accounts.main]\nhost = "imap.example.net"\nusername = "j"\n'
                       '[daemon]\n[detection]\n[drafts]\n[checkin]\n', None)
    assert cfg.accounts["main"] == AccountConfig(name="main", host="imap.example.net", username="j")
    assert cfg.daemon == replace(DaemonConfig(), state_dir=cfg.daemon.state_dir)
    assert (cfg.detection, cfg.drafts, cfg.checkin) == (DetectionSettings(), DraftSettings(), CheckinConfig())
