"""Hand-written TRAIN rows in styles the templates lack (writes
``train_extra.jsonl``, which ``services.intent.train`` reads after
``train.jsonl``).

Why: the template split has almost no chat-style follow-ups, code questions
phrased as "how do I ...", terse noun-phrase asks or "tell me whether" analysis,
so the model learned "unknown imperative -> draft" and "question -> chat".
Written independently of ``fresh.jsonl`` (the dev set stays unseen).
Usage: ``python tests/data/intent/train_variety.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ROWS: list[tuple[str, str, str]] = [
    # follow-ups on a previous answer
    ("now shorten it to two sentences", "draft", "general"),
    ("make that more formal please", "draft", "general"),
    ("can you redo it with fewer buzzwords", "draft", "general"),
    ("put it into a numbered list instead", "draft", "general"),
    ("turn that into an email to my boss", "draft", "general"),
    ("now do the same in German", "translate", "general"),
    ("and in Portuguese?", "translate", "general"),
    ("what would that look like in Rust?", "code", "general"),
    ("how would I write that as a SQL view?", "code", "general"),
    ("how do I make this async in Python?", "code", "general"),
    ("how can I unit test that function with pytest?", "code", "general"),
    ("why does my loop never terminate?", "code", "general"),
    ("what is wrong with my regex for dates?", "code", "general"),
    ("that didn't help, still getting the same error", "chat", "general"),
    ("great, thank you so much", "chat", "general"),
    ("haha fair enough", "chat", "general"),
    ("never mind, sorted it", "chat", "general"),
    ("I'm having a slow afternoon", "chat", "general"),
    ("how was your weekend?", "chat", "general"),
    ("what's your favourite book?", "chat", "general"),
    # questions that are facts vs analysis
    ("who invented the telephone?", "qa", "general"),
    ("who painted the Mona Lisa?", "qa", "general"),
    ("where is the Great Barrier Reef?", "qa", "general"),
    ("when did the Berlin Wall fall?", "qa", "general"),
    ("what does APR stand for?", "qa", "finance"),
    ("what does a paralegal do?", "qa", "legal"),
    ("how is blood pressure measured?", "qa", "medical"),
    ("what is a reverse proxy?", "qa", "security"),
    ("Explain inflation to a teenager", "qa", "finance"),
    ("Explain how a firewall works in two paragraphs", "qa", "security"),
    ("Describe how insulin regulates blood sugar", "qa", "medical"),
    ("Define tort in simple terms", "qa", "legal"),
    ("tell me what a hedge fund does", "qa", "finance"),
    (
        "tell me whether we should renew the vendor or switch, given the price rise",
        "reasoning",
        "finance",
    ),
    (
        "tell me who is most likely at fault in a rear-end collision",
        "reasoning",
        "legal",
    ),
    ("tell me if this plan has any obvious holes", "reasoning", "general"),
    (
        "let me know whether the penalty clause is likely to be enforced",
        "reasoning",
        "legal",
    ),
    ("which of the two suppliers is the safer bet and why?", "reasoning", "finance"),
    (
        "is it worth upgrading the laptops now or waiting a year?",
        "reasoning",
        "general",
    ),
    (
        "does it follow that all squares are rectangles if every square has four right angles?",
        "reasoning",
        "general",
    ),
    (
        "list the main risks of launching without a security review",
        "reasoning",
        "security",
    ),
    ("list the biggest weaknesses in our pricing strategy", "reasoning", "finance"),
    ("list the pros and cons of a four-day week", "reasoning", "general"),
    ("what could explain the drop in signups last month?", "reasoning", "general"),
    # terse noun-phrase asks
    ("a title for my blog post on remote work", "creative", "general"),
    ("Suggest a name for our new budgeting feature", "creative", "finance"),
    ("Suggest a title for the security awareness talk", "creative", "security"),
    ("three slogans for a dental clinic", "creative", "medical"),
    ("cover letter for a paralegal job", "draft", "legal"),
    ("quick thank-you note to the nurses on ward 4", "draft", "medical"),
    ("python script that pings a list of hosts", "code", "general"),
    ("unit tests for a date parser", "code", "general"),
    ("Write a docstring for the helper below", "code", "general"),
    ("Write a unit test for the parser", "code", "general"),
    ("Write a cron job that clears the cache nightly", "code", "general"),
    ("Write a Dockerfile for a Flask app", "code", "general"),
    ("percentage change from 120 to 150", "math", "general"),
    ("what's 7% of 3,200?", "math", "finance"),
    ("what's the monthly interest on 10,000 at 6% a year?", "math", "finance"),
    ("what's 12 squared minus 44?", "math", "general"),
    ("sentiment of: 'meh, it was fine I guess'", "sentiment", "general"),
    (
        "is this review positive or negative: 'would not buy again'",
        "sentiment",
        "general",
    ),
    ("bug, feature or question: 'can I export to PDF?'", "classify", "general"),
    ("pull the phone numbers out of the text below", "extract", "general"),
    ("in Spanish: 'see you tomorrow'", "translate", "general"),
    ("German version of our welcome message please", "translate", "general"),
    ("short summary of the meeting notes below", "summarize", "general"),
    ("key points from the article below in bullets", "summarize", "general"),
]


def main() -> None:
    with open(HERE / "train_extra.jsonl", "w", encoding="utf-8") as fh:
        for i, (text, intent, domain) in enumerate(ROWS):
            cx = "low"
            tools = ["calculator"] if intent == "math" else []
            task = {"text": text, "intent": intent, "domain": domain, "complexity": cx,
                    "sensitivity": "public", "tools": tools}  # fmt: skip
            row = {"id": f"extra-{i:05d}", "text": text, "tasks": [task], "pii": [],
                   "hard_negative": False}  # fmt: skip
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"train_extra: {len(ROWS)} rows")


if __name__ == "__main__":
    main()
