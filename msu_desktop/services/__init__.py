"""Services: what the app does (plan, reports, property, packages, backups). No Qt.

The CLI and the GUI both call these; neither holds business logic of its own.
"""
