"""MongoDB filter, update, sort and projection semantics as pure functions.

The embedded document store evaluates the subset promised by ``ports.documents.DocumentStore``
here, with MongoDB's rules where they differ from Python's: a missing field equals ``None``,
an array field matches when any element does, ``True`` is not ``1``, comparisons never cross
types (type bracketing), and missing/null sort first.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from samarinda_common.errors import InvalidInput

Document = dict[str, Any]

_MISSING: Any = object()

_COMPARISONS = ("$gt", "$gte", "$lt", "$lte")
_FIELD_OPERATORS = frozenset({"$eq", "$ne", "$in", "$nin", "$exists", *_COMPARISONS})
_UPDATE_OPERATORS = frozenset({"$set", "$inc", "$setOnInsert", "$push", "$unset"})


# ----------------------------------------------------------------------------- paths


def _split(path: str) -> list[str]:
    if not path or any(not part for part in path.split(".")):
        raise InvalidInput(f"invalid field path {path!r}", field=path)
    return path.split(".")


def _resolve(value: Any, parts: Sequence[str]) -> list[Any]:
    """Every value a dotted path reaches, walking into arrays of sub-documents like MongoDB."""
    if not parts:
        return [value]
    head, rest = parts[0], parts[1:]
    if isinstance(value, Mapping):
        return _resolve(value[head], rest) if head in value else [_MISSING]
    if isinstance(value, list):
        if head.isdigit():
            index = int(head)
            return _resolve(value[index], rest) if index < len(value) else [_MISSING]
        reached = [v for el in value if isinstance(el, Mapping) for v in _resolve(el, parts)]
        found = [v for v in reached if v is not _MISSING]
        return found or [_MISSING]
    return [_MISSING]


def _candidates(document: Mapping[str, Any], parts: Sequence[str]) -> list[Any]:
    """Values a condition on a path is tested against: arrays count as themselves and their elements."""
    if len(parts) == 1:  # the common case, without the recursion
        value = document.get(parts[0], _MISSING)
        return [value, *value] if isinstance(value, list) else [value]
    out: list[Any] = []
    for value in _resolve(document, parts):
        out.append(value)
        if isinstance(value, list):
            out.extend(value)
    return out


# ----------------------------------------------------------------------------- values


def _as_utc(value: datetime) -> datetime:
    # BSON datetimes are UTC; a naive datetime means UTC, as PyMongo encodes it.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def values_equal(a: Any, b: Any) -> bool:
    """MongoDB equality: numbers compare across int/float, booleans are not numbers,
    documents compare field by field in order, datetimes compare as instants."""
    if type(a) is type(b) and type(a) in (str, int):
        return bool(a == b)
    if a is _MISSING or b is _MISSING:
        return False
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _is_number(a) and _is_number(b):
        return bool(a == b)
    if isinstance(a, datetime) and isinstance(b, datetime):
        return _as_utc(a) == _as_utc(b)
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return len(a) == len(b) and all(
            ka == kb and values_equal(va, vb) for (ka, va), (kb, vb) in zip(a.items(), b.items(), strict=True)
        )
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(values_equal(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is not type(b):
        return False
    return bool(a == b)


# MongoDB's BSON comparison order between types (numbers share one bracket).
def _type_rank(value: Any) -> int:
    if value is _MISSING or value is None:
        return 1
    if _is_number(value):
        return 2
    if isinstance(value, str):
        return 3
    if isinstance(value, Mapping):
        return 4
    if isinstance(value, list):
        return 5
    if isinstance(value, bytes):
        return 6
    if isinstance(value, bool):
        return 8
    if isinstance(value, datetime):
        return 9
    return 7  # ObjectId and other BSON scalars


def _orderable(value: Any) -> Any:
    if isinstance(value, datetime):
        return _as_utc(value)
    if isinstance(value, Mapping | list):
        return repr(value)
    if value is _MISSING or value is None:
        return 0
    return value


def _compare(candidate: Any, operator: str, operand: Any) -> bool:
    if candidate is _MISSING or _type_rank(candidate) != _type_rank(operand):
        return False
    left, right = _orderable(candidate), _orderable(operand)
    try:
        if operator == "$gt":
            return bool(left > right)
        if operator == "$gte":
            return bool(left >= right)
        if operator == "$lt":
            return bool(left < right)
        return bool(left <= right)
    except TypeError:
        return False


# ----------------------------------------------------------------------------- filters


def _is_operator_document(value: Any) -> bool:
    if not isinstance(value, Mapping) or not value:
        return False
    operators = [key.startswith("$") for key in value]
    if any(operators) and not all(operators):
        raise InvalidInput(f"cannot mix operators and fields in {dict(value)!r}")
    return all(operators)


Predicate = Callable[[Mapping[str, Any]], bool]
_Check = Callable[[list[Any]], bool]


def _equals_any(candidates: list[Any], operand: Any) -> bool:
    if operand is None:
        return any(c is _MISSING or c is None for c in candidates)
    return any(values_equal(c, operand) for c in candidates)


def _operator_check(operator: str, operand: Any, path: str) -> _Check:
    if operator == "$eq":
        return lambda candidates: _equals_any(candidates, operand)
    if operator == "$ne":
        return lambda candidates: not _equals_any(candidates, operand)
    if operator in ("$in", "$nin"):
        if not isinstance(operand, list | tuple | set | frozenset):
            raise InvalidInput(f"{operator} needs an array", field=path)
        options = list(operand)
        wanted = operator == "$in"
        return lambda candidates: any(_equals_any(candidates, o) for o in options) is wanted
    if operator == "$exists":
        return lambda candidates: any(c is not _MISSING for c in candidates) is bool(operand)
    if operator in _COMPARISONS:
        return lambda candidates: any(_compare(c, operator, operand) for c in candidates)
    raise InvalidInput(f"unsupported filter operator {operator}", field=path)


def _field_predicate(path: str, condition: Any) -> Predicate:
    parts = _split(path)
    if _is_operator_document(condition):
        checks = [_operator_check(operator, operand, path) for operator, operand in condition.items()]
    else:
        checks = [lambda candidates: _equals_any(candidates, condition)]

    def test(document: Mapping[str, Any]) -> bool:
        candidates = _candidates(document, parts)
        return all(check(candidates) for check in checks)

    return test


def _combined(parts: list[Predicate], *, every: bool) -> Predicate:
    if every:
        return lambda document: all(part(document) for part in parts)
    return lambda document: any(part(document) for part in parts)


def compile_filter(filter: Mapping[str, Any]) -> Predicate:
    """A predicate for ``filter`` (fields, operators, ``$and``, ``$or``), validated once so that
    scanning a collection does not re-parse the filter for every document."""
    tests: list[Predicate] = []
    for key, condition in filter.items():
        if key in ("$and", "$or"):
            tests.append(_combined([compile_filter(part) for part in condition], every=key == "$and"))
        elif key.startswith("$"):
            raise InvalidInput(f"unsupported top-level operator {key}")
        else:
            tests.append(_field_predicate(key, condition))
    return lambda document: all(test(document) for test in tests)


def matches(document: Mapping[str, Any], filter: Mapping[str, Any]) -> bool:
    """Whether ``document`` satisfies ``filter``."""
    return compile_filter(filter)(document)


def _equality_fields(filter: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    for key, condition in filter.items():
        if key == "$and":
            for part in condition:
                yield from _equality_fields(part)
        elif key.startswith("$"):
            continue
        elif not _is_operator_document(condition):
            yield key, condition
        elif "$eq" in condition:
            yield key, condition["$eq"]


def upsert_seed(filter: Mapping[str, Any]) -> Document:
    """The document an upsert starts from: the filter's equality fields, as MongoDB does."""
    seed: Document = {}
    for path, value in _equality_fields(filter):
        _set_path(seed, path, copy.deepcopy(value))
    return seed


