"""`import otpt` time beyond its dependencies, in fresh interpreters (median).

Each run starts a new interpreter, imports the dependencies, then times `import otpt`
inside that process: timing whole interpreters would bury a few milliseconds under their
start-up noise (±100 ms on a busy machine).
"""

import statistics
import subprocess
import sys

from precompile import compile_otpt

DEPS = "import pandas, matplotlib, matplotlib.pyplot, ipywidgets"
PROBE = """import time
t0 = time.perf_counter()
{deps}
t1 = time.perf_counter()
import otpt
{load}
print(t1 - t0, time.perf_counter() - t1)"""
EVERYTHING = "[getattr(otpt, name) for name in otpt.__all__]"


def _probe(load: str = "") -> tuple[float, float]:
    """Seconds to import the dependencies, then otpt (plus ``load``), in a fresh interpreter."""
    code = PROBE.format(deps=DEPS, load=load)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    deps, own = map(float, out.split())
    return deps, own


def measure(runs: int = 9) -> dict:
    """Median seconds, over fresh interpreters, of importing the dependencies; then of
    `import otpt` on top; and of otpt with every public name loaded (what eager imports
    would cost)."""
    compile_otpt()
    _probe(EVERYTHING)  # warm the disk cache, untimed
    deps, own, everything = [], [], []
    for _ in range(runs):  # interleaved
        d, o = _probe()
        deps.append(d)
        own.append(o)
        everything.append(_probe(EVERYTHING)[1])
    return {
        "deps_s": statistics.median(deps),
        "otpt_s": statistics.median(own),
        "everything_s": statistics.median(everything),
    }


if __name__ == "__main__":
    r = measure()
    print(
        f"dependencies {1000 * r['deps_s']:.0f} ms; otpt itself {1000 * r['otpt_s']:.1f} ms; "
        f"every module loaded {1000 * r['everything_s']:.0f} ms"
    )
