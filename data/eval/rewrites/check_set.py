#!/usr/bin/env python3
"""Validate the caption-rewrite set (rewrites.jsonl + optout.csv).

Plain Python 3, no dependencies.

    python3 check_set.py                 # validate; exit 1 on any error
    python3 check_set.py --stats         # also print counts per language and kind
    python3 check_set.py --score PRED    # score a tool's suggestions (see GUIDE.md)

PRED is a JSONL file with one object per caption: {"id": "...", "rewrite": "..."}
("rewrite": null or "" means the tool suggests dropping the post).
"""
import csv
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
# Another set of the same format: --set FILE --optout FILE
SET = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else os.path.join(HERE, "rewrites.jsonl")
OPTOUT = sys.argv[sys.argv.index("--optout") + 1] if "--optout" in sys.argv else os.path.join(HERE, "optout.csv")

LANGS = {"de": "de", "en": "en", "mixed": "mx"}
KINDS = {
    "subject", "object", "prepositional", "apposition", "list", "vocative",
    "genitive", "title", "pronoun", "handle_name", "hashtag", "line_start",
    "multiple", "short_de", "role",
}
# Handle pieces that are not names (kept out of the name-part list).
HANDLE_STOP = {"photo", "photos", "films", "film", "studio", "official"}

# ---------------------------------------------------------------- folding
_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def _strip_marks(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def folds(s):
    """Two lower-case foldings: umlaut as 'ue' and umlaut as 'u'."""
    s = unicodedata.normalize("NFC", s).lower().replace("’", "'")
    a = _strip_marks("".join(_TRANSLIT.get(c, c) for c in s))
    b = _strip_marks(s)
    return {a, b}


def alnum(s):
    return re.sub(r"[^0-9a-z]", "", s)


# ---------------------------------------------------------------- opt-out list
def load_optout(path):
    people = {}
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        pid = r["id"].strip()
        if pid in people:
            raise SystemExit(f"optout.csv: duplicate id {pid}")
        if r.get("gender", "") not in ("f", "m", ""):
            raise SystemExit(f"optout.csv: {pid}: gender must be f, m or empty")
        handles = [h.strip() for h in (r.get("handles") or "").split(";") if h.strip()]
        for h in handles:
            if not re.fullmatch(r"@[A-Za-z0-9._]+", h):
                raise SystemExit(f"optout.csv: {pid}: bad handle {h!r}")
        parts = set()
        for tok in r["name"].split():
            for fo in folds(tok):
                parts.add(fo)
        # Nickname-like pieces of handles ("kasia" in @kasia.nowak, "tomek" in @tomek.z).
        for h in handles:
            for piece in re.split(r"[._]", h[1:]):
                for fo in folds(piece):
                    if len(fo) >= 4 and fo not in HANDLE_STOP:
                        parts.add(fo)
        people[pid] = {
            "name": r["name"].strip(),
            "handles": [h.lower() for h in handles],
            "parts": parts,
            "gender": r.get("gender", ""),
        }
    return people


# ---------------------------------------------------------------- matching
def word_hits(text, parts):
    """Name parts occurring as whole words (allowing genitive s / 's / ')."""
    found = set()
    for t in folds(text):
        for p in parts:
            if re.search(r"(?<![0-9a-z])" + re.escape(p) + r"(?:s|'s|')?(?![0-9a-z])", t):
                found.add(p)
    return found


def hashtags(text):
    return re.findall(r"#[^\s#.,!?;:()\"“”„]+", text)


def hashtag_names_person(tag, parts):
    body = set()
    for fo in folds(tag[1:]):
        body.add(alnum(fo))
    for b in body:
        for p in parts:
            p = alnum(p)
            if not p:
                continue
            if len(p) >= 4:
                if p in b:
                    return True
            elif re.search(r"(^|team|und|and|_|\d)" + p + r"(und|and|_|\d|$|s$)", b):
                return True
    return False


def handle_hits(text, handles):
    low = text.lower()
    return [h for h in handles if h[1:] in low]


EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")


def emoji_set(s):
    return set(EMOJI_RE.findall(s))


def form_errors(r):
    errs = []
    if re.search(r"[:,&–]\s*$", r):
        errs.append("ends with a dangling separator")
    if r != r.strip():
        errs.append("leading/trailing white space")
    for ln in r.split("\n"):
        if ln != ln.strip():
            errs.append(f"line with leading/trailing space: {ln!r}")
        if not ln.strip():
            errs.append("empty line")
        if "  " in ln:
            errs.append(f"double space: {ln!r}")
        if re.search(r"\s[,.!?;:)]", ln):
            errs.append(f"space before punctuation: {ln!r}")
        if re.search(r"\(\s*\)|,\s*,|,\s*[.!?]|[(]\s*[,.]|^[,;:&–-]|\s[&–]\s*$", ln):
            errs.append(f"dangling punctuation: {ln!r}")
        first = re.search(r"[^\W\d_]", ln)
        if first and first.start() == 0 and ln[0].islower():
            errs.append(f"line starts lower-case: {ln!r}")
        if re.search(r"(\b(und|and)|&)\s*[.!?,:]", ln):
            errs.append(f"dangling function word: {ln!r}")
    return errs


# ---------------------------------------------------------------- validation
def validate(items, people):
    errors = []
    ids = Counter(it.get("id") for it in items)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"{i}: duplicate id")
    all_parts = {pid: p["parts"] for pid, p in people.items()}

    for it in items:
        iid = it.get("id", "?")
        E = lambda m: errors.append(f"{iid}: {m}")
        for key in ("id", "lang", "text", "redact", "keep", "rewrites", "nothing_left", "kinds"):
            if key not in it:
                E(f"missing field {key}")
        if any(k not in it for k in ("text", "redact", "keep", "rewrites", "kinds")):
            continue
        text = it["text"]
        lang = it.get("lang")
        if lang not in LANGS:
            E(f"bad lang {lang!r}")
        elif not iid.startswith(LANGS[lang] + "-"):
            E(f"id prefix does not match lang {lang}")
        kinds = it["kinds"]
        for k in kinds:
            if k not in KINDS:
                E(f"unknown kind {k!r}")
        if len(set(kinds)) != len(kinds):
            E("repeated kind")
        if not it["redact"]:
            E("redact is empty")
        if len(set(it["redact"])) != len(it["redact"]):
            E("repeated redact id")
        if ("multiple" in kinds) != (len(it["redact"]) >= 2):
            E("'multiple' kind must be set exactly when two or more people are redacted")
        if "short_de" in kinds and lang != "de":
            E("short_de on a non-German caption")
        if "hashtag" in kinds and not any(
                hashtag_names_person(h, all_parts[p]) for h in hashtags(text)
                for p in it["redact"] if p in all_parts):
            E("kind 'hashtag' but no hashtag names a redacted person")

        # redact ids exist and are named in the text
        for pid in it["redact"]:
            if pid not in people:
                E(f"redact id {pid} not in optout.csv")
                continue
            p = people[pid]
            if not (word_hits(text, p["parts"]) or handle_hits(text, p["handles"])
                    or any(hashtag_names_person(h, p["parts"]) for h in hashtags(text))):
                E(f"{pid} ({p['name']}) is not named in the text")
        if "handle_name" in kinds and not any(
                handle_hits(text, people[p]["handles"]) for p in it["redact"] if p in people):
            E("kind 'handle_name' but no handle of a redacted person in the text")

        # every listed person named in the text is in redact ("Lena" inside a
        # redacted "Anna-Lena" does not count)
        masked = text
        for pid in it["redact"]:
            if pid in people:
                for tok in people[pid]["name"].split():
                    if "-" in tok:
                        masked = re.sub(re.escape(tok), " ", masked, flags=re.I)
        for pid, p in people.items():
            if pid in it["redact"]:
                continue
            if word_hits(masked, p["parts"]) or handle_hits(masked, p["handles"]):
                E(f"text names {pid} ({p['name']}) but it is not in redact")

        # keep names: present in text, not listed people
        for k in it["keep"]:
            if k not in text:
                E(f"keep name {k!r} not in text")
            for pid, p in people.items():
                if word_hits(k, p["parts"]):
                    E(f"keep name {k!r} shares a name part with {pid}")

        rws = it["rewrites"]
        if it["nothing_left"] is True:
            if rws:
                E("nothing_left is true but rewrites are given")
            continue
        if it["nothing_left"] is not False:
            E("nothing_left must be true or false")
        if not (1 <= len(rws) <= 3):
            E(f"{len(rws)} rewrites (want 1-3)")
        if len(set(rws)) != len(rws):
            E("duplicate rewrites")

        keep_tags = [h for h in hashtags(text)
                     if not any(hashtag_names_person(h, people[p]["parts"]) for p in it["redact"] if p in people)]
        text_emoji = emoji_set(text)
        for n, r in enumerate(rws, 1):
            R = lambda m: E(f"rewrite {n}: {m}")
            if r == text:
                R("identical to the text")
            for pid in it["redact"]:
                if pid not in people:
                    continue
                p = people[pid]
                hits = word_hits(r, p["parts"])
                if hits:
                    R(f"still names {pid}: {sorted(hits)}")
                hh = handle_hits(r, p["handles"])
                if hh:
                    R(f"still has handle of {pid}: {hh}")
                for h in hashtags(r):
                    if hashtag_names_person(h, p["parts"]):
                        R(f"hashtag {h} names {pid}")
            for pid, p in people.items():   # no other listed person sneaks in
                if pid not in it["redact"] and (word_hits(r, p["parts"]) or handle_hits(r, p["handles"])):
                    R(f"names listed person {pid} who is not in the text")
            for k in it["keep"]:
                if k not in r:
                    R(f"keep name {k!r} missing")
            for h in keep_tags:
                if h not in r:
                    R(f"unrelated hashtag {h} dropped")
            missing = text_emoji - emoji_set(r)
            if missing:
                R(f"emoji dropped: {''.join(sorted(missing))}")
            extra = emoji_set(r) - text_emoji
            if extra:
                R(f"emoji added: {''.join(sorted(extra))}")
            for fe in form_errors(r):
                R(fe)
            # initials of a redacted person ("Lena V.", "L. V.")
            for pid in it["redact"]:
                if pid in people:
                    toks = people[pid]["name"].split()
                    for t in toks:
                        if re.search(r"(?<![\w])" + re.escape(t[0]) + r"\.(?=\s|$)", r) and \
                                re.search(r"(?<![\w])" + re.escape(t[0]) + r"\.(?=\s|$)", text):
                            R(f"initial {t[0]}. of {pid} left in")
    return errors


