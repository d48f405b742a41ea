"""What-ifs for the joint agreement: replay a past period with changed settings (a colour's
share to report, a department's colour, the rent ceilings, the occupancy norm) and compare
with the period replayed as it was.

    changes     what a what-if changes, and how the desk's own rules come to read it
    keys        the changes written KEY=VALUE (the command line), and the keys a period takes
    history     the period read once: its dwellings, its applicants and what the rules read
    stream      the dwellings the organisations would have reported under a changed share
    pool        the applicants on the list, day by day, in ranking order
    replay      one replay of the period through the intake check and the matching rules
    compare     the two replays side by side (`what_if`, a generator of progress)
    report      the comparison as a report: a table, a chart, PDF and Excel
"""
