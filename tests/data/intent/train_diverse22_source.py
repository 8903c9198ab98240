"""Acceptance-style intent corpus ``train_diverse22``: hand-written requests, one by one.

Written the way an acceptance tester of the intent analysis would write cases: for
each of the twelve intents a spread of requests over the five domains (terse to
long, with pasted emails, logs, code, contracts, clinical notes, tables and chat
threads, including ones easy to confuse with a neighbouring intent), then
multi-task requests and PII-free hard negatives.

RECORD dialect of ``corpus.py``: ``@ intent d cx s [tool ...] [:: clause]`` lines
(one per task, in request order), an optional ``@ !hn``, then the request text.
In the text, ``{NAME}`` inserts a seeded checksum-valid value (marked) or an
unmarked look-alike, and ``[[TYPE:value]]`` marks a hand-written PII value
(PERSON, EMAIL, PHONE, IP_ADDRESS).

Run ``python tests/data/intent/train_diverse22_source.py`` to write and check
``train_diverse22.jsonl``.
"""

# ruff: noqa: E501  (data: requests read better unwrapped)

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import (
    CARD_RUN,
    HERE,
    Values,
    check_lookalikes,
    luhn_valid,
    mark,
    record_rows,
    write_and_check,
)

V = Values(22022)

# Checksum-valid values, each marked where it is inserted.
GOOD = {
    "VISA1": ("CREDIT_CARD", V.card("4", 16, " ")),
    "VISA2": ("CREDIT_CARD", V.card("4", 16, "-")),
    "VISA3": ("CREDIT_CARD", V.card("4", 16, "")),
    "MC1": ("CREDIT_CARD", V.card("52", 16, " ")),
    "MC2": ("CREDIT_CARD", V.card("2297", 16, "-")),
    "AMEX1": ("CREDIT_CARD", V.card("37", 15, " ")),
    "AMEX2": ("CREDIT_CARD", V.card("34", 15, "-")),
    "DISC1": ("CREDIT_CARD", V.card("6011", 16, " ")),
    "IBAN_DE": ("IBAN", V.iban("DE", True)),
    "IBAN_DE2": ("IBAN", V.iban("DE", False)),
    "IBAN_GB": ("IBAN", V.iban("GB", True)),
    "IBAN_GB2": ("IBAN", V.iban("GB", False)),
    "IBAN_FR": ("IBAN", V.iban("FR", True)),
    "IBAN_NL": ("IBAN", V.iban("NL", False)),
    "IBAN_ES": ("IBAN", V.iban("ES", True)),
    "IBAN_IT": ("IBAN", V.iban("IT", False)),
    "IBAN_CH": ("IBAN", V.iban("CH", True)),
    "IBAN_BE": ("IBAN", V.iban("BE", False)),
    "IBAN_IE": ("IBAN", V.iban("IE", True)),
    "IBAN_AT": ("IBAN", V.iban("AT", False)),
    "IBAN_PL": ("IBAN", V.iban("PL", True)),
    "IBAN_SE": ("IBAN", V.iban("SE", False)),
    "IBAN_NO": ("IBAN", V.iban("NO", True)),
    "IBAN_LU": ("IBAN", V.iban("LU", False)),
    "NRIC_S1": ("SG_NRIC", V.nric("S")),
    "NRIC_S2": ("SG_NRIC", V.nric("S")),
    "NRIC_T1": ("SG_NRIC", V.nric("T")),
    "NRIC_T2": ("SG_NRIC", V.nric("T")),
    "NRIC_F1": ("SG_NRIC", V.nric("F")),
    "NRIC_G1": ("SG_NRIC", V.nric("G")),
    "NRIC_M1": ("SG_NRIC", V.nric("M")),
    "SSN1": ("US_SSN", V.ssn()),
    "SSN2": ("US_SSN", V.ssn()),
    "SSN3": ("US_SSN", V.ssn()),
    "SSN4": ("US_SSN", V.ssn(" ")),
    "SSN5": ("US_SSN", V.ssn()),
    "SSN6": ("US_SSN", V.ssn()),
}


def _bad_nric(prefix: str) -> str:
    value = V.nric(prefix)
    letters = [c for c in "ABCDEFGHIJKLMNPQRTUWXZ" if c != value[-1]]
    return value[:-1] + letters[len(value) % len(letters)]


def _bad_iban(country: str, spaced: bool) -> str:
    """A wrong-checksum IBAN whose digit runs are not Luhn-valid card numbers either."""
    for shift in range(11, 90):
        value = V.bad_iban(country, spaced, shift=shift)
        runs = (re.sub(r"[ -]", "", m.group()) for m in CARD_RUN.finditer(value))
        if not any(luhn_valid(run) for run in runs):
            return value
    raise AssertionError(country)


# Unmarked look-alikes: each fails the checksum of what it imitates.
BAD = {
    "BADCARD1": V.bad_card("4", " "),
    "BADCARD2": V.bad_card("5", "-", shift=5),
    "BADCARD3": V.bad16(""),
    "BADCARD4": V.bad16(" "),
    "BADCARD5": V.bad_card("6011", "", shift=2),
    "BADCARD6": V.bad_card("4", "-", shift=7),
    "BADIBAN_DE": _bad_iban("DE", True),
    "BADIBAN_GB": _bad_iban("GB", False),
    "BADIBAN_FR": _bad_iban("FR", True),
    "BADIBAN_NL": _bad_iban("NL", True),
    "BADIBAN_ES": _bad_iban("ES", False),
    "BADIBAN_CH": _bad_iban("CH", True),
    "BADNRIC1": _bad_nric("S"),
    "BADNRIC2": _bad_nric("T"),
}
check_lookalikes(BAD)

HAND = re.compile(r"\[\[(PERSON|EMAIL|PHONE|IP_ADDRESS):([^\]]+)\]\]")


def expand(raw: str) -> str:
    """Insert generated values and mark hand-written ones."""
    for name, (kind, value) in GOOD.items():
        raw = raw.replace("{" + name + "}", mark(kind, value))
    for name, value in BAD.items():
        raw = raw.replace("{" + name + "}", value)
    raw = HAND.sub(lambda m: mark(m.group(1), m.group(2)), raw)
    assert "[[" not in raw and not re.search(r"\{[A-Z][A-Z0-9_]+\}", raw), raw
    return raw


# ------------------------------------------------------------------ summarize
SUMMARIZE = """
@ summarize g l p
tl;dr this for me pls: The city council voted 7-2 on Tuesday to extend the riverside bike lane by 3 km, with construction starting in spring and funded from the existing transport levy. Two councillors objected to the loss of parking on Mill Street.

@ summarize f m i
Can you boil the Q3 management commentary down to five bullets for the ops leads? Paste below.

Revenue rose 6% quarter on quarter to 41.2m, driven mainly by the enterprise tier. Gross margin slipped from 63% to 61% because of higher cloud hosting costs after the migration. Opex was flat. Headcount grew by 14, mostly in support. Cash at quarter end was 18.9m. The board approved the buy-back programme but deferred the dividend decision to Q4. Guidance for the full year is unchanged.

@ summarize l h c
Summarise the key obligations of each party in this master services agreement excerpt, in plain English, so the sales team knows what they can and can't promise.

4.1 Supplier shall provide the Services in accordance with the Service Levels set out in Schedule 2 and shall use all reasonable endeavours to remedy any Service Failure within the Resolution Times.
4.2 Customer shall provide Supplier with timely access to its premises, systems and personnel as reasonably required for the performance of the Services.
7.3 Neither party shall be liable for any indirect or consequential loss. Supplier's aggregate liability in any Contract Year shall not exceed 125% of the Charges paid in the preceding twelve (12) months.
9.2 Either party may terminate for convenience on ninety (90) days' written notice, provided that Customer shall pay all Charges accrued up to the termination date together with the Exit Fee set out in Schedule 5.
11.4 Supplier shall not subcontract any part of the Services without Customer's prior written consent, such consent not to be unreasonably withheld.

@ summarize m m r
Please give me a short handover summary of this discharge note for the community nurse.

Patient: [[PERSON:Harold Baptiste]], 78M. Admitted 03/11 with community-acquired pneumonia, right lower lobe. Treated with IV co-amoxiclav 48h then switched to oral, 5 days total. O2 weaned day 3. Background T2DM (metformin), AF on apixaban, mild cognitive impairment. Mobilising with frame. Discharge meds unchanged apart from the antibiotic course. Needs repeat CXR in 6 weeks and bloods (FBC, CRP) at GP in 1 week. Lives alone, daughter visits daily.

@ summarize s m c
Summarize what happened in this auth log, I need it for the morning stand-up.

Nov 14 02:11:07 bastion-2 sshd[4121]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 51122 ssh2
Nov 14 02:11:09 bastion-2 sshd[4121]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 51122 ssh2
Nov 14 02:11:12 bastion-2 sshd[4125]: Failed password for root from [[IP_ADDRESS:185.220.101.47]] port 51188 ssh2
Nov 14 02:14:40 bastion-2 sshd[4190]: Accepted publickey for deploy from [[IP_ADDRESS:10.20.4.15]] port 40022 ssh2
Nov 14 02:15:02 bastion-2 sudo: deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
Nov 14 02:31:55 bastion-2 sshd[4402]: Failed password for invalid user oracle from [[IP_ADDRESS:185.220.101.47]] port 52310 ssh2

@ summarize g m c
Condense this Slack thread into a decision + open questions format.

[09:02] [[PERSON:Tomasz Wieczorek]]: are we still moving the offsite to the 24th?
[09:04] [[PERSON:Ines Carvalho]]: venue can only do the 24th if we drop to 40 people
[09:05] [[PERSON:Tomasz Wieczorek]]: 40 is fine, design team can dial in
[09:11] [[PERSON:Ruth Adeyemi]]: who's booking the coach? last time nobody did
[09:12] [[PERSON:Ines Carvalho]]: I'll do it but need a cost centre
[09:20] [[PERSON:Tomasz Wieczorek]]: use marketing's, I'll square it with finance
[09:22] [[PERSON:Ruth Adeyemi]]: ok and dietary requirements form still not sent out

@ summarize f h c
I'm presenting to the credit committee in 20 minutes. Give me the gist of this borrower memo: main risks, mitigants and the recommendation. Don't add anything that's not in the memo.

Borrower: Northway Logistics Ltd. Facility requested: 12m revolving credit, 3 years. Leverage currently 3.4x net debt/EBITDA, forecast to fall to 2.8x after the disposal of the Leeds depot. Interest cover 4.1x. Customer concentration is high: the top two customers account for 47% of revenue, one contract renews in June next year. Fuel costs are hedged for 70% of expected volume through next year. Security: first-ranking debenture plus guarantees from the two operating subsidiaries. Covenants proposed: leverage below 3.5x, interest cover above 3.0x, tested quarterly. Relationship manager recommends approval subject to a cash sweep of 25% of excess cash flow if leverage exceeds 3.0x.

@ summarize m l p
Summarise the main findings of this abstract in one sentence: "In a randomised trial of 1,204 adults with moderate hypertension, a low-sodium diet combined with potassium-enriched salt substitute reduced systolic blood pressure by a mean of 5.4 mmHg over 12 weeks compared with usual diet, with no increase in hyperkalaemia events."

@ summarize l m i
Give me the headline changes between the old and new versions of our remote-work policy, short list only.

OLD: Employees may work remotely up to two days per week with manager approval. Equipment is provided on request. Working from abroad is not permitted.
NEW: Employees may work remotely up to three days per week; teams may set a minimum of one common office day. A home-office allowance of 300 per year replaces equipment requests. Working from abroad is allowed for up to 20 working days per year subject to HR and tax review.

@ summarize s h c
Write an executive summary of the pentest findings below for the CISO — no more than a paragraph, emphasise business risk, not technical detail.

Finding 1 (Critical): SQL injection in /api/v2/reports?sort= parameter allows extraction of the customer table.
Finding 2 (High): Admin panel reachable from the internet with no MFA; default lockout disabled.
Finding 3 (Medium): TLS 1.0 still enabled on the legacy payments host.
Finding 4 (Medium): Verbose stack traces returned to the client on 500 errors.
Finding 5 (Low): Missing security headers (HSTS, X-Content-Type-Options) on marketing site.
Remediation of 1 and 2 was verified on retest; 3–5 remain open.

@ summarize g l p
Shorten this to a tweet-length summary: Our new office in Rotterdam opens on 2 June. It has 120 desks, a rooftop garden and is five minutes from Centraal station. The team there will focus on logistics customers across the Benelux.

@ summarize f m i
Summarize the variance commentary from this table — which lines drove the miss?

| Line | Budget | Actual | Var |
| Subscriptions | 8,400 | 8,150 | -250 |
| Services | 1,900 | 1,320 | -580 |
| Hardware | 600 | 710 | +110 |
| Travel | 240 | 310 | -70 |
| Contractors | 950 | 1,180 | -230 |

@ summarize m h r
Our MDT meets tomorrow. Could you summarise this oncology referral into problem list / history / current question? Keep the drug names exactly as written.

Referral from Dr [[PERSON:Anjali Deshpande]] re [[PERSON:Miriam Koval]], DOB 14/02/1961, NHS no. withheld. 63F with ER+/PR+/HER2- invasive ductal carcinoma left breast, T2N1M0, diagnosed 2021. Wide local excision + SLNB, adjuvant FEC-T, radiotherapy, then letrozole from 2022. Now 8-month history of lower back pain; MRI shows lesions at L2 and L4 suspicious for metastases, bone scan pending. CA 15-3 rising (31 → 58). ECOG 1. Also hypothyroid on levothyroxine, osteopenia. Question for MDT: biopsy of L4 lesion vs. proceed to CDK4/6 inhibitor plus fulvestrant on imaging grounds.

@ summarize l l p
What's the short version of GDPR Article 17?

@ summarize s l i
Summarise this vuln scanner output in two lines.

CVE-2023-44487 (HTTP/2 Rapid Reset) - 14 hosts - High
CVE-2024-3094 (xz-utils backdoor) - 0 hosts - Critical
CVE-2023-4863 (libwebp heap overflow) - 3 hosts - High
CVE-2022-0778 (OpenSSL infinite loop) - 22 hosts - Medium

@ summarize g m c
Can you recap this meeting transcript? Action items with owners at the end please.

[[PERSON:Felix Brandt]]: OK so the migration to the new ticketing tool — we're at about 60% of queues moved.
[[PERSON:Nadia Haddad]]: The billing queue is blocked because the macros don't port over.
[[PERSON:Felix Brandt]]: Can we rewrite them as automations?
[[PERSON:Nadia Haddad]]: Probably, I'd need a week. I'll take it.
[[PERSON:Owen Gallagher]]: Training for the EMEA agents is booked for the 12th. APAC still needs a slot.
[[PERSON:Felix Brandt]]: [[PERSON:Owen]], can you sort APAC? And we agreed we cut over the rest on the 30th, right?
[[PERSON:Owen Gallagher]]: Yes, 30th, assuming billing is done.

@ summarize f l p web
Summarize the Fed's latest rate decision in a few sentences.

@ summarize m m c
A patient sent us this long complaint email. Summarize the actual clinical concerns (ignore the venting) so the practice manager can triage it.

From: [[EMAIL:d.oyelaran@mail.co.uk]]
I have been waiting SIX WEEKS for my blood results and nobody calls back. When I finally got through the receptionist said the sample was "lost". Meanwhile my hands and feet are tingling more and I've had two dizzy spells at work. The GP said it could be B12 but how would I know without the results?? I am also still on the omeprazole which I was told to stop after 8 weeks, it's been 5 months. Frankly this is a disgrace.
[[PERSON:Damilola Oyelaran]]

@ summarize l h c
Our litigation team needs a neutral summary of this deposition extract: who said what about the delivery date, and where the witness contradicted himself.

Q: When did you first learn the shipment would be late?
A: I think mid-March. Maybe the 15th.
Q: Your email of March 3 says "we're going to miss the 31st, no way around it." Did you write that?
A: I wrote it, but that was just a worry, not a fact.
Q: Did you tell the customer?
A: Not until April. We were hoping to catch up.
Q: Earlier you said you learned mid-March. Which is it?
A: I knew there was a risk on the 3rd. I knew for sure around the 15th.

@ summarize s m i
Give me the gist of this firewall change request so I can approve or bounce it.

CR-5512: Open TCP 5432 from the analytics subnet to the new reporting replica. Justification: BI dashboards moving off the primary DB. Duration: permanent. Rollback: remove rule. Risk assessment: low, source restricted to /24, replica is read-only. Tested in staging on 2 Oct.

@ summarize g l p
Summarise the plot of Hamlet in three sentences.

@ summarize f h i retr
Summarise what our treasury policy says about counterparty limits and FX hedging — it's in the policy library somewhere, I just need the key rules.

@ summarize m l i
One-line summary of the new visiting hours notice please: From Monday, visiting on wards 4-9 is 2pm-8pm daily, two visitors per bed, children under 12 only with the nurse in charge's agreement. ICU and the neonatal unit keep their own arrangements.

@ !hn
@ summarize g m i
Summarize the status of these tickets for the weekly report:
INC0048213 – VPN drops on Mac clients after update 4.2.0.17 – resolved 12/03
INC0048240 – Printer on floor 3 offline – open, part 7741-0032-A on order
INC0048251 – Laptop refresh batch 2026-Q1 – in progress, 38 of 120 devices shipped
CHG0019932 – Patch Exchange to build 15.2.1544.14 – scheduled 2026-03-21 22:00

@ !hn
@ summarize f m i
Give me a short summary of the invoice disputes in this list, grouped by customer.

INV-2025-10443, Brightline, 14,250.00 EUR, disputed: duplicate charge of the March licence
INV-2025-10451, Brightline, 2,130.50 EUR, disputed: PO 4500018822 not referenced
INV-2025-10502, Harcastle Foods, 880.00 EUR, disputed: delivery note DN-77120 missing
INV-2025-10517, Harcastle Foods, 11,040.00 EUR, disputed: rate card v3.1 vs v3.2
INV-2025-10533, Ostrava Metal, 6,300.00 EUR, not disputed, paid 2025-11-28

@ !hn
@ summarize s m i
Summarise the release notes for the EDR agent upgrade, security-relevant changes only.

Agent 7.11.0.2204 (released 2025-09-30)
- Fixes tamper-protection bypass when the service is stopped via WMI (ref SEC-2291)
- Adds detection content pack 2025.09.3
- Minimum supported kernel now 5.4.0-150
- Drops support for agent versions older than 7.6.0.1
- Performance: scan cache reduced memory by 18%

@ summarize g l i
summarise pls:

Hi all, the kitchen on level 2 will be closed Thursday for the deep clean. Use the level 4 one. Also the lost property box is being emptied Friday, anything left goes to charity. Thanks, Facilities

@ summarize l m c
Can you give me the essentials of this NDA before I sign it? What am I actually agreeing to?

MUTUAL NON-DISCLOSURE AGREEMENT between Qentra Analytics BV and the undersigned. 1. "Confidential Information" means all information disclosed by either party, whether oral or written, marked or unmarked, relating to the Purpose. 2. The Recipient shall not use Confidential Information for any purpose other than evaluating a potential partnership (the "Purpose"). 3. Obligations survive for five (5) years from the date of disclosure, save for trade secrets, which are protected indefinitely. 4. The Recipient shall not solicit any employee of the Discloser for twelve (12) months. 5. Governing law: the Netherlands; courts of Amsterdam.

@ summarize m m i
Summarise the key points from this pharmacy bulletin for ward staff: Due to a national shortage, IV metronidazole 500 mg/100 mL bags are restricted until further notice. Use oral metronidazole where the patient can absorb. For intra-abdominal sepsis, microbiology approval is needed before IV use. Alternative anaerobic cover per antimicrobial guideline section 5.2.
"""

