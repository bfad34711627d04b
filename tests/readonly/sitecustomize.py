"""A store folder the user may not write (as a non-root user meets it): every call that would
create, change or remove a file under $LKJ_TEST_READONLY raises PermissionError (EACCES)."""

import builtins
import errno
import os

_ROOT = os.path.realpath(os.environ["LKJ_TEST_READONLY"])
_WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _inside(path):
    try:
        full = os.path.realpath(os.fspath(path))
    except TypeError:
        return False
    return full == _ROOT or full.startswith(_ROOT + os.sep)


def _deny(path):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))


def _guard(real, *, flags_at=None):
    def guarded(path, *args, **kwargs):
        flags = args[0] if flags_at is not None and args else kwargs.get("flags", 0)
        if _inside(path) and (flags_at is None or flags & _WRITE):
            _deny(path)
        return real(path, *args, **kwargs)

    return guarded


os.open = _guard(os.open, flags_at=1)
for name in ("mkdir", "unlink", "remove", "rmdir", "chmod"):
    setattr(os, name, _guard(getattr(os, name)))
for name in ("replace", "rename", "link", "symlink"):
    real = getattr(os, name)

    def two(src, dst, *args, _real=real, **kwargs):
        if _inside(src) or _inside(dst):
            _deny(dst)
        return _real(src, dst, *args, **kwargs)

    setattr(os, name, two)
_open = builtins.open


def _builtin_open(file, mode="r", *args, **kwargs):
    if (
        isinstance(file, (str, bytes, os.PathLike))
        and any(c in mode for c in "wax+")
        and _inside(file)
    ):
        _deny(file)
    return _open(file, mode, *args, **kwargs)


builtins.open = _builtin_open
