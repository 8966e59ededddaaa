"""Read-only values, so that one view can be shared by every request (cache.py).

A frozen dataclass refuses a new value for a field, not a change to the list or dict a
field holds; a cached view is handed to every request and thread that asks while the
data is unchanged, so one caller's ``view.items.append(...)`` would change what all later
callers see. Every view therefore derives from :class:`View`, which, when the view is
made, turns the lists in its fields into tuples and the dicts into :class:`FrozenDict`,
all the way down (a report's rows inside its dict included). The fields are typed as
the read-only ``Sequence`` and ``Mapping``: builders may pass lists and dicts, mypy
refuses code that would change them, and at run time a change raises TypeError or
AttributeError.

Why a dict subclass and not ``types.MappingProxyType``: views leave the process through
``json.dumps`` (the CLI's ``--json``), pydantic (the API's response models) and
``dataclasses.asdict`` (the prep pack), and all three take a dict but refuse a
mappingproxy. A FrozenDict is a dict to them and to Jinja, so every surface serialises
and renders a view exactly as before. Freezing copies once, when a view is computed;
handing out a cached view copies nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn, TypeVar, cast

__all__ = ["FrozenDict", "View", "freeze"]

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


@dataclasses.dataclass(frozen=True)
class View:
    """What every view derives from: its fields are frozen (:func:`freeze`) as it is made."""

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value: Any = getattr(self, field.name)
            frozen = freeze(value)
            if frozen is not value:
                object.__setattr__(self, field.name, frozen)
