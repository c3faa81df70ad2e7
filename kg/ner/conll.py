"""Read and write KazNERD-style IOB2 files, and convert them to and from spaCy.

The format: sentences separated by blank lines; the first line of each
sentence is its id (``AID250683 O``), then one ``token TAG`` line per token.
The tag column may be absent (text still to be tagged), in which case the
sentence is returned with ``tags`` set to ``None``.

>>> import io
>>> text = "AID1 O\\nАстана B-GPE\\nқаласы O\\n\\nAID2 O\\nСәлем\\n"
>>> list(read_conll(io.StringIO(text)))
[('AID1', ['Астана', 'қаласы'], ['B-GPE', 'O']), ('AID2', ['Сәлем'], None)]
>>> out = io.StringIO()
>>> write_conll([("AID1", ["Астана", "қаласы"], ["B-GPE", "O"])], out)
>>> print(out.getvalue(), end="")
AID1 O
Астана B-GPE
қаласы O
<BLANKLINE>
"""
from __future__ import annotations

import os
import re
from typing import IO, Iterable, Iterator, Optional, Sequence, Union

# The 25 KazNERD classes (plus NON_HUMAN, which occurs once in the data).
KAZNERD_LABELS: tuple[str, ...] = (
    "ADAGE", "ART", "CARDINAL", "CONTACT", "DATE", "DISEASE", "EVENT",
    "FACILITY", "GPE", "LANGUAGE", "LAW", "LOCATION", "MISCELLANEOUS", "MONEY",
    "NON_HUMAN", "NORP", "ORDINAL", "ORGANISATION", "PERCENTAGE", "PERSON",
    "POSITION", "PRODUCT", "PROJECT", "QUANTITY", "TIME",
)

TAG_RE = re.compile(r"^(?:O|[BI]-[A-Z][A-Z_]*)$")
_SPLIT_RE = re.compile(r"[ \t]+")

Sentence = tuple[str, list[str], Optional[list[str]]]
PathOrFile = Union[str, os.PathLike, IO[str]]


def _open(source: PathOrFile, mode: str):
    if isinstance(source, (str, os.PathLike)):
        # newline="" keeps "\r" so we can strip it ourselves (CRLF files).
        return open(source, mode, encoding="utf-8", newline="" if "r" in mode else None)
    return _NoClose(source)


class _NoClose:
    """Context manager that leaves a caller's file object open."""

    def __init__(self, f):
        self.f = f

    def __enter__(self):
        return self.f

    def __exit__(self, *exc):
        return False


def read_conll(source: PathOrFile, has_ids: bool = True) -> Iterator[Sentence]:
    """Yield ``(sent_id, tokens, tags_or_None)`` for each sentence in ``source``.

    ``source`` is a path or a text file object.  Trailing spaces and CRLF line
    ends are tolerated; blank lines (any number) separate sentences.  With
    ``has_ids=False`` there is no id line and ids are generated (``s1``, ...).
    A sentence whose token lines all lack the tag column gets ``tags=None``.

    Raises ``ValueError`` naming the (1-based) line number for a line with more
    than two columns, a tag not in IOB2 form (``O``, ``B-X``, ``I-X``), or a
    sentence that mixes tagged and untagged lines.

    >>> import io
    >>> list(read_conll(io.StringIO("A1 O\\r\\nБіз O  \\r\\n")))
    [('A1', ['Біз'], ['O'])]
    >>> list(read_conll(io.StringIO("A1 O\\nБіз X\\n")))
    Traceback (most recent call last):
    ...
    ValueError: line 2: tag 'X' is not IOB2 (O, B-LABEL or I-LABEL)
    """
    with _open(source, "r") as f:
        sent_id: Optional[str] = None
        tokens: list[str] = []
        tags: list[Optional[str]] = []
        first_line = 0
        n_auto = 0
        in_sentence = False

        def finish() -> Sentence:
            nonlocal n_auto
            sid = sent_id
            if sid is None:
                n_auto += 1
                sid = f"s{n_auto}"
            have = [t is not None for t in tags]
            if have and any(have) and not all(have):
                missing = have.index(False) if have[0] else have.index(True)
                raise ValueError(
                    f"line {first_line + missing + (1 if has_ids else 0)}: sentence "
                    f"{sid!r} mixes tagged and untagged token lines"
                )
            return sid, list(tokens), (list(tags) if have and all(have) else None)  # type: ignore[arg-type]

        for lineno, raw in enumerate(f, start=1):
            line = raw.rstrip("\r\n").strip(" \t\r")
            if not line:
                if in_sentence:
                    if tokens or sent_id is not None:
                        yield finish()
                    sent_id, tokens, tags, in_sentence = None, [], [], False
                continue
            cols = _SPLIT_RE.split(line)
            if len(cols) > 2:
                raise ValueError(
                    f"line {lineno}: expected 'token TAG' (at most 2 columns), got {len(cols)}: {line!r}"
                )
            tag = cols[1] if len(cols) == 2 else None
            if tag is not None and not TAG_RE.match(tag):
                raise ValueError(f"line {lineno}: tag {tag!r} is not IOB2 (O, B-LABEL or I-LABEL)")
            if not in_sentence:
                in_sentence = True
                first_line = lineno
                if has_ids:
                    sent_id = cols[0]
                    continue
            tokens.append(cols[0])
            tags.append(tag)
        if in_sentence and (tokens or sent_id is not None):
            yield finish()


