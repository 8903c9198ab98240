"""Marks on a dotted quad itself that decide "address" or "version" before
any cue word around it is read (rule 1 and 2 of
:mod:`services.intent.ip_context`).

An address: a port or CIDR suffix ("10.0.0.5:443", "/24"), a login before it
("root@10.0.0.5"), an address key ("src=", "IP:"). A version: a v/ver prefix or
a package pin ("==", "~", "^", "pkg@4.2.0.17" when small-valued), a product
name right before it ("PAN-OS 10.2.9.1", "Veeam Backup 12.1.1.56", not a
person's or a site's name), an image tag or package coordinate ("acme/api:",
"com.acme:core:"), an archive or pre-release suffix, "or later", a release
date after it, a markdown heading or a version interval around it, "running"
right before it, a version key ("version:", "serverVersion=").
"""

from __future__ import annotations

import re

from services.intent.ip_words import (
    ADDRESS_KEYS,
    ADDRESS_WORDS,
    TOKEN,
    VERSION_WORDS,
    small,
)
from services.intent.lexicon import words
from services.intent.names import AMBIGUOUS_FIRST, FIRST_NAMES, fold

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
# "### [5.0.0.0] - 2024-06-01": a markdown heading that is just the number
_HEADING = re.compile(r"(?:^|\n)#{1,6}[ \t]*\[?$")
# "[4.2.0.0, 4.3.0.0)": an interval of versions
_INTERVAL_AFTER = re.compile(r",\s*\d+(?:\.\d+){2,}\s*[)\]]")
_INTERVAL_BEFORE = re.compile(r"[\[(]\s*\d+(?:\.\d+){2,},\s*$")
_HOSTED = re.compile(
    r"\b(?:running|hosted|listening|served|reachable|lives|sits|resolves) (?:on|at|to)$",
    re.I,
)
_ID_BEFORE = re.compile(
    r"\b(?:order|invoice|ticket|case|ref|reference|po|sku|item|tracking|booking|"
    r"claim|policy|receipt|isbn|lot|batch)(?: no\.?| number| id)?$",
    re.I,
)
_COMPARED = re.compile(
    r"\b(?:at least|at most|below|above|(?:older|newer|higher|lower|earlier|later)"
    r" than|prior to|anything under|anything over)$",
    re.I,
)
_SOFTWARE_BEFORE = re.compile(
    r"\b(?:reader|driver|firmware|plugin|extension|tool|software)$", re.I
)
# "EPR client 23.4.1.9", "Outlook client 16.0.1.2": a product's client, unless the
# name is a network protocol ("DHCP client 10.0.0.5" is a machine)
_PRODUCT_CLIENT = re.compile(
    r"\b(?!(?:DHCP|DNS|NTP|TCP|UDP|HTTPS?|FTP|SMB|NFS|LDAP|SNMP|RDP|SSH|SIP)\b)"
    r"[A-Z][A-Za-z0-9]{1,15} client$"
)
_RUNNING = re.compile(r"\b(?:running|runs)$", re.I)
# "upgrade X from <quad>" / "... from <quad> to <quad>": the two ends of an
# upgrade are versions ("update the DNS from 8.8.8.8 to 1.1.1.1" is not: only
# the verbs that move software between releases)
_UPGRADED = re.compile(
    r"\b(?:upgrad|downgrad|patch|bump)\w*\b[^.\n?!]{0,60}\bfrom\s+"
    r"(?:v?\d+(?:\.\d+)+\s+to\s+)?$",
    re.I,
)
# "image: acme/api:4.2.0.17", "com.acme:core:3.1.0.2": an image tag or a
# package coordinate (a name with "/" or "." or a group before the colon)
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

_KEY_NAME = re.compile(r"([A-Za-z][A-Za-z0-9_.-]*)\s*[=:(]$")
_KEY_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "AssemblyFileVersion"
SUFFIX_VERSION = re.compile(r"(?:-|\+|_)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]")
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


def mark(text: str, start: int, end: int) -> str:
    """ "ip", "version", or "" when nothing on the quad itself decides."""
    after = text[end : end + 24]
    if _SUFFIX_ADDRESS.match(after):
        return "ip"
    before = text[max(0, start - 24) : start].rstrip(" \"'")
    if before[-1:] in ("v", "V", "~", "^") or _PREFIX_VERSION.search(before):
        return "version"
    if _PRODUCT.search(before) or _ARCHIVE.match(after):
        return "version"
    if SUFFIX_VERSION.match(after) or _LATER.match(after):
        return "version"
    pin = _AT_PACKAGE.search(before) if before.endswith("@") else None
    if pin is not None and pin.group(1).lower() in _LOGINS:
        return "ip"  # "deploy@4.2.0.17:/srv"
    if _named_version(text, start, before, pin) or _TAGGED.search(before):
        return "version"
    if _HEADING.search(text, max(0, start - 12), start) or _interval(before, after):
        return "version"
    if _HOSTED.search(before):
        return "ip"  # "prod server running on 4.2.0.17": where it runs
    if before.endswith("#") or _ID_BEFORE.search(before):
        return "version"  # "Order #4.2.0.17", "Ticket 1.2.3.4": an id, no address
    if _COMPARED.search(before):
        return "version"  # "needs at least 3.1.0.7", "which hosts are below 9.1.5.0"
    if _UPGRADED.search(text, max(0, start - 90), start):
        return "version"  # "upgrade the VPN concentrators from 9.16.4.42 to <here>"
    if _SOFTWARE_BEFORE.search(before) or _PRODUCT_CLIENT.search(before):
        return "version"  # "PDF reader 23.1.0.8", "printer driver 2.0.0.1"
    if _RUNNING.search(before):
        return "version"  # "FG-200E running 6.4.15.2"
    if before[-1:] in ("=", ":", "("):  # "src=", "IP:", "app_version: "
        key = _KEY_NAME.search(before)
        name = key.group(1).rsplit(".", 1)[-1] if key else ""
        if name.lower() in ADDRESS_KEYS:
            return "ip"
        head = ["", *_KEY_PART.findall(name)][-1].lower()  # "serverVersion"
        if head in ADDRESS_KEYS:
            return "ip"
        if head in VERSION_WORDS:
            return "version"
    return ""


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


def _named_version(
    text: str, start: int, before: str, pin: re.Match[str] | None
) -> bool:
    """A product name right before the quad, or a package pinned with ``@``
    (``pin``), and no address word just before them ("ssh root@10.0.0.5" is
    a login)."""
    if pin is not None:
        if not small(text[start : start + 16]):
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
    return not any(t.lower() in ADDRESS_WORDS for t in TOKEN.findall(lead)[-3:])
