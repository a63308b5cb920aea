"""All the HTML a learner reads, built in one place and escaped once, and the sentences the
widgets compose (a figure's own sentence is its ``describe_x``, beside the plot):
words (verdicts, team notes, prompts), html (cards, feedback, summaries), figures (a
figure as SVG with its text alternative), and each widget's own pieces.
"""
