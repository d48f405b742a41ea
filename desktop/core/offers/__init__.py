"""Offers (boligtilbud): the workflow from a draft to a signed lease, the consequences of a
refusal, the automatic expiry of unanswered offers, the lists of the offers page and Overblik.

    workflow    create / send / accept / decline / withdraw / lease start, one transaction each
    expiry      expire_overdue(ws): sent offers past their reply deadline (at start and hourly)
    views       the offers page's list and an offer's detail
    overview    Overblik: deadlines, expired offers, dwellings without candidates, rent loss
    settings    decline reasons with their side and consequence, the refusal policy
"""
