"""Answers between learners and instructors: the answers file format and its one answer
record (`format`), and one answers file on disk (`files`: save, read, merge copies).

Class folders are read by `otpt.io.class_folder` through the same format.
"""
