"""Entity layer: mentions in any case, linking, partial names, local names, roles, pronouns,
demonyms and adjectives (texts written for these tests)."""
import pytest

from ner_double import FakeNer
from entity_helpers import Analysed, layer, mentions, refs, run_layers as run  # noqa: F401  (layer: a fixture)

def test_countries_cities_people_in_every_case(layer):
    text = ("Україна говорила з Туреччиною. Делегація Росії прибула до Женеви, а потім до "
            "Москви і Петербурга. Фінляндії, Казахстану та Японії це відомо. "
            "Переговори з Умєровим тривали, Умєрова чекали в Анкарі. "
            "Зеленському подзвонив Путін; з Путіним говорив Трамп.")
    got = mentions(run(layer, text, "2025-11-24"))
    assert ("Україна", "ukraine") in got
    assert ("Туреччиною", "turkey") in got
    assert ("Росії", "russia") in got
    assert ("Женеви", "geneva") in got
    assert ("Москви", "moscow") in got
    assert ("Петербурга", "saint-petersburg") in got
    assert ("Фінляндії", "finland") in got and ("Казахстану", "kazakhstan") in got
    assert ("Японії", "japan") in got
    assert ("Умєровим", "rustem-umerov") in got and ("Умєрова", "rustem-umerov") in got
    assert ("Анкарі", "ankara") in got
    assert ("Зеленському", "volodymyr-zelenskyy") in got
    assert ("Путіним", "vladimir-putin") in got and ("Трамп", "donald-trump") in got


def test_entity_fields_are_kb_names(layer):
    doc = run(layer, "Сполучені Штати та Коаліція охочих підтримали Україну.")
    usa = doc.entities["united-states"]
    assert (usa.name, usa.wikidata, usa.type, usa.kb) == ("United States", "Q30", "LOC", True)
    coalition = doc.entities["coalition-of-the-willing"]
    assert coalition.name == "Coalition of the Willing" and coalition.type == "ORG"
    assert ("Сполучені Штати", "united-states") in mentions(doc)


def test_multiword_org_is_one_mention_with_nothing_nested(layer):
    text = ("Представники Офісу Президента України, Ради Україна – НАТО і Кабінету Міністрів "
            "України зустрілися з Конгресом США та Коаліцією охочих.")
    got = mentions(run(layer, text))
    assert got == [("Офісу Президента України", "office-of-the-president-of-ukraine"),
                   ("Ради Україна – НАТО", "nato-ukraine-council"),
                   ("Кабінету Міністрів України", "cabinet-of-ministers-of-ukraine"),
                   ("Конгресом США", "us-congress"),
                   ("Коаліцією охочих", "coalition-of-the-willing")]


def test_role_and_name_are_separate_and_agree(layer):
    doc = run(layer, "Президент України Володимир Зеленський відвідав Харків.", "2025-02-01")
    assert mentions(doc) == [("України", "ukraine"), ("Володимир Зеленський", "volodymyr-zelenskyy"),
                             ("Харків", "kharkiv")]
    assert refs(doc, "role") == [("Президент України", "volodymyr-zelenskyy")]
    doc = run(layer, "Про це сказав президент Зеленський.", "2025-02-01")
    assert refs(doc, "role") == [("президент", "volodymyr-zelenskyy")]


def test_role_resolution_by_date(layer):
    text = "Президент США заявив про нові санкції."
    assert refs(run(layer, text, "2024-06-01"), "role") == [("Президент США", "joe-biden")]
    assert refs(run(layer, text, "2025-06-01"), "role") == [("Президент США", "donald-trump")]
    doc = run(layer, "Міністр оборони провів нараду.", "2024-03-01")
    assert refs(doc, "role") == [("Міністр оборони", "rustem-umerov")]
    assert "rustem-umerov" in doc.entities          # a ref's entity is always listed
    doc = run(layer, "Генсек НАТО прибув до Києва.", "2023-03-01")
    assert refs(doc, "role") == [("Генсек НАТО", "jens-stoltenberg")]


def test_role_of_from_country_or_adjective(layer):
    doc = run(layer, "Міністр закордонних справ Туреччини зустрівся з президентом Туреччини.",
              "2026-01-02")
    assert refs(doc, "role") == [("Міністр закордонних справ Туреччини", "hakan-fidan"),
                                 ("президентом Туреччини", "recep-tayyip-erdogan")]
    doc = run(layer, "Американський президент подзвонив до Києва.", "2024-06-01")
    assert ("президент", "joe-biden") in refs(doc, "role")
    doc = run(layer, "Глава держави підписав закон. Президент наголосив на єдності.", "2025-11-24")
    assert [e for _, e in refs(doc, "role")] == ["volodymyr-zelenskyy", "volodymyr-zelenskyy"]


