"""SQLAlchemy models, one module per area. Importing this package registers them all on ``Base``."""

from msu_desktop.storage.models import core as core
from msu_desktop.storage.models import delivery as delivery
from msu_desktop.storage.models import plan as plan
from msu_desktop.storage.models import property as property
from msu_desktop.storage.models import report as report
from msu_desktop.storage.models.base import Base

__all__ = ["Base"]