def id_from_filter(filter: Mapping[str, Any]) -> Any:
    """The ``_id`` a replace-upsert takes from its filter's equality on ``_id``, else ``None``."""
    for path, value in _equality_fields(filter):
        if path == "_id":
            return value
    return None


# ----------------------------------------------------------------------------- updates


def _parent(document: Any, path: str, *, create: bool) -> tuple[Any, str] | None:
    parts = _split(path)
    node: Any = document
    for part in parts[:-1]:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict):
            if part not in node:
                if not create:
                    return None
                node[part] = {}
            node = node[part]
        else:
            raise InvalidInput(f"cannot traverse {part!r} in {path!r}: not a document", field=path)
        if not isinstance(node, dict | list):
            if not create:
                return None
            raise InvalidInput(f"cannot create field in {path!r}: {part!r} is not a document", field=path)
    return node, parts[-1]


def _get_path(document: Mapping[str, Any], path: str) -> Any:
    found = _parent(document, path, create=False)
    if found is None:
        return _MISSING
    node, leaf = found
    if isinstance(node, list):
        return node[int(leaf)] if leaf.isdigit() and int(leaf) < len(node) else _MISSING
    return node.get(leaf, _MISSING)


def _set_path(document: Document, path: str, value: Any) -> None:
    found = _parent(document, path, create=True)
    assert found is not None  # create=True always yields a parent or raises
    node, leaf = found
    if isinstance(node, list):
        if not leaf.isdigit():
            raise InvalidInput(f"cannot set field {leaf!r} of an array in {path!r}", field=path)
        index = int(leaf)
        node.extend([None] * (index + 1 - len(node)))
        node[index] = value
    else:
        node[leaf] = value


