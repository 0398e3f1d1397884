"""Separate processes working on one database at once; invariants hold (small numbers; full run: bench)."""

from __future__ import annotations

import pytest

from bench.concurrency import report, run


@pytest.mark.slow
@pytest.mark.xdist_group("processes")  # spawns processes that load both cores: one such test at a time
def test_concurrent_clients_keep_every_invariant(db_url: str, tmp_path) -> None:

    clients = 6 if db_url.startswith("postgresql") else 4
    summary = run(db_url, clients=clients, ops=12, seed=3)
    print(report(summary))
    checks = summary["invariants"]
    assert checks["lost_updates"] == 0
    assert all(value for value in checks.values() if isinstance(value, bool)), checks
    counts = {}
    for result in summary["results"]:
        for name, number in result["counts"].items():
            counts[name] = counts.get(name, 0) + number
    assert counts.get("registrieren: ok", 0) > 0 and counts.get("bearbeiten: ok", 0) > 0
