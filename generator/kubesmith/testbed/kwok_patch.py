"""Two fixes to KWOK's local exec, applied at build time with a replaced module.

KWOK v0.8.0 (``pkg/utils/exec/exec.go``) never closes the stdin pipe of a local process,
so a process reading stdin never sees EOF, and it returns a process's non-zero exit as a
wrapped error, so the API server reports InternalError instead of NonZeroExitCode with an
``ExitCode`` cause (as a kubelet does). The patched copy is derived from the downloaded
source; a pattern that no longer matches fails the build, so a KWOK upgrade is noticed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

EXEC_GO = Path("pkg/utils/exec/exec.go")

_EDITS = (
    (
        '\t"os/exec"\n',
        '\t"os/exec"\n\n\tutilexec "k8s.io/utils/exec"\n\t"errors"\n',
    ),
    (
        "\t\t\t\t_, _ = io.Copy(inPipe, opt.In)\n",
        "\t\t\t\t_, _ = io.Copy(inPipe, opt.In)\n\t\t\t\t_ = inPipe.Close()\n",
    ),
    (
        "\t\terr = cmd.Wait()\n\t\tif err != nil {\n",
        "\t\terr = cmd.Wait()\n\t\tif err != nil {\n"
        "\t\t\tvar exitErr *exec.ExitError\n"
        "\t\t\tif errors.As(err, &exitErr) && exitErr.Exited() {\n"
        "\t\t\t\treturn nil, utilexec.CodeExitError{Err: err, Code: exitErr.ExitCode()}\n"
        "\t\t\t}\n",
    ),
)


class PatchError(RuntimeError):
    pass


def patched_exec_go(source: str) -> str:
    for old, new in _EDITS:
        if source.count(old) != 1:
            raise PatchError(f"KWOK's {EXEC_GO} changed: cannot apply the patch at {old!r}")
        source = source.replace(old, new)
    return source


def patched_module(kwok_src: Path, module_dir: Path, workdir: Path) -> Path:
    """A copy of the KWOK module with the patch, and a go.mod (for ``go build -modfile``)
    that is ``module_dir``'s plus a ``replace`` pointing at the copy; returns that go.mod.

    (a replaced module cannot replace files of the module cache, hence the copy.)
    """
    shutil.rmtree(workdir, ignore_errors=True)
    source = workdir / "kwok"
    shutil.copytree(kwok_src, source)
    target = source / EXEC_GO
    target.chmod(0o644)
    target.write_text(patched_exec_go((kwok_src / EXEC_GO).read_text()))
    modfile = workdir / "go.mod"
    modfile.write_text(
        (module_dir / "go.mod").read_text() + f"\nreplace sigs.k8s.io/kwok => {source}\n"
    )
    shutil.copyfile(module_dir / "go.sum", workdir / "go.sum")
    return modfile
