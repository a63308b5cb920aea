"""A quiz round as data: check once, advance after a check, review what was missed."""

from datetime import datetime, timezone

import pytest

from otpt.analysis.rounds import Round, draw_activities

NOON = datetime(2026, 9, 1, 12, 0, tzinfo=timezone.utc)


def test_a_card_is_recorded_once_and_the_round_moves_only_after_a_check(tiny_bank):
    r = Round(tiny_bank, ["T1", "T5"])
    assert (r.current, r.checked, r.is_last, r.finished) == ("T1", False, False, False)
    assert not r.advance()  # not checked yet: stays
    fb = r.check("Both", "sure", now=NOON)
    assert fb.outcome == "not usually" and r.checked
    assert r.check("PT") is None  # a second Check on the same card changes nothing
    assert r.records == [
        {
            "activity_id": "T1",
            "activity": "Freeing a stiff shoulder",
            "answer": "Both",
            "key": "PT",
            "outcome": "not usually",
            "correct": False,
            "confidence": "sure",
            "round": 1,
            "timestamp": "2026-09-01T12:00:00+00:00",
        }
    ]
    assert r.advance() and r.current == "T5" and r.is_last and not r.checked
    r.check("ot")
    assert r.advance() and r.finished and r.current is None and r.activity() is None
    assert r.check("OT") is None and not r.advance()
    assert (r.n_correct, r.missed(), len(r.answers())) == (1, ["T1"], 2)
    assert r.summary().n_answered == 2 and [f.activity_id for f in r.feedback()] == ["T1", "T5"]


def test_review_and_next_rounds_are_numbered_on(tiny_bank):
    r = Round(tiny_bank, ["T1", "T2"])
    for answer in ("Both", "OT"):  # wrong, then defensible
        r.check(answer)
        r.advance()
    review = r.review_round()
    assert (review.order, review.number, review.review, review.records) == (["T1"], 2, True, [])
    again = review.next_round(["T2", "T1"])
    assert (again.order, again.number, again.review) == (["T2", "T1"], 3, False)


def test_an_empty_round_is_finished_and_an_unknown_answer_is_refused(tiny_bank):
    empty = Round(tiny_bank, [])
    assert empty.finished and empty.check("OT") is None
    with pytest.raises(ValueError, match="not 'nurse'"):
        Round(tiny_bank, ["T1"]).check("nurse")


def test_the_same_seed_draws_the_same_order(tiny_bank):
    import random

    first = draw_activities(tiny_bank, random.Random(3), 4)
    assert first == draw_activities(tiny_bank, random.Random(3), 4) and len(set(first)) == 4
    assert sorted(draw_activities(tiny_bank, random.Random(3))) == sorted(tiny_bank["id"])
