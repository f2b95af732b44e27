#!/usr/bin/env python3
"""Conflict map command line: ``python make_map.py`` builds every map from ./data into ./maps.

A thin wrapper around :mod:`geo.cli` (also installed as the ``conflict-map`` command);
``python make_map.py --help`` lists the options.
"""

import signal
import sys


def _terminate(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    # before the imports: a TERM while Python is still starting up is an interrupt too (exit 130)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        try:
            from geo.cli import main, settle
        except RuntimeError as err:
            # an interrupt inside a dataclass's set-up (a field's __set_name__) arrives wrapped in a RuntimeError
            if isinstance(err.__cause__, KeyboardInterrupt):
                raise KeyboardInterrupt from None
            raise

        code = main()
        settle()  # finished: a late signal must not interrupt Python's shutdown with a traceback
        sys.exit(code)
    except KeyboardInterrupt:  # Ctrl-C while Python was still importing the package
        print("interrupted; the output folder holds the last complete run", file=sys.stderr)
        sys.exit(130)
