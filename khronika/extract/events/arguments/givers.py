"""Who gave what a giving trigger names when no subject tells it: the party thanked for it ("Дякую
Польщі за зброю") and the antecedent's giver in a relative clause ("зброя, яку передали
партнери"). Thanks and relative clauses name the giver away from the verb, so the argument
layer alone would miss them.

A mixin of `triggers.finder.TriggerFinder` (it supplies `lex`).
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb
from ...morph import parses
from ..grammar.clauses import COORD, _cases, _finite
from ..grammar.names import token_index_at
from ..grammar.sentence_view import SentenceView, lemma_of
from .states import country_ids, place_country, state_of


class Givers:
    """The thanked givers and the givers named in a relative clause."""

    def thanked(self, doc: Document, sent: SentenceView, i: int) -> tuple[int, int] | None:
        """"Дякую Польщі за зброю", "вдячний США за пакет", "подякував Президенту Азербайджану
        за надану Україні гуманітарну підтримку": the trigger stands a few words after "за" and
        "за" after a word of thanks in the same clause; returns (the thanks word, "за"). Thanks
        to come ("будемо вдячні за рішення", "був би вдячний") ask, they thank for nothing given."""
        toks = doc.tokens
        subs = self.lex.word_list("subordinators")
        z = None
        for m in range(i - 1, max(sent.lo, i - 6) - 1, -1):
            t = toks[m]
            if t.norm == "за":
                z = m
                break
            if m - 1 >= sent.lo and toks[m - 1].norm == "," and \
                    (t.norm == "що" or lemma_of(t) in self.lex.word_list("relative_pronouns")) and \
                    all(toks[x].pos in ("ADVB", "NPRO", "PRCL") for x in range(m + 1, i)):
                # "Дякую Данії, що передала нам F-16", "вдячні Польщі, яка надала": the clause
                # after the comma tells what the thanked did
                z = m - 1
                break
            if not t.is_word or t.norm in subs or _finite(t):
                return None
        if z is None:
            return None
        thanks = self.lex.word_list("gratitude_words")
        for g in range(z - 1, max(sent.lo, z - 20) - 1, -1):
            t = toks[g]
            if lemma_of(t) in thanks or t.norm in thanks:
                if t.tense == "futr" or any(toks[m].norm in self.lex.word_list("future_thanks")
                                            for m in range(max(sent.lo, g - 3), g)):
                    return None
                return g, z
            if t.norm in subs or t.norm in (";", ":") or (_finite(t) and lemma_of(t) not in thanks):
                return None
        return None

    def thanked_givers(self, doc: Document, sent: SentenceView, i: int) -> list[str]:
        """The parties thanked for what the trigger names: the names between the thanks word and
        "за" ("вдячний Сполученим Штатам, Президенту Байдену та Конгресу за"), or before the
        thanks word in the dative ("Нашим друзям із Польщі ми вдячні за"); not the home side, its
        towns or its own people."""
        found = self.thanked(doc, sent, i)
        if found is None:
            return []
        g, z = found
        toks = doc.tokens
        home = (self.lex.home or {}).get("id")
        towns = place_country()
        lo = sent.clause_of(g)[0]
        out: list[str] = []
        # ("Санду подякувала Україні за підтримку": a foreign thanker thanks the home side for
        # what it gave; the home side thanked by its own is thanked for no gift)
        foreign = bool(self._foreign_thankers(doc, sent, lo, g, home))
        for a in sent.args:
            k = token_index_at(doc, a.start, sent.lo, sent.hi)
            if k is None or not (lo <= k < z) or k == g:
                continue
            if k < g and not ("datv" in _cases(toks[k].text) and toks[k].case != "nomn" and
                              (k == sent.lo or toks[k - 1].norm not in self.lex.word_list("prepositions")) and
                              not (toks[k - 1].pos == "NOUN" and toks[k - 1].case == "nomn")):
                continue          # ("Макрон подякував Україні", "Прем'єр Польщі подякував": the thanker)
            if foreign and k > g and (a.entity == home or state_of(a.entity, doc.date) == home):
                out.append(a.entity)
                continue
            if a.entity == home or a.entity in towns or a.kind == "pronoun":
                continue
            kb_entity = get_kb().entity(a.entity)
            if state_of(a.entity, doc.date) == home or (kb_entity is not None and kb_entity.of == home):
                continue          # "вдячний Верховній Раді", "дякую Андрію Єрмаку": our own
            if a.entity not in out:
                out.append(a.entity)
        return out

    @staticmethod
    def _foreign_thankers(doc: Document, sent: SentenceView, lo: int, g: int, home: str | None) -> list[str]:
        """The states other than the home side that thank: a subject between lo and the thanks
        word at g that is such a state, or one of its people (the state stands for him). Both
        the givers' side (a foreign thanker thanks the home side for its gift) and the
        recipients' side (the thanking state got the gift) read the same subjects."""
        states = country_ids()
        out: list[str] = []
        for a in sent.args:
            k = token_index_at(doc, a.start, sent.lo, sent.hi)
            if k is None or not lo <= k < g or doc.tokens[k].case != "nomn" or a.kind == "pronoun":
                continue
            state = a.entity if a.entity in states else \
                state_of(a.entity, doc.date) if (a.etype or "") == "PER" else None
            if state is not None and state != home and state not in out:
                out.append(state)
        return out

    def thanking_states(self, doc: Document, sent: SentenceView, i: int) -> list[str]:
        """"Туреччина вдячна Україні, яка передала допомогу": another state that thanks (the
        subject before the thanks word, or the state of a person there) received what it thanks
        for, though it stands outside the relative clause that tells the gift."""
        found = self.thanked(doc, sent, i)
        if found is None:
            return []
        g = found[0]
        return self._foreign_thankers(doc, sent, sent.clause_of(g)[0], g, (self.lex.home or {}).get("id"))

    def thanked_unnamed(self, doc: Document, sent: SentenceView, i: int, args, actors: list[str]) -> bool:
        """"Зеленський подякував за допомогу, яку США надали Україні": a noun of giving thanked
        for after "за" with no giver named before it and none named on it: whoever thanks did not
        give it (he is on the side that got it); the giver, if anyone, is told elsewhere (the
        relative clause, the sentence before). False when an actor stands after "за" ("за
        надану Польщею допомогу" names its giver), or when the one who thanks is another state
        or its people ("Макрон подякував за допомогу": who got it is not the home side)."""
        toks = doc.tokens
        found = self.thanked(doc, sent, i) if toks[i].pos == "NOUN" else None
        if found is None or toks[found[1]].norm != "за":
            return False
        g = found[0]
        if self._foreign_thankers(doc, sent, sent.clause_of(g)[0], g, (self.lex.home or {}).get("id")):
            return False
        z = toks[found[1]].start
        return not any(a.entity in actors and a.start > z for a in args)

    def antecedent(self, doc: Document, sent: SentenceView, i: int, name: str, subject: bool = False) -> bool:
        """"пакет, який надасть Польща", "зброя, яку передали партнери": a giving verb in a
        relative clause whose antecedent is what is given (the pronoun may be its object: "яка",
        a subject only, is not: "зброя, яка дасть змогу")."""
        toks = doc.tokens
        rel = self.lex.word_list("relative_pronouns")
        m = i - 1
        # (with `subject`, over the subject named between: "зброя, яку Словаччина надала
        # Україні", "танки, які вже передала нам Польща", or told by a pronoun: "пакет, який ми
        # отримали від Німеччини")
        named = [a for a in sent.args if a.start < toks[i].start] if subject else []
        glue = self.lex.word_list("name_list_glue")

        def in_named(k: int) -> bool:
            return any(a.start <= toks[k].start < a.end for a in named)
        # (several givers: "підтримка, яку Литва та Латвія надають")
        while m > sent.lo and (toks[m].pos == "ADVB" or toks[m].norm in self.lex.word_list("untagged_adverbs") or
                               in_named(m) and "nomn" in _cases(toks[m].text) or
                               toks[m].norm in glue and toks[m].norm != "," and in_named(m - 1) and in_named(m + 1)
                               or subject and toks[m].pos == "NPRO" and toks[m].case == "nomn" and
                               lemma_of(toks[m]) not in rel):
            m -= 1
        if m <= sent.lo + 1 or lemma_of(toks[m]) not in rel or toks[m - 1].norm != ",":
            return False
        if not any(p.tag.case == "accs" for p in parses(toks[m].text) if p.normal_form in rel):
            return False
        words = self.lex.contexts.get(name, frozenset())
        return any(lemma_of(toks[n]) in words for n in range(max(sent.lo, m - 4), m - 1))

    def participle_agent(self, doc: Document, sent: SentenceView, i: int, j: int, name: str) -> bool:
        """"Надані Німеччиною танки", "гаубиці, передані Норвегією": a passive participle of
        giving with its giver named in the instrumental right after it, and what is given (a word
        of contexts.NAME) just before the participle or after the giver."""
        toks = doc.tokens
        if j >= sent.hi or "pssv" not in (toks[i].tags or ()):
            return False
        agent = next((a for a in sent.args if a.start == toks[j].start), None)
        if agent is None or "ablt" not in _cases(toks[j].text):
            return False
        words = self.lex.contexts.get(name, frozenset())
        after = token_index_at(doc, agent.end - 1, j, sent.hi)
        near = list(range(max(sent.lo, i - 3), i)) + \
            (list(range(after + 1, min(sent.hi, after + 4))) if after is not None else [])
        return any(lemma_of(toks[m]) in words or toks[m].norm in words for m in near)

    def passive_agent(self, doc: Document, sent: SentenceView, i: int, j: int) -> bool:
        """"Херсон був обстріляний російськими військами", "інфраструктура, атакована Росією":
        a passive participle whose doer follows it in the instrumental, a name (or a country's
        adjective on it) or a word for the adversary. ("обстріляні міста" names no doer: the
        participle is only an attribute there.)"""
        toks = doc.tokens
        if j >= sent.hi or "pssv" not in (toks[i].tags or ()):
            return False
        adversary = self.lex.word_list("adversary_words")
        for m in range(j, min(sent.hi, j + 3)):
            t = toks[m]
            if "ablt" not in _cases(t.text):
                return False
            if any(a.start == t.start for a in sent.args) or lemma_of(t) in adversary:
                return True
            if t.pos not in ("ADJF", "PRTF"):
                return False
        return False


