"""Is a dotted quad an IPv4 address or a version / section number?

"4.2.0.17" is a valid IPv4 address and a typical four-part version string,
so the value alone cannot decide; people decide from the words around it.
The rule, in order (first that applies wins):

1. **Marks on the value itself.** A port (``:443``) or CIDR suffix (``/24``)
   makes it an address; a leading ``v``/``v.``/``ver.``, a package pin
   (``==``, ``~``, ``^``), a product name or archive suffix joined to it
   ("MyApp/4.2.0.17", "myapp-4.2.0.17.tar.gz"), a pre-release/build suffix (``-rc1``, ``-h3``,
   ``-hotfix``, ``+b7``), "or later"/"and up", or a release date in
   brackets ("4.2.0.17 (2024-03-02)") makes it a version. (A fifth component
   is never matched as an address at all: "10.0.19045.4412" is a build.)
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
   clause, schedule, newer, versie, versión, ...). On the left the look
   stops at a comma or an opening bracket (a new phrase: "after the update,
   from 4.2.0.17 we saw ..."). On the right only words that follow a version
   count ("the 4.2.0.17 release", "4.2.0.17 fixes the bug", "is 4.2.0.17
   stable?", "on 10.4.0.233 of the firmware"), and a capitalised word or a
   clause word (after, since, when, ...) ends the look (a new log field:
   "from 30.217.55.129 Agent version 2.6.3.78"; "8.8.8.8 after the update").
   Host names are one word ("build-03", "hr-app-02"). The nearer cue wins;
   address cues win ties, since a leaked address is worse than a masked
   version.
   A product name right before it ("PAN-OS 10.2.9.1", "FortiOS 7.4.1.2",
   "Windows 10.0.0.1") or a package pin with ``@`` ("left-pad@4.2.0.17",
   not a login such as "root@10.0.0.5", and not after an address word)
   also makes it a version (a pin only when small-valued, see 4: "bob@10.1.2.3"
   is a login); a known login ("root@", "deploy@") makes it an address.
4. **Neighbours and clause.** A quad with no cue of its own is a version when

   - it is linked by at most three linking words (to, from, or, than, ...)
     to a dotted number that is one: a judged version, a v-prefixed or
     suffixed number, a three-part or a five-or-more-part number ("bumped
     from 4.2.1.7 to 4.2.0.17", "v3.1.4 or 4.2.1.3", "4.2.0.17 than 4.2.1");
   - or it is a sibling of a judged version in the same text (same first
     two parts: "4.2.0.18 fixes the crash, 4.2.1.0 is held back") and no
     address word is in its clause;
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
5. Otherwise it is an address: an isolated dotted quad, a list of quads, or
   a log/CSV/table cell is reported (recall matters more there).
"""

from __future__ import annotations

import re

from services.intent.lexicon import words
from services.intent.names import AMBIGUOUS_FIRST, FIRST_NAMES, fold

