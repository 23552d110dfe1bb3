"""Helpers that write entities in Wikidata's exact JSON dump shape ("[", one entity per line ending
with ",", "]"). Used by the hand-written knowledge bases in data/kb/ (see data/kb/README.md)."""
import json
import uuid

GREG = "Q1985727"
JUL = "Q1985786"
URI = "http://www.wikidata.org/entity/"


def item_snak(prop, qid):
    return {"snaktype": "value", "property": prop,
            "datavalue": {"value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}, "type": "wikibase-entityid"},
            "datatype": "wikibase-item"}


def time_snak(prop, when, precision=None, calendar=GREG):
    """when: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a leading '-' for BCE)."""
    neg = when.startswith("-")
    parts = when.lstrip("-").split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else 0
    d = int(parts[2]) if len(parts) > 2 else 0
    if precision is None:
        precision = {1: 9, 2: 10, 3: 11}[len(parts)]
    return {"snaktype": "value", "property": prop,
            "datavalue": {"value": {"time": f"{'-' if neg else '+'}{y:04d}-{m:02d}-{d:02d}T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
                                    "precision": precision, "calendarmodel": URI + calendar}, "type": "time"},
            "datatype": "time"}


class Entity:
    def __init__(self, qid, ar, en, ar_aliases=(), en_aliases=(), ar_desc=None, en_desc=None, arwiki=None):
        self.qid = qid
        self.labels = {"ar": ar, "en": en}
        self.aliases = {"ar": list(ar_aliases), "en": list(en_aliases)}
        self.descriptions = {k: v for k, v in (("ar", ar_desc), ("en", en_desc)) if v}
        self.arwiki = arwiki
        self.claims = {}

    def _add(self, prop, snak, rank="normal", qualifiers=None, refs=1):
        seed = self.qid + prop + json.dumps(snak, sort_keys=True)
        taken = {st["id"] for st in self.claims.get(prop, [])}
        sid = f"{self.qid}${str(uuid.uuid5(uuid.NAMESPACE_URL, seed)).upper()}"
        repeat = 1
        while sid in taken:  # the same value twice (two reigns, two marriages to one person): a new id each time
            repeat += 1
            sid = f"{self.qid}${str(uuid.uuid5(uuid.NAMESPACE_URL, seed + '#' + str(repeat))).upper()}"
        st = {"mainsnak": snak, "type": "statement", "id": sid, "rank": rank}
        if qualifiers:
            st["qualifiers"] = {}
            for q in qualifiers:
                st["qualifiers"].setdefault(q["property"], []).append(q)
            st["qualifiers-order"] = list(st["qualifiers"].keys())
        st["references"] = [{"hash": uuid.uuid5(uuid.NAMESPACE_OID, sid + str(i)).hex + "0" * 8,
                             "snaks": {"P248": [item_snak("P248", "Q36578")]}, "snaks-order": ["P248"]} for i in range(refs)]
        self.claims.setdefault(prop, []).append(st)
        return self

    def item(self, prop, qid, rank="normal", qualifiers=None):
        return self._add(prop, item_snak(prop, qid), rank, qualifiers)

    def time(self, prop, when, precision=None, calendar=GREG, rank="normal", qualifiers=None):
        return self._add(prop, time_snak(prop, when, precision, calendar), rank, qualifiers)

    def json(self):
        e = {"type": "item", "id": self.qid,
             "labels": {l: {"language": l, "value": v} for l, v in self.labels.items()},
             "descriptions": {l: {"language": l, "value": v} for l, v in self.descriptions.items()},
             "aliases": {l: [{"language": l, "value": a} for a in v] for l, v in self.aliases.items() if v},
             "claims": self.claims,
             "sitelinks": {}}
        if self.arwiki:
            e["sitelinks"]["arwiki"] = {"site": "arwiki", "title": self.arwiki, "badges": []}
        return json.dumps(e, ensure_ascii=False, separators=(",", ":"))


def write_dump(path, entities):
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, e in enumerate(entities):
            f.write(e.json() + (",\n" if i < len(entities) - 1 else "\n"))
        f.write("]\n")


class KbBuilder:
    """The entities of one generated KB, in the order they are written, with local ids counted up from `first`
    (`first` + 1, + 2, …; our own items sit above Q90000000)."""

    def __init__(self, first):
        self.entities = []
        self._next = first

    def local(self):
        self._next += 1
        return f"Q{self._next}"

    def ent(self, qid, ar, en, ar_aliases=(), en_aliases=(), cls=None, sex=None):
        """An item with Arabic and English labels; `cls` adds P31, `sex` adds P31 human and P21; no qid → a local id."""
        e = Entity(qid or self.local(), ar, en, ar_aliases, en_aliases)
        if cls:
            e.item("P31", cls)
        if sex:
            e.item("P31", "Q5").item("P21", sex)
        self.entities.append(e)
        return e

    # ---- shortcuts the hand-written KBs share (import these instead of writing your own)

    @staticmethod
    def calendar_of(when):
        """Julian calendar model before 1582 (as historians write such dates), Gregorian from 1582 on."""
        return JUL if int(when.lstrip("-").split("-")[0]) < 1582 else GREG

    def date(self, e, prop, when, rank="normal", reason=None):
        """A time statement on `e` whose calendar model follows the year; `reason` (an item id) adds P2241
        ("reason for deprecated rank")."""
        qs = [item_snak("P2241", reason)] if reason else None
        return e.time(prop, when, None, self.calendar_of(when), rank, qs)

    def link(self, e, prop, target, start=None, end=None, at=None, rank="normal"):
        """An item statement on `e` with optional P580 start, P582 end and P585 point-in-time qualifiers."""
        qs = [time_snak(p, w, None, self.calendar_of(w)) for p, w in (("P580", start), ("P582", end), ("P585", at)) if w]
        return e.item(prop, target.qid if isinstance(target, Entity) else target, rank, qs or None)

    def person(self, ar, en, sex, ar_aliases=(), en_aliases=(), born=None, died=None, birthplace=None, deathplace=None):
        """A human with birth/death dates and places when given."""
        e = self.ent(None, ar, en, ar_aliases, en_aliases, sex=sex)
        for prop, when in (("P569", born), ("P570", died)):
            if when:
                self.date(e, prop, when)
        for prop, where in (("P19", birthplace), ("P20", deathplace)):
            if where:
                self.link(e, prop, where)
        return e

    def place(self, ar, en, cls, ar_aliases=(), en_aliases=(), inside=None, country=None):
        """A place of class `cls`, inside another place (P131) and a country (P17) when given."""
        e = self.ent(None, ar, en, ar_aliases, en_aliases, cls=cls)
        if inside:
            self.link(e, "P131", inside)
        if country:
            self.link(e, "P17", country)
        return e

    def org(self, ar, en, cls, ar_aliases=(), en_aliases=(), founded=None, dissolved=None, located=None):
        """An organization or state with P571/P576 years and a location when given."""
        e = self.ent(None, ar, en, ar_aliases, en_aliases, cls=cls)
        if founded:
            self.date(e, "P571", founded)
        if dissolved:
            self.date(e, "P576", dissolved)
        if located:
            self.link(e, "P131", located)
        return e

    def parents(self, child, father=None, mother=None):
        """P22/P25 on the child and P40 on each parent."""
        for prop, parent in (("P22", father), ("P25", mother)):
            if parent:
                self.link(child, prop, parent)
                self.link(parent, "P40", child)

    def siblings(self, *people):
        """P3373 between every pair."""
        for a in people:
            for b in people:
                if a is not b:
                    self.link(a, "P3373", b)

    def married(self, a, b, start=None, end=None):
        """P26 both ways with the same start/end."""
        self.link(a, "P26", b, start, end)
        self.link(b, "P26", a, start, end)

    def write(self, path):
        write_dump(path, self.entities)
