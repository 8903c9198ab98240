"""PERSON names: full names only (given + family name, initials + family name,
or title + family name), found in one pass over the capitalised words.

Names carry no checksum, so the evidence is the *kind* of each capitalised
word (see :mod:`services.intent.names`) and, where the kinds alone are weak,
the context:

* **Kinds.** A known given name followed by a known or unknown surname-shaped
  word ("Lucas Moreau", "Emily Okafor"), an unknown word followed by a known
  surname ("Oluwaseun Eze"), initials with a surname ("J. R. Smith"), a title
  with a name ("Dr. Amal Haddad"; the span leaves the title out, as the gold
  data does), a family name written first with romanised given-name
  syllables ("Tan Wei Ming"), particles inside ("Pieter van Dijk").
* **Context** decides the weak cases (two unknown words, a name that is also
  an English word, a surname-only pair): a cue word just before ("From:",
  "Dear", "cc", "per", "with", "ask", "this is"), a person's verb or contact
  detail just after ("... here", "<jo@x.org>", "(+44 ...)", "forwarded"), an
  e-mail address in the text whose local part spells the name
  ("svetlana.ivic@"), or a signature line after "Thanks,".
* **Vetoes.** Common English words split a run of capitalised words
  ("Please Review", "Action Items", "Dear Team"); a run followed by an
  organisation or place word ("... Bank", "... Street") or listed as a brand
  or place ("Morgan Stanley", "Hong Kong") is no person; all-caps words count
  only as known given name + known surname ("TFR FROM MARISOL ORTEGA").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from services.intent.lexicon import words
from services.intent.names import (
    AMBIGUOUS_FIRST,
    AMBIGUOUS_SURNAMES,
    COMMON_WORDS,
    FIRST_NAMES,
    GIVEN_SYLLABLES,
    HONORIFICS,
    NATIONALITIES,
    NOT_NAMES,
    ORG_OR_PLACE_NEXT,
    ORG_OR_PLACE_PHRASES,
    PARTICLES,
    PLACE_NAMES,
    SURNAME_FIRST,
    SURNAMES,
    fold,
)
from services.intent.windows import Range

# A capitalised word ("O'Brien-Clarke", "Zoë", "Dr.") or an initial ("J.").
_WORD = r"(?:[A-Z]\.|[A-ZÀ-ÖØ-ÞĀ-ž][^\W\d_]*(?:['’-][^\W\d_]+)*\.?)"
_CAP = re.compile(rf"(?<![\w’])(?<!\w'){_WORD}")
_PARTICLE = (
    r"(?:van|von|der|den|de|del|della|dei|di|da|das|dos|du|le|la|bin|binti|"
    r"bint|ibn|al|el|ter|ten|zu|y)"
)
_PARTICLE_GAP = re.compile(rf" (?:{_PARTICLE} ){{1,2}}")
# Two or more capitalised words in a row: the only places a full name can be
# (a lone capitalised word is skipped by the regex engine, not by Python). The
# look-behinds sit after the first capital so the engine can jump from
# capital to capital (same matches, ~2x faster than leading look-behinds).
_RUN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ž](?<![\w’].)(?<!\w'.)(?:\.|[^\W\d_]*(?:['’-][^\W\d_]+)*\.?)"
    rf"(?:(?: (?:{_PARTICLE} ){{0,2}}|(?<=[A-Z]\.)){_WORD})+"
)
_INNER_CAP_OK = re.compile(r"(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Le|La|Van|Fitz)[A-Z]")
_SURNAME_SHAPE = re.compile(r"(?:mc|mac|o'|fitz)[a-z]{3,}")

F, S, AF, AS, U, INITIAL, TITLE, PARTICLE, WORD = range(9)
_NAMEISH = frozenset((F, S, AF, AS, U, INITIAL, PARTICLE))

# The word right before a name. Strong cues introduce a person whatever the
# words are ("Dear X Y", "Patient: X Y", "this is X Y"); weak cues (verbs and
# prepositions that take a person) only confirm a pair that already looks
# like a name.
_STRONG_LEFT = frozenset(
    words(
        """
        dear hi hello hey name patient pt employee customer client signed contact
        applicant tenant holder cardholder champion owner assignee reporter
        requester author user payee beneficiary sender recipient signatory witness
        landlord guarantor am im i'm it's this attn from: to: cc: bcc: sono soy
        suis bin
        """
    )
)
_WEAK_LEFT = frozenset(
    words(
        """
        from to cc bcc by with per for ask email e-mail text txt call tell remind
        message ping thank thanks meet met invite about called named mate colleague
        friend manager boss nurse doctor cc'd is
        """
    )
)
_PERSON_VERBS = (
    r"says|said|wrote|writes|forwarded|emailed|called|phoned|texted|asked|"
    r"replied|mentioned|confirmed|complained|reported|submitted|approved|owes|"
    r"feels|thinks|wants|needs|sent|signed|joined|left|is asking|just"
)
_RIGHT_CUE = re.compile(
    r"(?:['’]s)?(?:\s*<[^>\n]*@|\s*\((?:[^)\n]*@|\s*\+?\d)|,\s*(?:\+?\(?\d|[\w.+-]+@|"
    r"SSN|NRIC|DOB|tel|mobile|phone|head|senior|manager|director|[0-9]{2}[MF]\b)"
    rf"|\s+here\b|\s+\((?:he|she|they)|[ ]\|[ ]|\s+(?:{_PERSON_VERBS})\b)"
)
_SIGN_OFF = re.compile(
    r"(?i)(?:thanks|thank you|regards|best|cheers|sincerely|br|warmly|"
    r"best wishes|kind regards|warm regards|many thanks|thx|ta),?\s*$"
)
_MODEL_NUMBER = re.compile(r" [1-9]\d{0,2}(?![\d.,:/ -]\d)\b")
_LOCAL_PART = re.compile(r"([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+\.")
_LOCAL_SPLIT = re.compile(r"[._%+\-\d]+")
_HEADING_LEAD = frozenset(
    words("thanks thank dear hi hello hey from to cc attn regards cheers best re fw")
)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    key: str  # folded, no title dot, no possessive
    kind: int
    caps: bool  # all capitals ("ORTEGA")
    cjk: bool  # family name written first ("Tan")
    syllable: bool  # romanised given-name syllable ("Wei")
    stop_after: bool  # a sentence-ending dot follows


def _classify(word: str) -> tuple[str, int]:
    key = fold(word)
    if key in NOT_NAMES or key in NATIONALITIES:
        return key, WORD
    if key in FIRST_NAMES:
        return key, F
    if key in SURNAMES:
        return key, S
    if key in AMBIGUOUS_FIRST:
        return key, AF
    if key in AMBIGUOUS_SURNAMES:
        return key, AS
    if key in COMMON_WORDS:
        return key, WORD
    bare = key.replace("'", "")
    if bare != key and (bare in SURNAMES or bare in FIRST_NAMES):
        return key, S
    if "-" in key:
        parts = key.split("-")
        if parts[0] in FIRST_NAMES and all(_known(p) for p in parts):
            return key, F
        if any(p in SURNAMES or p.replace("'", "") in SURNAMES for p in parts):
            return key, S
        if all(p in GIVEN_SYLLABLES for p in parts):
            return key, U
    if _SURNAME_SHAPE.fullmatch(key):
        return key, S
    return key, U


def _known(part: str) -> bool:
    return part in FIRST_NAMES or part in SURNAMES or part in GIVEN_SYLLABLES


def _token(m: re.Match[str]) -> _Tok:
    kept, key, kind, caps, cjk, syllable, dot = _shape(m.group())
    start = m.start()
    return _Tok(start, start + kept, key, kind, caps, cjk, syllable, dot)


_Shape = tuple[int, str, int, bool, bool, bool, bool]


@lru_cache(maxsize=8192)
def _shape(raw: str) -> _Shape:
    """What one capitalised word is, independent of where it stands (cached:
    log lines and letters repeat the same words): (characters kept, key,
    kind, all caps, family-name-first, given-name syllable, sentence dot)."""
    dot = raw.endswith(".")
    word = raw[:-1] if dot else raw
    if len(word) == 1:  # an initial needs its dot ("J."); "A", "I", "L" are words
        return (
            len(raw),
            word.lower(),
            INITIAL if dot else WORD,
            False,
            False,
            False,
            False,
        )
    if dot and fold(word) in HONORIFICS:
        return len(raw), fold(word), TITLE, False, False, False, False
    if word[-2:] in ("'s", "’s"):
        word = word[:-2]
    caps = word.isupper()
    camel = not caps and any(c.isupper() for c in word[1:])
    if camel and not _INNER_CAP_OK.match(word) and "-" not in word:
        return len(word), fold(word), WORD, False, False, False, dot  # "GitHub"
    key, kind = _classify(word)
    if key in HONORIFICS and kind in (WORD, U, S, AS) and not caps:
        kind = TITLE
    elif key in PARTICLES and not caps:
        kind = PARTICLE
    return len(word), key, kind, caps, key in SURNAME_FIRST, key in GIVEN_SYLLABLES, dot


def _runs(text: str) -> Iterator[list[_Tok]]:
    """Maximal runs of capitalised words joined by one space or by particles."""
    for found in _RUN.finditer(text):
        yield from _split(text, found.start(), found.end())


def _split(text: str, lo: int, hi: int) -> Iterator[list[_Tok]]:
    """The words of one run, cut where a sentence ends ("... Smith. Then")."""
    run: list[_Tok] = []
    for m in _CAP.finditer(text, lo, hi):
        tok = _token(m)
        if run:
            prev = run[-1]
            gap = text[prev.end : tok.start]
            if prev.kind == INITIAL:
                joined = gap in ("", " ")
            elif prev.stop_after:
                joined = False
            else:
                joined = gap == " " or (
                    tok.kind != PARTICLE and _PARTICLE_GAP.fullmatch(gap) is not None
                )
            if not joined:
                yield run
                run = []
        run.append(tok)
    if run:
        yield run


class _Context:
    """Lazily computed, per-text evidence shared by all candidates."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._local: set[str] | None = None

    def local_parts(self) -> set[str]:
        if self._local is None:
            found: set[str] = set()
            if "@" in self.text:
                for m in _LOCAL_PART.finditer(self.text):
                    local = m.group(1).lower()
                    found.add(_LOCAL_SPLIT.sub("", local))
                    found.update(p for p in _LOCAL_SPLIT.split(local) if p)
            self._local = found
        return self._local

    def cue(self, toks: list[_Tok], strong: bool = False) -> bool:
        """Context that makes ``toks`` a person; ``strong`` skips the weak cues."""
        text = self.text
        start, end = toks[0].start, toks[-1].end
        line_start = text.rfind("\n", 0, start) + 1
        left = text[max(line_start, start - 40) : start].rstrip(" ,\t(\"'“")
        last_word = left.rsplit(None, 1)[-1].lower() if left.strip() else ""
        if last_word in _STRONG_LEFT or last_word.rstrip(":,.") in _STRONG_LEFT:
            return True
        if not strong and last_word.rstrip(":,.") in _WEAK_LEFT:
            return True
        if _RIGHT_CUE.match(text, end):
            return True
        if self._spelled_in_email(toks[0].key, toks[-1].key.replace("'", "")):
            return True
        if not left.strip() and line_start >= 2:  # a signature after "Thanks,"
            prev_end = line_start - 1
            prev_start = text.rfind("\n", 0, prev_end) + 1
            if _SIGN_OFF.search(text, prev_start, prev_end):
                return True
        return False

    def _spelled_in_email(self, first: str, last: str) -> bool:
        """An address of the text spells the name: "svetlana.ivic@", "jmorales@"."""
        local = self.local_parts()
        if not local:
            return False
        if last in local:
            return first in local or first[0] in local
        return (first + last) in local or (first[0] + last) in local


