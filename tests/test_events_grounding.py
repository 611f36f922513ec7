"""A story, a memoir or a textbook chapter uses the trigger words of statecraft in their
everyday senses ("попросила", "домовилися", "зустрілися", "відмовився"): a text long enough to
judge that names almost no known state, body, place or public figure reports no happening of
public affairs, and its events with no such party and no place are dropped (grounding.py).
An event that names a known party, a body or a place stays, and so does a short news brief
that names nobody. Texts written for these tests."""
from __future__ import annotations

from khronika.extract.events import EventExtractor

from event_helpers import build

# a story of a village family (no state, body or public figure in it)
STORY = (
    "Того літа Оксана вперше залишилася вдома сама. Мати поїхала на базар ще вдосвіта, а батько "
    "лагодив паркан за хатою і щось бурмотів собі під ніс. Дівчинка довго сиділа на ґанку, "
    "дивилася, як кури розгрібають пісок, і думала про річку. Під обід прибіг сусідський хлопець "
    "Тарас, засмаглий і подряпаний, з вудкою на плечі. Він попросив її піти з ним до ставу, бо "
    "самому там нудно, а карасі цього тижня клюють як навіжені. Оксана відмовилася, бо мати "
    "веліла стерегти хату, але потім таки погодилася, коли хлопець пообіцяв принести їй "
    "найбільшу рибину. Вони домовилися, що повернуться до заходу сонця і нікому нічого не скажуть. "
    "Біля ставу було тихо, тільки жаби перегукувалися в очереті та часом хлюпала риба. Діти "
    "зустрілися там зі старим Петром, який щоранку ловив рибу з дерев'яного містка. Дід розповідав "
    "їм про давні часи, про повінь, що колись забрала млин, і про вовків, яких він бачив малим. "
    "Тарас слухав, роззявивши рота, а Оксана потай рахувала хмари над вербами. Коли сонце "
    "сховалося за горбом, вони побігли додому стежкою між соняшниками. Мати вже стояла біля "
    "хвіртки, і з її обличчя дівчинка зрозуміла, що розмова буде довгою. Проте мати нічого не "
    "сказала, лише погладила її по голові й покликала вечеряти. Батько підморгнув доньці, "
    "ніби знав усе наперед, і налив їй кухоль теплого молока. Уночі Оксана довго не могла "
    "заснути: їй снилися карасі, дід Петро на містку і вовки, що бігли полем під місяцем. "
    "Уранці вона прокинулася раніше за всіх і вийшла надвір. Над городом стояв туман, пахло "
    "кропом і мокрою землею, а десь далеко кричав півень. Вона сіла на ґанок і вирішила, що "
    "сьогодні сама попросить батька навчити її плести сітку, бо риба, як казав дід, любить тих, "
    "хто терплячий. Батько вийшов із хати, позіхнув, подивився на небо і сказав, що день буде "
    "спекотний, тож сітку плестимуть у затінку під грушею, поки мати не повернеться з поля. "
    "Оксана принесла з комори моток грубої нитки, дерев'яну голку і стару сітку, щоб було з чого "
    "брати приклад. Перші вічка виходили кривими, нитка плуталась і рвалася, але батько не "
    "сварився, тільки показував знову і знову, як тримати голку і де затягувати вузол. До обіду "
    "на лавці лежав уже чималий шматок, і дівчинка гордо показала його Тарасові через паркан."
)


def _known(core_pipeline, text, names):
    """The document with its named parties known to the knowledge base."""
    doc = build(core_pipeline, text, names=names)
    for e in doc.entities.values():
        e.kb = True
    doc.events.clear()
    EventExtractor()(doc)
    return doc


def test_a_story_tells_no_happening(core_pipeline):
    assert len(STORY) > 2000
    doc = build(core_pipeline, STORY)
    assert [(e.type, e.trigger.text) for e in doc.events] == []


def test_a_known_party_keeps_its_event_in_a_story(core_pipeline):
    # the memoir names one state, once, and what it did: that is still told
    doc = _known(core_pipeline, STORY + " Того ж року Польща надала селу кредит на новий міст.",
                 [("Польща", "poland")])
    assert [(e.type, e.actors) for e in doc.events] == [("AID", ["poland"])]


def test_a_report_that_names_its_parties_keeps_its_events(core_pipeline):
    # the same everyday words in a text dense with known states keep their events
    text = ("Міністр закордонних справ Польщі зустрівся з послом України у Варшаві. "
            "Польща попросила Україну пришвидшити переговори, і Україна погодилася. ") * 15
    assert len(text) > 2000
    names = [(surface, key) for _ in range(15) for surface, key in
             (("Польщі", "poland"), ("України", "ukraine"), ("Польща", "poland"),
              ("Україну", "ukraine"), ("Україна", "ukraine"))]
    doc = _known(core_pipeline, text, names)
    assert {"CONSULT", "REQUEST", "AGREE"} <= {e.type for e in doc.events}


def test_a_short_brief_that_names_nobody_keeps_its_event(core_pipeline):
    doc = build(core_pipeline, "Посольство вручило ноту тимчасовому повіреному сусідньої держави.")
    assert [e.type for e in doc.events] == ["PROTEST"]
