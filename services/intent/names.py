"""Gazetteers for PERSON detection, loaded once from ``names.json``.

Names carry no checksum, so :mod:`services.intent.persons` decides from the
*kind* of each capitalised word (a known given name, a known surname, a name
that is also an English word, a common English word, or unknown) plus the
context around it. The lists are lowercase with accents folded
(:func:`fold`), so "José Álvarez" and "Jose Alvarez" look the same.

``names.json`` ships inside the package (no download at run time). Its given
names and surnames come from Faker's per-locale person lists (MIT licence)
plus hand-added names of origins Faker lacks in Latin script (Arabic, Indian,
Chinese and Korean romanisations, Vietnamese, Nigerian, Ghanaian, Kenyan,
Slavic, Greek, Hebrew, Persian); names that are also frequent English words
("Will", "Grace", "Brown") are kept apart as weaker evidence. The common-word
list is the SCOWL lowercase word list (``wamerican``) cut by wordfreq
frequency.
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

from services.intent.lexicon import words


def _load() -> dict[str, frozenset[str]]:
    raw = resources.files("services.intent").joinpath("names.json").read_text("utf-8")
    data: dict[str, str] = json.loads(raw)
    return {k: frozenset(v.split()) for k, v in data.items() if not k.startswith("_")}


_DATA = _load()

FIRST_NAMES: frozenset[str] = _DATA["first"]
SURNAMES: frozenset[str] = _DATA["last"]
AMBIGUOUS_FIRST: frozenset[str] = _DATA["ambiguous_first"]
AMBIGUOUS_SURNAMES: frozenset[str] = _DATA["ambiguous_last"]
COMMON_WORDS: frozenset[str] = _DATA["common"]
SURNAME_FIRST: frozenset[str] = _DATA["surname_first"]
GIVEN_SYLLABLES: frozenset[str] = _DATA["given_syllables"]
PARTICLES: frozenset[str] = _DATA["particles"]

HONORIFICS: frozenset[str] = frozenset(
    words("mr mrs ms miss mx dr prof mdm madam sir dame rev fr pt")
)

# Capitalised words that are never part of a name, whatever the lists say
# (greetings, pronouns, months, days, roles, document and form words).
NOT_NAMES: frozenset[str] = frozenset(
    words(
        """
        the a an and or but is was has had will would can could should monday
        tuesday wednesday thursday friday saturday sunday january february march
        july september october november december jan feb mar apr jun jul aug sep
        sept oct nov dec mon tue tues wed thu thur thurs fri sat sun today
        tomorrow yesterday street road avenue drive team group inc ltd llc
        corp company bank hospital clinic university college school department
        office please thanks thank hi hello hey dear regards best cheers i we you
        he she they it this that these those my our your his her their me us
        manager managers support service customer customers sir madam all everyone
        committee board hiring recruiting colleagues partners client clients user
        users admin sales hr finance legal ops engineering email mobile phone ssn
        nric card iban address dob tel id name patient contact date ref order
        invoice account subject re fw fwd cc bcc attn note notes pm am ok okay yes
        no not quick question action items update summary agenda minutes draft
        final urgent fyi asap tl dr tldr re
        """
    )
)

# Nationalities, languages and faiths: capitalised, never a name ("French
# Canadian", "Ukrainian Dvorak").
NATIONALITIES: frozenset[str] = frozenset(
    words(
        """
        american british english french german italian spanish portuguese dutch
        belgian swiss austrian swedish norwegian danish finnish icelandic irish
        scottish welsh polish czech slovak hungarian romanian bulgarian greek
        turkish russian ukrainian serbian croatian bosnian slovenian albanian
        latvian lithuanian estonian canadian mexican brazilian argentine
        argentinian chilean colombian peruvian venezuelan cuban chinese japanese
        korean vietnamese thai indonesian malaysian singaporean filipino indian
        pakistani bangladeshi nepali nepalese lankan afghan iranian persian iraqi
        syrian lebanese jordanian israeli palestinian saudi emirati egyptian
        moroccan algerian tunisian libyan nigerian ghanaian kenyan ethiopian
        somali ugandan tanzanian rwandan congolese african zimbabwean australian
        european asian arab arabic hebrew hindi urdu bengali tamil telugu punjabi
        gujarati marathi malay mandarin cantonese hokkien tagalog swahili yoruba
        igbo hausa zulu latin catholic protestant muslim jewish hindu buddhist
        sikh orthodox anglican
        """
    )
)

# Words right after a name-like pair that make it an organisation or place
# ("Morgan Stanley Bank", "Victoria Station", "Jordan Valley").
ORG_OR_PLACE_NEXT: frozenset[str] = frozenset(
    words(
        """
        inc ltd llc plc llp gmbh ag sa bv nv pty corp corporation co company
        companies group holdings partners associates capital ventures bank banking
        financial securities insurance foundation trust fund institute university
        college school academy hospital hospitals clinic health healthcare medical
        pharma labs lab technologies technology tech systems solutions software
        consulting services logistics freight airlines airways motors media studios
        records press publishing hotel hotels resort restaurant cafe street st road
        rd avenue ave lane boulevard blvd drive way square park bridge station
        airport tower towers building house hall centre center mall plaza county
        city town village valley river lake mountain mountains island islands
        beach bay coast harbour harbor port district province state region cup
        award awards prize act law syndrome disease theorem effect principle
        index museum gallery library church cathedral mosque temple stadium arena
        line road estate gardens court chambers brothers bros sons
        """
    )
)

# Given names that are first of all places: weak evidence ("Berlin Wall").
PLACE_NAMES: frozenset[str] = frozenset(
    words(
        """
        berlin london paris sydney dallas houston austin florence georgia virginia
        carolina india china jordan chelsea brooklyn madison phoenix denver orlando
        israel kenya lima milan vienna sofia adelaide victoria regina charlotte
        savannah asia africa america europe canada ireland england scotland wales
        holland france germany italy spain japan boston chicago memphis nashville
        cleveland lincoln washington jackson kent york richmond hamilton sharon
        camden devon cornwall essex surrey bristol aberdeen dublin geneva siena
        verona valencia sevilla seville granada alexandria cairo india asia
        """
    )
)

# Name-shaped phrases that are organisations, brands, places or placeholders.
ORG_OR_PLACE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split())
    for p in """
    morgan stanley|goldman sachs|wells fargo|charles schwab|merrill lynch|
    lehman brothers|johnson controls|harley davidson|aston martin|rolls royce|
    mercedes benz|louis vuitton|calvin klein|ralph lauren|hugo boss|tommy hilfiger|
    estee lauder|marks spencer|dolce gabbana|ernst young|procter gamble|
    jack daniels|john deere|john lewis|kate spade|tory burch|michael kors|
    christian dior|vera wang|victoria secret|ben jerry|baker mckenzie|allen overy|
    clifford chance|herbert smith|norton rose|dow jones|warner bros|walt disney|
    johns hopkins|kaiser permanente|cedars sinai|sloan kettering|hong kong|
    new york|san francisco|los angeles|san diego|san jose|santa clara|
    santa monica|santa barbara|santa cruz|las vegas|kuala lumpur|abu dhabi|
    tel aviv|buenos aires|costa rica|puerto rico|sri lanka|saudi arabia|
    el salvador|cape town|addis ababa|st louis|saint louis|palo alto|
    fort worth|salt lake|virginia beach|georgia tech|penn state|sao paulo|
    rio de janeiro|ho chi minh|mary kay|tim hortons|
    christian louboutin|jimmy choo|stella mccartney|paul smith|ted baker|
    dr martens|elizabeth arden|ruby tuesday|jack wills|ann taylor|
    grace period|will power|rose gold|pearl harbor|summer hill|april fools|
    jane doe|john doe|joe bloggs|john q public|jane roe|richard roe
    """.replace("\n", "").split("|")
)


def fold(word: str) -> str:
    """Lowercase ASCII-ish key: accents stripped ("Zoë" -> "zoe", "Łukasz" -> "lukasz")."""
    if word.isascii():
        return word.lower()
    word = word.translate(_FOLD_TABLE)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_FOLD_TABLE = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
     "æ": "ae", "Æ": "AE", "ı": "i", "’": "'"}
)  # fmt: skip
