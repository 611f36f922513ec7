"""The events layer's driver: each sentence's triggers (triggers/finder.py) become candidates with
status (status/clause_status.py) and arguments (arguments/roles.py); repeated mentions of one happening are merged
and every event gets a confidence (merging/merge.py). Events under `min_confidence` (option, default
0.5) are not emitted: a false event costs precision, and the generic uses of strong words
("готуємо зустрічі") score low.

Options (`Settings.options["events"]`): `min_confidence` (0.5), `home` (true: first-person
speakers and bare role words stand for the home side, `home` in events.yaml).
"""
from __future__ import annotations

from ...document import Document, Event
from ...pipeline import component
from ...settings import Settings
from .status.cancelled_plans import cancelled_plans
from .context import DocContext
from .arguments.delegations import add_delegates
from .arguments.own_state_sides import people_beside_states
from .arguments.told_bodies import people_beside_bodies
from .arguments.office_subjects import office_subject_refs
from .triggers.grounding import grounded_events
from .triggers.work_texts import unstoried_events
from .lexicon.trade_deals import public_deals
from .triggers.history_texts import current_events
from .triggers.open_conditions import named_conditions
from .time_place.later_time import date_from_next
from .time_place.dateline_places import dateline_places
from .time_place.talks_places import talks_places
from .time_place.continued_story import continued_story_times
from .lexicon.compiled import lexicon
from .arguments.condemned_acts import condemned_doers
from .arguments.shared_objects import shared_objects
from .arguments.condemned_victims import condemned_victims
from .arguments.attended_bodies import attended_bodies
from .arguments.court_venues import drop_court_venues
from .arguments.killed_envoys import killed_envoys
from .arguments.told_needs import others_needs
from .arguments.helpers_abroad import helpers_abroad
from .arguments.hosted_guests import received_guests
from .arguments.suit_owners import suit_owners
from .arguments.framed_acts import framed_acts
from .arguments.partner_owners import partner_owners
from .arguments.gathering_names import gathering_names
from .time_place.there_places import there_places
from .arguments.implied_receivers import implied_receivers, parallel_receivers
from .merging.merge import Cand, confidence, merge
from .arguments.posted_envoys import posted_envoys, summoning_states
from .merging.headlines import mark_headlines
from .scan import candidates
from .arguments.states import country_ids, entity_for, home_entity, place_country
from .merging.supported_acts import fold_supports
from .merging.named_again import mark_named_again
from .arguments.enacting_sentence import enactors
from .triggers.finder import TriggerFinder


