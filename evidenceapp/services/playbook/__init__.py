"""Where a case stands in its dispute and what to do next: events, deadlines, evidence tags, guidance.

The GUI (overview, case list) and the CLI call ``case_guidance`` for one translated snapshot: next step, missing
evidence, readiness, warnings, deadlines with their countdown, the refusal and its answer, scam-signal hits.
Every change (event, deadline, tag) is journalled in the case's custody chain, with its date.
"""

from .deadlines import (
    add_deadline,
    alerts,
    deadline_kinds,
    delete_deadline,
    edit_deadline,
    list_deadlines,
    next_deadline,
)
from .events import CASE_STATUSES, add_event, event_kinds, list_events
from .guidance import (
    ActionView,
    ArgumentView,
    DeadlineView,
    EvidenceView,
    Guidance,
    RefusalView,
    ScamHitView,
    StepView,
    WarningGroupView,
    WarningView,
    assess,
    case_guidance,
    load_playbook,
    load_scam_rules,
    refusal_arguments,
    scan_case,
    suggested_deadlines,
)
from .tags import EVIDENCE_TAGS, item_tags, tag_item

__all__ = [
    "CASE_STATUSES", "EVIDENCE_TAGS", "ActionView", "ArgumentView", "DeadlineView", "EvidenceView", "Guidance",
    "RefusalView", "ScamHitView", "StepView", "WarningGroupView", "WarningView", "add_deadline", "add_event",
    "alerts", "assess", "case_guidance", "deadline_kinds", "delete_deadline", "edit_deadline", "event_kinds",
    "item_tags", "list_deadlines", "list_events", "load_playbook", "load_scam_rules", "next_deadline",
    "refusal_arguments", "scan_case", "suggested_deadlines", "tag_item",
]
