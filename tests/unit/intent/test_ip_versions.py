"""Dotted quads: version strings are not IP addresses, real addresses still are."""

from __future__ import annotations

import pytest

from services.intent.pii import detect_pii


def _ips(text: str) -> list[str]:
    return [f.text for f in detect_pii(text) if f.type == "IP_ADDRESS"]


@pytest.mark.parametrize(
    "text",
    [
        "upgrade the agent to 4.2.0.17",
        "we're on 10.4.0.233 of the firmware",
        "build 22.3.1.204 broke the login page",
        "v3.14.2.0 is out",
        "is V3.14.2.0 the latest?",
        "bumped from 4.2.1.7 to 4.2.0.17",
        "release 4.2.0.17 fixed it",
        "the 4.2.0.17 release fixed it",
        "4.2.0.17 ships the exporter, 4.2.0.18 fixes the timezone bug",
        "my phone says software version 4.2.0.17, is that the latest?",
        "Agent version 8.10.7.56",
        "laptop updated to version 22.3.1.204 last night",
        "downgraded the app to 3.2.1.9 and it works",
        "the router firmware is 10.2.3.4-b",
        "Appliance reports firmware 10.2.9.1-h3 build 88412",
        "pin requests==2.31.0.1 in the lockfile",
        "set the constraint to ^1.4.2.0",
        "tell the team release 10.4.0.233 is pushed back",
        "see section 4.2.1.7 of the contract",
        "contract v3.1.4 supersedes v3.1.2; schedule 4.2.1.3 deleted.",
        "version: 4.2.0.17",
        "build=22.3.1.204",
        "compare v4.2.0.17 or 4.2.0.18 for regressions",
        "PROJ-1190 update copyright year; OPS-77 disk full on node 4.2.0.17",
        "sdk 5.1.0.3 needs java 17",
        "the 22.3.1.204 build is on staging",
    ],
)
def test_version_strings_are_not_addresses(text: str) -> None:
    assert _ips(text) == []


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        ("ssh to 10.4.0.233", ["10.4.0.233"]),
        ("blocked 4.2.0.17 at the firewall", ["4.2.0.17"]),
        ("src=91.214.124.33", ["91.214.124.33"]),
        ("FAIL user=akim src=45.83.64.19 mfa=push", ["45.83.64.19"]),
        ("DROP IN=eth0 SRC=185.220.101.34 DST=192.168.1.1 PROTO=TCP", None),
        ("host 192.168.1.20 is down", ["192.168.1.20"]),
        ("IP: 8.8.8.8", ["8.8.8.8"]),
        ("8.8.8.8, 1.1.1.1, 9.9.9.9", ["8.8.8.8", "1.1.1.1", "9.9.9.9"]),
        ("block these: 45.83.64.19, 10.20.4.77 and 4.2.0.17", None),
        ("from 10.0.0.12 at noon", ["10.0.0.12"]),
        ("there's a device 192.168.1.44 on my router", ["192.168.1.44"]),
        ("write an iptables rule to drop everything from 103.151.22.8", None),
        ("dst=185.100.87.41:443 beacon", ["185.100.87.41"]),
        ("deny tcp any -> 10.20.4.17:445", ["10.20.4.17"]),
        ("route 4.2.0.7/16 via the backup link", ["4.2.0.7"]),
        ("upgrade the firewall at 10.0.0.1 tonight", ["10.0.0.1"]),
        ("update the DNS to 8.8.4.4", ["8.8.4.4"]),
        ("Failed password for root from 86.209.251.97 port 22", None),
        ("host,ip\nweb01,10.1.2.3\ndb01,10.1.2.4", ["10.1.2.3", "10.1.2.4"]),
        ("| web01 | 172.16.8.14 | up |", ["172.16.8.14"]),
        ("ping 4.2.2.2 please", ["4.2.2.2"]),
        ("4.2.0.17", ["4.2.0.17"]),  # isolated, no context: keep reporting it
        ("who owns 4.2.0.17?", ["4.2.0.17"]),
        ("last login ip 10.9.8.7; name on file", ["10.9.8.7"]),
        ("ssh root@10.4.0.233 and restart nginx", ["10.4.0.233"]),
    ],
)
def test_real_addresses_are_still_found(text: str, ips: list[str] | None) -> None:
    want = ips
    if want is None:  # every dotted quad of the text
        import re

        want = re.findall(r"\d+\.\d+\.\d+\.\d+", text)
    assert _ips(text) == want


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        ("private ranges: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16", []),
        ("route 4.2.0.0/16 via the backup link", []),
        ("block 185.220.101.0/24 and 185.220.101.34", ["185.220.101.34"]),
        ("eth0 is 10.0.4.7/24", ["10.0.4.7"]),  # a host with its mask
        ("サーバー192.168.40.12で不審なログイン", ["192.168.40.12"]),
        (r"C:\Program Files\Client\4.2.0.17\config", []),
        (r"open \\10.0.0.5\share", ["10.0.0.5"]),
        ("/opt/agent/4.2.0.17/bin/run", []),
        ("Pump fw 6.3.0.114, last service May", []),
        ("fw 10.20.1.1 dropped the packet", ["10.20.1.1"]),
        ("EPR client 23.4.1.9 on the ward PCs", []),
        ("upgrade the VPN concentrators from 9.16.4.42 to 9.18.4.22 tonight", []),
        ("update the DNS from 8.8.8.8 to 1.1.1.1", ["8.8.8.8", "1.1.1.1"]),
        ("-A INPUT -s 198.51.100.77/32 -p tcp", ["198.51.100.77"]),  # one host
        ("Why would ::ffff:192.0.2.128 show up", ["::ffff:192.0.2.128"]),
        (
            "01:05:44 2400:8901::f03c:93ff:fe2a:1b:50122 -> 23",
            ["2400:8901::f03c:93ff:fe2a:1b"],
        ),
        ("C2 at 185.174.100.56, domain update-svc[.]net", ["185.174.100.56"]),
        ("redirect_uri=https%3A%2F%2F193.233.20.5%2Fcb", ["193.233.20.5"]),
        ("Is 255.255.255.0 the same as /24? And 255.255.240.0?", []),
        ("Is 127.0.0.1 an IP I need to worry about?", []),
        (
            "the laptop beaconed to 91.215.85.22 every 60s; a misconfigured agent?",
            ["91.215.85.22"],
        ),
        ("my laptop blocks 10.5.0.8 (our own build server!!)", ["10.5.0.8"]),
        (
            '{"src_ips":["81.2.69.160","103.21.244.9"],"rule":"Impossible travel"}',
            ["81.2.69.160", "103.21.244.9"],  # "rule" is no talk of versions
        ),
        ("DHCP client 10.0.0.5 renewed its lease", ["10.0.0.5"]),
        ("range 2001:db8:1200::/40 holds 2001:db8:12ff:4::a1", ["2001:db8:12ff:4::a1"]),
        (
            "from hr@payroll-update.net, sent via 193.32.162.58 today",
            ["193.32.162.58"],  # "update" in a domain name is no version word
        ),
    ],
)
def test_networks_paths_and_scripts(text: str, ips: list[str]) -> None:
    """A network (CIDR first address) is nobody's address; a version folder
    in a path is no host; an address next to CJK text is still one."""
    assert _ips(text) == ips


