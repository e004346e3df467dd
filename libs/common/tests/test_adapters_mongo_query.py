"""MongoDB semantics of the embedded document store's pure query/update module."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from samarinda_common.adapters import _mongo_query as q
from samarinda_common.errors import InvalidInput

DOC = {
    "_id": 1,
    "opd": "DISDIK",
    "pagu": 1500,
    "aktif": True,
    "tags": ["atk", "tik"],
    "lines": [{"kode": "5.1.02", "harga": 10}, {"kode": "5.2.05", "harga": 99}],
    "lokasi": {"kecamatan": "Palaran", "rt": None},
    "at": datetime(2025, 1, 1, 8, tzinfo=UTC),
}


@pytest.mark.parametrize(
    ("filter", "expected"),
    [
        ({"opd": "DISDIK"}, True),
        ({"opd": "DINKES"}, False),
        ({"pagu": 1500.0}, True),  # numbers compare across int/float
        ({"aktif": 1}, False),  # but booleans are not numbers
        ({"aktif": True}, True),
        ({"missing": None}, True),  # null matches a missing field
        ({"lokasi.rt": None}, True),
        ({"lokasi.rt": {"$exists": True}}, True),
        ({"missing": {"$exists": False}}, True),
        ({"lokasi.kecamatan": "Palaran"}, True),
        ({"tags": "tik"}, True),  # arrays match by element...
        ({"tags": ["atk", "tik"]}, True),  # ...or as a whole
        ({"tags": ["tik", "atk"]}, False),
        ({"lines.kode": "5.2.05"}, True),  # dotted paths walk into arrays of documents
        ({"lines.harga": {"$gt": 50}}, True),
        ({"lines.harga": {"$gt": 100}}, False),
        ({"lines.0.kode": "5.1.02"}, True),
        ({"pagu": {"$gte": 1500, "$lt": 2000}}, True),
        ({"pagu": {"$gt": "1000"}}, False),  # no comparison across types
        ({"opd": {"$in": ["DINKES", "DISDIK"]}}, True),
        ({"opd": {"$nin": ["DINKES", "DISDIK"]}}, False),
        ({"opd": {"$ne": "DINKES"}}, True),
        ({"tags": {"$ne": "atk"}}, False),
        ({"missing": {"$ne": None}}, False),
        ({"at": {"$gte": datetime(2025, 1, 1, 15, tzinfo=timezone(timedelta(hours=8)))}}, True),
        ({"at": datetime(2025, 1, 1, 8)}, True),  # naive means UTC
        ({"lokasi": {"kecamatan": "Palaran", "rt": None}}, True),
        ({"lokasi": {"rt": None, "kecamatan": "Palaran"}}, False),  # field order matters, as in BSON
        ({"$or": [{"opd": "X"}, {"pagu": 1500}]}, True),
        ({"$and": [{"opd": "DISDIK"}, {"pagu": {"$lt": 10}}]}, False),
    ],
)
def test_matches(filter: dict, expected: bool) -> None:
    assert q.matches(DOC, filter) is expected


@pytest.mark.parametrize(
    "filter",
    [
        {"opd": {"$regex": "D"}},
        {"$where": "1"},
        {"opd": {"$in": "DISDIK"}},
        {"lokasi": {"$eq": 1, "kecamatan": "x"}},
    ],
)
def test_unsupported_filters_are_refused(filter: dict) -> None:
    with pytest.raises(InvalidInput):
        q.matches(DOC, filter)


def test_apply_update_leaves_the_original_alone() -> None:
    updated = q.apply_update(
        DOC,
        {
            "$set": {"lokasi.kecamatan": "Sungai Kunjang", "review.status": "ok"},
            "$inc": {"pagu": 500, "revisi": 1},
            "$push": {"tags": {"$each": ["baru"]}},
            "$unset": {"aktif": ""},
        },
        inserting=False,
    )
    assert updated["lokasi"] == {"kecamatan": "Sungai Kunjang", "rt": None}
    assert updated["review"] == {"status": "ok"}
    assert (updated["pagu"], updated["revisi"]) == (2000, 1)
    assert updated["tags"] == ["atk", "tik", "baru"]
    assert "aktif" not in updated
    assert DOC["pagu"] == 1500 and DOC["tags"] == ["atk", "tik"] and DOC["aktif"] is True


def test_set_on_insert_only_when_inserting() -> None:
    update = {"$setOnInsert": {"created": 1}, "$set": {"n": 2}}
    assert q.apply_update({}, update, inserting=True) == {"created": 1, "n": 2}
    assert q.apply_update({}, update, inserting=False) == {"n": 2}


@pytest.mark.parametrize(
    "update",
    [
        {"pagu": 1},  # a replacement, not an update
        {"$rename": {"a": "b"}},
        {"$set": {"pagu": 1}, "$inc": {"pagu": 1}},  # conflicting paths
        {"$set": {"_id": 2}},
        {"$inc": {"opd": 1}},
        {"$inc": {"pagu": "1"}},
        {"$push": {"opd": "x"}},
        {"$set": {"opd.kode": "x"}},  # cannot create a field inside a string
    ],
)
def test_invalid_updates_are_refused(update: dict) -> None:
    with pytest.raises(InvalidInput):
        q.apply_update(DOC, update, inserting=False)


def test_upsert_seed_takes_equality_fields_only() -> None:
    seed = q.upsert_seed(
        {
            "opd": "DISDIK",
            "periode.bulan": 3,
            "n": {"$gt": 1},
            "k": {"$eq": "v"},
            "$and": [{"tahun": 2025}],
            "$or": [{"x": 1}],
        }
    )
    assert seed == {"opd": "DISDIK", "periode": {"bulan": 3}, "k": "v", "tahun": 2025}
    assert q.id_from_filter({"_id": "abc", "opd": "X"}) == "abc"
    assert q.id_from_filter({"opd": "X"}) is None


def test_sort_like_mongodb() -> None:
    docs = [
        {"_id": 1, "v": 3},
        {"_id": 2},
        {"_id": 3, "v": "teks"},
        {"_id": 4, "v": 1.5},
        {"_id": 5, "v": None},
        {"_id": 6, "v": [10, 0]},
    ]
    # missing and null first, then numbers (arrays by their smallest element), then strings
    assert [d["_id"] for d in q.sort_documents(docs, [("v", 1)])] == [2, 5, 6, 4, 1, 3]
    assert [d["_id"] for d in q.sort_documents(docs, [("v", -1)])] == [3, 6, 1, 4, 2, 5]
    two_keys = [{"_id": i, "a": a, "b": b} for i, (a, b) in enumerate([(1, 1), (2, 1), (1, 2), (2, 2)])]
    assert [d["_id"] for d in q.sort_documents(two_keys, [("a", 1), ("b", -1)])] == [2, 0, 3, 1]
    with pytest.raises(InvalidInput):
        q.sort_documents(docs, [("v", 0)])


def test_project_keeps_id_and_listed_paths() -> None:
    assert q.project(DOC, ["opd", "lokasi.kecamatan", "nope"]) == {
        "_id": 1,
        "opd": "DISDIK",
        "lokasi": {"kecamatan": "Palaran"},
    }


def test_index_key_counts_missing_as_null() -> None:
    assert q.index_key({"a": 1}, ["a", "b"]) == (1, None)
    assert q.index_key({"a": {"b": 2}}, ["a.b"]) == (2,)