def test_role_words_are_not_mentions(layer):
    doc = run(layer, "Президент і прем'єр-міністр обговорили бюджет.", "2025-09-01")
    assert doc.mentions == []
    assert refs(doc, "role") == [("Президент", "volodymyr-zelenskyy"),
                                 ("прем'єр-міністр", "yulia-svyrydenko")]


def test_partial_names_join_the_full_name(layer):
    text = ("Сьогодні Рустем Умєров на зустрічах у Стамбулі. Також Рустем на зв'язку з "
            "партнерами. Ердоган прийняв його.")
    doc = run(layer, text, "2026-01-02")
    assert ("Рустем", "rustem-umerov") in mentions(doc)
    assert [m.source for m in doc.mentions if m.text == "Рустем"] == ["partial"]
    # a first name with nobody named before is not linked
    doc = run(layer, "Андрій прийшов на зустріч.", "2026-01-02")
    assert all(m.entity != "andrii-sybiha" for m in doc.mentions)


def test_pronouns_follow_gender(layer):
    text = ("Юлія Свириденко зустрілася з Марком Рютте. Він подякував за підтримку. "
            "Вона наголосила на енергетиці, а йому передали лист.")
    doc = run(layer, text, "2025-10-01")
    assert refs(doc, "pronoun") == [("Він", "mark-rutte"), ("Вона", "yulia-svyrydenko"),
                                    ("йому", "mark-rutte")]
    doc = run(layer, "Росіяни атакували місто. Вони запустили дрони.", "2025-10-01")
    assert ("Вони", "russia") in refs(doc, "pronoun")


def test_demonyms_and_adjectives_are_refs_not_mentions(layer):
    text = ("Українська делегація і американська сторона домовилися. Росіяни вдарили по "
            "енергетиці, а українці відновлюють мережі після російських ударів. "
            "Європейських держав це стосується.")
    doc = run(layer, text)
    assert doc.mentions == []
    assert ("Українська", "ukraine") in refs(doc, "adjective")
    assert ("американська", "united-states") in refs(doc, "adjective")
    assert ("російських", "russia") in refs(doc, "adjective")
    assert ("Європейських", "europe") in refs(doc, "adjective")
    assert ("Росіяни", "russia") in refs(doc, "demonym")
    assert ("українці", "ukraine") in refs(doc, "demonym")
    assert {"ukraine", "united-states", "russia", "europe"} <= set(doc.entities)


def test_common_noun_abbreviations_and_sentence_initial_words(layer):
    doc = run(layer, "ППО збила дрони, НРК та БПЛА працюють. Того дня ЗСУ відбили атаку.")
    assert mentions(doc) == [("ЗСУ", "armed-forces-of-ukraine")]


def test_local_person_with_transliteration_and_partials(layer):
    text = ("Сьогодні Олена Петрук зустрілася з Тарасом Мельником у Львові. Мельник подякував "
            "їй. Олена сказала, що Мельника підтримають.")
    doc = run(layer, text, "2025-03-03")
    assert doc.entities["olena-petruk"].name == "Olena Petruk"
    assert doc.entities["olena-petruk"].name_uk == "Олена Петрук"
    assert not doc.entities["olena-petruk"].kb and doc.entities["olena-petruk"].wikidata is None
    melnyk = doc.entities["taras-melnyk"]
    assert (melnyk.name_uk, melnyk.name, melnyk.type) == ("Тарас Мельник", "Taras Melnyk", "PER")
    got = mentions(doc)
    assert ("Тарасом Мельником", "taras-melnyk") in got
    assert ("Мельник", "taras-melnyk") in got and ("Мельника", "taras-melnyk") in got
    assert ("Олена", "olena-petruk") in got
    assert ("їй", "olena-petruk") in refs(doc, "pronoun")


def test_ner_spans_become_local_entities_and_kb_wins(layer):
    text = ("Рішення ухвалила Національна енергетична компанія. Представник Укргідроенерго "
            "Сергієм Коваленком ... Зеленський теж там був.")
    ner = FakeNer([("Національна енергетична компанія", "ORG"), ("Укргідроенерго", "ORG"),
                   ("Сергієм Коваленком", "PER"), ("Зеленський", "PER"), ("Рішення", "MISC")])
    doc = run(layer, text, "2025-03-03", ner=ner)
    org = doc.entities["natsionalna-enerhetychna-kompaniia"]
    assert org.name_uk == "Національна енергетична компанія" and org.type == "ORG"
    per = doc.entities["serhii-kovalenko"]
    assert per.name_uk == "Сергій Коваленко" and per.name == "Serhii Kovalenko"
    assert ("Зеленський", "volodymyr-zelenskyy") in mentions(doc)
    assert all(m.text != "Рішення" for m in doc.mentions)