# Cue words, lowercase. A word in both lists would be ambiguous: keep them apart.
ADDRESS_WORDS = frozenset(
    words(
        """
        ip ips ipv4 ipaddr address addresses addr host hosts hostname server servers
        ssh sftp scp rdp telnet ping pinged pinging traceroute tracert nslookup dig
        curl wget connect connected connecting connection connections firewall fw
        blocked block blocking blocklist blacklist blacklisted whitelist whitelisted
        allowlist denylist deny denied allow allowed ban banned unban src dst source
        destination gateway dns resolver nameserver subnet route routes router proxy
        vpn peer remote origin inet listen listening bind nat lease dhcp netmask
        iptables ufw nmap scan scanned scanning attacker attackers traffic packets
        requests login logins logon device devices machine vm endpoint tcp udp icmp
        http https port ports lan wan network unreachable reachable resolves
        resolving resolved geolocate whois beacon beaconing connects reach
        reaching reached offline online printer printers
        """
    )
)
VERSION_WORDS = frozenset(
    words(
        """
        v ver vers version versions versioned build builds release releases released
        rel firmware patch patched patches hotfix hotfixes update updated updating
        upgrade upgraded upgrading downgrade downgraded downgrading rollback
        rolled revert reverted bump bumped bumping agent package packages pkg sdk
        apk app changelog semver tag tagged ships shipped fixes fixed regression
        newer older latest stable lts beta alpha nightly deprecated compatible
        pin pinned pinning requirements deps dependency dependencies lockfile
        installer driver bios kernel os ios android python java jdk jre
        introduced regressed unchanged
        versie versies versión versiones versão versione wersja verze versio
        plugin plugins module modules migration migrations extension
        extensions library libraries lib component components suite runtime engine
        framework toolkit protocol guideline sop versionname versioncode
        clause section sections subsection subsections article
        schedule para paragraph appendix annex exhibit chapter figure table rule
        item oid step
        """
    )
)
# Deployment talk: a version only for a small-valued quad ("running 4.2.0.17
# in prod"); too weak a cue for the nearest-word rule ("server running on ...").
_DEPLOY_WORDS = frozenset(
    words(
        """
        running deploy deployed deploying deployment prod production staging canary
        live rollout
        """
    )
)
# A product named right before a quad ("PAN-OS 10.2.9.1", "Windows 10.0.0.1");
# names ending in "OS" with a capital or a hyphen ("FortiOS", "macOS") count too.
_PRODUCTS = frozenset(
    words(
        """
        windows chrome chromium firefox edge safari ubuntu debian centos rhel fedora
        junos fortios ios android macos ipados watchos openssl openssh nginx apache
        tomcat jenkins kibana elasticsearch grafana postgres postgresql mysql redis
        kafka node nodejs php java jdk dotnet .net outlook teams zoom slack
        """
    )
)
# "Veeam Backup 12.1.1.56", "EMIS Web 9.17.2.4": a product name of two
# capitalised words (a person's or a site's name is told apart by the caller)
_TITLE_PAIR = re.compile(r"(?<![\w.@/-])([A-Z][\w-]*) ([A-Z][a-z][\w-]*) $")
_PLACES = frozenset(
    words(
        """
        office site branch primary secondary internal external public private
        local home lab prod production staging dev test north south east west
        """
    )
)
_GIVEN = FIRST_NAMES | AMBIGUOUS_FIRST
_JUST_BEFORE = re.compile(r"(?<![\w.@/-])([A-Za-z][\w-]*)[ ]$")
# "image: acme/api:4.2.0.17", "com.acme:core:3.1.0.2": an image tag or a
# package coordinate (a name with "/" or "." or a group before the colon)
# "### [5.0.0.0] - 2024-06-01": a markdown heading that is just the number
_HEADING = re.compile(r"(?:^|\n)#{1,6}[ \t]*\[?$")
# "[4.2.0.0, 4.3.0.0)": an interval of versions
_INTERVAL_AFTER = re.compile(r",\s*\d+(?:\.\d+){2,}\s*[)\]]")
_INTERVAL_BEFORE = re.compile(r"[\[(]\s*\d+(?:\.\d+){2,},\s*$")
_RUNNING = re.compile(r"\b(?:running|runs)$", re.I)
_TAGGED = re.compile(r"(?:[\w-]+[/.][\w./-]*|[\w.-]+:[\w.-]+):$")
# "left-pad@4.2.0.17", "@scope/pkg@4.2.0.17"; a login ("root@") is an address
_AT_PACKAGE = re.compile(r"(?<![\w.@/-])(@?[a-z][\w.-]*(?:/[\w.-]+)?)@$")
_LOGINS = frozenset(
    words(
        """
        root admin administrator user ubuntu ec2-user centos pi deploy git oracle
        postgres guest test jenkins ansible vagrant www-data svc service
        """
    )
)

# Address words that name a machine ("the build server"), not an address
_MACHINES = frozenset(words("server servers host hosts machine vm device devices"))