# ------------------------------------------------------------------ draft
DRAFT = """
@ draft g l i
Write a short email telling the team the office will be closed on Friday for the electrical inspection.

@ draft f m c
Draft a polite but firm payment reminder to a client whose invoice is 45 days overdue. Client contact is [[PERSON:Gareth Pryce]] ([[EMAIL:g.pryce@harlowbuild.co.uk]]). Amount outstanding 18,400 GBP, original due date 30 September. Mention that we'll have to pause the maintenance service if not paid within 14 days.

@ draft l h c
Please prepare a first draft of a data processing agreement clause covering sub-processors: prior written notice of 30 days, right to object, flow-down of equivalent obligations, and the processor staying fully liable for sub-processor failures. UK GDPR wording.

@ draft m m i
Draft a patient information leaflet about preparing for a colonoscopy — bowel prep, diet the day before, what to bring, and when to call us. Reading age around 11.

@ draft s m i
Write the incident notification that goes to all staff about the phishing campaign this morning: emails pretending to be from payroll asking people to "confirm bank details". Tell them not to click, how to report, and that IT has blocked the sender domain.

@ draft g m p
Need a job ad for a junior data analyst, hybrid, Manchester. SQL, Excel, some Python nice to have. Friendly tone, not corporate.

@ draft f h c retr
Draft the memo to the audit committee explaining why we're changing the revenue recognition for multi-year licences from upfront to ratable. Reference the relevant sections of our accounting policy manual and last year's auditor management letter.

@ draft l m c
Write a reply to the landlord's solicitor saying we dispute the dilapidations schedule, we'll instruct our own surveyor, and we reserve all rights. Their letter is from [[PERSON:Fiona McAllister]] at Brodie Kerr LLP.

@ draft m h r
Write a referral letter to cardiology for this patient. Keep it concise and clinical.

[[PERSON:Ebo Mensah]], 54M, DOB 02/07/1971, SSN {SSN1}. Exertional chest tightness x 3 months, now at 200 m on the flat. Resting ECG: T-wave inversion V4-V6. Troponin negative x2. BP 156/94. LDL 4.6. Smoker 20 pack-years. Father MI at 52. Started atorvastatin 40 and aspirin. Please assess for CT coronary angiography vs functional testing.

@ draft s h c
Draft an acceptable-use policy section on generative AI tools for our employees: what's allowed, what data must never be pasted in (customer data, credentials, source code under NDA), approval for new tools, and consequences. Keep it under a page.

@ draft g l p
Can you write a thank-you note to a speaker who gave a talk at our meetup last night?

@ draft f m i
Write the commentary paragraph for the monthly pack: sales up 4% on last month, margin held at 38%, DSO worsened from 41 to 47 days because of two late payers in the public sector.

@ draft g m c
Rewrite this email so it's less passive-aggressive, keep the same points:

"As I have already mentioned multiple times, the deck needs to be with me by Wednesday. It would be nice if, for once, I didn't have to chase. Please make sure the numbers actually match the model this time."

@ draft l l c
Draft a two-line out-of-office for the legal team during the Christmas shutdown, with the emergency contact [[PERSON:Rhys Jones]] ([[EMAIL:rhys.jones@northgrid.com]]).

@ draft m m c
Please draft a letter to a patient's employer confirming she attended hospital appointments on 4, 11 and 18 March. Patient [[PERSON:Leah Goldberg]]. Don't mention the diagnosis.

@ draft s m i
Write a runbook section: "What to do when the SIEM shows an impossible-travel alert". Steps for the L1 analyst, when to escalate, what to record.

@ draft f l p
Write a LinkedIn post announcing we've closed our Series B.

@ draft g h i
We need a change-management announcement for rolling out the new expense tool across 14 countries. Audience: all employees. Cover why we're changing, timeline (pilot in Ireland in April, everyone else by September), training sessions, what happens to old claims, and where to get help. Two versions: a short intranet banner and a full article.

@ draft l m c
Draft a cease and desist letter to a former contractor who is using our logo on his portfolio site without permission. His name is [[PERSON:Niall Brennan]], email [[EMAIL:niall@brennandesign.ie]].

@ !hn
@ draft f m i
Write an email to the supplier asking them to reissue invoice INV-88231-B because it quotes PO 4500093117 instead of PO 4500093171, and the total should be 12,906.40 not 12,960.40.

@ !hn
@ draft g l i
Draft a short note to the service desk: asset tag AT-2291-0457 was returned on 2025-12-04 and ticket RITM0031188 can be closed.

@ !hn
@ draft s m i
Write the change notice for Saturday's maintenance: firewall firmware goes from 10.2.9.4 to 10.2.10.1, window 23:00–01:00 UTC, change ref CHG-2026-0412, expected outage of the guest Wi-Fi for about 10 minutes.

@ draft m l i
Write a reminder for the ward whiteboard: hand hygiene audit next week, bare below the elbows.

@ draft f h r
Prepare the letter to the bank instructing them to change the beneficiary account for our payroll run. Old account {IBAN_GB}, new account {IBAN_GB2}, effective from the April payroll. Signed by [[PERSON:Catherine Osei]], Finance Director.

@ draft g m c
Write a friendly Slack announcement welcoming [[PERSON:Mateo Ruiz]] to the platform team — he's joining from Buenos Aires, loves climbing, and will own the CI pipelines.

@ draft s l i
short email to devs: rotate your personal access tokens by Friday, old ones get revoked.

@ draft l h c retr
Draft our response to the regulator's information request. They want a description of our complaints-handling process, volumes for the last 12 months, and any systemic issues identified. Pull the figures from the complaints register and use the wording from our approved policy.
"""

# ------------------------------------------------------------------ creative
CREATIVE = """
@ creative g l p
Write a haiku about Monday morning stand-ups.

@ creative f l p
Give me a limerick about quarter-end close for the finance team's Christmas card.

@ creative s m p
Write a short story (300 words) for our security awareness newsletter in which an office manager nearly falls for a fake CEO gift-card request but notices something odd at the last second.

@ creative m m p
Can you write a gentle bedtime story for a 6-year-old who is going into hospital for a tonsil operation? Make the hero a brave little fox.

@ creative l l p
Write a funny poem about reading the terms and conditions.

@ creative g m p
Brainstorm ten names for our new internal developer portal. Something playful, short, no acronyms.

@ creative g m p
Come up with five taglines for a reusable coffee cup made from recycled ocean plastic.

@ creative s h p
I run a tabletop incident-response exercise next month. Invent a realistic but fictional scenario: a mid-size retailer, ransomware discovered on a Friday evening, with three injects that escalate over the weekend (press enquiry, a ransom note with a deadline, evidence of data exfiltration). Give each inject a short narrative.

@ creative f m p
Write a rap verse explaining compound interest for our financial literacy workshop with teenagers.

@ creative m l p
Write an uplifting poem to put in the nurses' break room for International Nurses Day.

@ creative g l p
Make up a riddle whose answer is "a spreadsheet".

@ creative l m p
Write a short courtroom scene, in the style of a legal drama, where a junior associate finds the crucial clause in a contract at the last minute.

@ creative g m i
Our team mascot is a grumpy pigeon called Kevin. Write a short comic strip script (4 panels) of Kevin discovering the new hot-desk booking system.

@ creative s l p
Give me a catchy slogan for password-manager adoption week.

@ creative f h p
Write the opening chapter (about 500 words) of a thriller novel set in a London trading firm, where a junior risk analyst spots a pattern of trades that shouldn't exist.

@ creative m m p
Write a song chorus for a hand-washing campaign aimed at primary schools. Needs to be about 20 seconds long when sung.

@ creative g l p
Write a sonnet about a printer that never works.

@ creative l l p
Invent a fictional law firm name and a one-line motto for a board game we're designing.

@ creative g m p
Write a whimsical product description for a desk plant that "thrives on neglect and spreadsheets".

@ creative s m p
Write a short poem from the point of view of a firewall that's tired of blocking the same port scans every night.

@ creative f l p
Funny fortune-cookie messages for the accounts payable team, five of them please.

@ creative m h p
I'm writing a short film about a rural GP in the 1950s. Draft a monologue (about two minutes) where she tells a frightened young mother that her child's fever will pass, drawing on her own memories of the war.

@ creative g l p
Write a two-sentence horror story set in an open-plan office.

@ creative g m i
Invent a backstory and personality for the chatbot persona on our HR help page, called "Juniper". A paragraph, warm but professional.

@ !hn
@ creative g m p
Write a tongue-in-cheek ode to release 3.14.15.92 of our build tool, the one that finally fixed the caching bug after 2,718 commits.

@ !hn
@ creative f l p
Write a short poem for the retirement card of our longest-serving accountant, mentioning the 1,000,000th invoice she processed (INV-1000000) and her 31 years.

@ !hn
@ creative s m p
Create a fictional CTF challenge story: the flag is hidden in a server log at 03:14:07, the rogue process has PID 31337 and version string 0.9.8.25. Write the briefing players receive.

@ creative l m p
Write the lyrics of a sea shanty about compliance training, four verses and a chorus.
"""

