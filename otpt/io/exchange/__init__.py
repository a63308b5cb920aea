"""Answers between learners and instructors: one answer record and the one rule that gives
its outcome (`record`), the answers file format (`format`: the file's JSON text, written
and checked), and one answers file on disk (`files`: save, read, merge copies).

Class folders are read by `otpt.io.class_folder` through the same format.
"""
