"""Contact, company and role on German and French ATS mail (issue 14, item 5).

tests/fixtures/drafts/ats_defr/ is a labelled set in the style of Personio, SAP SuccessFactors,
Softgarden, Workday, Welcome to the Jungle, Teamtailor and SmartRecruiters mail (its README has
the first measurement, before the fixes: contact 0.722, company 0.917, role 0.778). The floors
below are the figures after the fixes; the single-message tests use wording and names that are
not in the set, one shape each.
"""
from __future__ import annotations

import filecmp
import importlib.util
import json
from pathlib import Path

import pytest

from agent.cli import main
from classifiers.message import parse_message
from drafts import Identity, extract_details
from tests.corpus_check import check

SET = Path(__file__).parent / "fixtures" / "drafts" / "ats_defr"
SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")


def evaluate(corpus: Path, tmp_path, capsys) -> dict:
    cfg = tmp_path / "sam.toml"
    cfg.write_text('[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n', encoding="utf-8")
    assert main(["--config", str(cfg), "evaluate", str(corpus), "--json"]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_set_is_well_formed_and_balanced():
    problems, counts = check(str(SET))
    assert problems == []
    assert sum(n for (label, _), n in counts.items() if label == "rejection") >= 36


def test_generator_is_deterministic(tmp_path):
    spec = importlib.util.spec_from_file_location("ats_defr_generate", SET / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    gen.main(tmp_path)
    names = sorted(p.name for p in (SET / "messages").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "messages").iterdir())
    assert filecmp.cmpfiles(SET / "messages", tmp_path / "messages", names, shallow=False)[0] == names
    assert (tmp_path / "labels.csv").read_bytes() == (SET / "labels.csv").read_bytes()


def test_field_floors(tmp_path, capsys):
    """After the fixes (README): every field 1.000 on the 36 rejections; detection misses 4
    French rejections (a classifiers matter, held here so it does not get worse)."""
    r = evaluate(SET, tmp_path, capsys)
    f = r["fields"]
    assert f["reply_to"] >= 1.0 and f["contact_first_name"] >= 0.97, r["field_misses"]
    assert f["company"] >= 0.97 and f["role"] >= 0.97, r["field_misses"]
    assert r["precision"] >= 1.0 and r["recall"] >= 0.88, r["misclassified"]


def eml(body: str, *, frm: str, subject: str = "Ihre Bewerbung", extra: str = "") -> bytes:
    return (f"From: {frm}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            f"Date: Mon, 9 Mar 2026 10:00:00 +0000\nMessage-ID: <d1@example.test>\n{extra}"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def details(body: str, **kw):
    return extract_details(parse_message(eml(body, **kw)), SAM)


@pytest.mark.parametrize("signature, first", [
    ("Mit freundlichen Grüßen\ni. A.\nBirgit Kowalski\nPersonalabteilung", "Birgit"),
    ("Mit freundlichen Grüßen\nim Auftrag\nDr. Jan Petersen\nLeiter Personal", "Jan"),
    ("Veuillez agréer nos salutations distinguées.\n\nP/O Hélène Marchetti\nChargée de recrutement", "Hélène"),
    ("Salutations distinguées,\n\nPour la Directrice et par délégation,\nMathilde Roche\nService du personnel", "Mathilde"),
    ("Bonne continuation,\nRomain, pour l'équipe de Solvéo", "Romain"),
])
def test_signer_of_a_team_mailbox_is_greeted(signature, first):
    d = details("Bonjour Sam,\n\nNous ne donnerons pas suite à votre candidature.\n\n" + signature +
                "\n\nSolvéo SAS – 4 quai Perrache, 69002 Lyon – RCS Lyon 812 345 678",
                frm="Solvéo Recrutement <recrutement@solveo.example>")
    assert (d.reply_to, d.contact_first_name) == ("recrutement@solveo.example", first)


@pytest.mark.parametrize("line, first", [
    ("Bei Fragen wenden Sie sich an Herrn Malte Grünewald: malte.gruenewald@hanseblick.example", "Malte"),
    ("Votre interlocutrice : Mme Sandrine Vial (sandrine.vial@hanseblick.example)", "Sandrine"),
    ("Des questions ? Écris à Yanis : yanis.benali@hanseblick.example", "Yanis"),
])
def test_recruiter_named_in_a_noreply_body(line, first):
    d = details("Hallo Sam,\n\nleider müssen wir Ihnen absagen.\n\n" + line + "\n\nIhr Recruiting-Team",
                frm="Hanseblick <noreply@softgarden.io>")
    assert d.contact_first_name == first


@pytest.mark.parametrize("frm, company", [
    ("Stiftung Wegweiser <noreply@successfactors.eu>", "Stiftung Wegweiser"),
    ("Fondation Alizé <no-reply@welcomekit.co>", "Fondation Alizé"),
    ("Mutuelle Opale <noreply@smartrecruiters.com>", "Mutuelle Opale"),
    ("Anna-Seeberg-Stiftung <bewerbung@anna-seeberg-stiftung.example>", "Anna-Seeberg-Stiftung"),
])
def test_an_organisation_is_never_a_first_name(frm, company):
    d = details(f"Guten Tag,\n\nleider können wir Ihre Bewerbung nicht berücksichtigen.\n\n"
                f"Mit freundlichen Grüßen\nIhre {company}\n\n{company}",
                frm=frm, extra="Reply-To: jobs@wegweiser.example\n")
    assert d.contact_first_name is None and d.company == company


def test_no_follow_up_address_still_names_who_signed():
    # no address, no draft; the person who signed the news is still reported (check, ledger)
    d = details("Hallo Sam,\n\nleider haben wir uns anders entschieden.\n\nFreundliche Grüße\n\n"
                "Kerstin Adler\nHR Business Partner\nLindwurm AG",
                frm="Lindwurm AG <noreply@softgarden.io>")
    assert (d.reply_to, d.contact_first_name, d.company) == (None, "Kerstin", "Lindwurm")


@pytest.mark.parametrize("subject, sentence, role", [
    ("Ihre Bewerbung", "vielen Dank für Ihre Bewerbung auf die Stelle „Referentin Presse (m/w/d)“.",
     "Referentin Presse (m/w/d)"),
    ("Ihre Bewerbung", "vielen Dank für Ihr Interesse an der Stelle Teamleiter Kundenservice (all genders).",
     "Teamleiter Kundenservice (all genders)"),
    ("Ihre Bewerbung", "danke für Ihre Bewerbung um die Position Leiterin Einkauf (w/m/d).",
     "Leiterin Einkauf (w/m/d)"),
    ("Candidature Chef de rayon (H/F)", "merci pour votre candidature au poste de Chef de rayon (H/F).",
     "Chef de rayon (H/F)"),
    ("Votre candidature", "merci pour votre candidature au poste d'Assistant(e) juridique.",
     "Assistant(e) juridique"),
    ("Re: Candidature Responsable logistique", "merci pour votre candidature au poste de Responsable "
     "logistique de la Maison Ferrand et pour notre échange.", "Responsable logistique"),
])
def test_titles_as_german_and_french_ats_mail_writes_them(subject, sentence, role):
    d = details(f"Bonjour Sam,\n\n{sentence} Leider / malheureusement: nous ne donnerons pas suite.\n\n"
                "Cordialement,\nJulie Ferrand", frm="Julie Ferrand <julie@maison-ferrand.example>",
                subject=subject)
    assert d.role == role


@pytest.mark.parametrize("signature, company", [
    ("Association Pas à Pas", "Association Pas à Pas"),
    ("Association Coup d'Pouce", "Association Coup d'Pouce"),
    ("Les Ateliers du Port", "Les Ateliers du Port"),
])
def test_the_kind_or_article_before_a_french_name_stays(signature, company):
    domain = {"Association Pas à Pas": "pasapas-asso", "Association Coup d'Pouce": "coupdpouce-asso",
              "Les Ateliers du Port": "ateliersduport"}[company]
    d = details(f"Bonjour Sam,\n\nNous ne donnerons pas suite à votre candidature.\n\nBien à vous,\n"
                f"Lucie Garnier\nResponsable RH\n{signature}",
                frm=f"Lucie Garnier <l.garnier@{domain}.example>")
    assert d.company == company