def test_ner_missing_or_failing_degrades(layer):
    class Broken:
        def predict(self, doc):
            raise RuntimeError("model not ready")
    doc = run(layer, "Україна і Польща домовилися.", ner=Broken())
    assert mentions(doc) == [("Україна", "ukraine"), ("Польща", "poland")]


def test_every_ref_entity_is_listed(layer):
    text = ("Президент наголосив на єдності. Він подякував американським партнерам. "
            "Генсек НАТО підтримав. Росіяни відступили.")
    doc = run(layer, text, "2025-11-24")
    assert doc.refs
    for r in doc.refs:
        assert r.entity in doc.entities
        assert doc.text[r.start:r.end] == r.text
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text and m.entity in doc.entities


def test_ner_organisation_swallows_nested_place(layer):
    # a body the knowledge base does not hold
    text = "Інформацію підтвердили в Міністерстві водних ресурсів України, а Київ мовчить."
    ner = FakeNer([("Міністерстві водних ресурсів України", "ORG")])
    doc = run(layer, text, "2025-03-03", ner=ner)
    got = mentions(doc)
    assert ("Міністерстві водних ресурсів України", "ministerstvo-vodnykh-resursiv-ukrainy") in got
    assert ("України", "ukraine") not in got and ("Київ", "kyiv") in got
    assert doc.entities["ministerstvo-vodnykh-resursiv-ukrainy"].name_uk == "Міністерство водних ресурсів України"


def test_heads_of_bodies_resolve_through_the_body(layer):
    text = ("Секретар РНБО провів нараду. Мер Києва Віталій Кличко повідомив про відключення. "
            "Голова Єврокомісії виступила. Глава Пентагону прибув до Рамштайну. "
            "Помічник Путіна Юрій Ушаков коментував.")
    got = refs(run(layer, text, "2025-10-01"), "role")
    assert ("Секретар РНБО", "rustem-umerov") in got
    assert ("Мер Києва", "vitali-klitschko") in got
    assert ("Голова Єврокомісії", "ursula-von-der-leyen") in got
    assert ("Глава Пентагону", "pete-hegseth") in got
    assert ("Помічник", "yuri-ushakov") in got
    got = refs(run(layer, "Керівник Офісу Президента зустрівся з послами.", "2025-01-10"), "role")
    assert got == [("Керівник Офісу Президента", "andriy-yermak")]


def test_compound_adjectives_refer_to_each_country(layer):
    doc = run(layer, "Українсько-американські переговори та франко-німецький план.")
    assert refs(doc, "adjective") == [("Українсько", "ukraine"), ("американські", "united-states"),
                                      ("франко", "france"), ("німецький", "germany")]
    assert doc.mentions == []


def test_bare_role_keeps_the_country_just_named(layer):
    text = ("Президент Туреччини прийняв делегацію з України. Президент наголосив на "
            "посередництві. Це важливо. Далі буде. Потім Президент подякував партнерам.")
    got = refs(run(layer, text, "2026-01-02"), "role")
    assert [e for _, e in got] == ["recep-tayyip-erdogan", "recep-tayyip-erdogan",
                                   "volodymyr-zelenskyy"]
    # a text that names Turkey and no other state: a bare role far from it is nobody's
    got = refs(run(layer, text.replace(" з України", ""), "2026-01-02"), "role")
    assert [e for _, e in got] == ["recep-tayyip-erdogan", "recep-tayyip-erdogan"]


def test_kb_surname_at_sentence_start_with_a_rare_homonym(layer):
    doc = run(layer, "Вчора відбулася нарада. Сибіга заявив, що Київ чекає рішень.", "2025-03-01")
    assert ("Сибіга", "andrii-sybiha") in mentions(doc)


def test_format_name_without_the_word_format_and_alliance_alias(layer):
    doc = run(layer, "Міністри країн Альянсу зібралися у форматі Рамштайн. Кошти дасть "
                     "Європейський фонд миру, а Альянс підтримав рішення.")
    got = mentions(doc)
    assert ("Рамштайн", "ukraine-defense-contact-group") in got
    assert ("Альянсу", "nato") in got and ("Альянс", "nato") in got
    assert ("Європейський фонд миру", "european-peace-facility") in got


