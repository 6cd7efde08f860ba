"""The genogram: a family diagram drawn from the people and relationships already recorded, never keyed twice.

Conventions after McGoldrick, Gerson and Petry, "Genograms: Assessment and Treatment" (4th edition, 2020):
male square, female circle, other or unknown a diamond; the index person (the child in care) with a double
outline; deceased crossed; partners joined by a line below their symbols, one slash for a separation and two for
a divorce; children hanging from their parents' line in birth order; households encircled; relationship lines
for close, distant, conflict, abuse and cut-off relationships.

- model.py: the plain input and output types;
- layout.py: the pure layout (generations, ordering, placement, geometry), with generations.py, ordering.py and
  placement.py for its steps; no Django, no ORM;
- drawing.py: the layout turned into SVG shapes (path data, marks, legend), still pure;
- households.py: households derived from shared addresses, pure;
- selectors.py: the layout's input built from the child's circle, under the access rule;
- svg.py: the SVG text, through an autoescaping template.
"""
