"""The workflow actions a person starts on a case, performed the same way from the window and the command line.

It sits above the features (an action may reach payments or the proof of use); the fields of each action are
declared in `app.cases.action_fields`, the steps in `app.cases.workflow`.
"""
