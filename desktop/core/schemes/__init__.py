"""Housing schemes (boligordninger): the roads to a home besides the share of ordinary
dwellings, each with its target groups, extra eligibility rules, lease, allocation right, rent-loss
bearer and deadline (docs/domain.md, "Housing schemes").

    settings  the dated setting that lists the schemes (Aalborg's by default)
    labels    the schemes' codes in the user's language
"""
