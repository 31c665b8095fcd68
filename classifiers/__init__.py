"""Detection: is this message a rejection of the owner's own candidacy, and why.

Pure: a parsed message in, a Verdict with evidence out. Rules are data
(classifiers/rules/*.toml plus the user's `[detection]` config); see docs/rules.md.
"""
from .classifier import Classifier
from .message import Address, MalformedMessage, Message, parse_message
from .model import DetectionSettings, Owner, RuleError, RuleHit, ThreadContext, Verdict
from .ruleset import Rule, lint_rules, lint_settings
from .text import new_text

__all__ = ["Message", "Address", "parse_message", "MalformedMessage", "Classifier",
           "DetectionSettings", "Owner", "ThreadContext", "Verdict", "RuleHit", "RuleError",
           "Rule", "lint_rules", "lint_settings", "new_text"]
