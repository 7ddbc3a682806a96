#!/usr/bin/env python3
"""bench/eval.py - score dipgraph's extractor against PLOVER gold records.

Each gold record's sentence is extracted as a one-sentence document with
`dipgraph extract -n` and the N-Quads output is compared with the record,
following the scoring rules of ../shared/eval/README.md.  The gold data is
read at run time only; nothing of it is stored in the repository.

Rows: events (a sentence is found when an event of the gold type exists;
precision over all non-statement events), actors (issue #3's measure: recall
is how many gold source/target actors some actor of the sentence matches by
code and sector; precision is how many of the actors dipgraph gives a part in
an event match a gold actor by code and sector), arguments (gold source/target
slots filled by the agents/targets of type-matched events), entities (gold
actor codes found among all actors of the sentence; precision counts every
actor, bystanders such as a news agency included), evt-actors (the actors
dipgraph puts into events - agents, targets, participants - against the
sentence's gold codes: precision is how many of them are gold actors,
recall how many gold actors some event carries), roles (sector agreement).
"""
import argparse, json, os, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

DIP = "https://w3id.org/dipgraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# gold label -> accepted CAMEO roots (README scoring map); AGREE also takes 057
ROOTS = {"AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"},
         "AID": {"07"}, "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"},
         "DEMAND": {"10"}, "DISAPPROVE": {"11"}, "REJECT": {"12"}, "THREATEN": {"13"},
         "PROTEST": {"14"}, "MOBILIZE": {"15"}, "SANCTION": {"16"}, "COERCE": {"17"},
         "ASSAULT": {"18", "20"}, "FIGHT": {"19"}}
CODE_FIX = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM"}
ORG_CODES = {"IGO", "NGO", "IMG", "ISM"}

# --- minimal N-Quads parser --------------------------------------------------
TERM = re.compile(r'\s*(?:<([^>]*)>|(_:\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?)')
ESC = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
SIMPLE = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}

def unescape(s):
    def rep(m):
        if m.group(1) or m.group(2):
            return chr(int(m.group(1) or m.group(2), 16))
        return SIMPLE.get(m.group(3), m.group(3))
    return ESC.sub(rep, s)

def parse_nquads(text):
    """Yield (s, p, o, g) tuples; IRIs/bnodes as str, literals as (value, lang, datatype)."""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms, pos = [], 0
        while True:
            m = TERM.match(line, pos)
            if not m:
                break
            pos = m.end()
            if m.group(1) is not None:
                terms.append(unescape(m.group(1)))
            elif m.group(2) is not None:
                terms.append(m.group(2))
            else:
                terms.append((unescape(m.group(3)), m.group(4), m.group(5)))
        if len(terms) not in (3, 4) or not line[pos:].strip().startswith("."):
            raise ValueError("bad N-Quads line: " + line[:120])
        yield tuple(terms) if len(terms) == 4 else tuple(terms) + (None,)

# --- graph view ---------------------------------------------------------------
class Graph:
    def __init__(self, quads):
        self.po = {}
        for s, p, o, _ in quads:
            self.po.setdefault(s, {}).setdefault(p, []).append(o)

    def objs(self, s, p):
        return self.po.get(s, {}).get(p, [])

    def lits(self, s, p):
        return [o[0] for o in self.objs(s, p) if isinstance(o, tuple)]

    def typed(self, cls):
        return [s for s, ps in self.po.items() if DIP + cls in ps.get(RDF_TYPE, [])]

    def codes(self, actor):
        """Gold-comparable codes of an actor: ISO codes (own or via affiliation), ORG."""
        out = set(self.lits(actor, DIP + "countryCode"))
        orgs = self.typed("Organization")
        for aff in self.objs(actor, DIP + "affiliation"):
            out.update(self.lits(aff, DIP + "countryCode"))
            if aff in orgs:          # "the actor (or its dip:affiliation)"
                out.add("ORG")
        if actor in orgs or set(self.lits(actor, DIP + "sector")) & ORG_CODES:
            out.add("ORG")
        return out

def gold_actors(v):
    return [a for a in v if isinstance(a, dict) and a.get("code")] if isinstance(v, list) else []

def norm_code(c):
    c = CODE_FIX.get(c.upper(), c.upper())
    return "ORG" if c in ORG_CODES else c

def sector_ok(g, gact, actor):
    gs = (gact.get("sector") or "").upper()
    es = set(x.upper() for x in g.lits(actor, DIP + "sector")) - ORG_CODES
    if not gs or not es:
        return True
    chunks = {gs[i:i + 3] for i in range(0, len(gs), 3)}
    return bool(es & chunks)

