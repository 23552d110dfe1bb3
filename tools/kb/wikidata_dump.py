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
        sid = f"{self.qid}${str(uuid.uuid5(uuid.NAMESPACE_URL, self.qid + prop + json.dumps(snak, sort_keys=True))).upper()}"
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
