"""Cue lexicons: words and phrases typical of each intent and domain.

Why: a classifier trained on a few hundred phrasings memorises those
phrasings; requests written by other people use synonyms it never saw
("condense" for summarise, "haiku" for a poem, "troponin" for medicine). Each
cue fires a shared feature such as ``cue:summarize`` whose *weight is learned*
from the training data, so one learned weight generalises to every synonym in
the list — and the evidence can name the cue that fired. Multi-word cues are written with
underscores (``sum_up``).
"""

from __future__ import annotations

from services.intent.cuescan import CueTable, find_cues, words_of
from services.intent.lexicon import words

INTENT_CUES: dict[str, str] = {
    "summarize": """
        rundown quick_rundown recap_of skim key_takeaways wrap-up debrief boil
        boil_down_to few_sentences in_a_few_sentences gist_of summarize
        summarise summarized summary summaries sum_up ^recap tl;dr tldr gist
        condense boil_down digest overview key_points takeaways synopsis
        abstract highlights shorten short_version executive_summary
        in_a_nutshell brief me main_points outline the main cliff_notes précis
        bullet_summary summarising summarizing condensed
        resumir resume résume résumer resumen zusammenfassen zusammenfassung
        riassumi riassumere riassunto samenvatten ringkaskan rangkum ringkasan
        résume-moi resuma resumo resume-me resúmeme resumí riassumimi
    """,
    "draft": """
        short_note note_to my_manager friendly_reminder reminder_about
        internal_update prepare_a_response response_to respond reply_to
        write_back cover_note draft email memo letter policy proposal
        announcement press_release job_description cover_letter agenda minutes
        faq guideline guidelines checklist sop standard_operating_procedure
        reply response message note speech bio newsletter invitation reminder
        apology ^linkedin_post ^blog_post talking_points statement notice
        rewrite rephrase polish proofread make_it_more_professional
        compose_a_letter compose_an_email write_to respond_to template
        business_case outreach follow-up thank-you_note report_for resignation
        escribe escribir écris écrire rédige rédiger schreibe schreiben scrivi
        redacta tulis escreva escreve redige rispondi responde responda
        réponds antworte
    """,
    "creative": """
        ideas name_ideas product_names names_for come_up_with_names story_about
        poem_about poem poetry haiku story stories limerick lyrics song sonnet
        rap verse slogan slogans tagline taglines screenplay fiction fictional
        fable fairy_tale riddle joke jokes pun puns imagine brainstorm
        creative_names catchy witty bedtime_story character characters plot
        novel chapter ode ballad metaphor whimsical humorous funny short_film
        scene monologue mascot jingle ^title ^a_title title_for a_name_for
    """,
    "reasoning": """
        second-order differential what_could_explain most_likely_diagnosis
        effects_of implications_of what_would_happen threat_model
        threat_modeling rank_the_risks given_these exposed why_might reason
        reasoning step_by_step think_through trade-offs tradeoffs pros_and_cons
        weigh evaluate_whether assess_whether argue argument flaw fallacy logic
        logical puzzle infer deduce implication implications which_is_better
        should_we recommend one compare root_cause likely cause most_likely
        critique justify counterarguments hypothesis scenario dilemma
        decide_whether valid conclusion premises option1 option2 _
    """,
    "math": """
        least_common_multiple common_multiple multiple_of greatest_common
        divisor how_long how_fast how_far calculate compute solve equation
        derivative integral integrate probability percent percentage sum_of
        average mean median standard_deviation how_many how_much npv irr roi
        interest compound amortization break-even dose dosage bmi convert area
        volume speed ratio multiply divide eigenvalues matrix prove theorem
        factorial combinations permutations arithmetic algebra geometry math
        maths formula x_= lcm gcd square_root annualized expectancy
    """,
    "code": """
        recurse recursive infinite_loop segfault compile_error syntax_error
        what's_wrong_with_this_code this_function this_code this_script code
        function python javascript typescript java rust golang go c++ c# sql
        query bug debug refactor script regex unit_tests pytest api endpoint
        class method implement compile stack_trace exception error null_pointer
        dockerfile kubernetes yaml json parser algorithm snippet repo git
        pull_request linter type_hints react component frontend backend bash
        shell powershell nullpointerexception traceback lambda recursion array
        list comprehension programming program write_a_function yara sigma rule
        pandas numpy dataframe html css
    """,
    "classify": """
        pick_one complaint compliment which_bucket which_queue spam is_it_spam
        or_not classify classification categorize categorise category categories
        label labels tag tags sort_into bucket triage route routing assign
        priority severity which_category which_department not_spam
        phishing_or_legitimate queue tier one_of_these_categories pick_a_label
        taxonomy intent_detection topic_labels
    """,
    "sentiment": """
        sounds_optimistic optimistic_or_pessimistic happy_or_upset
        how_the_author_feels sentiment tone emotion emotions feel feels feeling
        positive negative neutral happy upset angry frustrated frustration
        satisfied dissatisfied optimistic pessimistic mood attitude polarity
        opinion_of_the_customer sentiment_score how_does_the_customer_feel
        hostile friendly sarcastic
    """,
    "extract": """
        amounts deadline deadlines every_deadline find_the_amounts which_names
        names_in key_numbers addresses email_address phone_number phone_numbers
        every_email extract_all extract extraction pull_out list_every list_all
        find_all identify_the parties named_entities entities parse_into json
        fields key_fields capture grab pick_out action_items dates_and_amounts
        names and dates invoice_number structured_format table of get_the
        return_the email_addresses ip_addresses timestamps medication_names
    """,
    "translate": """
        render localise localize_for translate_into turn_into_spanish translate
        translation translated into french spanish german japanese portuguese
        italian chinese mandarin korean dutch hindi arabic malay russian
        english_version localize render_in language in_french in_spanish
        in_german how_do_you_say traducir traduce traduzca traduire traduis
        traduisez traduci tradurre übersetzen übersetze übersetzung oversette
        oversett översätt vertalen vertaal terjemahkan terjemah inglés anglais
        englisch engelsk inggris español espagnol spanisch français francés
        allemand alemán deutsch traduz traduza traduzir traduis-moi übersetz
        inglês englische inglese francês francese tedesco alemão espanhol
        spagnolo português portugués portugais
    """,
    "qa": """
        why_is why_do why_does why_are why_did how_many_time what_causes
        what's_the_difference what_is what_are what_does who who_wrote when_did
        where_is how_does how_do explain_what define definition meaning
        stand_for difference_between tell_me_about capital_of history_of which
        planet according_to is_it_true fact answer_the_question single_choice
        print_only_a_single_choice answer: ^explain ^define ^describe
        explain_how explain_why explain_the_difference explica explique
        erkläre spiega jelaskan como_funciona cómo_funciona qué_es o_que_é
        qu'est-ce_que was_ist wie_funktioniert cos'è che_cos'è
    """,
    "chat": """
        you're bored let's_chat funny_guy you_are lol hi hello hey thanks
        thank_you good_morning good_night how_are_you bye cool nice_to_meet_you
        who_are_you what_can_you_do chat talk favourite favorite weekend
        rough_day happy_friday awesome promoted sorry i_was_away just_chatting
        bom_dia buenos_días bonjour ciao grazie gracias obrigado obrigada merci
        danke tudo_bem
    """,
}