# ------------------------------------------------------------------ reasoning
REASONING = """
@ reasoning g m i
We can either hire two contractors for six months or one permanent senior engineer. The roadmap has a hard deadline in Q3 and then maintenance work after. Which makes more sense and why?

@ reasoning f h c
Talk me through whether we should refinance the term loan now or wait. Current loan: 25m at 6.8% fixed, 4 years left, prepayment penalty 2% of outstanding. The bank is offering 5.9% floating (SONIA + 1.7%). Our treasurer thinks rates will drop another 75 bp over the next 18 months, but our cash flow is seasonal and we breached headroom last winter. Weigh the risks, not just the interest saving.

@ reasoning l h c
Our supplier missed three delivery deadlines in a row. The contract says we can terminate for "material breach" with 30 days to remedy, but it also has a clause saying time is not of the essence. Do we have a strong case to terminate, or would we risk a wrongful termination claim? Reason it through step by step.

@ reasoning m h c
A 45-year-old patient presents with fatigue, weight gain, cold intolerance and constipation, TSH 11.2 mU/L, free T4 at the lower limit of normal. She's also on lithium for bipolar disorder. What's the most likely explanation, and what would you weigh before starting levothyroxine?

@ reasoning s h i
Our EDR flagged powershell.exe spawning from winword.exe on three finance laptops within 10 minutes, but the proxy shows no outbound connections to unknown domains and the documents came from an internal SharePoint. Is this more likely a real intrusion or a false positive from the new macro-enabled budgeting template? What evidence would settle it?

@ reasoning g l p
If all our managers are on the leadership programme and one of the new starters is on the leadership programme, does that mean that new starter is a manager?

@ reasoning f m i
Why would our gross margin go down while revenue per customer goes up? Give me the plausible explanations ranked by likelihood.

@ reasoning g h i
We have three office locations and need to pick one to close. Dublin: 80 staff, lease ends in 2027, highest rent per desk. Leeds: 35 staff, lease ends next year, desks 40% used. Kraków: 120 staff, cheapest, but the whole support team is there and it's growing. Lay out the trade-offs and recommend one.

@ reasoning l m i
Is a verbal agreement to extend a contract binding if the original contract requires amendments to be in writing? Think through both sides.

@ reasoning s m i
Should we enforce MFA on service accounts too, or is it enough to restrict them by IP and rotate secrets every 90 days? Pros and cons.

@ reasoning m m i
Our clinic's no-show rate jumped from 8% to 15% after we switched from phone reminders to SMS. Is the SMS the cause, or could something else explain it? How would we tell?

@ reasoning f h i
Evaluate this argument from our sales director: "Discounting 20% for annual prepay is free money because we get the cash upfront." Where's the flaw, if any?

@ reasoning g m p
Which is the better choice for a 6-person startup: Notion or Confluence? Consider cost, lock-in and how they'll grow.

@ reasoning l h c
Given the facts below, which jurisdiction's law most likely governs the dispute?

Contract signed electronically by a German buyer and a Dutch seller. No governing-law clause. Goods shipped from Rotterdam to Munich. Payment made in EUR to a Belgian bank account. The dispute is about defective goods discovered in Munich.

@ reasoning s h c
We found our API keys in a public GitHub repo that was forked 14 times before we made it private. The keys were rotated 2 hours after discovery. Walk me through what an attacker could have done in the window and what we need to check to be confident we're clean.

@ reasoning m h r
[[PERSON:Kwame Asante]], 67, on warfarin for AF, INR 4.8 this morning, no bleeding, needs a dental extraction on Thursday. Reason through the options: hold doses, give vitamin K, or postpone the extraction?

@ reasoning g l p
Puzzle for the team quiz: three people check into a hotel room costing 30, pay 10 each. The clerk realises it should be 25 and sends the bellboy with 5. He keeps 2 and gives each person 1 back. So each paid 9, 27 total, plus 2 with the bellboy is 29. Where did the missing pound go?

@ reasoning f m c
Our CFO wants to move the pension scheme into a buy-in with an insurer. The trustees are hesitant. What questions should they be asking before they agree?

@ reasoning s m i
A user says he got an MFA push he didn't request at 3am, and he denied it. Nothing else suspicious. How worried should we be and why?

@ reasoning g m i
Our employee engagement survey response rate fell from 72% to 41% this year, but the satisfaction score went up. Can we trust that improvement?

@ reasoning m m p
Why do some antibiotics need to be taken with food and others on an empty stomach? Explain the reasoning, not just the list.

@ reasoning l m c
A former employee signed a 12-month non-compete covering "all of Europe". He's now working for a competitor in Portugal. Would a court likely enforce it? Consider reasonableness.

@ !hn
@ reasoning g m i
Release 2.7.0.114 fixed the crash but 2.7.0.118 reintroduced it, and 2.7.0.116 was never deployed. Builds 114→118 only touched the logging module and the font cache. What is the likely culprit, and how would you narrow it down?

@ !hn
@ reasoning f h i
Order 700-4418829-3310204 shows as shipped but the customer says nothing arrived; tracking 1Z999AA10123456784 shows delivered on 2025-11-03 at 14:12. Refund now or wait for the carrier investigation? Reason about the cost of each option given the order is 1,249.00.

@ reasoning s m i
Could disabling SMBv1 across the estate break anything important? We still have a couple of old multifunction printers.
"""

# ------------------------------------------------------------------ math
MATH = """
@ math g l p
What's 17.5% of 2,340?

@ math f m i
If we invest 250,000 at 4.2% compounded monthly, what will it be worth after 7 years?

@ math f m i
Calculate the NPV of these cash flows at a 9% discount rate: year 0 -1.2m, year 1 300k, year 2 420k, year 3 480k, year 4 510k. Also the IRR.

@ math m m i
Dosing check: child weighs 18 kg, amoxicillin 40 mg/kg/day in three divided doses, suspension is 250 mg/5 mL. How many mL per dose?

@ math g l p
Convert 72 degrees Fahrenheit to Celsius.

@ math f h c
Work out the weighted average cost of capital: equity 60m market value, cost of equity 11.5%; debt 40m, pre-tax cost 6.2%; tax rate 25%. Then tell me how it changes if we add another 10m of debt at 7%.

@ math s m i
If a password is 12 characters drawn from 94 printable ASCII characters, how many possible combinations is that, and how long would it take to brute-force at 10 billion guesses per second on average?

@ math l m i
The settlement is 1.8m, the firm takes a 33% contingency fee, then expenses of 62,400 come off the client's share. How much does the client receive?

@ math g m i
Our team answered 1,842 tickets in January with 14 agents working 21 days. What's the average per agent per day? And if volume grows 12% in February with one agent leaving, what's the new average?

@ math m h i
In a trial, 48 of 600 patients on the drug had a stroke vs 72 of 600 on placebo. Compute the absolute risk reduction, relative risk reduction and number needed to treat, with a 95% confidence interval for the ARR.

@ math f l p
How much is 3,450 USD in euros at 0.9213?

@ math g m p
A train leaves at 08:47 and arrives at 13:12 after covering 386 km. What was its average speed?

@ math s l i
Our SOC processes 2.4 million events per hour. How many per second is that?

@ math f m i
Straight-line depreciation on a 48,000 machine, residual value 6,000, useful life 7 years — what's the annual charge and the book value at the end of year 4?

@ math l l i
Statutory interest at 8% above a base rate of 5.25% on an unpaid invoice of 22,000 for 73 days — how much can we claim?

@ math m m p
BMI for someone 1.68 m tall weighing 81 kg?

@ math g h i
Here's our survey data. Compute the mean, median and standard deviation of the satisfaction scores, and the correlation between tenure and score.

| Tenure (yrs) | Score |
| 1 | 6 |
| 2 | 7 |
| 3 | 6 |
| 5 | 8 |
| 7 | 9 |
| 8 | 7 |
| 10 | 9 |
| 12 | 8 |

@ math f h i
Solve for the monthly repayment on a 320,000 mortgage over 25 years at 5.1% APR, then build me the first three lines of the amortisation schedule.

@ math s m i
We have 4,200 endpoints, patching takes 6 minutes each, and we can run 35 in parallel. How many hours for a full rollout?

@ math g l p
What's 2^20?

@ math m m i
An IV infusion of 1 litre over 8 hours with a giving set of 20 drops/mL — what's the drip rate in drops per minute?

@ math f m c
If our churn is 2.3% per month, what's the annual retention, and what's the expected customer lifetime in months?

@ math l m i
A clause says the penalty is 0.5% of the contract value per week of delay, capped at 10%. The contract value is 3.6m and we're 23 weeks late. What do we owe?

@ !hn
@ math f m i
Add up these invoice lines and apply 20% VAT:
INV-2026-00417: 1,240.00
INV-2026-00418: 3,905.55
INV-2026-00422: 612.80
Credit note CN-2026-0031: -450.00

@ !hn
@ math g l i
Orders 10044871, 10044872 and 10044895 shipped 14, 9 and 31 units. What's the total and the average per order?

@ !hn
@ math f h i
Reconcile: opening balance 1,204,337.19 on 2025-12-31, receipts 88,410.00 on 2026-01-07 and 15,200.55 on 2026-01-19, payments 302,118.40 on 2026-01-15. What's the closing balance on 2026-01-31, and what percentage drop is that from opening?

@ math s l p
How many IPv4 addresses are in a /22 subnet?

@ math m l p
Convert a blood glucose of 126 mg/dL to mmol/L.
"""

# ------------------------------------------------------------------ code
CODE = """
@ code g l p
Python one-liner to flatten a list of lists?

@ code g m i
Why does this throw "TypeError: 'NoneType' object is not subscriptable"?

def load(path):
    with open(path) as fh:
        data = json.load(fh)
    data.sort(key=lambda r: r["ts"])

rows = load("events.json")
print(rows[0])

@ code f m i
Write a SQL query that returns, for each customer, their total invoiced amount in 2025 and the number of unpaid invoices. Tables: customers(id, name), invoices(id, customer_id, amount, issued_on, paid_on).

@ code s h i
Write a Python script that parses an nginx access log, counts requests per client IP per minute, and prints any IP exceeding 300 requests in a minute. It should stream the file, not load it all into memory.

@ code s m i
Review this Flask route for security issues:

@app.route("/user")
def user():
    uid = request.args.get("id")
    row = db.execute(f"SELECT * FROM users WHERE id = {uid}").fetchone()
    return render_template_string("<h1>Hello " + row["name"] + "</h1>")

@ code m m i
I need a pandas snippet that takes a dataframe of lab results (patient_id, test, value, taken_at) and pivots it so each test is a column with the latest value per patient.

@ code g l p
regex for a UK postcode

@ code l m i
Write a small Python function that checks whether a contract renewal date falls within the 60-day notice window before expiry, given the expiry date and today's date. Include tests.

@ code g h i code
This is slow on 2 million rows — can you make it faster and then run it on the sample to confirm the output is the same?

result = []
for i, row in df.iterrows():
    if row["status"] == "active" and row["score"] > 0.5:
        result.append(row["id"])

@ code f h i
Convert this Excel formula into a Python function: =IF(AND(B2>0,C2="EUR"),B2*VLOOKUP(D2,Rates!A:B,2,FALSE),IF(C2="USD",B2,0))

@ code g m p
Translate this JavaScript into TypeScript with proper types:

function groupBy(items, key) {
  return items.reduce((acc, item) => {
    (acc[item[key]] = acc[item[key]] || []).push(item);
    return acc;
  }, {});
}

@ code s m i
Write a Splunk query that finds accounts with more than 10 failed logins followed by a successful login within 5 minutes.

@ code g l p
What does `git rebase -i HEAD~3` do?

@ code m h c
Our HL7 parser crashes on some ADT messages. Here's one that fails — fix the parser so it handles the repeated PID-3 field.

MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202511040830||ADT^A08|MSG00417|P|2.5
PID|1||MRN1234567^^^HOSP^MR~NHS9990001^^^NHS^NH||[[PERSON:Okonjo^Adaeze]]||19880612|F

def parse_pid(seg):
    f = seg.split("|")
    return {"mrn": f[3].split("^")[0], "name": f[5]}

@ code f m i
Write a function that validates an IBAN using the mod-97 check. Python please, no external libraries.

@ code g m i
Bash script to find all files over 500 MB under /data that haven't been modified in 90 days, and list them sorted by size.

@ code s h i
Write a Terraform module for an S3 bucket with encryption at rest, versioning, public access fully blocked and access logging to a separate bucket.

@ code l l i
Can you explain what this regex does? ^(?:Clause|Section)\\s+(\\d+(?:\\.\\d+)*)\\b

@ code g m i
Unit tests for this function please, pytest:

def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")

@ code f h i
Our monthly close script double-counts reversed journal entries. Here's the aggregation — find the bug.

SELECT account, SUM(amount)
FROM journal_lines jl
JOIN journals j ON j.id = jl.journal_id
LEFT JOIN journals r ON r.reverses_id = j.id
WHERE j.period = '2025-11'
GROUP BY account;

@ code m m i
Write a FHIR query (REST) to get all Observations with LOINC code 4548-4 for a given patient in the last 12 months.

@ code g l i
kubectl command to see why my pod keeps restarting?

@ !hn
@ code g m i
After upgrading from 3.9.2 to 3.11.7, pip install fails on package lxml 4.9.3 with "error: command 'gcc' failed". Build agent is ubuntu-22.04, image tag 2025.10.14.1. How do I fix the Dockerfile?

@ !hn
@ code f m i
Write a Python function that generates invoice numbers in the format INV-YYYY-NNNNN (e.g. INV-2026-00042), resetting the counter each year.

@ !hn
@ code s l i
Write a regex that matches version strings like 4.2.0.17 or 10.0.19045.3693 but not IP addresses in our log lines.

@ code m l i
SQL to count admissions per ward per week from admissions(ward, admitted_at).

@ code s m i
Write a YARA rule that flags PE files containing the string "invoice_viewer" and importing both VirtualAlloc and CreateRemoteThread.
"""

# ------------------------------------------------------------------ classify
CLASSIFY = """
@ classify g l i
Is this a bug report or a feature request? "It would be great if the export button also offered CSV."

@ classify s m i
Classify each of these alerts as true positive, false positive or needs investigation:

1. Outbound connection to known Cobalt Strike C2 from host FIN-LT-044
2. Impossible travel: login from London then Singapore 40 minutes later, user is on the VPN exemption list
3. Antivirus detected EICAR test file on the QA share
4. New local admin account created on a domain controller outside a change window

@ classify f m i
Put each transaction into a spending category (travel, software, meals, office supplies, other):

- Uber *TRIP 23.40
- Atlassian Jira Cloud 1,120.00
- Pret A Manger 8.95
- Staples 64.10
- British Airways 412.00
- Adobe Creative Cloud 59.99
- Donation - Red Cross 100.00

@ classify l m c
Tag each clause with its type (liability, termination, confidentiality, payment, IP, other):

a) "All invoices are payable within thirty days of receipt."
b) "Each party shall keep the other's Confidential Information secret."
c) "The Supplier's total liability shall not exceed the fees paid."
d) "All intellectual property created under this Agreement vests in the Customer."
e) "This Agreement may be terminated by either party on six months' notice."

@ classify m m c
Triage these patient messages into urgent (same day), routine (this week) or admin:

- "My repeat prescription for sertraline hasn't come through"
- "I've had crushing chest pain for the last half hour and my left arm feels heavy"
- "Can I change my appointment from Tuesday to Thursday?"
- "My son's had a temperature of 39.5 for three days and he's now not drinking"

@ classify s l i
Phishing or legit? "Your Microsoft 365 password expires today. Click here to keep your current password: hxxp://m365-keep-pass[.]com/login"

@ classify g m i
Which department should each of these emails go to — Sales, Support, Billing or HR?

1. "We'd like a quote for 200 seats."
2. "My card was charged twice this month."
3. "The dashboard won't load since yesterday."
4. "I'd like to apply for the open UX role."

@ classify f h c
Assign a risk rating (low/medium/high) to each new merchant application based on the KYC notes, and say which rule drove the rating.

Merchant A: online florist, UK-registered 2014, directors verified, expected volume 40k/month.
Merchant B: crypto-to-gift-card exchange, registered 3 months ago in Seychelles, one director unverifiable.
Merchant C: dental clinic chain, registered 2009, chargeback history 0.1%.
Merchant D: travel agency, registered 2021, expected volume jumped from 50k to 2m/month in the application update.

@ classify l l p
Is this a question about employment law or contract law? "Can my employer change my shift pattern without asking me?"

@ classify m l i
Which specialty should this referral go to? "Persistent hoarseness for 8 weeks in a 58-year-old smoker."

@ classify g l p
Is this sentence a statement, question or command? "Please close the door when you leave."

@ classify s h c
Map each of these observed behaviours to the MITRE ATT&CK tactic it belongs to:

- rundll32 executing a DLL from %APPDATA%
- scheduled task created named "GoogleUpdateTaskMachineUA2"
- LSASS memory dumped with procdump
- 7z archive of the finance share created, then uploaded via rclone to mega.nz

@ classify f l i
Is this expense capex or opex: a three-year licence for our ERP system, paid upfront?

@ classify g m i
Label each customer comment by topic — delivery, pricing, product quality, customer service:

"Took 12 days to arrive." / "Cheaper on your competitor's site." / "The zip broke after a week." / "Your agent hung up on me." / "Arrived fast but was the wrong size."

@ classify l h c
Go through this list of contracts and flag which ones fall under the new EU Data Act obligations (connected products / related services) and which don't:

1. Supply of smart thermostats to a housing association, with cloud app
2. Annual audit engagement letter with our accountants
3. Fleet telematics service for delivery vans
4. Office cleaning contract
5. Licence of an industrial robot with remote monitoring

@ classify m m i
Code each of these adverse event reports as serious or non-serious per the usual regulatory criteria:

- Mild headache after first dose, resolved in 2 hours
- Anaphylaxis requiring adrenaline and overnight admission
- Rash lasting 3 days, no treatment
- Elevated liver enzymes, drug discontinued, patient hospitalised

@ classify g l p
Spam or not spam: "Congratulations!!! You've been selected for a FREE cruise, reply YES to claim"

@ classify s m c
Assign a data classification (public, internal, confidential, restricted) to each dataset in our inventory:

- Marketing website images
- Employee salary spreadsheet
- Customer card numbers in the payments vault
- Quarterly all-hands slides
- Source code of the pricing engine

@ classify f m i
Which of these are operating, investing or financing cash flows? Dividend paid; purchase of a warehouse; interest received; repayment of a bond; cash from customers.

@ classify g m i
Classify the language level of each of these job descriptions as entry, mid or senior based on the wording.

A) "You'll learn from experienced engineers and grow your skills in our graduate programme."
B) "You will set technical direction across several teams and mentor staff engineers."
C) "3+ years' experience building APIs; comfortable owning features end to end."

@ !hn
@ classify g m i
Categorise these tickets as hardware, software, access or network:

INC0091123: laptop SN 5CG1234XYZ won't power on
INC0091127: Outlook crashes after update 16.0.17928.20114
INC0091130: need access to share \\\\fs02\\projects\\P-2291
INC0091131: Wi-Fi drops on floor 6 near AP-06-14

@ !hn
@ classify f m i
Flag which of these payments look like duplicates: PAY-004411 (2,500.00, 2026-02-03, vendor V-0192), PAY-004419 (2,500.00, 2026-02-03, vendor V-0192), PAY-004420 (2,050.00, 2026-02-04, vendor V-0192), PAY-004431 (980.00, 2026-02-05, vendor V-0777).

@ !hn
@ classify s m i
Label each of these as low, medium or high priority for patching: openssl 3.0.13 on web tier, log4j-core 2.14.1 in a batch job, kernel 5.15.0-91 on build agents, Chrome 122.0.6261.94 on kiosks.

@ classify l m i
Is this a request for legal advice or just a request for information? "Where can I find the signed copy of the Acme supply agreement?"

@ classify m l p
Sort these medicines into antibiotics, antihypertensives or analgesics: amlodipine, doxycycline, paracetamol, ramipril, ibuprofen, clarithromycin.
"""

