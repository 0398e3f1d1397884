"""Letters (Bescheide und Schreiben): kinds, templates with placeholders, letterhead, issue and re-open.

Rendering is `reports.letters`; this package gathers a case's facts, fills the
administrator's template and stores what was issued.
"""
