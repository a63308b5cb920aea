"""Refresh the scripts `otpt site` ships (otpt/site/vendor/) from the npm registry.

    python tools/vendor_site_scripts.py      # needs npm; writes otpt/site/vendor/

The static site draws saved widgets with @jupyter-widgets/html-manager's embed-amd.js,
which needs RequireJS, and anywidget (the lessons' live regions) as an AMD module: all three
come from npm at the pinned versions below, with their licenses. One change is made to
embed-amd.js: it computes its asset folder (where the icon fonts are) from a module name
resolved against the page (``@jupyter-widgets/`` beside the page, and "null" as the origin
of a page opened from disk); the patch uses the folder of the embed-amd.js script itself.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "otpt" / "site" / "vendor"

#: npm package -> version. html-manager 1.0.x is the ipywidgets 8 line; anywidget 0.11 is the
#: version in the lessons' saved widget state (model_module_version "~0.11.*").
PACKAGES = {"@jupyter-widgets/html-manager": "1.0.15", "requirejs": "2.3.8", "anywidget": "0.11.0"}

_SCRIPT_FOLDER = 'document.querySelector(\'script[src$="embed-amd.js"]\').src.replace(/[^/]*$/,"")'
#: webpack's public path, in each bundle of embed-amd.js: ``n.p=`${s.origin}${s.pathname}```.
PUBLIC_PATH = re.compile(r"(\w+)\.p=`\$\{(\w+)\.origin\}\$\{\2\.pathname\}`")

BSD_3 = """BSD 3-Clause License

Copyright (c) 2015 Project Jupyter Contributors
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are
permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of
   conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of
   conditions and the following disclaimer in the documentation and/or other materials
   provided with the distribution.
3. Neither the name of the copyright holder nor the names of its contributors may be used to
   endorse or promote products derived from this software without specific prior written
   permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS
OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE
GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED
AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED
OF THE POSSIBILITY OF SUCH DAMAGE.
"""

MIT_REQUIREJS = """MIT License

Copyright jQuery Foundation and other contributors, https://jquery.org/

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

FONT_AWESOME = """The icon fonts (*.woff2) are Font Awesome Free 5 by Fonticons, Inc. (https://fontawesome.com),
bundled in @jupyter-widgets/html-manager: the fonts under the SIL Open Font License 1.1
(https://scripts.sil.org/OFL), the icons under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/), the CSS under the MIT License.
"""


def _pack(name: str, version: str, into: Path) -> Path:
    """Download and unpack one npm package; its ``package`` folder."""
    done = subprocess.run(
        ["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", str(into)],
        check=True,
        capture_output=True,
        text=True,
    )
    tarball = into / json.loads(done.stdout)[0]["filename"]
    target = into / tarball.stem
    with tarfile.open(tarball) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        packages = {name: _pack(name, version, Path(tmp)) for name, version in PACKAGES.items()}
        shutil.rmtree(VENDOR, ignore_errors=True)
        VENDOR.mkdir(parents=True)
        manager = packages["@jupyter-widgets/html-manager"] / "dist"
        script = (manager / "embed-amd.js").read_text(encoding="utf-8")
        script, patched = PUBLIC_PATH.subn(lambda m: f"{m[1]}.p={_SCRIPT_FOLDER}", script)
        if not patched:
            print(
                "embed-amd.js has changed: no public path found; check the icon-font patch", file=sys.stderr
            )
            return 1
        (VENDOR / "embed-amd.js").write_text(script, encoding="utf-8")
        for font in manager.glob("*.woff2"):
            shutil.copy(font, VENDOR / font.name)
        shutil.copy(manager / "embed.js.LICENSE.txt", VENDOR / "embed-amd.js.LICENSE.txt")
        shutil.copy(packages["requirejs"] / "require.js", VENDOR / "require.js")
        shutil.copy(packages["anywidget"] / "dist" / "index.js", VENDOR / "anywidget.js")
        licenses = VENDOR / "LICENSES"
        licenses.mkdir()
        (licenses / "html-manager.txt").write_text(BSD_3, encoding="utf-8")
        (licenses / "requirejs.txt").write_text(MIT_REQUIREJS, encoding="utf-8")
        shutil.copy(packages["anywidget"] / "LICENSE", licenses / "anywidget.txt")
        (licenses / "font-awesome.txt").write_text(FONT_AWESOME, encoding="utf-8")
        versions = {name: version for name, version in PACKAGES.items()}
        (VENDOR / "versions.json").write_text(json.dumps(versions, indent=1) + "\n", encoding="utf-8")
    print(f"Wrote {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
