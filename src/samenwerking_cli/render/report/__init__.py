"""The harmonisation report of `samenwerking report`.

make.py loads, scores, builds and renders: the one call of the command. build.py puts the
parts together: cover.py (cover, key messages), scoreboard.py (scoreboard, map) and sections.py
(parameter sections, proposals, region cards, contacts), with what they share in shared.py.
model.py is the shape the templates lay out. Which moves to propose is engine logic, in
samenwerking_cli/proposals.py.
"""
