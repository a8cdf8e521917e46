from evidenceapp.core.journal import GENESIS, canonical, entry_hash, make_entry, verify_chain


def _chain(n: int):
    out, prev = [], None
    for i in range(n):
        prev = make_entry(prev, "c1", "user", "item_added", {"i": i, "名": "测试"})
        out.append(prev)
    return out


def test_canonical_is_sorted_compact_utf8():
    assert canonical({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode()


def test_entry_hash_follows_the_documented_formula():
    import hashlib

    e = _chain(1)[0]
    expected = hashlib.sha256(GENESIS.encode() + b"\n" + canonical(e.body())).hexdigest()
    assert e.hash == expected == entry_hash(GENESIS, e.body())


def test_intact_chain_verifies_with_anchor():
    entries = _chain(5)
    assert verify_chain(entries, expected_len=5, expected_head=entries[-1].hash) is None


def test_edited_payload_is_the_first_broken_entry():
    entries = _chain(5)
    entries[2].payload["i"] = 99
    p = verify_chain(entries)
    assert (p.seq, p.reason) == (3, "hash_mismatch")


def test_deleted_entry_reports_gap():
    entries = _chain(5)
    del entries[1]
    p = verify_chain(entries)
    assert (p.seq, p.reason) == (2, "seq_gap")


def test_truncation_caught_only_by_anchor():
    entries = _chain(5)
    assert verify_chain(entries[:3]) is None
    p = verify_chain(entries[:3], expected_len=5, expected_head=entries[-1].hash)
    assert (p.seq, p.reason) == (4, "truncated")


def test_reordered_entries_fail():
    entries = _chain(4)
    entries[1], entries[2] = entries[2], entries[1]
    assert verify_chain(entries) is not None
