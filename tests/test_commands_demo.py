"""`nottoday demo`: offline, no config, the real pipeline over the bundled mailbox."""
from __future__ import annotations

import re

from agent.cli import main
from agent.commands.demo import demo_files


def test_demo_without_config(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("NOTTODAY_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "no-state"))
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert len(demo_files()) == 6
    assert "4 rejection(s) found, 4 draft(s) saved" in out
    assert len(re.findall(r"^={10,} draft \d of 4 ={10,}$", out, re.M)) == 4
    # each rejection drafted to the right person; the ATS no-reply goes to the recruiter it names
    for to in ("maria.lopez@northwind-labs.example", "priya.shah@granitegold.example",
               "daniel.okafor@lumenfold.example", "k.boehme@kranich-logistik.example"):
        assert re.search(rf"^To: .*<{re.escape(to)}>$", out, re.M), to
    assert "no-reply@us.greenhouse-mail.io>" not in "".join(re.findall(r"^To: .*$", out, re.M))
    # the hard negatives are shown as such and get no draft
    assert re.search(r"05-acme-interview-invite: not a rejection", out)
    assert re.search(r"06-tidewater-application-received: not a rejection", out)
    assert "jonas.weber@acme-analytics.example" not in out.split("Here they are:")[1]
    # threaded replies, full text
    assert "In-Reply-To: <CAF3q9-northwind-7781@mail.northwind-labs.example>" in out
    assert "Subject: Re: Ihre Bewerbung als Marketing Manager (m/w/d)" in out
    assert "Hi Maria," in out
    # nothing written outside the temp dir
    assert not (tmp_path / "no-state").exists()


def test_demo_ends_with_what_to_do_next(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("NOTTODAY_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert main(["demo"]) == 0
    tail = capsys.readouterr().out.rstrip().splitlines()[-4:]
    assert tail[0] == "Next, with your own mailbox:"
    assert tail[1].split()[:2] == ["nottoday", "init"] and str(tmp_path / "xdg" / "nottoday" / "config.toml") in tail[1]
    assert tail[2].split()[:2] == ["nottoday", "doctor"]
