"""The day's work: Overblik's work queue (`queue.work_queue`) and the command line's
`anvis today`."""
