"""Small gazetteers for precise PERSON detection.

Names are detected only with strong evidence (an honorific, a cue such as
"my name is", or a known given name followed by a capitalised surname), so a
compact list of common given names across the fleet's user base is enough;
precision matters more than recall here.
"""

from __future__ import annotations

from services.intent.lexicon import words

FIRST_NAMES: frozenset[str] = frozenset(
    words(
        """
        aaron abdul adam adrian ahmad ahmed aisha alan albert alex alexander alice
        alicia amanda amelia amir amit amy ana andrea andrew angela anil anita anna
        anne anthony anton arjun ashley barbara ben benjamin beth brian bruce carlos
        carmen caroline catherine charles charlotte chen chloe chris christina
        christopher claire daniel david deborah deepak diana diego dmitri dominic
        donald dorothy edward elena elizabeth emily emma eric ethan fatima felix
        fernando fiona frank gabriel gary george grace hannah hans harry helen henry
        hiroshi ian irene isabella jack jacob james jane jason jennifer jessica joan
        joe john jonathan jose joseph joshua juan julia julie karen karthik kate
        katherine kelly kenneth kevin kim kumar laura lauren lee leo linda lisa
        lucas lucy luis maria martin mary matthew megan mei melissa michael michelle
        miguel ming mohamed mohammed muhammad nancy natalie nathan nicholas nicole
        noah nur olivia omar oliver pablo patricia patrick paul peter priya rachel
        rahul raj rajesh ravi rebecca richard robert rohan ryan sam samantha samuel
        sandra sanjay sara sarah sean sharon siew simon sofia sophia stephanie
        stephen steven susan thomas timothy tom tony victoria vikram vincent wei
        wendy william xavier yusuf zara zhang ahmad siti nurul hafiz kavitha lakshmi
        divya ananya meera suresh ramesh arun vijay kenji yuki akiko sakura takeshi
        hyun oleg olga ivan natasha sven lars ingrid astrid pierre marie sophie jean
        luc giulia marco luca francesca matteo
        """
    )
)

HONORIFICS: frozenset[str] = frozenset(
    words("mr mrs ms miss dr prof mdm madam sir dame")
)

# Capitalised words that follow a given name but are not surnames.
NOT_SURNAMES: frozenset[str] = frozenset(
    words(
        """
        the a an and or but is was has had will would can could should monday
        tuesday wednesday thursday friday saturday sunday january february march
        april may june july august september october november december street road
        avenue lane drive team group inc ltd llc corp company bank hospital clinic
        university college school street department office please thanks thank hi
        hello dear regards best i we you he she they it this that these those
        manager managers team support service customer customers sir madam all
        everyone committee board hiring recruiting colleagues partners client
        clients user users admin sales hr finance legal it ops engineering email
        mobile phone ssn nric card iban address dob tel id name patient contact date
        ref order invoice account
        """
    )
)
