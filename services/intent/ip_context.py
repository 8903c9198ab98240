"""Is a dotted quad an IPv4 address or a version / section number?

"4.2.0.17" is a valid IPv4 address and a typical four-part version string,
so the value alone cannot decide; people decide from the words around it.
The rule, in order (first that applies wins):

1. **Marks on the value itself** (:mod:`services.intent.version_marks`). A
   port (``:443``) or CIDR suffix (``/24``) or a login ("root@") makes it an
   address; a leading ``v``/``v.``/``ver.``, a package pin (``==``, ``~``,
   ``^``, ``pkg@``), a product name, image tag, package coordinate or archive
   suffix joined to it ("MyApp/4.2.0.17", "PAN-OS 10.2.9.1", "acme/api:4.2.0.17",
   "myapp-4.2.0.17.tar.gz"), a pre-release/build suffix (``-rc1``, ``-h3``,
   ``-hotfix``, ``+b7``), "or later"/"and up", a release date in brackets
   ("4.2.0.17 (2024-03-02)"), a markdown heading, a version interval or
   "running" right before it makes it a version. (A fifth component is never
   matched as an address at all: "10.0.19045.4412" is a build.)
2. **A key right before it** (``src=``, ``IP:``, ``version:``,
   ``__version__ = "``, ``AssemblyFileVersion("``): an address key or a
   version key decides, by its last word ("clientIP", "serverVersion");
   any other key falls through. Likewise the
   **header of its column** in a pipe table or CSV block ("ip", "src",
   "host" against "version", "agent version", "build").
3. **The nearest cue word** in the same clause: up to four words to the
   left, up to three to the right. Address words (ssh, host, firewall,
   blocked, src, ping, server, ...) against version words (version, build,
   release, firmware, patch, upgrade, bump, agent, sdk, pinned, section,
   clause, schedule, newer, versie, versión, ...; the words are in
   :mod:`services.intent.ip_words`). On the left the look stops at a comma,
   an opening bracket or a list's colon (a new phrase: "after the update,
   from 4.2.0.17 we saw ..."); a machine named by its job ("the build
   server goes to 4.2.0.17") is a version cue, not an address one. On the
   right only words that follow a version count ("the 4.2.0.17 release",
   "4.2.0.17 fixes the bug", "is 4.2.0.17 stable?", "on 10.4.0.233 of the
   firmware"), and a capitalised word or a clause word (after, since, when,
   ...) ends the look (a new log field: "from 30.217.55.129 Agent version
   2.6.3.78"; "8.8.8.8 after the update"). Host names are one word
   ("build-03", "hr-app-02"). The nearer cue wins; address cues win ties,
   since a leaked address is worse than a masked version.
4. **Neighbours and clause.** A quad with no cue of its own is a version when

   - it is linked by at most three linking words (to, from, or, than, ...)
     to a dotted number that is one: a judged version, a v-prefixed or
     suffixed number, a three-part or a five-or-more-part number ("bumped
     from 4.2.1.7 to 4.2.0.17", "v3.1.4 or 4.2.1.3", "4.2.0.17 than 4.2.1");
   - or it is a sibling of a judged version or of a three-part version in
     the same text (same first two parts: "4.2.0.18 fixes the crash, 4.2.1.0
     is held back", "iOS says 17.4.1, MDM reports 17.4.1.0") and no address
     word is in its clause;
   - or a version word is in its short clause and no address word is
     ("version strings: 10.2.9.1, 11.0.4.3"). A word on the right counts
     only when no other dotted number follows it ("nodes 10.0.0.5 run agent
     version 4.2.0.17": the version word is the other number's);
   - or it is *small-valued* (first two parts below 10, as in 4.2.0.17:
     rare among real addresses outside a few public resolvers, which come
     with DNS words) and a version or deployment word ("running 4.2.0.17
     in prod"), and no address word, appears anywhere on its line; or it
     stands in brackets or right after "on" or "since" ("the fix landed
     (4.2.0.17)", "we're on 4.2.0.17 now") with no address word in its
     clause.
   A header announcing the list the quad is in, with an address word
   ("the host IPs and the firmware each runs: 10.1.40.2 FortiGate ..."),
   rules out these readings.
5. Otherwise it is an address: an isolated dotted quad, a list of quads, or
   a log/CSV/table cell is reported (recall matters more there).
"""