def _unset_path(document: Document, path: str) -> None:
    found = _parent(document, path, create=False)
    if found is None:
        return
    node, leaf = found
    if isinstance(node, dict):
        node.pop(leaf, None)
    elif leaf.isdigit() and int(leaf) < len(node):
        node[int(leaf)] = None  # MongoDB keeps array positions when unsetting an element


def is_update_document(update: Mapping[str, Any]) -> bool:
    return bool(update) and all(key.startswith("$") for key in update)


def validate_update(update: Mapping[str, Any]) -> None:
    if not is_update_document(update):
        raise InvalidInput("an update needs operators ($set, $inc, ...); use replace_one to replace")
    unknown = set(update) - _UPDATE_OPERATORS
    if unknown:
        raise InvalidInput(f"unsupported update operator(s): {', '.join(sorted(unknown))}")
    seen: set[str] = set()
    for fields in update.values():
        for path in fields:
            if path in seen or path == "_id":
                raise InvalidInput(f"conflicting or immutable update of {path!r}", field=path)
            seen.add(path)


def apply_update(document: Document, update: Mapping[str, Any], *, inserting: bool) -> Document:
    """A new document with ``update`` applied (``$setOnInsert`` only when ``inserting``)."""
    validate_update(update)
    result = copy.deepcopy(document)
    for operator, fields in update.items():
        for path, operand in fields.items():
            if operator == "$set" or (operator == "$setOnInsert" and inserting):
                _set_path(result, path, copy.deepcopy(operand))
            elif operator == "$unset":
                _unset_path(result, path)
            elif operator == "$inc":
                _increment(result, path, operand)
            elif operator == "$push":
                _push(result, path, operand)
    return result


def _increment(document: Document, path: str, amount: Any) -> None:
    if not _is_number(amount):
        raise InvalidInput(f"$inc needs a number for {path!r}", field=path)
    current = _get_path(document, path)
    if current is _MISSING:
        _set_path(document, path, amount)
    elif _is_number(current):
        _set_path(document, path, current + amount)
    else:
        raise InvalidInput(f"cannot $inc non-numeric field {path!r}", field=path)


def _push(document: Document, path: str, operand: Any) -> None:
    items = (
        list(operand["$each"]) if isinstance(operand, Mapping) and set(operand) == {"$each"} else [operand]
    )
    current = _get_path(document, path)
    if current is _MISSING:
        _set_path(document, path, copy.deepcopy(items))
    elif isinstance(current, list):
        current.extend(copy.deepcopy(items))
    else:
        raise InvalidInput(f"cannot $push to non-array field {path!r}", field=path)


# ----------------------------------------------------------------------------- sort / projection


def _sort_value(document: Mapping[str, Any], *, path: str, descending: bool) -> tuple[int, Any]:
    values = _resolve(document, _split(path))
    expanded = [el for v in values for el in (v if isinstance(v, list) and v else [v])]
    keys = [(_type_rank(v), _orderable(v)) for v in expanded]
    try:
        return max(keys) if descending else min(keys)
    except TypeError:
        return keys[0]


def sort_documents(documents: list[Document], sort: Sequence[tuple[str, int]]) -> list[Document]:
    """Sort like MongoDB (arrays by their smallest/largest element); stable for equal keys."""
    ordered = list(documents)
    for path, direction in reversed(list(sort)):
        if direction not in (1, -1):
            raise InvalidInput(f"sort direction for {path!r} must be 1 or -1", field=path)
        descending = direction < 0
        ordered.sort(key=functools.partial(_sort_value, path=path, descending=descending), reverse=descending)
    return ordered


def project(document: Document, fields: Sequence[str]) -> Document:
    """An inclusion projection: the listed (dotted) fields plus ``_id``."""
    result: Document = {}
    if "_id" in document:
        result["_id"] = document["_id"]
    for path in fields:
        value = _get_path(document, path)
        if value is not _MISSING:
            _set_path(result, path, value)
    return result


def index_key(document: Mapping[str, Any], keys: Sequence[str]) -> tuple[Any, ...]:
    """The values a unique index compares (missing counts as null, as in MongoDB)."""
    key: list[Any] = []
    for path in keys:
        value = _get_path(document, path)
        key.append(None if value is _MISSING else value)
    return tuple(key)
