"""The booth says one true sentence (issue 32, item 4; review 13 M3): its rule - what the
therapy works on: the everyday task itself (OT), how the body moves and gets around (PT),
often both - applied through each card's target gives the card's key, or the card says why
it is the exception."""

import pytest

import otpt
from otpt.render import booth as render

#: The rule, as the bank's target says it.
RULE = {"occupation": "OT", "movement and mobility": "PT", "occupation and movement": "Both"}


@pytest.fixture(scope="module")
def cards():
    bank = otpt.load_activities().set_index("id")
    texts = otpt.load_booth_texts()
    return bank.loc[list(texts)], texts


def test_every_booth_card_follows_the_rule_or_says_why_not(cards):
    bank, texts = cards
    for activity_id, row in bank.iterrows():
        follows = RULE[str(row["target"])] == str(row["lead"])
        assert follows or texts[activity_id].exception, (
            f"{activity_id}: the rule gives {RULE[str(row['target'])]}"
        )
        assert row["quiz"], f"{activity_id} is not a quiz item and cannot be a booth card"


def test_the_rule_is_lesson_1s_and_the_booth_says_it_at_start_and_end():
    lesson_1 = otpt.bundled_path("activities.csv").parents[1] / "notebooks" / "01_what_are_ot_and_pt.ipynb"
    if lesson_1.exists():  # a checkout, not an installed wheel
        assert "what the therapy works on" in lesson_1.read_text(encoding="utf-8").lower()
    assert render.RULE in render.story()
    assert "ask what the therapy works on" in render.end_html(3, 5, None)
    for old in ("ask what the goal is", "how the body moves and works"):
        assert old not in render.story() and old not in render.end_html(3, 5, None)


def test_an_exception_is_shown_with_the_why(tmp_path):
    path = tmp_path / "booth.csv"
    path.write_text(
        "id,why,exception\nA001,Walking keeps the lungs clear.,Here the rule's answer is wrong: why.\n"
    )
    texts = otpt.load_booth_texts(path)
    fb = otpt.check_answer(otpt.load_activities(), "A001", "PT")
    html = render.booth_feedback_html(fb, texts["A001"])
    assert "Walking keeps the lungs clear." in html and "the rule&#x27;s answer is wrong" in html


def test_the_story_leads_pt_with_walking_and_ends_it_with_sport():
    # review 21 S16: "PT is only for athletes or injuries" is a belief lesson 1 corrects, so
    # the attract screen's PT list starts with walking, says "any age" and keeps sport last
    pt = render.STORY.split("An occupational therapist")[0]
    assert pt.index("walking") < pt.index("any age") < pt.index("sport")