from __future__ import annotations

import re

from services.intent.ip_words import (
    ADDRESS_KEYS,
    ADDRESS_WORDS,
    CLAUSE_WORDS,
    DEPLOY_WORDS,
    STRUCTURE_WORDS,
    TOKEN,
    VERSION_AFTER,
    VERSION_WORDS,
    WEAK_ADDRESS_WORDS,
    address_cues,
    names_a_machine,
    names_software,
    private,
    small,
    strong_address_cues,
)
from services.intent.lexicon import words
from services.intent.version_marks import SUFFIX_VERSION, mark

_BREAK = re.compile(r"[\n;|)]|[.!?](?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_SEMVER_SERIES = re.compile(r"(?<![\w.])(\d{1,2}\.\d{1,3})\.\d{1,3}(?![\w]|\.\d)")
_SEMVER = re.compile(r"\d{1,2}\.\d{1,3}\.\d{1,3}")  # "4.2.1", not a date
_DOTTED = re.compile(r"(?<![\w.])[vV]?\d+(?:\.\d+){2,}(?![\w.]|\.\d)")
NEIGHBOUR_GAP = 3  # linking words between two dotted numbers read together
_LINKS = frozenset(
    words(
        """
        to from and or vs versus than then via into instead of the later earlier
        before after is was now supersedes replaces replaced over through thru
        until till
        """
    )
)
WINDOW = 4  # words on the left; "upgrade the agent to 4.2.0.17" needs four
RIGHT_WINDOW = 3  # "we're on 10.4.0.233 of the firmware" needs three
_CELL_SEPARATORS = "|,\t"


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """Same-clause text left and right of a span (at most 56 and 40 chars:
    enough for the four and three words looked at)."""
    left = text[max(0, start - 56) : start]
    cut = max(left.rfind("\n"), left.rfind(";"), left.rfind("|"))
    if cut >= 0:
        left = left[cut + 1 :]
    if "." in left or "!" in left or "?" in left:
        stops = list(_SENTENCE_END.finditer(left))
        if stops:
            left = left[stops[-1].end() :]
    right = text[end : end + 40]
    stop = _BREAK.search(right)
    if stop:
        right = right[: stop.start()]
    return left, right


def _cue(
    tokens: list[str],
    version_words: frozenset[str],
    right: bool = False,
    small_value: bool = False,
) -> tuple[int, str]:
    """(distance, kind) of the nearest cue in ``tokens`` (nearest first).

    For a small-valued quad a weak address word that is not right next to it
    is passed over ("upgrade the firewall to 4.2.0.17"; "server 4.2.0.17"
    still names an address).

    The scan stops at another dotted number (cues beyond it are that
    number's) and, on the right, at a capitalised word that is no cue or a
    clause word: it starts a new field or clause ("from 30.217.55.129 Agent
    version 2.6.3.78", "8.8.8.8 after the update").
    """
    for i, tok in enumerate(tokens[: RIGHT_WINDOW if right else WINDOW]):
        if tok[0].isdigit() and "." in tok:
            break  # cues past another dotted number are that number's
        word = tok.lower()
        if "-" in word and word not in ADDRESS_WORDS and word not in version_words:
            word = word.rsplit("-", 1)[1]  # "PAN-OS" reads as "os"
        nxt = tokens[i + 1 : i + 3] if right else tokens[max(0, i - 2) : i][::-1]
        if word == "fw" and small_value:
            return i + 1, "version"  # firmware, not firewall: "Pump fw 6.3.0.114"
        if word in ADDRESS_WORDS and names_software([t.lower() for t in nxt]):
            continue  # "the VPN client is 9.1.4.2", "of the remote support tool"
        if small_value and i and word in WEAK_ADDRESS_WORDS:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""  # next in scan order
        if word in ADDRESS_WORDS:
            # "the build server goes to 4.2.0.17": a machine named by what it
            # does is no address cue for the version it is moved to (on the
            # left the scan runs backwards: ``after`` is the word before)
            if not right and names_a_machine(after.lower(), word):
                return i + 2, "version"
            return i + 1, "ip"
        if right and names_a_machine(word, after.lower(), version_words):
            return i + 1, "ip"  # "10.5.0.8 (our own build server!!)"
        if word in version_words:
            if right and after[:1].isdigit() and "." in after:
                break  # "10.0.0.6 run agent version 4.2.0.17": not this one's
            return i + 1, "version"
        if right and (tok[0].isupper() or word in CLAUSE_WORDS):
            break
    return WINDOW + 1, ""


def _column(text: str, start: int) -> str:
    """The verdict of the header of the quad's column in a pipe table or a
    CSV/TSV block: "ip", "version", or "" (in none, or a neutral header).

    The header is the first line of the block of lines that use the same
    separator, the column the count of separators before the quad.
    """
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    line = text[lo : hi if hi >= 0 else len(text)]
    for sep in _CELL_SEPARATORS:
        if sep in line:
            break
    else:
        return ""
    column = line.count(sep, 0, start - lo)
    header = ""
    while lo > 0:  # walk up while the lines above use the same separator
        above = text.rfind("\n", 0, lo - 1) + 1
        row = text[above : lo - 1]
        if sep not in row or (sep != "|" and row.count(sep) != line.count(sep)):
            break
        if not set(row) <= set("|-: \t"):  # "|---|---|" separator row
            header = row
        lo = above
    if not header:
        return ""
    cells = header.split(sep)
    if column >= len(cells):
        return ""
    names = {t.lower() for t in TOKEN.findall(cells[column])}
    if names & ADDRESS_KEYS:
        return "ip"
    if names & VERSION_WORDS:
        return "version"
    return ""


def _verdict(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(own verdict, clause text on the left, on the right); the clause is
    returned only when no mark, key or column decided ("" otherwise)."""
    own = mark(text, start, end)
    if own:
        return own, "", ""
    if private(text[start:end]):
        return "ip", "", ""
    column = _column(text, start)
    if column:
        return column, "", ""
    left, right = _clause(text, start, end)
    # a comma, a bracket or a list's ": " starts a new phrase
    colon = left.rfind(": ")
    near = left[
        max(left.rfind(","), left.rfind("("), colon + 1 if colon >= 0 else -1) + 1 :
    ]
    low = small(text[start:end])
    left_at, left_kind = _cue(TOKEN.findall(near)[::-1], VERSION_WORDS, small_value=low)
    right_at, right_kind = _cue(
        TOKEN.findall(right), VERSION_AFTER, right=True, small_value=low
    )
    if left_kind and right_kind and left_kind != right_kind:
        if left_at == right_at:
            # a tie: the address reading is safer, unless the value is one
            # addresses rarely have ("Hotfix 4.2.0.18 addresses CVE-...")
            return ("version" if low else "ip"), left, right
        return (left_kind if left_at < right_at else right_kind), left, right
    return left_kind or right_kind, left, right


def _linked(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans read together: only a few linking words between them
    ("4.2.1.7 to 4.2.0.17", "v3.1.4 or 4.2.1.3", "A, B and C")."""
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    between = TOKEN.findall(text, lo, hi)
    return len(between) <= NEIGHBOUR_GAP and all(w.lower() in _LINKS for w in between)


def _versionish(text: str, m: re.Match[str], decided: set[int]) -> bool:
    """A dotted number that reads as a version: v-prefixed, with a
    pre-release suffix ("2.1.0-rc1"), three-part ("4.2.1"), of five or more
    parts ("10.0.19045.4412"), or a quad already judged a version."""
    value = m.group()
    return (
        value[0] in "vV"
        or bool(SUFFIX_VERSION.match(text, m.end()))
        or m.start() in decided
        or _SEMVER.fullmatch(value) is not None
        or value.count(".") >= 4
    )


def _clause_words(text: str, span: tuple[int, int], decided: set[int]) -> bool:
    """A version word in the short clause ``span`` around a quad: on the
    left up to a dotted number that is no judged version, on the right only
    when no dotted number follows (the words before it would be that
    number's)."""
    lo, hi = span
    for m in reversed(list(TOKEN.finditer(text, lo, hi))):
        tok = m.group()
        if tok[0].isdigit() and "." in tok:
            if m.start() in decided:
                continue  # "version strings: 10.2.9.1, <here>"
            return False  # the words further left are another number's
        if tok.lower() in VERSION_WORDS and not _in_name(text, m.start(), m.end()):
            return True
    return False


def _in_name(text: str, start: int, end: int) -> bool:
    """The word is part of a host, domain or address ("payroll-update.net",
    "update@acme.io", "update-svc[.]net" cut by the window after its hyphen),
    not a word of the sentence."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    return (
        before in "-.@/"
        or after[:1] == "-"
        or (after[:1] in ".@" and after[1:2].isalpha())
    )


def _right_words(right: str) -> bool:
    """A version word on the right with no dotted number after it (words of a
    domain name do not count: "C2 at <here> ..., domain update-svc[.]net")."""
    found = list(TOKEN.finditer(right))
    if any(m.group()[0].isdigit() and "." in m.group() for m in found):
        return False
    return any(
        m.group().lower() in VERSION_WORDS
        # (a quoted field name after a list is no clause word: '"],"rule": ...')
        and not (
            m.group().lower() in STRUCTURE_WORDS and right[m.end() : m.end() + 1] == '"'
        )
        and not _in_name(right, m.start(), m.end())
        for m in found
    )


def _header_names_addresses(text: str, start: int) -> bool:
    """The list the quad sits in is announced by a header with an address
    word ("Pull the host IPs and the firmware each runs: 10.1.40.2 ...")."""
    lo = text.rfind("\n", 0, start) + 1
    colon = text.find(": ", lo, start)
    if colon < 0:
        return False
    return bool(address_cues(TOKEN.findall(text, lo, colon)))


# Public resolvers people name without any other address word ("is 1.1.1.1
# faster than 8.8.8.8?"): small values, but addresses.
_RESOLVERS = frozenset(
    words("1.1.1.1 1.0.0.1 8.8.8.8 8.8.4.4 9.9.9.9 4.2.2.1 4.2.2.2 4.2.2.3 4.2.2.4")
)


# Attack talk keeps a quad an address even with no address word around it
_ATTACK_WORDS = frozenset(
    words(
        """
        malware attack attacks attacker spike baseline suspicious malicious owns
        whois threat intrusion breach exfiltration c2 botnet scanning scan
        phishing ransomware ioc iocs indicator indicators compromised
        """
    )
)


def _version_talk(
    tokens: list[re.Match[str]], cues: set[str], open_starts: set[int]
) -> bool:
    """The request talks about software versions and never about networks: a
    version word that is not another number's ("404 from 30.217.55.129 Agent
    version 2.6.3.78": "version" is 2.6.3.78's) and no address word (``cues``:
    the request's address cues, ``tokens`` its words)."""
    if cues:
        return False
    talk = False
    for i, tok in enumerate(tokens):
        word = tok.group().lower()
        if talk or word not in VERSION_WORDS or word in STRUCTURE_WORDS:
            continue
        near = tokens[max(0, i - 2) : i + 4]
        talk = not any(
            n.group()[0].isdigit() and "." in n.group() and n.start() not in open_starts
            for n in near
        )
    return talk


def versions(text: str, quads: list[tuple[int, int]]) -> set[int]:
    """Starts of the ``quads`` (spans in ``text``) that are version numbers."""
    verdicts = [_verdict(text, s, e) for s, e in quads]
    decided = {
        s for (s, _), v in zip(quads, verdicts, strict=True) if v[0] == "version"
    }
    out = set(decided)
    # quads still open: (start, end, their clause's span, address cues of the
    # phrase)
    pending: list[tuple[int, int, tuple[int, int], set[str]]] = []
    for (s, e), (verdict, left, right) in zip(quads, verdicts, strict=True):
        if verdict:
            continue
        span = (s - len(left), e + len(right))
        near = left[max(left.rfind(","), left.rfind("(")) + 1 :] + " " + right
        pending.append((s, e, span, address_cues(TOKEN.findall(near))))
        if address_cues(TOKEN.findall(left + " " + right)) or _header_names_addresses(
            text, s
        ):
            continue
        if _clause_words(text, (span[0], s), out) or _right_words(right):
            out.add(s)  # "version strings: 10.2.9.1, 11.0.4.3"
        elif small(text[s:e]) and (
            left.rstrip().endswith("(")
            or left.lower().split()[-1:] in (["on"], ["since"])
        ):
            out.add(s)  # "the fix landed (4.2.0.17)", "we're on 4.2.0.17 now"
    if not pending:
        return out
    # the whole request's words and address cues, read once
    tokens = list(TOKEN.finditer(text))
    words_ = [t.group() for t in tokens]
    cues = address_cues(words_)
    if _version_talk(tokens, cues, {s for s, _, _, _ in pending}):
        # no address word anywhere, a version word somewhere: "we're still on
        # 10.2.9.1 here", "IT told me to install 2.3.0.40"
        out.update(s for s, _, _, _ in pending)
    semvers = {m.group(1) for m in _SEMVER_SERIES.finditer(text)}
    changed = True
    while changed:  # judged versions spread to neighbours and siblings
        changed = False
        series = {text[v : text.find(".", text.find(".", v) + 1)] for v in out}
        series |= semvers  # "iOS says 17.4.1 but MDM reports 17.4.1.0"
        for s, e, (lo, hi), phrase in pending:
            if s in out:
                continue
            if any(
                m.start() != s
                and _versionish(text, m, out)
                and _linked(text, m.span(), (s, e))
                for m in _DOTTED.finditer(text, lo, hi)
            ) or (text[s:e].rsplit(".", 2)[0] in series and not phrase):
                out.add(s)  # "from 4.2.1.7 to <here>", "4.2.0.18 ..., 4.2.1.0"
                changed = True
    for s, e, _, _ in pending:
        if s in out or not small(text[s:e]):
            continue
        lo = text.rfind("\n", 0, s) + 1
        hi = text.find("\n", e)
        hi = hi if hi >= 0 else len(text)
        found = TOKEN.findall(text, lo, hi)
        line = {t.lower() for t in found}
        if line & (VERSION_WORDS | DEPLOY_WORDS) and not strong_address_cues(found):
            out.add(s)
        elif _quiet_prose(text, s, e, quads, out, words_, cues):
            # a small value and nothing in the whole request about addresses
            # or attacks: "Is 4.2.0.17 the one with the memory leak?"
            out.add(s)
    return out


def _quiet_prose(
    text: str,
    s: int,
    e: int,
    quads: list[tuple[int, int]],
    judged: set[int],
    words_: list[str],
    cues: set[str],
) -> bool:
    """A sentence of at least five words (``words_``), no other quad that
    reads as an address, not a public resolver, and no strong address cue
    (``cues`` minus the weak ones) or attack word anywhere (an isolated quad,
    a list of quads or "in 1.2.3.4 we found malware" stay addresses)."""
    if text[s:e] in _RESOLVERS or any(q != s and q not in judged for q, _ in quads):
        return False
    if len(words_) < 5 or cues - WEAK_ADDRESS_WORDS:
        return False
    return not {t.lower() for t in words_} & _ATTACK_WORDS