def remedy_against(toks, m: int, remedies: frozenset, arg) -> bool:
    """The name `arg` at m follows "від" after a remedy and is no party ("партія вакцин від
    COVID-19"): "від" names what the remedy guards against, not who gives it (`remedy_nouns`;
    "вакцини від Польщі" are Poland's gift)."""
    return m >= 2 and arg.etype not in ("PER", "ORG", "LOC") and toks[m - 1].norm == "від" and \
        lemma_of(toks[m - 2]) in remedies


def named_givers(doc: Document, args, i: int, hi: int, remedies: frozenset) -> list[str]:
    """Who gives what a verb of receiving tells: the name after "від" and the names listed
    with it ("отримуємо допомогу від ЄС, Британії та Канади": all three give, and none of them
    receives). Only a list joined by commas and conjunctions (`clauses.COORD`) goes on from the
    first giver, in the genitive "від" governs; a name after any other word ("від ЄС для
    України") or in another case ("від Польщі, Україна ж") starts a phrase of its own. After a
    remedy (`remedies`: "партія вакцин від COVID-19") "від" names what it guards against."""
    toks = doc.tokens
    givers: list[str] = []
    last_end = None       # the token after which the list may go on
    for a in sorted(args, key=lambda x: x.start):
        if a.start <= toks[i].start:
            continue
        k = token_index_at(doc, a.start, i, hi)
        if k is None:
            continue
        listed = last_end is not None and k > last_end + 1 and \
            all(toks[m].norm in COORD for m in range(last_end + 1, k)) and \
            (not (cases := _cases(toks[k].text)) or "gent" in cases)
        if remedy_against(toks, k, remedies, a):
            continue
        if toks[k - 1].norm == "від" or listed:
            if a.entity not in givers:
                givers.append(a.entity)
            last_end = token_index_at(doc, a.end - 1, k, hi)
        elif last_end is not None and k > last_end:
            last_end = None
    return givers


