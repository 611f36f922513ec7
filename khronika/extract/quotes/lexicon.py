"""The speech lexicon (`lang/uk/speech.yaml`) turned into fast lookups, and the token index
that every part of the quote layer queries many times per document."""
from __future__ import annotations

import bisect
import re

from ...document import Document, Sentence, Token
from ...lang.uk import load

_LEXICON = None
# the imperative, as pymorphy3's Ukrainian dictionary ("impr") and the universal tag ("Impe")
# spell it: "Зверніть увагу:", "Скажіть, що ..." report no one's speech
IMPERATIVE = frozenset({"impr", "Impe"})


def finite_third(t: Token) -> bool:
    """A finite verb that can tell what another does or says: no infinitive, no imperative,
    not of the first or second person ("заявив", "підтримали", not "скажу", "Зверніть")."""
    return t.pos == "VERB" and "infn" not in t.tags and t.person not in ("1per", "2per") \
        and not IMPERATIVE & t.tags


class Lexicon:
    """The speech data file turned into fast lookups."""

    def __init__(self, data: dict):
        self.verbs = frozenset(data["speech_verbs"])
        self.stance = frozenset(data.get("speech_adjectives") or ())
        self.adjectives = self.stance | frozenset(data.get("speech_gerunds") or ())
        self.speech_lemmas = self.verbs | self.adjectives
        manner = frozenset(data.get("manner_verbs") or ())
        self.after_quote_verbs = frozenset(data.get("after_quote_verbs") or ()) | manner
        self.topic_preps: dict[str, frozenset[str]] = {}     # lemma -> its prepositions
        for prep, lemmas in data["topic_verbs"].items():
            for lemma in lemmas:
                self.topic_preps[lemma] = self.topic_preps.get(lemma, frozenset()) | {prep}
        self.topic_verbs = frozenset(self.topic_preps)
        self.topic_gap = int(data.get("topic_gap", 0))
        self.complementizers = frozenset(data["complementizers"])
        self.topic_openers = frozenset(data.get("topic_openers") or ())
        self.body_prepositions = frozenset(data.get("body_prepositions") or ())
        self.place_prepositions = frozenset(data.get("place_prepositions") or ())
        self.there_words = frozenset(data.get("there_words") or ())
        self.about_this = [list(ws) for ws in data.get("about_this") or ()]
        self.about_first = frozenset(ws[0] for ws in self.about_this)
        self.about_this_determiners = frozenset(data.get("about_this_determiners") or ())
        self.about_this_nouns = frozenset(data.get("about_this_nouns") or ())
        self.about_this_verbs = frozenset(data.get("about_this_verbs") or ())
        self.about_this_pronouns = frozenset(data.get("about_this_pronouns") or ())
        self.citing_frames = [list(ws) for ws in data.get("citing_frames") or ()]
        self.interview_with = frozenset(data.get("interview_with") or ())
        self.headline_topic_words = frozenset(data.get("headline_topic_words") or ())
        self.headline_setting_words = frozenset(data.get("headline_setting_words") or ())
        self.interview_with_heads = tuple(data.get("interview_with_heads") or ())
        self.caption_nouns = frozenset(data.get("caption_nouns") or ())
        self.caption_leads = frozenset(data.get("caption_leads") or ())
        self.manner_words = frozenset(data.get("manner_words") or ())
        self.manner_copulas = frozenset(data.get("manner_copulas") or ())
        self.relay_verbs = frozenset(data.get("relay_verbs") or ())
        self.citing_verbs = frozenset(data.get("citing_verbs") or ())
        self.colon_verbs = frozenset(data.get("colon_verbs") or ()) | manner
        self.publish_verbs = frozenset(data.get("publish_verbs") or ())
        self.naming_verbs = frozenset(data.get("naming_verbs") or ())
        self.naming_as_verbs = frozenset(data.get("naming_as_verbs") or ())
        self.seat_bodies = {k: tuple(v) for k, v in (data.get("seat_bodies") or {}).items()}
        self.market_nouns = frozenset(data.get("market_nouns") or ())
        self.regional_bodies = dict(data.get("regional_bodies") or {})
        self.person_epithets = frozenset(data.get("person_epithets") or ())
        self.kin_words = frozenset(data.get("kin_words") or ())
        self.action_subject_pronouns = frozenset(data.get("action_subject_pronouns") or ())
        self.honorifics = frozenset(data.get("honorifics") or ())
        self.named_text_verbs = frozenset(data.get("named_text_verbs") or ())
        self.named_text_pronouns = frozenset(data.get("named_text_pronouns") or ())
        self.amended_units = frozenset(data.get("amended_units") or ())
        self.amendment_verbs = frozenset(data.get("amendment_verbs") or ())
        self.reply_verbs = frozenset(data.get("reply_verbs") or ())
        self.epithet_adjectives = frozenset(data.get("epithet_adjectives") or ())
        self.title_paragraphs = int(data.get("title_paragraphs", 2))
        self.coordinators = frozenset(data.get("coordinators") or ())
        self.asking_verbs = frozenset(data.get("asking_verbs") or ())
        self.title_synonyms = {k: tuple(v) for k, v in (data.get("title_synonyms") or {}).items()}
        self.media_nouns = frozenset(data.get("media_nouns") or ())
        self.source_documents = frozenset(data.get("source_documents") or ())
        self.personal_documents = frozenset(data.get("personal_documents") or ())
        self.document_verbs = frozenset(data.get("document_verbs") or ())
        self.source_nouns = frozenset(data.get("source_nouns") or ())
        self.confidant_nouns = frozenset(data.get("confidant_nouns") or ())
        self.side_nouns = frozenset(data.get("side_nouns") or ())
        self.mission_nouns = frozenset(data.get("mission_nouns") or ())
        self.state_body_nouns = frozenset(data.get("state_body_nouns") or ())
        self.owner_pronouns = frozenset(data.get("owner_pronouns") or ())
        self.relay_nouns = frozenset(data.get("relay_nouns") or ())
        self.relative_heads = frozenset(data.get("relative_heads") or ())
        self.bare_relative_heads = frozenset(data.get("bare_relative_heads") or ())
        self.negations = frozenset(data.get("negations") or ())
        self.saying_particles = frozenset(data.get("saying_particles") or ())
        self.not_bodies = frozenset(data.get("not_bodies") or ())
        self.data_frames = frozenset(data.get("data_frames") or ())
        self.not_speech_before = {k: frozenset(v) for k, v in
                                  (data.get("not_speech_before") or {}).items()}
        self.body_max_words = int(data.get("body_max_words", 5))
        self.address_min_first_person = int(data.get("address_min_first_person", 3))
        self.relatives = frozenset(data.get("relatives") or ())
        self.parentheticals = frozenset(data.get("parentheticals") or ())
        self.joining_conjunctions = frozenset(data.get("joining_conjunctions") or ())
        self.object_senses = frozenset(data.get("object_senses") or ())
        self.object_pronouns = frozenset(data.get("object_pronouns") or ())
        russian = data.get("russian_frames") or {}
        self.russian_verbs = {k.replace("ё", "е"): v for k, v in (russian.get("verbs") or {}).items()}
        self.russian_pronouns = dict(russian.get("pronouns") or {})
        self.max_gap = int(data.get("max_gap_tokens", 10))
        self.name_lead_words = int(data.get("name_lead_words", 8))
        self.frames = [dict(f, forms=frozenset(f.get("forms") or ())) for f in data["frames"]]
        self.frame_heads = frozenset(f["head"] for f in self.frames)
        forms: dict[str, set[str]] = {}
        for f in self.frames:
            if not f.get("verb"):
                forms.setdefault(f["head"], set()).update(f["forms"])
        self.frame_forms = {h: frozenset(v) for h, v in forms.items()}
        self.pairs = dict(data["quote_pairs"])
        self.openers = frozenset(self.pairs)
        self.closers = frozenset(self.pairs.values())
        self.marks = self.openers | self.closers
        self.mark_re = re.compile("[" + "".join(re.escape(c) for c in sorted(self.marks)) + "]")
        self.dashes = frozenset(data["dashes"])
        self.first_person = frozenset(data["first_person"])
        self.first_subject = frozenset(data.get("first_person_subjects") or ())
        self.pronouns = {g: frozenset(ws) for g, ws in data["speaker_pronouns"].items()}
        self.all_pronouns = frozenset().union(*self.pronouns.values())
        self.title_words = frozenset(data.get("title_words") or ())
        self.slogan_verbs = frozenset(data.get("slogan_verbs") or ())
        self.cited_words = frozenset(data.get("cited_words") or ())
        self.refrain_words = frozenset(data.get("refrain_words") or ())
        self.press_services = frozenset(data.get("press_services") or ())
        self.speaker_bodies = frozenset(data.get("speaker_bodies") or ())
        self.located_bodies = frozenset(data.get("located_bodies") or ())
        self.anaphoric_bodies = frozenset(data.get("anaphoric_bodies") or ())
        self.partitive_heads = frozenset(data.get("partitive_heads") or ())
        self.interview_question_labels = frozenset(data.get("interview_question_labels") or ())
        self.interview_answer_labels = frozenset(data.get("interview_answer_labels") or ())
        self.interview_words = tuple(data.get("interview_words") or ())
        self.populace = frozenset(data.get("populace") or ())
        self.handover_nouns = frozenset(data.get("handover_nouns") or ())
        self.party_prepositions = frozenset(data.get("party_prepositions") or ())
        they = data.get("they_speakers") or {}
        self.they_pronouns = frozenset(they.get("pronouns") or ())
        self.they_sentences = int(they.get("sentences", 2))
        members = data.get("assembly_members") or {}
        self.assembly_members = frozenset(members.get("members") or ())
        self.assembly_names = frozenset(members.get("names") or ())
        self.assembly_after_first = frozenset(members.get("after_first") or ())
        self.they_adversary_words = frozenset(they.get("adversary_words") or ())
        self.they_forces = frozenset(they.get("forces") or ())
        dash_class = "".join(re.escape(d) for d in sorted(self.dashes))
        # punctuation + dash that hands over to the narrator: "..., – зазначив"; texts
        # printed from a tokenized corpus set a space before the comma ("» , – каже")
        self.attr_dash = re.compile(rf"[ \t]*[,.!?…]?\s*[{dash_class}]\s*")
        self.inner_dash = re.compile(rf"([,.!?…])\s+[{dash_class}]\s+")
        self.resume_dash = re.compile(rf"[,.]\s+[{dash_class}]\s*")
        # a dash that opens speech after the end of a narrated sentence
        self.sentence_dash = re.compile(rf"(?<=[.!?…])\s+[{dash_class}]\s+")

    def is_speech_token(self, tok: Token) -> bool:
        return tok.lemma in self.speech_lemmas

    def is_document_verb(self, tok: Token) -> bool:
        """A verb a text speaks with on its own ("У заяві йдеться", "зазначено", "сказано"):
        a document verb of `speech.yaml` or an impersonal form. Such a verb names no speaker,
        so its words are the document's issuer's, never the person named last."""
        return tok.lemma in self.document_verbs or "Impe" in tok.tags

    def is_speech_verb(self, tok: Token) -> bool:
        """A verb or gerund of saying; a stance adjective ("певним", "впевнений") alone is not
        one: it reports speech only with its own content clause."""
        return bool(tok.lemma) and (tok.lemma in self.verbs or (
            tok.lemma in self.adjectives and tok.lemma not in self.stance))