def test_home_ministry_alias_with_foreign_country_is_that_countrys_ministry(layer):
    doc = run(layer, "Речник МЗС Франції прокоментував заяву. Пізніше МЗС повідомило про "
                     "консультації, а Міноборони Польщі підтвердило поставки.")
    got = mentions(doc)
    assert ("МЗС Франції", "mfa-of-france") in got
    assert ("МЗС", "mfa-of-ukraine") in got
    assert ("Міноборони Польщі", "ministry-of-defence-of-poland") in got
    assert "france" not in doc.entities and doc.entities["mfa-of-france"].type == "ORG"
    # France's ministry is a knowledge-base entry; Argentina's is made in the document
    assert doc.entities["mfa-of-france"].kb
    doc = run(layer, "Речник МЗС Аргентини прокоментував заяву.")
    assert ("МЗС Аргентини", "mfa-of-argentina") in mentions(doc)
    assert doc.entities["mfa-of-argentina"].name_uk == "МЗС Аргентини"


def test_another_states_adjective_before_a_body_names_that_states_body(layer):
    doc = run(layer, "Керівник грецького МЗС прибув до Одеси. МЗС повідомило про консультації.")
    got = mentions(doc)
    assert ("грецького МЗС", "mfa-of-greece") in got and ("МЗС", "mfa-of-ukraine") in got
    # Lithuania's parliament is no KB entry: not Poland's Sejm, a body of the document
    doc = run(layer, "Делегація литовського Сейму прибула до Києва. Польський Сейм ухвалив резолюцію.")
    got = dict((t, e) for t, e in mentions(doc))
    assert got.get("литовського Сейму") not in (None, "sejm")
    assert doc.entities[got["литовського Сейму"]].name_uk == "литовський Сейм"
    assert got.get("Сейм") == "sejm"


def test_feminine_first_name_agrees_with_a_nominative_surname(layer):
    doc = run(layer, "Про це повідомила речниця відомства Мар'яна Стецюра.")
    ids = [e for e in doc.mentions if e.type == "PER"]
    assert [m.text for m in ids] == ["Мар'яна Стецюра"]
    assert doc.entities[ids[0].entity].name_uk == "Мар'яна Стецюра"


def test_double_surname_nominative_from_an_oblique_form(layer):
    doc = run(layer, "Міністр зустрівся з Петром Гаврилюком-Сорокою у Києві. "
                     "Гаврилюк-Сорока подякував за підтримку.")
    per = [m for m in doc.mentions if m.type == "PER"]
    assert per and per[0].text == "Петром Гаврилюком-Сорокою"
    e = doc.entities[per[0].entity]
    assert e.name_uk == "Петро Гаврилюк-Сорока" and e.id == "petro-havryliuk-soroka"
    assert [m.entity for m in per[1:]] == [e.id]


_ents = Analysed("2024-05-01").by_id


def test_village_resolved_by_the_raion_named_nearby():
    ents = _ents("Окупанти обстріляли Андріївку Бахмутського району.")
    raion = next(e for e in ents.values() if e["name_uk"] == "Бахмутський район")
    village = next(e for e in ents.values() if e["name_uk"] == "Андріївка")
    assert village["kb"] and village["katottg"][:7] == raion["katottg"][:7]


def test_village_namesakes_without_context_stay_ambiguous():
    ents = _ents("Ворог обстріляв Андріївку.")
    village = [e for e in ents.values() if e["name_uk"] == "Андріївка"]
    assert village and not village[0]["kb"] and "katottg" not in village[0]


def test_common_word_settlement_names_need_a_place_context():
    ents = _ents("Шлях до Перемоги довгий, а Щастя в кожному домі.")
    assert not any(e.get("katottg") for e in ents.values())
    ents = _ents("Бої точаться біля Гостомеля та в селі Перемога Харківської області.")
    assert ents["hostomel"]["kb"] and ents["hostomel"]["katottg"]
    assert any(e["name_uk"] == "Перемога" and e["type"] == "LOC" for e in ents.values())