def thanked_sides(doc: Document, givers: list[str], actors: list[str], recipients: list[str],
                  home: str | None, thanking: list[str]) -> tuple[list[str], list[str], set[str]]:
    """"Дякую Польщі за зброю": the party thanked gave it, and who receives is the home side,
    its people and towns ("підтримку нашого захисту від загарбників": the adversary receives
    nothing); who thanks is no recipient ("Зеленський подякував Данії за пакет" gives to
    Ukraine, not to him). Another state that thanks (`thanking`: "Литва вдячна Японії, яка
    надала генератори", "Туреччина вдячна Україні") is the one that got it, unless the home
    side is named as receiving. Returns (actors, recipients, the thanking people)."""
    towns = place_country()
    thanker = {x for x in actors if x not in givers and doc.entities.get(x) is not None
               and doc.entities[x].type == "PER"}
    if home is not None and home in givers:
        # ("Санду подякувала Україні за підтримку": the foreign thanker's state received it)
        received = [x for x in actors + recipients if x not in givers and x not in thanker and x not in towns]
        for x in thanker:
            state = state_of(x, doc.date)
            if state is not None and state not in givers and state not in received:
                received.append(state)
        return list(givers), received + [x for x in thanking if x not in givers and x not in received], thanker
    recipients = [x for x in actors + recipients if x not in givers and x not in thanker and
                  (x == home or towns.get(x) == home or state_of(x, doc.date) == home)]
    if not recipients:
        recipients = [x for x in thanking if x not in givers]
    actors = list(givers)
    if home and not recipients:
        recipients.append(home)
    return actors, recipients, thanker