def names_document(lex: Lexicon, prep: Token, noun: Token) -> bool:
    """Whether `prep` and `noun` name the document words are written in ("в повідомленні",
    "у заяві", "на сайті" as the data lists them): a body preposition and a noun of
    `source_documents`. The quote layer asks it where a text may speak for its issuer."""
    return prep.norm in lex.body_prepositions and noun.lemma in lex.source_documents


def tokens_in(doc: Document, start: int, end: int) -> list[Token]:
    """Tokens inside [start, end), by bisection (the layer asks this many times per document):
    from the first token starting at or after `start` up to the first one ending after `end`
    (token ends ascend, so that is a second bisection and a slice)."""
    toks = doc.tokens
    bounds = doc.meta.get("_quote_tok_bounds")
    if bounds is None or len(bounds[0]) != len(toks):
        bounds = doc.meta["_quote_tok_bounds"] = ([t.start for t in toks], [t.end for t in toks])
    i = bisect.bisect_left(bounds[0], start)
    return toks[i:max(i, bisect.bisect_right(bounds[1], end, i))]


def paragraph_starts(doc: Document) -> list[int]:
    """Paragraph offsets for bisection (paragraphs are disjoint and in text order)."""
    starts = doc.meta.get("_quote_para_starts")
    if starts is None or len(starts) != len(doc.paragraphs):
        starts = doc.meta["_quote_para_starts"] = [p.start for p in doc.paragraphs]
    return starts


