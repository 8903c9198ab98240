# ruff: noqa: E501
"""Diverse training set 25: PII inside technical material (logs, configs, payloads).

Written by hand as an acceptance tester would label it. RECORD dialect; inline
values are written ``«TYPE:value»`` (marked PII), generated checksum values are
``{NAME}`` placeholders (marked when valid, plain when they are look-alikes).
Run: python tests/data/intent/train_diverse25_source.py
"""

from __future__ import annotations

import re

from corpus import (
    HERE,
    Values,
    check_lookalikes,
    mark,
    pv,
    record_rows,
    write_and_check,
)

V = Values(2525)

VALID = {
    "C1": ("CREDIT_CARD", V.card("4", 16, " ")),
    "C2": ("CREDIT_CARD", V.card("53", 16, "-")),
    "C3": ("CREDIT_CARD", V.card("37", 15, " ")),
    "C4": ("CREDIT_CARD", V.card("6011", 16, "")),
    "C5": ("CREDIT_CARD", V.card("4", 16, "")),
    "C6": ("CREDIT_CARD", V.card("2223", 16, " ")),
    "C7": ("CREDIT_CARD", V.card("51", 16, "")),
    "C8": ("CREDIT_CARD", V.card("34", 15, "-")),
    "IB1": ("IBAN", V.iban("DE", True)),
    "IB2": ("IBAN", V.iban("GB", False)),
    "IB3": ("IBAN", V.iban("FR", True)),
    "IB4": ("IBAN", V.iban("NL", False)),
    "IB5": ("IBAN", V.iban("ES", True)),
    "IB6": ("IBAN", V.iban("IT", False)),
    "IB7": ("IBAN", V.iban("CH", True)),
    "IB8": ("IBAN", V.iban("BE", False)),
    "IB9": ("IBAN", V.iban("PL", True)),
    "IB10": ("IBAN", V.iban("IE", False)),
    "SSN1": ("US_SSN", V.ssn()),
    "SSN2": ("US_SSN", V.ssn()),
    "SSN3": ("US_SSN", V.ssn(" ")),
    "SSN4": ("US_SSN", V.ssn()),
    "SSN5": ("US_SSN", V.ssn()),
    "NR1": ("SG_NRIC", V.nric("S")),
    "NR2": ("SG_NRIC", V.nric("T")),
    "NR3": ("SG_NRIC", V.nric("F")),
    "NR4": ("SG_NRIC", V.nric("G")),
    "NR5": ("SG_NRIC", V.nric("S")),
    "NR6": ("SG_NRIC", V.nric("M")),
}

LOOK = {
    "BC1": V.bad_card("4", " "),
    "BC2": V.bad_card("5", "-"),
    "BC3": V.bad16(""),
    "BC4": V.bad_card("4", ""),
    "BC5": V.bad16(" "),
    "BC6": V.bad_card("6011", "-", 5),
    "BC7": V.bad16("-"),
    "BC8": V.bad_card("4", " ", 7),
    "BI1": V.bad_iban("DE", True),
    "BI2": V.bad_iban("GB", False),
    "BI3": V.bad_iban("FR", True),
    "BI4": V.bad_iban("NL", False),
    "BI5": V.bad_iban("ES", True),
    "BI6": V.bad_iban("IT", False),
    "BN1": pv.bad_nric(V.rng),
    "BN2": pv.bad_nric(V.rng),
}
check_lookalikes(LOOK)

INLINE = re.compile(r"«([A-Z_]+):([^»]+)»")


def expand(raw: str) -> str:
    text = INLINE.sub(lambda m: mark(m.group(1), m.group(2)), raw)
    for name, (kind, value) in VALID.items():
        text = text.replace("{" + name + "}", mark(kind, value))
    for name, value in LOOK.items():
        text = text.replace("{" + name + "}", value)
    return text


