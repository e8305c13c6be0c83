"""The office's side of plan packages (``.msuplan``): ``diff.py`` says what would change,
``apply.py`` installs one in one transaction after a backup. The format and its complete check
are :mod:`msu_exchange.plan_package`; the agency writes packages with ``msu_agency/plan_build.py``.
The format is documented in ``docs/plan-package-format.md``.
"""
