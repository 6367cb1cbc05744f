"""Start Orca with everything it speaks written, one line at a time, to a file.

Run with the system's Python (Orca and its bindings are Debian packages, not in .venv):

    /usr/bin/python3 tests/screen_reader/run_orca.py SPEECH_LOG [ORCA ARGS...]

Orca logs each utterance ("SPEECH OUTPUT: '...'") to its "speech" logger before handing it to
speech-dispatcher; a file handler on that logger flushes every line, so a test can read what was
said while Orca runs (Orca's own --debug-file is block-buffered and far too verbose). Orca's
check for "another Orca of this user" is skipped (it would see a screen reader running in another
test session on the same machine), and the process keeps its own name for the same reason.
"""

from __future__ import annotations

import logging
import sys

ORCA = "/usr/bin/orca"


def main() -> int:
    log_path, orca_args = sys.argv[1], sys.argv[2:]
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(created).3f %(message)s"))
    speech = logging.getLogger("speech")
    speech.setLevel(logging.INFO)
    speech.addHandler(handler)
    with open(ORCA, encoding="utf-8") as source:
        code = compile(source.read(), ORCA, "exec")
    orca: dict[str, object] = {"__name__": "orca_launcher", "__file__": ORCA}
    exec(code, orca)  # Orca's own launcher: defines main() but runs nothing (not __main__)
    orca["setProcessName"] = lambda name: None
    orca["otherOrcas"] = lambda: []
    sys.argv = ["orca", *orca_args]
    # main() finds otherOrcas and setProcessName in its globals: the dict patched above.
    main_fn = orca["main"]
    assert callable(main_fn)
    return int(main_fn() or 0)


if __name__ == "__main__":
    sys.exit(main())
