"""Twelfth hand-written TRAIN corpus (writes ``train_diverse12.jsonl``).

Why: PII detection fails in the wild in two directions -- it misses real
personal data pasted in unfamiliar shapes (a German phone written 0049 89 ...,
an IPv6 literal in brackets with a port, a compact IBAN in a CSV row, a name in
an email signature) and it flags things that only look like PII. The worst
offenders are four-part version strings that have the shape of an IPv4
address (``4.2.0.17``, ``Cisco IOS XE 17.9.4.1``, ``acme-utils==3.2.1.4``,
``image: app:4.2.0.17``, ``v4.2.0.17``, clause 4.2.1.3, SNMP OID 1.3.6.1), and
order / invoice / PO / tracking / case numbers, Luhn-failing 16-digit numbers,
IBANs with a bad checksum, NRICs with a wrong check letter, dates, amounts,
coordinates, ISBNs, UUIDs, hashes, MAC addresses, serials, sort codes with
account numbers, VAT and company numbers, postcodes and NHS / MRN numbers.
This corpus, written by another author without running the classifier on it,
pastes such material the way users do -- logs, configs, changelogs, package
manifests, Dockerfiles, CI output, release notes, tickets, invoices, bank
statements, clinical letters, contracts, signatures, CSV / pipe tables, chat
exports -- across all twelve intents. About half the rows are hard negatives
(look-alikes only, no PII); the others carry real PII in many national formats,
some next to look-alikes, in which case only the real PII is marked. (The
validator rejects an unmarked IPv4-shaped string outside a hard negative, so a
row mixing real PII with a version uses a version shape such as 4.2.0-17,
10.0.19045.3803 or Chrome 120.0.6099.109; the dotted-quad versions live in the
hard negatives.)

Label guide (consistent with the other sets): domain is whose expert you would
ask -- personal money, tax, insurance cover, prices, budgets, accounting ->
finance; rights, disputes, contracts, compliance, employment law -> legal;
symptoms, drugs, care, clinical notes -> medical; accounts, attacks, phishing,
malware, access control, vulnerabilities -> security; an office, social,
technical-but-not-security or creative ask -> general. A task whose own words
are neutral takes the domain of the material it acts on. Complexity is low
unless the task weighs options (medium) or asks for a long structured
deliverable (high). Sensitivity: public by default, internal for internal
business material, confidential for personal data, restricted for cards /
IBANs / SSNs / NRICs / credentials. Math always gets the calculator. Not PII
here (never marked): UK sort code + account number, NHS / MRN / patient
numbers, VAT and company numbers, masked cards, MAC addresses, serials.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard-negative row: look-alikes
only, no PII). In the text ``{NAME}`` pastes material (after a blank line) from
``_MAT``, ``{{NAME}}`` pastes it inline, and a value name inserts a seeded,
checksum-valid PII value (marked) or a failing look-alike (unmarked) from
``_V`` / ``_HN``; ``[[P:...]]``, ``[[E:...]]``, ``[[T:...]]`` and ``[[I:...]]``
mark a person, email, phone or IP address written in place; ``\\n`` is a
newline. Multi-task rows name each clause verbatim from the text.
Usage: ``python tests/data/intent/train_diverse12_source.py`` (rewrites the
jsonl, then validates it and prints per-intent / per-domain counts).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import re

from corpus import (
    HERE,
    Placeholders,
    Row,
    Values,
    check_lookalikes,
    line_rows,
    mark,
    pv,
    write_and_check,
)

_v = Values(1212012, digit_bbans={"PT": 21, "DK": 14, "FI": 14, "CZ": 20, "HR": 17})

# ---------------------------------------------------------------- checksum-valid PII
_PII = {
    "C1": ("CREDIT_CARD", _v.card("4", 16, " ")),
    "C2": ("CREDIT_CARD", _v.card("5", 16, "-")),
    "C3": ("CREDIT_CARD", _v.card("37", 15, " ")),
    "C4": ("CREDIT_CARD", _v.card("6011", 16, "")),
    "C5": ("CREDIT_CARD", _v.card("2221", 16, " ")),
    "C6": ("CREDIT_CARD", _v.card("4", 16, "")),
    "C7": ("CREDIT_CARD", _v.card("34", 15, "-")),
    "C8": ("CREDIT_CARD", _v.card("54", 16, " ")),
    "C9": ("CREDIT_CARD", _v.card("4", 16, "-")),
    "C10": ("CREDIT_CARD", _v.card("51", 16, "")),
    "IB1": ("IBAN", _v.iban("DE", True)),
    "IB2": ("IBAN", _v.iban("GB", False)),
    "IB3": ("IBAN", _v.iban("FR", True)),
    "IB4": ("IBAN", _v.iban("NL", False)),
    "IB5": ("IBAN", _v.iban("ES", True)),
    "IB6": ("IBAN", _v.iban("IT", False)),
    "IB7": ("IBAN", _v.iban("CH", True)),
    "IB8": ("IBAN", _v.iban("BE", False)),
    "IB9": ("IBAN", _v.iban("IE", True)),
    "IB10": ("IBAN", _v.iban("AT", False)),
    "IB11": ("IBAN", _v.iban("PL", True)),
    "IB12": ("IBAN", _v.iban("SE", False)),
    "IB13": ("IBAN", _v.iban("NO", True)),
    "IB14": ("IBAN", _v.iban("LU", False)),
    "IB15": ("IBAN", _v.iban("PT", True)),
    "IB16": ("IBAN", _v.iban("DK", False)),
    "IB17": ("IBAN", _v.iban("FI", True)),
    "IB18": ("IBAN", _v.iban("CZ", False)),
    "IB19": ("IBAN", _v.iban("HR", True)),
    "IB20": ("IBAN", _v.iban("DE", False)),
    "S1": ("US_SSN", _v.ssn("-")),
    "S2": ("US_SSN", _v.ssn("-")),
    "S3": ("US_SSN", _v.ssn(" ")),
    "S4": ("US_SSN", _v.ssn("-")),
    "S5": ("US_SSN", _v.ssn("-")),
    "S6": ("US_SSN", _v.ssn(" ")),
    "S7": ("US_SSN", _v.ssn("-")),
    "R1": ("SG_NRIC", _v.nric("S")),
    "R2": ("SG_NRIC", _v.nric("T")),
    "R3": ("SG_NRIC", _v.nric("F")),
    "R4": ("SG_NRIC", _v.nric("G")),
    "R5": ("SG_NRIC", _v.nric("M")),
    "R6": ("SG_NRIC", _v.nric("S")),
    "R7": ("SG_NRIC", _v.nric("T")),
}
_V = {name: mark(kind, value) for name, (kind, value) in _PII.items()}

# ---------------------------------------------------------------- failing look-alikes
_HN = {
    "BC1": _v.bad_card("4", " "),
    "BC2": _v.bad_card("5", "-"),
    "BC3": _v.bad_card("6011", ""),
    "BC4": _v.bad16(" "),
    "BC5": _v.bad_card("4", "", shift=5),
    "BC6": _v.bad_card("2221", " ", shift=7),
    "BC7": _v.bad16("-"),
    "BC8": _v.bad_card("53", " ", shift=1),
    "BI1": _v.bad_iban("DE", True),
    "BI2": _v.bad_iban("GB", False),
    "BI3": _v.bad_iban("FR", True),
    "BI4": _v.bad_iban("NL", False, shift=23),
    "BI5": _v.bad_iban("ES", True, shift=40),
    "BI6": _v.bad_iban("CH", False),
    "BI7": _v.bad_iban("IT", True, shift=5),
    "BN1": pv.bad_nric(_v.rng),
    "BN2": pv.bad_nric(_v.rng),
    "BN3": pv.bad_nric(_v.rng),
    "BN4": pv.bad_nric(_v.rng),
    "BN5": pv.bad_nric(_v.rng),
}

# ---------------------------------------------------------------- pasted material
_MAT = {
    "RELNOTES": "## 4.2.0.17 (2024-05-02)\n- Fixed memory leak in the metrics exporter\n- Bumped grpc to 1.62.1\n- Search now paginates after 500 hits\n\n## 4.2.0.16 (2024-04-18)\n- Added retry on 503 from the upstream billing API\n- Dropped support for agents older than 4.0.2.9",
    "COMPOSE": "services:\n  api:\n    image: acme/api:4.2.0.17\n    restart: always\n  worker:\n    image: acme/worker:4.2.0.15\n  proxy:\n    image: nginx:1.25.3-alpine\n  metrics:\n    image: acme/exporter:2.0.1.4",
    "CILOG": "[12:04:11] Resolving dependencies...\n[12:04:19] Downloaded com.acme:core:3.1.0.2\n[12:04:20] Downloaded org.slf4j:slf4j-api:2.0.12\n[12:04:58] Running 412 tests\n[12:05:02] FAILED ReportServiceTest.exportsUtf8 (expected 4.2.0.17, got 4.2.0.16)\n[12:05:02] BUILD FAILED in 51s\n[12:05:02] Artifact 4.2.0.17-SNAPSHOT not published",
    "DOCKERFILE": 'FROM python:3.11.8-slim\nARG APP_VERSION=4.2.0.16\nRUN pip install --no-cache-dir acme-client==2.4.0.9 requests==2.31.0\nCOPY dist/acme_app-$APP_VERSION-py3-none-any.whl /tmp/\nRUN pip install /tmp/acme_app-$APP_VERSION-py3-none-any.whl\nLABEL org.opencontainers.image.version="4.2.0.16"\nCMD ["python", "-m", "acme_app"]',
    "HELM": 'prod:\n  image:\n    repository: registry.acme.internal/api\n    tag: "4.2.0.17"\nstaging:\n  image:\n    tag: "4.2.1.3"\ndev:\n  image:\n    tag: "4.3.0.0-alpha.2"',
    "PKGJSON": '{\n  "name": "acme-dashboard",\n  "version": "7.1.0",\n  "dependencies": {\n    "acme-sdk": "^3.2.1.0",\n    "react": "^18.2.0",\n    "chart-kit": "~2.14.0.3",\n    "legacy-grid": "1.0.4.12"\n  }\n}',
    "CHANGELOG": "### [5.0.0.0] - 2024-06-01\n- BREAKING: removed the v1 REST API\n- Config key `server.host` renamed to `server.bind`\n\n### [4.9.3.2] - 2024-05-20\n- fix: timezone handling in scheduled reports\n- fix: build server now caches wheels\n\n### [4.9.3.1] - 2024-05-11\n- security: bumped openssl to 3.0.13",
    "SCANCSV": "asset_tag,product,installed,fixed,cve,cvss\nWEB-TIER-01,OpenSSL,1.1.1.23,3.0.13.0,CVE-2024-0727,5.5\nAPP-TIER-04,Apache Tomcat,9.0.85.0,9.0.86.0,CVE-2024-24549,7.5\nEDGE-FW-02,FortiOS,7.2.5.1,7.2.7.0,CVE-2024-21762,9.8\nDB-02,PostgreSQL,15.4.0.1,15.6.0.0,CVE-2024-0985,8.0",
    "INVOICE": "INVOICE INV-2024-00417\nDate: 14/05/2024   Due: 13/06/2024\nPO: 4500123987   Customer no: 100-442-7781\nLine 1  Annual licence, Acme Suite 4.2.0.17   £3,950.00\nLine 2  Premium support (12 months)   £862.50\nVAT @ 20%   £962.50\nTOTAL   £5,775.00\nPay to: Acme Software Ltd, sort code 20-45-77, account 63817204\nVAT reg GB 294 7713 62 | Company no 08812345",
    "STATEMENT": "Date | Description | Ref | Out | In | Balance\n02 May | CARD PURCHASE **** 4417 TESCO STORES 3021 | 7712093 | 46.20 | | 1,204.33\n03 May | DD THAMES WATER | TW-0049187723 | 38.00 | | 1,166.33\n05 May | FPI ACME PAYROLL | PAY-2405 | | 2,410.77 | 3,577.10\n07 May | TFR TO SAVINGS 40-12-76 31926819 | 0005 | 500.00 | | 3,077.10",
    "SNMPWALK": "SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS XE Software, Version 17.9.4.1\nSNMPv2-MIB::sysObjectID.0 = OID: 1.3.6.1.4.1.9.1.2694\nDISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (418872211) 48 days, 11:32:02.11\nENTITY-MIB::entPhysicalSerialNum.1 = STRING: FOC2417X0QK\nENTITY-MIB::entPhysicalSoftwareRev.1 = STRING: 17.9.4.1",
    "CLINIC": "Fracture Clinic - discharge summary\nNHS No: 943 476 5919   MRN: 00412387   Hospital no: K0921144\nDiagnosis: undisplaced fracture distal radius (ICD-10 S52.50)\nCast removed 12/02/2024 at 6 weeks. Range of motion 80% of contralateral side.\nPlan: physiotherapy per protocol 2.3.1.4; review in 6 weeks if pain persists.",
}

# ---------------------------------------------------------------- rows: versions that look like IPv4
HN_VERSIONS = r"""
!summarize g l i | Summarise these release notes for the team channel, two bullets max: {RELNOTES}
!qa g l p | Can I upgrade from 4.1.3.22 straight to 4.2.0.17, or do I have to go through 4.2.0.1 first?
!extract s l i | Which of these routers are below the fixed release 17.9.4.2? "edge-rtr-01 Cisco IOS XE 17.9.4.1, edge-rtr-02 17.6.5.3, core-sw-01 17.12.2.0, branch-07 17.9.4.2"
!reasoning s m p | FortiGate 7.2.5.1 or 7.4.1.2? The PSIRT says the SSL-VPN heap overflow is fixed in both branches. Which should we move to if we want the least config churn?
!code g l p | write me a constraints.txt pinning numpy==1.26.4, pandas==2.2.1 and our internal acme-utils==3.2.1.4, with a comment on each pin saying why
!code g l i | Make this Dockerfile build the 4.2.0.17 wheel instead of 4.2.0.16 and take the version from a build arg everywhere: {DOCKERFILE}
!extract g l i | List each service with its image tag: {COMPOSE}
!qa g l p | Is Java 1.8.0.392 the same thing as 8u392? The installer shows one and the control panel the other.
!classify g l p | Sort into browser / runtime / OS build: "Chrome 120.0.6099.109", "Java 1.8.0.392", "Windows 10.0.19045.3803", "Edge 121.0.2277.83", "Node 20.11.1", ".NET 8.0.1.0"
!extract s l i | Which workstations are still on the unpatched build 10.0.19045.3803? WS-FIN-014 10.0.19045.4046; WS-FIN-022 10.0.19045.3803; WS-HR-003 10.0.19045.3930; WS-HR-011 10.0.19045.3803
!draft g l i | Maintenance notice for Slack: tonight 22:00-23:30 CET the build server goes to 4.2.0.17, CI pipelines pause during the window, nothing for devs to do.
!summarize g l i | TL;DR of this CI run? {CILOG}
!qa s l p | Our monitoring polls 1.3.6.1.2.1.1.3.0 and walks everything under 1.3.6.1.4.1.9 - is 1.3.6.1 the whole internet subtree, and is SNMPv2c with a community string a real risk on the management VLAN?
!qa l l p | Our auditor cited clause 4.2.1.3 of ISO 27001:2005 in the finding. What did that clause require and where does it sit in the 2022 version?
!summarize l l p | Summarise section 3.1.2.4 of the supply agreement in plain English: "3.1.2.4 The Supplier shall notify the Customer of any change to its sub-processors no later than thirty (30) days before the change takes effect, and the Customer may object on reasonable data-protection grounds."
!extract g l p | Pull every figure and table reference: "as shown in Figure 3.2.1.4 and Table 10.4.2.1, p95 latency drops by 38% once batching is enabled (see also Appendix B.2.1.1)."
!qa g l p | npm error says "conflicting peer dependency react-dom@^18.2.0 vs react-dom@~17.0.2" - what's the difference between ^ and ~ here?
!code g l p | npm rejects "acme-sdk": "^3.2.1.0" as invalid semver. How do I depend on a package that publishes four-part versions like 3.2.1.0? {PKGJSON}
!extract g l i | Package and version from this NuGet lock please: Acme.Core 4.2.0.17, Newtonsoft.Json 13.0.3, Serilog 3.1.1, Acme.Reporting 2.0.5.112, System.Text.Json 8.0.0.0
!code g l p | Maven: how do I exclude com.acme:legacy-io:1.4.2.7 from the transitive deps of com.acme:core:3.1.0.2 in my pom.xml?
!classify g l p | Which of these git tags are release candidates, hotfixes or final releases? v4.2.0.17, v4.2.0.17-rc2, release-4.2.0.16, hotfix-4.2.0.15, v4.1.9.250, release-4.3.0.0-beta
!qa g l p | BIOS is 1.12.0.4 and Dell lists 1.14.2.0 as the latest. Do I need to reset BIOS settings after flashing, or are they kept?
!extract g l i | Driver inventory - flag anything older than the baseline: "Intel UHD Graphics 31.0.101.4091; Realtek Audio 6.0.9235.1; Intel Wi-Fi 6E AX211 22.250.1.2; baseline graphics 31.0.101.4255, Wi-Fi 23.10.0.8"
!qa g l p | Router admin page says firmware V1.0.0.42 and hardware V2 - is that the newest for the Netgear R7000? Support site only lists 1.0.11.136.
!math g l p calc | 4.2.0.1 shipped on 1 March and 4.2.0.17 on 2 May. If every patch number in between was released, what's the average number of days between patch builds?
!chat g l p | lol prod has been on 4.2.0.17 for 40 days with zero incidents, this feels illegal
!creative g l p | Write a limerick about the 4.2.0.17 rollout that finally killed the login spinner.
!sentiment g l p | Sentiment of this app store review? "Update 5.3.1.2 broke dark mode AGAIN. Third time this year. Uninstalling."
!translate g l p | Translate to German: "The build server is on 4.2.0.17; agents still on 4.2.0.15 must be updated before Friday."
!classify g l i | Mark each row current, supported or EOL (current = 4.2.x, supported = 4.1.x, anything older is EOL):\n| service | version | owner |\n|---|---|---|\n| billing-api | 4.2.0.17 | payments |\n| auth-gw | 4.1.3.22 | platform |\n| report-gen | 3.9.8.1 | analytics |\n| notifier | 4.0.12.7 | platform |
!reasoning g m i | We're running 4.2.0.17 in prod and 4.2.1.3 in staging, and 4.2.1.3 has an unresolved memory regression. Hold the release or ship behind a feature flag?
!qa g l p | What does the Gradle constraint "[4.2.0.0, 4.3.0.0)" mean exactly - does it include 4.3.0.0?
!code g l p | Python function that compares four-part version strings like 4.2.0.17 and 4.10.0.2 numerically, with tests for 4.2.0.9 < 4.2.0.10.
!extract s l i | From this scanner export list product, installed version and CVE, worst CVSS first: {SCANCSV}
!qa s l p | PAN-OS 10.2.9.1 vs 11.0.4.3 - which one has the fix for the GlobalProtect command injection?
!draft s l i | Change request text: upgrade the FortiGate HA pair from 7.0.12.0 to 7.2.5.1, rollback plan, two-hour window Saturday 02:00, risk medium.
!summarize s l i | One line for the CISO: "Sensor 7.11.18.110 reaches end of support on 30 June. Hosts on 7.10.16.303 will stop receiving content updates. Upgrade to 7.14.0.3 is recommended and has been tested on 40 pilot hosts."
!extract g l p | pull the versions out of: "Tested on Ubuntu 22.04.4, Python 3.11.8, CUDA 12.2.0.1 and driver 535.154.05 on two A100s"
!qa g l p | Does kernel 5.15.0.105 in our dashboard mean Ubuntu's 5.15.0-105-generic? The agent prints dots instead of the dash.
!translate g l p | Traduis en anglais : « La version 4.2.0.17 corrige le plantage au démarrage ; la 4.2.0.16 reste disponible pour les clients sous contrat de support étendu. »
!sentiment g l p | Overall mood of the retro about release 3.8.1.0? "smooth deploy", "rollback script saved us at 2am", "docs for 3.8.1.0 were late again", "QA sign-off in record time"
!classify g l p | Are these IP addresses or version numbers? "Cisco IOS XE 17.9.4.1", "FortiOS 7.2.5.1", "build 4.2.0.17", "firmware 1.0.0.4", "SNMP OID 1.3.6.1"
!extract g l i | What image tag does each environment use? {HELM}
!summarize g l i | Short version of this changelog for the customer newsletter: {CHANGELOG}
!qa g l p | Our inventory tool lists Firefox 115.7.0.8788 but the browser says 115.7.0esr - same release?
!extract m l p | Which guideline versions and sections are cited? "per NICE NG28 (updated 2022), recommendation 1.6.1.2, and the ESC 2023 guideline section 4.3.2.1 on SGLT2 inhibitors"
!qa m l p | The EHR vendor says 2023.1.0.14 fixes the drug-interaction alert bug. How do clinical safety teams usually sign off an EHR upgrade like that?
!summarize m l i | Summarise for the ward: "Pumps on firmware 3.5.2.1 may under-infuse at rates below 0.5 mL/h. Update to 3.5.2.4. Until updated, use a syringe driver for neonatal infusions."
!reasoning f m i | Accounting package 12.4.0.7 switched VAT rounding from line level to invoice level. Which one should we use for B2B invoices, and does it change what we owe HMRC?
!qa f l p | Does Sage 50 Accounts v30.1.0.6 support Making Tax Digital for VAT without a bridging tool?
!extract l l p | List the clauses the counterparty wants to change: "We propose amending clauses 4.2.1.3, 7.1.2.2 and 12.3.0.1, deleting Schedule 2 and replacing Annex 1.1.0.4."
!reasoning l m p | The DPA points to "Annex II section 2.1.4.3" for technical measures but the annex only goes three levels deep. Is that a drafting error we can live with, or should we insist on a fix before signing?
!draft g l i | Release announcement for 4.2.0.17: fixes CSV export encoding and slow search on large tenants; known issue is an SSO logout loop on Safari.
!creative g l p | haiku about waiting for build 4.2.0.17 on the ancient Jenkins box
!chat g l p | anyone else on 7.2.5.1 seeing the dashboard freeze after an hour? asking before I open a ticket
!code s l p | bash one-liner that pulls the FortiOS version (like 7.2.5.1) out of "get system status" output
!translate g l p | Spanish please: "Pin the SDK to 3.2.1.4 until the 3.3 series passes regression; do not upgrade the build server yet."
!classify g l p | For each log line, is the dotted number an address or a version? "agent started v4.2.0.17", "plugin loaded 2.0.1.4", "schema migration 1.0.0.3 applied", "rollback to 4.2.0.16 complete"
!qa g l p | Windows Server build 10.0.20348.2227 - which cumulative update is that?
!extract g l p | Product and version please: "Tested with VMware ESXi 8.0.2.0, vCenter 8.0.2.00100, Veeam Backup 12.1.1.56 and Windows guest tools 12.3.5.22544"
!qa s l p | Our SBOM says log4j-core 2.17.1.0. Is that a real version or did the tool add a trailing zero? We need to show we're past CVE-2021-44228.
!math g l p calc | Patch builds went from 4.2.0.1 to 4.2.0.17 in 8 weeks. At the same pace, roughly which patch number will we be on by week 20?
!reasoning g m p | We tag images app:4.2.0.17 and also app:latest. A colleague says never deploy latest. What are the pros and cons of pinning the full tag?
!extract g l i | What image is the pod actually running? "Containers:\n  api:\n    Image: registry.acme.internal/api:4.2.0.17\n    Image ID: registry.acme.internal/api@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n    State: Running"
!draft g l i | Reply to the customer ticket: their on-prem install is 4.1.3.22, support for 4.1 ends 30 September, and the upgrade to 4.2.0.17 is included in their licence.
!sentiment g l p | How do people feel about the 17.9.4.1 upgrade in this thread? "finally stable", "lost my QoS config", "40 minutes per box, ugh", "no more crashes since"
!qa g l p | In .NET, why is the assembly version 4.2.0.0 while the file version is 4.2.0.17? Which one should the installer compare?
!summarize s l i | Summarise the scanner finding: "Installed version : 7.2.5.1 / Fixed version : 7.2.7.0 / The remote FortiGate is affected by an out-of-bounds write in sslvpnd that may allow remote code execution."
!extract g l p | What build is this APK? "versionName 6.12.0.3, versionCode 6120003, minSdk 26, targetSdk 34"
!qa g l p | iOS says 17.4.1 but the MDM console reports 17.4.1.0. Why the extra zero, and will compliance rules written for 17.4.1 still match?
!extract g l i | provider versions from the terraform lock file: provider "registry.terraform.io/hashicorp/aws" version = "5.31.0"; provider "registry.acme.internal/acme/cloud" version = "2.4.1.8"; provider "registry.terraform.io/hashicorp/random" version = "3.6.0"
!code g l p | Is it possible to write a regex that matches version strings like 4.2.0.17 but never IP addresses, or do you always need the surrounding words? Show what you'd do.
!reasoning g m i | Hotfixes 4.2.0.18 and 4.2.0.19 both fix the export bug. 4.2.0.18 passed QA; 4.2.0.19 also runs a DB migration. Which one goes to prod on Friday?
!qa m l p | What does "EMIS Web 9.17.2.4" at the bottom of my GP letter mean? Is it something about my treatment?
!extract g l i | Which ERP modules changed version in this upgrade log? "GL 12.4.0.7 -> 12.4.1.0; AP 12.4.0.7 -> 12.4.0.9; Payroll unchanged at 11.8.2.3; Fixed Assets 12.4.0.7 -> 12.4.1.0"
!summarize g l i | What happened on the box? {SNMPWALK}
!qa g l p | Our Grafana shows "running 4.2.0.17 in prod" on one panel and "4.2.0.16" on another. Where does the version label come from, the image or the pod annotation?
!draft g l i | Write the post-incident summary: the 4.2.0.17 rollout paused at 30% when error rates rose; root cause was a stale feature flag, not the build; resumed after 2 hours.
!classify g l p | Label each as semver range, exact pin or tag: ">=4.2.0.0 <4.3.0.0", "==3.2.1.4", "~=2.14.0.3", "latest", "4.x", "^5.2.0"
!extract s l i | From the firewall inventory, which models need the 7.2.7.0 upgrade? "FG-100F running 7.2.5.1; FG-60F running 7.2.7.0; FG-200E running 6.4.15.2; FG-40F running 7.0.14.1"
!qa g l p | We name branches release/4.2.0.17 and CI tags them v4.2.0.17. Should the tag be created before or after the changelog commit?
!translate g l p | Übersetze ins Englische: "Die Firmware 2.1.0.9 behebt den Fehler beim WLAN-Roaming; Geräte mit 2.0.4.11 bitte zuerst auf 2.0.5.0 aktualisieren."
!code g l i | GitHub Actions matrix that tests against Python 3.10, 3.11 and 3.12 and our internal SDK at 3.2.1.4 and 3.3.0.0 - show the workflow yaml.
!chat g l p | finally off 1.0.0.4 firmware on the office printers, only took three years and a helpdesk revolt
!extract g l i | Pull service, old and new version from the deploy bot message: "✅ billing-api 4.2.0.16 → 4.2.0.17 (prod-eu), ✅ auth-gw 4.1.3.21 → 4.1.3.22 (prod-us), ❌ report-gen 3.9.8.1 → 3.9.9.0 (rolled back)"
!reasoning s m i | The vendor says agents below 6.4.1.8 can't do tamper protection, and 60 of our laptops run 6.3.9.14 because of a driver conflict. Replace the laptops, isolate them, or accept the risk for a quarter?
"""

# ---------------------------------------------------------------- rows: ids, numbers and codes that look like PII
HN_IDS = r"""
!extract g l i | Pull the order numbers and the tracking number from this complaint: "orders 112-4738291-5530126 and 114-9920481-2231706 never arrived; the courier page for 1Z999AA10123456784 says delivered."
!classify g l i | Our helpdesk export has a column ticket_ref with values like 555-01-3344 and 902-17-0086. The DLP tool flags them as SSNs. Are they? Answer per value: ticket id or SSN.
!summarize f l i | Summarise this invoice for the approver: {INVOICE}
!qa f l p | The checkout rejects {BC1} as invalid. That's the test number from our own docs - is it failing the Luhn check?
!qa f l p | The bank says {BI1} has an invalid checksum. How are IBAN check digits computed, and can a typo in the account part still pass?
!reasoning g m i | HR form validation rejected {BN1} for a new hire. Could the check letter be wrong, or does our validator only know S and T prefixes? What should HR ask for?
!extract g l p | List the carrier and tracking number: "DHL 4417209381, Royal Mail AB123456785GB, USPS 9400 1000 0000 0000 0000 00, FedEx 7712 3456 7890"
!extract g l p | Convert these to ISO dates: 03/04/2024, 4 March 2024, 2024.03.04, 04-Mar-24, 20240304, Mar 4th '24, 4.3.2024
!math f l p calc | Add these invoice lines and then 20% VAT: 1,204.50; 2,310.00; 987.25; 64.99
!qa g l p | What place is at 51.5007, -0.1246? Those were in the EXIF of a tourist photo I downloaded.
!extract g l p | ISBNs from the reading list, please: "Designing Data-Intensive Applications, ISBN 978-1-4493-7332-0; Clean Code, ISBN 978-0-13-235088-4; The Phoenix Project, ISBN 978-1-942788-29-4"
!code g l p | Postgres rejects '3f2b8c1e-9a4d-4e2f-b7c1-0d9e8f7a6b5' as uuid in my insert. What's wrong with it and how do I validate UUIDs in Python first?
!classify s l p | MD5, SHA-1 or SHA-256? "d41d8cd98f00b204e9800998ecf8427e", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
!extract g l i | Give me just the MAC addresses from the DHCP reservations: printer-2F 00:1B:44:11:3A:B7, nas-01 3C:52:82:0A:1F:9E, cam-lobby AC:CC:8E:7D:12:04, ap-3 F0:9F:C2:1D:7E:55
!extract g l i | Which of these laptops are out of warranty as of today (June 2024)? SN 5CD1234XYZ exp 2023-11-30; SN C02XK1ZZJG5H exp 2025-02-14; SN PF3ABC12 exp 2024-01-09; SN 4C7F1A9Q exp 2026-07-01
!qa f l p | Is "DE 283 614 957" the right format for a German VAT ID, and how do I check one in VIES before invoicing?
!classify g l p | Real UK postcode format or not? "SW1A 1AA", "EC1V 9HX", "M60 1NW", "W1 4PQ2", "B33 8TH", "ZZ99 9ZZ"
!extract m l c | Pull the identifiers and the plan from this discharge note: {CLINIC}
!draft g l i | Reminder email for the offsite: flight booking ref QX7LMB, hotel confirmation 84712093, room block code ACME24, check-in from 15:00 on 12/09.
!summarize l l i | Summarise the docket: Case No. 2:23-cv-04417-RGK filed 06/14/2023; related case 2:22-cv-09912; motion hearing set for 2024-02-05 at 10:00 a.m. in Courtroom 850.
!extract f l i | Pull PO number and amount: "PO 020-7946-0321 for 40 USB-C docks, £3,960.00; PO 0161-496-0002 for 12 monitors, £2,120.40; PO 0113-496-0774 cancelled."
!qa g l p | My supermarket loyalty number {BC4} is 16 digits like a card. Is it safe to give it over the phone, or is it basically a card number?
!code g l p | Write a pytest that asserts validate_nric("{BN2}") is False and validate_nric rejects lowercase input too.
!classify g l i | Our claims system uses refs like 912-70-4431 and 987-65-4329. The auditor says they look like SSNs. Can an SSN start with 9? Label each as SSN-possible or not.
!extract g l i | Part numbers and quantities from the packing slip: 555-0142-00 x4, 555-0199-10 x2, 800-3321-77 x10, 212-555-0100 x1 (bracket)
!math f l p calc | Convert €1.234.567,89 and €98.765,40 to a US-format total, then tell me 3.5% of it.
!extract f l i | Extract the transactions over £100 from this statement: {STATEMENT}
!qa f l p | My receipt shows "**** **** **** 4417" and "AUTH 083711". Is it safe to post a photo of it online to complain about the shop?
!classify f l i | These came out of a form test: {BC2}, {BC3}, {BC5}. For each, does it pass the Luhn check? (They're all supposed to be rejects.)
!code f l p | Our test fixtures use the IBAN {BI2} as a deliberately invalid value. Write a unit test that proves the validator rejects it and explain why it fails.
!extract g l i | Which rows are duplicates by invoice number? "INV-2024-00417, 14/05/2024, £5,775.00 | INV-2024-00418, 15/05/2024, £980.00 | INV-2024-00417, 14/05/2024, £5,775.00 | INV-2024-00421, 17/05/2024, £120.00"
!qa s l p | Why does our password policy page list "minimum entropy 60 bits, lockout after 5 attempts within 15:00 minutes"? Is 60 bits enough?
!extract g l p | Pull the coordinates for each site in decimal degrees: "Depot A 53.4808 N, 2.2426 W; Depot B 52°29'12\"N 1°53'24\"W; Depot C 51.4545, -2.5879"
!reasoning f m p | Is 6.25% over 36 months better than 5.9% over 60 months for a £14,500 car loan if I care about total interest but can afford either payment?
!math f l p calc | A 1,250.00 invoice paid 45 days late at 8% statutory interest plus the Bank of England base rate of 5.25% - how much interest is owed?
!classify g l p | Which of these are timestamps, durations or version numbers? "12:04:11", "00:45:30.250", "4.2.0.17", "PT2H30M", "1717000000", "48 days, 11:32:02.11"
!extract l l i | List each party's company number and registered office from the recital: "ACME SOFTWARE LIMITED (company number 08812345) whose registered office is at 1 Example Street, Leeds LS1 4AP, and NORTHWIND TRADING LTD (company number SC612904) of 22 Sample Road, Glasgow G2 1AB"
!classify s l p | Flag which of these strings could be secrets in a repo scan: "4f9a1c2e-6b7d-4e3f-9a1b-2c3d4e5f6a7b" (request id), "v4.2.0.17", "AKIA" followed by ten X characters (redacted in docs), "sha256:9f86d081884c7d65"
!summarize m l c | Summarise the referral: "NHS No 485 777 3456. 72-year-old with progressive dyspnoea over 3 months, NYHA II-III, BNP 1,240 pg/mL, echo booked. Allergies: none known. Hospital no K0922871."
!extract m l i | Pull drug, dose and batch: "Administered influenza vaccine lot AB1234C exp 06/2025, 0.5 mL IM left deltoid; COVID booster lot FK8891 exp 11/2024."
!qa m l p | What do the codes mean? ICD-10 E11.65 and I10, SNOMED 44054006, and LOINC 4548-4 on my lab letter.
!translate m l p | Translate to French for the patient leaflet: "Take 1 tablet (5 mg) at 08:00 and 20:00. Do not exceed 4 tablets in 24 hours. Batch 2401187, expiry 03/2026."
!extract f l i | From this payment file header, give me the batch id, date and total: "HDR|BATCH 20240514-0007|VALUE DATE 2024-05-15|COUNT 128|TOTAL 412,880.17|CCY EUR|CREATED 14:22:07"
!summarize f l i | One-line summary of the supplier remittance: "Remittance 77120934 - paid invoices 4471, 4472, 4480 totalling $12,904.66 by ACH trace 021000021234568 on 05/17/2024."
!classify f l i | Classify each reference: SWIFT/BIC, sort code, ABA routing number or IBAN-shaped junk? "DEUTDEFF", "20-45-77", "021000021", "{BI3}", "NWBKGB2L", "{BI4}"
!reasoning f m p | The invoice shows "IBAN {BI5}" and a new remittance address. The supplier's email says their bank changed. What should accounts payable check before paying?
!qa f l p | Which bank is sort code 40-12-76, and is it safe to share a sort code and account number 31926819 with a landlord?
!extract g l i | From the shipping manifest, give container, seal and booking numbers: "MSCU 4417203-9 seal 0087731; booking 291774406; HBL SZX24050071; ETA 2024-06-02 06:00"
!code g l p | SQL that finds orders whose order_no looks like a phone number (e.g. 0207-946-0321 style) so we can reformat them as ORD-xxxxxxxx.
!classify g l i | Which of these CSV columns should the DLP tool scan? columns: order_id (e.g. 4471-2290-1183), sku (PK-0023-114), created_at (2024-05-14T12:04:11Z), total (1,204.50), tracking (1Z999AA10123456784), promo_code (SPRING24)
!extract g l p | What's the flight and seat? "Booking ref K9PL2M, flight BA0117 on 23MAY, seat 32K, e-ticket 125-2188450762"
!qa g l p | Is 0.0.0.0/0 in a routing table a host, or does it mean the default route? Is it the same as ::/0?
!summarize g l i | Summarise the warehouse error log: "E1042 scanner 7 misread SKU 0084-1120-7733-0017 as 0084-1120-7733-0018 x14; E2001 label printer offline 09:12-09:40; E1042 resolved after lens clean"
!sentiment g l p | Customer mood in this review? "Order 112-8829104-3391847 took 19 days and arrived damaged. Refund case 50114-88 still open after 3 weeks. Never again."
!extract l l p | Pull the statute references: "see 29 U.S.C. § 2612(a)(1), 42 U.S.C. 2000e-2 and Regulation (EU) 2016/679 Art. 6(1)(f) and Art. 9(2)(b)"
!chat g l p | my parcel's tracking number is literally 22 digits long, who designs these things
!creative g l p | Short funny poem about an invoice number that the spam filter keeps mistaking for a credit card.
!math g l p calc | UUIDv4 has 122 random bits. Roughly how many ids do we need to generate before there's a 1% chance of a collision?
!qa s l p | The pentest report lists "MAC 00:50:56:A1:22:9F" and "serial VMware-42 1f 8c 9a" as information disclosure. Is exposing a MAC address or VM serial actually a vulnerability?
!extract s l i | Extract indicator hashes and file names from this alert: "Quarantined invoice_0525.pdf.exe (SHA256 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8) and loader.dll (MD5 098f6bcd4621d373cade4e832627b4f6)"
!classify s l p | Real NRIC or not? {BN3}, {BN4}, {BN5} - they came from a phishing kit's fake-form test data. Check the check letters.
!reasoning s m i | An attacker posted card numbers on a forum claiming they're ours: {BC6}, {BC7}, {BC8}. None pass Luhn. Does that mean it's a fake dump, and what should we still do?
!draft l l i | Letter to the landlord's agent: deposit protection certificate DPS-0044172931 dated 01/09/2023, tenancy ref LET/2023/0917, we dispute the £450 deduction for carpets.
!qa l l p | My contract says notice must be given under clause 14.2(b) "within 30 days of the Effective Date (01.02.2024)". When exactly is the last day?
!extract l l i | Pull matter number, court, and dates: "Matter 2024-LIT-00871; High Court claim KB-2024-001234; CMC listed 11.07.2024; witness statements due 2024-09-30"
!summarize s l i | Summarise the vulnerability ticket: "VULN-44172: CVE-2023-4966 on NetScaler ADC 13.1-49.13, CVSS 9.4, affected assets 3, due 2023-10-24, status: patched 2023-10-19"
!extract g l p | Which of these are dates in dd.mm.yyyy and which are versions? "12.05.2024", "4.2.0.17", "31.12.2023", "1.12.0.4", "01.02.2024"
!translate f l p | In het Nederlands graag: "Factuurnummer 2024-0417, bestelnummer 4500123987, te betalen vóór 13-06-2024, bedrag € 5.775,00."
!qa f l p | My bank app shows a pending transaction "REF 7712093 4417 06MAY" - is 4417 the last four of my card or part of the reference?
!extract f l i | List ticker, ISIN-looking code and quantity: "VWRL IE00B3RBWM25 x 120; AAPL US0378331005 x 15; VUSA IE00B3XXRP09 x 40"
!classify f l p | Which of these are IBANs, and which are something else that just looks like one? "{BI6}", "{BI7}", "GB29 NWBK", "CH-100.1.234.567" (a Swiss company UID), "LU12 3456"
"""

_MAT.update(
    {
        "SSHLOG": "May 14 03:12:07 bastion-01 sshd[22114]: Failed password for invalid user admin from [[I:203.0.113.77]] port 51122 ssh2\nMay 14 03:12:09 bastion-01 sshd[22114]: Failed password for invalid user admin from [[I:203.0.113.77]] port 51140 ssh2\nMay 14 03:12:15 bastion-01 sshd[22120]: Failed password for root from [[I:198.51.100.23]] port 40022 ssh2\nMay 14 03:13:01 bastion-01 sshd[22131]: Accepted publickey for deploy from [[I:10.20.4.15]] port 55810 ssh2: ED25519 SHA256:kq3Zr9yT1c",
        "NGINX": '[[I:192.0.2.44]] - - [14/May/2024:09:21:33 +0000] "GET /api/v2/orders?id=4471 HTTP/1.1" 200 5123 "-" "okhttp/4.12.0"\n[[I:2001:db8:4a1:7::1f]] - - [14/May/2024:09:21:34 +0000] "POST /login HTTP/2.0" 401 88 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.6367.91"\n[[I:192.0.2.44]] - - [14/May/2024:09:21:36 +0000] "GET /api/v2/orders?id=4472 HTTP/1.1" 200 4980 "-" "okhttp/4.12.0"',
        "FWRULES": "rule 110 permit tcp host [[I:172.16.40.12]] host [[I:172.16.80.5]] eq 1433  # app01 -> sql01\nrule 120 deny ip host [[I:45.155.205.233]] any log  # scanner seen 2024-05-12\nrule 130 permit tcp any host [[I:172.16.80.9]] eq 443\nrule 140 permit udp host [[I:2001:db8:1::53]] any eq 53",
        "SIGNATURE": "Best regards,\n\n[[P:Hannah Okonkwo]]\nSenior Account Manager | Northwind Trading Ltd\nT: [[T:+44 20 7946 0321]] | M: [[T:07700 900123]]\n[[E:hannah.okonkwo@northwind.example.co.uk]]\n1 Example Street, Leeds LS1 4AP | Company no 08812345",
        "TICKET": "Ticket #INC-0048812 | Priority P2 | Opened 2024-05-14 08:55\nReporter: [[P:Marcus Feld]] ([[E:m.feld@contoso.example]], ext 4417)\nSummary: VPN drops every 20 min since client update to 5.1.2-1187\nClient IP at time of drop: [[I:192.168.12.47]]; gateway vpn-gw-02\nAgent note: asked user to send logs; reproduced with client 5.1.2-1187 on Windows build 10.0.22631.3447.",
        "LETTER": "Dear Dr [[P:Ananya Rao]],\n\nRe: [[P:Thomas Whitfield]], DOB 03/11/1958, NHS No 401 023 2137\n\nThank you for referring this 65-year-old gentleman with exertional chest tightness. ECG showed sinus rhythm with no acute changes; troponin was negative. I have started bisoprolol 2.5 mg once daily and arranged a CT coronary angiogram. He can be contacted on [[T:07700 900481]].\n\nYours sincerely,\nDr [[P:Elif Demir]], Consultant Cardiologist",
        "CRMCSV": "customer_id,full_name,email,phone,country,last_login_ip\nCUS-100417,[[P:Lucía Fernández]],[[E:lucia.fernandez@example.es]],[[T:+34 612 34 56 78]],ES,[[I:83.44.120.9]]\nCUS-100418,[[P:Jonas Becker]],[[E:j.becker@example.de]],[[T:0049 89 1234 5678]],DE,[[I:2a02:8108:1c0:3e00::4]]\nCUS-100419,[[P:Siew Ling Goh]],[[E:siewling.goh@example.sg]],[[T:+65 9123 4567]],SG,[[I:116.88.43.201]]",
        "CHAT": "[09:14] [[P:Priya Natarajan]]: can someone reset my MFA? new phone\n[09:15] helpdesk-bot: please confirm your mobile on file\n[09:15] [[P:Priya Natarajan]]: [[T:+91 98450 12345]]\n[09:16] [[P:Owen Gallagher]]: done, also your last sign-in was from [[I:49.205.18.122]], that you?\n[09:16] [[P:Priya Natarajan]]: yes, home wifi",
        "CONTRACT": 'This Consultancy Agreement is made on 1 June 2024 between Acme Software Limited (company number 08812345) ("Client") and [[P:Kofi Mensah]] of 14 Sample Lane, Bristol BS1 5TR ("Consultant"). Fees of £650 per day are payable within 30 days to the Consultant\'s account {IB2}. Notices to the Consultant: [[E:kofi.mensah@example.com]].',
    }
)

# ---------------------------------------------------------------- rows: real PII in the wild
PII_ROWS = r"""
summarize s l c | What's going on here? {SSHLOG}
extract s l c | List the distinct client IPs and how many requests each made: {NGINX}
reasoning s m c | Review these firewall rules and tell me which ones are too broad or redundant: {FWRULES}
extract g l c | Turn this signature into a contact card (name, title, company, phones, email): {SIGNATURE}
summarize g l c | Summarise the ticket for the handover: {TICKET}
summarize m l c | Plain-English summary of this clinic letter for the patient: {LETTER}
extract g l c | Give me name, country and email for each row: {CRMCSV}
summarize s l c | Summarise this helpdesk chat and say whether the MFA reset followed procedure: {CHAT}
extract l l r | Pull parties, day rate, payment terms and the bank details from: {CONTRACT}
qa g l c | Can you call [[T:(415) 555-0132]] for me? kidding - what's the best time to reach a San Francisco office from London?
draft g l c | Write a short note to [[P:Mei Tanaka]] asking her to call me back on [[T:+1-202-555-0147]] about the venue booking.
draft g l c | Reply to [[P:Lukas Weber]] confirming the interview on Thursday at 14:00; if anything changes he can reach me at [[T:0049 30 901820 47]].
extract g l c | Phone numbers only, in E.164: "office [[T:+44 20 7946 0958]], mobile [[T:07700 900456]], Paris [[T:06 12 34 56 78]], Singapore [[T:+65 6123 4567]], NYC [[T:(212) 555-0190]]"
classify g l c | Which of these are phone numbers and which are order ids? "[[T:+44 161 496 0734]]", "order 112-4738291-5530126", "[[T:(646) 555-0173]]", "PO 4500123987", "tel. [[T:030 12345678]]"
translate g l c | Translate to English: "Bonjour [[P:Camille Moreau]], merci de rappeler le cabinet au [[T:01 42 68 53 00]] pour confirmer votre rendez-vous de mardi."
extract s l c | Which IPs failed login more than twice? "[[I:203.0.113.9]] fail, [[I:203.0.113.9]] fail, [[I:198.51.100.140]] ok, [[I:203.0.113.9]] fail, [[I:198.51.100.140]] fail"
code s l c | Write an iptables command that blocks [[I:45.137.21.9]] and logs the drops, and another that unblocks it later.
code g l c | My Flask app won't bind - "OSError: [Errno 99] Cannot assign requested address" when I run app.run(host="[[I:10.0.3.17]]", port=8080). The container IP is different?
qa s l c | Someone from [[I:185.220.101.34]] keeps hitting our login page. Is that a Tor exit node, and should we block Tor outright?
extract s l c | Extract source IP, destination and port from: "DENY TCP src=[[I:192.168.7.23]]:53122 dst=[[I:203.0.113.200]]:445 proto=6 rule=block-smb-egress"
summarize s l c | Summarise this alert: "Impossible travel: [[E:r.dubois@contoso.example]] signed in from [[I:81.2.69.142]] (London) and 47 minutes later from [[I:2001:db8:ac10:fe01::2a]] (Singapore). Agent 4.2.0-17 on both devices."
code g l c | curl to hit our staging API on IPv6 - `curl https://[[[I:2001:db8::1]]]:443/health` gives "bad URL". How do I quote the brackets?
qa s l c | Is [[I:fe80::1c2b:3aff:fe4d:9e01]] something I should worry about in the firewall log or is that just link-local noise?
extract s l c | Pull every IPv6 address from: "peer [[I:2001:0db8:85a3:0000:0000:8a2e:0370:7334]] established; peer [[I:2a00:1450:4009:81f::200e]] flapped; neighbor [[I:2001:db8:0:1::a]] down"
classify s l c | Internal or external? [[I:10.44.2.19]], [[I:172.31.255.4]], [[I:100.64.12.7]], [[I:8.8.4.4]], [[I:192.168.0.254]], [[I:2001:db8::dead:beef]]
draft s l c | Write the email telling [[P:Grace Whitmore]] that her account was locked after 12 failed logins from [[I:198.51.100.72]] and how to unlock it.
sentiment g l c | Is this customer angry? "This is [[P:Daniel Kovacs]] again. I've called [[T:0800 046 3500]] four times about my refund and nobody calls back. Fix it today."
extract g l c | Make a table of attendees from this sign-up sheet: "[[P:Amara Nwosu]] - [[E:amara.n@example.org]]; [[P:Felix Jansen]] - [[E:felix.jansen@example.nl]]; [[P:Yuki Sato]] - [[E:y.sato@example.jp]]"
draft g l c | Draft an out-of-office: I'm away until 3 June; urgent issues to [[P:Rosa Delgado]] at [[E:rosa.delgado@acme-corp.example]] or [[T:+34 91 123 45 67]].
classify g l c | Spam, personal or work? "From: [[E:win-prize@lucky-draw.example]]", "From: [[E:mum.harper@example.com]] re: Sunday lunch", "From: [[E:it-servicedesk@acme-corp.example]] re: laptop refresh"
qa g l c | Why does Outlook say [[E:sales@northwind.example]] is not a valid recipient when I can email [[E:sales@northwind.example.co.uk]] fine?
extract f l r | Pull name, card and expiry from this payment dispute form: "Cardholder: [[P:Oliver Grant]]; card {C1}; exp 09/27; disputed amount $1,240.00 on 05/02/2024."
reasoning f m r | My card {C2} was charged twice by the hotel - once at check-in and once at checkout. Should I dispute with the bank or go back to the hotel first?
summarize f l r | Summarise this fraud alert: "Card {C3} used at 02:14 in Lagos, NGN 850,000, 3 minutes after a $1 test charge in Ohio. Cardholder [[P:Samuel Adeyemi]] not travelling."
code f l r | This regex doesn't match {C4} in our logs. Why? `\b4\d{15}\b` - it's a Discover card I think.
classify f l r | Which of these are valid card numbers? {C5}, {BC1}, {C6}, {BC4}
extract f l r | Extract the card number and merchant: "Payment of EUR 89.90 to BOOKSHOP24 with Amex {C7} declined, retry approved 14:02"
draft f l r | Email to the bank asking them to cancel card {C8} which I lost on the train yesterday; my name is [[P:Ingrid Halvorsen]].
translate f l r | Translate to English: "Bitte buchen Sie die Kaution von der Karte {C9} ab, Inhaber [[P:Stefan Wolff]], gültig bis 11/26."
extract f l r | Name and IBAN from this SEPA mandate: "Debtor: [[P:Claire Dupont]], IBAN {IB3}, mandate ref SEPA-2024-0417, signed Lyon 02.05.2024"
qa f l r | I need to pay a Dutch supplier, IBAN {IB4}. Do I also need a BIC for a SEPA transfer from Spain?
reasoning f m r | Two IBANs on file for the same landlord: {IB5} and {IB6}. Her email asks us to use the Italian one from now on. Red flag or normal?
extract f l r | Pull payee, IBAN and amount from the remittance: "Pay [[P:Marco Bianchi]] CHF 4,200.00 to {IB7}, reference RENT-JUN-24"
classify f l r | Which country is each IBAN from? {IB8}, {IB9}, {IB10}, {IB11}, {IB12}
draft f l r | Write a payment instruction: transfer NOK 18,500 to {IB13} (beneficiary [[P:Eirik Nilsen]]) on 28 June, reference "invoice 2024-117".
summarize f l r | One line for the finance chat: "Refund of EUR 312.40 for order 77120934 to [[P:Sophie Lambert]], IBAN {IB14}, approved by AP on 15/05."
extract f l r | From this payroll CSV, list employee and IBAN: "emp_no;name;iban;net\n0417;[[P:Joana Pereira]];{IB15};2.140,55\n0418;[[P:Mads Kristensen]];{IB16};3.018,20\n0419;[[P:Aino Virtanen]];{IB17};2.877,90"
qa f l r | Is {IB18} a Czech IBAN? The payment portal says the length is wrong but I copied it from the invoice.
translate f l r | Translate to English: "Molimo uplatite iznos na račun {IB19}, primatelj [[P:Ivana Horvat]], poziv na broj 2024-0417."
code f l r | Write a Python function that masks all but the last four characters of an IBAN and test it with {IB20}.
extract f l r | Name and SSN from the W-9: "Name: [[P:Rebecca Holt]]; SSN {S1}; address 500 Sample Ave, Portland OR 97205"
qa f l r | My tax preparer asked me to email my SSN {S2}. Is that normal, or should I use a portal?
classify f l r | Which of these are SSNs and which are claim numbers? "{S3}", "claim 912-70-4431", "{S4}", "ticket 555-01-3344"
draft l l r | Letter to the credit bureau disputing an account opened under my SSN {S5}; I'm [[P:Jamal Carter]] and I never opened it.
summarize f l r | Summarise the onboarding form: "Employee: [[P:Linh Tran]], SSN {S6}, start 06/03/2024, direct deposit to routing 021000021 acct ending 7731, W-4 filing single."
extract m l r | Pull patient name, SSN and insurer: "Patient [[P:Margaret Ellis]], SSN {S7}, Medicare Advantage plan BlueShore, admitted 05/12/2024 for hip replacement."
extract g l r | Name and NRIC from the visitor log: "[[P:Tan Wei Ming]] {R1} 09:05 lobby B; [[P:Nur Aisyah]] {R2} 09:12 lobby B"
qa l l r | My condo management asked for my NRIC {R3} for the gym booking. Are they allowed to collect the full number under the PDPA?
extract m l r | From the clinic registration, give name, NRIC/FIN and phone: "[[P:Rajesh Kumar]], FIN {R4}, hp [[T:+65 8234 5671]], allergies: sulfa"
classify g l r | Which of these are valid NRIC/FIN numbers? {R5}, {BN1}, {R6}, {BN2}
draft g l r | Message to HR: please update the work pass record for [[P:Maria Santos]], FIN {R7}, new passport issued 12/04/2024.
extract s l c | From the VPN log give user and source IP for each session: "2024-05-14T07:58:11Z user=[[E:j.okafor@acme-corp.example]] src=[[I:86.12.44.201]] client=5.1.2-1187 ok\n2024-05-14T08:03:40Z user=[[E:a.iyer@acme-corp.example]] src=[[I:2a02:c7c:5e1a:4400::8]] client=5.1.2-1187 ok"
summarize s l c | Summarise the phishing report: "User [[P:Fatima Zahra]] forwarded a mail from [[E:payroll-update@acme-corp-hr.example]] asking her to 'confirm bank details'. Link resolves to [[I:91.215.85.17]]. Reported 10:42, blocked 10:51."
draft s l c | Warn [[P:Ben Carter]] that a login from [[I:103.152.220.44]] used his password; ask him to reset it and confirm he wasn't travelling.
"""

# ---------------------------------------------------------------- rows: real PII next to look-alikes (only the PII is marked)
MIXED = r"""
summarize s l c | Summarise: "2024-05-14 09:02:11 agent 4.2.0-17 heartbeat from [[I:203.0.113.58]]; 09:02:41 agent upgraded to 4.2.1-3; 09:03:05 heartbeat from [[I:203.0.113.58]] missing"
extract s l c | Client IP and agent version per line, please: "conn from [[I:198.51.100.19]] ua=AcmeAgent/4.2.0-17 (build 10.0.19045.3803)\nconn from [[I:198.51.100.31]] ua=AcmeAgent/4.1.3-22"
reasoning s m c | The build server (Jenkins 2.440.3) is reachable from [[I:10.8.0.22]] and [[I:10.8.0.23]] only, but the audit says the agent on 4.2.0-17 phones home to [[I:52.17.88.140]]. Block the outbound call or ask the vendor first?
extract g l c | Name, email and order number from the complaint: "Hi, [[P:Eleanor Vance]] here ([[E:eleanor.vance@example.com]]). Order 112-4738291-5530126 arrived broken, tracking 1Z999AA10123456784."
classify f l r | Which of these is a real card and which is a test value that fails Luhn? {C10} and {BC5}
summarize f l r | Summarise for AP: "Supplier [[P:Henrik Lund]] changed bank details. Old IBAN {BI1} bounced (bad check digits). New IBAN {IB1}. Invoice INV-2024-00417, £5,775.00."
extract g l c | Extract the caller's number and the case id: "Case 00418812 | caller [[T:+1 312 555 0186]] | callback requested after 17:30 | re: invoice 4471-2290-1183"
summarize s l c | What does this log say? "[2024-05-14T10:11:02Z] WARN auth login failed user=[[E:k.tanaka@acme-corp.example]] ip=[[I:203.0.113.101]] app=portal v3.18.0 build 4417"
draft g l c | Write a reply to [[P:Nadia Petrova]] ([[E:nadia.petrova@example.com]]) saying her ticket TKT-2024-00871 is fixed in release 4.2.1 and she can close it.
extract s l c | Pull the host IPs and the firmware each runs: "[[I:10.1.40.2]] FortiGate 7.2.5 build1517; [[I:10.1.40.3]] FortiGate 7.2.7 build1577; [[I:10.1.50.2]] FortiSwitch 7.4.2 build0852"
qa s l c | Is Chrome 120.0.6099.109 on the kiosk at [[I:192.168.50.14]] vulnerable to the V8 bug everyone's patching this week?
summarize m l c | Summarise for the nurse in charge: "[[P:Gloria Mendes]], bed 14, NHS No 401 023 2137, NEWS2 6 at 04:00, oxygen 2 L/min, son [[P:Paulo Mendes]] asked to be called on [[T:07700 900388]] if anything changes."
extract f l r | From the bank statement export list debit cards used: "02/05 CARD {C6} AMAZON MKTPL £46.20 ref 7712093; 03/05 CARD **** **** **** 4417 TESCO £38.00; 05/05 DD THAMES WATER TW-0049187723"
classify s l c | Which lines show the real client IP and which only mention a version? "X-Forwarded-For: [[I:203.0.113.66]]", "Server: Apache/2.4.58", "Via: 1.1 proxy-03 (squid/6.6)", "X-Real-IP: [[I:198.51.100.88]]"
code s l c | My Python log parser grabs 2.4.58 from "Server: Apache/2.4.58" along with the real client IP [[I:203.0.113.66]]. Fix the regex so it only takes addresses after "client".
draft g l c | Email to [[P:Ahmed Hassan]] at [[E:ahmed.hassan@contoso.example]]: his laptop SN 5CD1234XYZ is ready for collection from IT, desk 4.17, after 14:00.
extract l l c | Parties, signatories and dates from the signature block: "Signed for Acme Software Limited by [[P:Victoria Lane]], Director, on 03.06.2024. Signed for Northwind Trading Ltd (company no SC612904) by [[P:Callum Reid]], CFO, on 04.06.2024."
summarize g l c | Summarise the team chat: "[10:02] [[P:Leo Martins]]: prod is on 4.2.0-17 now\n[10:03] [[P:Zara Ahmed]]: nice. customer at [[E:ops@northwind.example]] says export is still slow\n[10:05] [[P:Leo Martins]]: that's fixed in 4.2.1, eta thursday"
extract s l c | For each alert, give the user and the IP: "MFA fatigue: 14 pushes to [[E:m.rossi@acme-corp.example]] from [[I:45.89.127.14]] between 01:02 and 01:09; password spray: 220 attempts from [[I:2001:db8:feed::77]] against 61 accounts"
"""

PII_MORE = r"""
extract g l c | Pull every email address out of this thread: "From: [[P:Sanjay Mehta]] <[[E:sanjay.mehta@example.in]]>\nTo: [[E:procurement@acme-corp.example]]\nCc: [[P:Laura Schmidt]] <[[E:l.schmidt@example.de]]>\nSubject: RE: quote Q-2024-0417"
sentiment g l c | How does [[P:Aiko Yamamoto]] feel about the move, judging by her message? "honestly I'm exhausted, the new office is 90 minutes each way and nobody asked us"
chat g l c | [[P:Tom]] from accounting keeps replying-all to the whole company. How do I tell him nicely to stop?
creative g l c | Write a short birthday poem for my colleague [[P:Fernanda Costa]] who loves hiking and terrible puns.
draft g l c | Write an intro email connecting [[P:Isabel Navarro]] ([[E:isabel.navarro@example.es]]) and [[P:Peter Lindqvist]] ([[E:peter.lindqvist@example.se]]) - both run supplier onboarding.
summarize g l c | Summarise the minutes: "Attendees: [[P:Kwame Asante]], [[P:Helen Park]], [[P:Diego Ramírez]]. Decisions: move launch to 12/07; [[P:Helen Park]] owns the pricing page; budget £18,000 approved."
translate g l c | Übersetze ins Englische: "Sehr geehrter Herr [[P:Johannes Krüger]], bitte rufen Sie uns unter [[T:+49 89 4521 8830]] zurück."
translate g l c | Traduce al inglés: "Hola [[P:Carmen Ruiz]], te llamo desde el [[T:+34 612 987 654]] porque no contestas al correo."
extract g l c | Phone numbers and who they belong to: "[[P:Noah Fischer]] mob [[T:+41 79 123 45 67]]; [[P:Chloé Martin]] [[T:+33 6 12 34 56 78]]; [[P:Liam O'Connor]] [[T:+353 87 123 4567]]; [[P:Ava Thompson]] [[T:+61 412 345 678]]"
classify g l c | Is each of these a mobile or a landline? [[T:+44 7700 900987]], [[T:+44 20 7946 0123]], [[T:+65 9876 5432]], [[T:+65 6543 2109]], [[T:+1 (646) 555-0104]]
code g l c | Normalise these to E.164 in Python with the phonenumbers library: "[[T:(415) 555-0132]]", "[[T:0049 89 1234 5678]]", "[[T:07700 900123]]" (GB), "[[T:06 12 34 56 78]]" (FR)
qa g l c | Is [[T:+1-202-555-0147]] a real number? I got a missed call and a voicemail asking me to "verify my parcel".
draft g l c | SMS to the parents' group: the school trip bus leaves at 07:30; if you're late call Mrs [[P:Okafor]] on [[T:07700 900761]].
reasoning g m c | Should we list [[P:Simone Bauer]]'s direct line [[T:+49 30 2093 4471]] on the website, or only the switchboard? She's getting sales calls.
extract m l c | Medication, dose and prescriber: "Rx for [[P:Arthur Bennett]]: apixaban 5 mg BD, 56 tablets; prescriber Dr [[P:Nkechi Obi]]; pharmacy call-back [[T:020 7946 0714]]"
summarize m l c | Summarise the nursing handover: "[[P:Edith Clarke]], 84F, fall at home 02:00, no head injury, CT negative. Daughter [[P:Jane Clarke]] ([[T:07700 900212]]) wants a call before discharge."
qa m l c | My GP surgery texted from [[T:+44 7700 900311]] asking me to book a smear test via a link. Is that legit or a scam?
draft m l c | Letter to Mr [[P:Rahul Verma]] confirming his physio appointment on 18/06 at 09:40 and asking him to call [[T:0161 496 0358]] to rearrange.
classify m l c | Urgent or routine? "[[P:Olga Ivanova]], 41F, sudden worst headache of her life 30 min ago, vomiting" / "[[P:Ben Adler]], 29M, mild hay fever, wants repeat cetirizine"
extract m l r | Pull patient name, NRIC and diagnosis: "[[P:Lim Hui Min]], NRIC {R6}, admitted 14/05 with dengue fever, platelets 42 x10^9/L"
reasoning l m c | [[P:Dmitri Volkov]] was dismissed after 22 months for "poor performance" without any warning. Does he have a claim for unfair dismissal in England, and what would strengthen it?
draft l l c | Draft a subject access request from [[P:Helena Novak]] ([[E:helena.novak@example.cz]]) to her former employer asking for all emails and HR notes about her.
summarize l l c | Summarise the witness statement: "I, [[P:Gareth Hughes]], of 8 Sample Row, Cardiff, say that on 12 March 2024 I saw the defendant's van reverse into the claimant's car at 08:15..."
extract l l c | Extract the landlord, tenant and notice date: "Notice given by [[P:Rita Kapoor]] (landlord) to [[P:Sean Murphy]] (tenant) on 01/04/2024 under section 21, possession after 01/06/2024."
classify l l c | Which of these requests are valid under GDPR Art. 17? "[[P:Ana Sousa]] wants her newsletter data deleted", "[[P:Karl Hofmann]] wants his unpaid invoice deleted", "[[P:Mia Lund]] wants old CCTV of her removed"
qa l l c | [[P:Yusuf Demir]] emailed from [[E:yusuf.demir@example.com.tr]] asking us to delete everything we hold on him. Do we have to reply within a month even if we need ID first?
summarize s l c | Summarise the incident timeline: "09:12 [[P:Olivia Brooks]] reports pop-ups; 09:20 EDR isolates host FIN-WS-22 ([[I:10.40.2.118]]); 09:45 C2 beacon to [[I:194.26.29.113]] confirmed; 10:30 reimaged."
classify s l c | Phishing or legitimate? "From: [[E:security-alerts@micros0ft-support.example]] Subject: Your password expires today - click to keep it" / "From: [[E:it@acme-corp.example]] Subject: Planned maintenance Saturday"
draft s l c | Write the user notice: [[P:Jin Park]]'s mailbox sent 400 spam emails last night after a password leak; we reset it; everyone please ignore mails from [[E:jin.park@acme-corp.example]] sent between 01:00 and 03:00.
extract s l c | Source IPs and countries from the WAF summary: "[[I:5.188.62.140]] RU 1,204 blocked; [[I:103.75.190.11]] VN 880 blocked; [[I:2400:cb00:2049:1::a29f:1804]] US 12 blocked"
code s l c | Write a fail2ban jail that bans IPs like [[I:203.0.113.77]] after 5 failed sshd logins in 10 minutes, for 1 hour.
reasoning s m c | We see valid logins for [[E:cfo@acme-corp.example]] from [[I:197.210.84.12]] at 03:00 with MFA approved. Compromise, or is the CFO travelling? What would you check first?
qa s l c | What does "Received: from mail.example.net ([[I:198.51.100.25]])" in the email header tell me about where the message really came from?
summarize s l c | TL;DR of the DHCP log: "DHCPACK on [[I:192.168.1.57]] to 3c:52:82:0a:1f:9e (LAPTOP-0417) via eth0; DHCPACK on [[I:192.168.1.58]] to ac:cc:8e:7d:12:04 (cam-lobby)"
code g l c | Nginx config: allow only [[I:203.0.113.10]] and [[I:2001:db8:10::5]] to reach /admin, deny everyone else. Show the location block.
extract f l c | Who paid what? "05/05 FPI [[P:A Kowalski]] RENT MAY £950.00; 06/05 FPI [[P:J Baptiste]] DEPOSIT £1,200.00; 07/05 TFR SAVINGS 40-12-76 31926819 £500.00"
summarize f l r | Summarise the chargeback: "Cardholder [[P:Nicole Brandt]], Visa {C9}, txn 05/04/2024 $612.00 at FLYAIR, reason code 13.1 merchandise not received; merchant response due 05/29."
math f l r calc | My card {C1} has a £3,400 balance at 24.9% APR. If I pay £150 a month, how many months to clear it?
qa f l c | Grandma [[P:Rose]] got a call from [[T:+44 20 7946 0999]] saying her bank account is at risk and she must move money to a "safe account". What should she do right now?
draft f l r | Write to the tenant [[P:Sara Lindgren]] with the deposit return: £1,150 minus £80 cleaning, paid to her IBAN {IB12} within 10 days.
extract f l r | Pull the beneficiary, IBAN and BIC: "Beneficiary [[P:Andrea Conti]], IBAN {IB6}, BIC BCITITMM, amount EUR 2,300.00, ref FATT-2024-117"
reasoning f m c | [[P:Kate Morrison]] earns £62,000 and her partner [[P:Rob Morrison]] £18,000. Is it worth transferring the marriage allowance, and what else could they do to cut their tax?
math f l c calc | [[P:Ivan Horvat]] invoices 14 days at €620 a day, minus 12% withholding. What's the net payment?
summarize f l c | Summarise Mr [[P:Okoro]]'s insurance claim: "Claim CLM-2024-00441, water damage 12/04, kitchen ceiling, estimate £4,820, excess £250, policy HOME-771209."
classify f l r | Card, IBAN, SSN or NRIC? "{C4}", "{IB20}", "{S1}", "{R1}"
extract g l c | From this WhatsApp export, who said they'd bring what? "[12/05/24, 18:02] [[P:Nina Kaur]]: I'll bring the salad\n[12/05/24, 18:04] [[P:Omar Farouk]]: drinks on me\n[12/05/24, 18:05] [[P:Nina Kaur]]: [[P:Omar Farouk]] no more fizzy stuff pls 😂"
sentiment g l c | Tone of this email from Dr [[P:Kemal Aydin]]? "I find it astonishing that, after three reminders, the invoice remains unpaid. I expect payment by Friday."
creative g l c | Write a retirement speech for [[P:Margaret Doyle]], 32 years in the finance team, famous for her spreadsheets and her lemon cake.
chat g l c | I owe [[P:Sebastián]] a thank-you for covering my shift - what's a nice low-key way to say thanks?
qa g l c | How do I stop Gmail from showing [[E:old.alias@example.com]] as my sender name when I reply from [[E:new.name@example.com]]?
code g l c | SQL to find customers with duplicate emails, e.g. [[E:j.smith@example.com]] and [[E:J.Smith@example.com]] should count as the same.
classify g l c | Which of these look like disposable email addresses? [[E:qwe123@mailinator.example]], [[E:anna.berg@example.se]], [[E:x9x9@tempmail.example]]
draft g l c | Write a polite chaser to Mr [[P:Chen]] ([[E:chen.wei@example.cn]]) about the signed NDA we still need before Friday's workshop.
extract g l c | Speaker, company and contact from the conference programme: "10:00 Dr [[P:Amelia Hart]], Oxford Robotics, [[E:a.hart@example.ac.uk]]; 11:30 [[P:Tiago Alves]], Lisbon AI Lab, [[T:+351 912 345 678]]"
translate g l c | Translate into Italian: "Dear [[P:Giulia]], your parcel is held at the depot; call [[T:+39 02 1234 5678]] to arrange delivery."
math g l c calc | [[P:Anika]] worked 37.5 hours at £14.20 and 6 hours overtime at time and a half. What's her gross pay this week?
reasoning g m c | [[P:Martin]] wants to cc the whole client list on the outage update instead of bcc. What could go wrong, and what should he do instead?
qa s l c | Is it a problem that our support page shows [[P:Erik Johansson]]'s personal email [[E:erik.j@example.se]] as the security contact?
summarize s l r | Summarise the DLP alert: "User [[E:p.singh@acme-corp.example]] uploaded payroll.xlsx with 42 rows containing SSNs (e.g. {S4}) to a personal Dropbox from [[I:86.145.22.9]]."
extract s l r | What data types are exposed in this paste? "[[P:Hugo Lefèvre]] | {C2} | exp 04/26 | {IB3} | [[E:hugo.lefevre@example.fr]]"
draft s l r | Write the breach notification to Ms [[P:Ong Mei Ling]]: her NRIC {R2} and phone [[T:+65 9123 7788]] were in a file exposed for 6 hours on 12/05/2024.
"""

# ---------------------------------------------------------------- rows: several asks in one request
MULTI = r"""
!summarize g l i => summarise the release notes ;; translate g l i => translate the summary into Spanish | Please summarise the release notes and then translate the summary into Spanish: {RELNOTES}
!extract s l i => list the affected assets ;; reasoning s m i => which one to patch first | From the scanner export, list the affected assets and tell me which one to patch first: {SCANCSV}
!extract f l i => extract the totals ;; math f l p calc => check the VAT is 20% of the net | Can you extract the totals and check the VAT is 20% of the net? {INVOICE}
!code g l p => write a function that validates IBAN check digits ;; qa g l p => why {BI3} fails | Please write a function that validates IBAN check digits and explain why {BI3} fails it.
!classify g l p => label each string as version, IP-shaped version or date ;; code g l p => a regex for the dates | label each string as version, IP-shaped version or date, then give me a regex for the dates: "4.2.0.17", "2024.05.14", "17.9.4.1", "14.05.2024", "1.3.6.1"
!extract g l i => pull the version of every service ;; draft g l i => draft the upgrade ticket for the oldest one | pull the version of every service from the compose file and draft the upgrade ticket for the oldest one {COMPOSE}
extract s l c => list every IP that failed to log in ;; draft s l c => write the block request for the network team | list every IP that failed to log in and write the block request for the network team {SSHLOG}
extract g l c => Extract the contact details ;; translate g l c => translate the signature into German | Extract the contact details, then translate the signature into German. {SIGNATURE}
summarize m l c => Summarise the letter in two sentences ;; extract m l c => list the medicines with doses | Summarise the letter in two sentences and list the medicines with doses. {LETTER}
classify s l c => classify the alert severity ;; draft s l c => draft a message to the user | First classify the alert severity, then draft a message to the user: "Sign-in for [[E:l.moreau@acme-corp.example]] from [[I:102.89.33.7]] (Lagos) blocked by conditional access; user normally signs in from [[I:81.2.69.160]] (London)."
extract f l r => pull the card and amount ;; draft f l r => write the dispute email | pull the card and amount from this receipt and write the dispute email: "Card {C5} charged £219.00 twice on 11/05 at SKYHIGH PARKING; holder [[P:Priyanka Shah]]"
extract g l c => who is on the call rota ;; math g l c calc => how many hours each person covers | Tell me who is on the call rota and how many hours each person covers: "Mon-Wed [[P:Ines Duarte]] 08:00-20:00 ([[T:+351 912 000 441]]); Thu-Fri [[P:Karim Haddad]] 08:00-18:00 ([[T:+33 7 81 22 45 10]]); weekend [[P:Ines Duarte]] 10:00-16:00"
sentiment g l c => What's the sentiment ;; draft g l c => a reply | What's the sentiment of this review, and can you suggest a reply? "Booked via [[E:f.kowal@example.pl]], order ORD-44172093. Room was lovely, check-in took an hour, [[P:Marta]] at reception was a star."
!reasoning g m i => Should we upgrade the build server to 4.2.0.17 now ;; draft g l i => write the announcement | Should we upgrade the build server to 4.2.0.17 now or wait for 4.2.0.18? If now, write the announcement too. Current: 4.2.0.14, known issue in 4.2.0.17: slow artifact upload.
!summarize l l p => summarise clause 4.2.1.3 ;; qa l l p => is 30 days' notice standard | summarise clause 4.2.1.3 and tell me: is 30 days' notice standard? "4.2.1.3 Either party may terminate for convenience on thirty (30) days' written notice; fees paid for the current term are non-refundable."
!extract m l c => extract the identifiers ;; summarize m l c => summarise the plan | extract the identifiers and summarise the plan from this note: {CLINIC}
"""

# ---------------------------------------------------------------- rows: questions about PII itself, no values
ABOUT = r"""
qa l l p | Is an IP address personal data under GDPR? What about a dynamic one from a home broadband line?
qa s l p | Why do DLP tools keep flagging version numbers like four dotted numbers as IP addresses, and how do better detectors tell them apart?
reasoning l m p | Do we need consent to log client IP addresses in our web server logs for security, or is legitimate interest enough? How long can we keep them?
code g l p | Write a Python function that finds IPv4 addresses in text but ignores ones preceded by words like "version", "build", "v" or "release".
code f l p | Implement the Luhn check in TypeScript and explain why a 16-digit number that fails it can't be a real card.
qa f l p | What's the difference between an IBAN, a BIC and a UK sort code plus account number?
qa g l p | How is the check letter of a Singapore NRIC calculated?
qa l l p | Is a Singapore NRIC number allowed to be collected by a shop for a loyalty scheme after the 2019 PDPC guidelines?
draft l l i | Write a short internal guideline: when staff paste logs or customer tickets into AI tools, which personal data must be removed first.
classify l l p | For each, personal data or not under GDPR: a customer's email, a company VAT number, an employee's work mobile, a software version, a hashed email, a device MAC address
qa m l p | Is an NHS number considered sensitive data on its own, or only together with health information?
reasoning s m i | Should our SIEM mask client IPs after 30 days? Weigh incident-investigation needs against privacy.
creative g l p | Write a short story about a detective who realises the "IP address" in the ransom note is actually a firmware version.
chat g l p | honestly the number of times our scanner calls a version string an IP address, I'm starting to think it's a feature
summarize l l p | Summarise in three bullets what the CCPA says about selling personal information.
translate l l p | Translate to French: "Personal data such as names, email addresses and IP addresses must be deleted after 24 months unless a legal hold applies."
sentiment g l p | Is this tweet positive or negative? "Our new PII redaction pipeline finally stopped eating version numbers. Best sprint in months."
math s l p calc | If our detector has 92% recall and 97% precision on 1,000 real emails mixed into 20,000 lines, how many false positives do we get?
"""

# ---------------------------------------------------------------- rows: long deliverables and the odd ones out
EXTRA = r"""
!draft g h i | Write a full upgrade runbook for moving our 40 on-prem customers from 4.1.3.22 to 4.2.0.17: prerequisites, backup, the DB migration in 4.2.0.5, smoke tests, rollback to 4.1.3.22, and the customer comms at each step.
!draft s h i | Produce a patch-management policy for network devices: tiers by severity, target times (e.g. FortiOS 7.2.5.1 with a 9.8 CVE within 72 hours), exceptions process, reporting, and a table of current baseline versions such as IOS XE 17.9.4.1 and PAN-OS 10.2.9.1.
draft s h c | Write the full incident report from this log, with timeline, impact, root cause, actions and lessons learned: {SSHLOG}
draft l h p | Draft a complete DPIA for logging full client IP addresses in our web application for 13 months: purpose, necessity, risks, mitigations (truncation, hashing), retention and sign-off.
!summarize g l p | Summarise chapter 2.1.3.4 of the textbook: "2.1.3.4 Gradient clipping. When gradients explode, rescale them so their global norm does not exceed a threshold; values between 0.5 and 5.0 are common."
!extract g l p | From this match report, pull the stats: "possession 61.4%, shots 17 (6 on target), xG 2.31, pass accuracy 88.2%, distance 112.4 km, kick-off 19:45, attendance 41,212"
!creative g l p | A product-launch tagline for firmware 2.1.0.9 that makes the Wi-Fi roaming fix sound exciting.
!sentiment g l p | Rate the sentiment 1-5: "Patch 1.0.0.4 fixed the battery drain, but now the app crashes when I open settings. Two steps forward, one back."
!chat m l p | my mum's glucose meter just updated itself to firmware 3.1.0.2 and now shows mmol instead of mg/dL, is that normal??
!qa m l p | The pacemaker clinic letter says "device firmware 8.2.0.1 checked, battery 7.5 years". Does a firmware update need another operation?
!translate m l p | Vertaal naar het Engels: "Het infuuspomp-protocol 2.3.1.4 is vervangen door versie 2.4.0.0; gebruik de nieuwe doseertabel vanaf 1 juli."
!classify l l p | Which references are to the contract, which to a statute and which to a software version? "clause 4.2.1.3", "s. 94(1) ERA 1996", "v4.2.0.17", "Schedule 3 para 1.1.2.1", "Art. 28(3)(a) GDPR"
!math f l p calc | Our SaaS price is £4,812.50 a year on plan 4.2 and goes up 7.5% on renewal 01/07/2024. What's the new annual and monthly price?
!reasoning l m i | The vendor's licence says support covers "the current and previous minor release (e.g. 4.2.x.x and 4.1.x.x)". We're on 4.0.12.7. Are they obliged to fix our security bug, and how do we push back?
chat g l c | is it weird to send [[P:Jess]] a thank-you card after she covered my night shifts? we're not that close
sentiment m l c | How is Mr [[P:Abbott]]'s mood in this nursing note? "Pt tearful this morning, says he misses his wife, ate half his breakfast, brighter after his son [[P:Carl Abbott]] visited."
creative l l c | Write a light-hearted leaving card message for [[P:Beatriz Lopes]] from the legal team, mentioning her 400-page contract review and her love of fado.
qa f l c | [[P:Leon Richter]] from the tax office called from [[T:+49 228 99 406 0]] asking for my bank login to "release a refund". Is that really the Bundeszentralamt?
extract g l c | Names and roles from this org-chart export: "Director | [[P:Rachel Adams]] | reports to CEO\nEng Manager | [[P:Kenji Watanabe]] | reports to Director\nQA Lead | [[P:Sofia Greco]] | reports to Eng Manager"
translate s l c | Translate to Portuguese: "Hello [[P:Rui]], we blocked a login to your account from [[I:177.54.144.21]]. If it wasn't you, change your password now."
"""

_BLOCKS = (HN_VERSIONS, HN_IDS, PII_ROWS, MIXED, PII_MORE, MULTI, ABOUT, EXTRA)

_INLINE = re.compile(r"\[\[([PETI]):(.+?)\]\]")
_KIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "I": "IP_ADDRESS"}


def _inline_marks(text: str) -> str:
    return _INLINE.sub(lambda m: mark(_KIND[m.group(1)], m.group(2)), text)


def rows() -> list[Row]:
    mat = {name: _inline_marks(body) for name, body in _MAT.items()}
    placeholders = Placeholders(mat, {**_V, **_HN})

    def expand(raw: str) -> tuple[str, str]:
        return placeholders(_inline_marks(raw))

    return line_rows(_BLOCKS, prefix="diverse12", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    write_and_check(HERE / "train_diverse12.jsonl", rows(), scan_unmarked=True)


if __name__ == "__main__":
    main()
