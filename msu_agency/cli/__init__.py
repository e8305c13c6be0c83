"""``msu-agency``: the agency's command line, one module per command group (main.py wires them)."""