# After the number only words that follow a version read as one ("the
# 4.2.0.17 release", "4.2.0.17 fixes ...", "is 4.2.0.17 stable?"); "from
# 30.217.55.129 Agent version 2.6.3.78" starts a new log field with "Agent".
_VERSION_AFTER = frozenset(
    words(
        """
        version versions build builds release releases released firmware patch
        patched hotfix update upgrade ships shipped fixes fixed fix adds added
        changelog regression newer older latest notes stable lts beta alpha
        nightly deprecated compatible rollout
        """
    )
)
# A clause word on the right starts a new clause: "8.8.8.8 after the update".
_CLAUSE_WORDS = frozenset(
    words("after before since when while during until because if but unless")
)
_ADDRESS_KEYS = ADDRESS_WORDS | frozenset(
    words("client ipv4_address remote_addr src_ip dst_ip client_ip peer_ip")
)

# "hr-app-02" and "build-03" are host names, one token each, not cue words;
# letters are any script's ("versión")
_TOKEN = re.compile(r"[^\W\d_]\w*(?:-\w+)*|\d+(?:\.\d+)+|\d+")
_BREAK = re.compile(r"[\n;|)]|[.!?](?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_KEY_NAME = re.compile(r"([A-Za-z][A-Za-z0-9_.-]*)\s*[=:(]$")
_KEY_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "AssemblyFileVersion"
_SUFFIX_VERSION = re.compile(r"(?:-|\+|_)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]")
_SUFFIX_ADDRESS = re.compile(r":\d{1,5}(?!\d)|/\d{1,2}(?!\d)")
_PREFIX_VERSION = re.compile(r"(?:\b(?:v|ver|vers|rev)\.|[=~<>]=)$", re.IGNORECASE)
# "MyApp/4.2.0.17", "Chrome/120.0.0.0", "myapp-4.2.0.17.tar.gz"
_PRODUCT = re.compile(r"[A-Za-z]/$")
_ARCHIVE = re.compile(r"\.(?:tar|tgz|zip|jar|whl|exe|msi|dmg|deb|rpm|apk|nupkg)\b")
_LATER = re.compile(
    r"\+(?!\w)|\s*[(\[]\d{4}-\d\d-\d\d[)\]]"
    r"|\s+(?:or|and)\s+(?:later|newer|above|higher|up)\b",
    re.IGNORECASE,
)
_SEMVER_SERIES = re.compile(r"(?<![\w.])(\d{1,2}\.\d{1,3})\.\d{1,3}(?![\w]|\.\d)")
_SEMVER = re.compile(r"\d{1,2}\.\d{1,3}\.\d{1,3}")  # "4.2.1", not a date
_DOTTED = re.compile(r"(?<![\w.])[vV]?\d+(?:\.\d+){2,}(?![\w.]|\.\d)")
NEIGHBOUR_GAP = 3  # linking words between two dotted numbers read together
_LINKS = frozenset(
    words(
        """
        to from and or vs versus than then via into instead of the later earlier
        before after is was now supersedes replaces replaced over
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
    tokens: list[str], version_words: frozenset[str], right: bool = False
) -> tuple[int, str]:
    """(distance, kind) of the nearest cue in ``tokens`` (nearest first).

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
        if word in ADDRESS_WORDS:
            # "the build server goes to 4.2.0.17": a machine named by what it
            # does is no address cue for the version it is moved to
            named = (
                tokens[i + 1 if not right else i - 1] if 0 < i + 1 < len(tokens) else ""
            )
            if not right and word in _MACHINES and named.lower() in VERSION_WORDS:
                return i + 2, "version"
            return i + 1, "ip"
        if word in version_words:
            following = tokens[i + 1] if right and i + 1 < len(tokens) else ""
            if following[:1].isdigit() and "." in following:
                break  # "10.0.0.6 run agent version 4.2.0.17": not this one's
            return i + 1, "version"
        if right and (tok[0].isupper() or word in _CLAUSE_WORDS):
            break
    return WINDOW + 1, ""


def _small(value: str) -> bool:
    first, second = value.split(".")[:2]
    return int(first) < 10 and int(second) < 10


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
    names = {t.lower() for t in _TOKEN.findall(cells[column])}
    if names & _ADDRESS_KEYS:
        return "ip"
    if names & VERSION_WORDS:
        return "version"
    return ""


def _verdict(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(own verdict, clause text on the left, on the right); the clause is
    returned only when no mark, key or column decided ("" otherwise)."""
    after = text[end : end + 24]
    if _SUFFIX_ADDRESS.match(after):
        return "ip", "", ""
    before = text[max(0, start - 24) : start].rstrip(" \"'")
    if before[-1:] in ("v", "V", "~", "^") or _PREFIX_VERSION.search(before):
        return "version", "", ""
    if _PRODUCT.search(before) or _ARCHIVE.match(after):
        return "version", "", ""
    if _SUFFIX_VERSION.match(after) or _LATER.match(after):
        return "version", "", ""
    login = _AT_PACKAGE.search(before) if before.endswith("@") else None
    if login is not None and login.group(1).lower() in _LOGINS:
        return "ip", "", ""  # "deploy@4.2.0.17:/srv"
    if _named_version(text, start, before) or _TAGGED.search(before):
        return "version", "", ""
    if _HEADING.search(text, max(0, start - 12), start) or _interval(before, after):
        return "version", "", ""
    if _RUNNING.search(before):
        return "version", "", ""  # "FG-200E running 6.4.15.2"
    if before[-1:] in ("=", ":", "("):  # "src=", "IP:", "app_version: "
        key = _KEY_NAME.search(before)
        name = key.group(1).rsplit(".", 1)[-1] if key else ""
        if name.lower() in _ADDRESS_KEYS:
            return "ip", "", ""
        head = ["", *_KEY_PART.findall(name)][-1].lower()  # "serverVersion"
        if head in _ADDRESS_KEYS:
            return "ip", "", ""
        if head in VERSION_WORDS:
            return "version", "", ""
    column = _column(text, start)
    if column:
        return column, "", ""
    left, right = _clause(text, start, end)
    # a comma, a bracket or a list's ": " starts a new phrase
    colon = left.rfind(": ")
    near = left[
        max(left.rfind(","), left.rfind("("), colon + 1 if colon >= 0 else -1) + 1 :
    ]
    left_at, left_kind = _cue(_TOKEN.findall(near)[::-1], VERSION_WORDS)
    right_at, right_kind = _cue(_TOKEN.findall(right), _VERSION_AFTER, right=True)
    if left_kind and right_kind and left_kind != right_kind:
        if left_at == right_at:
            return "ip", left, right  # a tie: the address reading is safer
        return (left_kind if left_at < right_at else right_kind), left, right
    return left_kind or right_kind, left, right


def _interval(before: str, after: str) -> bool:
    """ "[4.2.0.0, 4.3.0.0)": either end of a version interval."""
    return (
        before.endswith(("[", "(")) and _INTERVAL_AFTER.match(after) is not None
    ) or (after[:1] in (")", "]") and _INTERVAL_BEFORE.search(before) is not None)


def _product(word: str) -> bool:
    """A product name: known, or an "...OS" name written as one ("FortiOS",
    "PAN-OS", "macOS"; not "photos")."""
    low = word.lower()
    if low in _PRODUCTS:
        return True
    return low.endswith("os") and len(low) >= 4 and (word[-2:] == "OS" or "-" in word)


def _named_version(text: str, start: int, before: str) -> bool:
    """A product name right before the quad, or a package pinned with ``@``,
    and no address word just before them ("ssh root@10.0.0.5" is a login)."""
    pin = _AT_PACKAGE.search(before) if before.endswith("@") else None
    if pin is not None:
        if not _small(text[start : start + 16]):
            return False  # "bob@10.1.2.3" is a login; pins are small versions
        lead = text[max(0, start - len(before) - 32) : start - len(pin.group())]
    else:
        named = _JUST_BEFORE.search(text, max(0, start - 24), start)
        if named is None:
            return False
        if not _product(named.group(1)):
            named = _TITLE_PAIR.search(text, max(0, start - 40), start)
            if named is None or fold(named.group(1)) in _GIVEN:
                return False  # "Alice Smith 10.0.0.5" is someone's machine
            words_ = {w.lower() for w in named.group().split()}
            if words_ & (ADDRESS_WORDS | _PLACES):
                return False
        lead = text[max(0, named.start() - 32) : named.start()]
    return not any(t.lower() in ADDRESS_WORDS for t in _TOKEN.findall(lead)[-3:])


def _linked(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans read together: only a few linking words between them
    ("4.2.1.7 to 4.2.0.17", "v3.1.4 or 4.2.1.3", "A, B and C")."""
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    between = _TOKEN.findall(text, lo, hi)
    return len(between) <= NEIGHBOUR_GAP and all(w.lower() in _LINKS for w in between)


def _versionish(text: str, m: re.Match[str], decided: set[int]) -> bool:
    """A dotted number that reads as a version: v-prefixed, with a
    pre-release suffix ("2.1.0-rc1"), three-part ("4.2.1"), of five or more
    parts ("10.0.19045.4412"), or a quad already judged a version."""
    value = m.group()
    return (
        value[0] in "vV"
        or bool(_SUFFIX_VERSION.match(text, m.end()))
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
    for m in reversed(list(_TOKEN.finditer(text, lo, hi))):
        tok = m.group()
        if tok[0].isdigit() and "." in tok:
            if m.start() in decided:
                continue  # "version strings: 10.2.9.1, <here>"
            return False  # the words further left are another number's
        if tok.lower() in VERSION_WORDS:
            return True
    return False


def _right_words(right: str) -> bool:
    """A version word on the right with no dotted number after it."""
    tokens = _TOKEN.findall(right)
    if any(t[0].isdigit() and "." in t for t in tokens):
        return False
    return any(t.lower() in VERSION_WORDS for t in tokens)


def _header_names_addresses(text: str, start: int) -> bool:
    """The list the quad sits in is announced by a header with an address
    word ("Pull the host IPs and the firmware each runs: 10.1.40.2 ...")."""
    lo = text.rfind("\n", 0, start) + 1
    colon = text.find(": ", lo, start)
    if colon < 0:
        return False
    return bool({t.lower() for t in _TOKEN.findall(text, lo, colon)} & ADDRESS_WORDS)


def versions(text: str, quads: list[tuple[int, int]]) -> set[int]:
    """Starts of the ``quads`` (spans in ``text``) that are version numbers."""
    verdicts = [_verdict(text, s, e) for s, e in quads]
    decided = {
        s for (s, _), v in zip(quads, verdicts, strict=True) if v[0] == "version"
    }
    out = set(decided)
    # quads still open: (start, end, their clause's span, words of the phrase)
    pending: list[tuple[int, int, tuple[int, int], set[str]]] = []
    for (s, e), (verdict, left, right) in zip(quads, verdicts, strict=True):
        if verdict:
            continue
        span = (s - len(left), e + len(right))
        near = left[max(left.rfind(","), left.rfind("(")) + 1 :] + " " + right
        pending.append((s, e, span, {t.lower() for t in _TOKEN.findall(near)}))
        clause = {t.lower() for t in _TOKEN.findall(left + " " + right)}
        if clause & ADDRESS_WORDS or _header_names_addresses(text, s):
            continue
        if _clause_words(text, (span[0], s), out) or _right_words(right):
            out.add(s)  # "version strings: 10.2.9.1, 11.0.4.3"
        elif _small(text[s:e]) and (
            left.rstrip().endswith("(")
            or left.lower().split()[-1:] in (["on"], ["since"])
        ):
            out.add(s)  # "the fix landed (4.2.0.17)", "we're on 4.2.0.17 now"
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
            ) or (text[s:e].rsplit(".", 2)[0] in series and not phrase & ADDRESS_WORDS):
                out.add(s)  # "from 4.2.1.7 to <here>", "4.2.0.18 ..., 4.2.1.0"
                changed = True
    for s, e, _, _ in pending:
        if s in out or not _small(text[s:e]):
            continue
        lo = text.rfind("\n", 0, s) + 1
        hi = text.find("\n", e)
        hi = hi if hi >= 0 else len(text)
        line = {t.lower() for t in _TOKEN.findall(text, lo, hi)}
        if line & (VERSION_WORDS | _DEPLOY_WORDS) and not line & ADDRESS_WORDS:
            out.add(s)
    return out
