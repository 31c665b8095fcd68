"""Personalised follow-up drafts: who and what a rejection is about, and a threaded reply to it.

Pure composition: a parsed message (and detection's verdict) in, an `EmailMessage` out. No I/O
beyond reading the packaged templates and word lists (and the user's own template file).
"""
from .compose import Composer, TemplateError
from .details import Details, extract_details
from .identity import DraftSettings, Identity

__all__ = ["Identity", "DraftSettings", "Details", "extract_details", "Composer", "TemplateError"]
