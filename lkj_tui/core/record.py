"""``@record``: a frozen dataclass that costs almost nothing to define.

``@dataclass(frozen=True)`` writes the source of ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` for every class and compiles each with ``exec`` when the module is
imported: ≈ 1 ms per class in a fresh process on a small machine, ≈ 15 ms for the core's records, paid
by every ``lkj-tui status``. A ``@record`` class writes its own ``__init__`` (compiled once into the
byte code like any method) and gets the other five as shared functions, with the same behaviour:

- it is still a dataclass: ``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` work,
  with the fields, defaults and factories declared in the class body;
- equality compares the fields in order (only with the same class), the hash is the hash of the
  tuple of the fields (``field(hash=False)`` leaves one out), the repr is the dataclass repr;
- assigning or deleting a field raises :class:`dataclasses.FrozenInstanceError`.

The ``__init__`` must take the fields in order, with the same defaults (:data:`FACTORY` where the
field has a ``default_factory``: ``tests/test_model.py`` checks every record against its fields), and
set them with ``vars(self).update(...)``.

``@record(slots=True)`` (the records a big report has by the hundred thousand: ``Node``, ``Measure``,
``Item``, ``Printed``; ``Achievement`` and ``Finding`` with a ``private`` slot beside them) keeps the
fields in ``__slots__`` instead of an instance ``__dict__``, as
``@dataclass(slots=True)`` does (the class is made again, with the slots): ≈ 150 bytes a ``Node``
instead of ≈ 520. Its ``__init__`` starts with ``this: Any = self`` and
``object.__setattr__(this, "__class__", this.thawed_class)``, sets the fields with plain assignments
to ``this`` and ends with ``this.__class__ = TheClass``: meanwhile the object's class is a twin
without the frozen ``__setattr__`` (the same slots, so the class may change back). A frozen
dataclass calls ``object.__setattr__`` for each field instead: ≈ 3 times the instructions (18,000
against 5,600 for 14 fields, callgrind; docs/performance.md, "Devices"). The two class changes are
written out in each ``__init__``, not in helper functions: two Python calls a record, ≈ 1,600
instructions of the ≈ 7,100 a ``Node`` takes (docs/performance.md, "Load (issue 17, second pass)").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

__all__ = ["FACTORY", "record"]

_T = TypeVar("_T", bound=type)


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"  # as in a dataclass's signature


#: The default of an ``__init__`` argument whose field has a ``default_factory``: the argument was
#: not given (``None`` stays ``None``, as in a dataclass).
FACTORY: Any = _Factory()


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function returning the tuple of the named attributes (attrgetter, always a tuple)."""
    if len(names) == 1:
        (name,) = names
        return lambda obj: (getattr(obj, name),)
    if not names:
        return lambda obj: ()
    return attrgetter(*names)


@overload
def record(cls: _T, *, slots: bool = False, private: tuple[str, ...] = ()) -> _T: ...
@overload
def record(*, slots: bool = False, private: tuple[str, ...] = ()) -> Callable[[_T], _T]: ...
@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(
    cls: _T | None = None, *, slots: bool = False, private: tuple[str, ...] = ()
) -> _T | Callable[[_T], _T]:
    """Make ``cls`` (which defines ``__init__``) a frozen dataclass without generated code
    (``slots``: its fields in ``__slots__``, and the ``private`` slots after them: values that
    are no field, never compared or shown)."""
    if cls is None:
        return lambda c: _record(c, slots, private)
    return _record(cls, slots, private)


def _with_slots(cls: _T, names: tuple[str, ...]) -> _T:
    """``cls`` made again with ``names`` as its ``__slots__`` (as ``dataclass(slots=True)`` does):
    the class attributes that hold the fields' defaults would clash with the slots."""
    body = {k: v for k, v in cls.__dict__.items() if k not in {*names, "__dict__", "__weakref__"}}
    return type(cls)(cls.__name__, cls.__bases__, {**body, "__slots__": names})


def _record(cls: _T, slots: bool, private: tuple[str, ...] = ()) -> _T:
    if "__init__" not in cls.__dict__:
        raise TypeError(f"@record class {cls.__name__} must define __init__")
    dataclasses.dataclass(init=False, repr=False, eq=False)(cls)  # fields only: no exec
    fields = dataclasses.fields(cls)
    if slots:
        cls = _with_slots(cls, tuple(f.name for f in fields) + private)
    names = frozenset(f.name for f in fields)
    compared = _getter(tuple(f.name for f in fields if f.compare))
    hashed = _getter(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))
    shown = tuple(f.name for f in fields if f.repr)
    owner: Any = cls

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(compared(self) == compared(other))
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({inner})"

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(owner, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(owner, self).__delattr__(name)

    for method in (__eq__, __hash__, __repr__, __setattr__, __delattr__):
        if method.__name__ not in cls.__dict__:
            method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
            setattr(cls, method.__name__, method)
    if slots:
        every = _getter(tuple(f.name for f in fields))

        def __reduce__(self: Any) -> tuple[Any, ...]:  # copy and pickle: through __init__
            return self.__class__, every(self)

        cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
        # (both object's own: only then is an assignment the plain one, not a call through them)
        plain = {"__setattr__": object.__setattr__, "__delattr__": object.__delattr__}
        names_of = {"__module__": cls.__module__, "__qualname__": cls.__qualname__}
        twin = type(cls.__name__, (cls,), {"__slots__": (), **plain, **names_of})
        cls.thawed_class = twin  # type: ignore[attr-defined]
    return cls
