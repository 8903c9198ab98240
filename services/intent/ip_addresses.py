"""IP addresses in text: IPv4 (minus the version numbers shaped like one,
see :mod:`services.intent.ip_context`) and IPv6 (validated by
``ipaddress``, without a trailing port, not multicast groups)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from services.intent.ip_context import versions
from services.intent.ip_words import small
from services.intent.lexicon import words
from services.intent.windows import Range, matches, merge_windows

# ASCII boundaries: an address runs straight into Japanese or Chinese text
# ("サーバー192.168.40.12で"), whose letters are word characters to ``\w``
# ("...redirect_uri=https%3A%2F%2F193.233.20.5%2Fcb": after a URL-encoded slash too)
_IPV4 = re.compile(
    r"(?:(?<=%2F)|(?<=%2f)|(?<![0-9A-Za-z_.]))(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}"
    r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![0-9A-Za-z_]|\.\d)"
)
# "10.0.0.0/8": a network written as its first address and prefix length
_PREFIX = re.compile(r"/(\d{1,3})(?!\d)")
# (the dotted tail is tried first: "::ffff:192.0.2.128" is one address; a
# five-digit port may follow, which _without_port strips)
_IPV6 = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,8}"
    r"(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?::\d{5})?(?![\w:])"
)
_V6_HINT = re.compile(r":(?::|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:)")

# "0.0.0.0/0" (any address), the broadcast address and localhost identify nobody
_NOBODY = frozenset(("0.0.0.0", "255.255.255.255", "127.0.0.1"))


def ip_spans(text: str, windows: list[Range]) -> Iterator[Range]:
    """Spans of IPv4 and IPv6 addresses in ``text``; IPv4 is only looked for in
    ``windows`` (runs of digits), IPv6 around its colon groups."""
    quads = [m.span() for m in matches(_IPV4, text, windows)]
    if quads:
        skip = versions(text, quads)  # version strings shaped like addresses
        for s, e in quads:
            if s in skip or text[s:e] in _NOBODY or text.startswith("255.", s):
                continue  # (255.x.x.x is reserved: a netmask, "255.255.240.0")
            if _path_segment(text, s, e) or _network(text, s, e):
                continue
            yield s, e
    v6_windows = merge_windows(
        [
            (max(0, h.start() - 40), min(len(text), h.end() + 40))
            for h in _V6_HINT.finditer(text)
        ]
    )
    for m in matches(_IPV6, text, v6_windows):
        raw = _without_port(m.group())
        groups = [g for g in raw.split(":") if g]
        if len(groups) < 3 and sum(len(g) for g in groups) < 5:
            continue
        if raw[:2].lower() == "ff" or not _ipv6(raw):
            continue  # ff00::/8 is multicast: a group, not anyone's address
        if _network(text, m.start(), m.start() + len(raw)):
            continue  # "2001:db8:1200::/40": an allocation, not a host
        yield m.start(), m.start() + len(raw)


def _path_segment(text: str, start: int, end: int) -> bool:
    """A folder of a file path ("C:\\App\\4.2.0.17\\config", "/opt/app/4.2.0.17/bin"):
    a version directory. A host starts a path after two slashes or
    backslashes instead ("\\\\10.0.0.5\\share", "http://10.0.0.5/"); after one
    slash only small-valued quads read as versions (URL paths name hosts)."""
    if start < 2:
        return False
    sep, before = text[start - 1], text[start - 2]
    if sep not in "\\/" or before in "\\/:":
        return False
    if sep == "/" and not small(text[start:end]):
        return False  # after one slash only version-like values
    return before.isalnum() or before in "_-."


def _network(text: str, start: int, end: int) -> bool:
    """A network, not a host: the first address of a CIDR block ("10.0.0.0/8",
    "172.16.4.0/22", "2001:db8:1200::/40"); a host with its mask ("10.0.4.7/24")
    stays an address."""
    m = _PREFIX.match(text, end)
    if m is None:
        return False
    address = ipaddress.ip_address(text[start:end])
    host_bits = address.max_prefixlen - int(m.group(1))
    # /31 and /32 (/127, /128) name one or two hosts: "-s 198.51.100.77/32"
    return host_bits >= 2 and int(address) & ((1 << host_bits) - 1) == 0


# Ports written after an IPv6 address without brackets ("2001:db8::1f:443"):
# the last group is read as a port when it is a well-known one.
_PORTS = frozenset(
    words(
        "21 22 23 25 53 69 80 110 111 123 135 137 139 143 161 162 389 443 445 465 "
        "514 587 636 993 995 1194 1433 1521 1883 2049 3306 3389 5060 5353 5432 "
        "5900 5985 5986 6379 6443 8000 8080 8081 8443 9200 9443 10250 11211 27017"
    )
)


def _ipv6(raw: str) -> bool:
    try:
        ipaddress.IPv6Address(raw)
    except ValueError:
        return False
    return True


def _without_port(raw: str) -> str:
    """The address without a trailing ``:port``: a ninth group after eight
    full ones, or a well-known port after a ``::`` address that stays valid."""
    head, _, last = raw.rpartition(":")
    if not (last.isdigit() and head and _ipv6(head)):
        return raw
    if "::" not in head and head.count(":") == 7:
        return head  # "2001:db8:0:0:1:0:0:1:5353"
    if last in _PORTS and head.count(":") >= 3 and not head.endswith(":"):
        return head  # "2001:db8:77::1f:443"
    if len(last) == 5 and head.count(":") >= 3 and not head.endswith(":"):
        return head  # "2400:8901::f03c:93ff:fe2a:1b:50122": five digits are no group
    return raw
