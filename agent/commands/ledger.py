"""`nottoday ledger`: every rejection nottoday has seen, and what happened next (docs/ledger.md).

    nottoday ledger [--json | --csv]          the table: id, company, role, stage, date, status
    nottoday ledger show ID                   one relationship's story, in date order
    nottoday ledger corrections --export DIR  your corrections and nottoday's possible false alarms
                                              as a labelled corpus for `nottoday evaluate DIR`

The table and the stories read the state database only (no network); the export reads the
messages themselves, read-only (BODY.PEEK), from the folders they were found in.
"""
from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

from ..errors import UserError
from ..terminal import clean
from .common import LEDGER_COLUMNS, format_ledger, ledger_rows

CORPUS_HEADER = ("file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes")


def story(state, rel_id: int) -> str:
    """One relationship, then every event in the order of the mails' dates."""
    from ..ledger import EVENT_TEXT, status

    rel = state.relationship(rel_id)
    if rel is None:
        raise UserError(f"no relationship {rel_id} in the ledger (`nottoday ledger` lists them)")
    events = state.events(rel.id)
    who = clean(rel.contact_name or "", 60)
    head = [f"#{rel.id} {clean(rel.company or '(company unknown)', 80)}"
            + (f" — {clean(rel.role, 80)}" if rel.role else "") + f" ({rel.stage or 'stage unknown'})",
            f"  contact: {who + ' ' if who else ''}<{clean(rel.contact_addr or 'no address', 120)}>",
            f"  account: {rel.account}; status: {status(rel, events)}", ""]
    for e in events:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(e.at if e.at is not None else e.noted))
        undated = "" if e.at is not None else " (noticed)"
        head.append(f"  {when}{undated}  {EVENT_TEXT.get(e.kind, e.kind)}"
                    + (f": {clean(e.detail, 140)}" if e.detail else ""))
    return "\n".join(head)


def _open_state(cfg):
    from ..state import DB_NAME, State, check_database

    db = Path(cfg.daemon.state_dir) / DB_NAME
    if not db.exists():
        return None
    check_database(db)
    return State(db)


def run(args) -> int:
    cfg = args.config_obj
    if not cfg.exists:
        cfg.require_mailbox()
    state = _open_state(cfg)
    if args.action == "corrections":
        if not args.export:
            raise UserError("ledger corrections: say where to write the corpus: --export DIR")
        if state is None:
            raise UserError("no state database yet: nothing to export")
        with state:
            n_rej, n_other = export_corrections(state, cfg, Path(args.export))
        print(f"wrote {n_rej + n_other} message(s) to {args.export}: {n_rej} correction(s) (rejection), "
              f"{n_other} possible false alarm(s) (other); measure with `nottoday evaluate {args.export}`")
        return 0
    if args.action == "show":
        if not (args.target or "").isdigit():
            raise UserError("ledger show: give the relationship's ID (the first column of `nottoday ledger`)")
        if state is None:
            raise UserError("no state database yet: the ledger is empty")
        with state:
            print(story(state, int(args.target)))
        return 0
    table = []
    if state is not None:
        with state:
            table = ledger_rows(state)
    print_rows(table, "json" if args.json else "csv" if args.csv else "table")
    return 0


def print_rows(table: list[dict], fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(table, out, indent=1, ensure_ascii=False)
        print(file=out)
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=LEDGER_COLUMNS, extrasaction="ignore")
        w.writeheader()
        w.writerows(table)
    else:
        print(format_ledger(table), file=out)


# --- corrections --export ------------------------------------------------------------------------
def corpus_entries(state) -> list[tuple[object, str, str]]:
    """(relationship, label, category): the user's corrections are rejections; a detected
    rejection whose draft was deleted unsent is a possible false alarm, so "other"."""
    from ..ledger import CORRECTED, DISCARDED, SENT

    out = []
    for rel in state.relationships(None):
        kinds = {e.kind for e in state.events(rel.id)}
        if rel.origin == CORRECTED:
            out.append((rel, "rejection", "correction"))
        elif DISCARDED in kinds and SENT not in kinds:
            out.append((rel, "other", "possible-false-alarm"))
    return out


def export_corrections(state, cfg, root: Path) -> tuple[int, int]:
    """Write labels.csv and messages/ under `root`; the messages read read-only from the mailbox."""
    from ..stores import make_store

    entries = corpus_entries(state)
    (root / "messages").mkdir(parents=True, exist_ok=True)
    by_account: dict[str, list] = {}
    for entry in entries:
        by_account.setdefault(entry[0].account, []).append(entry)
    written: list[dict] = []
    for name, items in by_account.items():
        account = cfg.accounts.get(name)
        if account is None:
            print(f"nottoday: account {name} is no longer in the config: its {len(items)} message(s) skipped",
                  file=sys.stderr)
            continue
        with make_store(account) as store:
            for rel, label, category in items:
                raw = _read(store, rel)
                if raw is None:
                    print(f"nottoday: #{rel.id}: the message is no longer in {rel.folder}; skipped", file=sys.stderr)
                    continue
                file = f"messages/{rel.id:05d}-{category}.eml"
                (root / file).write_bytes(raw)
                rejection = label == "rejection"
                written.append({"file": file, "label": label,
                                "reply_to": (rel.contact_addr or "") if rejection else "",
                                "contact_first_name": (rel.contact_first or "") if rejection else "",
                                "company": (rel.company or "") if rejection else "",
                                "role": (rel.role or "") if rejection else "", "category": category,
                                "notes": f"ledger #{rel.id}, {rel.folder}; fields as nottoday read them: check them"})
    with open(root / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=CORPUS_HEADER)
        w.writeheader()
        w.writerows(written)
    rej = sum(1 for r in written if r["label"] == "rejection")
    return rej, len(written) - rej


def _read(store, rel) -> bytes | None:
    """The message by its Message-ID in the folder it was found in (one SEARCH), else by its ref."""
    ref = None
    if rel.message_id:
        hits = store.find_headers(rel.folder, [("Message-ID", rel.message_id)])
        ref = hits[0].ref if hits else None
    if ref is None and rel.ref:
        ref = int(rel.ref) if store.kind == "imap" and rel.ref.isdigit() else rel.ref
    if ref is None:
        return None
    fetched = next(iter(store.fetch(rel.folder, [ref])), None)
    return fetched.raw if fetched is not None else None
