"""The agency's one configuration file and its data folder.

``msu-agency init`` writes ``<agency data>/agency.json``; every later command reads it, so
nobody types the agency's name again::

    {"format": "msu-agency-config", "format_version": 1,
     "name": {"ky": "…", "ru": "…"}, "inbox_url": "https://…",
     "folders": {"inbox": "inbox", "plans": "plans", "keys": "keys"}}

Folders are relative to the data folder (or absolute). ``plans/`` holds the plan documents the
agency has issued (JSON, as signed into its .msuplan packages); :func:`installed_plans` gives
them, with the plan shipped with the app, to ``collect``, the staff page and the reports --
so the deadline they judge by is the agency's own plan's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick
from msu_exchange.files import write_bytes_atomic

FORMAT = "msu-agency-config"
FILE_NAME = "agency.json"
DEFAULT_FOLDERS = {"inbox": "inbox", "plans": "plans", "keys": "keys"}
FORMS_SUFFIX = ".forms"  # plans/<plan>-v<N>.forms/report_rules.json: the forms of its package


@dataclass
class AgencyConfig:
    data_dir: Path
    name: dict[str, str]
    inbox_url: str = ""
    folders: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FOLDERS))

    def folder(self, which: str) -> Path:
        path = Path(self.folders.get(which) or DEFAULT_FOLDERS[which])
        return path if path.is_absolute() else self.data_dir / path

    @property
    def inbox_dir(self) -> Path:
        return self.folder("inbox")

    @property
    def plans_dir(self) -> Path:
        return self.folder("plans")

    @property
    def keys_dir(self) -> Path:
        return self.folder("keys")

    def display_name(self, lang: str | None = None) -> str:
        return pick(self.name, lang)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": 1,
            "name": dict(self.name),
            "inbox_url": self.inbox_url,
            "folders": dict(self.folders),
        }

    def save(self) -> Path:
        path = self.data_dir / FILE_NAME
        self.data_dir.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"
        write_bytes_atomic(path, data.encode("utf-8"))
        return path


def load_config(data_dir: Path) -> AgencyConfig | None:
    """The agency's configuration, or None if ``msu-agency init`` has not been run there."""
    path = Path(data_dir) / FILE_NAME
    if not path.exists():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not the agency's configuration")
        name = doc["name"]
        if not (isinstance(name, dict) and all(isinstance(name.get(k), str) for k in ("ky", "ru"))):
            raise ValueError("name")
        folders = {
            **DEFAULT_FOLDERS,
            **{str(k): str(v) for k, v in (doc.get("folders") or {}).items()},
        }
        return AgencyConfig(Path(data_dir), dict(name), str(doc.get("inbox_url") or ""), folders)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(
            "The agency's configuration {path} cannot be read; nothing was changed. Run "
            "msu-agency init again, or restore the file from the backup.",
            path=str(path),
        ) from exc


def installed_plans(data_dir: Path | None, extra: list[Path] | None = None) -> list[Plan]:
    """The plan shipped with the app, the plans the agency issued (``plans/*.json`` of its data
    folder, as configured) and ``extra`` plan files."""
    from msu_exchange.documents import load_plan_file, shipped_plan

    plans = [shipped_plan()[0]]
    folder: Path | None = None
    if data_dir is not None:
        config = load_config(data_dir)
        folder = config.plans_dir if config else Path(data_dir) / DEFAULT_FOLDERS["plans"]
    kept = sorted(folder.glob("*.json")) if folder is not None and folder.is_dir() else []
    for path in [*kept, *(extra or [])]:
        plan = load_plan_file(path)[0]
        forms = path.with_name(path.stem + FORMS_SUFFIX)  # the forms its package carried
        for form in sorted(forms.glob("*.json")) if forms.is_dir() else []:
            plan.documents[form.name] = form.read_text(encoding="utf-8")
        plans.append(plan)
    return plans


def plans_for_inbox(inbox_folder: Path) -> list[Plan]:
    """The plans of the agency whose inbox folder this is (the data folder holding it)."""
    return installed_plans(Path(inbox_folder).resolve().parent)
