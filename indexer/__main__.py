"""`python -m indexer` runs the crossread command line."""

from indexer.cli import main

main()
