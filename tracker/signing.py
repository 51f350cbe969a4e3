"""The optional signing key: a secret kept outside the store that authenticates each entry.

The hash chain shows that entries were not changed *unless* someone recomputed it; a writer
with raw access to the database can. With a key, each entry also stores
``mac = HMAC-SHA256(key, hash)``, and the hash covers the position and the previous hash, so
a forger who rewrites or appends entries without the key cannot produce valid MACs.

The key comes from ``TRACKER_SIGNING_KEY`` (the key itself) or a key file named by
``--signing-key-file`` / ``TRACKER_SIGNING_KEY_FILE`` (its bytes, surrounding whitespace
stripped). It is never stored in the database.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from tracker.errors import ValidationError

KEY_ENV = "TRACKER_SIGNING_KEY"
KEY_FILE_ENV = "TRACKER_SIGNING_KEY_FILE"
MIN_KEY_BYTES = 16


def load_signing_key(key_file: str | None = None) -> bytes | None:
    """The configured key: ``key_file`` if given, else the environment; None when unset."""
    path = key_file if key_file and key_file.strip() else os.environ.get(KEY_FILE_ENV, "").strip() or None
    if path is not None:
        try:
            key = Path(path).expanduser().read_bytes().strip()
        except OSError as exc:
            raise ValidationError(f"cannot read signing key file {path}: {exc.strerror or exc}") from None
        return _checked(key, f"signing key file {path}")
    value = os.environ.get(KEY_ENV, "")
    if not value.strip():
        return None
    return _checked(value.strip().encode("utf-8"), KEY_ENV)


def _checked(key: bytes, where: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise ValidationError(f"{where} holds a key of {len(key)} bytes; a signing key needs at least {MIN_KEY_BYTES}")
    return key


def entry_mac(key: bytes, entry_hash: str) -> str:
    """HMAC-SHA256 hex of an entry's hash."""
    return hmac.new(key, entry_hash.encode("ascii"), hashlib.sha256).hexdigest()


def mac_matches(key: bytes, entry_hash: str, mac: str | None) -> bool:
    """True when ``mac`` is the MAC of ``entry_hash`` under ``key`` (constant-time compare)."""
    return mac is not None and hmac.compare_digest(entry_mac(key, entry_hash), mac)
