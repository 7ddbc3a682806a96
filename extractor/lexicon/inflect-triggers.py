#!/usr/bin/env python3
"""inflect-triggers.py - add the missing inflections of triggers.tsv's verbs.

triggers.tsv lists one inflection per line, and most verbs came in the past
tense only ("imposed sanctions on"), so "will impose sanctions on",
"imposes sanctions on" and "threatening to impose" were missed.  This
maintenance tool (not run by the build) reads triggers.tsv and prints the
base, -s and -ing forms of every entry whose first word is a past-tense
verb, with the entry's code and frame, unless the table has them already.
Review the output, then append it:

    python3 extractor/lexicon/inflect-triggers.py > /tmp/new.tsv

Rules: single words get no -s/-ing forms and no base form that is also a
common noun ("attack", "call", "offer": see triggers.tsv's header); in
phrases, those bases get only the -ing form ("calling for a ceasefire").

Irregular pasts (STRONG: "withdrew troops", "broke off talks", "sent
troops") get their base, -s and -ing forms in phrases; as single words only
the few in STRONG_SINGLE.  A participle used as an adjective ("armed
clashes"), a phrase whose second word is "and" ("shot and killed") and
the passives of PASSIVE_ONLY ("was found guilty") are skipped.
"""
import re
import sys

