"""Everything that touches a file: decoding (text), tables and workbooks (table, csv_rows,
workbook), the activity bank (bank, bank_build, bank_cells, bank_rows, columns, aliases),
cases, worked goals, weights, answer files, class folders, atomic writes (files), bundled
files (resources) and the content in other languages (translations).

Imports neither ipywidgets nor matplotlib.
"""
