"""The frozen program's entry point (the same as `anvis` of a pip install)."""

import multiprocessing
import sys

from desktop.cli.main import main

if __name__ == "__main__":
    # A worker process of the frozen program (the demo's letters: letters.elsewhere) runs its
    # task here instead of the program.
    multiprocessing.freeze_support()
    sys.exit(main())
