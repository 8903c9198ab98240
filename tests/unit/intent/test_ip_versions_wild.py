"""Version strings in the wild that are also valid IPv4, and the real
addresses next to them: a column header, five-part builds, a version word in
the same short clause, a following suffix, siblings of a judged version."""

from __future__ import annotations

import pytest

from services.intent.pii import detect_pii


def _ips(text: str) -> list[str]:
    return [f.text for f in detect_pii(text) if f.type == "IP_ADDRESS"]


VERSION_TABLE = (
    "| component | version | status |\n|---|---|---|\n"
    "| agent | 4.2.0.17 | ok |\n| proxy | 2.1.0.3 | ok |"
)


@pytest.mark.parametrize(
    "text",
    [
        "1.0.0.1 is the first stable release of the plugin",
        "requires python 3.10.0.2 or later",
        "3.10.0.2 broke our build",
        "I'm on 10.0.19045.4412",
        "OS: Windows 10 Pro 10.0.19045.4412",
        "Windows build 10.0.19045.4412 crashes",
        "we use SDK 2.1.0.0 for this",
        "firmware 1.2.3.4 is out, should I install it?",
        "on 4.2.0.17 now",
        "we're on 4.2.0.17 now and it's slow",
        "after updating to 4.2.0.17 the app crashes",
        "is 4.2.0.17 stable?",
        "is 4.2.0.17 compatible with 4.1?",
        "write the changelog for 4.2.0.17 please",
        "what's the upgrade path 4.1.9.3 -> 4.2.0.17 -> 4.3.0.1?",
        "we moved to v.4.2.0.17 last week",
        "ver 4.2.0.17",
        "ver. 4.2.0.17",
        "the fix landed (4.2.0.17)",
        "(4.2.0.17)",
        "deploy 4.2.0.17-hotfix to staging",
        "release notes 4.2.0.17: fixed login crash",
        "I pinned 4.2.0.17 in requirements.txt",
        "bump the image tag 4.2.0.17 in the helm chart",
        "the APK 7.11.0.3 won't install",
        "NVIDIA driver 31.0.15.3623 causes flicker",
        "the agent version is 4.2.0.17 on all nodes",
        VERSION_TABLE,
        "component,version,status\nagent,4.2.0.17,ok\ncollector,3.10.0.2,degraded",
        "PROJ-412 bump deps to 4.2.0.17, 2.31.0; PROJ-413 fix tz bug in 3.1.2",
        "- 4.2.0.17: fix crash on login (was 4.2.0.16)",
        "## 4.2.0.17 (2024-03-02)\n- fixed timezone bug",
        "Changelog: 4.2.0.17 - fixed login, 4.2.0.16 - perf",
        "4.2.0.17 adds dark mode, 4.2.0.18 fixes the crash on login, "
        "4.2.1.0 is held back.",
        "Our firewall runs 7.2.5.1 build 1517. Is that older or newer than 7.2.4.8?",
        "Waarom heeft versie 3.14.159.2 een vierde nummer?",
        "la versión 4.2.0.17 falla",
        "version strings: srv-db-04, 10.2.9.1, fw-edge-2, 11.0.4.3",
        "firmware 1.2.3.4 or 1.2.3.5?",
        # code, packaging, contracts
        '__version__ = "4.2.0.17"',
        "app_version: 4.2.0.17",
        "serverVersion: 4.2.0.17",
        '[assembly: AssemblyFileVersion("2.0.1.5")]',
        "User-Agent: MyApp/4.2.0.17",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0 Safari/537.36",
        "download myapp-4.2.0.17.tar.gz",
        "per subsection 3.2.1.1 the supplier must",
        "Subject: Re: 4.2.0.17 rollout\n\nHi all, 4.2.0.17 goes live Monday.",
        "tested on 4.2.0.17, 4.2.0.18 and 4.3.0.0",
        "works since 4.2.0.16, not in 4.2.0.17",
        # product names, package pins, deployment talk
        'affected: "OpenSSH 9.1p1 through 9.7p1; FortiOS 7.4.0-7.4.2; PAN-OS 10.2.9.1"',
        "FortiOS 7.4.1.2 and PAN-OS 10.2.9.1 are affected",
        "npm install left-pad@4.2.0.17",
        "we are running 4.2.0.17 in prod",
        "deployed 4.2.0.17 to staging yesterday",
        # image tags, coordinates, headings, intervals, machines named by their job
        "services:\n  api:\n    image: acme/api:4.2.0.17\n"
        "  worker:\n    image: acme/worker:4.2.0.15",
        "[12:04:19] Downloaded com.acme:core:3.1.0.2",
        "### [4.9.3.2] - 2024-05-20\n- fix: timezone handling",
        'What does the Gradle constraint "[4.2.0.0, 4.3.0.0)" mean?',
        "tonight the build server goes to 4.2.0.17, CI pipelines pause",
        "Should we upgrade the build server to 4.2.0.17 now?",
        '"FG-100F running 7.2.5.1; FG-200E running 6.4.15.2"',
        "iOS says 17.4.1 but the MDM console reports 17.4.1.0",
        '"plugin loaded 2.0.1.4", "schema migration 1.0.0.3 applied"',
        "Tested with Veeam Backup 12.1.1.56 and Windows guest tools",
        "Is 0.0.0.0/0 in a routing table a host?",
        # everyday prose: version talk and no network words, comparisons,
        # software names that contain an address word
        "we're still on 10.2.9.1 here, pretty sure we're the last ones to update",
        "IT told me to install 2.3.0.40 but the download page only has 2.3.0.38",
        "the network drive tool says it needs at least 3.1.0.7 and I have 3.1.0.12",
        "The VPN client on our laptops is 9.1.4.2 and the advisory says to update",
        "PDF reader 23.1.0.8 with UI fixes only",
        "Advisory: versions 3.0.0.0 through 3.0.4.2 of the remote support tool",
        "which hosts are below 9.1.5.0?",
        # a machine word away from a small value does not outweigh version talk
        "Roll back the server from 4.2.0.17 to 4.2.0.16.",
        "Upgrade the firewall to 4.2.0.17 tonight.",
        "Hotfix 4.2.0.18 addresses CVE-2024-1234.",
        "Can you check whether 11.2.0.4 is still supported by Oracle?",
        # ids
        "Order #4.2.0.17 hasn't arrived.",
        "Ticket 1.2.3.4 is still open, can you chase it?",
        # small values in prose with no word about addresses or attacks
        "Is 4.2.0.17 the one with the memory leak?",
        "The kiosk shows 7.4.0.12 in the About screen.",
        "Our ERP is stuck at 9.2.0.7 because of the customisations.",
    ],
)
def test_versions_in_the_wild_are_not_addresses(text: str) -> None:
    assert _ips(text) == []


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        ("ping 1.0.0.1", ["1.0.0.1"]),
        ("ping 1.0.0.1 and tell me the latency", ["1.0.0.1"]),
        ("DNS 1.1.1.1 and 8.8.8.8", ["1.1.1.1", "8.8.8.8"]),
        ("set DNS to 1.1.1.1 and 8.8.8.8 after the update", ["1.1.1.1", "8.8.8.8"]),
        ("from 4.2.0.17 we saw 300 failed logins", ["4.2.0.17"]),
        ("after the update, from 4.2.0.17 we saw 300 failed logins", ["4.2.0.17"]),
        ("blocked 10.0.0.5 after the patch", ["10.0.0.5"]),
        ("sshd[221]: Failed password for root from 1.2.3.4 port 22", ["1.2.3.4"]),
        ("src=4.2.0.17 dst=10.0.0.1 action=drop", ["4.2.0.17", "10.0.0.1"]),
        ("host 192.168.1.20", ["192.168.1.20"]),
        ("ssh root@10.0.0.5", ["10.0.0.5"]),
        ("bob@10.1.2.3 keeps failing", ["10.1.2.3"]),
        ("scp build.tgz deploy@4.2.0.17:/srv", ["4.2.0.17"]),
        ("firewall Windows 10.0.0.1", ["10.0.0.1"]),
        ("prod server running on 4.2.0.17 is down", ["4.2.0.17"]),
        ("Alice Smith 10.0.0.5 and Bob Jones 10.0.0.6", ["10.0.0.5", "10.0.0.6"]),
        ("London Office 10.0.0.1", ["10.0.0.1"]),
        # LAN ranges are addresses whatever the talk around them
        ("Laptop last seen on 192.168.1.254 after the update", ["192.168.1.254"]),
        ("ssh into the server at 4.2.0.17 and restart nginx", ["4.2.0.17"]),
        ("is 1.1.1.1 faster than the one we use now?", ["1.1.1.1"]),
        ("we saw 4.2.0.17 in the malware sandbox report", ["4.2.0.17"]),
        ("the server 4.2.0.17 is down after the upgrade", ["4.2.0.17"]),
        ("block 4.2.0.17 on the firewall", ["4.2.0.17"]),
        ("the kiosk at 192.168.50.14 runs the new software", ["192.168.50.14"]),
        (  # the version word is the other number's
            "404 from 30.217.55.129 Agent version 2.6.3.78",
            ["30.217.55.129"],
        ),
        (
            "Client IP and agent version: conn from 198.51.100.19 ua=Agent/4.2.0-17",
            None,
        ),
        (
            'Pull the host IPs and the firmware each runs: "10.1.40.2 FortiGate 7.2.5 '
            'build1517; 10.1.40.3 FortiGate 7.2.7 build1577"',
            ["10.1.40.2", "10.1.40.3"],
        ),
        (
            "host,ip,version\nweb01,10.1.2.3,4.2.0.17\ndb01,10.1.2.4,4.2.0.18",
            ["10.1.2.3", "10.1.2.4"],
        ),
        (
            "| host | ip | agent version |\n|---|---|---|\n| web01 | 10.1.2.3 | 4.2.0.17 |",
            ["10.1.2.3"],
        ),
        ("src,dst\n4.2.0.17,10.0.0.1\n1.2.3.4,10.0.0.2", None),
        ("| src | count |\n|---|---|\n| 4.2.0.17 | 300 |", ["4.2.0.17"]),
        ("name,ip\nalice,4.2.0.17\nbob,1.2.3.4", None),
        ("- 10.0.0.1\n- 4.2.0.17\n- 1.1.1.1", None),
        ("after updating the agent, 4.2.0.17 started scanning our hosts", None),
        ("connection from 4.2.0.17 dropped after the upgrade", None),
        ("Our firewall at 7.2.5.1 drops packets", None),
        ("is 4.2.0.17 reachable?", None),
        ("the printer (4.2.0.17) is offline", None),
        ("my laptop (192.168.1.5) can't reach the printer", None),
        ("I'm on 192.168.1.50 now", None),
        ("we saw traffic from 4.2.0.17, 5.6.7.8 and 9.9.9.9", None),
        ("clientIP=4.2.0.17", None),
        ("remote_addr: 1.2.3.4", None),
        ("http://10.0.0.5/admin", None),
        ("ssh root@4.2.0.17", None),
        ("requests in 5 sec from 4.2.0.17", None),
        ("Windows laptop at 10.0.0.5 is infected", None),
        ("spike from 4.2.0.17 above baseline", None),
        ("in 1.2.3.4 we found malware", None),
        ("the schema lists 10.0.0.5 as primary", None),
        ("rollout to 10.0.0.5 and 10.0.0.6 done", None),
        ("client_version=4.2.0.17 client_ip=10.0.0.5", ["10.0.0.5"]),
    ],
)
def test_addresses_next_to_version_talk_are_found(
    text: str, ips: list[str] | None
) -> None:
    import re

    want = ips if ips is not None else re.findall(r"\d+\.\d+\.\d+\.\d+", text)
    assert _ips(text) == want
