"""The ipywidgets glue: each widget draws what the layers below compute (the quiz draws a
`otpt.analysis.rounds.Round`) and takes its words and HTML from `otpt.render`.
"""
