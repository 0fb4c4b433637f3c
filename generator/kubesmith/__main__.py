"""``python -m kubesmith``."""

from .cli import main

main()
