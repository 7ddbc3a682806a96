#!/usr/bin/env python3
"""gen-events.py - N-Quads of dipgraph's shape, for the store benchmark.

Usage: gen-events.py TRIPLES [SEED] > events.nq

Documents (one named graph each) with a document node, ~8 events (three
types each, label, agent, target, two participants, place, date, CAMEO
code, Goldstein value, source, a quote for statements) and the actors they
mention (types, label, affiliation).  Deterministic for a given seed.
Actors: 200 countries, 5000 persons; dates 2015-2024.
"""
import random
import sys

DIP = "https://w3id.org/dipgraph/ontology#"
ID = "https://w3id.org/dipgraph/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
CLASSES = [("Meeting", "Consult", "04"), ("Statement", "MakeStatement", "01"),
           ("Criticism", "Disapprove", "11"), ("Visit", "Consult", "04"),
           ("Agreement", "Cooperate", "05"), ("Appeal", "Appeal", "02"),
           ("Threat", "Threaten", "13"), ("Aid", "ProvideAid", "07")]
CODES = {"04": ["040", "042", "043", "044", "046"], "01": ["010", "012", "013"],
         "11": ["110", "111", "112"], "05": ["050", "051", "057"],
         "02": ["020", "021", "022"], "13": ["130", "138"], "07": ["070", "071"]}
WORDS = ("talks progress peace trade security border climate sanctions aid "
         "frank useful constructive regret deep concern welcome agreement").split()


def d(p):
    return "<" + DIP + p + ">"


def i(p):
    return "<" + ID + p + ">"


def lit(s, dt=None):
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"%s"^^<%s%s>' % (s, XSD, dt) if dt else '"%s"' % s


def main():
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    countries = ["C%03d" % k for k in range(200)]
    persons = ["p%d" % k for k in range(5000)]
    aff = {p: rnd.choice(countries) for p in persons}
    out = sys.stdout
    n = 0
    doc = 0
    while n < target:
        doc += 1
        g = i("doc/%d" % doc)
        lines = []
        add = lambda s, p, o: lines.append("%s %s %s %s .\n" % (s, p, o, g))
        day = "%04d-%02d-%02d" % (rnd.randint(2015, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
        dn = i("doc/%d" % doc)
        add(dn, RDF_TYPE, d("Document"))
        add(dn, "<http://purl.org/dc/terms/date>", lit(day, "date"))
        actors = set()
        for ev in range(8):
            e = i("event/%d-%d" % (doc, ev))
            cls, parent, root = rnd.choice(CLASSES)
            code = rnd.choice(CODES[root])
            a = rnd.choice(persons) if rnd.random() < 0.6 else None
            agent = i("person/" + a) if a else i("country/" + rnd.choice(countries))
            tc = rnd.choice(countries)
            target_n = i("country/" + tc)
            other = i("person/" + rnd.choice(persons))
            if a:
                actors.add(("person", a))
            actors.add(("country", tc))
            for t in (cls, parent, "Event"):
                add(e, RDF_TYPE, d(t))
            add(e, LABEL, lit("%s %d-%d" % (cls, doc, ev)))
            add(e, d("agent"), agent)
            add(e, d("target"), target_n)
            add(e, d("participant"), agent)
            add(e, d("participant"), target_n)
            add(e, d("participant"), other)
            add(e, d("date"), lit(day, "date"))
            add(e, d("cameoCode"), lit(code))
            add(e, d("goldstein"), lit("%.1f" % rnd.uniform(-10, 10), "decimal"))
            add(e, d("source"), dn)
            if cls == "Statement" or rnd.random() < 0.2:
                add(e, d("quote"), lit(" ".join(rnd.choice(WORDS) for _ in range(8))))
        for kind, name in sorted(actors):
            s = i("%s/%s" % (kind, name))
            if kind == "person":
                add(s, RDF_TYPE, d("Person"))
                add(s, RDF_TYPE, d("Actor"))
                add(s, LABEL, lit("Person " + name[1:]))
                add(s, d("affiliation"), i("country/" + aff[name]))
            else:
                add(s, RDF_TYPE, d("Country"))
                add(s, RDF_TYPE, d("Actor"))
                add(s, LABEL, lit("Country " + name[1:]))
        out.writelines(lines)
        n += len(lines)


if __name__ == "__main__":
    main()