DOMAIN_CUES: dict[str, str] = {
    "finance": """
        p45 p60 nil-rate standing_order standing_orders direct_debit direct_debits
        payee payees payslip payslips repayment repayments arrears remortgage w-2
        w-9 1099 chargebacks cashback payout payouts
        deductible deductibles copay co-pay coinsurance p&l profit_and_loss
        basis_points bps accrual accruals amortisation write-off write-offs
        general_ledger chart_of_accounts term_life whole_life life_insurance
        annuity annuities budgeting spend overspend charged_twice double_charged
        overcharged billed board_pack board_deck cap_table runway burn_rate
        arr mrr churn_rate unit_economics cogs receipts expense_report
        invoice_totals remittance swift sort_code routing_number bic virement
        montant tip_on gratuity compound_interest credit_card credit_limit
        ifrs gaap compounded compounding annual_rate effective_annual_rate apr
        inflation recession gdp fed central_bank monetary cfo accountant
        bookkeeping reconciliation reconcile receivables payables procurement
        vendor_payments purchase_order quarter q1 q2 q3 q4 forecast forecasting
        spreadsheet excel kyc aml anti-money_laundering sox lending lender
        borrower credit_score brokerage trading trader hedge options futures
        derivatives etf index_fund 401k ira roth pension retirement insurance
        premium underwriting claims_ratio crypto bitcoin stripe paypal refund
        refunds chargeback overdraft savings expense_policy travel_budget
        per_diem cost_of_capital gross_margin operating_margin net_income
        working_capital liquidity solvency leverage buyout acquisition merger
        m&a ipo shareholder shareholders board_approved finance financial
        revenue revenues profit profits loss margin ebitda budget budgets
        invoice invoices payment payments tax taxes vat loan loans interest
        mortgage bond bonds yield equity stock stocks shares dividend dividends
        portfolio investment investor investors accounting ledger ledgers audit
        auditor cash_flow cash-flow expense expenses reimbursement payroll bank
        banking iban credit debit card fx currency exchange_rate capex opex
        capital valuation npv irr roi wacc depreciation balance_sheet
        income_statement 10-k earnings quarterly fiscal cost costs pricing price
        refinance debt liabilities assets receivable payable hedging fund funds
        treasury wire_transfer salary salaries fraud transactions transaction
        billing sgd usd eur gbp $ € £
    """,
    "legal": """
        right_to_erasure erasure data_subject dsar data_subject_request
        cookie_banner cookie_consent terms_and_conditions t&cs statutory
        contractual severability governing_law for_convenience
        termination_for_convenience counterparts legal_hold ediscovery
        due_diligence warranties renewal_clause auto-renewal non-disclosure
        confidentiality_agreement subpoenaed deposition litigation_hold
        cease_and_desist small_claims
        export_controls sanctions whistleblower whistleblowing prejudice
        without_prejudice fair_use copyright infringement defamation libel tort
        negligence gross_negligence damages remedy remedies injunction appeal
        tribunal employment_tribunal statute_of_limitations verbal_contract
        binding_contract consideration offer_and_acceptance notary affidavit
        power_of_attorney will probate estate trust_deed conveyancing
        data_protection privacy_policy dpa data_processing_agreement sla msa sow
        counsel legal_counsel paralegal solicitor barrister legal_brief brief
        ruling verdict jury misconduct harassment discrimination labour_law
        labor_law immigration visa antitrust competition_law procurement_rules
        subcontractor licensor licensee sublicense warranty_deed legal law laws
        lawyer lawyers attorney contract contracts clause clauses agreement
        agreements nda terms_of_service liability liable indemnify
        indemnification indemnity warranty breach litigation lawsuit court judge
        statute regulation regulations regulatory compliance gdpr ccpa lease
        tenant landlord licence license licensing trademark patent
        intellectual_property arbitration jurisdiction governed non-compete
        non-solicitation termination notice_period settlement dispute plaintiff
        defendant precedent enforceable binding force_majeure hereby whereas
        party parties signatory subpoena eu_ai_act employment_law
        wrongful_dismissal counterparty judgment judgement claimant claimants
        respondent appellant case_law ewca ewhc uksc
    """,
    "medical": """
        news2 e-obs wards midwife midwives clinicians mrn
        icd icd-11 mri ramipril lisinopril metoprolol omeprazole
        sertraline burn burns first_aid patient_leaflet blood_test
        blood_tests tablets tablet capsule capsules pills side_effect vitals
        a&e emergency_room ambulance paramedic physiotherapy physio
        concussion fracture sprain allergic_reaction epipen vaccination_schedule
        ibuprofen paracetamol acetaminophen aspirin amoxicillin atorvastatin
        statin warfarin heparin anticoagulation anticoagulant gentamicin
        amlodipine ace_inhibitor beta_blocker bisoprolol glp-1 semaglutide
        atrial_fibrillation fibrillation arrhythmia side_effects adverse_effects
        contraindications allergy allergies anaphylaxis immune_system vaccines
        virus bacterium bacteria viral bacterial flu influenza covid diagnosis
        differential_diagnosis prognosis chronic acute inpatient outpatient ward
        gp physician clinician surgeon pharmacist pharmacy referral
        referral_letter discharge_summary nursing_handover pathology_report
        radiology_report lab_report clinical_trial trial_protocol telehealth
        dementia depression anxiety mental_health cholesterol obesity
        hand_hygiene fall_prevention wound dialysis chest_pain
        shortness_of_breath neck_stiffness creatinine_clearance glucose mmol
        mg/dl iv drip infusion hba1c a1c medical medicine clinical clinic
        patient patients doctor nurse nursing hospital diagnose symptoms symptom
        treatment therapy dose dosage medication medications drug drugs
        prescription mg ml blood_pressure heart cardiac cardiology diabetes
        insulin metformin cancer tumor tumour oncology surgery post-operative
        discharge admission icu sepsis infection antibiotic antibiotics vaccine
        vaccination troponin ecg mri ct_scan x-ray radiology pathology lab labs
        creatinine kidney renal liver asthma copd hypertension stroke migraine
        pain fever rash pregnancy pediatric paediatric health healthcare ehr hl7
        fhir icd-10 bmi anaemia anemia triage nhs fda cdc
    """,
    "security": """
        cvss kerberoasting kql spl splunk sentinel sso locked_out lockout
        saml okta active_directory auth_log auth.log malicious quarantine
        phish spoof spoofed spoofing impersonation detection_query
        detection_rule wp-login failed_login failed_logins login_attempts
        suspicious_login incident_report security_incident data_breach
        sbom subnet subnets hosts cves cve patch_management secrets_management
        vault api_key api_keys ssh ssh_keys rdp open_ports port_scanning
        cloudtrail iam s3_bucket misconfiguration hardening cis_benchmark owasp
        waf dns_tunnelling dns_tunneling botnet c2 command_and_control trojan
        worm spyware keylogger social_engineering spear-phishing bec
        business_email_compromise credential_stuffing account_takeover
        session_cookie session_hijacking mitm man-in-the-middle hashing hash
        hashes bcrypt salt salted entropy passphrase rainbow_table
        vulnerability_scan pen-test_report threat_model threat_modeling red_team
        blue_team incident_response runbook soc2 iso_27001 nist
        security_awareness file_upload admin_panel privilege_escalation rootkit
        backdoor cisa advisory patch_tuesday security cybersecurity cyber attack
        attacker attackers breach hacked hacker malware ransomware phishing
        vulnerability vulnerabilities exploit zero-day firewall ids ips siem soc
        incident pen-test pentest penetration password passwords mfa 2fa
        authentication authorization encryption encrypt tls ssl certificate vpn
        access_control least_privilege zero_trust threat threats intrusion
        brute-force brute_force ddos xss csrf sql_injection injection patch
        patching endpoint edr antivirus logs log auth sshd ip_address ports
        port_scan nmap kerberos jwt token tokens oauth secrets credential
        credentials lateral_movement mitre_att&ck yara sigma iocs ioc forensics
        exfiltration suspicious alert alerts
    """,
}


