"""Who is asked or bound to act, and whether anyone asks at all: a need word with a needed thing
("потрібні ракети"), a need adverb before a sanctioning act, the subject of "мусить", the
addressee of "звертаюся до", the subject after "щоб", the honour of addressing. A REQUEST is
only a request when someone asks ("Це потребує часу" asks nothing), so these checks gate it.

A mixin of `triggers.finder.TriggerFinder` (it supplies `lex`).
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import COORD, _cases, _finite, _in_timex, clause_of_trigger
from ..grammar.ties import tie_of
from ..arguments.pronoun_agents import pronoun_agent
from ..grammar.sentence_view import SentenceView, lemma_of
from ..arguments.states import place_country
from ..status.verb_forms import is_infinitive

# how far before an infinitive its evaluative word may stand ("велика честь уперше в історії
# парламенту Японії звернутися")
HONOUR_WINDOW = 10
NEED_WINDOW = 12


class AskedParties:
    """Requests, needs and the parties asked, obliged or wished to act."""

    def honoured(self, doc: Document, sent: SentenceView, i: int) -> bool:
        """"Маю велику честь сьогодні звернутися до вас", "Для мене велика честь уперше в історії
        парламенту Японії звернутися до вас", "Радий вітати": an infinitive under an evaluative
        word of its own clause names the act the speaker performs as he speaks (an infinitive
        after a subordinator belongs to another clause: "радий, що змогли вітати")."""
        toks = doc.tokens
        if not is_infinitive(toks[i]):
            return False
        honour = self.lex.word_list("evaluative_predicates")
        thanks = self.lex.word_list("honour_thanks")
        # thanks for the chance count only for addressing "you", the hearers ("Вдячний за
        # можливість звернутися до вас"; "... звернутися до суду" is no address)
        you = self.lex.word_list("second_person")
        if not any(toks[m].norm in you for m in range(i + 1, min(sent.hi, i + 4))):
            thanks = frozenset()
        subs = self.lex.word_list("subordinators")
        for m in range(i - 1, max(sent.lo, i - HONOUR_WINDOW) - 1, -1):
            t = toks[m]
            if t.norm in subs or (_finite(t) and lemma_of(t) not in self.lex.word_list("possessive_modals")):
                return False
            if lemma_of(t) in honour or t.norm in honour or lemma_of(t) in thanks or t.norm in thanks:
                return True
        return False

    def agent_subject(self, doc: Document, sent: SentenceView, i: int, weapons: bool = False) -> bool:
        """"Ситуація вимагає рішень", "Це потребує часу", "Закон вимагає прозорості": only
        someone can ask. The verb's subject, when a common noun or a pronoun (a name is an
        agent), must be animate or a body of people (`agent_nouns`); no subject, as in "Вимагаємо
        ...", is the speaker."""
        toks = doc.tokens
        t = toks[i]
        if not _finite(t) or t.person in ("1per", "2per"):
            return True       # an infinitive's subject is not in its clause ("право вимагати")
        cl = clause_of_trigger(doc, i, i + 1, sent.lo, sent.hi, self.lex)
        named = [(a.start, a.end) for a in sent.args]
        preps = self.lex.word_list("prepositions")
        # (for a strike, a weapon or its crew too: "Артилерія знищила склад"; a weapon that
        # arrives makes no visit, "Нові танки прибули в Польщу")
        agents = self.lex.word_list("agent_nouns") | (self.lex.word_list("weapon_agents") if weapons else frozenset())
        plural = "plur" in (t.tags or ())
        # after the verb, its subject's noun past the adjectives ("прибув черговий гуманітарний
        # конвой")
        e = i + 1
        while e < min(cl.hi, i + 6) and toks[e].pos in ("ADJF", "PRTF", "NUMR"):
            e += 1
        # "Кремль лякають успіхи ЗСУ", "Москву тривожать заяви": a lone singular noun before a
        # plural verb, that may be its accusative, is its object; the subject is after the verb
        fronted_object = plural and not any(toks[x].norm in COORD for x in range(cl.lo, i)) and any(
            toks[x].pos == "NOUN" and "plur" not in (toks[x].tags or ()) and "accs" in _cases(toks[x].text)
            for x in range(cl.lo, i))
        for m in [*range(i - 1, cl.lo - 1, -1), *range(i + 1, min(cl.hi, max(i + 3, e + 1)))]:
            w = toks[m]
            if _in_timex(doc, w):
                continue          # "Україна кілька місяців просить": a stretch of time asks nothing
            pronoun = w.pos == "PRCL" and any(p.tag.POS == "NPRO" and "nomn" in p.tag for p in parses(w.text))
            # "перші системи прибудуть": the dictionary's first reading of "системи" is the
            # genitive singular; before a plural verb its plural nominative is the subject
            # (and after a verb of motion: "До Києва прибули системи ППО" - the systems came)
            agreeing = plural and (m < i or fronted_object or lemma_of(t) in self.lex.word_list("intransitive_verbs")) and \
                w.pos == "NOUN" and any(p.tag.POS == "NOUN" and "nomn" in p.tag and "plur" in p.tag
                                        for p in parses(w.text))
            if not (pronoun or agreeing) and (w.pos not in ("NOUN", "NPRO") or w.case != "nomn") or \
                    tie_of(doc, m, cl.lo, -1, preps).prep is not None:
                continue
            if m < i and fronted_object and w.pos == "NOUN" and "plur" not in (w.tags or ()):
                continue
            if _attribute_abbreviation(toks, m, cl.lo, sent.lo):
                if lemma_of(toks[m - 1]) in self.lex.word_list("idea_nouns"):
                    # "Нова стратегія НАТО лякає Москву", "Кремль лякають успіхи ЗСУ": a name's
                    # abbreviation after an idea or a deed is its attribute, and the idea, no
                    # party, is the subject (the idea as object, "стратегію НАТО", is passed by)
                    if "nomn" in _cases(toks[m - 1].text):
                        return False
                    continue
                if not any(a <= w.start < b for a, b in named):
                    continue      # "Системи ППО прибули": the abbreviation is the noun's attribute
            if any(a <= w.start < b for a, b in named) or w.text[:1].isupper() and m > sent.lo:
                return True       # a name: a state, a body, a person
            if w.norm in self.lex.word_list("first_person"):
                return True
            if m > i and "accs" in _cases(w.text) and lemma_of(t) not in self.lex.word_list("intransitive_verbs") and \
                    not (fronted_object and agreeing):
                continue          # "вимагає рішення": the object, not the subject
            # ("прибув гуманітарний вантаж": a verb of motion has no object, a thing arrived)
            # ("Посол сказав ... Він закликав": a pronoun acts when what it stands for does)
            # ("Держави-члени НАТО закликали", "Країни-партнери вимагають": a hyphenated
            # compound is of the kind its first part names)
            return "anim" in (w.tags or ()) or lemma_of(w) in agents or \
                lemma_of(w).split("-")[0] in agents or pronoun_agent(doc, m, agents)
        return True

    def _party(self, doc: Document, sent: SentenceView, k: int, home: str | None) -> str | None:
        """The entity named by a nominative word at token k: a state, a body or a person, not
        the home side, not the speaker, not a town (a town is where, not who)."""
        t = doc.tokens[k]
        if t.case != "nomn" or t.norm in self.lex.word_list("first_person"):
            return None
        for a in sent.args:
            if a.start == t.start and a.entity != home and a.entity not in place_country() \
                    and a.entity != (self.lex.home or {}).get("id"):
                if a.kind == "adjective" and not (k + 1 < sent.hi and lemma_of(doc.tokens[k + 1])
                                                  in self.lex.word_list("adjective_parties")):
                    return None       # "Російське питання не має заважати": the question is no party
                return a.entity
        return None

    def obliged_parties(self, doc: Document, sent: SentenceView, i: int) -> list[str]:
        """"Але він мусить це зробити", "Росія повинна вивести війська", "партнери мають надати
        зброю": the named subject of a "must" before an infinitive (not a past "мусив", not
        "має бути", which ``before:must`` reads) is the party asked to act."""
        toks = doc.tokens
        t = toks[i]
        if t.pos == "VERB" and not any("3per" in p.tag and p.tag.POS == "VERB" and "past" not in p.tag
                                       for p in parses(t.text)):
            return []
        if t.pos in ("ADJF", "ADJS") and t.case not in (None, "nomn"):
            return []
        inf = next((m for m in range(i + 1, min(sent.hi, i + 4)) if is_infinitive(toks[m])), None)
        # ("не має права реагувати" is a right, "має бути" a state; "повинні отримати блокування",
        # "має зазнати" ask nothing of the subject)
        passive = self.lex.word_list("receive_verbs") | self.lex.word_list("target_subject_verbs")
        # ("Україна має стати членом НАТО", "має залишатися": a forecast or a goal, no demand)
        if inf is None or lemma_of(toks[inf]) in passive | self.lex.word_list("copulas") or \
                any(not toks[m].is_word or toks[m].pos == "NOUN" for m in range(i + 1, inf)):
            return []
        lo = sent.clause_of(i)[0]
        out = []
        for m in range(max(lo, i - 6), i):
            x = self._party(doc, sent, m, None)
            if x and x not in out:
                out.append(x)
        return out

    def addressee(self, doc: Document, sent: SentenceView, i: int, asked: bool = True) -> bool:
        """"Я звернувся до Сполучених Штатів щодо створення U-24", "звертаюся до ЄС із
        проханням": a named party after "до" (not the home side or its people, not a town) and
        what is asked further on in the sentence (`asked`; a written appeal adopted asks by
        being one: "ухвалила звернення до ООН про визнання ...")."""
        toks = doc.tokens
        home = (self.lex.home or {}).get("id")
        to = next((m for m in range(i + 1, min(sent.hi, i + 4)) if toks[m].norm == "до"), None)
        if to is None:
            return False
        lim = toks[min(sent.hi, to + 4) - 1].end
        if not any(toks[to].end <= a.start <= lim and a.entity != home and a.entity not in place_country()
                   for a in sent.args):
            return False
        if not asked:
            return True
        cues = self.lex.contexts.get("appeal", frozenset())
        return any(lemma_of(toks[m]) in cues or toks[m].norm in cues for m in range(to + 1, sent.hi))

    def wished_parties(self, doc: Document, sent: SentenceView, i: int) -> list[str]:
        """"Ми хочемо, щоб Німеччина передала танки": the named subject right after "щоб" is the
        party a wish asks to act ("не хоче, щоб" asks nothing)."""
        toks = doc.tokens
        if i > sent.lo and toks[i - 1].norm in self.lex.word_list("negators"):
            return []
        conj = next((m for m in range(i + 1, min(sent.hi, i + 3)) if toks[m].norm in ("щоб", "аби")), None)
        if conj is None or any(toks[m].is_word for m in range(i + 1, conj)):
            return []
        out = []
        for m in range(conj + 1, min(sent.hi, conj + 4)):
            if not toks[m].is_word:
                break
            x = self._party(doc, sent, m, None)
            if x and x not in out:
                out.append(x)
        return out

    def need_request(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"потрібні ракети", "необхідності оборонної підтримки": a need word with a needed
        thing near it is a request."""
        t = doc.tokens[k]
        if lemma_of(t) not in self.lex.need_words and t.norm not in self.lex.need_words:
            return False
        if t.pos in ("ADJF", "PRTF") and t.case not in (None, "nomn"):
            return False      # "надати всю необхідну допомогу": an attribute, nobody asks
        if t.pos == "NOUN" and k > sent.lo and "gent" in _cases(t.text) and \
                lemma_of(doc.tokens[k - 1]) in self.lex.word_list("need_measure_nouns"):
            return False      # "визначення потреби закладів у ліках": a quantity planned, nobody asks
        cl = clause_of_trigger(doc, k, k + 1, sent.lo, sent.hi, self.lex)
        if t.pos in ("ADJF", "PRTF") and cl.governor is not None and \
                lemma_of(doc.tokens[cl.governor]) not in self.lex.word_list("copulas"):
            return False      # "Уряд прийме всі необхідні акти": an attribute under another verb
        if t.pos == "VERB" and not self.agent_subject(doc, sent, k):
            return False      # "Це потребує допомоги", "Ситуація потребує рішень"
        toks = doc.tokens
        if k > sent.lo and toks[k - 1].norm in self.lex.word_list("negators"):
            return False      # "документи не потрібно": nothing is asked
        objs = self.lex.contexts.get("need_objects", frozenset())
        if t.pos == "ADVB" and lemma_of(t) in self.lex.word_list("need_adverbs"):
            # "Партнерам потрібно активізувати допомогу": what is needed is the object of the
            # infinitive or the word after the need ("потрібно розірвати зв'язки банків з
            # фінансовою системою" asks for no system)
            inf = next((m for m in range(k + 1, min(cl.hi, k + 4)) if is_infinitive(toks[m])), None)
            start = (inf if inf is not None else k) + 1
            if self.asked_sanction_at(doc, sent, k) is not None:
                return True
            return any(lemma_of(toks[m]) in objs or toks[m].norm in objs for m in range(start, min(cl.hi, start + 3)))
        # the needed thing in the need word's own clause ("зустрічі – про кроки, які потрібні"),
        # or the noun a relative clause hangs on ("Дайте нам зброю, яка необхідна")
        lo = cl.lo
        edge = doc.tokens[cl.left_edge] if cl.left_edge is not None else None
        if edge is not None and lemma_of(edge) in self.lex.word_list("relative_pronouns") and \
                cl.left_edge - 1 > sent.lo and doc.tokens[cl.left_edge - 1].norm == ",":
            lo = cl.left_edge - 2
        for m in range(max(lo, k - NEED_WINDOW), min(cl.hi, k + NEED_WINDOW)):
            if m != k and (lemma_of(doc.tokens[m]) in objs or doc.tokens[m].norm in objs):
                return True
        return False

    def asked_sanction_at(self, doc: Document, sent: SentenceView, k: int) -> int | None:
        """"Потрібно обмежити російський експорт енергоресурсів", "потрібно закрити порти для
        російських суден": a need adverb before an act of sanctioning with what it stops asks for
        a sanction; the infinitive's index ("потрібно закрити питання" asks for none)."""
        toks = doc.tokens
        if lemma_of(toks[k]) not in self.lex.word_list("need_adverbs"):
            return None
        inf = next((m for m in range(k + 1, min(sent.hi, k + 4)) if is_infinitive(toks[m])), None)
        if inf is None or lemma_of(toks[inf]) not in self.lex.contexts.get("asked_sanction", frozenset()):
            return None
        stops = self.lex.contexts.get("sanctioned_objects", frozenset())
        if any(lemma_of(toks[m]) in stops or toks[m].norm in stops for m in range(inf + 1, min(sent.hi, inf + 6))):
            return inf
        return None


def _attribute_abbreviation(toks, m: int, lo: int, first: int) -> bool:
    """An uninflected abbreviation right after a common noun is that noun's genitive attribute
    ("системи ППО", "засоби РЕБ", "батарея HIMARS"), never the clause's subject: the thing
    that arrives is the noun, so the tagger's nominative reading of the letters names no one."""
    w = toks[m]
    if m <= lo or len(w.text) < 2 or not w.text.isupper() or not w.text.isalpha():
        return False
    head = toks[m - 1]
    # (a common noun opening the sentence is capitalised too: "Системи ППО прибули")
    return head.pos == "NOUN" and (head.text[:1].islower() or m - 1 == first)