def write_conll(sentences: Iterable[Sequence], dest: PathOrFile) -> None:
    """Write ``(sent_id, tokens, tags_or_None)`` triples in KazNERD format.

    The id line is ``<id> O``; token lines are ``token TAG`` (or just ``token``
    when tags is ``None``); a blank line ends each sentence.

    >>> import io
    >>> out = io.StringIO()
    >>> write_conll([("x", ["Біз"], None)], out); out.getvalue()
    'x O\\nБіз\\n\\n'
    """
    with _open(dest, "w") as f:
        for sent_id, tokens, tags in sentences:
            f.write(f"{sent_id} O\n")
            if tags is not None and len(tags) != len(tokens):
                raise ValueError(f"sentence {sent_id!r}: {len(tokens)} tokens but {len(tags)} tags")
            for i, tok in enumerate(tokens):
                if not tok or _SPLIT_RE.search(tok):
                    raise ValueError(f"sentence {sent_id!r}: token {tok!r} is empty or has whitespace")
                f.write(f"{tok} {tags[i]}\n" if tags is not None else f"{tok}\n")
            f.write("\n")


def repair_iob(tags: Sequence[str]) -> list[str]:
    """Make a tag sequence valid IOB2: an ``I-X`` not continuing an X becomes ``B-X``.

    >>> repair_iob(["O", "I-GPE", "I-GPE", "I-PERSON"])
    ['O', 'B-GPE', 'I-GPE', 'B-PERSON']
    """
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def to_doc(nlp_or_vocab, tokens: Sequence[str], tags: Optional[Sequence[str]] = None):
    """Build a spaCy ``Doc`` with the given tokens (no re-tokenisation) and gold entities.

    >>> import spacy, kg.lang.kk.kazakh
    >>> doc = to_doc(spacy.blank("kk"), ["Тоқаев", "Астанада"], ["B-PERSON", "B-GPE"])
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Тоқаев', 'PERSON'), ('Астанада', 'GPE')]
    """
    from spacy.tokens import Doc

    vocab = getattr(nlp_or_vocab, "vocab", nlp_or_vocab)
    ents = repair_iob(tags) if tags is not None else None
    return Doc(vocab, words=list(tokens), spaces=[True] * len(tokens), ents=ents)


def doc_to_tags(doc, labels: Iterable[str] = KAZNERD_LABELS) -> list[str]:
    """IOB2 tags of a (predicted) ``Doc``; entity labels outside ``labels`` become ``O``.

    >>> import spacy, kg.lang.kk.kazakh
    >>> doc_to_tags(to_doc(spacy.blank("kk"), ["Қасым-Жомарт", "Тоқаев", "келді"],
    ...                    ["B-PERSON", "I-PERSON", "O"]))
    ['B-PERSON', 'I-PERSON', 'O']
    """
    allowed = set(labels)
    tags = []
    for tok in doc:
        if tok.ent_iob_ in ("B", "I") and tok.ent_type_ in allowed:
            tags.append(f"{tok.ent_iob_}-{tok.ent_type_}")
        else:
            tags.append("O")
    return repair_iob(tags)


def sentences_to_docs(nlp_or_vocab, sentences: Iterable[Sentence]):
    """Convert reader output to ``Doc`` objects (gold entities when tags are present)."""
    return [to_doc(nlp_or_vocab, toks, tags) for _sid, toks, tags in sentences]


def tag_sentences(nlp, sentences: Iterable[Sentence], batch_size: int = 256) -> Iterator[Sentence]:
    """Run ``nlp``'s components over pre-tokenised sentences; yield predicted IOB2 tags.

    Each sentence becomes a ``Doc`` of exactly its tokens and the pipeline's
    components run on that ``Doc`` (the tokenizer is bypassed).
    """
    sents = list(sentences)
    docs = (to_doc(nlp, toks) for _sid, toks, _tags in sents)
    for (sid, toks, _tags), doc in zip(sents, nlp.pipe(docs, batch_size=batch_size)):
        assert [t.text for t in doc] == list(toks)
        yield sid, list(toks), doc_to_tags(doc)


def tag_conll(nlp, in_path: PathOrFile, out_path: PathOrFile, has_ids: bool = True) -> int:
    """Tag the pre-tokenised sentences of ``in_path`` and write them to ``out_path``.

    Input tags, if any, are ignored and replaced by predictions; tokens are
    kept exactly.  Returns the number of sentences written.

    >>> import io, spacy, kg.lang.kk.kazakh
    >>> nlp = spacy.blank("kk")   # no NER: every tag comes out O
    >>> out = io.StringIO()
    >>> tag_conll(nlp, io.StringIO("s1 O\\nҚазақстан\\nелі\\n"), out)
    1
    >>> print(out.getvalue(), end="")
    s1 O
    Қазақстан O
    елі O
    <BLANKLINE>
    """
    tagged = list(tag_sentences(nlp, read_conll(in_path, has_ids=has_ids)))
    write_conll(tagged, out_path)
    return len(tagged)