RECORDS = r"""
@ summarize s m c
Summarise what happened in this firewall log excerpt, I need it for the shift handover:

2024-03-11T02:14:07Z DENY TCP «IP_ADDRESS:185.220.101.47»:51322 -> «IP_ADDRESS:10.20.4.17»:22 rule=ssh-ext-block
2024-03-11T02:14:09Z DENY TCP «IP_ADDRESS:185.220.101.47»:51330 -> «IP_ADDRESS:10.20.4.17»:22 rule=ssh-ext-block
2024-03-11T02:15:44Z ALLOW TCP «IP_ADDRESS:10.20.4.17»:443 -> «IP_ADDRESS:52.94.236.248»:443 rule=egress-https
2024-03-11T02:16:02Z DENY UDP «IP_ADDRESS:185.220.101.47»:53 -> «IP_ADDRESS:10.20.4.18»:161 rule=snmp-block

@ classify s m c
Triage this SIEM alert as true positive, benign true positive or false positive, one word plus a reason:

{"alert_id":"ALR-558213","rule":"Impossible travel","user":"«EMAIL:m.okafor@northwind-logistics.com»","src_ips":["«IP_ADDRESS:81.2.69.160»","«IP_ADDRESS:103.21.244.9»"],"countries":["GB","SG"],"delta_minutes":38,"mfa":"passed","severity":"medium"}

@ extract s m c
pull every source IP out of these nginx access lines and give me a count per IP, nothing else

«IP_ADDRESS:66.249.66.1» - - [12/Feb/2024:10:01:12 +0000] "GET /robots.txt HTTP/1.1" 200 67 "-" "Googlebot/2.1"
«IP_ADDRESS:45.155.205.233» - - [12/Feb/2024:10:01:15 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
«IP_ADDRESS:45.155.205.233» - - [12/Feb/2024:10:01:16 +0000] "GET /.env HTTP/1.1" 403 153 "-" "Mozilla/5.0"
«IP_ADDRESS:2a02:c207:2034:5071::1» - - [12/Feb/2024:10:01:19 +0000] "POST /api/v2/login HTTP/2.0" 401 41 "-" "python-requests/2.31.0"

@ qa s l c
Is «IP_ADDRESS:45.155.205.233» hitting /.env with a 403 something I should worry about or just background noise?

@ code s h r code
Write a Python script that reads a Postgres dump like the one below and replaces every card number and SSN with a masked token before we hand the file to the vendor. Keep the COPY format intact.

COPY public.customers (id, full_name, email, ssn, card_pan, created_at) FROM stdin;
10421	«PERSON:Dana Whitfield»	«EMAIL:dana.whitfield@gmail.com»	{SSN1}	{C5}	2023-07-14 09:12:55+00
10422	«PERSON:Luis Ortega»	«EMAIL:lortega77@yahoo.com»	{SSN2}	{C7}	2023-07-14 09:13:40+00
\.

@ reasoning s h c
Here's our incident timeline. Given the order of events, was the initial access the phishing mail or the exposed RDP? Walk me through your reasoning.

09:02 mail from «EMAIL:payroll-update@hr-portal-secure.net» delivered to «EMAIL:k.brandt@fabrikam.de»
09:07 k.brandt clicks link, proxy logs GET hxxp://hr-portal-secure.net/login?session=8f3a21c
09:31 RDP logon type 10 to FAB-WS-0231 from «IP_ADDRESS:194.165.16.72»
09:33 new local admin "svc_backup2" created on FAB-WS-0231
10:15 outbound 4.2 GB to «IP_ADDRESS:5.188.86.114» over 443

@ draft s m c
Draft a short notification email to «PERSON:Karin Brandt» explaining that her account was used in a suspicious RDP session from «IP_ADDRESS:194.165.16.72» and that we've reset her password. Keep it calm, no jargon. Her manager is «PERSON:Stefan Ahlers» (cc).

@ extract s m c :: Pull the sender, return-path and every IP from these Received headers
@ classify s l c :: then tell me if this looks spoofed
Pull the sender, return-path and every IP from these Received headers, then tell me if this looks spoofed.

Return-Path: <«EMAIL:bounce-77812@mailer.docsign-notify.co»>
Received: from mailer.docsign-notify.co («IP_ADDRESS:91.243.44.130») by mx1.contoso.org with ESMTP id 4TqZ1k3Jx2z; Tue, 5 Mar 2024 14:22:10 +0000
Received: from [«IP_ADDRESS:10.8.0.12»] (unknown [«IP_ADDRESS:91.243.44.130»]) by mailer.docsign-notify.co (Postfix) with ESMTPSA
From: "DocuSign" <«EMAIL:no-reply@docsign-notify.co»>
To: «EMAIL:finance.team@contoso.org»
Subject: Please review: Invoice INV-2024-00917

@ translate s m c
Translate this alert description into German for our Munich SOC, keep the field names in English:

Host «IP_ADDRESS:172.16.40.22» (owner «PERSON:Anna Kowalczyk», «EMAIL:a.kowalczyk@contoso.org») contacted a known C2 domain 14 times in 10 minutes. The EDR agent version is 7.11.2 and the process was rundll32.exe launched from %APPDATA%. Isolate the host and call the owner on «PHONE:+49 89 2190 4471».

@ summarize g m c
tl;dr of this k8s config review thread pls

Ravi: the ingress still has the old allowlist, «IP_ADDRESS:198.51.100.24» is the office egress and «IP_ADDRESS:2001:db8:4f10::25» is the v6 one
Mei: also the secret for smtp is in plain text in the ConfigMap, user is «EMAIL:alerts@shopfront.io»
Ravi: yeah and replicas: 3 but HPA min is 2, which wins?
Mei: HPA wins once it reconciles. I'll move the smtp creds to a Secret and open CHG-4471
Ravi: 👍 merging after the 1.29.3 upgrade

@ code g m c code
Fix this Kubernetes manifest so the SMTP password comes from a Secret instead of an env literal, and keep everything else as is:

apiVersion: apps/v1
kind: Deployment
metadata:
  name: notifier
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: notifier
          image: registry.shopfront.io/notifier:2.8.1
          env:
            - name: SMTP_USER
              value: "«EMAIL:alerts@shopfront.io»"
            - name: SMTP_PASS
              value: "Xq8!mVt2#pLr"
            - name: SMTP_HOST
              value: "«IP_ADDRESS:10.12.0.25»"

@ classify s l c
Which of these .env entries are secrets that must go to the vault and which are fine as config? Just label each line.

APP_ENV=production
APP_PORT=8080
DB_HOST=«IP_ADDRESS:10.40.3.11»
DB_USER=orders_rw
DB_PASSWORD=pR0d-0rders-2024!
SUPPORT_EMAIL=«EMAIL:support@brightcart.com»
STRIPE_SECRET_KEY=sk_live_51Hx7eQ2LkT9sWm
LOG_LEVEL=info

@ extract f m r
From this Stripe webhook payload, extract the customer name, email, last4 and amount into a table. The raw PAN shouldn't even be in there but it is, so flag it.

{"id":"evt_1OqT2m2eZvKYlo2C","type":"charge.succeeded","data":{"object":{"amount":18950,"currency":"usd","billing_details":{"name":"«PERSON:Harold Finch»","email":"«EMAIL:hfinch@ingram-partners.com»","phone":"«PHONE:+1 212-555-0187»"},"payment_method_details":{"card":{"brand":"visa","last4":"4242","raw_number":"{C1}","exp_month":9,"exp_year":2027}}}}}

@ reasoning f h r
Our payout config for the new marketplace sellers is below. Before we go live, reason through whether anything here breaks PSD2 / our own four-eyes rule, and what would happen if the second IBAN is wrong.

payouts:
  - seller_id: SLR-000812
    holder: «PERSON:Marta Kowalska»
    iban: {IB9}
    schedule: weekly
    approved_by: j.mayer
  - seller_id: SLR-000813
    holder: «PERSON:Pieter de Vries»
    iban: {IB4}
    schedule: daily
    approved_by: j.mayer

@ math f m r calc
Sum the refund amounts in this payments export and tell me what % of the gross they are.

txn_id,card,holder,gross,refund
TX-90112,{C2},«PERSON:Aaliyah Brooks»,1240.00,0.00
TX-90113,{C3},«PERSON:Gordon Pike»,389.50,389.50
TX-90114,{C4},«PERSON:Yuki Sato»,75.99,25.00
TX-90115,{C6},«PERSON:Femi Adeyemi»,2100.00,300.00

@ sentiment g l c
How does this customer sound in the support ticket below — angry, neutral, satisfied?

Ticket #448210 from «EMAIL:rgreene@outlook.com»: "Third time I'm writing. Your API keeps returning 502 on /v3/orders since the 3.4.1 release and nobody answers. If this isn't fixed by Friday we're moving to a different provider."

@ chat g l c
hey, quick one — the on-call phone «PHONE:+44 20 7946 0321» keeps going to voicemail, who else do I ping tonight?

@ creative s m c
Write a short, funny tabletop-exercise scenario for our SOC team where the "attacker" is a confused intern. Use these fake-but-realistic artefacts so it feels real: attacker IP «IP_ADDRESS:203.0.113.77», phished user «PERSON:Greg Halvorsen» («EMAIL:greg.halvorsen@initech.com»), and a C2 over port 8443.

@ qa s m c
In this CloudTrail event, who actually made the call and from where?

{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::123456789012:user/deploy-bot","accountId":"123456789012","userName":"deploy-bot"},"eventTime":"2024-04-02T18:44:09Z","eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy","awsRegion":"eu-west-1","sourceIPAddress":"«IP_ADDRESS:34.241.18.99»","userAgent":"aws-cli/2.15.30 Python/3.11.8","requestParameters":{"bucketName":"acme-payroll-exports"}}

@ classify s m c
Severity for this GuardDuty finding? low / medium / high / critical, one word.

{"type":"UnauthorizedAccess:EC2/SSHBruteForce","resource":{"instanceId":"i-0a1b2c3d4e5f67890"},"service":{"action":{"networkConnectionAction":{"remoteIpDetails":{"ipAddressV4":"«IP_ADDRESS:218.92.0.112»","country":{"countryName":"China"}},"localPortDetails":{"port":22}}},"count":1734}}

@ summarize f m r
Summarise this KYC onboarding record for the compliance reviewer in 3 bullets.

Applicant: «PERSON:Tan Wei Ming»
NRIC: {NR1}
Mobile: «PHONE:+65 9123 4478»
Email: «EMAIL:weiming.tan@singnet.com.sg»
Source of funds: salary + sale of HDB flat (S$ 612,000)
PEP screening: no match (ref SCR-2024-11873)
Risk score: 34 / 100 (medium)

@ extract f l r
Extract the NRIC and the phone from this record, JSON only.

name=«PERSON:Nur Aisyah binte Rahman»; nric={NR2}; tel=«PHONE:+65 8765 2210»; branch=TAMPINES-03; case=KYC-77120

@ draft l h r
Draft the data-breach notification letter to the affected individual below under the Singapore PDPA. Mention what was exposed (NRIC, email, mobile), what we did, and who to contact.

Affected individual: «PERSON:Lee Hui Min», NRIC {NR3}, «EMAIL:huimin.lee@gmail.com», «PHONE:+65 9011 3327»
Incident: misconfigured S3 bucket exposed onboarding PDFs from 2024-02-18 to 2024-02-21
Contact: DPO «PERSON:Rachel Goh», «EMAIL:dpo@lionbank.sg»

@ code s m c code
Give me a jq one-liner that pulls sourceIPAddress and userIdentity.arn from every CloudTrail record in a file, here's one record for shape:

{"Records":[{"eventName":"ConsoleLogin","sourceIPAddress":"«IP_ADDRESS:88.198.41.6»","userIdentity":{"arn":"arn:aws:iam::210987654321:user/ops-admin"},"responseElements":{"ConsoleLogin":"Success"}}]}

@ extract s m c :: List the distinct client IPs and user agents
@ reasoning s m c :: and tell me which one is most likely the scanner
@ draft s l c :: Then write a one-line WAF rule to block it
List the distinct client IPs and user agents, and tell me which one is most likely the scanner. Then write a one-line WAF rule to block it.

«IP_ADDRESS:45.83.64.1» "GET /?id=1%27%20OR%201=1-- HTTP/1.1" 200 "sqlmap/1.7.2#stable"
«IP_ADDRESS:192.0.2.55» "GET /products?page=2 HTTP/1.1" 200 "Mozilla/5.0 (Macintosh)"
«IP_ADDRESS:45.83.64.1» "GET /?id=1%22%20AND%20SLEEP(5) HTTP/1.1" 200 "sqlmap/1.7.2#stable"
«IP_ADDRESS:2001:db8:aa::17» "GET /cart HTTP/2.0" 200 "Mozilla/5.0 (iPhone)"

@ math s m c calc
Given this proxy log, what's the average bytes per request for «IP_ADDRESS:10.30.8.44» and how much total did it upload?

«IP_ADDRESS:10.30.8.44» CONNECT drive.google.com:443 bytes_out=1048576 bytes_in=2048
«IP_ADDRESS:10.30.8.44» CONNECT drive.google.com:443 bytes_out=5242880 bytes_in=4096
«IP_ADDRESS:10.30.8.44» CONNECT www.bbc.co.uk:443 bytes_out=1024 bytes_in=512000

@ summarize s m c
Can you boil this pcap summary down to what matters?

Conversations (top 5 by bytes):
«IP_ADDRESS:192.168.1.23» <-> «IP_ADDRESS:104.16.249.249» TCP 443  18.2 MB
«IP_ADDRESS:192.168.1.23» <-> «IP_ADDRESS:77.91.124.55» TCP 4444  6.7 MB
«IP_ADDRESS:192.168.1.40» <-> «IP_ADDRESS:8.8.8.8» UDP 53  0.3 MB
«IP_ADDRESS:fe80::1c2a:3bff:fe4d:9a10» <-> mDNS multicast UDP 5353 0.1 MB
Protocol hierarchy: TLS 71%, TCP other 22%, DNS 4%, mDNS 1%
Capture: 2024-05-09 11:00 to 11:45 UTC, 41,882 frames
@ translate f m r
Translate this payout confirmation into French for the seller:

Hi «PERSON:Camille Laurent», your payout of EUR 2,418.60 for settlement period 2024-W14 has been sent to {IB3}. Reference PO-2024-118823. Questions? Reply to «EMAIL:payouts@marketly.eu».

@ qa f l r
Is {IB1} a German account? The vendor says it is but the form said Austria.

@ code f m r code
Write a Python function that validates an IBAN with mod-97 and masks all but the last 4 characters. Test it with {IB2} and {IB5}.

@ classify f m r
Is this card transaction likely fraud? Yes/no + one line.

card={C8} merchant="ELECTRO-WORLD ONLINE" mcc=5732 amount=2,899.00 USD country=NG ip=«IP_ADDRESS:102.89.34.11» billing_country=US cardholder=«PERSON:Linda Carver» prior_txn_24h=7 avs=N cvv=M

@ sentiment f l c
Tone of this email from a client — worried or fine?

From: «PERSON:Oliver Grant» <«EMAIL:oliver.grant@grantholdings.co.uk»>
"Hi, I noticed two debits of £1,250.00 on 03/04 with reference DD-884120. I assume one is a duplicate? Could someone check when you get a chance. Thanks, Oliver"

@ draft f m r
Write a reply to the payroll team confirming we updated «PERSON:Daniel Okoro»'s bank details to {IB10} effective from the May run, and that the old account ending 7712 will not be used. Sign as Payroll Ops.

@ extract g m c
Get me all the email addresses and phone numbers out of this signature block mess:

--
«PERSON:Jonas Eriksson» | Head of Platform
«EMAIL:jonas.eriksson@northbeam.se» | mob «PHONE:+46 70 123 45 67»
Office: «PHONE:+46 8 555 019 20» | Kungsgatan 12, 111 43 Stockholm
Build 2024.04.2 | Ticket SUP-3381

@ summarize l h r
Summarise the privacy risks in this API response we found in a pen test report, for the legal team:

GET /api/v1/users/48812 HTTP/1.1  200 OK
{"id":48812,"name":"«PERSON:Beatriz Santos»","email":"«EMAIL:bia.santos@uol.com.br»","ssn":"{SSN3}","phone":"«PHONE:(415) 555-0142»","last_login_ip":"«IP_ADDRESS:189.6.22.140»","role":"customer","api_version":"1.14.2"}
Note: endpoint has no auth check; any logged-in user can enumerate ids 1..60000.

@ reasoning s h r
Given that response, could an attacker realistically enumerate all 60k users before our rate limit (100 req/min per IP) kicks in? Consider they have a /24 of addresses. Use the same sample:

{"id":48813,"name":"«PERSON:Kwame Mensah»","email":"«EMAIL:kmensah@proton.me»","ssn":"{SSN4}","last_login_ip":"«IP_ADDRESS:41.66.208.7»"}

@ draft s m c :: Write a Jira ticket for this finding
@ classify s l c :: and rate it with CVSS severity (just the band)
Write a Jira ticket for this finding and rate it with CVSS severity (just the band). Reporter is «PERSON:Ines Carvalho» («EMAIL:ines.carvalho@redteam-partners.pt»). Affected host «IP_ADDRESS:10.60.2.9», app version 3.2.7.

@ summarize s m c :: Summarise this incident timeline in five lines
@ draft s m c :: and draft the status update for execs
@ math s l c calc :: Also how many hours from detection to containment?
Summarise this incident timeline in five lines and draft the status update for execs. Also how many hours from detection to containment?

2024-06-03 07:45 UTC detection: EDR alert on «IP_ADDRESS:10.2.14.56» (laptop of «PERSON:Chris Moran»)
2024-06-03 09:10 analyst «PERSON:Aiko Shimizu» confirms Cobalt Strike beacon to «IP_ADDRESS:146.70.53.211»
2024-06-03 13:30 host isolated, user creds reset
2024-06-04 02:15 containment declared after sweep of 1,482 endpoints

@ qa g l c
What does "X-Forwarded-For: «IP_ADDRESS:203.0.113.9», «IP_ADDRESS:172.31.4.8»" tell me about where the request came from?

@ code g m c code
This URL is logged verbatim and includes the user's email in the query string. Write an nginx log_format / map that strips the email param:

https://app.tallyhq.com/reset?email=«EMAIL:sofia.marin@tallyhq.com»&token=7fa1c9e2&utm_source=mail&v=5.1.0

@ classify g l c
Which of these query params are PII? https://shop.example.net/track?order=ORD-77120&uid=«EMAIL:jan.novak@seznam.cz»&ref=bf2024&phone=«PHONE:+420 602 118 554»&sku=A-1190-22

@ extract s m c
List the usernames and the IPs they logged in from:

Apr 12 03:11:45 bastion sshd[2231]: Accepted publickey for deploy from «IP_ADDRESS:10.0.12.5» port 53122 ssh2: ED25519 SHA256:Q3k9eX
Apr 12 03:14:02 bastion sshd[2260]: Failed password for root from «IP_ADDRESS:159.223.45.18» port 40022 ssh2
Apr 12 03:14:05 bastion sshd[2262]: Failed password for invalid user admin from «IP_ADDRESS:159.223.45.18» port 40030 ssh2
Apr 12 03:20:19 bastion sshd[2301]: Accepted password for mkhan from «IP_ADDRESS:2a01:4f8:c17:1b2a::1» port 61002 ssh2

@ reasoning s m c
mkhan logging in with a password from a Hetzner v6 address at 3am — legit or compromise? Think it through. Line: Accepted password for mkhan from «IP_ADDRESS:2a01:4f8:c17:1b2a::1» port 61002

@ chat s l c
ugh, got paged again for «IP_ADDRESS:10.44.1.9» flapping. third night in a row. anyway, how's your week going?

@ creative g m c
Turn this boring outage postmortem into a short limerick for the team channel: DNS resolver «IP_ADDRESS:10.0.0.53» ran out of memory, 47 minutes down, fixed by «PERSON:Hamid Rezaei» at 2am.

@ math g m c calc
Our API gateway logged 1,284,330 requests yesterday and 0.37% returned 5xx. The top offender «IP_ADDRESS:100.24.7.81» sent 212,000 of them. How many 5xx is that total, and what share of traffic did that one IP make up?

@ summarize m m r
Summarise this HL7-ish lab message so the on-call doctor can read it on a phone:

MSH|^~\&|LAB|GENHOSP|EMR|GENHOSP|20240410083211||ORU^R01|MSG00412|P|2.5.1
PID|1||MRN-0048812||«PERSON:Walker^Ruth»||19560312|F|||12 Elm St^^Springfield^IL|||«PHONE:(217) 555-0196»|||||{SSN5}
OBX|1|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H
OBX|2|NM|4548-4^HbA1c^LN||8.9|%|4.0-5.6|H
OBX|3|NM|2160-0^Creatinine^LN||1.1|mg/dL|0.6-1.2|N

@ extract m m r
Pull patient name, MRN and the abnormal results from the HL7 above into JSON. Here it is again trimmed: PID|1||MRN-0077120||«PERSON:Reyes^Tomas»||19710822|M ... OBX|1|NM|718-7^Hemoglobin^LN||9.8|g/dL|13.5-17.5|L

@ classify m l c
Does this triage note belong in cardio, respiratory, GI or neuro? Pt «PERSON:Samuel Idowu», 58M, crushing chest pain radiating to L arm x40 min, diaphoretic, BP 158/96, HR 104. Callback «PHONE:0161 496 0732».

@ translate m m r
Translate this discharge note into Spanish for the patient's family:

Patient «PERSON:María José Fuentes» (SSN {SSN1}) was treated for community-acquired pneumonia. Continue amoxicillin 1 g three times daily for 5 more days. Follow-up with Dr «PERSON:Alan Whitmore» on 2024-05-02, phone «PHONE:+1 312 555 0118».

@ qa m l c
Patient record says last login to the patient portal was from «IP_ADDRESS:73.158.22.41» — does HIPAA treat the IP address itself as PHI?

@ sentiment m l c
How does the patient feel about their care based on this portal message? "Dr «PERSON:Helen Park» was wonderful but I waited 3 hours and nobody told me why. Message me at «EMAIL:jdowns1962@aol.com»."

@ draft m m r
Draft a referral letter from Dr «PERSON:Imran Siddiqui» to the endocrinology clinic for the patient «PERSON:Ruth Walker» (SSN {SSN2}), glucose 212 mg/dL, HbA1c 8.9%, on metformin 1 g bd.

@ summarize l m c
Summarise this DPA clause exchange between our counsel and the vendor:

From «PERSON:Natalie Shore» («EMAIL:nshore@harrowlaw.com»): "Clause 7.3 still lets them store access logs with client IP addresses for 24 months. GDPR Art. 5(1)(e) — that's too long. We proposed 90 days."
From «PERSON:Björn Lindqvist» («EMAIL:b.lindqvist@cloudvault.se»): "Our SOC needs 12 months minimum for forensics (ISO 27001 A.8.15). We can pseudonymise IPs after 30 days."
@ reasoning l h c
Under GDPR, is a dynamic IP like «IP_ADDRESS:84.155.23.190» in our web server logs personal data if we can't link it to a name ourselves? Reason through Breyer.

@ extract l m r :: Extract the parties, bank details and notice addresses from this contract excerpt
@ qa l m r :: and tell me whether the notice clause allows email
Extract the parties, bank details and notice addresses from this contract excerpt and tell me whether the notice clause allows email.

12.1 Payments shall be made to the Supplier's account IBAN {IB6} (BIC BPMOIT22XXX).
12.2 Notices: to the Supplier, attn. «PERSON:Giulia Ferraro», Via Roma 14, 20121 Milano, «EMAIL:legal@ferraro-tessuti.it»; to the Customer, attn. «PERSON:Mark Ellison», «EMAIL:contracts@ellison-retail.com».
12.3 Notice by email is effective on the next Business Day.

@ draft l m r
Draft an amendment replacing the payment account in clause 12.1 with {IB7}, effective 1 July 2024, signed for the supplier by «PERSON:Giulia Ferraro».

@ classify l m c
Is this a subject access request, an erasure request, or neither? "Hello, I'm «PERSON:Priti Desai» («EMAIL:priti.desai@btinternet.com»). Please send me all the data you hold on me, including logs of which IPs accessed my account."

@ translate l m c
Put this clause into plain English (not legalese): "The Processor shall notify the Controller, via «EMAIL:privacy@orbis-analytics.com» or on «PHONE:+31 20 794 3310», without undue delay and in any event within 48 hours of becoming aware of a Personal Data Breach."

@ summarize f m r
Summarise the chargeback dispute below for the risk committee:

Case CB-2024-03391. Cardholder «PERSON:Evelyn Marsh», card {C2}, disputes USD 4,120.00 at "LUXE TRAVEL LTD" on 2024-02-19 claiming non-receipt. Merchant provides e-ticket PNR QX7T4L, login from «IP_ADDRESS:68.195.77.201» matching prior orders, and device fingerprint fp_92ac10. Reason code 13.1. Deadline 2024-04-04.

@ reasoning f h r
Should we fight this chargeback? The IP «IP_ADDRESS:68.195.77.201» matches 11 prior undisputed orders on card {C2} and the e-ticket was used. Reason code 13.1, amount $4,120.

@ math f m r calc
Split the wire to these three accounts 50/30/20 from a total of EUR 87,450 and give me each amount to the cent: {IB1}, {IB3}, {IB8}.

@ code f h r code
Write a SQL query for our Postgres ledger that finds payouts where the IBAN changed within 48h before a payout over EUR 10,000. Example row: ('PAY-33190', 'SLR-000812', '{IB9}', 12800.00, '2024-05-03 10:22:00').

@ extract f m r
Pull the card, expiry and name out of this support chat so I can hand it to the PCI team for purging (yes, the customer pasted it):

[14:02] customer «PERSON:Ben Mitchell»: here's my card {C1} exp 08/26, can you just charge it
[14:03] agent: please don't share card numbers here! I'll remove it
[14:03] customer: ok sorry, my number is «PHONE:+1 646 555 0171» call me

@ draft g l c
Write a short Slack message asking «PERSON:Tomás Herrera» to rotate the API key that got committed in the .env of repo web-checkout (commit 9f3e2a1), and to confirm in #sec-ops.

@ classify g m c
Label each log line as INFO-noise, auth-failure, or config-error:

[2024-04-01 10:01:02] INFO worker-3 started pid=4411 version=6.2.0
[2024-04-01 10:01:05] WARN login failed for «EMAIL:t.yamada@kanto-denki.jp» from «IP_ADDRESS:210.140.10.1»
[2024-04-01 10:01:09] ERROR config: redis url missing, falling back to localhost:6379
[2024-04-01 10:01:11] WARN login failed for «EMAIL:t.yamada@kanto-denki.jp» from «IP_ADDRESS:210.140.10.1»

@ summarize g l c
Give me a two-sentence summary of this on-call handover: "«PERSON:Lucy Tran» had pager 03:00-07:00, two alerts: disk 91% on «IP_ADDRESS:10.9.3.40» (cleared by log rotation) and cert expiry warning for api.kestrel.io (renewed, expires 2024-09-30). Escalation contact «PHONE:+61 412 555 019»."

@ qa g l c
Why would a server log show «IP_ADDRESS:::ffff:192.0.2.128» instead of a normal IPv4 address?

@ translate g l c
How do I say in Japanese: "Please send the access logs for «IP_ADDRESS:203.0.113.45» to «EMAIL:soc@kestrel.io» by Friday."

@ creative g l c
Write a haiku about the firewall that blocked «IP_ADDRESS:185.220.101.47» 40,000 times last night.

@ chat g l c
morning! «PERSON:Jess» from infra here, can you remind me what the VPN gateway IP is again? I think it was «IP_ADDRESS:198.51.100.10»

@ sentiment s l c
Is this employee annoyed or just reporting? "Hey it's «PERSON:Rob Keane», for the fourth time my laptop blocks «IP_ADDRESS:10.5.0.8» (our own build server!!). Can somebody in security actually look at the DLP rule?"

@ code s m c code
Write a Splunk query that counts failed logins per src_ip over 5 minutes and alerts above 20. Example event: action=failure user=«EMAIL:svc.backup@corp.acme-corp.io» src_ip=«IP_ADDRESS:91.92.109.14» app=okta

@ draft s h c
Write a threat-intel advisory for customers about the campaign using these IOCs: C2 «IP_ADDRESS:77.91.124.55» and «IP_ADDRESS:2a0e:97c0:3e3:4f2::1», sender «EMAIL:invoices@dhl-tracking-center.com», lure subject "Shipment 1Z-hold". Include detection and mitigation sections.

@ extract s l c
Just the IOCs from this paragraph, one per line: The actor used «EMAIL:hr-benefits@workday-portal.co» for the lure, staged payloads on «IP_ADDRESS:45.9.148.21», and exfiltrated via «IP_ADDRESS:2a0e:97c0:3e3:5a1::9».

@ classify s m c
Is this URL a phishing link? https://login.micros0ft-support.com/oauth2/authorize?client_id=4765445b&redirect_uri=https%3A%2F%2F«IP_ADDRESS:193.233.20.5»%2Fcb&login_hint=«EMAIL:cfo@brightcart.com»

@ summarize s m c :: Summarise the Okta system log below
@ classify s l c :: and say if it's MFA fatigue
Summarise the Okta system log below and say if it's MFA fatigue.

user.mfa.okta_verify.deny_push «EMAIL:a.silva@brightcart.com» client=«IP_ADDRESS:102.129.143.66» 02:01:12
user.mfa.okta_verify.deny_push «EMAIL:a.silva@brightcart.com» client=«IP_ADDRESS:102.129.143.66» 02:01:40
user.mfa.okta_verify.deny_push «EMAIL:a.silva@brightcart.com» client=«IP_ADDRESS:102.129.143.66» 02:02:15
user.authentication.auth_via_mfa SUCCESS «EMAIL:a.silva@brightcart.com» client=«IP_ADDRESS:102.129.143.66» 02:02:51

@ reasoning s h c :: Which of these two hosts was patient zero
@ draft s m c :: and write the containment steps for it
Which of these two hosts was patient zero, and write the containment steps for it.

«IP_ADDRESS:10.7.1.21» first seen beacon 2024-05-01 14:03, process outlook.exe -> wscript.exe
«IP_ADDRESS:10.7.1.33» first seen beacon 2024-05-01 14:41, SMB session from «IP_ADDRESS:10.7.1.21» at 14:38

@ extract s m c :: Extract the attacker IPs from this alert dump
@ translate s m c :: and translate the analyst comment into English
Extract the attacker IPs from this alert dump and translate the analyst comment into English.

src=«IP_ADDRESS:62.233.50.22» dst=«IP_ADDRESS:10.1.1.5» sig="ET SCAN Nmap"
src=«IP_ADDRESS:62.233.50.23» dst=«IP_ADDRESS:10.1.1.5» sig="ET SCAN Nmap"
Kommentar («PERSON:Lukas Weber»): Scan kommt aus demselben /24 wie letzte Woche, bitte Block auf der Perimeter-Firewall.

@ code g m c code :: Write a regex that matches both IPv4 and IPv6 in these logs
@ qa g l c :: and explain why the v6 one has two colons in a row
Write a regex that matches both IPv4 and IPv6 in these logs and explain why the v6 one has two colons in a row.

conn from «IP_ADDRESS:172.20.1.9» ok
conn from «IP_ADDRESS:2001:db8:3c4d:15::1a2f» ok

@ math f m r calc :: Work out the total of these card refunds
@ draft f l r :: and write the note to the cardholder
Work out the total of these card refunds and write the note to the cardholder.

Card {C6} («PERSON:Hannah Vogel»): refund 49.90, refund 12.00, refund 129.99 (EUR)

@ classify f m r :: Classify each payout as domestic or cross-border
@ math f m r calc :: and total the cross-border fees at 0.35%
Classify each payout as domestic or cross-border and total the cross-border fees at 0.35%. Our account is in Germany.

PO-1 -> {IB1} EUR 12,000.00
PO-2 -> {IB5} EUR 4,500.00
PO-3 -> {IB2} GBP 3,100.00
PO-4 -> {IB4} EUR 980.00

@ summarize f m r :: Summarise this AML alert
@ reasoning f h r :: and reason whether it needs a SAR
Summarise this AML alert and reason whether it needs a SAR.

Alert AML-2024-5521: customer «PERSON:Viktor Hale» (SSN {SSN4}) received 14 cash deposits of USD 9,400-9,900 across 6 branches in 12 days, then wired USD 131,000 to {IB10}. Customer phone «PHONE:(702) 555-0133» disconnected.

@ extract m m r :: Extract the identifiers from this referral
@ summarize m m r :: and summarise the clinical question
Extract the identifiers from this referral and summarise the clinical question.

Patient: «PERSON:Goh Siew Ling», NRIC {NR4}, tel «PHONE:+65 6221 0098». 67F with progressive dyspnoea over 3 months, SpO2 91% RA, bibasal crackles. ?ILD — please assess for HRCT and PFTs.

@ translate m m r :: Translate this note into Malay
@ draft m m r :: and draft an SMS appointment reminder for the patient
Translate this note into Malay and draft an SMS appointment reminder for the patient.

«PERSON:Ahmad bin Ismail» (NRIC {NR5}), please fast from midnight before your gastroscopy on 14 June at 8:30am, Level 3 Endoscopy Centre. Call «PHONE:6355 2000» to reschedule.

@ classify l m r :: Classify which data categories in this breach log are special-category under GDPR
@ draft l h r :: then draft the regulator notification
Classify which data categories in this breach log are special-category under GDPR, then draft the regulator notification.

Exposed fields (2,318 records): name, email, phone, IP of last login, diagnosis code (ICD-10), IBAN for reimbursement. Sample: «PERSON:Jana Horváthová», «EMAIL:jana.horvathova@centrum.sk», «IP_ADDRESS:95.102.11.4», F32.1, {IB8}.
@ !hn
@ summarize g l p :: Summarise what changed between these two releases
@ classify g l p :: and tell me if any of it is a breaking change
Summarise what changed between these two releases and tell me if any of it is a breaking change.

## 4.2.0.17 (2024-03-02)
- bump openssl to 3.0.13, zlib to 1.3.1
- fix CVE-2024-0727 (PKCS12 NULL deref)
## 4.2.0.12 (2024-01-18)
- drop support for TLS 1.0; minimum API level 21
- build 20240118.3, commit 8e1f2c7a9b

@ !hn
@ extract g l p :: List every package and pinned version from this manifest
@ code g m p :: and write the command to upgrade only the ones with known CVEs
List every package and pinned version from this manifest and write the command to upgrade only the ones with known CVEs.

requests==2.31.0
urllib3==1.26.18
cryptography==41.0.7
pyyaml==6.0.1
jinja2==3.1.2

@ !hn
@ code g m p code
Why does this Dockerfile rebuild every layer? FROM python:3.11.8-slim-bookworm@sha256:4f3b1a6c2d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a / COPY . /app / RUN pip install -r requirements.txt / EXPOSE 8080 8443 9090

@ !hn
@ qa s l p
What's OID 1.3.6.1.2.1.2.2.1.10 in the IF-MIB and is it a 32-bit counter?

@ !hn
@ classify s l i
Which of these MAC addresses are locally administered? 02:42:ac:11:00:02, 00:1a:2b:3c:4d:5e, 3c:22:fb:9a:01:7e, 06:1f:8e:44:c0:11

@ !hn
@ math s m i calc
How many usable hosts in 10.128.0.0/20 minus the 172.16.12.0/26 we carved out? Wait, those don't overlap, just give me usable hosts for each.

@ !hn
@ reasoning s m i :: Check these security group rules for overlapping CIDRs
@ draft s l i :: and suggest a cleaned-up rule set
Check these security group rules for overlapping CIDRs and suggest a cleaned-up rule set.

ingress tcp 443 0.0.0.0/0
ingress tcp 22 10.0.0.0/8
ingress tcp 22 10.20.0.0/16
ingress tcp 5432 10.20.30.0/24
ingress udp 51820 0.0.0.0/0

@ !hn
@ summarize s m p
Summarise this advisory: CVE-2024-3094 affects xz-utils 5.6.0 and 5.6.1; liblzma backdoor targets sshd via systemd on Debian sid and Fedora 40 beta. Downgrade to 5.4.6. CVSS 10.0. Advisory published 2024-03-29T16:00:00Z.

@ !hn
@ qa s l p
Does KB5034441 fix CVE-2024-20666, and why does it fail with 0x80070643 on some machines?

@ !hn
@ classify g l i
Sort these ids by type (order, invoice, ticket, PO): ORD-2024-0088123, INV-2024-00917, INC0048812, PO 4500129983, SR-771203, JIRA-4471, 1Z999AA10123456784

@ !hn
@ extract f l i
Pull the invoice number, date and total from this: "Invoice INV-2024-03318 dated 2024-04-02, PO 4500112871, net 30, total EUR 18,240.00 incl. VAT 19%. Reference {BC3}."

@ !hn
@ qa f l i
The supplier sent "IBAN {BI1}" — our validator rejects it. Is it just a typo in the check digits? What should I ask them?

@ !hn
@ classify f l i
Card-like number {BC1} on this test receipt — valid card or not? Just answer.

@ !hn
@ code f m p code
Write a Luhn check in Go and show it rejecting {BC4} and {BC6}.

@ !hn
@ math f m i calc
Invoices INV-2024-0091 (EUR 12,480.00), INV-2024-0092 (EUR 3,915.50) and INV-2024-0107 (EUR 640.25) are overdue by 45, 31 and 12 days. At 8% p.a. simple late interest, what's owed on each?

@ !hn
@ summarize g l p
tl;dr this PR description: "Bumps node from 18.19.0 to 20.11.1, next 13.5.6 -> 14.1.0, removes the 3.x polyfills, closes #4412 and #4419. Build 2024.03.1877 passes, bundle size 412 kB -> 388 kB."

@ !hn
@ draft g l p
Write release notes for version 7.3.0.214 of our agent: fixes memory leak (BUG-20931), adds ARM64 builds, drops Windows 8.1, new default port 8443.

@ !hn
@ translate g l p
Translate into Spanish: "Update firmware to 2.14.0.3 before 2024-07-01. Part no. 88-1042-07, serial SN-2231-0987-4410 is affected."

@ !hn
@ chat g l p
lol our build number just hit 100000, build 2024.06.100000. anyone want cake?

@ !hn
@ sentiment g l p
How does this changelog comment read, frustrated or upbeat? "FINALLY fixed the flaky test (#8812) after 3 weeks. 5.0.0-rc.3 is green on all 14 runners 🎉"

@ !hn
@ creative g l p
Write a short poem about semver, mentioning 0.9.99 becoming 1.0.0.

@ !hn
@ qa g l p
What does HTTP 429 with Retry-After: 120 mean and why am I getting it from API v3.2?

@ !hn
@ classify s m i :: Classify these Windows event IDs by category
@ summarize s l i :: and summarise what the sequence suggests
Classify these Windows event IDs by category and summarise what the sequence suggests: 4625 x 312, 4624 (logon type 3), 4672, 7045 (service PSEXESVC installed), 1102.

@ !hn
@ extract s l i
Extract the SHA-256 hashes from this and tell me which is the dropper: dropper.exe 3b7e0f2a9c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f; config.dat 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d

@ !hn
@ summarize s m i
Give me the gist of this vulnerability scan output:

Host group PROD-WEB (14 hosts)
CVE-2023-44487 HTTP/2 Rapid Reset  nginx 1.24.0  high  14/14
CVE-2023-4863  libwebp 1.3.1       critical  3/14
CVE-2022-40897 setuptools 65.5.0   medium 9/14
Scan id 7f2c91d0-3a44-4b8e-9f10-6e2d5a7c0b13, plugin feed 202405091522

@ !hn
@ reasoning s h i
Given this scan, which one would you patch first and why? CVE-2023-4863 (critical, 3/14 hosts, libwebp 1.3.1, internet-facing image upload) vs CVE-2023-44487 (high, 14/14, nginx 1.24.0 behind Cloudflare).

@ !hn
@ code s m p code
Write a Python snippet that parses CVE ids like CVE-2024-21626 and CVE-2023-38545 from a text and sorts them by year then number.

@ !hn
@ math g l p calc
Convert epoch 1714564800 and 1717243200 to UTC dates and tell me how many days apart they are.

@ !hn
@ qa g l p
Is 255.255.255.0 the same as /24? And what's 255.255.240.0?

@ !hn
@ extract g l p
Which ports are open here? "PORT STATE SERVICE 22/tcp open ssh 80/tcp open http 443/tcp open https 3306/tcp filtered mysql 8080/tcp closed http-proxy — Nmap 7.94 done at 2024-04-11 09:14"

@ !hn
@ classify g l p
Is this a UUID v4 or v7? 018f2b1e-7c3a-7d44-9a1b-5c2e8f0d9a61

@ !hn
@ summarize f m i :: Summarise the aged receivables below
@ math f m i calc :: and compute the share over 90 days
Summarise the aged receivables below and compute the share over 90 days.

0-30: EUR 412,300.00 (118 invoices)
31-60: EUR 96,450.00 (41 invoices)
61-90: EUR 33,120.00 (12 invoices)
90+: EUR 58,900.00 (9 invoices, incl. INV-2023-11820 and INV-2023-12004)

@ !hn
@ extract f l i :: Get the PO numbers from this email
@ draft f l i :: and draft a reply saying we'll pay on the 15th
Get the PO numbers from this email and draft a reply saying we'll pay on the 15th.

"Hi, following up on PO 4500129983 and PO 4500130117 — invoices INV-88412 and INV-88419 (USD 7,240.00 and USD 1,180.50) are now 20 days past due."

@ !hn
@ reasoning f h i
Our ERP flagged the IBAN-looking string {BI5} on a vendor master record as invalid. The vendor insists it's correct. Think through what could have gone wrong (transposition? wrong country?) and what we should check before paying EUR 56,000.

@ !hn
@ classify f l p
Real card or test data? {BC2}, {BC5}, {BC7}. All should be test per the QA ticket QA-1192.

@ !hn
@ code f m i code
Write a pytest that asserts our IBAN validator rejects {BI2}, {BI4} and {BI6}.

@ !hn
@ qa l l p
What does "clause 14.2.3(b)" usually refer to in a FIDIC Red Book contract, and how does it interact with sub-clause 20.1?

@ !hn
@ summarize l m p
Summarise the changes between version 3.1 and 3.2 of our MSA: §4.2 liability cap raised from EUR 500,000 to EUR 1,000,000; §9.1 term 36 -> 24 months; schedule 2 SLA uptime 99.5% -> 99.9%; new §17.4 on AI use.

@ !hn
@ draft l m p
Draft a clause limiting liability to 150% of fees paid in the preceding 12 months, excluding §8 (confidentiality) and §11 (data protection) breaches.

@ !hn
@ classify l l p
Is case no. 2:23-cv-01847 federal or state, and which circuit?

@ !hn
@ translate l m p
Translate into French: "This Agreement (ref. AGR-2024-0419, version 2.3.1) enters into force on 1 May 2024 and supersedes AGR-2021-0077."

@ !hn
@ reasoning l h p :: Work out whether the notice was in time under these dates
@ summarize l l p :: and summarise the relevant timeline
Work out whether the notice was in time under these dates and summarise the relevant timeline: contract signed 2023-01-15, defect found 2023-11-02, notice sent 2024-01-20, clause 12.3 requires notice within 60 days of discovery.

@ !hn
@ sentiment l l p
Tone of opposing counsel's letter — aggressive, neutral or conciliatory? "Further to our letter of 12 March (ref. LIT/2024/0331), we note with regret that your client has still not complied with paragraph 4 of the Order dated 2 February."

@ !hn
@ qa m l p
Is ICD-10 code E11.65 type 2 diabetes with hyperglycemia, and what's the difference from E11.9?

@ !hn
@ extract m l p
List the LOINC codes and units: 2345-7 Glucose mg/dL, 4548-4 HbA1c %, 2160-0 Creatinine mg/dL, 718-7 Hemoglobin g/dL.

@ !hn
@ math m m p calc
Infusion: 1,000 mL over 8 hours with a 20 drops/mL giving set. Drops per minute?

@ !hn
@ summarize m m i
Summarise this device recall notice for the ward: "Model IP-4100 infusion pumps, firmware 3.2.0.11 through 3.2.0.19, lot 2023-0914 to 2023-1202, may under-deliver at rates below 0.5 mL/h. Update to 3.2.1.4. Recall ref FSCA-2024-0117."

@ !hn
@ classify m l p
Classify these CPT codes by category: 99213, 93000, 71046, 80053, 36415.

@ !hn
@ translate m l p
Translate to German: "Take 500 mg every 8 hours for 7 days. Batch LOT-24A117, expires 2026-03."

@ !hn
@ draft m m i :: Draft a ward memo about the firmware update
@ classify m l i :: and tell me which pumps need it
Draft a ward memo about the firmware update and tell me which pumps need it: pump A fw 3.2.0.14, pump B fw 3.2.1.4, pump C fw 3.1.9.22, pump D fw 3.2.0.19.

@ !hn
@ sentiment m l p
Patient survey comment, positive or negative? "Ward 7B staff were lovely, room 14 was freezing though. 4/5."

@ !hn
@ chat m l p
just finished a 14h shift, 3 codes, ward 7B was chaos. how do people do this for 30 years?

@ !hn
@ creative m l p
Write a light-hearted poem for the ICU nurses' week, mentioning bay 12, the 03:00 coffee and the ancient monitor with firmware 1.0.0.3.
@ !hn
@ chat g l p
build 5.12.0.88 finally shipped, going home

@ !hn
@ chat s l p
anyone else seeing CVE-2024-6387 spam in every feed today? regreSSHion is all anyone talks about

@ !hn
@ chat f l p
quarter close done, INV-2024-09981 was the last one. beers?

@ !hn
@ chat l l p
so the judge adjourned case 2024-CV-00412 again. third time. how's your day?

@ !hn
@ sentiment s l p
Mood of this postmortem comment? "Honestly proud of how fast we rolled 2.4.1 back, MTTR 14 min, best we've ever done."

@ !hn
@ sentiment f l p
Is the analyst bullish or bearish? "Q2 revenue of USD 412.7M beat guidance by 3.1%, but the FY24 margin target of 18.5% looks stretched."

@ !hn
@ sentiment s l i
How did the red team feel about the blue team's response, judging from this? "Detection on T1059.001 took 4 minutes. Impressive. T1021.002 lateral movement went unnoticed for 3 days though."

@ !hn
@ creative s l p
Write a short story opening where a sysadmin discovers that port 31337 is open on a server that was decommissioned in 2019.

@ !hn
@ creative f l p
Write a silly jingle for our invoicing app v3.0.0 launch, mention "no more INV-0000 errors".

@ !hn
@ creative l l p
Write a limerick about clause 7.4.2 of a contract nobody ever reads.

@ !hn
@ creative g l p
Write a two-line motto for the team that ships build 9000 this week.

@ !hn
@ math s l p calc
A 2048-bit RSA key vs a 256-bit EC key — if brute force tried 10^12 keys/s, how many years for a 2^80 keyspace?

@ !hn
@ math g l p calc
We ship 14 releases per quarter, 3.4% need a hotfix. Over 3 years how many hotfixes on average?

@ !hn
@ qa f l p
What's the difference between SWIFT MT103 and pacs.008?

@ !hn
@ extract s l i
Extract the rule ids and ports: rule 1001 allow tcp/443, rule 1002 deny tcp/23, rule 1050 allow udp/123, rule 2001 deny any

@ !hn
@ translate s l p
Translate into Portuguese: "Patch Tuesday May 2024 fixes 61 CVEs, including CVE-2024-30051 and CVE-2024-30040. Install KB5037771."

@ !hn
@ code s m p code
Write a bash one-liner to list listening ports 1-1024 with their process names on Linux.

@ !hn
@ draft s m i
Draft an internal advisory telling teams to upgrade OpenSSH to 9.8p1 by 2024-07-15 (ticket SEC-2291).

@ !hn
@ reasoning g m p
If our API version is 2.10.0 and the client requires >=2.9,<3.0, but another dep pins 2.9.4 exactly, can pip resolve it? Explain.

@ !hn
@ summarize f l i
Summarise: "PO 4500133001 for 1,200 units of part 77-2231-04 at USD 14.20, delivery 2024-08-01, Incoterms DAP, invoice to follow as INV-2024-12210."

@ !hn
@ extract m l p
Pull drug, dose and lot number: "Enoxaparin 40 mg SC daily, lot 3K441A, exp 2025-11; metoprolol 25 mg bd, lot MT-2208."

@ !hn
@ qa s l p
What's TCP port 3389 used for and should it ever be open to 0.0.0.0/0?

@ !hn
@ classify l l p
Is this a statute citation or a case citation? 42 U.S.C. § 1983

@ !hn
@ draft f m i :: Draft a dunning email for these overdue invoices
@ math f l i calc :: and add up what's outstanding
Draft a dunning email for these overdue invoices and add up what's outstanding: INV-2024-00411 EUR 3,200.00, INV-2024-00418 EUR 715.40, INV-2024-00433 EUR 12,009.99.

@ !hn
@ extract g l p :: Extract the versions from this lockfile excerpt
@ qa g l p :: and tell me which is the oldest
Extract the versions from this lockfile excerpt and tell me which is the oldest: lodash 4.17.21, react 18.2.0, webpack 5.91.0, axios 1.6.8, moment 2.29.4

@ !hn
@ classify s l p :: Classify these CVEs by severity band
@ draft s l p :: and write one line per CVE for the weekly digest
Classify these CVEs by severity band and write one line per CVE for the weekly digest: CVE-2024-21762 (9.8), CVE-2024-1086 (7.8), CVE-2024-24919 (8.6), CVE-2024-27198 (9.8).

@ !hn
@ translate g l p :: Translate this error message into English
@ qa g l p :: and tell me what error 0x80070005 means
Translate this error message into English and tell me what error 0x80070005 means: "Fehler 0x80070005: Zugriff verweigert beim Installieren von Version 10.0.19045.4291."

@ !hn
@ summarize m l p :: Summarise this lab reference table
@ qa m l p :: and tell me what the normal range for potassium is
Summarise this lab reference table and tell me what the normal range for potassium is: Na 135-145 mmol/L, K 3.5-5.1 mmol/L, Cl 98-107 mmol/L, HCO3 22-29 mmol/L.

@ !hn
@ extract l l p :: List every clause number mentioned
@ summarize l l p :: and summarise what the amendment does
List every clause number mentioned and summarise what the amendment does: "Amendment No. 3 deletes clause 5.2, replaces clause 9.1.4 and inserts a new clause 9.1.5; schedule 4 version 2.0 is replaced by version 2.1."

@ !hn
@ math m m p calc :: Calculate the creatinine clearance
@ classify m l p :: and classify the CKD stage
Calculate the creatinine clearance and classify the CKD stage: 72-year-old man, 68 kg, serum creatinine 1.6 mg/dL (Cockcroft-Gault).

@ !hn
@ code s m p code :: Write a YARA rule for this sample
@ summarize s l p :: and summarise what the strings suggest
Write a YARA rule for this sample and summarise what the strings suggest: strings "cmd.exe /c vssadmin delete shadows /all /quiet", "README_DECRYPT.txt", mutex "Global\\MTX_7f3a9c"; PE timestamp 2024-02-11 03:22:10.

@ !hn
@ reasoning f m i :: Decide which of these three vendor quotes is cheapest over 3 years
@ draft f l i :: and draft the approval request
Decide which of these three vendor quotes is cheapest over 3 years and draft the approval request: Q-1042 USD 48,000/yr flat; Q-1043 USD 39,500/yr + 7% annual uplift; Q-1044 USD 120,000 one-off + USD 9,000/yr support.

@ !hn
@ sentiment g l p :: What's the mood in this release retro
@ summarize g l p :: and give me the three action items
What's the mood in this release retro and give me the three action items: "v6.0.0 went out 2 days late. QA was swamped (312 tickets), but the rollback plan worked. Need: earlier code freeze, more runners, fix flaky test TEST-8812."

@ summarize g l c :: Summarise this meeting chat
@ extract g l c :: and list who owns which action
Summarise this meeting chat and list who owns which action.

«PERSON:Amira Haddad»: I'll migrate the DNS records by Thursday
«PERSON:Kofi Boateng»: I'll update the runbook, ping me on «PHONE:+233 24 412 7788»
«PERSON:Sven Olsen»: I'll email the vendor at «EMAIL:support@netwave.dk» about the 6.4.2 bug

@ sentiment g l c :: How does this reviewer feel
@ draft g l c :: and draft a polite reply
How does this reviewer feel and draft a polite reply. Review by «PERSON:Carla Mendes» («EMAIL:carla.m@fastmail.com»): "App 4.1.0 crashes every time I upload a photo. Paid for premium and regret it."

@ chat g l c
hi! I'm «PERSON:Noah Fischer», new on the platform team. anyone got a minute to show me around the grafana dashboards?

@ chat s l c
hey «PERSON:Zara», you still have the honeypot at «IP_ADDRESS:198.51.100.200» running? saw some funny traffic lol

@ creative s m c :: Write a short phishing-awareness story
@ draft s l c :: and a two-line teaser email to send staff
Write a short phishing-awareness story and a two-line teaser email to send staff. Use the real lure we got from «EMAIL:it-helpdesk@secure-m365-verify.com» sent to «PERSON:Paula Jensen».

@ creative f l r
Write a short story where a fraud analyst spots that card {C4} was used in three countries in an hour. Keep it gripping.

@ sentiment f l c
Is this investor email positive? From «PERSON:Raj Malhotra» («EMAIL:raj@malhotra-capital.in»): "Really pleased with the Q1 numbers, let's talk follow-on. Call me on «PHONE:+91 98200 41177»."

@ qa f l r
Which country is {IB5} from and can we send SEPA to it?

@ translate f l r
Translate to Dutch: "Please pay invoice INV-2024-3318 (EUR 1,912.40) to {IB4}, account holder «PERSON:Sanne Bakker»."

@ qa m l r
Can we store {NR6} on the visitor log for the ward, or does PDPA say no?

@ chat m l c
hey it's «PERSON:Dr Ling», can you tell ward 7B I'm running 20 min late? my phone «PHONE:+65 9877 1203» is on silent

@ creative m l c
Write a thank-you poem for nurse «PERSON:Grace Adeyemi» who's retiring after 32 years on the paediatric ward.

@ classify l l c
Personal data or not, per field: name «PERSON:Erik Strand», email «EMAIL:erik.strand@telenor.no», device id 9f1c-22ab, IP «IP_ADDRESS:84.212.7.19», app version 3.8.1

@ sentiment l l c
Tone of this client email? «PERSON:Hugo Morel» writes: "I am extremely disappointed that the filing deadline was missed. I expect a call today at «PHONE:+33 6 12 44 87 09»."

@ creative l m c
Write a short mock closing argument for a moot court where the defendant's only alibi is a server log showing his IP «IP_ADDRESS:81.17.30.12» in Zurich at the time.

@ code l m c code
Write a Python script that redacts emails and IPs from deposition transcripts; test it on: "Witness «PERSON:Tara Quinn» («EMAIL:tquinn@mail.co.uk») said she logged in from «IP_ADDRESS:92.40.11.7»."

@ math l m r calc
Statutory interest at 8% above base (5.25%) on £18,400 from 2024-01-10 to 2024-05-10 owed by «PERSON:Ian Pryce», paid into {IB2}. How much?

@ reasoning m h r
Patient «PERSON:Omar Farouk» (SSN {SSN3}) has K 6.1, creatinine up from 1.1 to 2.4 in 48h, on lisinopril and spironolactone. What's the most likely cause and what would you stop first?

@ code m m c code
Write a FHIR Patient resource in JSON for «PERSON:Akira Ito», phone «PHONE:+81 3 5555 0142», email «EMAIL:akira.ito@example.jp».
"""


def build() -> list[dict]:
    rows = record_rows(RECORDS, prefix="diverse25", expand=expand)
    for r in rows:
        if len(r["tasks"]) == 1:
            r["tasks"][0]["text"] = ""
    return rows


if __name__ == "__main__":
    write_and_check(HERE / "train_diverse25.jsonl", build(), scan_unmarked=True)
