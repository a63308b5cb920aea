"""lesson_table: a DataFrame as a learner reads it."""

import re

import pandas as pd

import otpt


def cells(html: str) -> list[str]:
    return re.findall(r"<t[dh][^>]*>([^<]*)</t[dh]>", html)


def test_words_not_internals():
    bank = otpt.load_activities()
    frame = bank.set_index("id").loc[["A036", "A011"], ["activity", "lead", "shared_as"]]
    frame = frame.assign(long=frame["activity"] * 3, checked=[True, False], share=[0.5, 0.125])
    html = otpt.lesson_table(frame, percent=["share"]).to_html()
    shown = cells(html)
    assert "A036" not in html and "shared_as" not in shown and "how it is shared" in shown
    assert "usually led by" in shown and "yes" in shown and "no" in shown and "True" not in shown
    assert "50%" in shown and "12%" in shown  # fractions as percentages
    assert frame["long"].iloc[0] in shown  # never cut with "..."
    assert html == otpt.lesson_table(frame, percent=["share"]).to_html()  # the same bytes each time


def test_a_named_index_is_kept_with_its_heading_and_numbers_stay_right_aligned():
    counts = pd.DataFrame({"OT": [3, 1]}, index=pd.Index(["school", "acute hospital"], name="body_region"))
    html = otpt.lesson_table(counts).to_html()
    assert "where the difficulty is" in cells(html) and "school" in cells(html)
    assert "white-space: normal" not in html  # no cell is left-aligned as text: counts stay right-aligned
    mixed = otpt.lesson_table(counts.assign(activity=["a", "b"])).to_html()
    assert re.search(r"_row0_col1, [^{]*\{\s*text-align: left", mixed) and "_row0_col0," not in mixed


def test_text_is_escaped():
    frame = pd.DataFrame({"activity": ["<img src=x onerror=alert(1)>"], "lead_<b>": ["OT"]})
    html = otpt.lesson_table(frame).to_html()
    assert "<img" not in html and "&lt;img src=x" in html and "<b>" not in html


def test_a_cross_table_has_one_header_row_and_a_caption_naming_rows_and_columns():
    bank = otpt.load_activities()
    html = otpt.lesson_table(pd.crosstab(bank["target"], bank["lead"])).to_html()
    assert html.count("<tr>", 0, html.index("<tbody>")) == 1
    assert "<caption>Rows: target. Columns: usually led by.</caption>" in html and ">target<" in html


def test_grouped_rows_name_their_group_at_its_top_and_numbers_have_two_decimals():
    frame = pd.DataFrame(
        {"OT score": [1.75, 2.125]},
        index=pd.MultiIndex.from_tuples(
            [("lower body", "OT"), ("lower body", "PT")], names=["body_region", "lead"]
        ),
    )
    html = otpt.lesson_table(frame).to_html()
    assert re.search(r"tbody th \{[^}]*vertical-align: top", html)  # the group's label beside its first row
    assert ">1.75<" in html and ">2.12<" in html and "1.750000" not in html


def test_a_worked_answer_table_is_folded_until_opened():
    table = pd.DataFrame({"activity": ["Walking to the toilet <b>"], "shared_as": ["separate services"]})
    folded = otpt.lesson_table(table, folded="The worked answer")
    html = folded._repr_html_()
    assert html.startswith("<details><summary>The worked answer</summary>") and html.endswith("</details>")
    assert "how it is shared" in html and "&lt;b&gt;" in html  # still a lesson table, still escaped
    assert repr(folded).startswith("The worked answer (folded)")


def test_a_named_index_shares_the_header_row():
    # visual-review-2 #13: the index name sat on a header row of its own
    table = pd.DataFrame({"activities": [3, 4]}, index=pd.Index(["school", "home health"], name="setting"))
    html = otpt.lesson_table(table).to_html()
    head = html[html.index("<thead>") : html.index("</thead>")]
    assert head.count("<tr>") == 1 and ">setting<" in head and ">activities<" in head


def test_codes_are_shown_in_the_language_in_force():
    """A lesson's answers table and its target x lead cross-table show the bank's codes as a
    learner reads them: in Spanish "Both" is "Ambas", a target or outcome is Spanish."""
    from otpt import language

    answers = pd.DataFrame(
        {
            "activity": ["Tying shoes", "Walking"],
            "answer": ["Both", "PT"],
            "key": ["OT", "PT"],
            "outcome": ["not usually", "right"],
            "confidence": ["sure", "unsure"],
        }
    )
    bank = otpt.load_activities()
    crosstab = pd.crosstab(bank["target"], bank["lead"])
    try:
        language.set_language("es")
        shown = cells(otpt.lesson_table(answers).to_html())
        table = cells(otpt.lesson_table(crosstab).to_html())
    finally:
        language.set_language(None)
    assert shown[:5] == ["actividad", "respuesta", "lo dirige normalmente", "resultado", "certeza"]
    assert shown[5:] == [
        "Tying shoes",
        "Ambas",
        "OT",
        "normalmente no",
        "con certeza",
        "Walking",
        "PT",
        "PT",
        "correcto",
        "sin certeza",
    ]
    assert {"Ambas", "la ocupación", "el movimiento y la movilidad", "la ocupación y el movimiento"} <= set(
        table
    )
    assert "Both" not in table and "occupation" not in table
    assert answers["answer"].tolist() == ["Both", "PT"]  # the frame itself is unchanged
    english = cells(otpt.lesson_table(answers).to_html())
    assert english[5:7] == ["Tying shoes", "Both"] and "not usually" in english


def test_the_objectives_table_reads_in_spanish_headings_and_texts_alike():
    """Lesson 8 in Spanish showed "objective, items, before, after, change" over English
    objectives (issue 37); a class table's "learner" index too."""
    from otpt import language

    items = otpt.load_items(lang="en")
    single = items[items["type"] == "single_best"]
    before = otpt.score_items(otpt.simulate_item_answers(single, learners=6, skill=0.4, seed=1), items)
    after = otpt.score_items(otpt.simulate_item_answers(single, learners=6, skill=0.8, seed=2), items)
    try:
        language.set_language("es")
        table = otpt.objective_scores(before, after, otpt.load_objectives())
        shown = cells(otpt.lesson_table(table, percent=["before", "after", "change"]).to_html())
        by_learner = otpt.pre_post(before, after)[["before", "after"]]
        class_head = cells(otpt.lesson_table(by_learner).to_html())[:3]
    finally:
        language.set_language(None)
    assert shown[:5] == ["objetivo", "ítems", "antes", "después", "cambio"]
    assert shown[5].startswith("O1: Diferenciar OT y PT") and "%" in shown[7]
    assert class_head == ["estudiante", "antes", "después"]
    english = cells(otpt.lesson_table(otpt.objective_scores(before, after, otpt.load_objectives())).to_html())
    assert english[:5] == ["objective", "items", "before", "after", "change"]
    assert english[5].startswith("O1: Differentiate OT and PT")


def test_an_index_of_bank_codes_is_said_in_the_language_in_force_whatever_its_dtype():
    """Spanish review 5, M2: lesson 1's target table showed its rows in English once its index
    became a string dtype (pandas' default for text), not object or categorical."""
    index = pd.Series(["occupation", "movement and mobility"], name="target")
    for rows in (index.astype("category"), index.astype(object), index.astype("string"), index.astype(str)):
        table = pd.crosstab(rows, pd.Series(["OT", "PT"], name="lead"))
        with otpt.language.in_language("es"):
            shown = cells(otpt.lesson_table(table).to_html())
        assert "la ocupación" in shown and "occupation" not in shown, rows.dtype
