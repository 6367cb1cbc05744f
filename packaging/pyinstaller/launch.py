"""The bundle's entry point: the same as the ``bond`` console script."""

from bond.__main__ import main

main()