# ------------------------------------------------------------------ sentiment
SENTIMENT = """
@ sentiment g l p
Positive or negative? "Honestly didn't expect much but the onboarding was smooth and the support guy was lovely."

@ sentiment g m i
What's the overall sentiment of these app store reviews, and which one is the most negative?

★★★★★ "Finally an expense app that doesn't make me want to cry."
★★☆☆☆ "Crashes every time I try to upload a receipt. Useless on Android."
★★★☆☆ "Fine. Does the job. The new design is a bit cluttered."
★☆☆☆☆ "Lost three months of mileage logs after the update. Furious."

@ sentiment f m c
How does the tone of this client email read — is he about to leave us?

From: [[PERSON:Rupert Haines]] <[[EMAIL:rupert.haines@haines-capital.com]]>
I've noted the performance figures for Q3. I won't pretend I'm thrilled, though I appreciate the candour of your note. I'd like to understand what changes you're proposing before our meeting on the 19th. I have been approached by other managers, as you might expect.

@ sentiment s m i
Gauge the mood of the engineering team from this retro board — are people frustrated with the on-call rota?

- "Third weekend in a row I got paged for the same flaky alert"
- "Runbooks were actually helpful this time 👍"
- "Why is the security scanner blocking merges on Friday afternoons again"
- "Handover from the EU team was great"
- "I'm exhausted, honestly"

@ sentiment m m c
Analyse the sentiment of these patient feedback comments from the outpatient clinic, and tell me whether it's mostly positive, mixed or negative.

"The nurse was so kind when I got upset." / "Waited two hours past my appointment time with no explanation." / "Doctor listened properly for once." / "Parking is a nightmare and cost me 9 pounds." / "Everything explained clearly."

@ sentiment l m c
Read this letter from opposing counsel and tell me how aggressive it is — are they signalling they want to settle or gearing up to litigate?

"Our client has been more than patient. Absent a substantive proposal by 5pm on Friday, we are instructed to issue proceedings without further notice. We remain, however, open to a without-prejudice discussion should your client wish to avoid the cost of litigation."

@ sentiment f l p
Is the market sentiment in this headline bullish or bearish? "Chipmakers slide as export curbs widen; analysts cut targets."

@ sentiment g l i
Does this Slack message sound annoyed? "sure, whatever works for you"

@ sentiment s l i
What's the tone of this reply from the vendor after we reported the vulnerability: "Thanks for the report. We take security seriously and will review it in due course."

@ sentiment g h i
We ran an open-text pulse survey after the reorg. Give me the sentiment breakdown by theme (leadership, workload, communication, career growth) with representative quotes.

1. "Leadership communicated the why really well in the town hall."
2. "My workload has doubled and nobody's acknowledged it."
3. "I have no idea who my skip-level is now."
4. "Excited about the new career framework, finally some clarity."
5. "Communication was late — I found out about my new manager from the org chart."
6. "The leadership team seems disconnected from what we actually do."
7. "Workload is fine, honestly better than before."
8. "Promotion criteria still feel opaque."

@ sentiment f m i
Score the sentiment of each earnings call quote from -1 to +1:

CEO: "We're very pleased with the momentum in our cloud segment."
CFO: "Margins were pressured by one-off restructuring costs."
Analyst: "So, to be clear, you're lowering guidance for the second time this year?"
CEO: "We see significant headwinds in consumer, but we remain confident in the long term."

@ sentiment m l p
How would a patient feel reading this line in a results letter: "Your scan shows a small abnormality which we would like to look into further"? Anxious, neutral, reassured?

@ sentiment g m p
Is this tweet about our brand sarcastic? "Love how the 'premium' plan means waiting on hold for 40 minutes instead of 20. Truly elite."

@ sentiment l l i
Rate the tone of this clause from our supplier's draft — is it neutral or one-sided against us? "Supplier may vary the Charges at any time at its sole discretion."

@ sentiment s m c
A staff member posted this on the internal forum after being locked out by the new password policy. How upset are they, and is there anything that reads as a threat we should escalate?

"This is the fourth time this week. I've lost half a day of work. If IT keeps doing this I swear I'm going to take the whole laptop and throw it out of the window. Fix it."

@ sentiment f h c
Here are ten snippets from relationship-manager call notes with our SME clients. For each, give a sentiment label and a one-line reason, then say which clients look like a retention risk.

1. Bakery Co — "happy with the overdraft increase, might expand next year"
2. Lowe Haulage — "complained about fees again, mentioned a challenger bank"
3. Seaview Dental — "neutral, just admin"
4. Pike Joinery — "owner stressed, cash flow tight, asked about payment holidays"
5. Marlow Print — "very positive about the new app"
6. Tern Cafés — "annoyed that the card terminal was down for two days"
7. Orbit Tech — "asked for a meeting to 'review the relationship'"
8. Holm Farms — "grateful for the help with the grant application"
9. Vale Optics — "no issues raised"
10. Quay Florist — "threatened to move if fees rise again"

@ sentiment m m i
Read these nurse shift-handover comments and tell me whether morale on the ward sounds low.

"Short by two again tonight." / "At least the new HCA is brilliant." / "Nobody from management came down, as usual." / "Patients were lovely today."

@ sentiment g l p
Emotion in this sentence? "I can't believe they cancelled the concert an hour before it started."

@ !hn
@ sentiment g m i
Customers left these comments in ticket survey replies. Positive, neutral or negative each?

TCK-20931: "Fixed within an hour, thanks!"
TCK-20937: "Still waiting, third time I'm asking about order 88412090."
TCK-20944: "Ok."
TCK-20950: "Refund of 129.99 arrived on 2026-01-12, appreciated."

@ !hn
@ sentiment f l p
Bullish or bearish: "Shares closed down 4.7% at 212.35 after Q3 guidance of 1.42–1.48 EPS missed consensus of 1.55."

@ !hn
@ sentiment s m i
What's the sentiment in these forum comments on firmware 2.4.1.88 for our routers? "Finally stable." / "Bricked my unit, rolled back to 2.4.0.61." / "No difference."

@ sentiment l m i
How hostile is the tone of this email from the counterparty's in-house counsel? "We are surprised that, after six weeks, your redlines again ignore the points agreed on our last call."

@ sentiment m l i
How satisfied does this physio clinic patient sound, really? "Treatment was fine I suppose, the exercises helped a bit, but I'm not sure it was worth 60 a session."
"""

# ------------------------------------------------------------------ extract
EXTRACT = """
@ extract g l c
Pull the name, email and phone number out of this signature:

Best regards,
[[PERSON:Lucía Fernández Ortega]]
Head of Partnerships | Verdel Group
[[EMAIL:lucia.fernandez@verdelgroup.es]] | [[PHONE:+34 612 48 93 07]]

@ extract f m r
Extract the payee details from this payment instruction into JSON (name, IBAN, amount, currency, reference):

Please pay [[PERSON:Jonas Albrecht]] the agreed consultancy fee of 7,850.00 EUR to {IBAN_DE}, reference "Consulting Q4", by end of month.

@ extract l h c
List every date and deadline in this contract excerpt, with what happens on each.

This Agreement commences on 1 March 2026 (the "Effective Date") and continues for an initial term of 36 months. Customer may give notice of non-renewal no later than 90 days before the end of the initial term. The first price review takes place on the first anniversary of the Effective Date. Supplier shall deliver the Migration Plan within 20 Business Days of the Effective Date. Invoices are payable within 45 days.

@ extract m h r
From this clinical note, extract medications (name, dose, frequency), allergies and vital signs as a table.

Mrs [[PERSON:Yuki Hashimoto]], 71F, NRIC {NRIC_S1}. Seen in clinic 12/01. Meds: bisoprolol 2.5 mg OD, ramipril 5 mg OD, atorvastatin 20 mg ON, metformin 500 mg BD. Allergy: penicillin (rash), codeine (vomiting). Obs: BP 138/82, HR 64 reg, SpO2 97% RA, temp 36.8, weight 62 kg. Plan: increase ramipril to 10 mg, recheck U&E in 2 weeks.

@ extract s m c
Grab all the IP addresses and usernames from this log excerpt and put them in two lists.

2025-12-02T08:14:51Z auth fail user=j.moreau src=[[IP_ADDRESS:203.0.113.77]]
2025-12-02T08:14:58Z auth fail user=j.moreau src=[[IP_ADDRESS:203.0.113.77]]
2025-12-02T08:15:03Z auth ok   user=svc_backup src=[[IP_ADDRESS:10.12.0.41]]
2025-12-02T08:16:40Z auth fail user=admin src=[[IP_ADDRESS:2001:db8:4a1f::17]]
2025-12-02T08:17:12Z auth ok   user=a.kowalczyk src=[[IP_ADDRESS:192.168.14.203]]

@ extract g m c
Extract the attendees and their companies from this email thread header:

From: [[PERSON:Hannah Lindqvist]] <[[EMAIL:hannah.lindqvist@nordwave.se]]>
To: [[PERSON:Kofi Boateng]] <[[EMAIL:kboateng@trellis-partners.com]]>; [[PERSON:Sun-hee Park]] <[[EMAIL:sunhee.park@orbitalabs.kr]]>
Cc: [[PERSON:Marc Tremblay]] <[[EMAIL:marc.tremblay@nordwave.se]]>
Subject: Workshop on 14 Feb — agenda

@ extract f m i
What are the total, VAT amount, invoice date and supplier name on this invoice?

NORTHBRIDGE OFFICE SUPPLIES LTD
Invoice date: 09/01/2026
Items: 40 x A4 paper boxes @ 21.50 = 860.00; 12 x toner @ 74.00 = 888.00
Subtotal 1,748.00
VAT 20% 349.60
Total due 2,097.60

@ extract l m c
Who are the parties to this agreement and what are their registered addresses?

THIS AGREEMENT is made on 4 November 2025 BETWEEN (1) HALDEN MARINE SERVICES LIMITED, a company incorporated in Scotland (SC482201) whose registered office is at 12 Quay Road, Aberdeen AB11 5PL ("Halden"); and (2) TIDEWAY ENERGY AS, a company incorporated in Norway whose registered office is at Strandkaien 3, 4005 Stavanger ("Tideway").

@ extract m m c
Extract the lab values that are out of range from this report:

Hb 102 g/L (115–165) | WCC 11.8 x10^9/L (4.0–11.0) | Plt 245 (150–400) | Na 131 mmol/L (133–146) | K 4.4 (3.5–5.3) | Creat 98 µmol/L (45–90) | CRP 64 mg/L (<5)

@ extract s h c
From this phishing email, extract all the indicators of compromise: sender address, reply-to, URLs, attachment names and hashes.

From: "DHL Express" <[[EMAIL:noreply@dhl-parcel-track.info]]>
Reply-To: [[EMAIL:claims.dept@protonmail.com]]
Subject: Parcel held — customs fee outstanding
Body: Your parcel is held. Pay the 2.99 fee at hxxps://dhl-parcel-track[.]info/pay?id=88213 within 24h.
Attachment: Customs_Invoice_8821.pdf.exe (SHA256 4f2a9c1be0d7a3f55e6b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b)
X-Originating-IP: [[IP_ADDRESS:45.137.21.9]]

@ extract g l c
what's the phone number in here? "call me back on [[PHONE:(617) 555-0183]] after 4, thanks"

@ extract f h r
Pull the cardholder name, card number, expiry and amount from this chargeback form so I can key it in.

Chargeback request — Merchant ID 88120455
Cardholder: [[PERSON:Giulia Bianchi]]
Card: {VISA1}, exp 08/27
Disputed amount: 349.00 EUR, transaction 2025-10-28
Reason: goods not received

@ extract l l i
What's the governing law in this clause? "This Agreement shall be governed by and construed in accordance with the laws of the State of New York."

@ extract m m r
Get the patient identifiers from this referral so I can match the record: name, date of birth, SSN, phone.

Patient: [[PERSON:Marcus Delaney]], DOB 1979-04-22, SSN {SSN2}, tel. [[PHONE:+1 312 555 0148]]. Referred for sleep study, suspected OSA, Epworth 16.

@ extract g m c
List all the action items from these minutes, with owner and due date where given.

- Website refresh: [[PERSON:Priyanka Nair]] to send wireframes by 20 Jan.
- Budget: finance to confirm Q2 allocation (no date yet).
- Hiring: [[PERSON:Tobias Keller]] to post the designer role this week.
- Office move: deferred to next meeting.

@ extract s m i
Which CVE IDs are mentioned in this advisory? "This update addresses CVE-2025-21298 (Windows OLE RCE), CVE-2025-21311 (NTLMv1 elevation) and CVE-2025-21333 (Hyper-V)."

@ extract f m i
Extract the key terms of this term sheet into a table: amount, valuation, liquidation preference, board seats, vesting.

Series A: 8,000,000 USD at a 32,000,000 USD pre-money valuation. 1x non-participating liquidation preference. Investors get one board seat out of five. Founders' shares vest over four years with a one-year cliff, 25% accelerated on change of control.

@ !hn
@ extract g m i
Extract order number, SKU and quantity from each line:

Order 5520193847 - SKU 4411-0982-7731-0045 - qty 3
Order 5520193851 - SKU 4411-0982-7731-0046 - qty 12
Order 5520193862 - SKU 4411-0990-0012-0001 - qty 1

@ !hn
@ extract f m i
Pull the invoice numbers, due dates and amounts into a table:

"Please note INV-2025-33102 (due 15/12/2025, 4,410.00), INV-2025-33109 (due 22/12/2025, 912.35) and INV-2026-00017 (due 05/01/2026, 18,000.00) remain unpaid."

@ !hn
@ extract s m i
From this scanner output, extract the host IDs, software versions and severities:

asset-0412 | nginx 1.18.0 | High
asset-0413 | openssh 8.2p1 | Medium
asset-0420 | agent 4.2.0.17 | Low
asset-0431 | tomcat 9.0.31 | Critical

@ !hn
@ extract f l i
Give me the reference number from this bank message, it's the 16-digit one: "Your transfer ref {BADCARD1} has been received."

@ extract l m c
Pull out all the defined terms (the words in quotes with capitals) from this section and their definitions:

"Affiliate" means any entity that controls, is controlled by or is under common control with a party. "Business Day" means a day other than a Saturday, Sunday or public holiday in England. "Deliverables" means all documents, products and materials developed by the Supplier in relation to the Services.

@ extract m l i
What's the dose in this line? "Prednisolone 30 mg once daily for 5 days then stop."
"""