def sentence_before(doc: Document, pos: int) -> Sentence | None:
    """The sentence before the one at `pos`, in its paragraph or closing the one before (news
    gives each sentence a paragraph, so a subject told there still goes on); None at the
    text's first sentence or across a larger gap."""
    sents = doc.sentences
    if not sents:
        return None
    si = doc.sentence_at(pos)
    if si == 0 or sents[si - 1].paragraph not in (sents[si].paragraph, sents[si].paragraph - 1):
        return None
    return sents[si - 1]


def lead_sentence(doc: Document, resolver, pos: int, strip: str, inside=None, hands_over=None) -> Sentence | None:
    """The sentence before the one a quote at `pos` opens (only characters of `strip` before
    it in its sentence, or `inside(sentence start)` allows a mark inside it), in its paragraph
    or the one before and outside any quote; `hands_over(sentence)` steps over one that only
    hands the words on. None where there is none."""
    if not doc.sentences:
        return None
    si = doc.sentence_at(pos)
    sent = doc.sentences[si]
    if si == 0:
        return None
    if doc.text[sent.start:pos].strip(strip) and not (inside is not None and inside(sent.start)):
        return None
    prev = doc.sentences[si - 1]
    if si >= 2 and hands_over is not None and hands_over(prev):
        prev = doc.sentences[si - 2]
    if sent.paragraph - prev.paragraph > 1 or resolver._in_quote(prev.start):
        return None
    return prev


def lexicon() -> Lexicon:
    """The speech lexicon, parsed once per process."""
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon(load("speech"))
    return _LEXICON
