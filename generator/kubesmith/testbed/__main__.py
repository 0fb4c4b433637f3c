"""`python -m kubesmith.testbed` runs the `testbed` command group on its own."""

from kubesmith.testbed.cli import testbed

if __name__ == "__main__":
    testbed(prog_name="python -m kubesmith.testbed")
