"""Is a dotted quad an IPv4 address or a version / section number?

"4.2.0.17" is a valid IPv4 address and a typical four-part version string,
so the value alone cannot decide; people decide from the words around it.
The rule, in order (first that applies wins):

1. **Marks on the value itself.** A port (``:443``) or CIDR suffix (``/24``)
   makes it an address; a leading ``v``, a package pin (``==``, ``~``,
   ``^``) or a pre-release/build suffix (``-rc1``, ``-h3``, ``+b7``) makes it
   a version. (A fifth component is never matched as an address at all.)
2. **A key right before it** (``src=``, ``IP:``, ``version:``): an address
   key or a version key decides; any other key falls through.
3. **The nearest cue word** within a few words on the same line, on either
   side: address words (ssh, host, firewall, blocked, src, ping, server,
   ...) or version words (version, build, release, firmware, patch,
   upgrade, bump, agent, sdk, section, clause, schedule, ...). A word
   immediately after a version word's phrase also counts ("the 4.2.0.17
   release", "4.2.0.17 fixes the bug"). Address cues win ties, since a
   leaked address is worse than a masked version.
4. **Neighbours.** A quad with no cue of its own is a version when another
   dotted number a few words away in the same clause is one ("bumped from
   4.2.1.7 to 4.2.0.17", "v3.1.4 or 4.2.1.3"). A *small-valued* quad
   (first two parts below 10, as in 4.2.0.17: rare among real addresses
   outside a few public resolvers, which come with DNS words) is also a
   version when a version word, and no address word, appears anywhere on
   its line.
5. Otherwise it is an address: an isolated dotted quad, a list of quads, or
   a log/CSV/table cell is reported (recall matters more there).
"""

from __future__ import annotations

import re

from services.intent.lexicon import words

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
        resolving resolved geolocate whois beacon beaconing
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
        installer driver bios kernel os ios android clause section sections article
        schedule para paragraph appendix annex exhibit chapter figure table rule
        item oid step
        """
    )
)
_ADDRESS_KEYS = ADDRESS_WORDS | frozenset(
    words("client ipv4_address remote_addr src_ip dst_ip client_ip peer_ip")
)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_]*|\d+(?:\.\d+)+|\d+")
_BREAK = re.compile(r"[\n;|]|[.!?](?:\s|$)")
_KEY = re.compile(r"([A-Za-z][A-Za-z0-9_.-]*)\s*(?:=|:)\s*[\"']?$")
_PIN = re.compile(r"(?:==|~=|>=|<=|[~^])\s*$")
_SUFFIX_VERSION = re.compile(r"(?:-|\+|_)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]")
_SUFFIX_ADDRESS = re.compile(r":\d{1,5}(?!\d)|/\d{1,2}(?!\d)")
_DOTTED = re.compile(r"(?<![\w.])[vV]?\d+(?:\.\d+){2,}(?![\w.]|\.\d)")
NEIGHBOUR_GAP = 5  # words between two dotted numbers read together
WINDOW = 4  # words on each side; "upgrade the agent to 4.2.0.17" needs four


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """Same-clause text left and right of a span (at most 80 chars each side)."""
    left = text[max(0, start - 80) : start]
    cuts = list(_BREAK.finditer(left))
    if cuts:
        left = left[cuts[-1].end() :]
    right = text[end : end + 80]
    cut = _BREAK.search(right)
    if cut:
        right = right[: cut.start()]
    return left, right


def _cue(tokens: list[str]) -> tuple[int, str]:
    """(distance, kind) of the nearest cue in ``tokens`` (nearest first)."""
    for i, tok in enumerate(tokens[:WINDOW]):
        word = tok.lower()
        if word in ADDRESS_WORDS:
            return i + 1, "ip"
        if word in VERSION_WORDS:
            return i + 1, "version"
    return WINDOW + 1, ""


def _small(value: str) -> bool:
    first, second = value.split(".")[:2]
    return int(first) < 10 and int(second) < 10


def own_verdict(text: str, start: int, end: int) -> str:
    """The quad's own verdict: "ip", "version" or "" (no evidence)."""
    before = text[max(0, start - 24) : start]
    after = text[end : end + 12]
    if _SUFFIX_ADDRESS.match(after):
        return "ip"
    if before[-1:] in ("v", "V") or _PIN.search(before) or _SUFFIX_VERSION.match(after):
        return "version"
    key = _KEY.search(before)
    if key:
        name = key.group(1).lower().rsplit(".", 1)[-1]
        if name in _ADDRESS_KEYS:
            return "ip"
        if name in VERSION_WORDS:
            return "version"
    left, right = _clause(text, start, end)
    left_at, left_kind = _cue(_TOKEN.findall(left)[::-1])
    right_at, right_kind = _cue(_TOKEN.findall(right))
    if left_kind == "ip" and left_at <= right_at:
        return "ip"
    if right_kind == "ip" and right_at <= left_at:
        return "ip"
    return left_kind or right_kind


def _gap(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """Words between two spans."""
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    return len(_TOKEN.findall(text, lo, hi))


def _versionish(text: str, m: re.Match[str], decided: set[int]) -> bool:
    """A dotted number that reads as a version: v-prefixed, with a
    pre-release suffix ("2.1.0-rc1"), or a quad already judged a version."""
    return (
        m.group()[0] in "vV"
        or bool(_SUFFIX_VERSION.match(text, m.end()))
        or m.start() in decided
    )


def versions(text: str, quads: list[tuple[int, int]]) -> set[int]:
    """Starts of the ``quads`` (spans in ``text``) that are version numbers."""
    verdicts = [own_verdict(text, s, e) for s, e in quads]
    decided = {s for (s, _), v in zip(quads, verdicts, strict=True) if v == "version"}
    out = set(decided)
    for (s, e), verdict in zip(quads, verdicts, strict=True):
        if verdict:
            continue
        lo = text.rfind("\n", 0, s) + 1
        hi = text.find("\n", e)
        hi = hi if hi >= 0 else len(text)
        left, right = _clause(text, s, e)
        near_lo = s - len(left)
        near_hi = e + len(right)
        if any(
            m.start() != s
            and _versionish(text, m, decided)
            and _gap(text, m.span(), (s, e)) <= NEIGHBOUR_GAP
            for m in _DOTTED.finditer(text, near_lo, near_hi)
        ):
            out.add(s)  # a version close by ("from 4.2.1.7 to <here>")
            continue
        if _small(text[s:e]):
            line = {t.lower() for t in _TOKEN.findall(text, lo, hi)}
            if line & VERSION_WORDS and not line & ADDRESS_WORDS:
                out.add(s)
    return out
