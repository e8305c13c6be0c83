"""The office's side of the report package (``.msupkg``): ``build.py`` gathers one period from
the database and writes it through :mod:`msu_exchange.report_package`, which holds the format
and its verification (used by both products). The format is documented in
``docs/package-format.md``.
"""
