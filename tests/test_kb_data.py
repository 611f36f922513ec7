"""The curated people and organisations: every reference resolves, every date reads and every
Wikidata id has its form, so a typo in one of thousands of records fails here, not at run time."""
import datetime as dt
import re
from collections import Counter

import pytest

from khronika.kb.base import KB_FILES, kb_files, read_yaml
from khronika.lang.uk import load

QID = re.compile(r"^Q\d+$")
CURATED = [n for n in KB_FILES if n.startswith(("people", "organizations"))]


@pytest.fixture(scope="module")
def records():
    out = {}
    for path in kb_files():
        data = read_yaml(path) or {}
        for rec in data.get("entities") or []:
            out.setdefault(rec["id"], []).append((path.stem, data.get("type"), rec))
    return out


def _date(value):
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def test_ids_are_unique_across_files(records):
    assert [i for i, rs in records.items() if len(rs) > 1] == []


def test_roles_dates_and_references(records):
    roles = load("kb/roles")["roles"]
    bad = []
    for eid, [(stem, _, rec)] in records.items():
        for r in rec.get("roles") or []:
            if r["role"] not in roles:
                bad.append((eid, "unknown role", r["role"]))
            if r.get("of") not in records:
                bad.append((eid, "unknown of", r.get("of")))
            start = _date(r["start"]) if r.get("start") else None
            end = _date(r["end"]) if r.get("end") else None
            if start and end and start > end:
                bad.append((eid, "start after end", start, end))
        if rec.get("of") is not None and rec["of"] not in records:
            bad.append((eid, "unknown of", rec["of"]))
        head = rec.get("head")
        if head and (head["role"] not in roles or (head.get("of") and head["of"] not in records)):
            bad.append((eid, "bad head", head))
    assert bad == []


def test_wikidata_ids_have_their_form_and_name_one_entity(records):
    qids = Counter()
    for eid, [(_, _, rec)] in records.items():
        q = rec.get("wikidata")
        assert q is None or QID.match(q), (eid, q)
        if q:
            qids[q] += 1
    assert [q for q, n in qids.items() if n > 1] == []


def test_no_person_is_curated_twice_under_two_spellings(records):
    """One person, one record: two spellings of a name ("Льовочкін", "Левочкін"; "ґ" and "г")
    are aliases of one entity, else a document names the person as two entities."""
    def key(name):
        return " ".join(name.lower().replace("ьо", "е").replace("ґ", "г").replace("’", "'").split())
    owners = {}
    for eid, [(_, kind, rec)] in records.items():
        if kind != "PER":
            continue
        for name in [rec["uk"], *(rec.get("aliases") or [])]:
            if len(name.split()) > 1 and not name.split()[0].endswith("."):     # not "В. Кличко"
                owners.setdefault(key(name), set()).add(eid)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_people_have_a_gender_and_a_two_word_name(records):
    for name in CURATED:
        data = load(f"kb/{name}")
        if data["type"] != "PER":
            continue
        for rec in data["entities"]:
            assert rec.get("gender") in ("m", "f"), rec["id"]
            assert len(rec["uk"].split()) >= 1 and rec["uk"][0].isupper(), rec["id"]


def test_the_curated_files_hold_the_field():
    def count(kind):
        return sum(len(load(f"kb/{n}")["entities"]) for n in CURATED if load(f"kb/{n}")["type"] == kind)
    assert count("PER") >= 1500 and count("ORG") >= 500


def test_office_holders_on_a_date():
    from khronika.kb import get_kb
    kb = get_kb()
    day = dt.date.fromisoformat
    assert kb.holder("prime-minister", "united-kingdom", day("2022-03-01")).id == "boris-johnson"
    assert kb.holder("prime-minister", "united-kingdom", day("2023-03-01")).id == "rishi-sunak"
    assert kb.holder("minister-of-defence", "ukraine", day("2022-03-01")).id == "oleksii-reznikov"
    assert kb.holder("minister-of-defence", "ukraine", day("2020-06-01")).id == "andriy-taran"
    assert kb.holder("head", "national-bank-of-ukraine", day("2023-01-10")).id == "andriy-pyshnyi"
    assert kb.holder("prosecutor-general", "ukraine", day("2021-05-01")).id == "iryna-venediktova"
    assert kb.holder("head", "kharkiv-ova", day("2024-01-01")).id == "oleh-syniehubov"
    assert kb.holder("president", "poland", day("2022-03-01")).id == "andrzej-duda"
    assert kb.holder("chancellor", "germany", day("2020-01-01")).id == "angela-merkel"
    assert kb.holder("president", "european-council", day("2022-03-01")).id == "charles-michel"
    assert kb.holder("head", "imf", day("2022-03-01")).id == "kristalina-georgieva"


def test_a_shared_surname_is_whoever_held_office_on_the_date():
    from khronika.document import Document, parse_date
    from khronika.extract.entities import EntityRecognizer
    from khronika.extract.morph import Morphology
    from khronika.extract.segment import Segmenter
    from khronika.settings import Settings
    rules = Settings(options={"entities": {"ner": False}})
    layers = Segmenter(rules), Morphology(rules), EntityRecognizer(rules)

    def who(text, date):
        doc = Document(text=text, date=parse_date(date))
        for layer in layers:
            layer(doc)
        return [m.entity for m in doc.mentions if m.type == "PER"]

    text = "Про це заявив Джонсон після розмови."
    assert who(text, "2022-04-09") == ["boris-johnson"]
    assert who(text, "2024-04-09") == ["mike-johnson"]


def test_capitalised_armed_forces_without_a_country_are_ukraines():
    """Ukrainian texts write the home army as "Збройні Сили" (capitalised, as in the
    Constitution) with no country; another state's army keeps its own name."""
    from khronika.pipeline import analyze
    doc = analyze("Головнокомандувач Збройних Сил провів нараду. Збройні сили Росії обстріляли "
                  "Харків.", "2023-05-01")
    ents = doc.entities.values() if isinstance(doc.entities, dict) else doc.entities
    kb = {e.id for e in ents if e.type == "ORG" and e.kb}
    assert {"armed-forces-of-ukraine", "russian-armed-forces"} <= kb
