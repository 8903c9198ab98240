"""Greetings, thanks and small talk that are a conversational turn of their own.

The rule: a greeting, thanks or aside is its own *chat* task when it stands
apart from the ask (its own sentence, or closed by an emoji or emoticon)
and either

- says something besides the courtesy word ("morning team-bot!", "hi
  again :)", "thanks for earlier", "thanks btw, you've been really useful
  today", "lol im starving", "sorry first time mum"), or
- opens the request and is closed by "!", "." or an emoji before the ask
  ("Hello! how do I ...", "good evening. how do you say ..."), or
- is followed by an ask announced as a new one ("thx!! one more thing -").

It is politeness inside the one task when glued to the ask by a comma ("hi,
can you summarise this"), when the ask goes straight on from it ("thanks!
now translate it", "Hi! First, what does KYC stand for?"), or when a bare
courtesy closes the request ("Summarise this. Thank you.").
"""

from __future__ import annotations

import re

from services.intent.lexicon import words

_GREETING_WORDS = frozenset(
    words("hi hey hello hiya heya yo morning afternoon evening good gm howdy")
)
_THANKS_WORDS = frozenset(words("thanks thank thx ty cheers tysm"))
_ASIDE_WORDS = frozenset(words("lol haha hahaha omg ugh sorry phew oops"))
CHAT_OPENERS = _GREETING_WORDS | _THANKS_WORDS | _ASIDE_WORDS

# Words that are part of a bare courtesy, not something said besides it.
_COURTESY = (
    _GREETING_WORDS
    | _THANKS_WORDS
    | frozenset(words("there all you so much a lot very many in advance"))
)
# A greeting is a turn of its own with at most two words besides the
# courtesy, none of these: "morning team-bot", "hi again" (not "Hi, this is
# the CEO", "Evening - long day here").
_NOT_IN_GREETING = frozenset(words("is am are was this i i'm im we it"))

# Announcers of a new ask after a courtesy: "quick one - ...".
_ANNOUNCERS = (
    ("quick", "one"),
    ("quick", "question"),
    ("quick", "q"),
    ("one", "more"),
    ("another", "one"),
    ("another", "question"),
    ("another", "thing"),
    ("next",),
    ("different", "question"),
    ("new", "question"),
    ("unrelated",),
    ("separate", "question"),
)

# A greeting closed by an emoticon or emoji before more text: "hey 🙂 how
# do i ...", "hi again :) quick one - ...". (Emoji: the pictographic
# planes, dingbats and misc symbols.)
_GREETING_CUT = re.compile(
    r"\s*(?:hi|hey|hello|hiya|heya|yo|morning|good\s+(?:morning|afternoon|evening)"
    r"|thanks|thank\s+you|thx|ty)\b[\w\s'-]{0,20}?"
    r"(?::-?[)D]|;-?\)|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)+(?=\s+\S)",
    re.I,
)


_GOES_ON = frozenset(words("now then so ok okay first and also next"))

# A reference appended after the courtesy is not something said besides it.
_APPENDIX = re.compile(r"\s(?:\(|[—–-]\s)")
_WORD = re.compile(r"[a-z][a-z'’;-]*")


def greeting_cut(text: str, s: int, e: int) -> int | None:
    """Where a greeting closed by an emoticon or emoji ends, when more
    text follows it in ``text[s:e]``; else None."""
    if text[s : s + 1].lower() not in ("h", "y", "m", "g", "t", " "):
        return None  # most lines start with something else
    m = _GREETING_CUT.match(text, s, e)
    return m.end() if m else None


_SMALL_TALK = (
    ("how", "are", "you"),
    ("how", "r", "u"),
    ("how's", "your"),
    ("hows", "your"),
    ("how", "is", "your"),
    ("how's", "it", "going"),
    ("how", "have", "you", "been"),
    ("what's", "up"),
    ("whats", "up"),
    ("how", "was", "your"),
)


def _small_talk(tokens: list[str]) -> bool:
    """ "how are you", "how's your day going": small talk, no ask."""
    return any(tuple(tokens[: len(p)]) == p for p in _SMALL_TALK)


def is_chat_turn(
    tokens: list[str], raw: str, opening: bool, next_tokens: list[str]
) -> bool:
    """Whether a piece that is no ask, whose lower-case words are ``tokens``
    (text ``raw``), is a chat turn of its own; ``opening``: it opens the
    request; ``next_tokens``: the words of the piece after it (empty at the
    end)."""
    if not tokens or tokens[0] not in CHAT_OPENERS:
        return False
    if _small_talk(next_tokens):
        return False  # "good morning! how's your day going?": one chat turn
    cut = _APPENDIX.search(raw)
    if cut:  # "Thanks! — see ticket JIRA-6117", "Thank you. (re: ...)"
        raw = raw[: cut.start()]
        tokens = _WORD.findall(raw.lower())
    if tokens[0] in _ASIDE_WORDS:
        # "lol im starving", "sorry first time mum, bit panicky"; a bare
        # "lol" after the ask is a reaction inside it
        return len(tokens) > 1
    if tokens[0] == "good" and tokens[1:2] not in (
        ["morning"],
        ["afternoon"],
        ["evening"],
    ):
        return False
    extra = [t for t in tokens if t not in _COURTESY]
    if tuple(next_tokens[:2]) in _ANNOUNCERS or tuple(next_tokens[:1]) in _ANNOUNCERS:
        return True
    if not extra:
        # "Hello! how do I ...": a greeting closed by "!" or "." opens the
        # conversation, unless the ask goes straight on from it ("thanks!
        # now translate it", "Hi! First, ...")
        closed = opening and raw.rstrip()[-1:] in ("!", ".") and bool(next_tokens)
        return _has_emoji(raw) or (closed and next_tokens[0] not in _GOES_ON)
    if tokens[0] in _THANKS_WORDS:
        return True  # "thanks for earlier", "thanks btw, you've been great"
    return len(extra) <= 2 and not _NOT_IN_GREETING & set(extra)


def _has_emoji(raw: str) -> bool:
    return any(ord(c) >= 0x2600 for c in raw) or ":)" in raw or ":-)" in raw