# ------------------------------------------------------------------ translate
TRANSLATE = """
@ translate g l p
Translate "Where is the nearest train station?" into Japanese.

@ translate g m i
Please translate this announcement into French and German for our Geneva and Zurich offices:

"From 1 April, all visitors must sign in at reception and wear a badge at all times. Thank you for helping us keep the building safe."

@ translate f m c
Translate this email from our Spanish distributor into English:

"Estimado Sr. [[PERSON:Whitfield]]: Le escribimos para informarle de que el pago de la factura de noviembre se retrasará dos semanas debido a un problema con nuestro banco. Les pedimos disculpas por las molestias y confirmamos que el importe total se abonará antes del día 15."

@ translate l h c
We need a faithful English translation of this clause from a German supply contract — legal register, don't paraphrase:

"§ 8 Haftung. Der Lieferant haftet unbeschränkt für Vorsatz und grobe Fahrlässigkeit. Bei leichter Fahrlässigkeit haftet der Lieferant nur bei Verletzung einer wesentlichen Vertragspflicht, deren Erfüllung die ordnungsgemäße Durchführung des Vertrags überhaupt erst ermöglicht, und begrenzt auf den vertragstypischen, vorhersehbaren Schaden."

@ translate m m c
Translate these discharge instructions into Portuguese (Brazil) for the patient's family:

"Take one tablet of paracetamol every six hours if needed for pain, maximum four tablets in 24 hours. Keep the wound dry for 48 hours. Come back to the emergency department if the wound becomes red, hot or swollen, or if you develop a fever."

@ translate s m i
Translate the key warnings in this Chinese security bulletin into English:

"紧急通知：近期发现针对企业邮箱的钓鱼攻击，攻击者冒充IT部门要求员工重置密码。请勿点击任何可疑链接，如有疑问请联系信息安全团队。"

@ translate g l p
How do you say "thanks for your patience" in Korean?

@ translate f h i
Translate our Q3 investor letter intro into Japanese, keeping the formal tone appropriate for IR:

"Dear Shareholders, In the third quarter we continued to execute on our strategy of disciplined growth. Revenue increased 9% year on year, and operating margin expanded by 120 basis points. We remain committed to returning capital to shareholders while investing in the capabilities that will drive long-term value."

@ translate l m p
What does "sans préjudice" mean in English in a French legal letter? Just the translation.

@ translate m l p
Translate "fasting required, no food after midnight" into Arabic.

@ translate g m i
Translate this customer review from Italian: "Prodotto arrivato in ritardo e con la confezione rovinata, ma funziona perfettamente. Il servizio clienti è stato gentile."

@ translate s l i
Put this MFA prompt text into Spanish: "Approve sign-in request? If you didn't try to sign in, tap Deny and report it."

@ translate g h i
Localise this onboarding email for our Dutch customers — not a literal translation, it should read naturally in Dutch:

"Hey there! Welcome aboard 🎉 You're all set. Pop into your dashboard to set up your first project, and if you get stuck, our team is just a chat away."

@ translate l h c
Translate this extract of a Polish court judgment into English for our case file:

"Sąd Okręgowy w Warszawie oddalił powództwo w całości, uznając, że powód nie wykazał, iż pozwany dopuścił się naruszenia umowy. Kosztami postępowania obciążono powoda."

@ translate m m i
Translate this vaccine consent form question into Tagalog and Hindi: "Have you ever had a serious allergic reaction to a vaccine or any of its ingredients?"

@ translate f l p
Translate "accounts receivable" and "accrued liabilities" into Mandarin.

@ translate g m c
My colleague [[PERSON:Dmitri Sokolov]] sent this in Russian, what's he saying? "Привет! Завтра не смогу прийти на встречу, заболел ребёнок. Перенесём на четверг?"

@ translate s m i
Translate the following log message from Russian malware strings: "Ошибка подключения к серверу управления. Повторная попытка через 60 секунд."

@ translate g l p
Swedish to English: "Vi ses på fredag!"

@ translate f m i
Translate the payment terms on this Turkish invoice into English: "Ödeme vadesi fatura tarihinden itibaren 30 gündür. Geç ödemelerde aylık %2 gecikme faizi uygulanır."

@ translate m h c
Translate this Vietnamese GP letter into English for the specialist:

"Bệnh nhân nữ, 52 tuổi, tiền sử tăng huyết áp và đái tháo đường type 2. Gần đây than đau ngực khi gắng sức và khó thở về đêm. Đề nghị khám chuyên khoa tim mạch."

@ !hn
@ translate g m i
Translate into German: "Your order 40028817 has shipped. Tracking number 00340434161234567890. Estimated delivery 14.03.2026."

@ !hn
@ translate f l i
Translate into French: "Invoice INV-2026-00891 for 4,800.00 EUR is due on 31 March 2026. Please quote PO 7700451290."

@ !hn
@ translate s m i
Translate these release notes into Japanese: "Version 5.1.0.22 patches the privilege escalation reported in ticket SEC-4471. Upgrade from 5.0.x before 2026-04-30."

@ translate l l i
Translate the title "Memorandum of Understanding" into Spanish and Portuguese.

@ translate m m p
Can you translate this into simple Somali for a leaflet: "Wash your hands before and after visiting the ward."

@ translate s h i
Translate our incident response policy summary into Brazilian Portuguese for the São Paulo SOC. Keep technical terms like "SIEM", "playbook" and "containment" in English.

"All suspected incidents must be logged in the SIEM within 15 minutes of detection. The on-call analyst follows the relevant playbook, prioritising containment over root-cause analysis. Incidents rated P1 are escalated to the CISO immediately."
"""

# ------------------------------------------------------------------ qa
QA = """
@ qa g l p
What's the capital of Australia?

@ qa f l p
What is the difference between EBIT and EBITDA?

@ qa l m p
What does "force majeure" actually cover? Does a pandemic count?

@ qa m l p
What's the normal resting heart rate for an adult?

@ qa s l p
What is a zero-day vulnerability?

@ qa g m i retr
How many days of annual leave can I carry over into next year? Check the HR handbook.

@ qa f m i retr
What's our approval limit for a purchase order without CFO sign-off? It should be in the delegation of authority matrix.

@ qa l m p
How long do I have to file a claim for breach of contract in England and Wales?

@ qa m m p
Can you take ibuprofen with lisinopril?

@ qa s m p
What's the difference between symmetric and asymmetric encryption, and when would I use each?

@ qa f l p web
What's the current base rate of the Bank of England?

@ qa g l p
When did the Berlin Wall fall?

@ qa l h c
Based on this clause, can we terminate early if the supplier is acquired by a competitor?

"17.2 Either party may terminate this Agreement with immediate effect by written notice if the other party undergoes a Change of Control, save where the acquirer is an Affiliate of the terminating party."

@ qa m h c
Looking at these results, is the patient's kidney function getting worse? eGFR was 58 in March, 51 in July, 44 in November; creatinine 112, 125, 139.

@ qa s m i
What does this error mean in our VPN logs: "IKE_SA_INIT: NO_PROPOSAL_CHOSEN"?

@ qa g l p
Who wrote "The Wealth of Nations"?

@ qa f m p
How does a reverse repo work?

@ qa s m i retr
Which ports are allowed through the DMZ firewall according to our network security standard?

@ qa m l p
What is the incubation period for chickenpox?

@ qa l l p
What's the difference between a warranty and an indemnity?

@ qa g m p web
What are the opening hours of the British Museum this weekend?

@ qa f m c
Reading this statement, when was the last payment received and from whom?

02/12 CREDIT  FASTER PAYMENT  [[PERSON:ABIGAIL N OKORO]]  1,200.00
28/11 DEBIT   DD BRITISH GAS               -86.40
25/11 CREDIT  SALARY ACME LTD              2,940.11

@ qa g m i
What time zone is our Singapore office in, and how many hours ahead of London is it in winter?

@ !hn
@ qa g l i
What's the warranty period for part number 7741-0032-A, and does it cover serial SN-4410-2291-0087?

@ !hn
@ qa s m i
Is version 4.2.0.17 of the VPN client affected by the bug fixed in 4.2.0.19, or did that only start in 4.2.0.18?

@ !hn
@ qa f l i
What's the due date for invoice INV-2025-40912? It was issued on 2025-11-14 with 30-day terms.

@ qa l m c retr
Does our standard NDA allow disclosure to professional advisers? Check the template in the legal drive.

@ qa m m i
What's the maximum daily dose of paracetamol for an adult under 50 kg?
"""

# ------------------------------------------------------------------ chat
CHAT = """
@ chat g l p
hi!

@ chat g l p
Good morning, how are you today?

@ chat g l p
thanks, that was really helpful 🙏

@ chat g l p
lol ok you got me there

@ chat g l p
Are you a real person or a bot?

@ chat g l p
I'm so tired today, long week. Tell me something to cheer me up?

@ chat f l i
Ugh, month-end again. Just needed to vent before I open the reconciliation.

@ chat s l i
Morning! Quiet night in the SOC for once. How's your day going?

@ chat m l i
Just finished a 12-hour night shift on the ward. Can we just chat for a minute before I drive home?

@ chat l l i
Thanks for the help with the contract earlier, you saved me an hour.

@ chat g l p
What can you help me with?

@ chat g l p
Never mind, ignore my last message.

@ chat g l p
Happy Friday! Any weekend plans? 😄

@ chat g m i
I just got promoted to team lead and honestly I'm a bit nervous about it. Not looking for advice really, just wanted to tell someone.

@ chat f l p
Haha, my budget spreadsheet just crashed for the third time. Computers hate me.

@ chat l l p
Long day of redlining. Talk to me about something that isn't contracts, please.

@ chat m l p
hello, I'm back — the clinic was chaos this morning

@ chat s l i
ok cool, that makes sense now. cheers

@ chat g l p
bye for now, talk tomorrow

@ chat g l p
sorry, I typed that in the wrong window

@ chat m m i
My first week as a junior doctor is over. It was a lot. Nothing specific, just glad to have made it through.

@ chat s l p
You're way more patient than our helpdesk, you know that?

@ chat f l i
Well, the auditors have left the building. Celebrating with a cup of tea.

@ chat l l i
Good afternoon! Just checking you're still there.

@ !hn
@ chat g l i
Back from the 2026-03-14 offsite. Survived 6 hours of workshops and build 4.18.2.6 still isn't out. How was your week?

@ !hn
@ chat g l i
Just hit ticket #100000 in our queue 🎉 what a milestone, anyway how are you?

@ !hn
@ chat f l i
Finally closed out PO 4500077120 after three months, feels good. Anyway, hello again!

@ chat s m i
Honestly I love this job but the pager anxiety is real. Do you ever get tired of answering questions all day?

@ chat m l p
Thanks doc-bot, you're a lifesaver 😂
"""

