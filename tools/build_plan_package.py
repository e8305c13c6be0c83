"""Build the shipped plan as a signed plan package: data/plan/<id>.json ->
resources/plans/<id>-v<version>.msuplan, signed with the DEVELOPMENT agency key
(packaging/dev-keys; see its README). Called by tools/build.py; rebuilt when the plan changes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_KEY = ROOT / "packaging" / "dev-keys" / "agency-dev.key"
DEV_PASSWORD = b"development-only-not-secret"  # a TEST key's password, not a secret
OUT_DIR = ROOT / "resources" / "plans"


def build(force: bool = False) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from msu_desktop.services.plan_package.build import build_plan_package
    from msu_exchange.signing.minisign import SecretKey

    built = []
    key = SecretKey.from_pem(DEV_KEY.read_bytes(), DEV_PASSWORD)
    rules = ROOT / "data" / "forms" / "report_rules.json"
    for plan_file in sorted((ROOT / "data" / "plan").glob("*.json")):
        if plan_file.name.endswith(".programme.json"):
            continue
        doc = json.loads(plan_file.read_text(encoding="utf-8"))
        out = OUT_DIR / f"{doc['plan_id']}-v{doc['version']}.msuplan"
        programme = plan_file.with_name(f"{doc['plan_id']}.programme.json")
        sources = [plan_file, DEV_KEY] + [p for p in (rules, programme) if p.exists()]
        if (
            not force
            and out.exists()
            and all(out.stat().st_mtime >= s.stat().st_mtime for s in sources)
        ):
            continue
        forms = {"report_rules": rules.read_bytes()} if rules.exists() else {}
        build_plan_package(
            doc,
            [key],
            out,
            forms=forms,
            programme=programme.read_bytes() if programme.exists() else None,
            issuer="development build",
        )
        built.append(out)
    return built


if __name__ == "__main__":
    for path in build("--force" in sys.argv):
        print(path)
