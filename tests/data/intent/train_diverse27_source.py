# ruff: noqa: E501
"""Hand-written Asia-Pacific PII requests and hard negatives (train_diverse27).

Written as an acceptance tester would: APAC business and healthcare text with
marked PII (``[[TYPE:value]]`` inline, ``{NAME}`` for checksummed values) and
hard negatives full of unmarked look-alikes. Run it to write and check the jsonl.
"""

from __future__ import annotations

import re

from corpus import (
    HERE,
    Placeholders,
    Values,
    check_lookalikes,
    mark,
    nric_valid,
    record_rows,
    write_and_check,
)

V = Values(272727)

VALUES = {
    "N1": V.nric("S"),
    "N2": V.nric("T"),
    "N3": V.nric("F"),
    "N4": V.nric("G"),
    "N5": V.nric("S"),
    "N6": V.nric("T"),
    "C1": V.card("4", 16, " "),
    "C2": V.card("5", 16, "-"),
    "C3": V.card("37", 15, " "),
    "C4": V.card("4", 16, ""),
    "C5": V.card("35", 16, " "),
    "I1": V.iban("GB", True),
    "I2": V.iban("DE", False),
    "I3": V.iban("FR", True),
    "I4": V.iban("CH", False),
    "I5": V.iban("NL", True),
    "S1": V.ssn(),
    "S2": V.ssn(),
}
VALUE_TYPES = {"N": "SG_NRIC", "C": "CREDIT_CARD", "I": "IBAN", "S": "US_SSN"}


def _bad_nric(prefix: str) -> str:
    good = V.nric(prefix)
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        cand = good[:-1] + letter
        if not nric_valid(cand):
            return cand
    raise AssertionError(good)


LOOK = {
    "BN1": _bad_nric("S"),
    "BN2": _bad_nric("T"),
    "BN3": _bad_nric("F"),
    "BN4": _bad_nric("S"),
    "BC1": V.bad_card("4", " "),
    "BC2": V.bad_card("5", "-"),
    "BC3": V.bad16(""),
    "BC4": V.bad16(" "),
    "BC5": V.bad_card("4", ""),
    "BI1": V.bad_iban("GB", True),
    "BI2": V.bad_iban("DE", False),
    "BI3": V.bad_iban("FR", True),
    "BI4": V.bad_iban("NL", False),
}
check_lookalikes(LOOK)

EXPAND = Placeholders(
    materials={},
    values={
        **{k: mark(VALUE_TYPES[k[0]], v) for k, v in VALUES.items()},
        **LOOK,
    },
)
INLINE = re.compile(r"\[\[(P|E|T|IP):(.+?)\]\]")
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "IP": "IP_ADDRESS"}


def expand(raw: str) -> str:
    raw = INLINE.sub(lambda m: mark(KINDS[m.group(1)], m.group(2)), raw)
    return EXPAND(raw)[0]


