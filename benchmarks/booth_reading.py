"""How hard the booth's words are to read: the Flesch-Kincaid US grade level (textstat) of
every text a visitor can see - each card, each activity's plain why, the verdicts, the
story, the end message and the glossary - with the target: grade 8 or below for a high-school visitor.
The bank's own rationales are measured beside them as the floor the booth replaces.
The Spanish cards and whys (data/es/booth.csv, and the bank's Spanish descriptions where a
card has no plain text of its own) are measured with the Spanish formulas textstat has:
Szigriszt-Pazos perspicuity on the INFLESZ scale (55-65 normal, 65-80 fairly easy, above 80
very easy) and Crawford's years of schooling.

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


def measure_spanish() -> dict:
    """The Spanish booth cards and whys: INFLESZ (Szigriszt-Pazos) and Crawford, all read as
    one and the hardest text; the bank's Spanish rationales of the same activities beside."""
    bank = otpt.load_activities(lang="es").set_index("id")
    whys = otpt.load_booth_texts(lang="es")
    found = {f"why {k}": str(w) for k, w in whys.items()}
    found.update({f"card {k}": w.card or bank.loc[k, "description"] for k, w in whys.items()})
    rationales = " ".join(bank.loc[k, "rationale"] for k in whys)
    textstat.set_lang("es")
    try:
        scores = {k: textstat.szigriszt_pazos(v) for k, v in found.items()}
        return {
            "n": len(found),
            "inflesz_all": textstat.szigriszt_pazos(" ".join(found.values())),
            "inflesz_median": statistics.median(scores.values()),
            "at_least_55": sum(v >= 55 for v in scores.values()),
            "hardest": min(scores, key=scores.get),
            "hardest_score": min(scores.values()),
            "crawford_all": textstat.crawford(" ".join(found.values())),
            "rationales_inflesz": textstat.szigriszt_pazos(rationales),
        }
    finally:
        textstat.set_lang("en_US")


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
    es = measure_spanish()
    print(f"In Spanish: the booth's {es['n']} cards and whys (INFLESZ: 55-65 normal, 65-80 fairly easy)")
    print(
        f"  all read as one              INFLESZ {es['inflesz_all']:5.1f}, Crawford {es['crawford_all']:4.1f} years"
    )
    print(f"  median text                  INFLESZ {es['inflesz_median']:5.1f}")
    print(f"  texts at 55 (normal) or above {es['at_least_55']} of {es['n']}")
    print(f"  hardest text                 INFLESZ {es['hardest_score']:5.1f}  ({es['hardest']})")
    print(f"  the bank's Spanish rationales of the same activities  INFLESZ {es['rationales_inflesz']:5.1f}")


if __name__ == "__main__":
    main()
