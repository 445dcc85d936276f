"""The views: interactive HTML pages of a built graph.

:mod:`kg.views.view` reads graph.trig into what a page draws (:class:`~kg.views.view.ViewGraph`: nodes,
edges, the named graphs behind each) and writes one self-contained page from the templates, script and
style in ``view_assets/``.
"""