RECORDS = r"""
@ extract g l c
Pull the name, mobile and email out of this signup: "Hi, I'm [[P:Lim Hui Ling]], reach me at [[T:+65 9123 4587]] or [[E:huiling.lim@gmail.com]]."
@ summarize m m r
Summarise this discharge note for the GP. Patient: [[P:Tan Ah Kow]], NRIC {N1}, 72M. Admitted 14 Mar with CAP, treated IV co-amoxiclav 3/7 then PO. CXR improving. Discharged on day 5, review in 2 weeks at polyclinic. NOK daughter [[T:8234 5561]].
@ draft f m r
Draft a short email to our Maybank contact [[P:Nurul Aisyah binti Ahmad]] ([[E:nurul.aisyah@maybank.com.my]]) asking her to update our supplier payment account to {I1}; the old one is being closed end of month.
@ translate g l c
請把這段翻譯成英文：陳大文先生，您好！您的預約已確認，如有問題請致電 [[T:+852 9876 5432]]。
@ translate g l c
Translate to Japanese for our Osaka client: "Dear [[P:Mr Takahashi Kenji]], please send the signed NDA to [[E:legal@mesh-apac.co]] by Friday."
@ classify s m c
Is this a phishing attempt or legit? Forwarded from [[P:Priya Raghunathan]]:\n\n"Your Office365 mailbox is full. Verify at http://0ffice-verify.top/login within 24h or lose access. – IT Helpdesk"
@ code s m r code
Write a Python regex that masks Singapore NRICs in log lines like this one, keeping the first letter and last 4 chars: `2024-05-02 user=[[P:Wong Mei Ling]] nric={N2} action=login`
@ sentiment g l c
What's the tone of this customer review? "Staff at the Bugis branch were rude. Called [[T:6735 2210]] three times, nobody picked up. Never again." – [[P:Kelvin Ong]]
@ qa f l r
Customer [[P:Rajesh Kumar]] says his card {C1} was charged twice for the same Grab ride. Is a duplicate charge normally a chargeback or a refund?
@ chat g l r
hey can you remind me what i should bring for the ICA appointment? my NRIC is {N3}, collecting passport for my son
@ extract m m r
From this clinic intake form pull out patient name, NRIC, phone and allergies as JSON:\n\nName: [[P:Siti Rahmah bte Osman]]\nNRIC: {N4}\nHP: [[T:9011 2345]]\nAllergies: penicillin (rash), shellfish\nPresenting: dysuria x3 days
@ reasoning s h c
Our SOC saw logins for [[E:chen.jiahao@mesh-apac.co]] from [[IP:203.116.45.12]] (Singapore) and 40 minutes later from [[IP:39.156.66.10]] (Beijing). He says he was in office all day. Walk through whether this is impossible travel, VPN, or credential theft, and what to check next.
@ math f l c calc
[[P:Aiko Yamamoto]] paid ¥128,400 for the Tokyo offsite on her corporate card and ¥23,650 in taxis. At 0.0066 SGD per yen, how much do we reimburse in SGD?
@ creative g l c
Write a warm farewell poem for [[P:Ravi Shankar]] who's retiring after 31 years running our Chennai warehouse. Mention his famous filter coffee.
@ draft l m r
Draft a tenancy termination notice. Tenant: [[P:Kim Min-jun]], NRIC/FIN {N3}... wait, wrong one, his FIN is {N4}. Unit #12-04, 88 Tanjong Pagar Rd. Landlord contact [[E:landlord.ong@gmail.com]].
@ summarize s m c
tl;dr this incident ticket pls\n\nINC-88214 | Reporter: [[P:Daniel Chua]] ([[E:daniel.chua@mesh-apac.co]])\n09:14 VPN drops for APAC users, gateway [[IP:10.40.2.1]]\n09:30 failover to [[IP:10.40.2.2]] ok\n10:05 root cause: expired intermediate cert on gw-sg-01\n10:40 cert renewed, monitoring
@ classify m l c
Categorise this patient message as appointment / prescription / billing / clinical: "Hi doctor, this is [[P:Lee Soo-jin]], can I get my metformin refill sent to the Tampines pharmacy? My number is [[T:+65 8812 0043]]."
@ qa l m c
A Malaysian employee [[P:Ahmad Faizal bin Ismail]] wants us to delete all his HR records under PDPA after resigning. Do we have to, given the 7-year retention for payroll?
@ extract f m r
Get the payee, bank, account and amount from this remittance advice:\n\nBeneficiary: [[P:Zhang Wei]]\nBank: HSBC London\nIBAN: {I1}\nAmount: GBP 4,250.00\nRef: consulting fee Q2
@ translate m m c
Translate into Malay for the patient's family: "[[P:Encik Hafiz]] is stable after surgery. Visiting hours are 12–2pm and 5–8pm. Call the ward at [[T:+60 3-2615 5555]] for updates."
@ code g m c code
Fix this — it crashes on the Korean name row:\n\n```python\nimport csv\nwith open('staff.csv') as f:\n    for row in csv.reader(f):\n        print(row[0].encode('ascii'))\n```\nSample row: [[P:박지훈]],[[E:jihoon.park@mesh-apac.co]],[[T:+82 10-4821-7730]]
@ sentiment f m c
Rate the sentiment of each of these client chat lines 1-5:\n[[P:Mr Gupta]]: "the wire still hasn't arrived, this is the third time"\n[[P:Ms Chan]]: "thanks, all sorted, very quick"\n[[P:Dr Nakamura]]: "fine I guess"
@ reasoning f h r
Two invoices, one payment. [[P:Ong Bee Hoon]] paid SGD 12,400 from {I2} but we issued INV-A for 8,200 and INV-B for 4,650. Should we treat the 450 gap as a short-payment, FX loss, or bank charge? Walk me through which is most likely and why.
@ chat g l c
lol my boss [[P:Mr Lau]] just replied-all to the whole company with his personal number [[T:9455 1208]]. should i tell him or just let it go
@ draft m m r
Write a referral letter to the cardiology clinic at NUH for [[P:Madam Goh Siew Lan]], NRIC {N5}, 68F, exertional chest pain x2 weeks, ECG shows ST depression V4-V6, on aspirin. Urgent review please.
@ qa s l c
Is it OK that our vendor sent us the admin password in a WhatsApp from [[T:+91 98450 22317]]? Or should we rotate it?
@ extract s m c
List every distinct IP and username from this auth log:\n\nMay 12 03:11:02 sshd[2231]: Failed password for root from [[IP:45.77.12.199]] port 52214\nMay 12 03:11:05 sshd[2231]: Failed password for admin from [[IP:45.77.12.199]] port 52220\nMay 12 03:14:40 sshd[2290]: Accepted publickey for [[P:raj.menon]] from [[IP:2406:3003:2077:1f0:8d2a:3b1c:9e04:71aa]]
@ math g l c calc
[[P:Sakura]] and I split a hotel in Seoul: 3 nights at ₩185,000 plus 10% tax. She paid everything. How much do I owe her?
@ classify f l r
Flag this transaction as fraud-suspect or normal: card {C2}, MCC 5732 electronics, S$4,899 at 3:12am, cardholder [[P:Vincent Teo]] usually spends under S$300 in F&B.
@ translate f m r
Translate to Simplified Chinese for our Shenzhen supplier: "Please remit the balance of USD 18,000 to IBAN {I3} (BNP Paribas). Contact [[P:Marie Dubois]] at [[E:m.dubois@bnpparibas.com]] with questions."
@ summarize l h r
Summarise the key obligations for the employee in this contract excerpt:\n\nEMPLOYMENT AGREEMENT between Mesh APAC Pte Ltd and [[P:Arjun Mehta]] (NRIC {N6}). 4. The Employee shall not, for 12 months after termination, solicit any client with whom he dealt in the last 18 months. 5. Confidential Information remains the Company's property. 6. Notice period: 2 months either side, or salary in lieu. 7. Any IP created during employment vests in the Company.
@ code f h r code
Write a function that validates Amex numbers with Luhn and test it on this one from our sandbox: {C3}
@ chat m l c
hi, my mum [[P:Lakshmi]] is being discharged tomorrow from Ward 64, can the nurse call me at [[T:+65 9733 1820]] before that?
@ draft g l c
Reply to this, polite but firm no:\n\nFrom: [[P:Hiroshi Sato]] <[[E:h.sato@tanaka-trading.jp]]>\nSubject: Re: partnership\nCould you share your full customer list so we can plan joint marketing?
@ extract g l c
who are all the people in this thread and their roles?\n\n[[P:Jason Yeo]] (PM): kickoff moved to Tue\n[[P:Farah Nadia]] (design): ok, mockups ready Mon\n[[P:Li Na]] (QA): need staging by Wed\n[[P:Vikram Rao]] (dev lead): staging will be up Tue night
@ qa m m c
Patient [[P:Mr Yoshida]] on warfarin wants to start turmeric supplements. Any interaction concerns I should mention when I call him?
@ reasoning l h c
[[P:Chan Tai Man]] signed the Hong Kong lease on 1 June but the landlord's agent only countersigned on 20 June, after Chan had already moved in. If Chan wants to leave now, which date governs the break clause and why?
@ classify s l c
Severity P1-P4? "Users on floor 7 can't print. Printer [[IP:172.16.8.44]] shows offline. Reported by [[P:Nur Izzati]] ext 4412."
@ sentiment m l c
Is this feedback about Dr [[P:Anand Pillai]] positive or negative overall? "He rushed a bit but explained the MRI clearly and called me back himself the next day."
@ math f m r calc
Customer [[P:Harpreet Singh]] (SSN {S1}) has a $24,000 balance at 19.99% APR compounding monthly and pays $650/month. How many months to clear it?
@ creative g l c
Write a funny limerick for [[P:Jun Hao]]'s birthday card; he's obsessed with chilli crab and always late to standup.
@ draft s m c
Write the user notification email for [[P:Ms Park Ji-yeon]] ([[E:jiyeon.park@koreamesh.kr]]) telling her that her account was locked after 5 failed logins from [[IP:211.234.10.55]] and how to reset.
@ extract f l r
what's the card number and expiry in this? "hi pls charge my card {C4} exp 09/28 for the deposit, name on card [[P:Tan Jia Hui]]"
@ summarize g m c
Summarise this WhatsApp thread in 3 bullets:\n\n[[P:Auntie Mei]]: the caterer cancelled!!\n[[P:Wei Jie]]: which one\n[[P:Auntie Mei]]: the nasi lemak one for Sat\n[[P:Xin Yi]]: I can call my friend's place, [[T:+60 12-345 6789]]\n[[P:Wei Jie]]: ok do it, budget 600 max\n[[P:Auntie Mei]]: thank you girl
@ code s m c code
Write a bash one-liner that blocks [[IP:103.252.118.7]] and [[IP:2001:db8:85a3::8a2e:370:7334]] with iptables/ip6tables and logs the drop.
@ qa f l c
Can I transfer money to [[P:Mohan Das]] in Mumbai using just his UPI ID and mobile [[T:+91 87654 32109]], or do I need IFSC?
@ translate l m r
Translate this clause into Korean: "The Borrower, [[P:Lee Jae-won]] (SSN {S2}), agrees to repay the principal in 24 equal monthly instalments."
@ classify g l c
Tag by department (HR, IT, Finance, Facilities): "From [[E:mei.tan@mesh-apac.co]]: the aircon in meeting room 3B has been leaking for two days."
@ sentiment f l c
Quick read on mood: [[P:Mr Watanabe]] emailed "We are disappointed by the delay but appreciate your transparency. We expect a revised timeline by Monday."
@ chat g l c
ugh [[P:Shreya]] keeps texting me from [[T:+91 99001 23456]] about the group project, how do i tell her nicely i'm swamped this week
@ reasoning m h r
[[P:Madam Lim]], NRIC {N1}, 81F, fell at home, on apixaban, now GCS 15 but vomited twice. Family wants to take her home tonight. Reason through whether she needs a CT head before discharge.
@ extract l m c
From this SPA cover page list the parties and their solicitors:\n\nSALE AND PURCHASE AGREEMENT dated 3 April. Vendor: [[P:Wong Kar Fai]]. Purchaser: [[P:Aisha Rahman]]. Vendor's solicitors: Rajah & Lim LLP ([[E:conveyancing@rajahlim.sg]]). Purchaser's solicitors: Tan & Partners.
@ math m l c calc
Paeds dose check: [[P:baby Arjun]] weighs 11.4 kg, paracetamol 15 mg/kg q6h. What's each dose and the max per day?
@ summarize m m r :: Summarise this referral
@ draft m m r :: draft a reply to the GP confirming the appointment
Summarise this referral and draft a reply to the GP confirming the appointment.\n\nDear colleague, kindly see [[P:Mr Rahul Verma]], NRIC {N2}, 54M, with 3 months of dyspepsia and 4 kg weight loss. H. pylori negative. Please consider OGD. Dr [[P:Ng Kok Wah]], Bedok Family Clinic, [[T:6441 2398]].
@ extract f m r :: Extract the account details
@ math f m r calc :: work out the SGD equivalent at 1.71
@ draft f m r :: write the payment instruction for treasury
Extract the account details, work out the SGD equivalent at 1.71, and write the payment instruction for treasury:\n\nPay [[P:Oliver Brown]] GBP 6,820 to IBAN {I1}, ref INV-2291, urgent.
@ translate g l c :: Translate this into English
@ sentiment g l c :: tell me if the customer is angry
Translate this into English and tell me if the customer is angry: 배송이 일주일이나 늦었어요. 연락처 [[T:010-3348-7712]]로 빨리 연락 주세요. [[P:최수진]]
@ classify s m c :: Classify this alert
@ reasoning s h c :: explain whether we should isolate the host
@ draft s m c :: draft the message to the user
Classify this alert, explain whether we should isolate the host, and draft the message to the user.\n\nEDR: powershell -enc JABz... spawned by WINWORD.EXE on LT-SG-0442 (user [[P:Goh Jun Wei]], [[E:junwei.goh@mesh-apac.co]]), outbound to [[IP:185.220.101.34]]:443
@ extract l m c :: Pull out the dates and parties
@ summarize l m c :: summarise the termination terms
Pull out the dates and parties, then summarise the termination terms.\n\nThis Services Agreement is made on 1 February between Mesh APAC Pte Ltd and Sato Logistics KK, represented by [[P:Sato Yuki]] ([[E:y.sato@satologi.co.jp]]). Either party may terminate on 90 days' written notice; immediate termination for material breach not cured within 30 days.
@ code g m c code :: Write a pandas script that dedupes this contact list by email
@ qa g l c :: is phone a better dedupe key
Write a pandas script that dedupes this contact list by email, and is phone a better dedupe key?\n\nname,email,phone\n[[P:Tan Li Ting]],[[E:liting.tan@yahoo.com.sg]],[[T:+6591234567]]\n[[P:Tan Liting]],[[E:LiTing.Tan@yahoo.com.sg]],[[T:91234567]]\n[[P:Arun Nair]],[[E:arun.nair@outlook.com]],[[T:+91 9845012345]]
@ qa m l r :: Does this dose look right
@ draft m l r :: write the patient instruction in simple English
Does this dose look right, and write the patient instruction in simple English. [[P:Mdm Koh]] ({N5}), 76F, eGFR 28, prescribed metformin 1 g BD.
@ summarize f m r :: Summarise the dispute
@ classify f l r :: classify it as fraud, merchant error or friendly fraud
Summarise the dispute and classify it as fraud, merchant error or friendly fraud:\n\nCardholder [[P:Lee Hyun-woo]], card {C5}. Says he never received the order from Qoo10 (KRW 389,000). Merchant shows delivery signed by "Lee" at his address. He says his brother lives with him.
@ translate m m c :: Put this into Hindi
@ creative m l c :: write a short get-well message for the card too
Put this into Hindi and write a short get-well message for the card too: "Dear [[P:Sunita ji]], your surgery went well. Please rest and call [[T:+91 22 2413 6051]] if the pain increases."
@ math f m c calc :: Calculate the total payroll cost
@ draft f m c :: draft an email to the CFO about it
Calculate the total payroll cost and draft an email to the CFO about it.\n\n[[P:Yusof]] RM 7,200 + 13% EPF\n[[P:Mei Ling]] RM 6,450 + 13% EPF\n[[P:Ganesh]] RM 8,100 + 12% EPF\nSOCSO flat RM 86.65 each. CFO is [[P:Datin Rozita]].
@ extract s m c :: Extract every IP
@ code s m c code :: write a Splunk query that finds other hits from them
Extract every IP and write a Splunk query that finds other hits from them.\n\n[WAF] block sqli from [[IP:118.189.20.77]] uri=/login.php?id=1'--\n[WAF] block xss from [[IP:2400:8901::f03c:93ff:fe1b:2c6d]] uri=/search?q=<script>\n[WAF] block sqli from [[IP:118.189.20.78]] uri=/login.php?id=1 OR 1=1
@ sentiment g l c :: What's the mood in this group chat
@ summarize g l c :: what did they agree on
What's the mood in this group chat, and what did they agree on?\n\n[[P:Hana]]: 金曜日の飲み会、やっぱり中止？\n[[P:Kenta]]: 課長が出張だから来週にしよう\n[[P:Hana]]: えー残念…じゃあ来週水曜で\n[[P:Riku]]: 了解！
@ reasoning l h r :: Is the guarantor liable here
@ draft l h r :: draft a letter of demand to him
Is the guarantor liable here, and if so draft a letter of demand to him. Borrower company wound up; personal guarantee signed by director [[P:Lim Chee Keong]] (NRIC {N6}) capped at S$500k; outstanding S$742k.
@ qa g l c :: Who should I contact about the Hanoi visa
@ chat g l c :: also any tips for the first week
Who should I contact about the Hanoi visa, also any tips for the first week? HR said [[P:Nguyen Thi Lan]] ([[E:lan.nguyen@mesh-apac.co]]) handles it.
@ classify g l c :: Sort these support emails by product
@ extract g l c :: pull out the sender emails into a list
Sort these support emails by product and pull out the sender emails into a list.\n\n1. [[E:ken.ho@hkt-mail.hk]] — MeshRouter keeps dropping\n2. [[E:anita.j@airtel.in]] — billing question on MeshCloud\n3. [[E:s.kim@naver.com]] — MeshRouter firmware won't install
@ summarize s h r :: Summarise what the attacker did
@ classify s h r :: map each step to MITRE ATT&CK
@ draft s h r :: draft the PDPC breach notification
Summarise what the attacker did, map each step to MITRE ATT&CK, and draft the PDPC breach notification.\n\n02:10 VPN login svc_backup from [[IP:5.188.206.14]]\n02:18 SMB enum across the internal /16\n02:40 7z archive of the HR payroll share (contains NRICs e.g. {N3})\n03:05 exfil 2.3 GB via rclone to mega.nz\nAffected staff incl. [[P:Chong Wai Keen]].
@ draft g m c
Write a LinkedIn recommendation for [[P:Deepika Iyer]], my former analyst at the Bengaluru office, strong at SQL and stakeholder management.
@ qa f l r
Bank says my transfer to {I4} was rejected "beneficiary name mismatch". Account holder is [[P:Hans Müller]] but I typed Hans Mueller. Will resending with ü fix it?
@ chat g l c
hi! just moved to Melbourne from KL, my new number is [[T:+61 412 345 678]]. any suggestions for good Malaysian food near Box Hill?
@ code m h r code
Write SQL to pseudonymise the patients table before we share it with the research team — hash NRIC with a salt, drop name and phone. Example row: ('[[P:Ho Siew Mei]]', '{N4}', '[[T:97765432]]', 'T2DM')
@ classify l m c
Is this a contract, a demand letter, or a court filing?\n\n"Dear [[P:Mr Raj]], we act for Orchid Properties. Unless arrears of S$9,600 are paid within 14 days, our client will commence proceedings without further notice."
@ extract m h r
Make a medication list table (drug, dose, freq) from this note:\n\n[[P:Mr Wong Chi Keung]] HKID-on-file, NRIC {N1} (SG PR). Meds: amlodipine 5 mg OD, atorvastatin 20 mg ON, metformin 850 mg BD, aspirin 100 mg OD. Stopped: gliclazide (hypos).
@ creative g m c
Write a short story opening, 150 words, about a hawker named [[P:Uncle Boon]] in Chinatown who finds a wallet with a stranger's IC.
@ sentiment s l c
Is [[P:Marcus]]'s tone here hostile? "I've told security FIVE times that badge reader at Level 3 is broken. Fix it or I'll prop the door open."
@ reasoning f h c
[[P:Kavya Reddy]] earns ₹24 lakh and wants to choose between the old and new tax regime; she has ₹1.5L 80C, ₹25k 80D and a home loan interest of ₹2L. Which regime is better and why?
@ math f m r calc
Our Australian client [[P:Jack Nguyen]] (TFN on file, US SSN {S1} for his IRS filing) earned AUD 145,000. Compute his Australian resident tax for the year using the stage-3 rates.
@ summarize m l c
one-liner summary for the handover board: [[P:Bed 12 Mr Suresh]] post-op day 2 lap chole, pain 3/10, tolerating diet, drain out, plan d/c tomorrow, wife [[T:+65 8100 2245]]
@ translate g l c
この文章を英語にしてください：「[[P:山田太郎]]様、会議の資料を [[E:yamada@nikko-denki.co.jp]] に送りました。ご確認ください。」
@ draft f l c
Write a payment reminder WhatsApp to [[P:Ms Fong]] at [[T:+852 6123 4578]]: her invoice for the Wan Chai fit-out (HK$38,500) is 15 days overdue.
@ qa s m c
We got an email from [[E:security@paypa1-support.com]] asking us to confirm our merchant login. Is this domain legit?
@ extract f m r
Give me the cardholder and last 4 only from this chat log, we're not allowed to store the rest: "agent: card? cust: {C1} [[P:Mohd Hafiz]] exp 11/27"
@ classify m m c
Triage category (emergency / urgent / routine) for this call: "[[P:Ms Lee]], 34F, 32 weeks pregnant, headache and blurred vision since morning, BP at home 162/105."
@ chat s l c
is it safe to give my Singpass OTP to the guy from "DBS" who called me from [[T:+65 6327 2265]]? he knew my name
@ code f m r code
Write a Java method that validates a Swiss IBAN; here's one to test: {I4}
@ translate f m r
Translate to Bahasa Melayu for the remittance form: "Beneficiary: [[P:Anita Desai]], IBAN {I5}, purpose: family support."
@ draft l m c
Draft a witness statement outline for [[P:Tan Boon Huat]], who saw the forklift accident at the Jurong warehouse on 3 March at around 4pm.
@ sentiment f l c
Are these app store reviews positive, negative or mixed?\n1. "[[P:Rohan]] from support fixed my issue in 5 min!"\n2. "Fees are hidden and the FX rate is worse than my bank"\n3. "Good app, but login OTP to my +61 number never comes"
@ !hn
@ qa f l i
Why was order SO-2024-118734 billed twice? Invoice INV-SG-00918 and INV-SG-00921 both show S$1,284.50 dated 12/03/2024.
@ !hn
@ extract f l i
Extract UEN, invoice number, GST and total:\n\nTAX INVOICE\nBright Harbour Pte Ltd (UEN 201934512K)\n10 Anson Road #22-02, Singapore 079903\nInvoice: BH-INV-77120  Date: 02 May 2024\nSubtotal S$12,400.00\nGST 9% S$1,116.00\nTotal S$13,516.00
@ !hn
@ classify s l i
Is this ID a card number or something else? {BC1} — it came from the loyalty export, column "member_ref".
@ !hn
@ code s m i code
Our release pipeline tags builds like 4.2.0.17 and 4.2.1.3. Write a Python function that sorts these version strings correctly (not lexically).
@ !hn
@ qa s l i
The IBAN validator rejected {BI1}. Is that a typo on the supplier's side or is our validator broken?
@ !hn
@ extract g l p
Pull the booking reference and flight numbers: "Your booking ref is QZ7XPL. SQ 321 SIN–LHR 23:35 on 14 Jul, return SQ 318 LHR–SIN 12 Aug. Seat 42K."
@ !hn
@ math f l i calc
Three invoices from our Penang supplier: RM 14,250.00, RM 8,930.40 and RM 2,115.75. Total with 8% SST?
@ !hn
@ summarize s m i
Summarise the changelog for the CAB:\n\nv3.8.2.114 (build 20240511.3)\n- fix: memory leak in router pool\n- bump openssl 3.0.13\n- perf: 18% faster tokenizer\nv3.8.1.98\n- hotfix CVE-2024-3094 dependency pin
@ !hn
@ classify f l i
Is "{BN1}" a valid Singapore NRIC? Our onboarding form flagged it.
@ !hn
@ qa g l p
What's the postal code format for Singapore vs Malaysia? e.g. 238859 Orchard vs 50450 KL.
@ !hn
@ extract f m i
List every part number and qty from this PO:\n\nPO-88-40211\nPN 7731-A22-0045  qty 120\nPN 7731-B10-1180  qty 40\nPN 6620-X01-0007  qty 1,500\nDelivery to Tuas warehouse by 30/06/2024
@ !hn
@ reasoning f h i
Our FX desk booked USD/SGD 1.3482 on 4 Mar for USD 2.5m, settlement T+2, but the counterparty confirmed 1.3428. Which number is probably the typo, and how big is the P&L impact?
@ !hn
@ code f m i code
This 16-digit string {BC3} passes our length check but the payment gateway rejects it. Write a Luhn check in JavaScript so we catch it client-side.
@ !hn
@ draft g l i
Write a short notice that the Level 12 pantry (Tower 2, 1 Raffles Place, 048616) will be closed 15–17 May for renovation.
@ !hn
@ translate g l p
翻訳してください：「ご注文番号 JP-5521-0983 の商品は 5月20日 に発送されました。」
@ !hn
@ qa f l i
Is {BI2} from the vendor portal a real IBAN or a sample?
@ !hn
@ sentiment g l p
Tone check on this review: "Ordered #A8821903 on 2 Jan, arrived 28 Jan, box crushed. 2 stars because the shoes themselves are fine."
@ !hn
@ classify s m i
Classify by severity: CVE-2024-21762 (FortiOS 7.2.6), CVE-2023-4966 (NetScaler 13.1-49.15), CVE-2024-1086 (kernel 6.1.76).
@ !hn
@ math g l p calc
If a 40-foot container holds 67.7 m³ and each carton is 0.6 × 0.4 × 0.35 m, how many cartons fit, ignoring packing loss?
@ !hn
@ summarize f m i
Summarise this AP ageing:\n\nVendor        Inv#          Amount (S$)   Days\nKopi Co       KC-20931      2,340.00      12\nTechline      TL-0088-221   18,920.50     47\nSunrise Print SP/24/0412    610.00        95\nTechline      TL-0088-240   4,100.00      33
@ !hn
@ chat g l p
what's a good gift under S$80 for a colleague leaving for Tokyo? she loves stationery
@ !hn
@ extract l m i
Extract case numbers and hearing dates: HC/S 412/2023 fixed for 14 Aug 2024; DC/OC 1893/2022 CMC 2 Sep 2024; HCCA 2/2024 appeal hearing 30 Oct 2024.
@ !hn
@ code s m i code
Write a regex that matches Singapore UEN numbers like 201934512K and T08LL1234A but not NRIC-shaped strings like {BN2}.
@ !hn
@ qa m l p
What's the normal HbA1c range and what does 7.4% mean for a diabetic?
@ !hn
@ reasoning s h i
Why would a card-number DLP rule fire on this log line? "txn_id=4000123412341234567 amount=SGD 88.20 ts=1715412233" Is it a true positive?
@ !hn
@ draft f m i
Draft an email to the bank asking why our transfer ref TT24051100382 for USD 41,760.00 was returned with code AC01 (incorrect account number).
@ !hn
@ classify g l p
Categorise: "Booking HX-20240611-7781 — room upgrade request", "Order 992-1182-4403 — refund", "Ticket #55120 — login help".
@ !hn
@ math f m i calc
Depreciate a S$184,000 forklift straight-line over 7 years with S$12,000 residual. Annual charge and NBV after year 3?
@ !hn
@ extract g l p
Grab all dates from this: "Kick-off 03/06/2024, UAT 2024-07-15 to 2024-07-26, go-live 5 Aug, hypercare until 30.08.2024."
@ !hn
@ translate f l i
Translate to Chinese: "Invoice INV-HK-20931 for HK$56,200.00 is due on 31 May. Please quote PO 4500218833 on payment."
@ !hn
@ qa s l i
Our scanner says {BC2} in config.yaml is a credit card. It's the test merchant ID from the sandbox. Is that a false positive?
@ !hn
@ summarize l m p
Summarise s 11 of the Singapore Employment Act on notice periods for someone employed 2-5 years.
@ !hn
@ sentiment f l p
Market mood from these headlines? "STI up 0.8% to 3,312.45"; "SGD hits 1.3390 vs USD"; "DBS Q1 net profit S$2.96b, record high".
@ !hn
@ code g m p code
Write a Go function that formats amounts like 1234567.891 as "1,234,567.89" and handles negative values.
@ !hn
@ creative g l p
Write a haiku about the MRT breaking down at 8:02 on a Monday.
@ !hn
@ reasoning f m i
Reference FT24133XK9Q2 appears on our statement for S$3,000.00 on 12 May and again for S$3,000.00 on 13 May. Duplicate or two separate payments? What would you check?
@ !hn
@ extract s m i
Extract hostnames and versions from this inventory:\n\nsg-db-01  PostgreSQL 15.6\nsg-app-03 nginx 1.25.4\nhk-app-02 nginx 1.24.0\njp-cache-01 Redis 7.2.4
@ !hn
@ classify f l i
Which GL account should these go to? (a) Grab for Business GRB-7781203 S$42.10 (b) AWS invoice 1538829911 US$3,820.44 (c) Kopi for team S$18.60
@ !hn
@ draft l m i
Draft a clause saying the contractor must quote the contract number MSA-2024-0117 and PO number on every invoice, and invoices without them will be returned.
@ !hn
@ qa f l i
Why does {BI3} fail validation? The French supplier swears it's right.
@ !hn
@ math f m i calc
A HK$2,400,000 mortgage at 3.875% over 25 years — monthly instalment?
@ !hn
@ chat g l p
it's 2am and i'm still debugging build 20240602.7, send motivation
@ !hn
@ translate g l p
Translate to Korean: "Your parcel KR0098812773 will arrive between 14:00 and 18:00 on 6/12."
@ !hn
@ extract f m i
Pull the shipment and container numbers: "BL MAEU238811902, container MSKU 7719042, seal 0048812, ETA Port Klang 22/06/2024."
@ !hn
@ classify s m i
True positive or false positive? DLP flagged "NRIC {BN3}" in a training slide deck. The check letter looks off.
@ !hn
@ summarize g m p
Summarise the release notes: Android app 6.14.0 (build 61400213) adds PayNow QR scanning, drops support for Android 8, fixes crash on Samsung A-series.
@ !hn
@ reasoning g m p
Which is cheaper per GB: a 1.5 TB plan at S$45/month or a 2 TB plan at S$58/month with a 10% annual-prepay discount?
@ !hn
@ code s h i code
Write a YARA rule that matches the dropper with SHA-256 prefix 9f86d081884c7d65 and the string "upd_4.7.1.22.exe".
@ !hn
@ qa l l p
Is a Singapore company with UEN 53345621D a sole proprietorship or a Pte Ltd, judging by the format?
@ !hn
@ sentiment g l p
Overall sentiment of the NPS comments: "9 – fast delivery", "3 – order 77120 lost", "7 – ok", "10 – love the new app 5.2".
@ !hn
@ draft f l i
Write the cover note for remittance batch RB-0612-03: 18 payments, total S$284,119.40, value date 14 June.
@ !hn
@ math f l p calc
GST at 9% on S$3,480.00, and what's the price before GST if the total is S$1,089.00?
@ !hn
@ extract f l i
Pull out the 16-digit numbers from this export and say which ones look like cards: {BC4}, {BC5}, 2024051200001234.
@ !hn
@ creative g l p
Write a tagline for our new Clementi outlet (postal code 120451) opening 1 July — bubble tea and kaya toast.
@ !hn
@ qa m l p
Is 38.4°C a fever in a 3-year-old and when should we go to A&E?
@ !hn
@ translate l m p
Translate into English: 本合同编号 HT-2024-0315，自2024年4月1日起生效，有效期三年。
@ !hn
@ code f m i code
Fix this SQL, it double counts invoices:\n\nSELECT c.id, SUM(i.amount) FROM customers c JOIN invoices i ON i.cust_id = c.id JOIN payments p ON p.inv_id = i.id GROUP BY c.id;
@ !hn
@ chat g l p
what's a polite way to say in Malay "sorry, wrong order number, it should be 88-1204"?
@ !hn
@ classify m l p
Is this a lab code or a drug code? "LOINC 4548-4" and "ATC A10BA02".
@ !hn
@ reasoning s h i
Firewall change FW-CR-2291 opens 443 to the new payment gateway but CR-2288 closed the same range last week. Which one wins if both are applied in order, and is there a risk?
@ !hn
@ summarize f h i
Summarise the variance: Budget FY24 S$12.4m opex, actual S$13.1m; over on cloud (+S$640k), travel (+S$120k), under on headcount (-S$90k).
@ !hn
@ extract l l p
What's the act and section here: "Personal Data Protection Act 2012, s 26D(1), as amended by Act 40 of 2020"?
@ !hn
@ extract f m i :: Extract the invoice numbers and amounts
@ math f m i calc :: total them
@ draft f m i :: write a chaser to the vendor
Extract the invoice numbers and amounts, total them, and write a chaser to the vendor:\n\nINV-MY-22017 RM 4,820.00 due 15/04\nINV-MY-22045 RM 11,300.50 due 30/04\nINV-MY-22090 RM 760.25 due 15/05
@ !hn
@ summarize s m i :: Summarise these release notes
@ classify s m i :: tell me which items are security fixes
Summarise these release notes and tell me which items are security fixes:\n\nGateway 5.1.0.42\n- TLS 1.0/1.1 disabled by default\n- new dashboard widgets\n- patch for CVE-2024-6387 (regreSSHion)\n- faster config reload
@ !hn
@ qa f l i :: Why does this IBAN fail
@ code f m i code :: write a mod-97 checker in Python so the team can test
Why does this IBAN fail, and write a mod-97 checker in Python so the team can test: {BI4}
@ !hn
@ translate g l p :: Translate the shipping notice into Japanese
@ draft g l p :: write a one-line SMS version
Translate the shipping notice into Japanese and write a one-line SMS version: "Order 5530-2291-88 shipped on 3 June via DHL, tracking 4471 2290 1183."
@ !hn
@ reasoning f h i :: Which quote is cheaper over three years
@ draft f m i :: draft the recommendation for procurement
Which quote is cheaper over three years, and draft the recommendation for procurement. Vendor A: S$48,000 upfront + S$6,200/yr support. Vendor B: S$1,950/month all-in, 36-month term. Quote refs QA-7781 and QB-20240514.
@ !hn
@ classify g l p :: Group these tickets by type
@ summarize g l p :: give me a one-line status
Group these tickets by type and give me a one-line status: #40112 laptop won't boot; #40115 request Figma licence; #40118 laptop battery swelling; #40120 add to Slack channel.
@ !hn
@ extract l m i :: List the clause numbers that mention payment
@ qa l m i :: is 60 days normal in Singapore
List the clause numbers that mention payment, and is 60 days normal in Singapore? Clause 4.2: invoices payable within 60 days. Clause 7.1: late payment interest 1.5% per month. Clause 9.3: disputes to SIAC.
@ !hn
@ math m l p calc :: Convert 180 mg/dL glucose to mmol/L
@ qa m l p :: is that high after a meal
Convert 180 mg/dL glucose to mmol/L, and is that high after a meal?
@ !hn
@ sentiment f l p :: How do analysts feel about the results
@ summarize f m p :: summarise the numbers
How do analysts feel about the results, and summarise the numbers: "SingTel FY revenue S$14.1b (-3%), underlying NPATI S$2.2b (+4%), dividend 15.0 cents. 'Solid but unspectacular,' said one analyst; another called the guidance 'cautiously upbeat'."
@ !hn
@ code s m i code :: Write a script that checks whether these strings pass Luhn
@ classify s l i :: label each as card or not-card
Write a script that checks whether these strings pass Luhn, then label each as card or not-card: {BC1}, {BC3}, 1234-5678-9012-3456.
@ extract m m c :: Extract the vitals
@ classify m m c :: classify the NEWS2 risk
Extract the vitals and classify the NEWS2 risk for [[P:Mr Aziz]]: RR 24, SpO2 93% on air, BP 98/60, HR 118, T 38.6, alert.
@ creative g l c :: Write a short toast for the wedding
@ translate g l c :: translate it into Mandarin
Write a short toast for the wedding of [[P:Jia Wen]] and [[P:Marcus]], then translate it into Mandarin for the grandparents.
@ draft s m c :: Draft the access request
@ qa s l c :: which approver do I need
Draft the access request for [[P:Ananya Bose]] ([[E:ananya.bose@mesh-apac.co]]) to the prod read replica at [[IP:10.20.31.40]], and which approver do I need?
@ math f m r calc :: Work out the refund
@ draft f m r :: write the note to the customer
Work out the refund and write the note to the customer: [[P:Mr Ishikawa]] paid ¥86,000 on card {C5}, cancelled 2 of 5 nights, 20% cancellation fee on cancelled nights.
@ creative m l c
Write a short thank-you poem from the paediatric ward team to [[P:Nurse Kamala]], who is retiring after 28 years at KK Hospital.
@ creative g l p
Write a two-line Chinese New Year greeting for our Kuala Lumpur and Singapore clients, in English and Chinese.
@ creative l m p
Write a short fictional courtroom scene in Hong Kong where a junior barrister realises the key contract was backdated. Keep it under 200 words.
@ creative f l p
Give me five catchy names for a robo-advisor aimed at young Indian professionals.
@ creative s l c
Write a cheeky security-awareness poster line featuring our mascot and [[P:Ah Seng]] from IT who always says "don't click lah".
@ creative m l p
Write a gentle bedtime story for a 6-year-old who is scared of her upcoming tonsil operation.
@ creative g m c
Write a speech for [[P:Ms Kaur]] to give at the Sydney office launch, 2 minutes, mention our roots in Singapore and the new team of 40.
@ chat g l p
morning! can't decide between laksa and chicken rice for lunch, help
@ chat m l c
hey, it's [[P:Wen Hui]] again, the nurse said my blood test results will come by SMS to [[T:+65 9288 4410]] — is that normal or should I call them?
@ chat f l p
honestly is it dumb to keep 6 months of expenses in a savings account at 2.5%?
@ chat l l p
my landlord in Petaling Jaya wants to keep the whole deposit for "repainting" lol is that even allowed
@ chat s l p
just got a sms saying my parcel is stuck at customs and i need to pay RM2.50 via link. scam right?
@ chat g l c
thanks for yesterday [[P:Yuto]]-san, the demo went great! what should i send the client as follow-up?
@ sentiment m m c
Sentiment of these patient comments about the Jurong polyclinic:\n1. "Waited 3 hours with a feverish toddler."\n2. "Dr [[P:Lim]] was kind and patient."\n3. "Pharmacy queue was ok."
@ sentiment l l c
How does opposing counsel [[P:Mr Krishnan]] sound in this email — conciliatory or aggressive? "Our client remains open to a without-prejudice discussion, failing which we are instructed to file by 30 June."
@ sentiment s l p
Are people on the forum positive about the new MFA rollout? "finally", "the push notifications are so slow", "better than SMS OTP tbh", "broke my workflow again".
@ sentiment g l p
韓国語のこのレビューはポジティブですか？「배송은 느렸지만 품질은 정말 좋아요.」
@ sentiment f m c
Gauge how [[P:Mr Cheung]]'s team feels about the merger from this townhall Q&A: "Will the HK desk be cut?", "Bonuses honoured?", "Excited to get access to the bigger balance sheet."
@ reasoning m h c
[[P:Mr Ravi]], 45M, chest pain radiating to left arm, troponin normal at 0h and 3h, ECG normal, HEART score 4. Reason through whether he can go home or needs admission.
@ reasoning l h c
Employee [[P:Nur Syafiqah]] was dismissed in Malaysia for posting about her manager on TikTok. No warning letter. Is this likely an unfair dismissal under the Industrial Relations Act? Think it through.
@ reasoning g m p
If the Shinkansen leaves Tokyo at 09:00 and I have a 13:30 meeting in Kyoto 15 min from the station, which is the latest train I can take? Explain your logic.
@ reasoning s h i
Our WAF blocks 2% of legitimate checkout requests from India but only 0.1% from Singapore. Reason through possible causes before we tune the rules.
@ reasoning f m p
Is it better for a Singapore SME to lease or buy a S$90k van if it can borrow at 4.5% and the lease is S$1,900/month for 5 years? Reason it out.
@ qa f l p web
What's today's SGD to INR rate? Need it for a transfer.
@ qa l m i retr
Per our internal travel policy, can staff claim business class on flights to Sydney over 7 hours?
@ qa m l p web
Which Japanese vaccines are required for a 2-year-old to enroll in preschool in Osaka? Check the latest MHLW guidance.
@ summarize l m i retr
Summarise what our data retention policy says about CCTV footage at the Hong Kong office.
@ extract m l c
From this SMS pull out the appointment date, time and clinic: "Dear [[P:Mr Kumar]], your appointment at SGH Clinic 3A is on 18 Jul at 10:40am. Reply Y to confirm."
@ summarize m h r
Summarise the consult for the family in plain language: [[P:Mrs Chua Siew Eng]], NRIC {N2}, 79F, advanced dementia, aspiration pneumonia x3 this year. Discussed goals of care with son. Plan: no CPR, no intubation, continue oral feeding for comfort, hospice referral.
@ translate m m c
Translate this into Korean for the patient: "[[P:Ms Choi]], please fast from midnight before your colonoscopy. Take the bowel prep at 6pm and 10pm the day before."
@ draft m m c
Draft an SMS reminding [[P:Mr Anbarasan]] at [[T:+65 8345 1190]] about his diabetic eye screening on Thursday at 2pm, Tampines Polyclinic.
@ classify l m c
Is this NDA mutual or one-way? "[[P:Kenji Mori]] on behalf of Mori Design KK agrees to keep confidential all information disclosed by Mesh APAC. Mesh APAC has no reciprocal obligations."
@ extract l m c
Who signed, in what capacity, and when? "Signed by [[P:Rahim bin Yusof]], Director, for and on behalf of Seri Maju Sdn Bhd, this 12th day of March."
@ qa l l p
Does a Singapore will need two witnesses, and can a beneficiary be one of them?
@ draft l h c
Draft a cease-and-desist letter to [[P:Mr Ho Ka Leung]], who is using our trademark "MeshBridge" on his online shop in Hong Kong.
@ code m m c code
Write a Python function that converts these Japanese-era birth dates to ISO format, e.g. 昭和45年3月2日 for [[P:佐藤花子]]'s record.
@ math m m p calc
IV fluid: 1 L over 8 hours with a 20 drops/mL giving set. How many drops per minute?
@ math l l p calc
Late payment interest at 5.33% per annum simple on S$48,200 for 73 days — how much?
@ extract g l c
Get all the phone numbers out of this Shanghai vendor card: 联系人：[[P:王芳]] 手机：[[T:+86 138 0013 8000]] 座机：[[T:021-6278 3344]] 邮箱：[[E:wangfang@hzkj.cn]]
@ draft f m r
Write a reply to [[P:Mr Sharma]] confirming we received his refund request for the duplicate charge on card {C2}, and that it'll be reversed in 5–7 working days.
@ classify f m r
KYC triage: low / medium / high risk? New client [[P:Zhou Lei]], funds from {I2} (Germany), declared occupation "trading", expected monthly turnover US$2m, no website.
@ qa s m c
Why would [[IP:fe80::1c2b:3aff:fe4d:8a01]] show up as the source in our firewall logs? Is that something I should worry about?
@ summarize f m r
Summarise this credit memo: Applicant [[P:Tanaka Haruto]], US SSN {S2} (US person, Tokyo resident), requests US$350k facility against a brokerage portfolio of US$1.1m; LTV 32%; 3 years' clean history; recommend approve with 60% LTV cap.
@ code g m c code
Write a function to normalise Indian mobile numbers to E.164; test data: [[T:098450 12345]], [[T:+91-98450-12345]], [[T:9845012345]].
@ translate m m c
Translate into Japanese for the patient's son: "Your father, [[P:Mr Suzuki]], has a mild stroke. He can go to rehab next week. Please call [[T:+81 3-3541-5151]] to arrange it."
@ chat f l c
hey [[P:Priyanka]] here, my Aussie number changed to [[T:0412 987 654]], can you update my profile? also is the FD rate still 3.2%?
@ extract f m r
From this supplier form get bank name, account holder, IBAN and SWIFT:\n\nAccount holder: Alpen Präzision AG, attn [[P:Lukas Meier]]\nBank: UBS Zürich\nIBAN: {I4}\nSWIFT: UBSWCHZH80A
@ sentiment g l c
Is this Korean comment from [[P:김민지]] angry or just blunt? "회의 자료 아직도 안 보내셨네요. 오늘 안에 부탁드립니다."
@ reasoning s h c
[[P:Teo Kai Xiang]]'s laptop beaconed to [[IP:91.215.85.22]] every 60s for 3 days, but EDR shows no new processes. Reason through whether this is malware, a misconfigured agent, or something else.
@ draft s m r
Draft the internal incident note: an analyst pasted a customer's card number {C3} and SSN {S1} into a public Slack channel; message deleted after 11 minutes.
@ math f l r calc
Card {C1} has S$2,340 due, minimum payment 3% or S$50 whichever higher, and 26.9% p.a. interest. What's the minimum and the interest next month if only the minimum is paid?
@ classify g l c
Which language is each line and who wrote it? [[P:Aarav]]: "कल मीटिंग कितने बजे है?" [[P:Mei]]: "明天几点开会？" [[P:Aiman]]: "Mesyuarat esok pukul berapa?"
@ translate g l c
Translate this Hindi message into English: "नमस्ते [[P:राहुल]] जी, कृपया कल तक रिपोर्ट भेज दें। मेरा नंबर [[T:+91 99887 76655]] है।"
@ qa l m r
Can we keep a copy of the NRIC of a visitor like [[P:Mr Lim Kok Seng]] ({N5}) at reception under the PDPA advisory guidelines, or just the last 4 characters?
@ creative f l c
Write a fun retirement-savings explainer in the voice of [[P:Uncle Lee]], a Singapore taxi uncle, for our CPF webinar.
@ summarize l m c
Give me the gist of this solicitor's letter in 2 lines:\n\n"We act for [[P:Ms Yamamoto Rina]]. Our client was overcharged ¥1.2m in management fees between 2021 and 2023 contrary to clause 8 of the Management Agreement. We require a full refund and audited statements within 21 days."
@ extract s l c
Which accounts were locked? "Locked: [[E:a.tan@mesh-apac.co]], [[E:r.kapoor@mesh-apac.co]], [[E:h.kim@mesh-apac.co]] — 5 failed attempts each from [[IP:180.94.12.3]]."
@ draft m l c
Write a short WhatsApp to [[P:Dr Iyer]] saying the 3pm ward round moves to 4pm because of the OT delay.
@ reasoning f h r :: Should we release this payment
@ draft f m r :: write the email to the requester
Should we release this payment, and write the email to the requester. CFO's "urgent" request from a Gmail address: pay EUR 86,400 to new beneficiary {I3} today, requester signs as [[P:Daniel Koh]], but his calendar shows him on leave.
@ code s m c code :: Write a Python script that geolocates these IPs
@ summarize s m c :: summarise which countries they come from
Write a Python script that geolocates these IPs, then summarise which countries they come from: [[IP:1.179.112.4]], [[IP:27.122.14.9]], [[IP:2404:6800:4003:c00::8b]]
@ translate l m c :: Translate this clause into Chinese
@ qa l m c :: is the governing law clause enforceable in the PRC
Translate this clause into Chinese, and is the governing law clause enforceable in the PRC? "This Agreement between Mesh APAC and [[P:Liu Yang]] is governed by Singapore law; disputes go to SIAC."
@ extract m m r :: List the patient identifiers
@ summarize m m r :: give a 2-line clinical summary
List the patient identifiers and give a 2-line clinical summary:\n\nPt: [[P:Ramesh s/o Krishnan]] NRIC {N6} Tel [[T:+65 6123 4567]]\nDx: NSTEMI, PCI to LAD. EF 45%. Started DAPT, statin, beta-blocker. Cardiac rehab referral.
@ sentiment f l c :: Is this client happy
@ draft f l c :: draft a reply
Is this client happy, and draft a reply: "[[P:Ms Nakamura]] here — the new dashboard is great but I still can't export to Excel. Please fix soon."
@ !hn
@ classify f l i
Is this IBAN valid: {BI1}? Supplier in Manchester sent it on letterhead.
@ !hn
@ extract g l p
Pull the order number, amount and delivery window: "Shopee order 240611QWE8812 — RM 89.90 — arriving 14–16 Jun."
@ !hn
@ code s m i code
Our deploy script compares "10.2.0.3" < "9.14.1.0" as strings and picks the wrong build. Fix it:\n\nlatest = max(tags)
@ !hn
@ math f l p calc
¥128,000 at 0.0089 SGD per yen plus a 2.5% card FX fee — how much in SGD?
@ !hn
@ qa f l i
We got a 16-digit number {BC5} in the "card" field from the kiosk. Customer insists it's his card. Could it be a misread?
@ !hn
@ summarize g l p
Summarise: "Flight TR 0468 SIN–TPE on 22 Aug delayed from 06:15 to 09:40. New gate D36. Booking ref K7XH2P unaffected."
@ !hn
@ reasoning l h i
Contract MSA-2023-0441 says "invoices are payable 45 days from receipt" and PO 4500119283 says "net 30". Which prevails if the MSA has an order-of-precedence clause putting itself first?
@ !hn
@ draft s m i
Write the maintenance announcement: core switches upgrade from NX-OS 9.3.10 to 10.2.6 on Sat 22 Jun 01:00–05:00 SGT, change CHG0049112.
@ !hn
@ extract m l p
From this lab report list test, value and range: HbA1c 7.8% (4.0–5.6), LDL 3.9 mmol/L (<2.6), eGFR 68 mL/min (>90), Hb 13.1 g/dL (13–17).
@ !hn
@ translate g l p
Translate into Malay: "Order No. 771-2208-551 will be delivered on 12/07. Please keep the invoice INV-77188 for warranty."
@ !hn
@ classify s l i
Are these NRIC-like strings valid or typos? {BN4}, {BN1}, S1234567X.
@ !hn
@ sentiment f l p
Sentiment of the Nikkei wrap: "Nikkei 225 closed at 38,487.90, down 1.2%, as yen strengthened past 151.40; exporters led losses."
@ !hn
@ math g m p calc
We ship 1,840 parcels a week at S$3.60 each, rising 7% next quarter. What's the extra cost over 13 weeks?
@ !hn
@ qa s l i
Is OpenSSL 3.0.13 affected by CVE-2024-5535, or do we need 3.0.14?
@ !hn
@ draft f m i
Write a dunning letter for invoice INV-AU-30917 (AUD 12,480.00, due 31/03/2024) referencing ABN-style customer ref C-88201.
@ !hn
@ extract f l i
Extract the cheque numbers and amounts: "Cheque 004417 HK$12,000; Cheque 004418 HK$8,750.50; Cheque 004421 HK$640.00 — bounced."
@ !hn
@ chat g l p
is it normal that my ezlink card balance shows S$-2.30? lol
@ !hn
@ creative g l p
Write a playful product description for a mechanical keyboard, model MK-88 v2.1, launching in Seoul on 9 Sept.
@ !hn
@ summarize s h i
Summarise the vuln scan: 14 critical (mostly Apache Tomcat 9.0.62 and log4j 2.14.1), 63 high, 210 medium across 88 hosts; scan id VS-20240612-02.
@ !hn
@ classify l m p
Contract type? "This Loan Agreement No. LA/2024/0193 is made on 5 March 2024 for a principal of RM 250,000.00 repayable over 60 months."
@ !hn
@ reasoning f m i
The bank statement shows reference 0000402211345678 for S$1,200 but our ledger has 4022113456. Same payment or not? Explain.
@ !hn
@ code f m i code
Write a pandas snippet that parses amounts like "S$1,234.50", "RM 2,000", "¥128,000" into floats with a currency column.
@ !hn
@ qa g l p
What does postal code 018956 cover in Singapore — is it Marina Bay?
@ !hn
@ extract s l i :: Extract the ticket ids
@ classify s l i :: tag each as bug or access request
Extract the ticket ids and tag each as bug or access request: JIRA-4412 "app crash on 2.8.1", JIRA-4415 "need prod read", JIRA-4419 "timeout on export".
@ !hn
@ math f m i calc :: Calculate the landed cost per unit
@ draft f l i :: write a one-paragraph note for the buyer
Calculate the landed cost per unit and write a one-paragraph note for the buyer: PO 4500231187, 2,400 units at US$4.85, freight US$1,920, duty 5%, FX 1.35 SGD/USD.
@ !hn
@ summarize l m i :: Summarise the court's orders
@ extract l m i :: list the deadlines
Summarise the court's orders and list the deadlines: "HC/OA 118/2024: defendant to file affidavit by 12 July 2024; plaintiff reply by 26 July 2024; hearing fixed 14 August 2024; costs reserved."
@ !hn
@ qa m l p :: What's a normal INR on warfarin
@ math m l p calc :: convert 5 mg tablets to 7.5 mg dose
What's a normal INR on warfarin, and convert 5 mg tablets to 7.5 mg dose — how many tablets?
@ creative l m p
Write a short, witty poem about the life of a conveyancing lawyer in Singapore chasing stamp duty deadlines.
@ creative m l c
Write a cheerful card message from the dialysis unit to [[P:Mr Balakrishnan]] on his 100th session.
@ creative l l p
Give me a catchy title and opening line for a blog post explaining Malaysian employment law to startup founders.
@ creative m m p
Write a 100-word story for a diabetes-awareness campaign about a grandmother in Penang who swaps kuih for fruit.
@ chat m l p
feeling kinda anxious before my MRI tomorrow at Mount E, is it loud in there?
@ chat l l c
my ex-business partner [[P:Vijay]] keeps messaging me at [[T:+65 9876 1234]] about the company shares, am i overreacting if i just block him?
@ chat m l p
ok be honest, is 4 cups of kopi a day too much?
@ chat l l p
hi, quick one — do I really need a lawyer to do a statutory declaration in Hong Kong?
@ sentiment l m c
How would you describe [[P:Mr Fernandez]]'s attitude in this deposition excerpt — cooperative or evasive? "I don't recall. I may have signed it. You'd have to ask accounts."
@ summarize m m c
Summarise this nurse's handover for the night team: [[P:Bed 7 Mdm Rosnah]], 66F, CHF exacerbation, on IV furosemide 40 mg BD, I/O negative 1.2 L, O2 2 L NP, K 3.3 — replaced. Daughter [[P:Aini]] visiting till 9pm.
@ translate l m p
Translate into Japanese: "Either party may terminate this agreement with 30 days' written notice."
@ qa m m p retr
What does our hospital's antibiotic guideline recommend first-line for community-acquired pneumonia in adults without risk factors?
"""


def main() -> None:
    rows = record_rows(RECORDS, prefix="diverse27", expand=expand)
    for row in rows:
        if len(row["tasks"]) == 1:
            row["tasks"][0]["text"] = ""
    write_and_check(HERE / "train_diverse27.jsonl", rows, scan_unmarked=True)


if __name__ == "__main__":
    main()