IRREGULAR = {
    "expelled": "expel", "cancelled": "cancel", "travelled": "travel", "controlled": "control",
    "patrolled": "patrol", "compelled": "compel", "visited": "visit", "limited": "limit",
    "edited": "edit", "exited": "exit", "credited": "credit", "targeted": "target",
    "united": "unite", "invited": "invite", "incited": "incite", "ignited": "ignite",
    "recited": "recite", "cited": "cite", "quoted": "quote", "voted": "vote", "noted": "note",
    "stated": "state", "ruled": "rule", "raped": "rape", "razed": "raze", "gassed": "gas",
    "used": "use", "caved": "cave", "bowed": "bow", "vowed": "vow", "allowed": "allow",
    "played": "play", "stayed": "stay", "conveyed": "convey", "surveyed": "survey",
    "obeyed": "obey", "delayed": "delay", "hailed": "hail", "boycotted": "boycott",
    "armed": "arm", "massed": "mass", "pressed": "press", "dismissed": "dismiss",
    "stressed": "stress", "discussed": "discuss", "expressed": "express", "addressed": "address",
    "harassed": "harass", "assessed": "assess", "sped": "speed", "test-fired": "test-fire",
    "hosted": "host", "phoned": "phone", "toured": "tour", "inked": "ink", "lynched": "lynch",
    "voiced": "voice", "lodged": "lodge", "dispatched": "dispatch", "reached": "reach",
    "launched": "launch", "attacked": "attack", "torched": "torch", "ambushed": "ambush",
    "crushed": "crush", "brushed": "brush", "lashed": "lash", "slashed": "slash",
    "abolished": "abolish", "established": "establish", "demolished": "demolish",
    "finished": "finish", "published": "publish", "detained": "detain", "explained": "explain",
    "complained": "complain", "maintained": "maintain", "regained": "regain",
    "gained": "gain", "cleared": "clear", "appeared": "appear", "feared": "fear",
    "lobbied": "lobby", "tried": "try", "denied": "deny", "supplied": "supply", "rallied": "rally",
    "occupied": "occupy", "carried": "carry", "replied": "reply", "applied": "apply",
    "ratified": "ratify", "intensified": "intensify", "identified": "identify",
    "signaled": "signal", "signalled": "signal", "labelled": "label", "fuelled": "fuel",
    "opened": "open", "threatened": "threaten", "offered": "offer", "ordered": "order",
    "delivered": "deliver", "rendered": "render", "considered": "consider",
    "surrendered": "surrender", "entered": "enter", "brokered": "broker", "bolstered": "bolster",
    "lowered": "lower", "answered": "answer", "shattered": "shatter", "happened": "happen",
    "strengthened": "strengthen", "tightened": "tighten", "shortened": "shorten",
    "worsened": "worsen", "sharpened": "sharpen", "hardened": "harden", "softened": "soften",
    "summoned": "summon", "abandoned": "abandon", "pardoned": "pardon", "imprisoned": "imprison",
    "questioned": "question", "petitioned": "petition", "sanctioned": "sanction",
    "gunned": "gun", "planned": "plan", "banned": "ban", "unbanned": "unban",
    "condemned": "condemn", "concerned": "concern", "returned": "return", "warned": "warn",
    "turned": "turn", "spurned": "spurn", "mourned": "mourn", "earned": "earn",
    "scolded": "scold", "welcomed": "welcome", "recalled": "recall", "called": "call",
    "killed": "kill", "pulled": "pull", "walked": "walk", "talked": "talk",
    "remarked": "remark", "marked": "mark", "asked": "ask", "backed": "back", "blocked": "block",
    "attempted": "attempt", "demanded": "demand", "requested": "request", "expanded": "expand",
    "extended": "extend", "defended": "defend", "suspended": "suspend", "recommended": "recommend",
    "commended": "commend", "ended": "end", "rescinded": "rescind", "reprimanded": "reprimand",
    "branded": "brand", "landed": "land", "added": "add", "pleaded": "plead", "headed": "head",
    "airdropped": "airdrop", "kidnapped": "kidnap", "stopped": "stop", "dropped": "drop",
    "slapped": "slap", "stepped": "step", "stripped": "strip", "shipped": "ship", "stabbed": "stab",
    "slammed": "slam", "admitted": "admit", "committed": "commit", "submitted": "submit",
    "regretted": "regret", "barred": "bar", "concurred": "concur", "conferred": "confer",
    "deferred": "defer", "transferred": "transfer", "referred": "refer", "occurred": "occur",
    "preferred": "prefer", "spurred": "spur", "starred": "star",
    "disapproved": "disapprove", "approved": "approve", "improved": "improve", "removed": "remove",
    "moved": "move", "proved": "prove", "received": "receive", "arrived": "arrive",
    "deprived": "deprive", "revived": "revive", "halted": "halt", "insulted": "insult",
    "consulted": "consult", "resulted": "result", "assaulted": "assault",
    "trained": "train", "censored": "censor", "traveled": "travel", "canceled": "cancel",
    "labeled": "label", "leveled": "level", "fueled": "fuel", "prohibited": "prohibit",
    "exhibited": "exhibit", "inhibited": "inhibit", "repeated": "repeat", "retreated": "retreat",
    "defeated": "defeat", "treated": "treat", "mistreated": "mistreat",
    "telephoned": "telephone", "speeded": "speed", "budgeted": "budget", "poisoned": "poison",
    "picketed": "picket", "dissolved": "dissolve", "stoned": "stone", "exploded": "explode",
    "strafed": "strafe", "amnestied": "amnesty",
}
# irregular past -> (base, -s, -ing)
STRONG = {
    "held": ("hold", "holds", "holding"), "sent": ("send", "sends", "sending"),
    "sought": ("seek", "seeks", "seeking"), "froze": ("freeze", "freezes", "freezing"),
    "cut": ("cut", "cuts", "cutting"), "withdrew": ("withdraw", "withdraws", "withdrawing"),
    "took": ("take", "takes", "taking"), "broke": ("break", "breaks", "breaking"),
    "put": ("put", "puts", "putting"), "gave": ("give", "gives", "giving"),
    "set": ("set", "sets", "setting"), "laid": ("lay", "lays", "laying"),
    "shut": ("shut", "shuts", "shutting"), "went": ("go", "goes", "going"),
    "undertook": ("undertake", "undertakes", "undertaking"),
    "threw": ("throw", "throws", "throwing"), "blew": ("blow", "blows", "blowing"),
    "began": ("begin", "begins", "beginning"), "shot": ("shoot", "shoots", "shooting"),
    "paid": ("pay", "pays", "paying"), "came": ("come", "comes", "coming"),
    "withheld": ("withhold", "withholds", "withholding"), "struck": ("strike", "strikes", "striking"),
    "quit": ("quit", "quits", "quitting"), "made": ("make", "makes", "making"),
    "cast": ("cast", "casts", "casting"), "brought": ("bring", "brings", "bringing"),
    "forgave": ("forgive", "forgives", "forgiving"), "overran": ("overrun", "overruns", "overrunning"),
    "drove": ("drive", "drives", "driving"), "fought": ("fight", "fights", "fighting"),
    "spoke": ("speak", "speaks", "speaking"), "told": ("tell", "tells", "telling"),
    "sat": ("sit", "sits", "sitting"), "saw": ("see", "sees", "seeing"),
    "beat": ("beat", "beats", "beating"), "hit": ("hit", "hits", "hitting"),
"led": ("lead", "leads", "leading"),
    "stood": ("stand", "stands", "standing"), "flew": ("fly", "flies", "flying"),
}
# single irregular pasts whose base and -s forms are triggers too
STRONG_SINGLE = {"forgave"}
# passives, no active forms ("was found guilty", "were taken into custody")
PASSIVE_ONLY = {"found guilty", "barred from running", "banned from running",
                "taken into custody", "put under investigation", "placed under investigation",
                "placed under arrest", "put under arrest"}