# ------------------------------------------------------------------ multi-task
MULTI_A = """
@ draft l h c retr :: Draft a policy on employee use of personal devices for work email
@ math f m i :: calculate the impact on our licence costs if 40% of staff enrol
@ summarize l m i :: summarise the citations below
Draft a policy on employee use of personal devices for work email, calculate the impact on our licence costs if 40% of staff enrol (MDM is 4.50 per device per month, 2,300 staff), and summarise the citations below:

[1] ICO guidance on BYOD (2023): organisations must be able to remotely wipe corporate data and must tell staff what monitoring takes place.
[2] NCSC Device Security Guidance: separate work and personal data with managed containers; enforce screen lock and OS updates.
[3] Internal audit report IA-22-07: 31% of sampled mobile devices accessing email had no passcode.

@ summarize g m c :: Summarise this email thread
@ draft g m c :: draft a reply to Priya confirming the new date
Summarise this email thread and draft a reply to [[PERSON:Priya]] confirming the new date.

From: [[PERSON:Priya Raghunathan]] <[[EMAIL:priya.r@lumenworks.in]]>
Can we push the vendor demo from Tuesday to Thursday? Our architect is out.
From: [[PERSON:Ben Carter]]
Thursday works for us, but only after 2pm UK.
From: [[PERSON:Priya Raghunathan]]
2:30pm UK on Thursday then? I'll bring two people from procurement.

@ translate m m c :: Translate this note from the patient's daughter into English
@ extract m m c :: then list any symptoms she mentions
Translate this note from the patient's daughter into English, then list any symptoms she mentions.

"Mi madre lleva tres días con fiebre, tos seca y mucho cansancio. Anoche le costaba respirar y hoy no quiere comer. Toma enalapril para la tensión."

@ classify s m i :: Classify each of these alerts by severity
@ draft s m i :: write a one-paragraph update for the service owner
Classify each of these alerts by severity and write a one-paragraph update for the service owner.

- Disk encryption disabled on 2 laptops in the sales team
- 14 failed logins on the payroll admin account, then success
- Expired TLS certificate on the internal wiki

@ code g m i :: Write a Python function that deduplicates a list of dicts by the "email" key
@ code g l i :: add type hints and a docstring
Write a Python function that deduplicates a list of dicts by the "email" key, keeping the latest by "updated_at". Then add type hints and a docstring.

@ math f m i :: What's the year-on-year growth in each quarter
@ draft f m i :: write two sentences of commentary for the board pack
What's the year-on-year growth in each quarter, and write two sentences of commentary for the board pack.

| Quarter | 2024 | 2025 |
| Q1 | 3.1m | 3.4m |
| Q2 | 3.3m | 3.9m |
| Q3 | 3.6m | 3.7m |
| Q4 | 4.0m | 4.6m |

@ sentiment g m i :: Tell me the overall sentiment of these comments
@ summarize g m i :: summarise the top three complaints
Tell me the overall sentiment of these comments and summarise the top three complaints.

"Canteen food has got worse." / "Love the new gym!" / "Why are there never any free meeting rooms?" / "Canteen prices went up again." / "Meeting room booking system is broken." / "Good coffee now at least."

@ extract l h c :: Extract the termination provisions from this contract
@ reasoning l h c :: tell me whether we can exit before the renewal date without paying the early-termination fee
Extract the termination provisions from this contract and tell me whether we can exit before the renewal date without paying the early-termination fee.

12.1 The Term is 24 months from the Go-Live Date and renews automatically for successive 12-month periods unless either party gives 60 days' notice.
12.2 Customer may terminate for convenience during the Term on payment of an Early Termination Fee equal to 50% of the remaining Charges.
12.3 Either party may terminate immediately if the other commits a material breach that is not remedied within 30 days of notice.
12.4 Customer may terminate without fee if Supplier fails to meet the Availability SLA in three consecutive months.

@ qa s l p :: What is DNS over HTTPS
@ reasoning s m i :: should we block it on the corporate network
What is DNS over HTTPS, and should we block it on the corporate network?

@ translate g l p :: Translate "out of office until Monday" into German
@ translate g l p :: into Italian
Translate "out of office until Monday" into German and into Italian.

@ extract f h r :: Pull the card and billing details out of this order email
@ classify f m r :: tell me if it matches any of our fraud rules
Pull the card and billing details out of this order email and tell me if it matches any of our fraud rules (billing/shipping country mismatch, order over 2,000, new account).

Order placed by [[PERSON:Viktor Hale]] ([[EMAIL:vhale77@fastmail.com]]), account created today.
Card: {MC1}, exp 11/28. Billing: Riga, Latvia. Shipping: Lagos, Nigeria.
Items: 3 x MacBook Pro 16" — 7,497.00 USD.
Phone: [[PHONE:+371 2914 5508]]

@ summarize m h r :: Summarise this ED note
@ classify m m r :: assign a triage category
@ draft m m r :: draft the handover message to the admitting team
Summarise this ED note, assign a triage category (Manchester scale) and draft the handover message to the admitting team.

[[PERSON:Amira Farouk]], 34F, NRIC {NRIC_T1}, contact [[PHONE:+65 9123 4471]]. 2/7 RIF pain, worse on movement, vomited x3, T 38.4, HR 112, BP 108/70. Tender RIF with guarding, Rovsing positive. bHCG negative. WCC 15.2, CRP 88. Surgical review requested, IV fluids and analgesia started.

@ code s h i :: Explain what this PowerShell does
@ classify s m i :: tell me if it's malicious
Explain what this PowerShell does and tell me if it's malicious:

powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA

@ creative g m p :: Write a short poem for our 10th company anniversary
@ draft g m i :: a two-line invite email for the party
Write a short poem for our 10th company anniversary, plus a two-line invite email for the party on 12 June.

@ math m m i :: Calculate the creatinine clearance
@ qa m m i :: does the enoxaparin dose need adjusting
Calculate the creatinine clearance (Cockcroft-Gault) for an 82-year-old woman, 54 kg, creatinine 142 µmol/L — does the enoxaparin dose need adjusting?

@ extract g m c :: Get the names and phone numbers from this sign-up sheet
@ code g m i :: write a CSV I can import
Get the names and phone numbers from this sign-up sheet and write a CSV I can import.

[[PERSON:Gemma Roberts]] – [[PHONE:07700 900417]]
[[PERSON:Liam Doherty]] – [[PHONE:+353 87 412 6630]]
[[PERSON:Chen Jiahui]] – [[PHONE:+86 139 1045 7788]]
[[PERSON:Ravi Menon]] – [[PHONE:+91 98450 21137]]

@ reasoning f h i :: Compare the two pricing models below
@ math f m i :: work out the break-even number of users
@ draft f m i :: recommend one in a short note to the CFO
Compare the two pricing models below, work out the break-even number of users, and recommend one in a short note to the CFO.

Model A: flat 48,000/year, unlimited users.
Model B: 22 per user per month, volume discount of 15% above 150 users.

@ sentiment l m c :: How does the other side's email come across
@ draft l m c :: draft a calm reply that keeps our position
How does the other side's email come across, and draft a calm reply that keeps our position.

"We find your latest markup frankly unacceptable. It reopens points closed weeks ago and, candidly, calls into question whether your client is negotiating in good faith."

@ qa g l p :: Who is the current Secretary-General of the UN
@ chat g l p :: thanks for all your help today
Who is the current Secretary-General of the UN? Oh and thanks for all your help today!

@ translate l h c :: Translate this Dutch clause into English
@ qa l m c :: tell me whether it caps our liability
Translate this Dutch clause into English and tell me whether it caps our liability:

"De aansprakelijkheid van Opdrachtnemer is beperkt tot het bedrag dat in het desbetreffende geval door de verzekeraar wordt uitbetaald, vermeerderd met het eigen risico."

@ extract s m c :: List the source IPs in this alert
@ qa s m i :: tell me which ones are internal
List the source IPs in this alert and tell me which ones are internal.

ALERT 7781 — port scan detected — sources: [[IP_ADDRESS:172.16.8.22]], [[IP_ADDRESS:91.203.145.12]], [[IP_ADDRESS:10.0.44.9]], [[IP_ADDRESS:fe80::1c2b:3aff:fe41:9d10]]

@ code f h i :: Write a SQL query for monthly recurring revenue by plan
@ math f m i :: estimate what MRR will be in six months at 3% monthly growth
Write a SQL query for monthly recurring revenue by plan from subscriptions(plan, amount, started_at, cancelled_at), then estimate what MRR will be in six months at 3% monthly growth from today's 184,000.

@ summarize s h c :: Summarise this incident timeline
@ reasoning s h c :: identify the root cause
@ draft s m c :: draft the lessons-learned section
Summarise this incident timeline, identify the root cause and draft the lessons-learned section.

09:12 Customer reports 502s on checkout.
09:18 On-call sees DB connection pool exhausted on payments-api.
09:25 Recent deploy (payments-api 3.8.1) rolled back; errors continue.
09:41 Discovered an expired database credential; secret rotation job had failed silently on Sunday.
09:50 Credential manually rotated; service recovers.
10:30 Found rotation job failing since the vault policy change on Friday.

@ classify g l p :: Is this email spam
@ draft g l i :: if not, write a short reply saying we're not interested
Is this email spam, and if not, write a short reply saying we're not interested.

"Hi, I noticed your website could rank higher on Google. We offer affordable SEO packages starting at 99/month. Can I send you a free audit?"

@ extract m m r :: Extract the patient's details
@ draft m m r :: write the insurance pre-authorisation request
Extract the patient's details and write the insurance pre-authorisation request for the MRI.

Patient: [[PERSON:Diego Alvarez]], DOB 03/09/1985, SSN {SSN3}, member ID HX-4410982, phone [[PHONE:(305) 555-0162]]. Indication: persistent lumbar radiculopathy L5, failed 8 weeks of physiotherapy and NSAIDs. Requested: MRI lumbar spine without contrast.

@ math g m c :: Work out the average response time per agent
@ classify g m c :: flag anyone outside the 4-hour SLA
Work out the average response time per agent and flag anyone outside the 4-hour SLA.

Agent | Tickets | Total response hours
[[PERSON:Ana]] | 52 | 161
[[PERSON:Bilal]] | 47 | 203
[[PERSON:Chiara]] | 61 | 189
[[PERSON:Dev]] | 38 | 171

@ creative s m p :: Write a funny poster slogan about locking your screen
@ translate s l p :: translate it into Spanish and French
Write a funny poster slogan about locking your screen, then translate it into Spanish and French for our Madrid and Lyon offices.

@ summarize f h c :: Summarise the audit findings
@ classify f m c :: rate each as high, medium or low
@ draft f h c :: draft management's response to the first two
Summarise the audit findings, rate each as high, medium or low, and draft management's response to the first two.

1. Segregation of duties: three users can both create vendors and approve payments.
2. Journal entries over 100k were posted without evidence of review in 11 of 40 samples.
3. Fixed asset register not reconciled to the GL since June.
4. Petty cash counts not documented at two branches.

@ sentiment g m c :: What's the mood in this team chat
@ chat g l p :: Sorry for dumping all this on you
What's the mood in this team chat? Sorry for dumping all this on you, it's been a week.

[[PERSON:Jess]]: anyone else feel like we're just firefighting
[[PERSON:Marco]]: every single day
[[PERSON:Jess]]: at least the client liked the demo
[[PERSON:Marco]]: true, that was a win

@ qa l m p :: What are the lawful bases for processing personal data under GDPR
@ classify l m i :: which one applies to each of these activities
What are the lawful bases for processing personal data under GDPR, and which one applies to each of these activities: payroll, marketing newsletter, CCTV in the car park?

@ extract f h r :: Extract the bank details from this supplier form
@ reasoning f h r :: check whether the change request looks like invoice fraud
Extract the bank details from this supplier form and check whether the change request looks like invoice fraud.

Supplier: Caldera Packaging Ltd
Contact: [[PERSON:Sophie Wendt]], [[EMAIL:accounts@caldera-packagng.com]], [[PHONE:+44 20 7946 0512]]
Previous account: {IBAN_IE}
New account (effective immediately): {IBAN_LU}
Note: "Please update urgently, our old bank has frozen the account. Do not call to confirm as our phones are down."

@ code g m i :: Convert this Python 2 script to Python 3
@ code g m i code :: run the included doctest to check it still passes
Convert this Python 2 script to Python 3 and run the included doctest to check it still passes.

def avg(xs):
    \"\"\"
    >>> avg([1, 2, 3, 4])
    2.5
    \"\"\"
    print "computing"
    return sum(xs) / float(len(xs))

@ reasoning m h c :: What's the likely diagnosis
@ qa m m p :: what first-line treatment do guidelines recommend
What's the likely diagnosis for a 24-year-old with a butterfly rash, joint pain, mouth ulcers and protein in the urine, and what first-line treatment do guidelines recommend?

@ translate g m i :: Translate the agenda into Japanese
@ draft g m i :: write a short cover email to our Tokyo partners
Translate the agenda into Japanese and write a short cover email to our Tokyo partners.

Agenda — 10:00 Welcome; 10:15 Product roadmap; 11:30 Joint go-to-market; 12:30 Lunch; 13:30 Contract next steps.

@ summarize l m c :: Give me a two-line summary of this licence
@ extract l m c :: list the permitted uses
Give me a two-line summary of this licence and list the permitted uses.

"Licensor grants Licensee a non-exclusive, non-transferable licence to use the Software for internal business purposes, including use by contractors acting on Licensee's behalf, and to make one backup copy. Licensee shall not sublicense, reverse engineer or use the Software to provide services to third parties."

@ math s m i :: how much storage will we need for 90 days of logs
@ reasoning s m i :: is it cheaper to keep them hot or archive after 30 days
If we ingest 180 GB of logs a day with 4:1 compression, how much storage will we need for 90 days of logs, and is it cheaper to keep them hot or archive after 30 days (hot 0.10/GB-month, archive 0.01/GB-month)?

@ extract g l c :: Pull the email addresses out of this list
@ classify g l c :: mark which ones are personal rather than company addresses
Pull the email addresses out of this list and mark which ones are personal rather than company addresses.

[[EMAIL:tom.ashby@gmail.com]], [[EMAIL:procurement@kestrel-eng.co.uk]], [[EMAIL:sally_k87@yahoo.com]], [[EMAIL:j.ortiz@kestrel-eng.co.uk]]

@ draft l h c :: Draft a clause limiting our liability to 12 months' fees
@ reasoning l h c :: explain whether it would survive a reasonableness test under UCTA
Draft a clause limiting our liability to 12 months' fees, and explain whether it would survive a reasonableness test under UCTA.

@ qa f m p :: Explain what a covenant breach is
@ math f m i :: check whether we're in breach
Explain what a covenant breach is, and check whether we're in breach: net debt 14.2m, EBITDA 3.9m, covenant max 3.5x.

@ summarize g h i :: Summarise this customer interview transcript
@ extract g m i :: pull out every feature request
@ classify g m i :: tag each request as must-have or nice-to-have
Summarise this customer interview transcript, pull out every feature request, and tag each request as must-have or nice-to-have based on how strongly they said it.

Interviewer: How do you use the reporting today?
Customer: Every Monday, I export to Excel because I can't filter by region. That's the big one, honestly, I'd pay more for that.
Interviewer: Anything else?
Customer: Dark mode would be nice. And we really need SSO — IT won't approve renewal without it.
Interviewer: How about mobile?
Customer: Occasionally. Not a big deal.
"""

