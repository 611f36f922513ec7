"""The event trigger lexicon (`lang/uk/events.yaml`) compiled for lookup by lemma.

Triggers are lemmas, so one entry covers every inflected form; a few are phrases (a list of
words, each matched against a token's lemma or its lowercased form, because the morphology
lemmatises some words oddly: "зв'язку" -> "зв'язка").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ....lang.uk import load

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")

# `mode: none` in lang/uk/events.yaml: the trigger tells no mode, whatever other words of its
# sentence say ("Зеленський прийняв прем'єра, який прибув з візитом": the host's reception is
# a meeting of his own, the guest's visit is told by "прибув")
NO_MODE = "none"


@dataclass(frozen=True)
class Trigger:
    type: str
    words: tuple[frozenset[str], ...]    # one set of accepted lemmas/forms per word
    weight: float
    needs: tuple[str, ...] = ()
    mode: str | None = None
    status: str | None = None
    reroute: tuple[dict, ...] = ()

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


class WordLists(dict):
    """The lexicon's named word lists; a name it has no list for reads as an empty one."""

    def __missing__(self, name: str) -> frozenset[str]:
        return frozenset()


@dataclass
class Lexicon:
    by_lemma: dict[str, list[Trigger]] = field(default_factory=dict)   # single-word triggers
    phrases: dict[str, list[Trigger]] = field(default_factory=dict)    # first word -> phrases
    modes: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    plural_modes: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    contexts: dict[str, frozenset[str]] = field(default_factory=dict)
    need_words: frozenset[str] = frozenset()
    lists: dict[str, frozenset[str]] = field(default_factory=WordLists)
    imperative_requests: dict[str, str] = field(default_factory=dict)
    trigger_keys: frozenset[str] = frozenset()   # every word that can open a trigger
    home: dict = field(default_factory=dict)
    adversary: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # the rules ask for a list by name ~600 times a document: `word_list` is the lists'
        # own C-level lookup, set per instance over the method below (no Python frame a call)
        if not isinstance(self.lists, WordLists):
            self.lists = WordLists(self.lists)
        self.word_list = self.lists.__getitem__

    def word_list(self, name: str) -> frozenset[str]:
        """The word list of that name (empty when the lexicon has none)."""
        return self.lists[name]


def _alts(word: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in str(word).split("|") if w.strip())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load("events")
    lex = Lexicon()
    for type_, spec in (data.get("types") or {}).items():
        if type_ not in PLOVER_TYPES:
            raise ValueError(f"events.yaml: unknown PLOVER type {type_!r}")
        for entry in spec.get("triggers") or []:
            words = tuple(_alts(w) for w in entry["phrase"]) if "phrase" in entry else (_alts(entry["lemma"]),)
            trig = Trigger(type_, words, float(entry.get("weight", 0.6)),
                           tuple(entry.get("needs") or ()), entry.get("mode"), entry.get("status"),
                           tuple(entry.get("reroute") or ()))
            target = lex.phrases if trig.is_phrase else lex.by_lemma
            for first in words[0]:
                target.setdefault(first, []).append(trig)
        lex.modes[type_] = {m: frozenset(str(x).lower() for x in ws) for m, ws in (spec.get("modes") or {}).items()}
        lex.plural_modes[type_] = {m: frozenset(str(x).lower() for x in ws)
                                   for m, ws in (spec.get("plural_modes") or {}).items()}
        if spec.get("need_words"):
            lex.need_words = frozenset(spec["need_words"]) | _substantive_forms(spec["need_words"])
    lex.contexts = {k: frozenset(str(x).lower() for x in v) for k, v in (data.get("contexts") or {}).items()}
    for key, value in data.items():
        if isinstance(value, list):
            lex.lists[key] = frozenset(str(x).lower() for x in value)
    lex.imperative_requests = {str(k): str(v) for k, v in (data.get("imperative_requests") or {}).items()}
    lex.trigger_keys = frozenset(lex.by_lemma) | frozenset(lex.phrases) | lex.need_words
    lex.home = dict(data.get("home") or {})
    lex.adversary = dict(data.get("adversary") or {})
    return lex


def _substantive_forms(words) -> frozenset[str]:
    """"Потрібне ембарго", "Необхідне рішення": the dictionary reads the neuter of a need
    adjective as a noun of its own ("потрібне", lemma "потрібне") before the adjective, so
    the neuter form of each listed adjective counts as a need word too."""
    from ...morph import analyzer
    out = set()
    morph = analyzer()
    for w in words:
        for p in morph.parse(str(w)):
            if p.tag.POS == "ADJF" and p.normal_form == w:
                form = p.inflect({"neut", "nomn"})
                if form is not None:
                    out.add(form.word)
                break
    return frozenset(out)


def covered_types() -> set[str]:
    """PLOVER types that have at least one trigger (a test checks this is all sixteen)."""
    lex = lexicon()
    out = {t.type for ts in lex.by_lemma.values() for t in ts}
    out |= {t.type for ts in lex.phrases.values() for t in ts}
    if lex.need_words:
        out.add("REQUEST")
    return out
