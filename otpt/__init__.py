"""otpt: learn what occupational therapy (OT) and physical therapy (PT) do, how they
differ, and how they work together - with an activity bank, plots and quiz widgets.

Data flows one way: vocab -> loader (checked DataFrame) -> grading, overlap (pure
functions) -> plots, overlap_plots, render (figures, escaped HTML) -> quiz, explorer
(widgets) -> answers (files) -> classroom, class_plots, poll (a class's results);
cases -> planner, goals -> goal_writer, and placement -> place (working together: case
plans, writing an OT and a PT goal, placing your own activity); check is the
instructor's command line (``python -m otpt check my_bank.csv``).
Importing otpt changes no global state (no matplotlib backend, style or print options).

Names are imported on first use (PEP 562), so `import otpt` costs almost nothing beyond
its dependencies; `otpt.ClassifyQuiz` loads the quiz and what it needs.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_EXPORTS = {
    "ActivityDataNote": "loader",
    "AnswersFileError": "answers",
    "load_answers": "answers",
    "random_nickname": "answers",
    "safe_filename": "answers",
    "save_answers": "answers",
    "Case": "cases",
    "Task": "cases",
    "load_cases": "cases",
    "describe_class_accuracy": "class_plots",
    "describe_confidence": "class_plots",
    "describe_most_debated": "class_plots",
    "describe_poll": "class_plots",
    "describe_pre_post": "class_plots",
    "plot_class_accuracy": "class_plots",
    "plot_confidence": "class_plots",
    "plot_most_debated": "class_plots",
    "plot_poll": "class_plots",
    "plot_pre_post": "class_plots",
    "ClassFilesWarning": "classroom",
    "activity_accuracy": "classroom",
    "answer_split": "classroom",
    "class_majority": "classroom",
    "confidence_table": "classroom",
    "first_answers": "classroom",
    "load_class": "classroom",
    "most_debated": "classroom",
    "pre_post": "classroom",
    "simulate_class": "classroom",
    "OverlapExplorer": "explorer",
    "GoalWriter": "goal_writer",
    "WorkedGoals": "goals",
    "goal_checklist": "goals",
    "load_worked_goals": "goals",
    "FigureHTML": "figures",
    "figure_html": "figures",
    "Feedback": "grading",
    "Summary": "grading",
    "check_answer": "grading",
    "grade": "grading",
    "confusion_table": "grading",
    "normalize_answer": "grading",
    "summarize": "grading",
    "ActivityDataError": "loader",
    "Problem": "loader",
    "bundled_path": "loader",
    "coerce_activities": "loader",
    "load_activities": "loader",
    "body_part_rule": "overlap",
    "body_region": "overlap",
    "filter_bank": "overlap",
    "shared_as_counts": "overlap",
    "skill_emphasis": "overlap",
    "spectrum_position": "overlap",
    "describe_overlap": "overlap_plots",
    "describe_overlaps": "overlap_plots",
    "describe_skill_emphasis": "overlap_plots",
    "describe_spectrum": "overlap_plots",
    "plot_overlap": "overlap_plots",
    "plot_overlaps": "overlap_plots",
    "plot_skill_emphasis": "overlap_plots",
    "plot_spectrum": "overlap_plots",
    "PlaceActivity": "place",
    "describe_placement": "place",
    "plot_placement": "place",
    "Suggestion": "placement",
    "evaluate_suggestions": "placement",
    "fit_parameters": "placement",
    "load_weights": "placement",
    "similar_activities": "placement",
    "suggest_lead": "placement",
    "suggest_leads": "placement",
    "CareTeamPlanner": "planner",
    "check_plan": "planner",
    "describe_plan": "planner",
    "plot_plan": "planner",
    "describe_confusion": "plots",
    "describe_lead_counts": "plots",
    "lead_counts": "plots",
    "plot_confusion": "plots",
    "plot_lead_counts": "plots",
    "Poll": "poll",
    "ClassifyQuiz": "quiz",
    "set_style": "style",
    "style_params": "style",
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
    "SPECIALTIES": "vocab",
    "TARGETS": "vocab",
}
_SUBMODULES = {
    "answers",
    "cases",
    "class_plots",
    "classroom",
    "explorer",
    "figures",
    "goal_writer",
    "goals",
    "grading",
    "loader",
    "overlap",
    "overlap_plots",
    "place",
    "placement",
    "planner",
    "plots",
    "poll",
    "quiz",
    "style",
    "vocab",
}

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
