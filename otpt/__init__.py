"""otpt: learn what occupational therapy (OT) and physical therapy (PT) do, how they
differ, and how they work together - with an activity bank, plots and quiz widgets.

Data flows one way: vocab -> loader (checked DataFrame) -> grading (pure functions)
-> plots / render (figures, escaped HTML) -> quiz (widgets) -> answers (files).
Importing otpt changes no global state (no matplotlib backend, style or print options).
"""

from .answers import AnswersFileError, load_answers, random_nickname, safe_filename, save_answers
from .figures import FigureHTML, figure_html
from .grading import Feedback, Summary, check_answer, confusion_table, normalize_answer, summarize
from .loader import ActivityDataError, Problem, bundled_path, coerce_activities, load_activities
from .plots import describe_confusion, describe_lead_counts, lead_counts, plot_confusion, plot_lead_counts
from .quiz import ClassifyQuiz
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
    "PALETTE",
    "POPULATIONS",
    "Problem",
    "SETTINGS",
    "SKILLS",
    "Summary",
    "bundled_path",
    "check_answer",
    "coerce_activities",
    "confusion_table",
    "describe_confusion",
    "describe_lead_counts",
    "figure_html",
    "lead_counts",
    "load_activities",
    "load_answers",
    "normalize_answer",
    "plot_confusion",
    "plot_lead_counts",
    "random_nickname",
    "safe_filename",
    "save_answers",
    "summarize",
]
