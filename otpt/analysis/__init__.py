"""Pure functions on DataFrames: grading, the quiz round (rounds), overlap, the lead rule
(lead_rule, lead_rule_bank), similar activities, plan checks (planning), goal checks and
class statistics (classroom).

Imports neither ipywidgets nor matplotlib.
"""
