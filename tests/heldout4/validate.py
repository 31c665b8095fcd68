import csv, email, html, re, sys, os
from email import policy
from email.utils import getaddresses
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(D + '/labels.csv', encoding='utf-8')))
files = sorted('messages/' + f for f in os.listdir(D + '/messages'))
assert sorted(r['file'] for r in rows) == files, 'row/file mismatch'
assert open(D + '/labels.csv').readline().strip() == 'file,label,reply_to,contact_first_name,company,role,category,notes'
bad = 0
from collections import Counter
cats = Counter()
def texts(m):
    out = []
    for p in m.walk():
        if p.get_content_maintype() == 'text':
            s = p.get_content()
            if p.get_content_subtype() == 'html':
                s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
            out.append(s)
        elif p.get_content_type() == 'message/rfc822':
            pass
    return '\n'.join(out)
for r in rows:
    raw = open(D + '/' + r['file'], 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    probs = []
    for h in ['Message-ID', 'Date', 'From', 'To', 'Subject', 'MIME-Version']:
        if m[h] is None: probs.append('missing ' + h)
    if m.defects: probs.append('defects %r' % m.defects)
    for p in m.walk():
        if p.defects: probs.append('part defects %r' % p.defects)
    try:
        b = m.get_body(('plain', 'html'))
        assert b is not None
        b.get_content()
    except Exception as e:
        probs.append('body %r' % e)
    hdrtext = ' '.join(str(m[h] or '') for h in ['From', 'Reply-To', 'To', 'Subject', 'CC'])
    full = (hdrtext + '\n' + texts(m))
    norm = lambda s: re.sub(r'\s+', ' ', s).lower()
    nf = norm(full)
    for k in ['reply_to', 'contact_first_name', 'company', 'role']:
        v = r[k]
        if v and norm(v) not in nf:
            probs.append('%s %r not found' % (k, v))
    if r['label'] == 'rejection' and r['reply_to']:
        rt = [a for _, a in getaddresses([str(m['Reply-To'] or '')])]
        fr = [a for _, a in getaddresses([str(m['From'])])]
        src = 'reply-to' if r['reply_to'] in rt else 'from' if (r['reply_to'] in fr and not rt) else 'body' if r['reply_to'] in texts(m) else '??'
        if src == '??' or (src == 'from' and rt): probs.append('reply_to provenance ' + src)
    if r['label'] not in ('rejection', 'other'): probs.append('label')
    cats[(r['label'], r['category'])] += 1
    if probs:
        bad += 1; print(r['file'], probs)
for k, v in sorted(cats.items()): print(k, v)
print('files', len(rows), 'bad', bad)