class EventExtractor:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.lex = lexicon()
        self.min_conf = float(self.settings.option("events", "min_confidence", 0.5))
        self.use_home = bool(self.settings.option("events", "home", True))
        self.find = TriggerFinder(self.lex)
        country_ids(), place_country()          # load the place data once, not in a document

    def candidates(self, doc: Document, home: str | None) -> list[Cand]:
        return candidates(DocContext(self.lex, self.find), doc, home)

    def home(self, doc: Document) -> str | None:
        """The home side's id, added to the document's entities (`home_entity`), unless the
        home fallback is off or not configured: asked once, before the candidates' scan, and
        the same id serves the steps after it (no step of the layer takes an entity away)."""
        return home_entity(doc, self.lex) if self.use_home and self.lex.home else None

    def __call__(self, doc: Document) -> None:
        if not doc.tokens:
            return
        home = self.home(doc)
        office_subject_refs(doc)        # ("Сибіга зустрівся з Фіданом. Міністр також ...")
        cands = mark_named_again(self.lex, doc, _outside_foreign(doc, self.candidates(doc, home)))
        cands = cancelled_plans(self.lex, doc, cands)
        cands = implied_receivers(doc, cands)
        cands = parallel_receivers(self.lex, doc, cands)
        cands = drop_court_venues(self.lex, doc, cands)
        cands = attended_bodies(self.lex, doc, cands)
        cands = killed_envoys(self.lex, doc, cands)
        cands = received_guests(self.lex, doc, cands)     # ("Президента Фінляндії прийняли в ...")
        cands = helpers_abroad(self.lex, doc, cands)      # ("Волонтери з Литви прибули до Харкова")
        cands = others_needs(self.lex, doc, cands, home)  # ("Макрон заявив, що Україні потрібні ...")
        cands = posted_envoys(self.lex, doc, cands, home)       # ("Росія викликала посла США")
        cands = summoning_states(self.lex, doc, cands)    # ("У Будапешті викликали посла України")
        cands = suit_owners(self.lex, doc, cands)
        cands = framed_acts(self.lex, doc, cands)
        cands = partner_owners(self.lex, doc, cands)
        cands = condemned_victims(self.lex, doc, cands)
        cands = condemned_doers(self.lex, doc, cands)
        cands = shared_objects(self.lex, doc, cands)   # ("обстріляли та захопили кораблі")
        cands = dateline_places(self.lex, doc, cands)
        cands = there_places(self.lex, cands)        # ("Там запланована зустріч": the place just told)
        cands = talks_places(self.lex, doc, cands)
        cands = enactors(self.lex, doc, cands)      # ("Відповідний указ підписав Президент")
        events = merge(fold_supports(self.lex, doc, mark_headlines(doc, cands)))
        continued_story_times(self.lex, doc, events)     # (a new happening takes no story time)
        date_from_next(self.lex, doc, events)
        events = current_events(self.lex, doc, events)      # (history told, not reported)
        events = named_conditions(self.lex, doc, events)     # (a rule: "якщо на країну нападуть, ...")
        add_delegates(self.lex, doc, events)
        people_beside_states(doc, events)
        people_beside_bodies(doc, events)     # ("Секретар РНБО Рустем Умєров ... Він провів")
        gathering_names(self.lex, doc, events)      # (a named conference takes no side)
        # (a story or an essay names no party for its everyday "прошу", "зустрілися")
        events = grounded_events(self.lex, doc, events, home)
        events = unstoried_events(self.lex, doc, events)      # (a work's plot retold)
        events = public_deals(self.lex, doc, events)     # (firms' talks and deals)
        kept = []
        for e in events:
            conf = confidence(e)
            if conf >= self.min_conf:
                kept.append((e, conf))
        kept.sort(key=lambda ec: min([ec[0].evidence[0]] + [m.evidence[0] for m in ec[0].mentions]))
        for n, (e, conf) in enumerate(kept, 1):
            mentions = []
            for m in e.mentions:
                if m.evidence != e.evidence and all((x.start, x.end) != m.evidence for x in mentions):
                    mentions.append(doc.span(*m.evidence))
            doc.events.append(Event(
                id=f"e{n}", type=e.type, status=e.status, mode=e.mode,
                trigger=doc.span(*e.trig), evidence=doc.span(*e.evidence),
                actors=_resolved(doc, e.actors),
                recipients=_resolved(doc, [r for r in e.recipients if r not in e.actors]),
                place=(_resolved(doc, [e.place]) or [None])[0] if e.place else None,
                time=e.time or e.story_time, confidence=conf, mentions=mentions))


def _outside_foreign(doc: Document, cands: list[Cand]) -> list[Cand]:
    """Drop what is told in a Russian passage (`doc.foreign_spans`): its words carry no
    Ukrainian morphology, so its sides would be guessed ("Россия нанесла удар по Киеву" made
    Russia the one struck), and a wrong side is worse than no event."""
    if not doc.foreign_spans:
        return cands
    spans = [(f["start"], f["end"]) for f in doc.foreign_spans]
    return [c for c in cands if not any(a <= c.trig[0] < b for a, b in spans)]


def _resolved(doc: Document, ids: list[str]) -> list[str]:
    """Every id an event names is among the document's entities, as SPEC asks: a side the
    layer infers (the country of a town struck abroad) is added from the knowledge base, and
    an id it cannot resolve is dropped rather than left dangling."""
    return [x for x in ids if entity_for(doc, x) in doc.entities]



@component("events", requires=("tokens", "morph"), provides=("events",))
class EventsComponent(EventExtractor):
    """Pipeline component: appends `Event`s to `doc.events`."""


def extract_events(doc: Document, settings: Settings | None = None) -> list[Event]:
    """Run the events layer on an annotated document and return its events."""
    EventExtractor(settings)(doc)
    return doc.events
