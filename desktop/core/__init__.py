"""The rules of the desk, free of Qt: intake, colours, applicants, matching, offers, letters,
exchange and reports. The UI and the command line both call these functions."""
