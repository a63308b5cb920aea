"""Every sentence and all the HTML a learner reads, built in one place and escaped once:
words (verdicts, team notes, prompts), html (cards, feedback, summaries), figures (a
figure as SVG with its text alternative), and each widget's own pieces.
"""
