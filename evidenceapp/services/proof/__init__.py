"""Proof that outlives the app: the installation key's signatures, RFC 3161 timestamps, and the check of an
exported bundle (``signing``, ``timestamping``, ``bundle_verify``)."""
