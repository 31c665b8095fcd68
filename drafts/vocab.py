"""The word lists personalisation reads (drafts/vocab.toml), loaded once."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def vocab() -> dict:
    """The parsed vocab.toml, with regex lists compiled."""
    data = tomllib.loads(resources.files("drafts").joinpath("vocab.toml").read_text("utf-8"))
    data["noreply_re"] = re.compile("|".join(f"(?:{p})" for p in data["noreply_local"]) + r"\Z")
    data["interviewed_re"] = [re.compile(p) for p in data["interviewed"]]
    data["feedback_re"] = [re.compile(p) for p in data["feedback_offer"]]
    data["kept_on_file_re"] = [re.compile(p) for p in data["kept_on_file"]]
    data["confidential_client_re"] = [re.compile(p, re.IGNORECASE) for p in data["confidential_client"]]
    data["ats_domains"] = list(data["ats_domains"]) + list(data["mail_providers"])
    for key in ("ats_domains", "mail_providers", "not_company_sites", "team_local", "team_words", "legal_suffixes", "sign_offs",
                "role_heads", "role_nouns", "role_head_endings", "role_stop_starts",
                "role_strong_lead_ins", "org_generic", "department_suffixes", "org_words",
                "company_words", "role_fields", "ats_brands", "not_followup_local", "field_labels",
                "interviewer_titles"):
        data[key] = frozenset(data[key])
    return data
