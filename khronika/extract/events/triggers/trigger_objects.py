"""What a trigger word governs, read off the tokens around it: the noun after it, a place as its
direct object, the adjective before it, a predicate it stands in, what a passive is told of,
a person as its object. The `object:`, `place_object`, `passive`... needs of `lang/uk/events.yaml`
ask these questions ("удар по репутації" is no strike: its object is no military one).

A mixin of `triggers.finder.TriggerFinder` (it supplies `lex`).
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import _cases, _finite
from ..grammar.sentence_view import SentenceView, lemma_of
from ..status.verb_forms import _is_verb, is_infinitive
from ..arguments.states import capitals, country_ids

OBJECT_WINDOW = 6
# a head noun after a list of its modifiers ("на Бахмутському, Лиманському та Авдіївському
# напрямках") stands further off
LIST_OBJECT_WINDOW = 12


class TriggerObjects:
    """The object, place, modifier and patient checks of one trigger."""

    def object_near(self, doc: Document, sent: SentenceView, j: int, name: str, window: int) -> bool:
        words = self.lex.contexts.get(name, frozenset())
        about = self.lex.word_list("about_prepositions")
        for k in range(j, self._reach(doc, sent, j, window)):
            t = doc.tokens[k]
            if (lemma_of(t) in words or t.norm in words or
                    # ("30 дронів-розвідників": a compound noun is a kind of its first part)
                    (t.pos == "NOUN" and "-" in lemma_of(t) and lemma_of(t).split("-")[0] in words)) and \
                    not (k > sent.lo and t.text[:1].isupper() and
                         doc.tokens[k - 1].norm in self.lex.word_list("named_after")):
                # ("у Театрі імені Франка": a name after "імені" is a person's, not francs)
                return True
            if t.norm in about and any(doc.tokens[m].pos == "NOUN" and "inan" in (doc.tokens[m].tags or ())
                                       and not self._named(sent, doc.tokens[m].start)
                                       for m in range(j, k)):
                # "отримуєте повідомлення про колони бронетехніки": the object is the news, what
                # comes after "про" its topic ("попросити партнерів про допомогу" asks for it, and
                # so does a named party: "попередила Росію про санкції", "попросили Польщу про
                # допомогу")
                return False
        return False

    @staticmethod
    def _named(sent: SentenceView, start: int) -> bool:
        """The word at `start` is inside a name the sentence offers (a state, a body, a person)."""
        return any(a.start <= start < a.end and a.kind != "pronoun" for a in sent.args)

    def predicate_near(self, doc: Document, sent: SentenceView, j: int, name: str, window: int) -> bool:
        """A word of context NAME in the instrumental near after the trigger: what something is
        called ("назвав удар воєнним злочином"), not the thing called ("назвав вбивство
        провокацією" names a killing, and calls it no crime)."""
        words = self.lex.contexts.get(name, frozenset())
        for k in range(j, self._reach(doc, sent, j, window)):
            t = doc.tokens[k]
            # (a hyphenated name keeps its last word's sense: "визнала Росію державою-агресором",
            # which the dictionary lemmatises as "державою-агресор")
            if (lemma_of(t) in words or t.norm in words or lemma_of(t).rpartition("-")[2] in words) and \
                    "ablt" in _cases(t.text):
                return True
        return False

    def _reach(self, doc: Document, sent: SentenceView, j: int, window: int) -> int:
        """The end of the window after a trigger, stretched past a list of names behind a
        preposition of `name_list_prepositions`: "отримали від США, Канади та Японії 2 млрд
        доларів" holds its object as near as "отримали від США 2 млрд доларів" does, since
        the givers listed are one phrase, not words between the verb and what it governs."""
        preps = self.lex.word_list("name_list_prepositions")
        glue = self.lex.word_list("name_list_glue")
        partners, envoys = self.lex.word_list("partner_nouns"), self.lex.word_list("envoy_nouns")
        toks = doc.tokens
        end, k, after_prep = j + window, j, False
        while k < min(sent.hi, end):
            t = toks[k]
            # ("передала Державній службі з надзвичайних ситуацій машини": a body's name of many
            # words is one phrase, as near as "передала ДСНС машини")
            end += self._name_length(sent, toks, k) - 1
            # ("підписав із лідером КНДР Кім Чен Ином договір": the role word a name follows
            # is part of the same phrase)
            named = t.is_word and (t.text[:1].isupper() or
                                   (after_prep and (lemma_of(t) in partners or lemma_of(t) in envoys)))
            if after_prep and k > j and (named or (t.norm in glue and k + 1 < sent.hi
                                                   and toks[k + 1].text[:1].isupper()
                                                   and toks[k - 1].text[:1].isupper())):
                end += 1            # a name of the list, or the comma or "та" between two names
            else:
                after_prep = t.norm in preps or (after_prep and named)
            k += 1
        return min(sent.hi, end)

    @staticmethod
    def _name_length(sent: SentenceView, toks, k: int) -> int:
        """How many words the name that starts at token k spans (1 when none starts there)."""
        t = toks[k]
        for a in sent.args:
            if a.start == t.start and a.kind != "pronoun" and a.end > t.end:
                n = k
                while n < len(toks) and toks[n].start < a.end:
                    n += 1
                return n - k
        return 1

    def next_noun(self, doc: Document, sent: SentenceView, j: int, name: str) -> bool:
        """The first noun after the trigger, past numbers and adjectives, is a word of
        contexts.NAME: "збито 40 ворожих дронів" names what was shot down, "знищено склад ракет"
        names a depot (a strike's hit), not the missiles."""
        words = self.lex.contexts.get(name, frozenset())
        for k in range(j, min(sent.hi, j + OBJECT_WINDOW)):
            t = doc.tokens[k]
            if t.pos == "NOUN" or (t.is_word and t.text[:1].isupper() and t.pos is None):
                return lemma_of(t) in words or t.norm in words
            if t.pos == "ADJF" and lemma_of(t) in words and \
                    not (k + 1 < sent.hi and doc.tokens[k + 1].pos in ("NOUN", "ADJF", "PRTF")):
                return True     # "закатованих цивільних": an adjective standing as its noun
            if t.is_word and t.pos not in ("ADJF", "PRTF", "NUMR", "ADVB", None):
                return False
        return False

    def object_past_list(self, doc: Document, sent: SentenceView, j: int, name: str) -> bool:
        """A word of contexts.NAME after a list of modifiers ("наступає на Бахмутському,
        Лиманському та Авдіївському напрямках"): further off than `object_near` looks, but only
        across the list's own commas and conjunctions, never into another clause."""
        words = self.lex.contexts.get(name, frozenset())
        subs = self.lex.word_list("subordinators")
        for k in range(j, min(sent.hi, j + LIST_OBJECT_WINDOW)):
            t = doc.tokens[k]
            if lemma_of(t) in words or t.norm in words:
                return True
            # (a numeral the tagger reads as a verb, "три" as "терти", does not end the list)
            if (not t.is_word and t.norm != ",") or t.norm in subs or \
                    (t.pos == "VERB" and k > j and not any(p.tag.POS == "NUMR" for p in parses(t.text))):
                return False
        return False

    def place_object(self, doc: Document, sent: SentenceView, j: int, states: bool = False) -> bool:
        """A place named as the verb's direct object, right after it ("Росія заблокувала
        Маріуполь", "блокують Херсон з усіх боків"; "заблокували в Маріуполі" is where); with
        `states`, only a state or its capital standing for it ("зобов'язав Росію", "зобов'язав
        Москву звільнити", not "зобов'язав область")."""
        toks = doc.tokens
        for k in range(j, min(sent.hi, j + 3)):
            t = toks[k]
            if not t.is_word or t.pos == "PREP":
                return False
            if any(a.start <= t.start < a.end and (a.etype or "") == "LOC" and
                   (not states or a.entity in country_ids() or a.entity in capitals()) for a in sent.args):
                return "accs" in _cases(t.text)
            if t.pos not in ("ADVB", "ADJF"):
                return False
        return False

    def modifier_before(self, doc: Document, sent: SentenceView, k: int, name: str) -> bool:
        """"інформаційна атака", "економічний удар": an adjective of contexts.NAME in the
        adjectives right before the trigger noun makes it a figure of speech."""
        words = self.lex.contexts.get(name, frozenset())
        m = k - 1
        while m >= sent.lo and doc.tokens[m].pos in ("ADJF", "PRTF"):
            if lemma_of(doc.tokens[m]) in words or doc.tokens[m].norm in words:
                return True
            m -= 1
        return False

    def predicative(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Санкції стали найбільшим ударом по армії", "це буде ударом по них": a strike
        noun in the instrumental as the predicate of a copula says what something amounts
        to; a strike that happened is told in the nominative ("Це був ракетний удар")."""
        t = doc.tokens[k]
        if t.pos == "NOUN" and t.case == "nomn":
            return self._dash_predicate(doc, sent, k)
        if t.pos != "NOUN" or t.case != "ablt":
            return False
        copulas = self.lex.word_list("copulas")
        m = k - 1
        while m >= sent.lo and doc.tokens[m].pos in ("ADJF", "ADVB", "PRCL"):
            if "pssv" in (doc.tokens[m].tags or ()):
                return False      # "була зруйнована ракетними ударами": the doer of a passive
            if _copula_reading(doc.tokens[m], copulas):
                return True
            m -= 1
        return m >= sent.lo and _is_verb(doc.tokens[m]) and lemma_of(doc.tokens[m]) in copulas

    def _dash_predicate(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Ухвалене рішення — справжній удар по корупціонерах": a nominative strike noun after
        a dash, in a sentence with no verb, whose subject before the dash is a common noun (no
        name, no time, no happening of its own type) says what that thing amounts to. A place
        or a time before the dash heads a report ("Київ – атака дронів", "Ніч – знову атака")."""
        toks = doc.tokens
        if any(_finite(toks[m]) for m in range(sent.lo, sent.hi)):
            return False
        d = k - 1
        while d >= sent.lo and toks[d].pos in ("ADJF", "PRTF", "ADVB", "PRCL"):
            d -= 1
        if d <= sent.lo or toks[d].norm not in ("—", "–", "-"):
            return False
        if any(toks[sent.lo].start <= x.start < toks[d].start for x in sent.timexes) or \
                any(toks[sent.lo].start <= a.start < toks[d].start for a in sent.args):
            return False
        by_lemma = self.lex.by_lemma
        subject = [m for m in range(sent.lo, d) if toks[m].pos == "NOUN" and toks[m].case == "nomn"]
        return bool(subject) and not any(x.type == "ASSAULT" for m in range(sent.lo, d)
                                         for x in by_lemma.get(lemma_of(toks[m]), ()))

    def demonstrative_predicate(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Це найбільший удар по армії", "Санкції – це удар по економіці": a nominative noun
        after "це" in a clause with no verb says what something told amounts to; it names no
        happening of its own (a strike told before it is the one meant)."""
        t = doc.tokens[k]
        if t.pos != "NOUN" or t.case != "nomn":
            return False
        lo, hi = sent.clause_of(k)
        if any(_finite(doc.tokens[m]) for m in range(lo, hi)):
            return False
        m = k - 1
        while m >= lo and doc.tokens[m].pos in ("ADJF", "PRTF", "ADVB", "PRCL") and doc.tokens[m].norm != "це":
            m -= 1
        return m >= lo and doc.tokens[m].norm == "це"

    def asked_act(self, doc: Document, sent: SentenceView, j: int, name: str) -> bool:
        """"Хочу попросити вас надати нам літаки", "прошу передати": a verb of asking that
        governs an infinitive of contexts.NAME asks for that act; the asking is the event."""
        words = self.lex.contexts.get(name, frozenset())
        for k in range(j, min(sent.hi, j + 4)):
            t = doc.tokens[k]
            if not t.is_word:
                return False      # "просимо, а вони надали": a clause boundary ends the search
            if is_infinitive(t) and lemma_of(t) in words:
                return True
        return False

    def in_clause(self, doc: Document, sent: SentenceView, i: int, j: int, name: str) -> bool:
        """A word of contexts.NAME anywhere in the trigger's clause: what a verb of use takes
        stands before it as often as after ("Росія застосувала проти мирних міст понад тисячу
        ракет", "Понад 1370 ракет застосовано")."""
        words = self.lex.contexts.get(name, frozenset())
        lo, hi = sent.clause_of(i)
        # ("Макрон прибув до Києва потягом": for the lists of who arrives, `subject_contexts`, a
        # word in the instrumental alone is the means of travel, not the one who arrives)
        means = name in self.lex.word_list("subject_contexts")
        return any((lemma_of(doc.tokens[m]) in words or doc.tokens[m].norm in words) and
                   not (means and _cases(doc.tokens[m].text) == {"ablt"})
                   for m in range(lo, hi) if not i <= m < j)

    def patient(self, doc: Document, sent: SentenceView, i: int, j: int, name: str) -> bool:
        """A passive told of what undergoes it ("Маріуполь заблоковано", "місто заблоковане
        російськими військами", "залишається заблокованим"): the trigger is an impersonal form in
        -но/-то or a participle standing as a predicate (nominative, or instrumental after a
        copula), and its clause holds a nominative or accusative word of contexts.NAME or a
        place name in one of those cases ("заблоковані активи" take no town, "із заблокованих
        міст" is no predicate)."""
        toks = doc.tokens
        t = toks[i]
        lo, hi = sent.clause_of(i)
        if t.pos in ("ADJF", "PRTF"):
            copulas = self.lex.word_list("copulas")
            if t.case == "ablt":
                if not (i > sent.lo and lemma_of(toks[i - 1]) in copulas):
                    return False
            elif t.case != "nomn":
                return False
            # an attribute, not a predicate: "відновимо зруйноване житло", "інформацію про
            # зруйноване житло", "кожен зруйнований будинок"
            if i > lo and (toks[i - 1].pos == "PREP" or lemma_of(toks[i - 1]) in self.lex.word_list("generic_determiners")):
                return False
            if any(_finite(toks[m]) and lemma_of(toks[m]) not in copulas for m in range(lo, hi) if m != i):
                return False
        elif not (t.pos == "VERB" and t.norm.endswith(("но", "то")) and not t.tense):
            return False
        words = self.lex.contexts.get(name, frozenset())
        places = {(a.start, a.end) for a in sent.args if (a.etype or "") == "LOC"}
        counted = self.lex.word_list("quantity_words")
        for m in range(lo, hi):
            w = toks[m]
            # "Десятки тисяч будинків зруйновані", "зруйновано 400 закладів освіти"
            after_count = w.case == "gent" and m > lo and (lemma_of(toks[m - 1]) in counted or
                                                          toks[m - 1].norm[:1].isdigit())
            if i <= m < j or not (w.case in ("nomn", "accs") or after_count) or w.pos not in ("NOUN", None):
                continue
            if lemma_of(w) in words or any(a <= w.start < b for a, b in places):
                return True
        return False

    def passive(self, doc: Document, i: int) -> bool:
        """The trigger is a passive: an impersonal form in -но/-то ("заблоковано", "випущено")
        or a participle ("заблокований", "розбомблених")."""
        t = doc.tokens[i]
        if t.pos == "VERB":
            return t.norm.endswith(("но", "то")) and not t.tense and not is_infinitive(t)
        return t.pos in ("ADJF", "PRTF") and lemma_of(t) in self.lex.by_lemma

    def person_after(self, doc: Document, sent: SentenceView, i: int, j: int, name: str) -> bool:
        """The verb's object is a person: a word of contexts.NAME in the accusative or a person
        named right after the verb, in its clause ("захопили мера міста Івана Федорова", "вбили у
        Харкові 96-річного Бориса Романченка"; "громаду, яку вдалося захопити російським
        військовим" takes no one).""" 
        toks = doc.tokens
        words = self.lex.contexts.get(name, frozenset())
        c_lo, c_hi = sent.clause_of(i)
        end = min(c_hi, j + OBJECT_WINDOW)
        names = [(a.start, a.end) for a in sent.args if (a.etype or "") == "PER"]
        in_pp = False
        for m in range(j, end):
            t = toks[m]
            # the first noun after the verb, outside a prepositional phrase ("вбили у Харкові
            # Бориса Романченка"), is its object ("захопити серця людей" takes hearts)
            if t.pos == "PREP":
                in_pp = True
                continue
            if any(a <= t.start < b for a, b in names):
                return True
            if not in_pp and lemma_of(t) in words and "accs" in _cases(t.text):
                return True
            if t.pos == "NOUN" and not in_pp and lemma_of(t) in self.lex.word_list("quantity_words"):
                continue       # "затримала сотні протестувальників": the people counted
            if t.pos == "NOUN":
                if not in_pp:
                    return False
                in_pp = False
        # "Президента Польщі прийняли в Києві": the object fronted before a verb with no subject
        for m in range(i - 1, max(c_lo, i - 4) - 1, -1):
            t = toks[m]
            if not t.is_word or t.pos in ("VERB", "PREP", "CONJ"):
                break
            cases = _cases(t.text)
            if "accs" in cases and "nomn" not in cases and (
                    lemma_of(t) in words or any(a <= t.start < b for a, b in names)):
                return True
        return False


def _copula_reading(t, copulas: frozenset) -> bool:
    """"Реформа стала ударом": the tagger may read "стала" as the adjective "сталий" ("стало"
    as the adverb); a word
    with a past verb reading of a copula right before an instrumental predicate is that verb."""
    return t.pos in ("ADJF", "ADVB") and any(p.tag.POS == "VERB" and p.normal_form in copulas for p in parses(t.text))
