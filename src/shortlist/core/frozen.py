"""Read-only containers that still serialise as plain ones: :class:`FrozenDict` and
:func:`freeze`.

A frozen dataclass refuses a new value for a field, not a change to the list or dict a
field holds. Core objects that are shared (a plan's story map) and every cached view of
the workspace (shortlist/workspace/frozen.py) hold tuples and FrozenDicts instead.

Why a dict subclass and not ``types.MappingProxyType``: values leave the process through
``json.dumps`` (the CLI's ``--json``), pydantic (the API's response models) and
``dataclasses.asdict``, and all three take a dict but refuse a mappingproxy. A FrozenDict
is a dict to them and to Jinja, so every surface serialises and renders it as a dict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NoReturn, TypeVar, cast

__all__ = ["FrozenDict", "freeze"]

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(dict[K, V]):
    """A dict that cannot be changed, whose values cannot be either (they are frozen as
    it is made). ``dict(d)`` or ``d.copy()`` gives a plain, changeable copy."""

    __slots__ = ()

    def __new__(cls, items: Mapping[K, V] | Iterable[tuple[K, V]] = (), /) -> FrozenDict[K, V]:
        self = super().__new__(cls)
        given = dict(items)
        # Filled here rather than in __init__, which a caller could call again.
        dict.update(self, {k: cast(V, freeze(v)) for k, v in given.items()})
        return self

    def __init__(self, items: object = (), /) -> None:
        pass

    def _refuse(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("a view is read-only; change a copy (dict(view)) instead")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> FrozenDict[K, V]:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> FrozenDict[K, V]:
        return self

    def __reduce__(self) -> tuple[type[FrozenDict[K, V]], tuple[dict[K, V]]]:
        return type(self), (dict(self),)


def freeze(value: object) -> object:
    """``value`` with its lists as tuples, dicts as FrozenDicts and sets as frozensets,
    all the way down; anything else (a view, a string, a date) as it is."""
    if isinstance(value, FrozenDict):
        return value
    if isinstance(value, dict):
        return FrozenDict(value)
    if isinstance(value, list) or type(value) is tuple:
        items = tuple(freeze(item) for item in value)
        # A tuple whose items were frozen already is kept, not copied.
        if type(value) is tuple and all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return items
    if isinstance(value, set):
        return frozenset(value)
    return value
