"""Plan packages (``.msuplan``): how a new or changed plan travels from the agency to 484
offices on USB sticks, signed, and how the app checks and installs it.

``build.py`` (the agency's side) writes one; ``verify.py`` checks one completely before anything
is trusted; ``diff.py`` says what would change; ``apply.py`` installs it in one transaction after
a backup. The format is documented in ``docs/plan-package-format.md``.
"""

FORMAT = "msu-plan-package"
FORMAT_VERSION = 1
EXTENSION = ".msuplan"
MANIFEST = "manifest.json"
SIGNATURE_DIR = "signatures/"
PLAN = "plan.json"
PROGRAMME = "programme.json"
# Form settings a package may carry under forms/, each with the schema it must pass.
FORM_SCHEMAS = {"report_rules.json": "report_rules.schema.json"}
MAX_MANIFEST = 256 * 1024
MAX_PACKAGE_MEMBERS = 60
MAX_UNPACKED = 64 * 1024 * 1024
