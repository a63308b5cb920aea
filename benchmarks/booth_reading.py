"""How hard the booth's words are to read: the Flesch-Kincaid US grade level (textstat) of
every text a visitor can see - each card, each activity's plain why, the verdicts, the
story, the end message and the glossary - with the target: grade 8 or below for a high-school visitor.
The bank's own rationales are measured beside them as the floor the booth replaces.

Run: .venv/bin/python benchmarks/booth_reading.py   (a second)
"""

from __future__ import annotations

import html
import re
import statistics

import textstat

import otpt
from otpt.render import booth


def texts() -> dict[str, str]:
    """Every booth text a visitor may read, by where it shows."""
    bank = otpt.load_activities().set_index("id")
    found = {f"why {key}": why for key, why in otpt.load_booth_texts().items()}
    found.update(
        {
            f"card {key}": why.card or bank.loc[key, "description"]
            for key, why in otpt.load_booth_texts().items()
        }
    )
    found["story"] = booth.story()
    found.update({f"glossary: {term}": f"{term} {text}" for term, text in booth.GLOSSARY.items()})
    for lead, words in booth.WHO.items():
        found[f"verdict {lead}"] = words
    # the message, not the web addresses under "Want to know more?"
    found["end message"] = booth.end_html(3, 5, None).split("</h2>")[1].split("Want to know more?")[0]
    return found


def measure() -> dict:
    """Grades: the highest single text, the median, and all booth text read as one; the
    same for the rationales of the booth's activities."""
    booth_texts = {k: booth_clean(v) for k, v in texts().items()}
    grades = {k: textstat.flesch_kincaid_grade(v) for k, v in booth_texts.items()}
    bank = otpt.load_activities().set_index("id")
    rationales = [bank.loc[i, "rationale"] for i in otpt.load_booth_texts()]
    return {
        "highest": max(grades.values()),
        "highest_text": max(grades, key=grades.get),
        "at_most_8": sum(g <= 8 for g in grades.values()),
        "median": statistics.median(grades.values()),
        "all": textstat.flesch_kincaid_grade(" ".join(booth_texts.values())),
        "rationales_all": textstat.flesch_kincaid_grade(" ".join(rationales)),
        "n": len(grades),
    }


def booth_clean(text: str) -> str:
    """The words of a text, without its HTML."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def main():
    r = measure()
    print(f"Flesch-Kincaid US grade of the booth's {r['n']} texts (target: 8 or below)")
    print(f"  all booth text read as one   {r['all']:5.1f}")
    print(f"  median text                  {r['median']:5.1f}")
    print(f"  texts at grade 8 or below    {r['at_most_8']} of {r['n']}")
    hardest = texts()[r["highest_text"]]
    print(f"  hardest text                 {r['highest']:5.1f}  ({r['highest_text']}: {hardest!r})")
    print(
        f"  the bank's rationales of the same activities (what the booth replaces)  {r['rationales_all']:5.1f}"
    )


if __name__ == "__main__":
    main()
