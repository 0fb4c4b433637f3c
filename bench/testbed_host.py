"""Run a private testbed for the benchmark (started with the main virtualenv's Python, which
has kubesmith): prints one JSON line with the kubeconfig, then keeps the control plane up
until its standard input is closed. A fresh state directory and free ports each time, so
it never touches another developer's running testbed."""

from __future__ import annotations

import json
import sys

from kubesmith.testbed import Testbed


def main() -> None:
    tb = Testbed(log=sys.stderr)
    tb.start()
    try:
        info = {"kubeconfig": str(tb.kubeconfig), "server": tb.server, "version": tb.version}
        print(json.dumps(info), flush=True)
        sys.stdin.read()
    finally:
        tb.stop()


if __name__ == "__main__":
    main()
