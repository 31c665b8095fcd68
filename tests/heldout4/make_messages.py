"""Builds tests/heldout4/messages/*.eml and labels.csv from make_messages_content.py.

    python3 make_messages.py

Its Message-IDs were first made by email.utils.make_msgid, whose time and process id never come
again: message_ids.txt keeps them (in the order they were made), so re-running reproduces the
committed files byte for byte.
"""
import random, textwrap, os, sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.utils import format_datetime, formataddr
from email import policy
import datetime
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(D))   # tests/corpus_gen.py
from corpus_gen import write_corpus  # noqa: E402
SEED = 44
with open(os.path.join(D, 'message_ids.txt'), encoding='utf-8') as fh:
    RECORDED_IDS = fh.read().split()
def make_msgid(domain):
    """The next recorded Message-ID at `domain` (see the docstring)."""
    random.getrandbits(64)   # drawn as make_msgid draws it: the MIME boundaries drawn later stay the same
    i = next(i for i, mid in enumerate(RECORDED_IDS) if mid.endswith('@' + domain + '>'))
    return RECORDED_IDS.pop(i)
SAM = 'Sam Taylor <sam.taylor@example.org>'
MS = []
def wrap(t, w=72):
    out = []
    for para in t.split('\n\n'):
        if para.startswith('>') or para.startswith('  ') or '\n-- ' in para or para.startswith('--'):
            out.append(para)
        else:
            out.append(textwrap.fill(' '.join(para.split('\n')), w))
    return '\n\n'.join(out)
def quote(who, when, text):
    return '\n\nOn %s, %s wrote:\n' % (when, who) + '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n'))
def add(slug, label, frm, subj, body=None, html=None, fmt='plain', cte=None, reply_to=None, to=SAM, cc=None,
        extra=None, lab=('', '', '', ''), cat='', notes='', hw=False, raw=None):
    MS.append(dict(slug=slug, label=label, frm=frm, subj=subj, body=body, html=html, fmt=fmt, cte=cte, reply_to=reply_to,
                   to=to, cc=cc, extra=extra or {}, lab=lab, cat=cat, notes=notes, hw=hw, raw=raw))
def build(d, date):
    body = d['body']
    if body and d['hw']: body = wrap(body)
    if d['fmt'] == 'report':
        m = d['raw']()
    elif d['fmt'] == 'plain':
        m = EmailMessage()
        kw = {'cte': d['cte']} if d['cte'] else {}
        m.set_content(body, **kw)
    elif d['fmt'] == 'html':
        m = EmailMessage()
        kw = {'cte': d['cte']} if d['cte'] else {}
        m.set_content(d['html'], subtype='html', **kw)
    else:
        m = EmailMessage()
        kw = {'cte': d['cte']} if d['cte'] else {}
        m.set_content(body, **kw)
        m.add_alternative(d['html'], subtype='html', **kw)
    dom = d['frm'].split('@')[-1].strip('>').strip()
    hdr = [('From', d['frm']), ('To', d['to'])]
    if d['cc']: hdr.append(('Cc', d['cc']))
    if d['reply_to']: hdr.append(('Reply-To', d['reply_to']))
    hdr += [('Subject', d['subj']), ('Date', format_datetime(date)), ('Message-ID', make_msgid(domain=dom))]
    for k, v in d['extra'].items(): hdr.append((k, v))
    for k, v in reversed(hdr):
        if k in m: del m[k]
        m[k] = v if k not in m else v
    # put headers in a sensible order
    items = [(k, v) for k, v in m.items()]
    for k in set(k for k, _ in items): del m[k]
    order = [h for h, _ in hdr]
    for k, v in hdr: m[k] = v
    for k, v in items:
        if k not in order: m[k] = v
    if 'MIME-Version' not in m: m['MIME-Version'] = '1.0'
    return m
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_messages_content.py'), encoding='utf-8').read())
BASE_DATE = datetime.datetime(2026, 9, 28, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=0)))
def eml(d, name):
    n = int(name[:3])
    date = BASE_DATE + datetime.timedelta(days=n, hours=(n * 7) % 9, minutes=(n * 13) % 60)
    return build(d, date).as_bytes(policy=policy.SMTP)
def labels(d):
    rt, fnm, co, ro = d['lab'] if d['label'] == 'rejection' else ('', '', '', '')
    return [d['label'], rt, fnm, co, ro, d['cat'], d['notes']]
random.seed(SEED)                 # the boundaries come from the global stream, as when first made:
random.shuffle(list(range(len(MS))))   # seeded, then advanced by the shuffle
print(write_corpus(D, MS, SEED, eml, labels))
