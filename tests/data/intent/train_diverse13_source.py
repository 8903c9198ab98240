"""Thirteenth hand-written TRAIN corpus (writes ``train_diverse13.jsonl``).

Why: the PII side of the intent service confuses strings that merely *look*
like personal data with the real thing when they sit in ordinary prose rather
than in logs or config files. This corpus is about PII look-alikes in everyday
prose: requests written the way an office worker, a support agent, an IT
admin, a nurse, a paralegal or a finance clerk types them, short and plain,
sometimes with a pasted message. Its slant:

* hard negatives (over half the rows) where a PII-shaped string is not PII:
  four-part version numbers that are valid IPv4 shapes ("we're still on
  10.2.9.1", "the printer firmware is 5.2.0.11", "which is newer, 12.0.3.5 or
  12.0.10.1?"), often next to words that also appear near addresses (server,
  host, network, machine, login, device); ticket / case / order ids shaped
  like phones or SSNs; 16-digit references failing Luhn; IBAN-shaped strings
  with wrong check digits; NRIC-shaped codes with a wrong check letter; dates
  in many formats (12.05.2024, 2024.05.14), times, amounts, percentages,
  postcodes, part numbers and tracking numbers;
* rows with real PII in the same prose register: IPv4 / IPv6 addresses in
  sentences ("the printer's address is 10.20.4.17"), emails, phones in
  national and international formats, SSNs, NRICs, cards, IBANs and names;
* all twelve intents, and about thirty requests chaining two asks.

Label guide (consistent with the other sets): domain is whose expert you would
ask -- personal money, tax, insurance cover, prices, budgets, accounting ->
finance; rights, disputes, contracts, compliance, employment law -> legal;
symptoms, drugs, care, clinical notes -> medical; accounts, attacks,
phishing, malware, access control, vulnerabilities -> security; an office,
social, technical-but-not-security or creative ask -> general. A task whose
own words are neutral takes the domain of the material it acts on.
Complexity is low unless the task weighs options (medium) or asks for a long
structured deliverable (high). Sensitivity: public by default, internal for
internal business material, confidential for personal data, restricted for
cards / IBANs / SSNs / NRICs / credentials. Math always gets the calculator.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard-negative row: versions, ids,
failing checksums, dates, amounts, with no PII). ``{NAME}`` inserts a marked
PII value from ``_V`` or an unmarked look-alike from ``_HN``; ``\\n`` is a
newline. Multi-task rows name each clause verbatim from the text. IPv4-shaped
version numbers appear only in hard-negative rows (the validator rejects an
unmarked IPv4 shape anywhere else).
Usage: ``python tests/data/intent/train_diverse13_source.py`` (rewrites the
jsonl, then validates it and prints per-intent / per-domain counts).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

from collections.abc import Callable

from corpus import (
    HERE,
    Placeholders,
    Row,
    Values,
    check_lookalikes,
    line_rows,
    mark,
    nric_valid,
    pv,
    write_and_check,
)

_v = Values(1313013)


def _bad_nric(prefix: str) -> str:
    """An NRIC-shaped code whose check letter is wrong."""
    good = _v.nric(prefix)
    letters = [c for c in "ABCDEFGHIJKLMNPQRTUWXZ" if c != good[-1]]
    bad = good[:-1] + _v.rng.choice(letters)
    assert not nric_valid(bad), bad
    return bad


# ---------------------------------------------------------------- look-alikes (unmarked)
_HN = {
    "BC1": _v.bad_card("4", " "),
    "BC2": _v.bad_card("5", "-"),
    "BC3": _v.bad16(""),
    "BC4": _v.bad_card("6011", " "),
    "BC5": _v.bad_card("4", "-", shift=5),
    "BC6": _v.bad16(" "),
    "BC7": _v.bad_card("5", " ", shift=7),
    "BC8": _v.bad_card("4", "", shift=1),
    "BC9": _v.bad16("-"),
    "BC10": _v.bad_card("2", " ", shift=4),
    "BI1": _v.bad_iban("GB", True),
    "BI2": _v.bad_iban("NL", True),
    "BI3": _v.bad_iban("FR", False),
    "BI4": _v.bad_iban("ES", True),
    "BI5": _v.bad_iban("IT", False),
    "BI6": _v.bad_iban("BE", True),
    "BI7": _v.bad_iban("DE", True),
    "BI8": _v.bad_iban("IE", False),
    "BN1": _bad_nric("S"),
    "BN2": _bad_nric("T"),
    "BN3": _bad_nric("F"),
    "BN4": _bad_nric("G"),
    "BN5": _bad_nric("S"),
    "BN6": _bad_nric("T"),
}


# ---------------------------------------------------------------- marked PII values
def _many(key: str, kind: str, make: Callable[[], str], n: int) -> dict[str, str]:
    return {f"{key}{i}": mark(kind, make()) for i in range(1, n + 1)}


_CARD_SHAPES = [("4", 16, " "), ("5", 16, "-"), ("37", 15, " "), ("6011", 16, ""),
                ("2221", 16, " "), ("4", 16, "-"), ("34", 15, ""), ("5", 16, " "),
                ("4", 16, ""), ("6011", 16, "-"), ("4", 16, " ")]  # fmt: skip
_IBAN_SHAPES = [("GB", True), ("DE", False), ("NL", True), ("FR", True), ("ES", False),
                ("BE", True), ("CH", True), ("IE", False), ("DE", True), ("AT", True)]  # fmt: skip
_NRIC_PREFIX = "STSFGTSMT"
_cards = iter(_CARD_SHAPES)
_ibans = iter(_IBAN_SHAPES)
_nrics = iter(_NRIC_PREFIX)
_ssn_seps = iter("---- ----")

_V = {
    "IPA": mark("IP_ADDRESS", "81.2.69.142"),
    "IPB": mark("IP_ADDRESS", "203.0.113.77"),
    "IPC": mark("IP_ADDRESS", "192.168.0.1"),
    "IPD": mark("IP_ADDRESS", "10.20.4.17"),
    "IPE": mark("IP_ADDRESS", "10.20.4.20"),
    "IPF": mark("IP_ADDRESS", "10.20.4.200"),
    "IPG": mark("IP_ADDRESS", "169.254.13.7"),
    **_many("IP", "IP_ADDRESS", lambda: pv.ipv4(_v.rng), 30),
    **_many("IPV6", "IP_ADDRESS", lambda: pv.ipv6(_v.rng), 7),
    **_many("EM", "EMAIL", lambda: pv.email(_v.rng), 15),
    **_many("PH", "PHONE", lambda: pv.phone(_v.rng), 15),
    **_many("NP", "PHONE", lambda: pv.national_phone(_v.rng), 4),
    **_many("SSN", "US_SSN", lambda: _v.ssn(next(_ssn_seps)), 9),
    **_many("NRIC", "SG_NRIC", lambda: _v.nric(next(_nrics)), 9),
    **_many("CARD", "CREDIT_CARD", lambda: _v.card(*next(_cards)), 11),
    **_many("IBAN", "IBAN", lambda: _v.iban(*next(_ibans)), 10),
    **_many("P", "PERSON", lambda: pv.person(_v.rng), 45),
}

# ---------------------------------------------------------------- hard negatives: versions
VERSIONS = """
!qa g l p web | is 7.1.0.12 the latest version of the desktop client, or is there something newer out?
!chat g l p | we're still on 10.2.9.1 here, pretty sure we're the last office on earth that hasn't upgraded
!qa g l p | after yesterday's update to 3.14.0.2 the app crashes every time I open a PDF, is there a quick fix?
!reasoning g m i | The vendor says 2.4.1.9 fixes the sync bug, but our pilot group is on 2.4.0.7 and it's stable. Roll 2.4.1.9 out to everyone before quarter end, or wait a month?
!qa g l p | my phone updated to 17.4.1.0 overnight and the battery drains way faster now, is that a known thing?
!summarize g l i | the ticket mentions 4.2.0.17 and 4.2.0.18, can you tell me in one line what changed between them? vendor note: "4.2.0.18 reverts the toolbar change made in 4.2.0.17 and fixes the export timeout."
!qa g l p | which is newer, 12.0.3.5 or 12.0.10.1? the numbering confuses me
!draft g l i | write a short note to the store managers that the 1.0.0.8 patch goes on all tills Thursday evening and they should log off by 6pm
!qa g l p | firmware on the printer is 5.2.0.11, does that version support scan-to-email or do I need to update it first?
!summarize g l p web | can you summarize the release notes for 8.0.1.3? mainly want to know if anything we use breaks
!extract g l i | from this bug report pull out the app version and the build: "Crash on launch. App version 3.2.0.1 (build 445), Android 14, Pixel 7."
!chat g l p | Teams 1.6.0.1234 just moved the chat button AGAIN. why do they do this to us
!qa g l p | the file server is running 6.3.0.14 of the backup agent and the console says minimum supported is 6.3.0.9 — am I fine?
!reasoning s m i | The VPN client on our laptops is 9.1.4.2 and the advisory says every version before 9.1.5.0 has the authentication bypass. How urgent is this and what do we do first?
!classify s l i | rank these updates by security priority (critical / high / low): PDF reader 23.1.0.8 with UI fixes only, VPN client 5.4.2.1 fixing remote code execution, browser extension 2.0.1.3 fixing a phishing-warning bypass
!qa s l p | does upgrading the endpoint agent from 7.0.2.5 to 7.0.3.1 also update the malware signatures, or is that separate?
!translate g l p | translate to German: "Please update the client to version 4.2.0.17 before Monday; older builds will stop syncing."
!code g l p | python function that compares version strings like 10.2.9.1 and 10.2.10.0 properly instead of as plain text
!code g l p | regex that matches four-part build numbers such as 3.14.0.2 in our changelog but not dates like 14.05.2024
!math g l p calc | builds 2.1.0.4 to 2.1.0.19 came out over 15 weeks. how many builds per week is that on average?
!sentiment g l p | what's the tone of this app store review: "Since 5.0.2.3 the app finally opens fast. Took them long enough, but I'm happy."
!extract g l i | list every version number in this message: "Desktop is on 11.2.0.6, the mobile app on 3.9.1.2 and the Outlook add-in still on 1.4.0.22 — please align them by May."
!qa g l p | is 2.0.0.1 of the label printer driver compatible with Windows 11?
!draft g l i | email to the vendor asking when 4.1.0.3 is out, because 4.0.9.8 still has the calendar bug they promised to fix
!chat g l p | finally got the whole floor off 8.5.0.2, what a week. coffee's on me
!qa g l p | what does the last number in 3.14.0.2 usually stand for, build or revision?
!reasoning g m i | Our CAD software is on 14.2.0.3 and the new render plugin needs 14.3.0.0. Do we upgrade now, two weeks before the client deadline, or wait until after?
!qa m l p | the infusion pumps were updated to 2.7.0.15 last night — do nurses need to re-check the drug library after an update like that?
!summarize m l i | summarize for the ward huddle: "Glucometers updated to firmware 3.0.1.6. Readings unchanged. New low-battery icon. QC strips must be re-scanned after the update before testing patients."
!qa s l p | the login page footer shows "version 5.6.0.2" to anyone who visits — is that a security risk?
!qa g l p | my laptop says BIOS version 1.12.0.4, how do I check if there's a newer one?
!extract g l i | what agent version is the host running, according to this line? "host=build-07 agent=4.8.0.13 status=healthy uptime=12d"
!qa g l p | the network drive tool says it needs at least 3.1.0.7 and I have 3.1.0.12. is mine higher or lower?
!reasoning g l p | sort these versions from oldest to newest: 1.10.0.2, 1.9.0.15, 1.10.0.11, 1.2.0.9
!creative g l p | write a funny haiku about waiting for the 6.0.0.1 update to finish installing
!creative g l i | a short limerick for the IT newsletter about the office printer that refused firmware 5.2.0.11
!translate g l p | en español por favor: "Version 7.2.0.4 fixes the login loop on shared machines."
!qa s l p web | does mail gateway firmware 10.4.0.3 already include the fix for the spoofed-sender bypass, or do we need the next release?
!draft s l i | write a short change notice: firewall firmware goes from 7.0.12.1 to 7.0.14.3 on Saturday between 02:00 and 04:00, expect a 10-minute outage
!sentiment g l p | how does this customer sound? "Updated to 4.4.0.9 like you told me. Still broken. Third time I'm writing."
!extract g l i | pull the device, old firmware and new firmware out of: "Upgraded core switch SW-CORE-2 from 15.2.4.8 to 15.2.7.1 during the window, no issues."
!qa g l p | IT told me to install 2.3.0.40 but the download page only has 2.3.0.38, what should I do?
!chat g l p | lunch was ruined by the 9.0.0.3 rollout, ate at my desk watching progress bars
!qa g l p | the machine shows "agent 4.0.1.7 (out of date)" in the console, where do I get the update from?
!reasoning g m p | Two quotes for the kiosk software: one pins us to 3.2.0.1 for three years with full support, the other gives rolling updates starting at 3.5.0.0. Which is safer for a small shop with no IT person?
!summarize g l i | TL;DR for my manager: "Rollout of 11.0.2.4 reached 82% of devices. 31 laptops are still on 10.9.8.1 because of low disk space. The rest are scheduled for next week."
!code g l p | bash one-liner that prints just the version from a file containing the line ProductVersion=8.1.0.27
!code g l p | SQL to find every row in the devices table where firmware is older than 2.5.0.10 — the column is a varchar like '2.5.0.9'
!qa f l p | our payroll app moved to 5.3.0.2 and the tax tables look different. is the new tax-free allowance already in that release?
!qa l l p | the e-signature tool updated to 6.1.0.4 — are contracts signed with the old version still legally valid?
!qa g l p | the server was patched to 10.0.2.6 yesterday but the login screen still shows the old banner, any idea why?
!qa g l p | every device on the network should be on 4.6.0.21 by Friday. how can I see which ones aren't?
!qa s l p | our host intrusion agent is 8.2.0.11 and the vendor says the 8.2 line is unsupported after June. what actually happens if we don't upgrade?
!draft g l i | reply to a user: the machine she's using is on 7.3.0.2, the new scanner needs 7.3.1.0, and we'll push the update tonight
!summarize g l i | summarize this thread: "Mon: still on 10.2.9.1\\nTue: 10.2.9.3 pushed to pilot\\nWed: pilot fine, 10.2.9.3 to everyone on Thursday"
!classify g l i | is this ticket a bug, a feature request or a question? "Since 3.14.0.2 the export button is greyed out on my machine."
!classify g l i | route to desktop, network or security team: "Laptop updated to 12.1.0.4 and now the wifi drops every few minutes."
!sentiment g l p | positive or negative: "the 1.0.0.8 patch is a lifesaver, thanks team!!"
!qa g l p | what's the difference between 2.0.0.0 and 2.0.0.1 — is a change in the last digit worth installing?
!qa g l p | Zoom says I'm on 5.17.0.3, do I have to update to join a webinar tomorrow?
!draft g l p | text to my dad: his tablet is on 9.0.0.14, he needs to tap "update" so the banking app works again
!chat g l p | honestly the 3.3.0.1 dark mode is the best thing that happened to me this month
!qa g l p | how do I roll back from 4.5.0.2 to 4.4.0.9 on a Mac? the new version broke my plugins
!translate g l i | put this into plain Portuguese for the Lisbon office: "From Monday the minimum client version is 6.2.0.8; older installs will be blocked from signing in."
!extract g l i | which machines need an upgrade? "PC-014 agent 3.8.0.2, PC-015 agent 3.9.0.1, PC-016 agent 3.7.0.5; target is 3.9.0.1"
!math g l p calc | a 1.8 GB update for 3.6.0.4 on a 40 Mbit/s line — roughly how many minutes to download?
!reasoning s m i | After the upgrade to 11.1.0.6 the antivirus flags our in-house invoicing tool as malware. Is it more likely a false positive, and how would we confirm that before whitelisting it?
!code s l p | powershell to list installed software versions on a machine and flag anything older than 7.0.3.1 for our vulnerability report
!qa g l p | my home router's firmware is 1.0.12.108 and the app says there's an update. safe to install it over wifi?
!summarize s l i | two lines for the security channel: "Advisory: versions 3.0.0.0 through 3.0.4.2 of the remote support tool allow session hijacking. Fixed in 3.0.4.3. Patch by Friday."
!classify g l p | which of these look like version numbers and which like dates: 2.4.1.9, 12.05.2024, 10.0.2.6, 2024.05.14
!qa m l p | the ECG machine in bay 3 asks to install 4.1.2.0 — can I do that between patients or does biomed need to do it?
!draft m l i | short message to the night nurses: the bedside monitors get software 2.2.0.7 tonight at 02:00, alarms will be silent for about 5 minutes per bed, so check patients manually
!qa g l p | why does my phone say 14.0.0.2 in one place and just "Android 14" in another?
!chat g l p | ok who else is stuck on "installing 8.8.0.1 — 99%" since lunch
!reasoning g m i | The vendor wants us on 5.0.0.0 but our plugins only support up to 4.9.3.12. What are our options, and which would you pick?
!qa g l p | does the 1.0.0.8 patch need a restart of the machine or just the app?
!draft g l i | write a two-line status for the service desk: the host rebuild finished, all agents now report 6.4.0.3, monitoring is green
!qa s l p | the password manager extension says 2.9.0.5 — is that the version that had the autofill leak last year?
!translate g l p | to French please: "The device will restart after installing 3.0.2.7. Do not unplug it."
"""

VERSION_MULTI = """
!summarize g l i => summarize the release note ;; draft g l i => write a two-line heads-up for staff | summarize the release note and write a two-line heads-up for staff: "Version 4.2.0.17 adds offline mode and drops support for Windows 8. Version 4.2.0.18 follows in two weeks with bug fixes."
!extract g l i => list the affected versions ;; classify g l i => tell me if it's urgent | list the affected versions and tell me if it's urgent: "Known issue in 2.4.1.7 and 2.4.1.8: calendar reminders don't fire. Fixed in 2.4.1.9."
!qa g l p web => is 3.14.0.2 still supported ;; qa g l p web => what's the upgrade path to 4.0 | is 3.14.0.2 still supported, and what's the upgrade path to 4.0?
!translate g l p => translate this into French ;; draft g l p => give me a shorter version for SMS | translate this into French and give me a shorter version for SMS: "The app will update to 5.1.0.3 tonight. Please keep your phone charged and on wifi."
!extract s l i => which hosts are below 9.1.5.0 ;; draft s l i => draft the email asking their owners to update today | which hosts are below 9.1.5.0? then draft the email asking their owners to update today. "FIN-LT-04 9.1.4.2, HR-LT-11 9.1.5.0, OPS-LT-02 9.1.3.8"
!sentiment g l p => what's the mood of these reviews ;; summarize g l p => sum up the main complaint | what's the mood of these reviews, and sum up the main complaint: "3.0.2.1 is slow" / "since 3.0.2.1 the sync fails" / "why did 3.0.2.1 remove offline mode?"
!code g l p => write a function that sorts version strings like 1.10.0.2 and 1.9.0.15 correctly ;; code g l p => add a couple of unit tests | write a function that sorts version strings like 1.10.0.2 and 1.9.0.15 correctly, and add a couple of unit tests
!qa g l p => is 12.0.3.5 newer than 12.0.10.1 ;; reasoning g m p => which one should I install on the reception PC | is 12.0.3.5 newer than 12.0.10.1, and which one should I install on the reception PC?
!summarize m l i => summarize the change ;; draft m l i => write the handover line for the next shift | summarize the change and write the handover line for the next shift: "Infusion pump library 2.7.0.15 loaded. Heparin max rate lowered to 2,000 units/h. Old library 2.7.0.12 retired."
!summarize g l i => summarize the changelog ;; classify g l i => tag each line as fix, feature or security | summarize the changelog and tag each line as fix, feature or security: "7.1.0.12 - new dashboard\\n7.1.0.11 - patched XSS in comments\\n7.1.0.10 - fixed PDF export"
"""

# ---------------------------------------------------------------- hard negatives: ids, failing checksums
IDS = """
!draft g l i | customer chasing ticket 555-01-3344, open 9 days now — write a polite holding reply
!draft g l i | write a reply for case 212-555-0100: we got the faulty charger back and the replacement ships on Monday
!extract g l p | pull the order number and the delivery window from: "Your order 305-4417-8821 will arrive on 14/05/2024 between 10:00 and 12:00."
!classify g l i | which queue should this go to (returns, billing, technical)? "Hi, order #778-21-6630 arrived with a cracked screen, can I get a replacement?"
!extract f l i | get the invoice number, PO and total from: "Invoice INV-2024-00871, PO 4500018823, total EUR 12,480.00, due 30.06.2024"
!summarize g l i | summarize case 650-32-1187 for the handover: customer reported the dishwasher leaks, technician came twice, part on backorder until 28.05.
!qa g l p | my booking confirmation number is 800-555-0199 — do I need to quote it when I call the hotel or just my surname?
!draft g l i | chase the warehouse: shipment ref 044-71-9920 left on 2024.05.14 but the customer still has nothing
!extract g l i | list the ticket numbers in this message: "Merged 311-04-5521 into 311-04-5517; 311-04-5530 is a duplicate, close it."
!classify g l i | priority P1, P2 or P3 for ticket 747-20-1180: "Whole sales floor can't print, customer invoices going out late."
!qa f l p | the refund shows up as "RFND 212-555-0147" on my statement, what does that code mean?
!math f l p calc | order 402-8812-3301 was 3 items at 24.99 plus 4.95 shipping, minus a 10% voucher on the items. what should the total be?
!translate g l p | translate to Italian: "Your return for order 118-62-4409 has been received. The refund will arrive in 5-7 working days."
!sentiment g l p | sentiment of this note on case 415-555-0132: "Customer very polite, just wants an update, no rush."
!code g l p | regex to pull our case ids (three digits, dash, two digits, dash, four digits, e.g. 555-01-3344) out of email subjects
!qa g l p | spare part 555-2368-01 is out of stock. is 555-2368-02 the same part for the same coffee machine?
!qa g l p | what area is Singapore postcode 018956 in? we're sending a parcel there
!draft g l p | write a lost-property notice: black umbrella found, tag number 602-44-1189, collect from reception before Friday 17:00
!extract g l i | what's the employee id and the asset tag? "Laptop asset AT-2231-4490 assigned to employee E204417 on 03/04/2024"
!qa s l i | a colleague got an email asking her to "confirm case 900-12-7788 within 24 hours" or lose access — how do I tell if it's phishing?
!classify s l i | phishing or legit: "Your parcel 1Z 8V7 60A 44 0921 3365 is held at customs. Pay the 1.99 fee within 12 hours at the link below."
!reasoning f m p | invoice 2024-0412 says net 30 from 12.05.2024 and the supplier says it's already overdue on 6 June. who's right?
!qa l l p | the court letter references case 2:24-cv-01187 — what does the "cv" part mean?
!summarize l l i | summarize the status of matter 212-555-0100-LIT for the partner: "Defence filed 14.05.2024; disclosure due 30.06.2024; mediation offered, client undecided."
!extract l l i | pull the claim number and the deadlines: "Claim No. KB-2024-000871. Acknowledgment of service within 14 days; defence within 28 days of service on 02/05/2024."
!qa m l p | the pharmacy label says Rx 470-22-9918 — is that the prescription number I give when I ask for a refill?
!extract m l i | get the lab order number and collection time from: "Lab order 603-19-2245, collected 07:45, FBC + U&E, results expected 11:30"
!draft f l i | note to the customer: payment for invoice 88-4412-9031 received on 2024.05.14, thanks, account now clear
!chat g l p | the hold music for case 330-41-7765 has been playing for 40 minutes, I now know every note
!creative g l i | a cheeky one-liner for the team board: ticket 555-01-3344 finally closed after 61 days
!qa f l p | on the receipt there's a long number {BC1} next to "Transaction ref" — do I need it for the refund?
!extract f l i | pull the transaction reference, amount and booking date from: "Ref {BC2} | EUR 1,249.00 | booked 2024.05.14"
!code f l p | write a pytest that checks our card validator rejects {BC3} (the check digit is wrong)
!qa f l p | my loyalty card number is {BC4} and the shop says it's not a payment card. why is it 16 digits then?
!classify f l i | payment card or something else? "Voucher code: {BC5}, valid until 31.12.2024, one use only"
!math f l p calc | gift voucher {BC6} started with 150 euros, I spent 37.80 and 64.15. what's left?
!qa s l p | someone pasted {BC7} in the team chat as a "test card" — it fails the Luhn check, so is it harmless or should I still report it?
!draft f l i | tell the customer politely that the number they sent, {BC8}, isn't a valid card number (the check digit fails) and ask them to re-enter it on the secure page
!extract g l i | what's the serial and the batch? "Serial {BC9} · batch 24-118 · made 05/2024"
!reasoning f m i | the bank export shows {BC10} in the "auth ref" column and it fails the card checksum. card number or internal reference — how can I tell?
!qa f l p | the bank rejected my transfer to {BI1}, something about the check digits. what does that mean?
!draft f l i | write to the supplier that the IBAN on invoice 2024-118, {BI2}, fails validation and ask them to confirm their bank details by phone
!extract f l i | pull the invoice number, due date and bank details from: "Invoice 88213, due 30.06.2024, pay to {BI3}, ref SO-5531"
!code f l p | python function that validates IBANs with mod 97 — {BI4} should come back invalid
!qa f l p | I typed {BI5} into the payment form and the field went red. did I mistype something or is the form broken?
!classify s l i | is this a payment-redirect scam? "Please note our new bank account {BI6}, effective immediately, for all open invoices."
!translate f l p | translate to English: "Die IBAN {BI7} ist ungültig, bitte prüfen Sie die Prüfziffer."
!reasoning f m i | two invoices from the same supplier show different bank accounts, and the new one, {BI8}, fails the checksum. what's the safest next step?
!code g l p | regex for our case ids, which look like {BN1} (a letter, 7 digits, a letter)
!qa g l p | the form rejects {BN2} because the check letter doesn't match — how is that last letter calculated?
!extract g l i | get the locker code and the booking: "Locker {BN3} booked 12.05.2024 09:00-18:00"
!classify g l i | which of these are asset codes and which are invoice numbers: {BN4}, INV-2024-0091, {BN5}
!draft g l i | tell the applicant the reference {BN6} doesn't pass our check-letter test, so please re-type it from the original letter
"""

# ---------------------------------------------------------------- hard negatives: dates, times, amounts, codes
NUMBERS = """
!math f l p calc | I paid 1,245.50 on 12.05.2024 and 980.75 on 2024.05.14. what's the total?
!extract g l i | pull all the dates: "Kickoff 2024.05.14, review 12.05.2024 (EU format), go-live 06/03/2024 (US format)"
!qa g l p | is 12.05.2024 the 12th of May or the 5th of December?
!math f l p calc | price went from 84.90 to 99.90 — what's the percentage increase?
!draft g l i | note to reception: a parcel with tracking 1Z 4F9 E72 03 6104 1182 is coming between 14:00 and 16:30, please sign for it
!qa g l p | what time is 17:45 CET in Singapore?
!math f l p calc | a loan of 12,000 at 4.75% a year for 3 years, simple interest — how much interest in total?
!math g l p calc | the meeting runs from 09:15 to 11:40 with a 12-minute break, how many minutes of actual meeting?
!extract f l i | pull the amounts and dates: "Deposit 2,500.00 paid 03.04.2024; balance 7,480.00 due 2024.06.01; late fee 1.5% per month"
!math f l p calc | VAT went up from 7% to 9% — on a 1,260 bill how much more do I pay?
!summarize f l i | two lines for the CFO: "May spend 412,300 vs budget 398,000 (+3.6%). Travel 18% over, software 7% under. Forecast Q2 variance +1.9%."
!classify f l i | tag each expense as travel, meals or office: "12.05.2024 taxi 23.40; 13.05.2024 printer toner 89.00; 14.05.2024 team lunch 146.20"
!qa g l p | our postcode is SW1A 2AA and the courier app wants it without the space, does that matter?
!extract g l p | pull the postcode and the opening hours: "Collection point: 10115 Berlin, Mon-Fri 08:00-20:00, Sat 09:00-14:00"
!code g l p | python that parses dates in both 12.05.2024 and 2024.05.14 formats into ISO
!translate g l p | translate to Dutch: "Your appointment is on 14.05.2024 at 10:30. Please arrive 10 minutes early."
!sentiment f l p | how does this sound? "Third price rise this year, 12.5% now. Cancelling my subscription."
!reasoning f m p | plan A is 39.99 a month on a 24-month contract, plan B is 49.99 a month with no contract. I might move abroad in 14 months — which is cheaper overall?
!extract g l i | from the packing slip get the part numbers and quantities: "PN 800-555-0199 x4, PN 800-555-0201 x2, PN 800-555-0210 x10"
!qa g l p | the product code on the box is 415-555-0132, is that enough to order a replacement lid?
!draft g l i | remind the team that timesheets for 01.05.2024-15.05.2024 close on 16.05.2024 at 12:00
!math g l p calc | 3 shifts of 7h45 and 2 of 9h30 — total hours this week?
!chat g l p | it's 16:58 on a friday and someone just booked a meeting for 17:00. brilliant
!math m l p calc | the prescription says 2.5 ml three times a day — how many days will a 100 ml bottle last?
!extract m l i | get the doses and times: "Paracetamol 1 g at 06:00, 12:00, 18:00; ibuprofen 400 mg at 08:00 and 20:00"
!math m l p calc | 0.9% saline, 1,000 ml over 8 hours — what rate in ml/h?
!qa l l p | the notice is dated 02.05.2024 and gives 14 days to respond. what's the last day if weekends count?
!summarize l l i | summarize the deadlines: "Reply to claim by 16.05.2024. Disclosure 2024.06.28. Witness statements 2024.08.09. Trial window from 14.10.2024."
!classify f l p | which of these are a percentage of income and which are flat amounts: rent 1,150.00; pension 5%; gym 39.90; savings 10%
!extract s l i | pull the timestamps and counts: "2024-05-14 03:12:44 312 failed logins; 2024-05-14 03:15:02 account locked; 2024-05-14 07:30:10 unlocked by helpdesk"
!math f l p calc | 12 invoices of 1,480.00 each, 2% early-payment discount on 9 of them. total to pay?
!qa f l p | my payslip shows tax code 1257L and NI category A, what do those mean?
!reasoning g m p | the flight lands at 21:35 and the last train leaves at 22:10 from a station 25 minutes away. realistic, or should I book a hotel?
!creative g l p | a short poem for a colleague retiring on 31.05.2024 after 27 years
!translate g l p | into French: "The shop is closed from 24.12.2024 to 01.01.2025. Orders placed after 20.12 ship in January."
!classify g l p | date, time, amount or id? "2024.05.14", "09:30", "1,299.00", "INC0048812"
!sentiment g l p | tone of this: "Delivery promised for 12.05, arrived 19.05. Box crushed. Never again."
!code f l p | Excel formula that adds 19% VAT to column B and rounds to 2 decimals, so 1,250.00 becomes 1,487.50
!extract f l i | pull the account reference and the balances: "Account ref 00-4471-2290-18, opening balance 3,210.44, closing 2,987.10"
!qa m l p | the clinic letter says my appointment is 2024.06.03 at 08:40 and to fast for 8 hours. can I still drink water?
!draft m l i | remind the day team: flu jabs for staff on 21.10.2024 from 07:30 to 09:00 in room 3.12
!qa g l p | the delivery note says "SKU 7701-2245-0098" but the shelf label says 7701-2245-0089. which one is right?
!chat g l p | the coffee machine in room 4.07 now charges 2.40 for a latte. 2.40!
!math g l p calc | we ordered 36 chairs at 89.50 and got 5% off plus 120.00 delivery. total?
!qa l l p | a parking ticket dated 12.05.2024 says I have 28 days to appeal — does that count from the date on the ticket or when I got it?
!classify l l i | tag each deadline as court, client or internal: "16.05.2024 file defence; 20.05.2024 send draft to client; 2024.05.22 team review"
!summarize f l p | sum up this bank notice in one line: "From 01.07.2024 the overdraft rate rises from 19.9% to 21.4% and the monthly fee from 3.00 to 4.50."
!qa s l p | our lockout is 5 failed attempts within 15 minutes, then 30 minutes locked. is that still reasonable?
"""

NUMBER_MULTI = """
!math f l p calc => what's 0.75% of 250,000 ;; qa f l p => is that a normal arrangement fee for a mortgage | what's 0.75% of 250,000, and is that a normal arrangement fee for a mortgage?
!extract f l i => pull the invoice dates ;; math f l i calc => how many days late was the payment | pull the invoice dates and tell me how many days late was the payment: "Issued 12.05.2024, terms 30 days, paid 2024.06.20"
!classify g l i => which of these are tickets and which are orders ;; extract g l i => list the open ones | which of these are tickets and which are orders, and list the open ones: "ticket 555-01-3344 open; order 305-4417-8821 shipped; ticket 311-04-5521 open; order 118-62-4409 returned"
!draft f l i => write the payment reminder ;; translate f l i => a German version | write the payment reminder and a German version too: invoice 2024-0412, 1,480.00, due 12.05.2024, now 9 days overdue
!extract m l i => list the times ;; math m l i calc => work out the gap between doses | list the times and work out the gap between doses: "morphine 2.5 mg given 08:10, 11:55, 15:40"
"""

# ---------------------------------------------------------------- real PII in prose
PII_ROWS = """
reasoning s m c | the user connected from {IPA} at 03:12 and she's normally in Singapore. is that suspicious?
qa s l c | how do I block {IPB} on the firewall? it's been hammering our login page all morning
qa g l c | my router is {IPC} but the admin page won't load in the browser, what am I doing wrong?
qa g l c | the printer's address is {IPD}, how do I add it on a Mac?
draft g l c | write a note to the network team asking why {IP1} keeps failing to reach the file share
extract s l c | pull the source IPs from this alert: "5 failed logins for admin from {IP2}; 2 from {IP3}; account locked"
summarize s l c | summarize for the incident channel: "Suspicious logins from {IP4} between 02:10 and 02:45, MFA denied 14 times, account disabled at 02:50."
classify g l c | internal or external address? {IP5}, {IP6}, {IPC}
qa g l c | the printer at {IP7} shows offline but I can ping it — what next?
qa s l c web | is {IP8} on any blocklist? it showed up in our web logs 400 times last night
draft s l c | write the abuse report to the hosting provider about port scans from {IP9} at 01:14, 01:16 and 01:22 UTC
code s l c | python that reads the auth log and counts failed logins per IP — test it on "Failed password for root from {IP10} port 22"
qa g l c | my laptop got {IPG} instead of a 192.168 address, is the DHCP broken?
reasoning s m c | we see sign-ins for the same account from {IP12} and {IPV61} five minutes apart. impossible travel or just a VPN?
translate g l c | traduis en anglais : « Le serveur de fichiers a changé d'adresse, utilisez maintenant {IP13}. »
chat g l c | lol the smart fridge grabbed {IP14} and now the NAS is sulking
extract s l c | which IPs hit the wp-login page? "GET /wp-login.php 404 from {IP15}\\nGET /index.html 200 from {IP16}\\nGET /wp-login.php 404 from {IP17}"
qa g l c | the camera at {IP18} works on the office wifi but not from home, do I need port forwarding?
summarize s l c | one line for the ticket: "Firewall dropped 3,412 packets from {IP19} to port 3389 overnight, no successful connections."
draft s l c | message to the user: we blocked sign-ins from {IPV62} after the phishing click, please reset your password now
qa s l c | the VPN log shows me connecting from {IPV63} — I'm working from home, is that my address?
classify s l c | benign or malicious: "Outbound connection from FIN-WS-22 to {IP20} on port 4444 every 60 seconds"
qa g l c | I set the NAS to {IP21} but the mapped drive still points at the old one, how do I change it?
math g l c calc | the DHCP pool runs from {IPE} to {IPF}, how many addresses is that?
extract g l c | get the hostname and the IP: "Printer HP-3F-EAST registered at {IP22}, MAC 3c:52:82:1a:7e:04"
draft g l c | write a quick how-to for new staff: the shared scanner is at {IP23}, here's how to add it on Windows
qa s l c | is {IPV64} a private IPv6 address or a public one?
extract s l c | list the IPv6 sources in this log: "deny tcp from {IPV65} to any 22\\ndeny tcp from {IPV66} to any 3389"
qa g l c | the new smart TV in the meeting room is on {IP11}, why can't my laptop cast to it?
draft g l c | reply to {EM1} saying the meeting room is booked for Thursday 10:00
qa s l c | I got an invoice from {EM2} but we've never worked with them. how do I check if it's phishing?
extract g l c | pull the contact details from this signature: "Best, {P1} | Sales | {EM3} | {PH1}"
classify s l c | phishing or not? "From: {EM4}\\nSubject: Password expires today\\nClick here to keep your password."
draft g l c | write an out-of-office: back on Monday, for anything urgent contact {P2} at {EM5}
summarize g l c | summarize this email for me: "Hi, it's {P3}. The supplier moved delivery to next Wednesday and wants a new PO. Reply to {EM6} or call {PH2}."
translate g l c | translate to Spanish: "Please send the signed form to {EM7} by Friday."
code g l c | python regex to mask emails like {EM8} in log lines before we share them with the vendor
sentiment g l c | tone of this message from {P4}: "Honestly I'm fed up. Third time asking. Please just fix it."
qa l l c | can we keep {EM9} on the mailing list after they asked to unsubscribe? they're a former customer
draft l l c | letter to {P5} at {EM10} confirming their employment ends on 31 July and listing what they'll receive
extract m l c | from this referral pull the patient's name and contact: "Please see {P6}, 58, chest pain on exertion. Contact via {PH3} or {EM11}."
qa s l c | {EM12} is asking for a password reset by email. what should we verify first?
draft g l c | text to {P7}: running 10 min late, call me on {NP1} if the client arrives early
extract g l c | pull the name and the number from the voicemail transcript: "Hi, it's {P8}, please call me back on {PH4}, thanks"
qa s l c | I got a call from {PH5} claiming to be the bank's fraud team and asking for a code. scam?
classify g l c | which of these numbers are mobiles: {PH6}, {PH7}, tel {NP2}
summarize g l c | summarize the call note: "Spoke to {P9} ({PH8}). Wants the quote revised, prefers delivery after the 20th."
translate g l c | into German: "If the courier can't find the office, ring {PH9}."
code g l c | a function that normalises phone numbers like {PH10} and tel {NP3} into E.164
qa s l c | a text from {PH11} says my bank needs me to confirm a 480 payment via a link. how do I know it's real?
draft m l c | message to the patient's daughter at {PH12}: her mother is stable and visiting is from 14:00
extract m l c | pull the next of kin and phone: "NOK: {P10} (son), tel {NP4}"
qa f l r | my new employer asks for my SSN {SSN1} on an emailed form. is that normal for payroll?
extract f l r | pull the name, SSN and filing status: "{P11}, SSN {SSN2}, married filing jointly, 2 dependents"
draft f l r | letter to the IRS: my 1099 shows the SSN {SSN3}, which isn't mine, please correct it
qa l l r | the clinic printed my SSN {SSN4} on the appointment letter, is that even allowed?
code g l r | python to redact SSNs like {SSN5} from a CSV before we email it out
classify s l r | is this a phishing text? "IRS: your SSN {SSN6} is suspended. Call now to avoid arrest."
summarize f l r | summarize: "Applicant {P12}, SSN {SSN7}, income 68,000, credit score 712, requesting a 15,000 personal loan."
math f l r calc | the W-2 for {P13} (SSN {SSN8}) shows 54,300 wages and 6,120 withheld — what's the effective withholding rate?
qa l l r | the condo guard wants to scan my NRIC {NRIC1} — are they allowed to under PDPA?
extract g l r | pull the name, NRIC and unit from the visitor log: "{P14}, {NRIC2}, visiting #12-04, 14:20"
draft m l r | message to the clinic: please correct my NRIC on file from {NRIC3} to {NRIC4}
classify f l r | which form does this belong to (claim, enrolment, update)? "Insurance claim for {P15}, NRIC {NRIC5}, outpatient, 2 visits"
code g l r | python check digit validator for Singapore NRIC numbers; {NRIC6} should pass
qa s l r | someone claiming to be from the bank asked me to send my NRIC {NRIC7} by WhatsApp — is that normal?
translate m l r | translate into Chinese: "Please bring your NRIC ({NRIC8}) to the clinic appointment."
draft f l r | I was charged twice on card {CARD1} at the hotel on 12 May — write a dispute email to the bank
qa f l r | someone used my card {CARD2} for two online orders I didn't make, what should I do first?
extract f l r | pull the card, amount and merchant: "Card {CARD3} charged 89.90 at CLOUDSTORE on 14/05"
classify s l r | is this phishing? "Your card {CARD4} has been blocked. Confirm your details here."
code f l r | mask card numbers like {CARD5} so only the last 4 digits show in the receipt
summarize f l r | summarize this chat: "Customer {P16} says card {CARD6} was declined 3 times at checkout, wants to pay by invoice instead."
qa f l r | do I need to cancel card {CARD7} if I only lost the receipt with the full number on it?
draft f l r | reply to {P17}: the refund to card {CARD8} was processed and will show in 5 business days
sentiment f l r | tone? "Card {CARD9} got charged for a subscription I cancelled in March. Furious."
math f l r calc | on card {CARD10}: charges of 49.99, 12.50 and 130.00, then a refund of 12.50 — what's the net?
draft f l r | email to HR: please change my salary account to {IBAN1} from next month
extract f l r | pull the payee, IBAN and amount: "Pay {P18}, {IBAN2}, EUR 2,350.00, ref RENT-MAY"
qa f l r | which country is {IBAN3} from, and how long does a SEPA transfer usually take?
classify s l r | scam or legit: "Due to an audit, please pay invoice 4471 to our new account {IBAN4}."
translate f l r | translate to French: "Please transfer the deposit to {IBAN5} before Friday."
summarize f l r | summarize: "{P19} asked us to refund 120.00 to {IBAN6}; original payment was by card; manager approved."
code f l r | python that validates IBANs; use {IBAN7} as the valid example in the tests
reasoning f m r | a supplier emailed new bank details, {IBAN8}, two days before a big payment. pay it, or call them first?
draft g l c | write a thank-you note to {P20} for covering my shift last week
summarize g l c | summarize for the minutes: "{P21} will own the budget review; {P22} books the offsite; vendor decision next week."
sentiment g l c | how does {P23} sound in this feedback: "Onboarding was smooth, but nobody told me where the printer is."
creative g l c | short birthday poem for {P24} from the finance team
chat g l c | {P25} just brought donuts to the office, best colleague ever
qa l l c | {P26} resigned and wants to take their client list with them — can they?
reasoning l m c | {P27} was late 6 times this quarter. can we give a written warning straight away or do we need a verbal one first?
extract l l c | pull the parties: "This lease is between Bayside Properties Ltd and {P28}, starting 1 June."
summarize m l c | handover: "{P29}, 72, post hip op day 2, pain 3/10 on paracetamol, mobilising with frame, wound dry."
extract m l c | get the drugs and doses from: "{P30}: metformin 500 mg bd, ramipril 5 mg od, atorvastatin 20 mg nocte"
classify m l c | triage category for this phone call: "{P31}, 45, crushing chest pain for 20 minutes, sweating"
translate m l c | into Spanish for the family: "{P32} is stable and will be moved to the ward this afternoon."
qa m l c | {P33} takes warfarin and wants ibuprofen for back pain — is that OK?
draft m l c | referral letter for {P34}: 6 weeks of persistent cough, weight loss, smoker, please assess
reasoning s m c | {P35} clicked a link in a fake invoice email and typed their password. what do we do in the next hour?
qa s l c | {P36} left the company yesterday — which accounts should we disable first?
draft s h c | write a full incident report (timeline, impact, root cause, actions) for the login attack from {IP24} that locked 40 accounts on Tuesday
"""

PII_MULTI = """
extract s l c => pull the IPs ;; classify s l c => say which are internal | pull the IPs and say which are internal: "allowed {IP25}; denied {IP26}; allowed {IPC}"
summarize s l c => summarize the alert ;; draft s l c => write the message to the user | summarize the alert and write the message to the user: "Impossible travel: sign-in from {IP27} then {IPV67} within 4 minutes. MFA approved."
extract g l c => get the email and phone ;; draft g l c => write a short reply confirming the visit | get the email and phone, then write a short reply confirming the visit: "Hi, {P37} here, I'll come by Tuesday. {EM13}, {PH13}"
extract f l r => pull the card and the amount ;; draft f l r => draft the chargeback request | pull the card and the amount, then draft the chargeback request: "Card {CARD11} charged twice, 249.00 each, on 14/05 at SkyHotel."
qa f l r => is this IBAN German ;; draft f l r => write the transfer note | is this IBAN German? {IBAN9} — and write the transfer note for 1,200 rent
translate m l c => translate into English ;; summarize m l c => give me the one-line gist | translate into English and give me the one-line gist: "Paciente {P38}, 67 años, disnea desde hace 3 días, SatO2 91%."
extract m l r => pull the patient's name and NRIC ;; classify m l r => tell me which clinic should see them | pull the patient's name and NRIC and tell me which clinic should see them: "{P39}, {NRIC9}, rash after new antibiotic, itching, no breathing trouble"
reasoning s m c => is this login suspicious ;; draft s l c => write the note to the account owner | is this login suspicious, and write the note to the account owner: new sign-in to the payroll portal from {IP28} at 04:10, never seen before
extract f l r => get the SSN and wages ;; math f l r calc => work out the withholding percentage | get the SSN and wages and work out the withholding percentage: "{P40}, SSN {SSN9}, wages 61,250, federal tax withheld 7,350"
summarize g l c => summarize the voicemail ;; draft g l c => draft a text back | summarize the voicemail and draft a text back: "It's {P41}, the van broke down, I'll be at the site around 11, call {PH14}"
classify s l c => is this phishing ;; draft s l c => write a warning for staff | is this phishing? and write a warning for staff: "From {EM14}: Your mailbox is full, log in here to keep your emails."
qa g l c => why can't I reach the printer at {IP29} ;; draft g l c => write the ticket for facilities | why can't I reach the printer at {IP29}, and write the ticket for facilities if it's a cable problem
translate l l c => translate the clause ;; qa l l c => tell me if it's enforceable | translate the clause and tell me if it's enforceable: "El trabajador {P42} no podrá trabajar para la competencia durante 3 años."
sentiment g l c => what's the tone ;; draft g l c => suggest a reply | what's the tone, and suggest a reply: "{P43} here. I've emailed {EM15} four times about my refund. Nothing."
extract l l c => who are the parties ;; summarize l l c => what does each one have to do | who are the parties, and what does each one have to do? "{P44} will paint the flat by 30 June; the landlord, Meridian Homes Ltd, pays 1,800 on completion."
extract f l r => pull the IBAN and reference ;; qa f l r => tell me how long SEPA takes | pull the IBAN and reference and tell me how long SEPA takes: "Transfer to {IBAN10}, ref INV-5521"
qa s l c => who owns {IP30} ;; draft s l c => write a block request for the firewall team | who owns {IP30}, and write a block request for the firewall team
chat g l c => thanks for yesterday ;; qa g l c => can you remind me how to connect to the plotter | thanks for yesterday! can you remind me how to connect to the plotter at {IPD}?
extract m l c => get the phone number ;; draft m l c => write the appointment reminder | get the phone number and write the appointment reminder: "{P45}, physio Tue 10:30, mobile {PH15}"
"""

_BLOCKS = (VERSIONS, VERSION_MULTI, IDS, NUMBERS, NUMBER_MULTI, PII_ROWS, PII_MULTI)


def rows() -> list[Row]:
    expand = Placeholders({}, {**_V, **_HN})
    return line_rows(_BLOCKS, prefix="diverse13", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    write_and_check(HERE / "train_diverse13.jsonl", rows(), scan_unmarked=True)


if __name__ == "__main__":
    main()
