"""Report figures and how they are shown: the Rapporter page, the dashboard on Overblik,
PDF and Excel."""