def actor_match(g, gact, actor, use_sector=True):
    return norm_code(gact["code"]) in g.codes(actor) and (not use_sector or sector_ok(g, gact, actor))

def run_one(dipgraph, rec, tmpdir):
    path = os.path.join(tmpdir, re.sub(r"[^A-Za-z0-9_.-]", "_", rec["id"]) + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(rec["text"].strip() + "\n")
    p = subprocess.run([dipgraph, "extract", "-q", "-n", "--date", "2000-01-01",
                        "--id", "eval:" + rec["id"], path], capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    return Graph(parse_nquads(p.stdout)), None

def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, f"{tp_p}/{n_p}", f"{tp_r}/{n_r}"

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dipgraph", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--verbose", "-v", action="store_true", help="list per-record misses")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()

    with open(args.gold, encoding="utf-8") as f:
        recs = [r for r in json.load(f) if r.get("event") in ROOTS and r.get("text")]
    with tempfile.TemporaryDirectory(prefix="dipgraph-eval.") as tmp, \
            ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda r: run_one(args.dipgraph, r, tmp), recs))

    c = dict.fromkeys(["ev_tp_p", "ev_n_p", "ev_tp_r", "arg_tp_p", "arg_n_p", "arg_tp_r", "arg_n_r",
                       "ent_tp_p", "ent_n_p", "ent_tp_r", "ent_n_r", "role_ok", "role_n",
                       "act_tp_p", "act_n_p", "act_tp_r", "iss_tp_p", "iss_n_p", "iss_tp_r", "iss_n_r",
                       "full", "failed"], 0)
    misses = []
    confusion = {}
    for rec, (g, err) in zip(recs, results):
        if g is None:
            c["failed"] += 1
            misses.append(f"{rec['id']}: extract failed: {err}")
            continue
        roots = ROOTS[rec["event"]]
        srcs, tgts = gold_actors(rec.get("source")), gold_actors(rec.get("target"))
        # PLOVER has no type for CAMEO 01 (public statements): they are
        # counted apart, neither right nor spurious
        all_events = g.typed("Event")
        events = [e for e in all_events
                  if not all(code.startswith("01") for code in g.lits(e, DIP + "cameoCode"))]
        c["statements"] = c.get("statements", 0) + len(all_events) - len(events)
        for e in events:
            for code in g.lits(e, DIP + "cameoCode"):
                confusion.setdefault(rec["event"], {}).setdefault(code[:2], 0)
                confusion[rec["event"]][code[:2]] += 1
        if not events:
            confusion.setdefault(rec["event"], {}).setdefault("--", 0)
            confusion[rec["event"]]["--"] += 1
        def ok_type(e):
            return any(code[:2] in roots or (rec["event"] == "AGREE" and code == "057")
                       for code in g.lits(e, DIP + "cameoCode"))
        matched = [e for e in events if ok_type(e)]
        c["ev_n_p"] += len(events)
        c["ev_tp_p"] += len(matched)
        c["ev_tp_r"] += bool(matched)

        # arguments: gold source/target slots vs agents/targets of type-matched events
        def slots(e):
            part = g.objs(e, DIP + "participant")
            ag = g.objs(e, DIP + "agent") + (part if rec["event"] == "CONSULT" else [])
            return ag, g.objs(e, DIP + "target") + part
        best, best_full = 0, False
        for e in matched:
            ag, tg = slots(e)
            hit = sum(any(actor_match(g, a, x) for x in ag) for a in srcs) + \
                  sum(any(actor_match(g, a, x) for x in tg) for a in tgts)
            best, best_full = max(best, hit), best_full or hit == len(srcs) + len(tgts)
        c["arg_tp_r"] += best
        c["arg_n_r"] += len(srcs) + len(tgts)
        c["full"] += best_full
        for e in events:
            for role, gold in (("agent", srcs), ("target", tgts)):
                for x in g.objs(e, DIP + role):
                    c["arg_n_p"] += 1
                    c["arg_tp_p"] += e in matched and any(actor_match(g, a, x) for a in gold)
        # entities: gold codes of the sentence vs codes of all extracted actors
        gcodes = {norm_code(a["code"]) for a in srcs + tgts}
        actors = g.typed("Actor")
        found = set().union(*[g.codes(a) for a in actors]) if actors else set()
        c["ent_n_r"] += len(gcodes)
        c["ent_tp_r"] += len(gcodes & found)
        c["ent_n_p"] += len(actors)
        c["ent_tp_p"] += sum(bool(g.codes(a) & gcodes) for a in actors)
        # event actors: the actors dipgraph puts into events (agents,
        # targets, participants of non-statement events) vs the gold codes
        slot = {x for e in events for x in g.objs(e, DIP + "agent") + g.objs(e, DIP + "target")
                + g.objs(e, DIP + "participant")}
        slot_codes = set().union(*[g.codes(x) for x in slot]) if slot else set()
        c["act_n_p"] += len(slot)
        c["act_tp_p"] += sum(bool(g.codes(x) & gcodes) for x in slot)
        c["act_tp_r"] += len(gcodes & slot_codes)
        # actors (issue #3): every gold source/target actor found among the
        # sentence's actors with its code and sector; precision over the
        # actors dipgraph gives a part in an event
        c["iss_n_r"] += len(srcs + tgts)
        c["iss_tp_r"] += sum(any(actor_match(g, a, x) for x in actors) for a in srcs + tgts)
        c["iss_n_p"] += len(slot)
        c["iss_tp_p"] += sum(any(actor_match(g, a, x) for a in srcs + tgts) for x in slot)
        # roles: sector agreement for code-matched actors where both give a sector
        for a in srcs + tgts:
            if a.get("sector"):
                for x in actors:
                    if actor_match(g, a, x, use_sector=False) and \
                            set(g.lits(x, DIP + "sector")) - ORG_CODES:
                        c["role_n"] += 1
                        c["role_ok"] += sector_ok(g, a, x)
                        break
        if not matched or not best_full:
            def show(x):
                lab = (g.lits(x, "http://www.w3.org/2000/01/rdf-schema#label") or [x.rsplit("/", 1)[-1]])[0]
                return f"{lab}[{','.join(sorted(g.codes(x))) or '-'}]"
            ext = "; ".join(f"{'/'.join(g.lits(e, DIP + 'cameoCode'))} "
                            f"A={'+'.join(show(x) for x in g.objs(e, DIP + 'agent')) or '-'} "
                            f"T={'+'.join(show(x) for x in g.objs(e, DIP + 'target')) or '-'}"
                            for e in events) or "no events"
            gold = (f"{rec['event']} S={'+'.join(a['code'] for a in srcs) or '-'} "
                    f"T={'+'.join(a['code'] for a in tgts) or '-'}")
            why = "event" if not matched else "actors"
            misses.append(f"{rec['id']}: miss {why}: gold {gold} | got {ext}")

    n = len(recs)
    print(f"dipgraph eval: {n} gold records ({os.path.basename(args.gold)}), "
          f"{c['failed']} extraction failures")
    print(f"{'category':<12} {'precision':>9} {'recall':>7} {'F1':>6}   {'P count':>9} {'R count':>9}")
    rows = [("events", prf(c["ev_tp_p"], c["ev_n_p"], c["ev_tp_r"], n)),
            ("actors", prf(c["iss_tp_p"], c["iss_n_p"], c["iss_tp_r"], c["iss_n_r"])),
            ("arguments", prf(c["arg_tp_p"], c["arg_n_p"], c["arg_tp_r"], c["arg_n_r"])),
            ("entities", prf(c["ent_tp_p"], c["ent_n_p"], c["ent_tp_r"], c["ent_n_r"])),
            ("evt-actors", prf(c["act_tp_p"], c["act_n_p"], c["act_tp_r"], c["ent_n_r"]))]
    for name, (p, r, f1, pc, rc) in rows:
        print(f"{name:<12} {p:9.3f} {r:7.3f} {f1:6.3f}   {pc:>9} {rc:>9}")
    acc = c["role_ok"] / c["role_n"] if c["role_n"] else 0.0
    print(f"{'roles':<12} {'accuracy':>9} {acc:7.3f} {'':>6}   {'':>9} {c['role_ok']:>4}/{c['role_n']:<4}")
    print(f"{'dates':<12} {'n/a':>9}   (gold dates are placeholders)")
    print(f"event+actors right: {c['full']}/{n} = {c['full'] / n if n else 0:.3f}")
    spurious = c["ev_n_p"] - c["ev_tp_p"]
    print(f"spurious events: {spurious} = {spurious / n if n else 0:.2f} per sentence; "
          f"statements (CAMEO 01, not scored): {c.get('statements', 0)}")
    roots = sorted({r for row in confusion.values() for r in row})
    print("\nconfusion (rows: gold PLOVER type; columns: CAMEO root of extracted events, -- = none):")
    print(f"{'':<12}" + "".join(f"{r:>4}" for r in roots))
    for gold in sorted(confusion):
        print(f"{gold:<12}" + "".join(f"{confusion[gold].get(r, 0) or '.':>4}" for r in roots))
    if args.verbose:
        print("\nmisses:")
        for m in misses:
            print("  " + m)
    return 0

if __name__ == "__main__":
    sys.exit(main())