# ---------------------------------------------------------------- scoring
def normalise(s):
    s = unicodedata.normalize("NFC", s or "")
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in s.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def score(items, pred_path):
    preds = {}
    with open(pred_path, encoding="utf-8") as f:
        for ln in f:
            if ln.strip():
                o = json.loads(ln)
                preds[o["id"]] = o.get("rewrite")
    c = Counter()
    per_kind = {}
    for it in items:
        iid = it["id"]
        got = preds.get(iid, "<missing>")
        if got == "<missing>":
            res = "missing"
        elif it["nothing_left"]:
            res = "exact" if not (got or "").strip() else "wrong"
        elif not (got or "").strip():
            res = "wrong"
        elif got in it["rewrites"]:
            res = "exact"
        elif normalise(got) in {normalise(r) for r in it["rewrites"]}:
            res = "normalised"
        else:
            res = "wrong"
        c[res] += 1
        for k in ["lang:" + it["lang"]] + it["kinds"]:
            per_kind.setdefault(k, Counter())[res] += 1
    n = len(items)
    ok = c["exact"] + c["normalised"]
    print(f"captions {n}: exact {c['exact']}, after white-space normalising {c['normalised']}, "
          f"no match {c['wrong']}, missing {c['missing']}")
    print(f"accepted {ok}/{n} = {ok / n:.1%} (a lower bound: other wordings may be fine)")
    for k in sorted(per_kind):
        kc = per_kind[k]
        t = sum(kc.values())
        print(f"  {k:14s} {kc['exact'] + kc['normalised']:3d}/{t}")