def test_version_and_address_in_one_sentence() -> None:
    text = "upgrade the agent on 10.4.0.233 to 4.2.0.17 tonight"
    # the target version is named by "upgrade ... to"; "on" stays neutral
    # (it names a version too: "we're on 4.2.0.17")
    assert "4.2.0.17" not in _ips(text)


def test_a_log_with_a_version_line_keeps_its_addresses() -> None:
    text = (
        "2024-04-15T06:17:22Z WARN auth: 5 failed logins for user admin from "
        "10.125.10.51 2024-08-18T04:18:22Z sshd[2211]: Failed password for root "
        "from 86.209.251.97 port 22 Agent version 2.6.3.78"
    )
    assert _ips(text) == ["10.125.10.51", "86.209.251.97"]


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        ("is 4.2.0.17 newer than 4.2.1?", []),
        ("which is later, 4.2.0.17 or 4.2.1", []),
        ("host,ip,cve\nhr-app-02,10.40.7.23,CVE-2023-44487", ["10.40.7.23"]),
        ("build-03,10.40.9.5,CVE-2024-3094,10.0", ["10.40.9.5"]),
        ("404 from 30.217.55.129 Agent version 2.6.3.78", ["30.217.55.129"]),
        ("nodes 10.0.0.5 and 10.0.0.6 run agent version 4.2.0.17", None),
    ],
)
def test_neighbours_and_fields(text: str, ips: list[str] | None) -> None:
    want = ips if ips is not None else ["10.0.0.5", "10.0.0.6"]
    assert _ips(text) == want
