"""otpt: learn what occupational therapy (OT) and physical therapy (PT) do, how they
differ, and how they work together - with an activity bank, plots and quiz widgets.

Data flows one way: vocab -> loader (checked DataFrame) -> grading, overlap (pure
functions) -> plots, overlap_plots, render (figures, escaped HTML) -> quiz, explorer
(widgets) -> answers (files).
Importing otpt changes no global state (no matplotlib backend, style or print options).
"""

from .answers import AnswersFileError, load_answers, random_nickname, safe_filename, save_answers
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
from .plots import describe_confusion, describe_lead_counts, lead_counts, plot_confusion, plot_lead_counts
from .quiz import ClassifyQuiz
from .style import set_style, style_params
from .vocab import ICF_CHAPTERS, LEADS, OCCUPATION_AREAS, PALETTE, POPULATIONS, SETTINGS, SKILLS

__version__ = "0.1.0"

__all__ = [
    "ActivityDataError",
    "AnswersFileError",
    "ClassifyQuiz",
    "Feedback",
    "FigureHTML",
    "ICF_CHAPTERS",
    "LEADS",
    "OCCUPATION_AREAS",
    "OverlapExplorer",
    "PALETTE",
    "POPULATIONS",
    "Problem",
    "SETTINGS",
    "SKILLS",
    "Summary",
    "body_part_rule",
    "bundled_path",
    "check_answer",
    "coerce_activities",
    "confusion_table",
    "describe_confusion",
    "describe_lead_counts",
    "describe_overlap",
    "describe_skill_emphasis",
    "describe_spectrum",
    "figure_html",
    "filter_bank",
    "lead_counts",
    "load_activities",
    "load_answers",
    "normalize_answer",
    "plot_confusion",
    "plot_lead_counts",
    "plot_overlap",
    "plot_skill_emphasis",
    "plot_spectrum",
    "random_nickname",
    "safe_filename",
    "save_answers",
    "set_style",
    "skill_emphasis",
    "spectrum_position",
    "style_params",
    "summarize",
]
