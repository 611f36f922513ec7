from khronika.document import Document
from khronika.extract.morph import analyse


def test_verb_features(core_pipeline):
    doc = core_pipeline(Document(text="Вона заявила, що зустріч відбудеться завтра."))
    by_text = {t.text: t for t in doc.tokens}
    said = by_text["заявила"]
    assert (said.lemma, said.pos, said.gender, said.tense) == ("заявити", "VERB", "femn", "past")
    fut = by_text["відбудеться"]
    assert fut.tense == "futr" and fut.aspect == "perf"
    assert by_text["зустріч"].case == "nomn" and by_text["зустріч"].number == "sing"
    assert by_text[","].lemma is None            # punctuation carries no analysis


def test_apostrophe_variants_analyse_alike():
    assert analyse("зв’язку").lemma == analyse("зв'язку").lemma == analyse("звʼязку").lemma


def test_cache_returns_same_object():
    assert analyse("перемовини") is analyse("перемовини")


def test_rare_verb_readings_give_way_to_the_noun_and_the_finite_verb():
    # the dictionary lists "війну" as the future of "війнути", "війни" as its imperative and
    # "бачить" as a short infinitive first; prose means the noun and the third person
    assert (analyse("війну").pos, analyse("війну").lemma, analyse("війну").case) == ("NOUN", "війна", "accs")
    assert (analyse("війни").pos, analyse("війни").lemma) == ("NOUN", "війна")
    assert (analyse("бачить").tense, analyse("бачить").person) == ("pres", "3per")
    assert (analyse("ухвалить").tense, analyse("ухвалить").aspect) == ("futr", "perf")
    # "стане", "діє" listed first as vocatives of "стан", "дія"
    assert (analyse("стане").pos, analyse("стане").tense) == ("VERB", "futr")
    assert (analyse("діє").pos, analyse("діє").tense) == ("VERB", "pres")
    # an imperative with no noun reading, and a 1st person with none, stay verbs
    assert "impr" in analyse("Зверніть").tags and analyse("маю").pos == "VERB"


def test_a_lower_case_word_is_not_read_as_a_name():
    # "надала" is listed first as a case of the surname "Надал"; in lower case it is "надати"
    assert (analyse("надала").pos, analyse("надала").lemma, analyse("надала").tense) == ("VERB", "надати", "past")
    assert "Surn" in analyse("Надала").tags       # capitalised, the name stays possible


def test_tag_categories_read_once_per_tag_match_pymorphy3():
    from khronika.extract.morph import parses, tag_view
    for word in ["під", "війни", "бачить", "секретар", "Зеленський", "перебувають", "сім",
                 "Києві", "було", "НАТО", "2026", "ухвалили", "найкращого"]:
        for p in parses(word):
            t = p.tag
            view = tag_view(p)
            assert view == (t.POS, t.case, t.number, t.gender, t.tense, t.person, t.aspect,
                            t.mood, t.grammemes)
            assert tag_view(p) is view          # the second reading comes from the cache


def test_preferred_readings_from_lexicon_data():
    # the dictionary lists "Рада" first as the genitive of "рад" (a unit) and "гроші" as a
    # locative of "гріш": the data names the reading prose means
    from khronika.lang.uk import load
    assert "рада" in load("core")["preferred_readings"]
    assert (analyse("Рада").lemma, analyse("Рада").case) == ("рада", "nomn")
    assert (analyse("політика").lemma, analyse("політика").case) == ("політика", "nomn")
    assert (analyse("гроші").case, analyse("гроші").number) == ("nomn", "plur")
    # a form not in the list keeps the dictionary's choice
    assert analyse("міст").lemma == "місто"


def test_a_council_acts_as_subject(core_pipeline):
    from event_helpers import ENTS, build
    ENTS.setdefault("council-of-the-european-union", ("Council of the European Union", "Рада ЄС", "ORG", None))
    doc = build(core_pipeline, "Рада ЄС запровадила санкції проти Росії.",
                names=[("Рада ЄС", "council-of-the-european-union"), ("Росії", "russia")])
    ev = doc.events[0]
    assert ev.type == "SANCTION" and ev.actors == ["council-of-the-european-union"] and ev.recipients == ["russia"]


def test_a_town_in_sk_after_a_noun_is_its_genitive_not_an_adjective(core_pipeline):
    doc = core_pipeline(Document(text="Мер Луцька приїхав до околиць Донецька. Донецька область під обстрілом."))
    lutsk = next(t for t in doc.tokens if t.text == "Луцька")
    assert (lutsk.pos, lutsk.case, lutsk.lemma) == ("NOUN", "gent", "луцьк")
    first, second = [t for t in doc.tokens if t.text == "Донецька"]
    assert (first.pos, first.case) == ("NOUN", "gent")
    assert second.pos == "ADJF"         # "Донецька область" leads a noun phrase


def test_adjectives_of_a_list_with_the_noun_left_out_stay_adjectives(core_pipeline):
    doc = core_pipeline(Document(text="Обстріляли Харківську область, Донецька, Луганська області теж під вогнем."))
    assert [t.pos for t in doc.tokens if t.text in ("Донецька", "Луганська")] == ["ADJF", "ADJF"]


def test_a_noun_after_a_singular_adjective_takes_its_case(core_pipeline):
    doc = core_pipeline(Document(text="Уповноважений Верховної Ради звернувся до партнерів."))
    rada = next(t for t in doc.tokens if t.text == "Ради")
    assert (rada.case, rada.number) == ("gent", "sing")
