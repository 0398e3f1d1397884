"""The social plan on the read side: age groups, the scoring sheet, alignment and coverage analysis.

Use cases that write (maintaining the plan, aligning a case) live in `app.social_plan.service` and
`app.cases.alignment`; this package only reads and computes, and returns plain dataclasses.
The definitions (score formula, age groups per life phase, what counts as funded) are described
in `docs/sozialplan.md`.
"""