# participles that head a phrase as adjectives ("armed clashes") unless a
# determiner follows ("armed the rebels")
ADJECTIVAL = {"armed"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "them", "him"}

# a word that is also a common noun in news: no single-word base or -s form
NOUNISH = set("""attack strike fire call offer demand request appeal visit release sign host
charge support protest block plan threat ban boycott raid shell bomb talk meet report claim
supply aid arrest order pledge promise vow return move deal control need rule seize face
tour phone note state quote pardon welcome back head land mark walk turn end target limit
halt recall press mass air test-fire question sanction petition remark plead step stop drop
ship slap strip play stay answer concern display exchange share cut increase
use lift award loan gun bar star ink torch ambush crush lash brush thank comment force
summon lobby free gas storm riot rape torture massacre assault blockade sentence hail veto
censure surrender retreat regret blame praise reply jail convict outlaw censor annex broker
telephone tweet pelt stress slam speed defend add clash amnesty probe picket stone""".split())

def base_of(past):
    if past in IRREGULAR:
        return IRREGULAR[past]
    if not past.endswith("ed"):
        return None
    stem = past[:-2]
    if past.endswith("eed"):
        return past[:-1]
    if stem.endswith("u"):
        return stem + "e"
    if stem.endswith("i"):
        return stem[:-1] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprtz":
        return stem[:-1]
    if re.search(r"(iz|oz|is|us|os|ov|iv|ur|nc|rc|id|ed|ir|ar|ok|uk|ng|dg|rg|rs|ps|ns|ys|as|es|ac|uc|av|ev|ib|ob|ub|um|am|cr|[aeiou]g)$", stem) \
       or re.search(r"(?<![aeiou])(ot|it|et|ut|ud|ad|or|in|[aeiou]l)$", stem) \
       or re.search(r"(?<![eo])at$", stem):
        return stem + "e"
    return stem

def third(base):
    if re.search(r"(s|sh|ch|x|z|[^aeiou]o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"

def gerund(base, past):
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    if past == base + base[-1] + "ed":
        return base + base[-1] + "ing"
    return base + "ing"

def main(path):
    rows, have = [], set()
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        have.add(f[0])
        rows.append(f)
    out = []
    for f in rows:
        words = f[0].split(" ")
        if f[0] in PASSIVE_ONLY:
            continue
        if len(words) > 1 and (words[1] == "and"
                               or (words[0] in ADJECTIVAL and words[1] not in DETERMINERS)):
            continue
        if words[0] in STRONG:
            if len(words) == 1 and words[0] not in STRONG_SINGLE:
                continue
            base, s3, ing = STRONG[words[0]]
            forms = [base, s3, ing]
        else:
            base = base_of(words[0])
            if not base or base == words[0]:
                continue
            forms = [base, third(base), gerund(base, words[0])]
        if len(words) == 1:
            forms = [] if base in NOUNISH else [w for w in forms[:2] if w != words[0]]
        elif base in NOUNISH:
            forms = [forms[2]]
        for w in forms:
            surface = " ".join([w] + words[1:])
            if surface not in have:
                have.add(surface)
                out.append("\t".join([surface] + f[1:]))
    print("# --- generated by inflect-triggers.py: base, -s and -ing forms ---")
    print("\n".join(out))

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "extractor/lexicon/triggers.tsv")