MULTI_B = """
@ extract f m r :: Extract the amount, card number and merchant from this dispute
@ draft f m r :: write the customer a short acknowledgement
Extract the amount, card number and merchant from this dispute and write the customer a short acknowledgement.

Hi, I don't recognise a charge of 612.40 from "NXT*GAMESTORE" on my card {AMEX1} on 3 Jan. Please cancel it. — [[PERSON:Oliver Brandt]], [[PHONE:+49 30 4471 9920]]

@ sentiment m m c :: How does this patient seem to be coping
@ summarize m m c :: summarise the issues she raises for the care coordinator
How does this patient seem to be coping, and summarise the issues she raises for the care coordinator?

"Since the stroke I can't get up the stairs so I sleep on the sofa. My husband does his best but he's not well himself. I don't like to bother anyone. The physio hasn't been for two weeks. Some days I just don't see the point." — [[PERSON:Margaret Ellison]]

@ code s h i :: Write a Python script that checks our AWS account for IAM users without MFA
@ draft s m i :: draft the email we'll send to those users
Write a Python script that checks our AWS account for IAM users without MFA, and draft the email we'll send to those users.

@ qa g l p :: What's the difference between a CV and a résumé
@ draft g m i :: rewrite my summary paragraph so it works for a US job application
What's the difference between a CV and a résumé? Also rewrite my summary paragraph so it works for a US job application:

"Chartered engineer with 9 years in water infrastructure, having delivered schemes up to 40m in value across the North West."

@ classify l m c :: Is this a personal data breach we have to report to the ICO
@ draft l h c :: draft the notification
Is this a personal data breach we have to report to the ICO, and if so, draft the notification.

Yesterday at 16:05 a member of the HR team emailed a spreadsheet with 212 employees' names, salaries and home addresses to an external recruitment agency by mistake. The agency confirmed deletion at 17:20 in writing.

@ math g l p :: How many working days are there between 3 March and 18 April
@ draft g l i :: write a one-line message to the team with the number
How many working days are there between 3 March and 18 April if Good Friday falls on 18 April, and write a one-line message to the team with the number.

@ translate f m c :: Translate this letter from the French tax office
@ reasoning f h c :: tell me what we're being asked to do and whether the deadline is realistic
Translate this letter from the French tax office and tell me what we're being asked to do and whether the deadline is realistic.

"Madame, Monsieur, dans le cadre du contrôle de votre déclaration de TVA du 2e trimestre, nous vous prions de bien vouloir nous transmettre, sous quinze jours, l'ensemble des factures d'achat supérieures à 5 000 euros ainsi que le grand livre correspondant. À défaut, une taxation d'office pourra être envisagée."

@ extract s m c :: List all the hostnames and IPs in this config
@ code s m i :: rewrite it so the IPs come from environment variables
List all the hostnames and IPs in this config and rewrite it so the IPs come from environment variables.

[database]
primary = db-prod-01 ([[IP_ADDRESS:10.40.2.11]])
replica = db-prod-02 ([[IP_ADDRESS:10.40.2.12]])
[cache]
host = redis-prod ([[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]])

@ summarize g m i :: Summarise this article
@ creative g l p :: write a catchy LinkedIn hook for sharing it
Summarise this article and write a catchy LinkedIn hook for sharing it.

"A four-year study of 3,000 remote workers found that teams who held one in-person day a month reported 22% higher trust scores than fully remote teams, with no measurable drop in productivity. Researchers recommend scheduling those days around planning rather than routine work."

@ reasoning g h i :: Which of these three candidates should we shortlist
@ draft g m c :: draft the rejection email for the others
Which of these three candidates should we shortlist for the product manager role, and draft the rejection email for the others.

[[PERSON:Aiko Mori]]: 6 yrs PM in fintech, launched two mobile apps, no B2B experience.
[[PERSON:Samuel Adebayo]]: 4 yrs PM in B2B SaaS, strong on data, managed a team of 3.
[[PERSON:Claire Dubois]]: ex-consultant, 2 yrs PM, MBA, led pricing project for a SaaS client.

@ extract m m r :: Extract the vaccination history
@ qa m m i :: which boosters are now due
Extract the vaccination history from this record and tell me which boosters are now due.

[[PERSON:Noah Fitzgerald]], DOB 11/05/2016, NRIC {NRIC_T2}. MMR: 13m, 3y4m. DTaP/IPV: 2m, 3m, 4m, 3y4m. MenB: 2m, 4m, 12m. Influenza: yearly since 2021.

@ chat g l p :: Hey, hope your day's going well
@ qa g l p :: quick one, how many ounces are in a pound
Hey, hope your day's going well! quick one, how many ounces are in a pound?

@ classify f m i :: Categorise these expenses
@ math f m i :: total each category
Categorise these expenses (travel, meals, software) and total each category.

Taxi 34.20; Zoom annual 149.90; Team lunch 212.00; Train to Bristol 88.40; Figma seat 144.00; Hotel 2 nights 318.00; Coffee with client 9.60

@ summarize s h c :: Give me a summary of this threat intel report
@ extract s m i :: list the IOCs
@ reasoning s h i :: tell me whether we're exposed given our stack
Give me a summary of this threat intel report, list the IOCs, and tell me whether we're exposed given our stack (Citrix ADC 13.1, Exchange Online, Okta).

"Actor UNC-4471 is exploiting a pre-auth RCE in Citrix NetScaler ADC (CVE-2023-4966, 'Citrix Bleed') to hijack sessions. Observed infrastructure: [[IP_ADDRESS:198.51.100.23]], [[IP_ADDRESS:203.0.113.141]], and domain update-citrix-portal[.]com. Post-exploitation tooling includes AnyDesk and a custom Go backdoor (SHA256 b4e1...9a0c)."

@ draft l m c :: Write a short email to the client explaining the delay in the completion
@ translate l m c :: provide it in Mandarin as well
Write a short email to the client explaining the delay in the completion (the lender's solicitors haven't released funds), and provide it in Mandarin as well.

@ qa m l p :: What is HbA1c
@ reasoning m m c :: is a rise from 48 to 61 in six months worrying
What is HbA1c, and is a rise from 48 to 61 in six months worrying for someone on metformin?

@ code g m i :: Fix the off-by-one error in this pagination code
@ code g l i :: add a test for the last page
Fix the off-by-one error in this pagination code and add a test for the last page.

def page(items, n, size=20):
    start = n * size + 1
    return items[start:start + size]

@ sentiment f m i :: What's the tone of this analyst note
@ summarize f m i :: summarise its rating change
What's the tone of this analyst note and summarise its rating change.

"We downgrade to Hold from Buy. While execution remains solid, we believe the market is underestimating margin pressure from wage inflation. Our price target falls to 38 from 46."

@ extract g m c :: Who's in this photo caption and what are their job titles
@ draft g m i :: draft the alt text
Who's in this photo caption and what are their job titles? Then draft the alt text.

"Left to right: [[PERSON:Erik Johansson]] (CTO), [[PERSON:Amara Nwosu]] (Head of Design), [[PERSON:Luca Romano]] (Product Lead) at the launch event in Milan."

@ reasoning l h c :: Analyse whether the employee has a claim for constructive dismissal
@ draft l h c :: draft an internal note to HR with the risks
Analyse whether the employee has a claim for constructive dismissal and draft an internal note to HR with the risks.

Facts: [[PERSON:Helen Price]], 8 years' service, had her team removed and her role changed to "special projects" without consultation after raising a grievance about her manager. Her pay is unchanged. She resigned two weeks later citing the change.

@ translate m m i :: Translate this allergy card into English
@ classify m l i :: tell me whether each allergy is a drug, food or environmental one
Translate this allergy card into English and tell me whether each allergy is a drug, food or environmental one.

"Allergien: Penicillin, Erdnüsse, Hausstaubmilben, Ibuprofen, Latex."

@ math f h c :: Calculate the EBITDA margin for each year
@ reasoning f h c :: explain what's driving the trend
Calculate the EBITDA margin for each year and explain what's driving the trend.

Year | Revenue | COGS | Opex | D&A
2023 | 52.0 | 28.1 | 14.3 | 2.2
2024 | 58.4 | 32.9 | 15.0 | 2.6
2025 | 61.1 | 36.2 | 15.4 | 3.0

@ classify s m i :: Which of these passwords would fail our policy
@ code s m i :: write the validation function
Which of these passwords would fail our policy (12+ chars, upper, lower, digit, symbol), and write the validation function in Go.

"Summer2025!", "correct horse battery staple", "Tr0ub4dor&3xyz", "P@ssw0rd"

@ extract l m r :: Extract the claimant's personal details from this form
@ summarize l m c :: summarise the claim in two sentences
Extract the claimant's personal details from this form and summarise the claim in two sentences.

Claimant: [[PERSON:Ricardo Mendes]]
SSN: {SSN4}
Email: [[EMAIL:r.mendes1980@outlook.com]]
Phone: [[PHONE:+1-617-555-0139]]
Claim: slipped on an unmarked wet floor at the respondent's store on 9 August, fractured wrist, 6 weeks off work, seeks damages for lost wages and medical costs.

@ qa s m p :: What is a SIM-swap attack
@ draft s m i :: write three tips for our customers to protect themselves
What is a SIM-swap attack, and write three tips for our customers to protect themselves.

@ summarize m h c :: Summarise this research paper abstract for a lay audience
@ qa m m p :: what does "hazard ratio 0.78" mean here
Summarise this research paper abstract for a lay audience, and what does "hazard ratio 0.78" mean here?

"In 17,604 patients with established cardiovascular disease, semaglutide 2.4 mg weekly reduced the composite of cardiovascular death, non-fatal MI or non-fatal stroke versus placebo (HR 0.78; 95% CI 0.70–0.87) over a mean follow-up of 39.8 months."

@ creative g m p :: Write a short welcome speech for our new graduates
@ translate g m p :: translate it into Polish
Write a short welcome speech for our new graduates and translate it into Polish for the Wrocław cohort.

@ extract f m c :: Extract the shareholders and their percentages
@ math f m c :: tell me the new percentages after the 2m share issue
Extract the shareholders and their percentages, then tell me the new percentages after the 2m share issue to the incoming investor.

Share register (10,000,000 shares): [[PERSON:Anders Holm]] 4,500,000; [[PERSON:Grace Kiplagat]] 3,000,000; ESOP pool 1,500,000; Seedfund II LP 1,000,000.

@ reasoning s h c :: Tell me whether this looks like lateral movement
@ draft s m c :: write the containment steps for the on-call analyst
Tell me whether this looks like lateral movement and write the containment steps for the on-call analyst.

4624 logon type 3 from WS-0231 ([[IP_ADDRESS:10.8.14.31]]) to FS-01 as svc_sql
4624 logon type 3 from WS-0231 to DC-02 as svc_sql
7045 new service "WinSvcHost" installed on DC-02
4672 special privileges assigned to svc_sql on DC-02

@ translate g l p :: Translate "happy birthday" into Hindi
@ creative g l p :: write a two-line birthday rhyme for the card
Translate "happy birthday" into Hindi and write a two-line birthday rhyme for the card.

@ qa f m i retr :: What is our refund policy for annual plans
@ draft f m c :: write the reply to this customer
What is our refund policy for annual plans? Once you have it, write the reply to this customer:

"I signed up for the annual plan 20 days ago by mistake, I meant monthly. Can I get my money back?" — [[PERSON:Lena Vogt]], [[EMAIL:lena.vogt@posteo.de]]

@ code m h i :: Write a function that computes a patient's NEWS2 score
@ math m m i :: work out the score for these observations
Write a function that computes a patient's NEWS2 score from vital signs, then work out the score for these observations by hand so we can check the code: RR 24, SpO2 93% on air, BP 98/60, HR 118, alert, temp 38.9.

@ sentiment s l i :: Is this user angry
@ classify s l i :: which queue should the ticket go to
Is this user angry, and which queue should the ticket go to (access, hardware, security)?

"I've been locked out of my account AGAIN after the password reset and now it says my login is 'suspicious'. I have a client call in 10 minutes!!"

@ summarize l h c :: Summarise each party's position in this dispute
@ reasoning l h c :: tell me which one is stronger
Summarise each party's position in this dispute and tell me which one is stronger.

Buyer: the software was delivered 4 months late and still fails acceptance test 7 (batch import over 100k records). Buyer withheld the final milestone payment of 240k.
Seller: test 7 was added after signature via a change request the buyer never signed; all original acceptance criteria were met. Seller claims the 240k plus interest.
"""

MULTI_C = """
@ extract f h r :: Take the payment details out of these three supplier emails
@ code f m i :: give me a CSV for the bank upload
@ math f l i :: the total
Take the payment details out of these three supplier emails, give me a CSV for the bank upload, and the total.

1) "Please pay 4,200.00 EUR to Atelier Morel, {IBAN_FR}, ref F-2291."
2) "Our new details: Molenaar Techniek, {IBAN_NL}, amount 1,875.50 EUR, ref 2026-014."
3) "Amount 960.00 EUR to Suministros Vega SL, {IBAN_ES}, ref SV/118."

@ classify f m r :: Which of these transfers need enhanced due diligence
@ draft f m r :: write the note to compliance for the flagged ones
Which of these transfers need enhanced due diligence under our 10k threshold, and write the note to compliance for the flagged ones.

- 12,500 EUR from [[PERSON:Karl Brunner]], {IBAN_AT}, purpose "gift"
- 3,200 EUR from [[PERSON:Elisa Conti]], {IBAN_IT}, purpose "rent"
- 48,000 CHF from Helvetia Trading GmbH, {IBAN_CH}, purpose "consulting"
- 9,950 EUR from [[PERSON:Pieter Janssens]], {IBAN_BE}, purpose "loan repayment"

@ translate f m r :: Translate this Polish payment confirmation
@ extract f m r :: pull out the beneficiary and account number
Translate this Polish payment confirmation and pull out the beneficiary and account number.

"Potwierdzenie przelewu: kwota 18 400,00 PLN, odbiorca: [[PERSON:Agnieszka Wójcik]], rachunek {IBAN_PL}, tytuł: faktura FV/2025/11/042."

@ summarize f m r :: Summarise this Swedish supplier's message
@ draft f m r :: draft a reply confirming we've updated their bank details
Summarise this Swedish supplier's message in English and draft a reply confirming we've updated their bank details once our call-back check is done.

"Hej! Vi har bytt bank. Nya uppgifter: {IBAN_SE}. Kontakta [[PERSON:Johan Eklund]] på [[PHONE:+46 70 412 55 18]] om ni har frågor."

@ extract f m r :: Extract the card details from this booking
@ classify f l i :: tell me the card network
Extract the card details from this booking and tell me the card network.

Guest: [[PERSON:Siobhan Kelly]]. Card on file: {VISA2}, exp 03/29. Room 412, 3 nights.

@ reasoning f h r :: Check this refund request against our policy
@ draft f m r :: draft the response
Check this refund request against our policy (refunds only to the original card, within 60 days) and draft the response.

"Please refund the 1,120.00 you charged on 2 October to my other card {MC2} instead, the first one {DISC1} is cancelled." — [[PERSON:Farah Siddiqui]], [[EMAIL:farah.siddiqui@icloud.com]]

@ extract g m r :: List the staff whose NRIC is in this spreadsheet extract
@ draft g m i :: draft a reminder to HR that NRIC numbers shouldn't be stored in plain text
List the staff whose NRIC is in this spreadsheet extract and draft a reminder to HR that NRIC numbers shouldn't be stored in plain text.

Name, NRIC, Dept
[[PERSON:Tan Wei Ming]], {NRIC_S2}, Ops
[[PERSON:Nur Aisyah binte Rahman]], {NRIC_F1}, Finance
[[PERSON:Rohan Pillai]], {NRIC_G1}, IT
[[PERSON:Lim Hui Min]], {NRIC_M1}, Sales

@ extract l h r :: Extract the personal details of both tenants
@ qa l m c :: tell me whether the deposit clause complies with the Tenancy Deposit Scheme rules
Extract the personal details of both tenants and tell me whether the deposit clause complies with the Tenancy Deposit Scheme rules.

Tenant 1: [[PERSON:Ashley Morgan]], SSN {SSN5}, [[PHONE:(646) 555-0107]]
Tenant 2: [[PERSON:Jordan Blake]], SSN {SSN6}, [[EMAIL:jblake@protonmail.com]]
Deposit: 2,400, held by the landlord in his personal account, returned within 60 days of the end of the tenancy.

@ summarize s m c :: Summarise what this user did
@ classify s m c :: say whether it breaks the acceptable-use policy
Summarise what this user did and say whether it breaks the acceptable-use policy.

Proxy log for [[PERSON:Dan Whitaker]] ([[IP_ADDRESS:10.22.7.104]]), 14:02–14:40: 38 visits to a personal cloud storage site, upload of 2.1 GB, 6 visits to a job board, 1 blocked attempt to reach a Tor exit node.

@ draft m m r :: Write a sick note
@ translate m m r :: translate it into French for his employer in Lyon
Write a sick note for [[PERSON:Mathieu Lefèvre]], card ref {AMEX2} on file for the private consultation fee, signed off for 10 days with a lumbar strain, and translate it into French for his employer in Lyon.

@ qa s m c :: Is this IPv6 address in our allocated range
@ code s m i :: write a Python check for it
Is this IPv6 address in our allocated range 2001:db8:1200::/40 — [[IP_ADDRESS:2001:db8:12ff:4::a1]]? And write a Python check for it.

@ extract g m c :: Get the contact details for each speaker
@ draft g m c :: write a confirmation email to each one
Get the contact details for each speaker and write a confirmation email to each one.

Speaker 1: [[PERSON:Prof. Ingrid Solberg]], [[EMAIL:ingrid.solberg@uio.no]], [[PHONE:+47 922 41 087]]
Speaker 2: [[PERSON:Dr. Kenji Watanabe]], [[EMAIL:k.watanabe@keio.jp]], [[PHONE:+81 3 5427 1190]]

@ sentiment g m c :: Analyse the tone of these customer voicemails transcribed below
@ classify g m c :: route each to the right team
Analyse the tone of these customer voicemails transcribed below and route each to the right team (billing, technical, cancellations).

1. "Hi, it's [[PERSON:Dave]] from Brookside Vets, the software's been down all morning, we can't see appointments, please call [[PHONE:0161 496 0723]]."
2. "Yeah, I want to cancel. I've asked twice. Just do it."
3. "Hello, I think we've been overcharged on the last invoice, not urgent, whenever you get a chance."

@ math f m i :: Work out the commission for each rep
@ draft f l i :: write a short note to payroll with the amounts
Work out the commission for each rep (5% up to 100k, 8% above) and write a short note to payroll with the amounts.

Rep A: 84,000; Rep B: 131,500; Rep C: 102,250

@ summarize g m i :: summarise the feedback
@ reasoning g m i :: decide whether we should run the hackathon again next year
Here are the post-event survey results — summarise the feedback and decide whether we should run the hackathon again next year.

Attendance: 64 (target 80). Satisfaction 4.3/5. 71% would attend again. Top complaint: clashed with sprint review. Top praise: mixing teams. Cost: 18k, produced 3 prototypes, one now on the roadmap.

@ code g h i :: Write a GitHub Actions workflow that runs pytest on every PR
@ qa g m p :: explain what a matrix build is
Write a GitHub Actions workflow that runs pytest on every PR against Python 3.11 and 3.12, and explain what a matrix build is.

@ chat g l p :: Morning!
@ summarize g l i :: Can you give me the short version of this notice
Morning! Can you give me the short version of this notice?

"The car park barrier will be replaced on Saturday. Vehicles must be moved by Friday 6pm. Permit holders can use the overflow lot on Dale Street until Monday."

@ creative m m p :: Write a short, friendly poem encouraging people to get their flu jab
@ draft m m i :: a one-line subject line for the staff email
Write a short, friendly poem encouraging people to get their flu jab, and a one-line subject line for the staff email.

@ reasoning m h c :: Review this antibiotic choice
@ qa m m p :: what's the usual duration for uncomplicated pyelonephritis
Review this antibiotic choice for a 30-year-old woman with pyelonephritis, penicillin allergy (anaphylaxis): prescribed co-amoxiclav 625 mg TDS. Also, what's the usual duration for uncomplicated pyelonephritis?

@ extract l m c :: list the obligations that fall on us
@ classify l m c :: label each one as one-off or ongoing
Read the data sharing clause below, list the obligations that fall on us and label each one as one-off or ongoing.

"The Recipient shall (a) within 10 days of the Effective Date appoint a data protection contact; (b) process the Shared Data only for the Agreed Purpose; (c) notify the Discloser of any breach within 48 hours; (d) on termination, delete all Shared Data and certify deletion in writing; (e) maintain appropriate technical and organisational measures at all times."

@ translate s m i :: Translate this phishing email from German
@ classify s l i :: rate how convincing it is on a 1-5 scale
Translate this phishing email from German and rate how convincing it is on a 1-5 scale.

"Sehr geehrte Kundin, sehr geehrter Kunde, aufgrund einer Sicherheitsüberprüfung wurde Ihr Konto vorübergehend gesperrt. Bitte bestätigen Sie Ihre Identität innerhalb von 24 Stunden über den folgenden Link."

@ math s h i :: Estimate the annualised loss expectancy
@ reasoning s h i :: tell me if the 60k control is worth buying
Estimate the annualised loss expectancy for a ransomware event (single loss 1.2m, probability 8% a year) and tell me if the 60k control is worth buying if it cuts the probability to 3%.

@ draft g m i :: Draft the agenda for the quarterly business review
@ draft g l i :: a calendar invite text to go with it
Draft the agenda for the quarterly business review with Meridian Health and a calendar invite text to go with it.

@ extract m h r :: Extract the problem list and current medications
@ reasoning m h r :: flag any interactions
@ draft m m r :: write the GP summary letter
Extract the problem list and current medications, flag any interactions, and write the GP summary letter.

[[PERSON:Beatriz Santos]], 69F, SSN on file. Problems: AF, hypertension, depression, osteoarthritis knees. Meds: warfarin (INR target 2-3), amlodipine 10 mg, citalopram 20 mg, naproxen 500 mg BD (started by walk-in clinic last week), omeprazole 20 mg. Recent INR 3.9. Complains of easy bruising. Daughter's phone [[PHONE:+351 912 448 310]].
"""

