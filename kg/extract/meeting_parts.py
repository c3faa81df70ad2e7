"""Who took part in a meeting a sentence tells only in part: the subject it leaves out or
gives as a pronoun (carried from the sentences before), the head of state who receives
credentials, the sender of a message handed over at a meeting (no participant), and the verb
that tells what two people did together.  Read by :mod:`kg.extract.meetings`."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context, Sentence

# how many sentences back the subject of a sentence that leaves it out may be named
SUBJECT_REACH = 3


def credentials(ctx: Context, index: int) -> set[tuple[str, str]]:
    """Ambassadors who present credentials meet the head of state who receives them, not each
    other: "принял верительные грамоты послов Испании A и Италии B", "Верительные грамоты
    вручили послы A, B и C" (the head of state named in a sentence just before).  The head of
    state is the one leader of the sentence, or of the nearest sentence before that names one."""
    sentence = ctx.sentences[index]
    if not sentence.event_words("credentials"):
        return set()
    people = list(dict.fromkeys(k for _m, k in ctx.people(sentence)))
    entities = ctx.resolution.entities
    heads = [k for k in people if entities[k].is_leader]
    for before in reversed(ctx.sentences[max(0, index - SUBJECT_REACH):index] if not heads else []):
        heads = list(dict.fromkeys(k for m, k in ctx.people(before) if m._.case == "Nom" and entities[k].is_leader))
        if heads:
            break
    if len(heads) != 1:
        return set()
    return {(heads[0], k) for k in people if k != heads[0]}


def carried_subject(ctx: Context, index: int) -> set[tuple[str, str]]:
    """A meeting whose subject the sentence leaves out or gives as a pronoun: "Во время встречи
    с послом Китая Чжан Сяо отмечена ...", "Он также встретился с ...": the partner (in the
    instrumental, or the accusative of a reception) met the one subject of the nearest sentence
    before that names anyone, if no call was told in between: a sentence that names people but
    none as its subject (визит президента Кореи Юн Сок Еля) leaves the subject unknown.  Russian
    only (see below)."""
    sentence = ctx.sentences[index]
    people = list(ctx.people(sentence))
    if not ctx.language.head_first:
        # in Kazakh the verb ends the sentence with its subject dropped far more freely, and a
        # guard of unseen Kazakh pages found a false meeting from it: only where the meeting
        # noun and its partner come first (Во время встречи с ...) is the subject carried
        return set()
    if not people or any(m._.case == "Nom" for m, _k in people):
        return set()
    cases = ({"Ins"} if sentence.has("meeting") else set()) | ({"Acc"} if sentence.has("receive") else set())
    partners = {k for m, k in people if m._.case in cases}
    for before in reversed(ctx.sentences[max(0, index - SUBJECT_REACH):index]):
        if before.has("remote") or before.event_words("call-mode"):
            return set()
        named = list(ctx.people(before))
        subjects = {k for m, k in named if m._.case == "Nom"}
        if named:  # the nearest sentence that names someone: its one subject, or no one
            return {(s, k) for s in subjects for k in partners if k != s} if len(subjects) == 1 else set()
    return set()


def senders(ctx: Context, sentence: Sentence, start: int) -> set[str]:
    """People named only after a message word that follows the meeting word (принял министра,
    который передал послание Председателя Си Цзиньпина): whose message was handed over, not
    who was met."""
    cut = min((s for s, _e, kind in sentence.triggers if kind == "remote" and s > start), default=None)
    if cut is None:
        return set()
    people = list(ctx.people(sentence))
    return {k for m, k in people if m.start > cut} - {k for m, k in people if m.start < cut}


def predicate(ctx: Context, sentence: Sentence, after: int) -> Token | None:
    """The verb that tells what the subjects did: the word that ends the sentence where a
    verb ends its clause (Kazakh); else the first verb after them (Токаев и Мирзиёев посетили
    выставку)."""
    if ctx.language.verb_final:
        return next((t for t in reversed(sentence.span) if t.is_alpha), None)
    tense_of = ctx.language.tense.tense_of
    return next((t for t in ctx.doc[after:sentence.span.end] if t.is_alpha and tense_of(t.text)), None)
