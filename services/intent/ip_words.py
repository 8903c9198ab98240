"""The words that tell an IPv4 address from a version number, and the
tokeniser that reads them (the rules are in :mod:`services.intent.ip_context`
and :mod:`services.intent.version_marks`)."""

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
        c2 beaconed beacons laptop laptops workstation workstations
        resolving resolved geolocate whois beacon beaconing connects reach
        reaching reached offline online printer printers logged signin sign-in
        sign-ins signed heartbeat heartbeats adresse dirección endereço indirizzo
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
        introduced regressed unchanged software install installed installing
        reinstall download downloaded downloads bug bugs crash crashes crashing
        agents supported
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
# Words that number a document's parts ("clause 4.2.1.3", "section 3.1.0.2"):
# they make the number beside them no address, but are no talk about software
# versions ("the rule ... from this paragraph" says nothing about other quads)
STRUCTURE_WORDS = frozenset(
    words(
        """
        clause section sections subsection subsections article schedule para
        paragraph appendix annex exhibit chapter figure table rule item oid step
        guideline sop protocol
        """
    )
)
# Deployment talk: a version only for a small-valued quad ("running 4.2.0.17
# in prod"); too weak a cue for the nearest-word rule ("server running on ...").
DEPLOY_WORDS = frozenset(
    words(
        """
        running deploy deployed deploying deployment prod production staging canary
        live rollout roll changed skip supported
        """
    )
)
# Address words that name a machine ("the build server"), not an address
MACHINES = frozenset(words("server servers host hosts machine vm device devices"))

# After the number only words that follow a version read as one ("the
# 4.2.0.17 release", "4.2.0.17 fixes ...", "is 4.2.0.17 stable?"); "from
# 30.217.55.129 Agent version 2.6.3.78" starts a new log field with "Agent".
VERSION_AFTER = frozenset(
    words(
        """
        version versions build builds release releases released firmware patch
        patched hotfix update upgrade ships shipped fixes fixed fix adds added
        changelog regression newer older latest notes stable lts beta alpha
        nightly deprecated compatible rollout supported
        """
    )
)
# A clause word on the right starts a new clause: "8.8.8.8 after the update".
CLAUSE_WORDS = frozenset(
    words("after before since when while during until because if but unless")
)
ADDRESS_KEYS = ADDRESS_WORDS | frozenset(
    words(
        """client ipv4_address remote_addr src_ip dst_ip client_ip peer_ip src_ips
        dst_ips source_ips ip_list"""
    )
)

# "hr-app-02" and "build-03" are host names, one token each, not cue words;
# letters are any script's ("versión")
TOKEN = re.compile(r"[^\W\d_]\w*(?:-\w+)*|\d+(?:\.\d+)+|\d+")


def small(value: str) -> bool:
    """First two parts below 10 ("4.2.0.17"): rare among real addresses."""
    first, second = value.split(".")[:2]
    return int(first) < 10 and int(second) < 10


def private(value: str) -> bool:
    """In 192.168/16, 172.16/12 or 169.254/16: a LAN address, never written
    as a version ("the NAS is 192.168.192.149", "the kiosk at 192.168.50.14")."""
    first, second = (int(p) for p in value.split(".")[:2])
    return (
        (first == 192 and second == 168)
        or (first == 172 and 16 <= second <= 31)
        or (first == 169 and second == 254)
    )


# Nouns that make the address word before them part of a software name:
# "VPN client", "SSH agent", "network drive tool", "DNS app"
SOFTWARE_NOUNS = frozenset(
    words(
        """
        client clients app apps agent agents software tool tools driver drivers
        firmware reader plugin plugins extension extensions console
        """
    )
)


_JOINERS = frozenset(words("and or to from of for on in at by with"))


def names_software(following: list[str]) -> bool:
    """The (lowercase) words after an address word make it part of a
    software name: "client", or "drive tool" (not "IP and agent version")."""
    if not following:
        return False
    if following[0] in SOFTWARE_NOUNS:
        return True
    return (
        len(following) > 1
        and following[0].isalpha()
        and following[0] not in _JOINERS
        and following[1] in SOFTWARE_NOUNS
    )


def names_a_machine(
    job: str, machine: str, jobs: frozenset[str] = VERSION_WORDS
) -> bool:
    """ "build server", "patch host": a machine named by what it does (both
    words lowercase, in text order) -- a name, no cue for an address."""
    return machine in MACHINES and job in jobs


def address_cues(tokens: list[str]) -> set[str]:
    """The address words among ``tokens`` (lowercased) that speak of an
    address: not a software name ("VPN client", "network drive tool") nor a
    machine named by its job ("build server")."""
    low = [t.lower() for t in tokens]
    cues: set[str] = set()
    for i, word in enumerate(low):
        if word not in ADDRESS_WORDS:
            if "_" in word and word in ADDRESS_KEYS:
                cues.add(word)  # a field name: "src_ips", "client_ip"
            continue
        if names_software(low[i + 1 : i + 3]):
            continue
        if i and names_a_machine(low[i - 1], word):
            continue
        cues.add(word)
    return cues


# Address words that name a kind of machine or network rather than point at
# an address: for a small-valued quad ("upgrade the firewall to 4.2.0.17",
# "roll back the server from 4.2.0.17") they do not outweigh version talk.
WEAK_ADDRESS_WORDS = frozenset(
    words(
        """
        server servers host hosts hostname machine vm device devices network laptop
        laptops workstation workstations
        firewall fw router printer printers vpn remote online offline endpoint lan
        wan
        """
    )
)


def strong_address_cues(tokens: list[str]) -> set[str]:
    """:func:`address_cues` without the weak ones."""
    return address_cues(tokens) - WEAK_ADDRESS_WORDS
