"""Municipality report packages (``.msupkg``): what leaves the aiyl okmotu for the agency.

``build.py`` writes one (Excel + PDF + data.json + evidence, a manifest with every file's hash,
signed with the municipality key); ``verify.py`` checks one (the app, the agency's
``msu-agency collect`` and, for the signature, the standard ``minisign -V``). The format is
documented in ``docs/package-format.md``.
"""

FORMAT = "msu-report-package"
FORMAT_VERSION = 1
EXTENSION = ".msupkg"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
DATA = "data.json"
MAX_MANIFEST = 1024 * 1024
