"""otpt: learn what occupational therapy (OT) and physical therapy (PT) do, how they
differ, and how they work together - with an activity bank, plots and quiz widgets.

The package is in layers, and data flows one way (tests/test_layers.py checks it):

- ``errors``, ``vocab``: every problem type; the frameworks' labels, colors and symbols;
- ``io``: every file read or written - bytes to text, tables (CSV and workbooks) to a
  checked bank, cases, worked goals, weights, answer files, class folders, the booth's
  texts, settings and tally;
- ``analysis``: pure functions on DataFrames - grading, a quiz round, overlap, the lead
  rule, similar activities, plan checks, goal checks, class statistics;
- ``plots``: matplotlib only, every ``plot_x`` beside its ``describe_x`` sentence;
- ``render``: all the HTML a learner reads, escaped once, and the sentences the widgets
  compose (verdicts, team notes, prompts); each figure's sentence is its plot's
  ``describe_x``, beside it in ``plots``;
- ``widgets``: ipywidgets glue that draws the layers below (quiz, booth, poll, explorer,
  planner, place activity, goal writer);
- ``export``: writers at the edge, beside the widgets - LMS files (Canvas and QTI 2.1,
  Moodle XML, GIFT), a gradebook CSV, the booth's printable PDFs.

``cli`` is the ``otpt`` command (``otpt lessons``, ``otpt lab``, ``otpt check my_bank.csv`` ...);
``site`` writes the lessons as a static site that works offline (``otpt site DIR``).
Importing otpt changes no global state (no matplotlib backend, style or print options).
Every public name is importable from ``otpt`` itself.

Names are imported on first use (PEP 562), so `import otpt` costs almost nothing beyond
its dependencies; `otpt.ClassifyQuiz` loads the quiz and what it needs.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_EXPORTS = {
    "ActivityDataError": "errors",
    "ActivityDataNote": "errors",
    "AnswersFileError": "errors",
    "CaseFileError": "errors",
    "ClassFilesWarning": "errors",
    "DataFileError": "errors",
    "GoalsFileError": "errors",
    "ItemsFileError": "errors",
    "KitFileError": "errors",
    "LabelFormError": "errors",
    "write_label_form": "io.label_forms",
    "assessment_items": "export.items",
    "bank_items": "export.items",
    "export_items": "export.lms",
    "gradebook_table": "export.gradebook",
    "read_roster": "export.gradebook",
    "write_gradebook": "export.gradebook",
    "booth_cards": "export.booth_cards",
    "write_booth_deck": "export.booth_cards",
    "write_booth_poster": "export.booth_cards",
    "write_volunteer_script": "export.booth_cards",
    "read_label_forms": "io.label_forms",
    "label_agreement": "analysis.agreement",
    "LabelAgreement": "analysis.agreement",
    "contested_keys": "analysis.contested",
    "GoalRubric": "io.rubric",
    "RubricExample": "io.rubric",
    "RubricFileError": "errors",
    "load_goal_rubric": "io.rubric",
    "Problem": "errors",
    "WeightsFileError": "errors",
    "WebAddressError": "errors",
    "get_language": "language",
    "set_language": "language",
    "LearnersNotMatchedWarning": "errors",
    "BoothSettings": "io.booth_settings",
    "booth_settings": "io.booth_settings",
    "page_query": "io.booth_settings",
    "load_booth_texts": "io.booth_texts",
    "append_round": "io.tally",
    "read_tally": "io.tally",
    "summarize_tally": "analysis.booth",
    "draw_booth_round": "analysis.booth",
    "Booth": "widgets.booth",
    "BoothTextsError": "errors",
    "load_answers": "io.exchange.files",
    "random_nickname": "io.sessions",
    "safe_filename": "io.sessions",
    "save_answers": "io.exchange.files",
    "Case": "io.cases",
    "Task": "io.cases",
    "load_cases": "io.cases",
    "load_items": "io.items",
    "load_item_answers": "io.items",
    "score_items": "analysis.items",
    "items_by_plan": "analysis.items",
    "objective_scores": "analysis.items",
    "simulate_item_answers": "analysis.items",
    "load_ipec": "io.kit",
    "load_objectives": "io.kit",
    "load_session_plans": "io.kit",
    "load_accreditation": "io.kit",
    "describe_class_accuracy": "plots.class_results",
    "describe_confidence": "plots.class_results",
    "describe_most_debated": "plots.class_results",
    "describe_poll": "plots.poll",
    "describe_pre_post": "plots.pre_post",
    "plot_class_accuracy": "plots.class_results",
    "plot_confidence": "plots.class_results",
    "plot_most_debated": "plots.class_results",
    "plot_poll": "plots.poll",
    "plot_pre_post": "plots.pre_post",
    "activity_accuracy": "analysis.classroom",
    "answer_split": "analysis.classroom",
    "class_majority": "analysis.classroom",
    "confidence_table": "analysis.classroom",
    "first_answers": "analysis.classroom",
    "load_class": "analysis.classroom",
    "most_debated": "analysis.classroom",
    "pre_post": "analysis.classroom",
    "simulate_class": "analysis.simulate",
    "counter_shortcut": "analysis.shortcuts",
    "shortcut_answers": "analysis.shortcuts",
    "shortcut_share": "analysis.shortcuts",
    "OverlapExplorer": "widgets.explorer",
    "GoalWriter": "widgets.goal_writer",
    "WorkedGoals": "io.goals",
    "goal_checklist": "analysis.goal_checks",
    "load_worked_goals": "io.goals",
    "lesson_table": "render.tables",
    "Prose": "render.prose",
    "prose": "render.prose",
    "class_files_report": "render.prose",
    "FigureHTML": "render.figures",
    "figure_html": "render.figures",
    "Feedback": "analysis.grading",
    "Summary": "analysis.grading",
    "check_answer": "analysis.grading",
    "grade": "analysis.grading",
    "confusion_table": "analysis.grading",
    "normalize_answer": "analysis.grading",
    "summarize": "analysis.grading",
    "bundled_path": "io.resources",
    "lessons_path": "io.resources",
    "coerce_activities": "io.bank",
    "load_activities": "io.bank",
    "body_part_rule": "analysis.shortcuts",
    "body_region": "analysis.overlap",
    "filter_bank": "analysis.overlap",
    "shared_as_counts": "analysis.overlap",
    "skill_emphasis": "analysis.overlap",
    "spectrum_position": "analysis.overlap",
    "describe_overlap": "plots.overlap",
    "describe_overlaps": "plots.overlap",
    "describe_skill_emphasis": "plots.skills",
    "describe_spectrum": "plots.spectrum",
    "plot_overlap": "plots.overlap",
    "plot_overlaps": "plots.overlap",
    "plot_skill_emphasis": "plots.skills",
    "plot_spectrum": "plots.spectrum",
    "PlaceActivity": "widgets.place_activity",
    "describe_placement": "plots.place_activity",
    "plot_placement": "plots.place_activity",
    "Suggestion": "analysis.lead_rule",
    "evaluate_suggestions": "analysis.lead_rule_bank",
    "fit_parameters": "analysis.lead_rule_bank",
    "predicted_position": "analysis.lead_rule_bank",
    "Weight": "io.weights",
    "load_weights": "io.weights",
    "similar_activities": "analysis.similar",
    "suggest_lead": "analysis.lead_rule",
    "suggest_leads": "analysis.lead_rule_bank",
    "CareTeamPlanner": "widgets.planner",
    "check_plan": "analysis.planning",
    "describe_plan": "plots.plan",
    "plot_plan": "plots.plan",
    "describe_confusion": "plots.confusion",
    "describe_lead_counts": "plots.lead_counts",
    "lead_counts": "plots.lead_counts",
    "plot_confusion": "plots.confusion",
    "plot_lead_counts": "plots.lead_counts",
    "Poll": "widgets.poll",
    "ClassifyQuiz": "widgets.quiz",
    "set_style": "plots.style",
    "page_style": "plots.style",
    "page_css": "render.page",
    "style_params": "plots.style",
    "BODY_REGIONS": "vocab",
    "ICF_CHAPTERS": "vocab",
    "INTERVENTIONS": "vocab",
    "LEADS": "vocab",
    "OCCUPATION_AREAS": "vocab",
    "OCCUPATIONS": "vocab",
    "OUTCOMES": "vocab",
    "PALETTE": "vocab",
    "POPULATIONS": "vocab",
    "SETTINGS": "vocab",
    "SHARED_AS": "vocab",
    "SKILLS": "vocab",
    "SYMBOLS": "vocab",
    "SPECIALTIES": "vocab",
    "TARGETS": "vocab",
    "QUESTION": "vocab",
    "term": "vocab",
}
_SUBMODULES = {"analysis", "export", "io", "plots", "render", "widgets"}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'otpt' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups are plain attribute reads
    return value


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
