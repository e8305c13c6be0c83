"""Command-line faces: ``msu-desktop`` (municipality) and ``msu-agency`` (the agency's staff)."""