def test_surname_alone_resolves_by_the_document_date():
    from khronika.kb import get_kb
    kb = get_kb()
    johnsons = [e for e in kb.lookup("Джонсон") if e.type == "PER"]
    if len(johnsons) < 2:
        pytest.skip("one Johnson in the knowledge base")
    when = {}
    for year in ("2022-03-01", "2024-06-01"):
        ents = _ents("Джонсон заявив про підтримку України.", year)
        when[year] = [e["id"] for e in ents.values() if e["type"] == "PER"]
    active = {year: {e.id for e in johnsons if any(r.active(__import__("datetime").date.fromisoformat(year))
                                                 for r in e.roles)} for year in when}
    for year, ids in when.items():
        if len(active[year]) == 1:
            assert ids == list(active[year])
    assert when["2022-03-01"] != when["2024-06-01"]


def test_surname_alone_of_someone_not_yet_in_office_is_not_linked():
    from khronika.kb import get_kb
    kb = get_kb()
    e = kb.entity("mike-johnson")
    if e is None or [x for x in kb.lookup("Джонсон") if x.type == "PER" and x.id != e.id]:
        pytest.skip("needs Mike Johnson as the only Johnson")
    ents = _ents("Джонсон заявив про підтримку України.", "2015-01-01")
    assert "mike-johnson" not in ents


def test_local_names_get_a_nominative_never_a_cut_stem():
    from khronika.extract.entities.nominative import guess_person_nominative as nom
    assert nom("бородянку", "masc", None) == "бородянка"
    assert nom("кравчинською", "femn", True) == "кравчинська"
    assert nom("сибігою", "masc", None) == "сибіга"
    assert nom("шольцом", "masc", None) == "шольц"
    a = _ents("Я говорив із Жаном-Люком Бертраном, і Бертран погодився.")
    b = _ents("Учора до Києва прибув Жан-Люк Бертран.")
    pa = [e for e in a.values() if e["type"] == "PER"]
    pb = [e for e in b.values() if e["type"] == "PER"]
    assert len(pa) == 1 and len(pa[0]["mentions"]) == 2
    assert pa[0]["id"] == pb[0]["id"] and pa[0]["name_uk"] == "Жан-Люк Бертран"


def test_place_index_follows_removed_mentions(layer):
    """The area index of place disambiguation is kept up to date as mentions are taken out
    (an organisation absorbing the place inside its name): after every removal it holds what
    a fresh count of the remaining mentions gives, and `remove_mention` takes out the mention
    `list.remove` would."""
    import random
    from types import SimpleNamespace

    from khronika.extract.entities.state import DocState

    seg, morph, ent = layer
    doc = run(layer, "Вчора в Харківській області, у Чугуївському районі, і в Донецькій області "
                     "працювали рятувальники. Київ, Львів і Херсонська область отримали допомогу. "
                     "Голова Полтавської області та Одеська область також.")
    original = list(doc.mentions)
    rng = random.Random(5)
    for _ in range(20):
        doc.mentions = list(original)
        st = DocState(doc, ent.kb)
        assert ent.places.areas(st, 0, None)       # area codes counted before the removals
        while doc.mentions:
            m = rng.choice(doc.mentions)
            expected = list(doc.mentions)
            expected.remove(m)
            st.remove_mention(m)
            assert doc.mentions == expected
            by, everywhere = ent.places._area_index(st)
            fresh = SimpleNamespace(doc=SimpleNamespace(mentions=list(doc.mentions), tokens=doc.tokens),
                                    tok_at=st.tok_at, removed=[])
            fresh_by, fresh_all = ent.places._area_index(fresh)
            assert everywhere == fresh_all
            assert {k: v for k, v in by.items() if v} == {k: v for k, v in fresh_by.items() if v}
    doc.mentions = original


def test_an_unresolved_village_named_like_a_phrase_keeps_the_country_inside(layer):
    # "Вільна Україна" is a codifier village; with no oblast near it, the words are the
    # phrase, and "України" alone still names the country (rules only: no NER to rescue it)
    doc = run(layer, "Ми пам’ятаємо наших героїв. Вільної України.")
    got = {(doc.text[m.start:m.end], m.entity) for m in doc.mentions}
    assert ("України", "ukraine") in got
    assert not any(m.entity.startswith("vilna-ukraina") for m in doc.mentions)


def test_a_lifeless_common_noun_is_no_person_whatever_the_model_says(layer):
    ner = FakeNer([("Уряд", "PER"), ("Мороз", "PER")])
    doc = run(layer, "Сьогодні Уряд прийняв рішення. Про це сказав Мороз.", ner=ner)
    people = {doc.text[m.start:m.end] for m in doc.mentions if m.type == "PER"}
    assert "Уряд" not in people          # only an inanimate noun in the dictionary
    assert "Мороз" in people             # also a surname: the model's reading stands
