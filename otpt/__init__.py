"""otpt: learn what occupational therapy (OT) and physical therapy (PT) do, how they
differ, and how they work together - with an activity bank, plots and quiz widgets.

Importing otpt changes no global state (no matplotlib backend, style or print options).
"""

from .figures import FigureHTML, figure_html
from .loader import ActivityDataError, Problem, bundled_path, load_activities
from .plots import describe_lead_counts, lead_counts, plot_lead_counts
from .vocab import ICF_CHAPTERS, LEADS, OCCUPATION_AREAS, PALETTE, POPULATIONS, SETTINGS, SKILLS

__version__ = "0.1.0"

__all__ = [
    "ActivityDataError",
    "FigureHTML",
    "ICF_CHAPTERS",
    "LEADS",
    "OCCUPATION_AREAS",
    "PALETTE",
    "POPULATIONS",
    "Problem",
    "SETTINGS",
    "SKILLS",
    "bundled_path",
    "describe_lead_counts",
    "figure_html",
    "lead_counts",
    "load_activities",
    "plot_lead_counts",
]