def _span(
    seg: list[_Tok], titled: bool, heading: bool, ctx: _Context
) -> tuple[int, int] | None:
    """The name inside one segment of name-like words, or None."""
    while seg and seg[0].kind == PARTICLE:
        seg = seg[1:]
    while seg and seg[-1].kind == PARTICLE:
        seg = seg[:-1]
    names = [t for t in seg if t.kind != PARTICLE]
    if not names or len(names) > 4:
        return None
    if tuple(t.key for t in names) in ORG_OR_PLACE_PHRASES:
        return None
    whole = (seg[0].start, seg[-1].end)
    if titled:
        return whole if names[-1].kind != INITIAL else None
    if len(names) == 1:
        return None  # a lone given name or surname is not a full name
    if len(names) >= 3 and names[0].kind == U and names[1].kind == F:
        names = names[1:]  # "Sono Giulia Romano": the name starts at the given name
        seg = seg[seg.index(names[0]) :]
        whole = (seg[0].start, seg[-1].end)
    first, last = names[0], names[-1]
    if last.kind == INITIAL:
        return None
    if any(t.caps for t in names):
        ok = first.kind == F and _plain_surname(last) and len(names) <= 3
        return whole if ok and all(t.caps for t in names) else None
    if first.kind == INITIAL:
        body = [t for t in names if t.kind != INITIAL]
        if len(body) != 1:
            return None
        known = _plain_surname(body[0])
        return whole if known or (body[0].kind in (AS, U, F) and ctx.cue(seg)) else None
    if first.cjk and all(t.syllable for t in names[1:]):
        if len(names) == 3:
            return whole  # "Tan Wei Ming", "Goh Siew Ling"
        if not heading and first.kind in (F, S) and last.kind in (F, S, U):
            return whole  # "Liu Yang", "Chen Jing" (neither is an English word)
    if last.kind == F and last.key not in SURNAMES and not last.syllable:
        return None  # two given names ("Maria Elena")
    surname = (
        _plain_surname(last)
        or last.kind in (AS, U)
        or (last.kind == AF and last.key in AMBIGUOUS_SURNAMES)
    )
    # a given name that is first of all a place is weak ("Berlin Wall")
    first_kind = AF if first.kind == F and first.key in PLACE_NAMES else first.kind
    if first_kind == F:
        if last.kind == U and heading and not ctx.cue(seg):
            return None
        return whole if surname or last.syllable else None
    if first_kind == AF:
        if _plain_surname(last) and not heading:
            return whole  # "Grace Tan"
        return whole if surname and ctx.cue(seg) else None  # "Mark Brown" needs a cue
    if _MODEL_NUMBER.match(ctx.text, last.end):
        return None  # "Acer Swift 14", "Galaxy Note 9": a product and its model
    if first.kind == U:
        if _plain_surname(last) and not heading:
            return whole  # "Oluwaseun Eze"
        return whole if (surname or last.kind == F) and ctx.cue(seg, True) else None
    if surname or last.kind == F:  # surname first ("Lindqvist Henrik")
        return whole if ctx.cue(seg) else None
    return None


def _plain_surname(tok: _Tok) -> bool:
    return tok.kind == S or (tok.kind == F and tok.key in SURNAMES)


def find_persons(text: str) -> Iterator[Range]:
    """Spans of full person names (see the module docstring for the rules)."""
    ctx = _Context(text)
    for run in _runs(text):
        if len(run) == 1 and run[0].kind != TITLE:
            continue
        yield from _run_persons(run, ctx)


def _run_persons(run: list[_Tok], ctx: _Context) -> Iterator[Range]:
    words_before = 0
    seg: list[_Tok] = []
    titled = False
    for tok in [*run, None]:
        if tok is not None and tok.kind in _NAMEISH:
            seg.append(tok)
            continue
        if seg:
            nxt = tok.key if tok is not None else ""
            heading = words_before >= 2 or (tok is not None and tok.kind == WORD)
            if nxt not in ORG_OR_PLACE_NEXT:
                span = _span(seg, titled, heading, ctx)
                if span is not None:
                    yield span
        seg = []
        titled = tok is not None and tok.kind == TITLE
        if tok is not None and tok.kind == WORD and tok.key not in _HEADING_LEAD:
            words_before += 1
