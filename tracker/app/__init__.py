"""The use cases: one module per command's work (ingest, record, correct, list, review, define
tracks, back up, query), called by the CLI and tested directly. Each writes through
:mod:`tracker.app.recording` and reads the read models through their packages' queries."""
