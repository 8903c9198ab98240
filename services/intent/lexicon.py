"""Word lists the segmenter uses to recognise where one instruction ends and the
next begins.

Splitting is structural (imperative verbs after connectors, list items,
sentences), so it needs to know which words start an instruction. Labels are
*not* decided here: the trained classifier does that.
"""

from __future__ import annotations


def words(blob: str) -> list[str]:
    """Whitespace-separated word list (keeps long lexicons readable)."""
    return blob.split()


# Verbs that start a task when used in the imperative.
TASK_VERBS: frozenset[str] = frozenset(
    words(
        """
        summarize summarise recap condense shorten outline tldr draft write compose
        prepare create generate produce make build design implement code fix debug
        refactor optimize optimise convert port translate render localize localise
        classify categorize categorise label tag sort triage route assign rate score
        detect analyze analyse assess evaluate compare explain describe list extract
        pull find identify get grab parse capture calculate compute estimate solve
        prove determine tell give provide suggest recommend propose brainstorm
        invent imagine rewrite rephrase paraphrase proofread edit review check
        verify validate flag highlight answer respond reply send schedule plan
        predict forecast add remove update look search research decide pick choose
        put boil show name define count run execute test critique develop clean
        format organise organize reformat simplify expand elaborate recommend cite
        share convert craft publish prepare set deploy configure investigate
        diagnose audit map model sketch derive integrate differentiate factor
        simplify graph plot work figure come weigh discuss argue justify debate
        return tabulate transcribe annotate sum bucket say judge skim gauge turn
        think mask block
        """
    )
)

# Verbs that are also common nouns: only imperative when an object follows.
AMBIGUOUS_VERBS: frozenset[str] = frozenset(
    words(
        """
        build test run plan review check list name design draft email answer reply
        sort score rate tag label flag record sketch map model graph plot count set
        format update work figure come show look search research code process sum
        bucket say turn judge think
        """
    )
)

# Words after a sentence-initial ambiguous verb that show it is not an
# imperative ("Build v2.1 fails", "Test results show ...").
NOT_IMPERATIVE_NEXT: frozenset[str] = frozenset(
    words(
        """
        is was are were has have had fails failed failing results result shows
        showed passed broke status went looks seems will can should would number
        numbers team teams
        """
    )
)

# Words that may open the object of an imperative verb.
OBJECT_STARTERS: frozenset[str] = frozenset(
    words(
        """
        the a an this these that those it them me us my our your all any each every
        its their his her some what how why whether which who when where one two
        three four five ten few short brief key main up out through down over into
        to for back with new quick simple detailed python sql bash unit tests last
        next every both such today's yesterday's tomorrow's following attached above
        below latest recent whole entire current
        """
    )
)

# Follow-up sentences that refine the previous task instead of adding one.
ELABORATION_VERBS: frozenset[str] = frozenset(
    words(
        """
        explain reason weigh argue justify show think walk elaborate recommend
        conclude pick choose select answer respond keep use be include make limit
        return output format cite consider focus avoid mention note start end give
        state support back describe analyse analyze discuss justify
        """
    )
)

# Prefixes that by themselves make a sentence a request.
REQUEST_PREFIXES: frozenset[str] = frozenset(
    words("please pls plz kindly can could would will i'd i")
)

POLITE_PREFIXES: tuple[str, ...] = (
    "please", "pls", "plz", "kindly", "can you please", "could you please",
    "can you", "could you", "would you", "will you", "can u", "could u",
    "i need you to", "i'd like you to", "i would like you to", "i want you to",
    "help me", "hey", "hi", "hello", "quick one", "ok", "okay", "now", "also",
    "and", "then", "first", "firstly", "second", "secondly", "third", "thirdly",
    "next", "finally", "lastly", "after that", "afterwards", "additionally",
    "plus", "moreover", "as well", "and then", "then also", "and also",
    "let's", "lets", "go ahead and", "make sure to", "be sure to", "try to",
)  # fmt: skip

POLITE_FIRST: frozenset[str] = frozenset(p.split()[0] for p in POLITE_PREFIXES)

QUESTION_STARTERS: frozenset[str] = frozenset(
    words(
        """
        what what's whats why how who whom whose when where which is are was were
        does do did can could should would will shall may might has have had am
        isn't aren't doesn't don't
        """
    )
)

# Words by which a task points at shared pasted material.
REFERENCE_WORDS: frozenset[str] = frozenset(
    words(
        """
        below above following attached this these it them that those pasted enclosed
        same here text email thread message document transcript snippet code logs
        log contract clause excerpt passage
        """
    )
)

# Verbs whose task naturally operates on pasted material.
DOC_VERBS: frozenset[str] = frozenset(
    words(
        """
        summarize summarise recap condense shorten outline translate render localize
        classify categorize categorise label tag sort triage route extract pull
        parse capture proofread edit rewrite rephrase paraphrase review analyze
        analyse boil tldr
        """
    )
)

# Nouns that only make sense about a given text ("tell me the sentiment").
DOC_NOUNS: frozenset[str] = frozenset(
    words(
        """
        sentiment tone gist summary entities keywords dates names amounts deadlines
        typos grammar author
        """
    )
)

# Words that announce a list of asks ("Three things:", "todo:", "Quick asks:").
ASK_NOUNS: frozenset[str] = frozenset(
    words("things asks tasks todo to-do questions requests items ones help need pls")
)

# Conjunctions that open a condition in front of an imperative ("If so, draft").
CONDITION_WORDS: frozenset[str] = frozenset(words("if when once unless otherwise"))

GREETINGS: frozenset[str] = frozenset(
    words(
        """
        hi hello dear hey greetings good regards thanks thank cheers best sincerely
        many kind warm evening morning afternoon
        """
    )
)

ABBREVIATIONS: frozenset[str] = frozenset(
    words(
        """
        e.g i.e dr mr mrs ms prof vs etc no approx fig st inc ltd co u.s p.m a.m
        """
    )
)
