"""Signatures and keys: minisign-compatible Ed25519 (``minisign.py``) and key storage."""
