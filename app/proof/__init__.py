"""Proof of use in depth (Verwendungsnachweisprüfung): statement per cost line, receipt list and its import,
reproducible sample, final grant with the amounts not accepted, § 49a Abs. 4 interest, step by step.

The modules `statement`, `sampling`, `idle_funds` and `review` are pure (plain values in, plain values out);
`loading` reads their input from the database, `receipt_list` reads an office's receipt list (.xlsx).
"""
