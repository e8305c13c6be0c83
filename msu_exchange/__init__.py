"""What the office and the agency both speak: signed packages, receipts and replies, the safe
zip reader, minisign signatures, atomic files. No Qt, no SQL; it imports neither product's
services, storage or faces (tests/test_architecture.py)."""
