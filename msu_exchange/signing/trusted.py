"""A public key trusted for one purpose, as both products hold it: the office's trust store
(``msu_desktop/services/trust.py``) and the agency's registry hand these to the exchange
formats, which check signatures against them and never read a data folder themselves."""

from __future__ import annotations

from dataclasses import dataclass

from msu_exchange.signing.minisign import PublicKey


@dataclass(frozen=True)
class TrustedKey:
    key: PublicKey
    source: str  # shipped | rotation | manual
    comment: str = ""
    added: str = ""
    purpose: str = "plan"  # plan | receipts

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint()


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed off paper: spaces, dashes and case do not matter."""
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
