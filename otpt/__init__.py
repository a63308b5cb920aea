"""otpt: learn what occupational therapy (OT) and physical therapy (PT) do, how they
differ, and how they work together - with an activity bank, plots and quiz widgets.

Data flows one way: vocab -> loader (checked DataFrame) -> grading, overlap (pure
functions) -> plots, overlap_plots, render (figures, escaped HTML) -> quiz, explorer
(widgets) -> answers (files) -> classroom, class_plots, poll (a class's results);
cases -> planner, and placement -> place (working together, placing your own activity).
Importing otpt changes no global state (no matplotlib backend, style or print options).
"""

from .answers import AnswersFileError, load_answers, random_nickname, safe_filename, save_answers
from .cases import Case, Task, load_cases
from .class_plots import (
    describe_class_accuracy,
    describe_confidence,
    describe_most_debated,
    describe_poll,
    describe_pre_post,
    plot_class_accuracy,
    plot_confidence,
    plot_most_debated,
    plot_poll,
    plot_pre_post,
)
from .classroom import (
    ClassFilesWarning,
    activity_accuracy,
    answer_split,
    class_majority,
    confidence_table,
    first_answers,
    load_class,
    most_debated,
    pre_post,
    simulate_class,
)
from .explorer import OverlapExplorer
from .figures import FigureHTML, figure_html
from .grading import Feedback, Summary, check_answer, confusion_table, normalize_answer, summarize
from .loader import ActivityDataError, Problem, bundled_path, coerce_activities, load_activities
from .overlap import body_part_rule, filter_bank, skill_emphasis, spectrum_position
from .overlap_plots import (
    describe_overlap,
    describe_skill_emphasis,
    describe_spectrum,
    plot_overlap,
    plot_skill_emphasis,
    plot_spectrum,
)
from .place import PlaceActivity, describe_placement, plot_placement
from .placement import Suggestion, evaluate_suggestions, load_weights, similar_activities, suggest_lead
from .planner import CareTeamPlanner, check_plan, describe_plan, plot_plan
from .plots import describe_confusion, describe_lead_counts, lead_counts, plot_confusion, plot_lead_counts
from .poll import Poll
from .quiz import ClassifyQuiz
from .style import set_style, style_params
from .vocab import ICF_CHAPTERS, LEADS, OCCUPATION_AREAS, PALETTE, POPULATIONS, SETTINGS, SKILLS

__version__ = "0.1.0"

__all__ = [
    "ActivityDataError",
    "AnswersFileError",
    "CareTeamPlanner",
    "Case",
    "ClassFilesWarning",
    "ClassifyQuiz",
    "Feedback",
    "FigureHTML",
    "ICF_CHAPTERS",
    "LEADS",
    "OCCUPATION_AREAS",
    "OverlapExplorer",
    "PALETTE",
    "POPULATIONS",
    "PlaceActivity",
    "Poll",
    "Problem",
    "SETTINGS",
    "SKILLS",
    "Suggestion",
    "Summary",
    "Task",
    "activity_accuracy",
    "answer_split",
    "body_part_rule",
    "bundled_path",
    "check_answer",
    "check_plan",
    "class_majority",
    "coerce_activities",
    "confidence_table",
    "confusion_table",
    "describe_class_accuracy",
    "describe_confidence",
    "describe_confusion",
    "describe_lead_counts",
    "describe_most_debated",
    "describe_overlap",
    "describe_placement",
    "describe_plan",
    "describe_poll",
    "describe_pre_post",
    "describe_skill_emphasis",
    "describe_spectrum",
    "evaluate_suggestions",
    "figure_html",
    "filter_bank",
    "first_answers",
    "lead_counts",
    "load_activities",
    "load_answers",
    "load_cases",
    "load_class",
    "load_weights",
    "most_debated",
    "normalize_answer",
    "plot_class_accuracy",
    "plot_confidence",
    "plot_confusion",
    "plot_lead_counts",
    "plot_most_debated",
    "plot_overlap",
    "plot_placement",
    "plot_plan",
    "plot_poll",
    "plot_pre_post",
    "plot_skill_emphasis",
    "plot_spectrum",
    "pre_post",
    "random_nickname",
    "safe_filename",
    "save_answers",
    "set_style",
    "similar_activities",
    "simulate_class",
    "skill_emphasis",
    "spectrum_position",
    "style_params",
    "suggest_lead",
    "summarize",
]