def stats(items):
    lc = Counter(it["lang"] for it in items)
    kc = Counter(k for it in items for k in it["kinds"])
    print("per language:", dict(lc), "total", len(items))
    print("nothing_left:", sum(1 for it in items if it["nothing_left"]))
    print("rewrites:", sum(len(it["rewrites"]) for it in items))
    print("per kind:")
    for k in sorted(KINDS):
        print(f"  {k:14s} {kc[k]}")


def main(argv):
    people = load_optout(OPTOUT)
    items = []
    with open(SET, encoding="utf-8") as f:
        for n, ln in enumerate(f, 1):
            if not ln.strip():
                continue
            try:
                items.append(json.loads(ln))
            except json.JSONDecodeError as e:
                print(f"rewrites.jsonl line {n}: {e}")
                return 1
    errors = validate(items, people)
    low = [k for k in KINDS if sum(k in it["kinds"] for it in items) < 10]
    for k in sorted(low):
        errors.append(f"kind {k!r} has fewer than 10 captions")
    for e in errors:
        print("ERROR", e)
    if "--stats" in argv:
        stats(items)
    if "--score" in argv:
        score(items, argv[argv.index("--score") + 1])
    print(f"{len(items)} captions, {len(people)} people on the opt-out list: "
          + ("OK" if not errors else f"{len(errors)} errors"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
