"""prose and class_files_report: what a cell says, as a lesson's text."""

import warnings

import otpt


def test_prose_is_escaped_html_paragraphs_and_plain_text_as_its_repr():
    said = otpt.prose("Lead <b>OT</b>", "Second.", items=["one & two"])
    html = said._repr_html_()
    assert html.count("<p ") == 2 and "&lt;b&gt;OT&lt;/b&gt;" in html and "<li>one &amp; two</li>" in html
    assert repr(said) == "Lead <b>OT</b>\nSecond.\n- one & two"


def test_the_class_files_report_names_each_skipped_file_and_why(tmp_path):
    bank = otpt.load_activities()
    otpt.simulate_class(tmp_path, bank, learners=2, items=3, seed=1)
    (tmp_path / "half.json").write_text('{"format": "otpt-answers", "version": 1, "answ')
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", otpt.ClassFilesWarning)
        answers = otpt.load_class(tmp_path)
    report = otpt.class_files_report(answers)
    assert report.paragraphs == [answers.attrs["summary"]] and "1 file skipped" in report.paragraphs[0]
    assert report.items == [f"half.json was not counted: {answers.attrs['skipped'][0][1]}"]
    assert "cut short" in report.items[0] and "Traceback" not in report._repr_html_()


def test_a_worked_answer_can_wait_folded_until_opened():
    html = otpt.prose("14 learners were sure and wrong.", folded="The worked answer in figures")._repr_html_()
    assert (
        html.startswith('<details lang="en"><summary>The worked answer in figures</summary>')
        and "<details open" not in html
    )
