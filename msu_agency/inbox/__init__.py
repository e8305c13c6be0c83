"""The agency's inbox: receives report packages over HTTP, keeps them in a folder with an
embedded SQLite index, and answers with signed receipts (docs/inbox-protocol.md).

``receipt`` is shared with the app (no web stack); ``store`` is the inbox itself; ``server`` is
the Starlette face on it, imported only by ``msu-agency serve``.
"""