# Function words that slipped into the lists above: too common to be evidence.
_NOT_CUES = frozenset(
    words(
        """
        letter email message report_for memo policy proposal announcement newsletter
        statement notice agenda minutes faq guideline guidelines checklist the and a
        an of to me main brief it is for in into on or one these all every which
        what who when where how with does do did are you i was away just get return
        identify pick find tell about be go scene note notice statement response
        message template character characters plot chapter convert area volume speed
        fact outline list sort error class method go c# label
        """
    )
)


def _compile(
    table: dict[str, str], lead_only: bool = False
) -> dict[str, tuple[str, ...]]:
    """cue -> labels (scanned through :class:`~services.intent.cuescan.CueTable`).

    Cues written ``^like_this`` are also common nouns ("a recap", "a blog
    post"): they only count as the request's leading words (``lead_only``)."""
    owners: dict[str, list[str]] = {}
    for label, blob in table.items():
        for token in blob.split():
            if token in _NOT_CUES or token.startswith("^") != lead_only:
                continue
            token = token.lstrip("^")
            cue = token if token == "_" else token.replace("_", " ")
            variants = [cue]
            if cue[-1:].isalpha() and not cue.endswith("s") and len(cue) > 3:
                variants.append(cue + "s")  # cheap plural
            for variant in variants:
                owners.setdefault(variant, [])
                if label not in owners[variant]:
                    owners[variant].append(label)
    return {c: tuple(v) for c, v in owners.items()}


