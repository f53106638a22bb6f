"""What the wall shows, as immutable descriptions built from the core's figures.

No Qt here: this layer formats figures, assesses them against targets and
orders them; the views only draw what it describes. Visible labels are
English source strings marked with :func:`translatable`; the views pass them
through Qt's translation system.
"""