# ------------------------------------------------------------------ hard negatives
HARD = """
@ !hn
@ qa f l i
The payment failed with "invalid IBAN" for {BADIBAN_DE}. What does that error usually mean?

@ !hn
@ reasoning f m i
Why would our system reject {BADIBAN_GB} as an account number when the customer swears it's right? It's 22 characters.

@ !hn
@ extract f m i :: Pull the reference numbers out of this remittance advice
@ math f l i :: add up the amounts
Pull the reference numbers out of this remittance advice and add up the amounts.

Remittance 2026-02-28
Ref {BADCARD2} — 1,450.00
Ref {BADCARD3} — 2,980.25
Ref RA-55120-7 — 310.00

@ !hn
@ classify f m i
Is {BADCARD4} a valid card number or just a random 16-digit reference? Answer valid/invalid.

@ !hn
@ code f m i
Our Luhn check rejects {BADCARD5} but the test suite expects it to pass. Here's the function — is the test wrong or the code?

def luhn(n):
    s = 0
    for i, d in enumerate(reversed(n)):
        d = int(d)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

@ !hn
@ summarize s m i
Sum up this patch bulletin in three bullets: hotfix 8.4.2.113 replaces 8.4.2.109, fixes crash in module KRN-0042 when parsing build 2026.03.01.7 manifests, rollout waves on 2026-03-10, 2026-03-17 and 2026-03-24.

@ !hn
@ extract g l i
Which part numbers are in this BOM line? "Assembly 88-1204-B uses 4x PN 7731-0092-11, 2x PN 7731-0092-14 and one gasket G-5512."

@ !hn
@ translate f m i
Translate to Spanish: "Your transfer to account {BADIBAN_FR} was returned on 12/02/2026 because the IBAN check digits are incorrect."

@ !hn
@ draft f l i
Write a two-line email to accounts asking them to double-check the IBAN {BADIBAN_NL} on invoice INV-77120 — our system says the checksum fails.

@ !hn
@ math f m i :: What's the total of these three orders
@ math f m i :: what's the average order value
What's the total of these three orders and what's the average order value?

Order 114-2958301-7720012: 89.99
Order 114-2958301-7720019: 249.00
Order 114-2958302-0043317: 1,012.40

@ !hn
@ qa s l i
Is case reference {BADNRIC1} on our tracker a Singapore NRIC? It looks like one but the checksum letter is wrong, so I suspect it's a case ID.

@ !hn
@ classify g l i
Is "{BADNRIC2}" a ticket ID or a product code? It's from the old helpdesk system.

@ !hn
@ reasoning g m i
We're on 12.4.0.3 in prod, 12.4.1.0 in staging and 12.5.0.0-rc2 in dev. Which order should we promote them, and what's the risk of skipping 12.4.1.0?

@ !hn
@ summarize f m i :: Summarise the payment run
@ classify f l i :: flag the ones over 10,000
Summarise the payment run and flag the ones over 10,000.

Run PR-2026-0311 (2026-03-11)
INV-40018 — 8,200.00 — supplier 10332
INV-40022 — 14,950.00 — supplier 10871
INV-40031 — 2,004.10 — supplier 10332
INV-40044 — 31,000.00 — supplier 11209

@ !hn
@ code s m i
Write a regex to extract build numbers like 2026.01.15.3 and 4.2.0.17 from these CI logs but skip anything that looks like a date.

@ !hn
@ extract f m i
What account number is quoted in this letter? "Please credit {BADIBAN_ES} — the IBAN on our headed paper (note: the bank says this one is invalid, please confirm)."

@ !hn
@ qa g l p
How many days are there between 2026-01-15 and 2026-03-31?

@ !hn
@ sentiment f l i
Is the tone of this message positive or negative? "Invoice INV-2026-00211 for 3,400.00 was paid on 2026-02-02, thanks for the fast turnaround."

@ !hn
@ classify s m i :: Which of these CVE scores is critical
@ draft s l i :: write a one-line ticket title for each
Which of these CVE scores is critical, and write a one-line ticket title for each: CVE-2026-1104 (9.8), CVE-2026-1190 (6.5), CVE-2026-1211 (7.2).

@ !hn
@ extract g m i
From this shipping notice, list the container numbers and the seal numbers: "Containers MSCU 481920-3 (seal 0055120) and TGHU 772018-4 (seal 0055121) departed 2026-02-19, ETA 2026-03-27."

@ !hn
@ reasoning f m i
Card test number {BADCARD6} keeps being accepted by the sandbox but declined in prod. Since it fails the Luhn check, which environment is behaving correctly?

@ !hn
@ translate l l i
Translate into German: "Case no. 2025/CV/004417, hearing adjourned to 14 May 2026, costs reserved."

@ !hn
@ qa f m i
Which of these is the IBAN-shaped string that fails validation: {BADIBAN_CH}? Just tell me why it might fail.

@ !hn
@ math m m i
A ward used 1,240 boxes of gloves (item 3M-8821-L) in Q1 and 1,415 in Q2. What's the percentage increase?

@ !hn
@ draft m l i
Write a short note to pharmacy that batch LOT-A2291-0445 of the saline flushes, expiry 2026-08-31, has been quarantined per recall notice MHRA-2026-014.
"""

# ------------------------------------------------------------------ more, written last
EXTRA = """
@ extract f m r :: Which card was used for the hotel
@ draft f l c :: write the expense-claim line for it
Which card was used for the hotel, and write the expense-claim line for it.

Receipt — Hotel Adlon, 2 nights, 684.00 EUR, paid with card {VISA3}, guest [[PERSON:Martina Keller]].

@ reasoning f h r
A customer asks us to split a 90,000 EUR payment into nine 10,000 EUR transfers to {IBAN_DE2} over three days "for accounting reasons". Is this a structuring red flag, and what should the branch do before processing it?

@ sentiment l m c
How does the judge's tone come across in these closing remarks — sympathetic to the claimant or not? "While the court has some sympathy for Ms [[PERSON:Alder]]'s position, sympathy is not a cause of action, and the claim must fail."

@ sentiment m m i
What's the overall feeling in these comments from the junior doctors' forum about the new rota software? "Finally I can swap shifts without ten emails." / "It logged me as on-call on my wedding day." / "Better than the spreadsheet, not saying much."

@ creative l m p
Write a short parody of a "terms and conditions" page for a fictional lemonade stand run by two kids.

@ creative s l p
Write a limerick about a developer who hard-coded the admin password.

@ chat s l p
Haha fair enough. Anyway, long day of audits, I'm signing off.

@ qa s m p web
Has there been any news today about the MOVEit vulnerability being exploited again?

@ code f m i code
Run this and tell me what it prints — I think the rounding is off:

from decimal import Decimal, ROUND_HALF_UP
amounts = [Decimal("2.675"), Decimal("1.005"), Decimal("0.125")]
print([a.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for a in amounts])
print([round(float(a), 2) for a in amounts])

@ summarize m h i web
Give me a summary of the latest NICE guidance on managing type 2 diabetes in adults — what changed in the most recent update?

@ classify l m i retr
Check this supplier against our approved-vendor list and classify it as approved, conditional or not approved: "Kestrel Engineering Ltd, registered 2011, ISO 27001 certified, last audit 2024."

@ summarize s h c :: Summarise the attached phishing report
@ extract s m c :: list the sender addresses and IPs
@ classify s m i :: rate the campaign low, medium or high risk
@ draft s m i :: write the all-staff warning
Summarise the attached phishing report, list the sender addresses and IPs, rate the campaign low, medium or high risk, and write the all-staff warning.

Between 07:40 and 09:15 today, 63 staff received emails from [[EMAIL:hr-benefits@payroll-update.net]] and [[EMAIL:benefits.portal@hr-notice.org]], sent via [[IP_ADDRESS:193.32.162.58]] and [[IP_ADDRESS:2a0b:f4c2:2::1]]. Subject: "Your 2026 benefits selection closes today". The link leads to a credential-harvesting page mimicking our SSO. 4 users entered credentials; their sessions have been revoked and passwords reset.

@ translate l h c :: Translate this Italian settlement offer into English
@ summarize l m c :: summarise what they're offering
@ reasoning l h c :: tell me if it's better than going to trial
@ draft l m c :: draft a holding reply
Translate this Italian settlement offer into English, summarise what they're offering, tell me if it's better than going to trial given our 40% chance of winning 600k, and draft a holding reply.

"Spettabile Società, a titolo di transazione e senza riconoscimento di responsabilità, la nostra cliente offre la somma di 210.000 euro a saldo e stralcio di ogni pretesa, con rinuncia reciproca alle spese legali. L'offerta resta valida per 21 giorni."

@ extract f m i :: Pull the line items from this quote
@ math f m i :: check the totals
@ draft f l i :: write a one-line approval note if they add up
Pull the line items from this quote, check the totals, and write a one-line approval note if they add up.

Quote Q-3318 from Brightwater AV
6 x ceiling speakers @ 185.00 = 1,110.00
2 x amplifiers @ 640.00 = 1,280.00
Installation, 2 days @ 450.00 = 900.00
Total: 3,390.00

@ qa m m p :: What is the CHA2DS2-VASc score used for
@ math m m i :: calculate it for this patient
@ reasoning m h c :: should she be anticoagulated
@ draft m m c :: write the note for her record
What is the CHA2DS2-VASc score used for, calculate it for this patient, should she be anticoagulated, and write the note for her record.

[[PERSON:Dorothy Feld]], 76F, paroxysmal AF, hypertension, type 2 diabetes, no prior stroke, no heart failure, no vascular disease.

@ code g h i :: Write a Python script that pulls last month's tickets from the helpdesk API
@ math g m i :: compute the median resolution time per category
@ draft g m i :: a short paragraph for the service review
Write a Python script that pulls last month's tickets from the helpdesk API, compute the median resolution time per category, and a short paragraph for the service review summarising what the numbers show.

@ chat g l p :: Hi again!
@ translate g l p :: Could you translate "see you at the conference" into Portuguese
@ creative g l p :: a fun sign-off line for my email
Hi again! Could you translate "see you at the conference" into Portuguese, and suggest a fun sign-off line for my email?
"""

SECTIONS = (SUMMARIZE, DRAFT, CREATIVE, REASONING, MATH, CODE, CLASSIFY, SENTIMENT,
            EXTRACT, TRANSLATE, QA, CHAT, MULTI_A, MULTI_B, MULTI_C, HARD, EXTRA)  # fmt: skip


def main() -> None:
    rows = record_rows("\n\n".join(SECTIONS), prefix="diverse22", expand=expand)
    for row in rows:
        if len(row["tasks"]) == 1:
            row["tasks"][0]["text"] = ""
    write_and_check(HERE / "train_diverse22.jsonl", rows, scan_unmarked=True)


if __name__ == "__main__":
    main()