INTENT_OWNERS = _compile(INTENT_CUES)
LEAD_OWNERS = {**INTENT_OWNERS, **_compile(INTENT_CUES, lead_only=True)}
DOMAIN_OWNERS = _compile(DOMAIN_CUES)
_CURRENCY = ("$", "€", "£")


_BOTH_OWNERS: dict[str, tuple[str, ...]] = {
    cue: (*(f"cue:{x}" for x in INTENT_OWNERS.get(cue, ())),
          *(f"dom:{x}" for x in DOMAIN_OWNERS.get(cue, ())))
    for cue in INTENT_OWNERS.keys() | DOMAIN_OWNERS.keys()
}  # fmt: skip
_BOTH = CueTable.build(_BOTH_OWNERS)
_INTENT = CueTable.build(INTENT_OWNERS)
_DOMAIN = CueTable.build(DOMAIN_OWNERS)


# Scripts without spaces cannot be split into words; their few request verbs
# are matched as substrings (Chinese, Japanese, Korean).
_CJK_CUES = (("翻译", "translate"), ("翻譯", "translate"), ("翻訳", "translate"),
             ("번역", "translate"), ("英文", "translate"), ("英语", "translate"),
             ("总结", "summarize"), ("摘要", "summarize"), ("要約", "summarize"),
             ("요약", "summarize"), ("为什么", "qa"), ("什么是", "qa"))  # fmt: skip


def all_cues(text_lower: str) -> list[tuple[str, str]]:
    """Intent and domain cues in one pass: ("cue:label" | "dom:label", cue)."""
    found = find_cues(_BOTH, words_of(text_lower))
    found += [("dom:finance", c) for c in _CURRENCY if c in text_lower]
    if not text_lower.isascii():
        found += [(f"cue:{label}", c) for c, label in _CJK_CUES if c in text_lower]
    return found


def domain_cues(text_lower: str) -> list[tuple[str, str]]:
    found = find_cues(_DOMAIN, words_of(text_lower))
    found += [("finance", c) for c in _CURRENCY if c in text_lower]
    return found
